"""The game's one text renderer: measuring, wrapping, fitting and drawing text in any script.

A line is cut into runs, each drawn with the first face in a chain that really
has the run's glyphs (``quiz.ui.fonts``), and the runs are put side by side on
one shared baseline. Where lines break is decided by ``quiz.linebreak`` (pure
Python); what is costly to make is kept in bounded caches (``quiz.ui.cache``).
Fonts are found and opened lazily, on first use, never at import.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Callable, Optional, Sequence

import pygame

from quiz import linebreak
from quiz.linebreak import ELLIPSIS, can_break, clean, is_cjk
from quiz.ui.cache import LRU, surface_bytes
from quiz.ui.fonts import Face, bundled_font_path, font_chains

# The names screens and tests import from here, wherever they live.
__all__ = ["Text", "ELLIPSIS", "MAX_LINE_WIDTH", "bundled_font_path", "can_break", "clean", "is_cjk"]

# How many of each thing to keep; enough for every screen of the game at two
# window sizes, small enough that memory stays flat however long it runs.
MAX_FONTS = 96
MAX_SURFACES = 600
MAX_SURFACE_BYTES = 48 * 1024 * 1024
MAX_LAYOUTS = 2000
# SDL cannot make surfaces much wider than this; longer lines are cut short.
MAX_LINE_WIDTH = 8000


class Text:
    """The game's one text renderer; scenes reach it as ``app.text``.

    Screens ask for sizes at the normal text size; ``zoom`` (the player's text
    size, 1.0 to 2.0) multiplies every size asked for, in measuring and drawing
    alike, so a layout built from ``size`` and ``line_height`` grows with it.
    ``fit`` may shrink below the zoomed size down to ``min_px`` real pixels, and
    gives back the size it chose in the same units screens ask in.
    """

    zoom = 1.0  # the player's text size, 1.0 (100%) to 2.0 (200%)

    def __init__(self, zoom: float = 1.0) -> None:
        self.zoom = float(zoom)
        self._faces: Optional[dict[bool, list[Face]]] = None
        self._fonts = LRU(MAX_FONTS)
        self._surfaces = LRU(MAX_SURFACES, surface_bytes, MAX_SURFACE_BYTES)
        self._sizes = LRU(MAX_LAYOUTS * 4)
        self._layouts = LRU(MAX_LAYOUTS)
        self.cjk_path: Optional[str] = None

    # -- fonts ---------------------------------------------------------------

    def _chains(self) -> dict[bool, list[Face]]:
        if self._faces is None:
            self._faces, self.cjk_path = font_chains()
        return self._faces

    def _font(self, face: Face, px: int) -> "pygame.font.Font":
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

    def actual_px(self, px: float) -> int:
        """The pixel size text asked for at ``px`` is really drawn at."""
        return _px(px, self.zoom)

    def asked_px(self, actual: int) -> float:
        """The size to ask for to draw at ``actual`` pixels (the inverse of ``actual_px``)."""
        return actual if self.zoom == 1 else actual / self.zoom

    def grown(self, px: float, most: float = 1.25) -> float:
        """``px`` for words that are big already (a screen's heading, the title): they grow
        with the text size only up to ``most`` times, leaving the room to the rest."""
        return px * min(self.zoom, most) / self.zoom

    def size(self, text: str, px: float, bold: bool = False) -> tuple[int, int]:
        """Width and height of text drawn on one line (or stacked lines if it has newlines)."""
        px = _px(px, self.zoom)
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
        height = ascent + descent + (len(lines) - 1) * self._line_height(px)
        result = (width, height)
        self._sizes.put(key, result)
        return result

    def line_height(self, px: float) -> int:
        """Distance from one line's top to the next line's top."""
        return self._line_height(_px(px, self.zoom))

    def _line_height(self, px: int) -> int:
        key = ("line", px)
        cached = self._sizes.get(key)
        if cached is None:
            fonts = self._line_fonts(px, False) + self._line_fonts(px, True)
            # A face's line skip can be a row less than the surface it draws (the
            # row that holds underscores): lines never overlap one another.
            cached = max(max(f.get_linesize() for f in fonts),
                         sum(self._metrics(px, False)), sum(self._metrics(px, True)))
            self._sizes.put(key, cached)
        return cached

    # -- drawing ---------------------------------------------------------------

    def render(self, text: str, px: float, colour: Any, bold: bool = False) -> "pygame.Surface":
        """Text on a transparent surface, cached; newlines stack lines left-aligned."""
        px = _px(px, self.zoom)
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
            step = self._line_height(px)
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
        return linebreak.truncate(text, width, self._measure(px, bold))

    def ellipsize(self, line: str, px: float, width: int, bold: bool = False) -> str:
        """``line`` cut so that it and a closing ellipsis fit ``width`` (always cut).

        Found by binary search, so a category of thousands of characters costs
        a few measurements, not one per character dropped.
        """
        return linebreak.ellipsize(line, width, self._measure(_px(px, self.zoom), bold))

    # -- wrapping --------------------------------------------------------------

    def _measure(self, px: int, bold: bool) -> Callable[[str], int]:
        """Width in pixels of one line at this size and weight, for the line breaker."""
        return lambda text: self._width(text, px, bold)

    def wrap(self, text: str, px: float, width: int, bold: bool = False) -> list[str]:
        """Lines no wider than width (the rules are in ``quiz.linebreak``), cached."""
        px = _px(px, self.zoom)
        width = max(1, int(width))
        text = str(text)
        key = ("wrap", text, px, width, bold)
        cached = self._layouts.get(key)
        if cached is not None:
            return list(cached)
        lines = linebreak.wrap(text, width, self._measure(px, bold))
        self._layouts.put(key, tuple(lines))
        return lines

    def fit(
        self, text: str, px: float, width: int, height: int, min_px: int = 12, bold: bool = False
    ) -> tuple[float, list[str]]:
        """The largest size up to px whose wrapped lines fit the box, and those lines.

        ``min_px`` is in real pixels: at a bigger text size, text in a tight box
        may come back down to it rather than be cut. If even min_px is too big,
        the lines at min_px that fit are returned and the last of them ends with
        an ellipsis, so text never spills out of a box."""
        px = _px(px, self.zoom)
        min_px = max(1, min(_px(min_px), px))
        width = max(1, int(width))
        height = max(1, int(height))
        text = str(text)
        key = ("fit", text, px, width, height, min_px, bold)
        cached = self._layouts.get(key)
        if cached is None:
            cached = linebreak.fit(text, px, min_px, width, height,
                                   lambda p: self._measure(p, bold), self._line_height)
            self._layouts.put(key, (cached[0], tuple(cached[1])))
        return self.asked_px(cached[0]), list(cached[1])

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


def _px(px: Any, zoom: float = 1.0) -> int:
    return max(1, min(int(round(float(px) * zoom)), 1000))
