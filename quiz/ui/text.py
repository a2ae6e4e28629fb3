"""Text in any script: font fallback per run, wrapping, fitting and caching.

No single font has every glyph the game needs: pygame's bundled font covers
Latin but draws 后来的我们 as boxes. So a line is cut into runs, each drawn
with the first font in a chain that really has the run's glyphs (the Latin
face, then a system CJK face, then a wide-coverage symbol face), and the runs
are put side by side on one shared baseline.

Fonts are found and opened lazily, on first use, never at import. Everything
costly is cached in bounded LRU caches, so a storm of window resizes (each a
new set of pixel sizes) cannot grow memory without limit.
"""

from __future__ import annotations

import copy
import os
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable, Iterator, Optional, Sequence

import pygame

# Families asked of pygame.font.match_font, best first. match_font answers
# for aliases too (it may offer a Latin face for "Microsoft YaHei"), so every
# candidate is checked for a real Chinese glyph before it is used.
CJK_FAMILIES = (
    "notosanscjksc", "notosanscjk", "notosanssc", "notosanscjkjp", "notosanscjktc",
    "sourcehansanssc", "sourcehanssans", "sourcehansanscn",
    "wenquanyimicrohei", "wenquanyizenhei",
    "microsoftyahei", "microsoftyaheiui", "pingfangsc", "pingfang",
    "hiraginosansgb", "stheiti", "heitisc", "simhei", "dengxian", "simsun",
    "droidsansfallback", "droidsansfallbackfull", "arplumingcn", "arplukaicn",
    "unifont",
)
# Where those fonts usually live; checked first because a stat is cheaper
# than asking the system's font list.
CJK_PATHS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/msyh.ttf",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)
# The Latin faces: a regular and a bold of one family, so the two weights
# match. pygame's bundled FreeSans Bold is the fallback (it is bold only, and
# SDL's hinting spaces its letters unevenly at heading sizes, so a system
# family is preferred where there is one).
LATIN_PAIRS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
     "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"),
    ("C:/Windows/Fonts/segoeui.ttf", "C:/Windows/Fonts/segoeuib.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)
LATIN_FAMILIES = ("dejavusans", "liberationsans", "arimo", "segoeui", "arial", "helvetica", "notosans")
# Symbols neither face has (✗, arrows, many accents): a wide-coverage face.
SYMBOL_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "/System/Library/Fonts/Apple Symbols.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
)
SYMBOL_FAMILIES = ("dejavusans", "notosanssymbols2", "notosanssymbols", "segoeuisymbol", "freesans")

# Opening and closing punctuation: a line may not end with the first or start
# with the second, in Latin or Chinese typesetting alike.
NO_LINE_END = set("([{‘“（〔［｛〈《「『【〖〘〚＜«")
NO_LINE_START = set(
    ")]},.;:!?%’”…‥、。，．：；！？）〕］｝〉》」』】〗〙〛＞〜～ー・·»"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)

# Inside a word a line may break after these (and nowhere else but where the word is too long).
BREAK_AFTER = set("-‐–—/")

# How many of each thing to keep; enough for every screen of the game at two
# window sizes, small enough that memory stays flat however long it runs.
MAX_FONTS = 96
MAX_SURFACES = 600
MAX_SURFACE_BYTES = 48 * 1024 * 1024
MAX_LAYOUTS = 2000
MAX_GLYPH_ENTRIES = 4096  # per face: more distinct characters than any screen shows
# SDL cannot make surfaces much wider than this; longer lines are cut short.
MAX_LINE_WIDTH = 8000
ELLIPSIS = "…"


