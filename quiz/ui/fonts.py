"""Finding fonts for every script the game shows, and knowing which glyphs each has.

No single font has every glyph the game needs: pygame's bundled font covers
Latin but draws 后来的我们 as boxes. So text is drawn with a chain of faces,
best first: a Latin family (regular and bold of one family), then a system
CJK face, then a wide-coverage symbol face. Nothing is opened at import.
"""

from __future__ import annotations

import copy
import os
from typing import Callable, Optional, Sequence

import pygame

MAX_GLYPH_ENTRIES = 4096  # per face: more distinct characters than any screen shows

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


def bundled_font_path() -> str:
    return os.path.join(os.path.dirname(pygame.__file__), pygame.font.get_default_font())


def find_font(paths: Sequence[str], families: Sequence[str],
              check: Optional[Callable[[str], bool]] = None) -> Optional[str]:
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


class Face:
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

    def drawn_bold(self) -> "Face":
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


def find_latin_pair() -> Optional[tuple[str, str]]:
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


def font_chains() -> tuple[dict[bool, list[Face]], Optional[str]]:
    """The faces to try, best first, for regular (False) and bold (True) text, and
    the CJK font's path (None where the system has none).

    Each file is opened once: the face that passed a check is the one used, in
    the regular chain and (drawn bold) in the bold one."""
    if not pygame.font.get_init():
        pygame.font.init()
    bundled = bundled_font_path()
    regular_path, bold_path = find_latin_pair() or (bundled, bundled)
    opened: dict[str, Face] = {}

    def face(path: str, bold: bool = False) -> Face:
        if path not in opened:
            opened[path] = Face(path)
        return opened[path].drawn_bold() if bold else opened[path]

    def opens(path: str) -> bool:
        try:
            face(path)
            return True
        except Exception:
            return False

    def has_han(path: str) -> bool:
        return opens(path) and face(path).has("后") and face(path).has("们")

    cjk_path = find_font(CJK_PATHS, CJK_FAMILIES, has_han)
    symbol_path = find_font(SYMBOL_PATHS, SYMBOL_FAMILIES, opens)
    chains: dict[bool, list[Face]] = {}
    for bold in (False, True):
        chain = [face(bold_path if bold else regular_path)]
        if cjk_path:
            chain.append(face(cjk_path, bold))
        if symbol_path and symbol_path not in (chain[0].path, cjk_path):
            chain.append(face(symbol_path, bold))
        chains[bold] = chain
    return chains, cjk_path