def is_cjk(ch: str) -> bool:
    """True for characters of scripts written without spaces (a line may break around them)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x2FDF  # radicals
        or 0x3000 <= o <= 0x30FF  # CJK punctuation, kana
        or 0x3100 <= o <= 0x31FF  # bopomofo, kana extensions
        or 0x3200 <= o <= 0x4DBF  # enclosed, compatibility, extension A
        or 0x4E00 <= o <= 0x9FFF  # unified ideographs
        or 0xAC00 <= o <= 0xD7AF  # hangul syllables
        or 0xF900 <= o <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= o <= 0xFE4F  # compatibility forms
        or 0xFF00 <= o <= 0xFFEF  # full- and half-width forms
        or 0x20000 <= o <= 0x3FFFF  # extensions B and on
    )


def can_break(prev: str, ch: str) -> bool:
    """May a line break fall between prev and ch, with no space between them?"""
    if ch in NO_LINE_START or prev in NO_LINE_END:
        return False
    if unicodedata.combining(ch):
        return False
    if prev in BREAK_AFTER and ch.isalnum():
        return True  # "black-and-white" may wrap after a hyphen
    return is_cjk(prev) or is_cjk(ch)


def clean(text: str) -> str:
    """Text SDL can draw: no control characters (but newlines), no lone surrogates, no NULs."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        elif ch == "\r":
            continue
        else:
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Cs", "Co", "Cn"):
                continue
            if cat in ("Zl", "Zp"):
                out.append("\n")
            else:
                out.append(ch)
    return "".join(out)


class _LRU:
    def __init__(self, limit: int, weigh: Optional[Callable[[Any], int]] = None, max_weight: int = 0):
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self.limit = limit
        self._weigh = weigh
        self.max_weight = max_weight
        self.weight = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Any:
        try:
            value = self._items[key]
        except KeyError:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key: Hashable, value: Any) -> None:
        old = self._items.pop(key, None)
        if old is not None and self._weigh:
            self.weight -= self._weigh(old)
        self._items[key] = value
        if self._weigh:
            self.weight += self._weigh(value)
        while len(self._items) > self.limit or (self._weigh and self.weight > self.max_weight and len(self._items) > 1):
            _, dropped = self._items.popitem(last=False)
            if self._weigh:
                self.weight -= self._weigh(dropped)

    def clear(self) -> None:
        self._items.clear()
        self.weight = 0


def _surface_bytes(surface: "pygame.Surface") -> int:
    w, h = surface.get_size()
    return w * h * 4


def bundled_font_path() -> str:
    return os.path.join(os.path.dirname(pygame.__file__), pygame.font.get_default_font())


def _find_font(paths: Sequence[str], families: Sequence[str], check: Optional[Callable[[str], bool]] = None) -> Optional[str]:
    seen = set()
    for path in paths:
        if os.path.isfile(path) and path not in seen:
            seen.add(path)
            if check is None or check(path):
                return path
    for family in families:
        try:
            path = pygame.font.match_font(family)
        except Exception:  # a broken system font list is not our crash
            path = None
        if path and path not in seen and os.path.isfile(path):
            seen.add(path)
            if check is None or check(path):
                return path
    return None


class _Face:
    """One font file and what it can draw. Glyph checks use a probe at a fixed size."""

    PROBE_PX = 32

    def __init__(self, path: str, synthetic_bold: bool = False) -> None:
        self.path = path
        self.synthetic_bold = synthetic_bold
        self._probe = pygame.font.Font(path, self.PROBE_PX)
        # What the face draws for a character it lacks (its "notdef" box); SDL
        # reports that box's metrics rather than None, so a glyph that measures
        # exactly like the box counts as missing. Characters no font defines
        # (a noncharacter, private-use points) show what the box looks like.
        probes = [m for m in self._probe.metrics("\uffff\ufdd0\ue000\ue8ff") if m is not None]
        self._notdef = max(set(probes), key=probes.count) if probes else None
        self._has: dict[str, bool] = {}

    def drawn_bold(self) -> "_Face":
        """The same file drawn in SDL's synthetic bold, sharing this face's probe and glyph checks."""
        twin = copy.copy(self)
        twin.synthetic_bold = True
        return twin

    def has(self, ch: str) -> bool:
        known = self._has.get(ch)
        if known is not None:
            return known
        try:
            m = self._probe.metrics(ch)[0]
        except (pygame.error, ValueError, UnicodeError):
            m = None
        ok = m is not None and (m != self._notdef or ch.isspace())
        if len(self._has) > MAX_GLYPH_ENTRIES:
            self._has.clear()
        self._has[ch] = ok
        return ok


class Text:
    """The game's one text renderer; scenes reach it as ``app.text``."""

    def __init__(self) -> None:
        self._faces: Optional[dict[bool, list[_Face]]] = None
        self._fonts = _LRU(MAX_FONTS)
        self._surfaces = _LRU(MAX_SURFACES, _surface_bytes, MAX_SURFACE_BYTES)
        self._sizes = _LRU(MAX_LAYOUTS * 4)
        self._layouts = _LRU(MAX_LAYOUTS)
        self.cjk_path: Optional[str] = None

    # -- fonts ---------------------------------------------------------------

    def _chains(self) -> dict[bool, list[_Face]]:
        if self._faces is not None:
            return self._faces
        if not pygame.font.get_init():
            pygame.font.init()
        bundled = bundled_font_path()
        regular_path, bold_path = _find_latin_pair() or (bundled, bundled)

        # Each file is opened once: the face that passed a check is the one used,
        # in the regular chain and (drawn bold) in the bold one.
        opened: dict[str, _Face] = {}

        def face(path: str, bold: bool = False) -> _Face:
            if path not in opened:
                opened[path] = _Face(path)
            return opened[path].drawn_bold() if bold else opened[path]

        def opens(path: str) -> bool:
            try:
                face(path)
                return True
            except Exception:
                return False

        def has_han(path: str) -> bool:
            return opens(path) and face(path).has("后") and face(path).has("们")

        self.cjk_path = _find_font(CJK_PATHS, CJK_FAMILIES, has_han)
        symbol_path = _find_font(SYMBOL_PATHS, SYMBOL_FAMILIES, opens)

        faces: dict[bool, list[_Face]] = {}
        for bold in (False, True):
            chain = [face(bold_path if bold else regular_path)]
            if self.cjk_path:
                chain.append(face(self.cjk_path, bold))
            if symbol_path and symbol_path not in (chain[0].path, self.cjk_path):
                chain.append(face(symbol_path, bold))
            faces[bold] = chain
        self._faces = faces
        return faces

    def _font(self, face: _Face, px: int) -> "pygame.font.Font":
        key = (face.path, px, face.synthetic_bold)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(face.path, px)
            if face.synthetic_bold:
                font.set_bold(True)
            self._fonts.put(key, font)
        return font

    def has_cjk_font(self) -> bool:
        self._chains()
        return self.cjk_path is not None

    # -- runs ----------------------------------------------------------------

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, int]]:
        """Cut a line into (run, index of the face in the chain) pieces."""
        chain = self._chains()[bold]
        if text.isascii():
            return [(text, 0)] if text else []
        out: list[tuple[str, int]] = []
        current = -1
        start = 0
        for i, ch in enumerate(text):
            if ch.isspace() or unicodedata.combining(ch):
                # Spaces and combining marks stay with the run they are in.
                choice = current if current >= 0 else 0
            else:
                choice = 0
                for n, face in enumerate(chain):
                    if face.has(ch):
                        choice = n
                        break
            if choice != current:
                if current >= 0 and i > start:
                    out.append((text[start:i], current))
                start = i
                current = choice
        if text:
            out.append((text[start:], max(current, 0)))
        return out

    def _line_fonts(self, px: int, bold: bool) -> list["pygame.font.Font"]:
        # The Latin and CJK faces set every line's height and baseline, so a
        # line's height does not depend on which script it happens to use.
        chain = self._chains()[bold]
        return [self._font(f, px) for f in chain[:2]]

    def _metrics(self, px: int, bold: bool, extra: Sequence["pygame.font.Font"] = ()) -> tuple[int, int]:
        fonts = list(self._line_fonts(px, bold)) + list(extra)
        ascent = max(f.get_ascent() for f in fonts)
        # SDL_ttf's height is one row more than ascent + descent, and an underscore
        # is drawn in that row: leaving it out drops every underscore.
        descent = max(f.get_height() - f.get_ascent() for f in fonts)
        return ascent, descent

    # -- measuring -------------------------------------------------------------

    def _width(self, text: str, px: int, bold: bool) -> int:
        chain = self._chains()[bold]
        return sum(self._font(chain[n], px).size(run)[0] for run, n in self.runs(text, bold))

    def size(self, text: str, px: int, bold: bool = False) -> tuple[int, int]:
        """Width and height of text drawn on one line (or stacked lines if it has newlines)."""
        px = _px(px)
        text = clean(str(text))
        key = (text, px, bold)
        cached = self._sizes.get(key)
        if cached is not None:
            return cached
        lines = text.split("\n")
        width = max(min(self._width(line, px, bold), MAX_LINE_WIDTH) for line in lines)
        # A run in a fallback face beyond the Latin and CJK ones may stand taller
        # (the last line's, as render() makes it), so the height matches the surface.
        chain = self._chains()[bold]
        extra = [self._font(chain[n], px) for _, n in self.runs(lines[-1], bold) if n >= 2]
        ascent, descent = self._metrics(px, bold, extra)
        height = ascent + descent + (len(lines) - 1) * self.line_height(px)
        result = (width, height)
        self._sizes.put(key, result)
        return result

    def line_height(self, px: int) -> int:
        """Distance from one line's top to the next line's top."""
        px = _px(px)
        key = ("line", px)
        cached = self._sizes.get(key)
        if cached is None:
            fonts = self._line_fonts(px, False) + self._line_fonts(px, True)
            cached = max(f.get_linesize() for f in fonts)
            self._sizes.put(key, cached)
        return cached

    # -- drawing ---------------------------------------------------------------

    def render(self, text: str, px: int, colour: Any, bold: bool = False) -> "pygame.Surface":
        """Text on a transparent surface, cached; newlines stack lines left-aligned."""
        px = _px(px)
        colour = tuple(colour)
        if len(colour) == 4 and colour[3] == 255:
            colour = colour[:3]  # pygame.Color(r, g, b) and (r, g, b) share a cache entry
        text = str(text)
        key = (text, px, colour, bold)
        surface = self._surfaces.get(key)
        if surface is not None:
            return surface
        lines = clean(text).split("\n")
        if len(lines) == 1:
            surface = self._render_line(lines[0], px, colour, bold)
        else:
            parts = [self._render_line(line, px, colour, bold) for line in lines]
            step = self.line_height(px)
            height = parts[-1].get_height() + step * (len(parts) - 1)
            surface = pygame.Surface((max(p.get_width() for p in parts), height), pygame.SRCALPHA)
            for i, part in enumerate(parts):
                surface.blit(part, (0, i * step))
        if pygame.display.get_init() and pygame.display.get_surface() is not None:
            try:
                surface = surface.convert_alpha()  # faster to blit every frame
            except pygame.error:
                pass
        self._surfaces.put(key, surface)
        return surface

    def _render_line(self, text: str, px: int, colour: tuple, bold: bool) -> "pygame.Surface":
        chain = self._chains()[bold]
        if self._width(text, px, bold) > MAX_LINE_WIDTH:
            text = self._truncate(text, px, MAX_LINE_WIDTH, bold)
        rgb = colour[:3]
        alpha = colour[3] if len(colour) > 3 else 255
        pieces = []
        fonts = []
        for run, n in self.runs(text, bold):
            font = self._font(chain[n], px)
            fonts.append(font)
            if font.size(run)[0] > 0:
                pieces.append((font, font.render(run, True, rgb)))
        ascent, descent = self._metrics(px, bold, fonts)
        width = sum(p.get_width() for _, p in pieces)
        surface = pygame.Surface((max(1, width), ascent + descent), pygame.SRCALPHA)
        x = 0
        for font, piece in pieces:
            surface.blit(piece, (x, ascent - font.get_ascent()))
            x += piece.get_width()
        if alpha < 255:
            surface.set_alpha(alpha)
        return surface

    def _truncate(self, text: str, px: int, width: int, bold: bool) -> str:
        """The longest start of text that fits the width with an ellipsis after it."""
        if self._width(text, px, bold) <= width:
            return text
        return self.ellipsize(text, px, width, bold)

    def ellipsize(self, line: str, px: int, width: int, bold: bool = False) -> str:
        """``line`` cut so that it and a closing ellipsis fit ``width`` (always cut).

        Found by binary search, so a category of thousands of characters costs
        a few measurements, not one per character dropped.
        """
        line = line.rstrip()
        room = width - self._width(ELLIPSIS, px, bold)
        n = self._longest_prefix(line, px, room, bold)
        return line[:n].rstrip() + ELLIPSIS

    # -- wrapping --------------------------------------------------------------

    def _longest_prefix(self, text: str, px: int, width: int, bold: bool) -> int:
        """How many characters from the start fit the width.

        Searched by doubling first, so a 10,000-character word costs a few
        measurements of line-sized pieces, not of the whole word."""
        if width <= 0 or not text:
            return 0
        lo, hi = 0, 8
        while hi < len(text) and self._width(text[:hi], px, bold) <= width:
            lo, hi = hi, hi * 2
        hi = min(hi, len(text))
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._width(text[:mid], px, bold) <= width:
                lo = mid
            else:
                hi = mid - 1
        # Never split a character from its combining marks.
        while 0 < lo < len(text) and unicodedata.combining(text[lo]):
            lo -= 1
        return lo

    def wrap(self, text: str, px: int, width: int, bold: bool = False) -> list[str]:
        """Lines no wider than width: broken at spaces, between CJK characters,
        after hyphens, inside words only when a word alone is too wide; newlines
        are kept. A single character wider than the width gets a line of its own."""
        px = _px(px)
        width = max(1, int(width))
        text = str(text)
        key = ("wrap", text, px, width, bold)
        cached = self._layouts.get(key)
        if cached is not None:
            return list(cached)
        lines = self._wrap(text, px, width, bold)
        self._layouts.put(key, tuple(lines))
        return lines

    def _wrap(self, text: str, px: int, width: int, bold: bool, limit: Optional[int] = None) -> list[str]:
        """Wrap, stopping once there are more than limit lines (the rest cannot fit anyway)."""
        lines: list[str] = []
        for paragraph in clean(text).split("\n"):
            self._wrap_paragraph(paragraph, px, width, bold, lines, limit)
            if limit is not None and len(lines) > limit:
                break
        return lines

    def _wrap_paragraph(
        self, paragraph: str, px: int, width: int, bold: bool, lines: list[str], limit: Optional[int]
    ) -> None:
        line = ""
        for spaced, word in _tokens(paragraph):
            if limit is not None and len(lines) > limit:
                return
            candidate = (line + " " + word if spaced else line + word) if line else word
            if self._width(candidate, px, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            # A word wider than the line is cut where it must be (measuring only
            # line-sized pieces of it, however long it is).
            while not (limit is not None and len(lines) > limit):
                n = self._longest_prefix(line, px, width, bold)
                if n >= len(line):
                    break
                n = max(1, n)
                lines.append(line[:n])
                line = line[n:]
        lines.append(line)

    def fit(
        self, text: str, px: int, width: int, height: int, min_px: int = 12, bold: bool = False
    ) -> tuple[int, list[str]]:
        """The largest size up to px whose wrapped lines fit the box, and those lines.

        If even min_px is too big, the lines at min_px that fit are returned and
        the last of them ends with an ellipsis, so text never spills out of a box.
        Wrapping stops as soon as a size is known not to fit, so a pasted novel
        costs no more than the box can show."""
        px = _px(px)
        min_px = max(1, min(_px(min_px), px))
        width = max(1, int(width))
        height = max(1, int(height))
        text = str(text)
        key = ("fit", text, px, width, height, min_px, bold)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached[0], list(cached[1])

        def attempt(p: int) -> tuple[bool, list[str]]:
            room = max(1, height // self.line_height(p))
            lines = self._wrap(text, p, width, bold, limit=room)
            return len(lines) * self.line_height(p) <= height, lines

        size = px
        ok, best = attempt(px)
        if not ok:
            lo, hi = min_px, px - 1  # the largest size in [lo, hi] that fits, if any
            found = None
            while lo <= hi:
                mid = (lo + hi) // 2
                ok, lines = attempt(mid)
                if ok:
                    found = (mid, lines)
                    lo = mid + 1
                else:
                    hi = mid - 1
            if found:
                size, best = found
            else:
                size = min_px
                room = max(1, height // self.line_height(min_px))
                lines = self._wrap(text, min_px, width, bold, limit=room)
                if len(lines) > room:
                    lines = lines[:room]
                    lines[-1] = self._truncate(lines[-1].rstrip() + ELLIPSIS, min_px, width, bold)
                best = lines
        self._layouts.put(key, (size, tuple(best)))
        return size, list(best)

    # -- housekeeping ------------------------------------------------------------

    def clear(self) -> None:
        """Drop cached surfaces and layouts (fonts and glyph knowledge stay)."""
        self._surfaces.clear()
        self._sizes.clear()
        self._layouts.clear()

    def stats(self) -> dict[str, int]:
        return {
            "fonts": len(self._fonts),
            "surfaces": len(self._surfaces),
            "surface_bytes": self._surfaces.weight,
            "layouts": len(self._layouts),
            "sizes": len(self._sizes),
            "surface_hits": self._surfaces.hits,
            "surface_misses": self._surfaces.misses,
        }


def _px(px: Any) -> int:
    return max(1, min(int(px), 1000))


def _find_latin_pair() -> Optional[tuple[str, str]]:
    """A regular and a bold file of one Latin family, or None."""
    for regular, bold in LATIN_PAIRS:
        if os.path.isfile(regular) and os.path.isfile(bold) and _opens(regular) and _opens(bold):
            return regular, bold
    for family in LATIN_FAMILIES:
        try:
            regular = pygame.font.match_font(family)
            bold = pygame.font.match_font(family, bold=True)
        except Exception:
            continue
        # match_font answers a family it lacks with some other face (maybe the
        # CJK one): take only files named for the family asked for.
        if (regular and bold and regular != bold
                and _named_like(regular, (family,)) and _named_like(bold, (family,))
                and _opens(regular) and _opens(bold)):
            return regular, bold
    return None


def _named_like(path: str, families: Sequence[str]) -> bool:
    name = os.path.basename(path).lower().replace("-", "").replace("_", "").replace(" ", "")
    return any(family[:6] in name for family in families)


def _opens(path: str) -> bool:
    try:
        pygame.font.Font(path, 12)
        return True
    except Exception:
        return False


def _tokens(paragraph: str) -> Iterator[tuple[bool, str]]:
    """Unbreakable pieces of a paragraph, each with whether a space came before it."""
    word = ""
    spaced = False
    prev = ""
    for ch in paragraph:
        if ch.isspace():
            if word:
                yield (spaced, word)
                word = ""
            spaced = True
            prev = ch
            continue
        if word and can_break(prev, ch) and not (prev in BREAK_AFTER and len(word) < 2):
            yield (spaced, word)
            word = ""
            spaced = False
        word += ch
        prev = ch
    if word:
        yield (spaced, word)
