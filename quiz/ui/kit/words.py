"""Text set into boxes: fitted, wrapped, cut with an ellipsis, and clipped.

Every word a screen shows is blitted by ``paint_lines``, inside the box it
was given and clipped to it; the tests wrap that one function to hold every
screen's words to their boxes and to a readable size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import pygame

from quiz.ui import theme


@dataclass
class TextBlock:
    """Text fitted into a box: the size chosen, its lines and where each goes."""

    box: pygame.Rect
    px: int
    lines: list[str]
    rects: list[pygame.Rect] = field(default_factory=list)
    bold: bool = False


def line_x(box: pygame.Rect, width: int, align: str) -> int:
    """Left edge of a line ``width`` wide set in ``box`` by ``align`` (left, center, right)."""
    if align == "center":
        return box.x + (box.w - width) // 2
    if align == "right":
        return box.right - width
    return box.x


def block_y(box: pygame.Rect, height: int, valign: str) -> int:
    """Top of a block ``height`` tall set in ``box`` (top, middle or center, bottom)."""
    if valign in ("middle", "center"):
        return box.y + (box.h - height) // 2
    if valign == "bottom":
        return box.bottom - height
    return box.y


def readable_px(surface: pygame.Surface) -> int:
    """The smallest type size drawn on a window of this surface's size."""
    return theme.min_text_px(theme.layout_scale(surface.get_size()))


def paint_lines(surface: pygame.Surface, text: Any, lines: Sequence[str], rects: Sequence[pygame.Rect],
                px: int, colour, box: pygame.Rect, bold: bool = False) -> None:
    """Blit placed lines, clipped to ``box`` so a rare overflow never spills onto a neighbour."""
    old_clip = surface.get_clip()
    surface.set_clip(pygame.Rect(box).clip(old_clip))
    for line, rect in zip(lines, rects):
        image = text.render(line, px, colour, bold=bold)
        surface.blit(image, (rect.x, rect.y + (rect.h - image.get_height()) // 2))
    surface.set_clip(old_clip)


def place_lines(text: Any, lines: Sequence[str], px: int, box: pygame.Rect, align: str = "left",
                valign: str = "top", bold: bool = False) -> list[pygame.Rect]:
    """Where each line goes in ``box``: one line height apart, aligned."""
    height = text.line_height(px)
    y = block_y(box, height * len(lines), valign)
    rects = []
    for line in lines:
        w = text.size(line, px, bold)[0]
        rects.append(pygame.Rect(line_x(box, w, align), y, w, height))
        y += height
    return rects


def draw_lines(surface: pygame.Surface, text: Any, lines: Sequence[str], px: int, colour,
               box: pygame.Rect, align: str = "left", valign: str = "top",
               bold: bool = False) -> list[pygame.Rect]:
    """Blit already wrapped lines inside ``box``; returns where each line went."""
    rects = place_lines(text, lines, px, box, align, valign, bold)
    paint_lines(surface, text, lines, rects, px, colour, box, bold)
    return rects


def fit_block(text: Any, label: str, box: pygame.Rect, px: int, min_px: int = 12,
              bold: bool = False, align: str = "center", valign: str = "center") -> TextBlock:
    """Wrap ``label`` inside ``box`` at the largest size from ``px`` down to ``min_px`` that fits.

    If even ``min_px`` is too big, the lines that do not fit are cut and the last
    one shown ends with an ellipsis, so text never leaves its box.
    """
    box = pygame.Rect(box)
    if box.w <= 0 or box.h <= 0 or not label:
        return TextBlock(box, px, [], [], bold)
    size, lines = text.fit(label, px, box.w, box.h, min_px=min(min_px, px), bold=bold)
    line_h = text.line_height(size)
    room = max(1, box.h // max(1, line_h))
    lines = list(lines)
    if len(lines) > room:
        lines = lines[:room]
        lines[-1] = text.ellipsize(lines[-1], size, box.w, bold)
    rects = []
    y = max(box.y, block_y(box, line_h * len(lines), valign))
    for line in lines:
        w, h = text.size(line, size, bold)
        w = min(w, box.w)
        rects.append(pygame.Rect(line_x(box, w, align), y, w, min(h, line_h)))
        y += line_h
    return TextBlock(box, size, lines, rects, bold)


def draw_block(surface: pygame.Surface, text: Any, block: TextBlock, colour,
               offset: tuple[int, int] = (0, 0)) -> None:
    """Paint a fitted block, moved by ``offset`` (a slide-in, a scrolled card)."""
    rects = [rect.move(offset) for rect in block.rects]
    paint_lines(surface, text, block.lines, rects, block.px, colour, block.box.move(offset), block.bold)


def draw_fitted(surface: pygame.Surface, text: Any, label: str, px: float, colour,
                box: pygame.Rect, align: str = "left", valign: str = "middle",
                bold: bool = False, min_px: int = 12) -> list[pygame.Rect]:
    """Shrink and wrap ``label`` until it fits ``box``, then draw it (never below the
    readable size for the window; ``min_px`` is in real pixels, as for ``fit``)."""
    floor = readable_px(surface)
    px, min_px = max(px, _asked(text, floor)), max(min_px, floor)
    block = fit_block(text, label, box, px, min_px, bold, align, valign)
    return draw_lines(surface, text, block.lines, block.px, colour, box, align, valign, bold)


def draw_text(surface: pygame.Surface, text: Any, label: str, px: float, colour,
              pos: tuple[int, int], anchor: str = "topleft", bold: bool = False,
              max_width: Optional[int] = None, min_px: Optional[int] = None) -> pygame.Rect:
    """One line of text at an anchor point. Too wide for ``max_width``, it shrinks a
    little (to ``min_px`` real pixels, by default 70% of its size, never below the
    readable size) and then ends with an ellipsis."""
    floor = readable_px(surface)
    px = max(px, _asked(text, floor))
    if max_width is not None:
        actual = _actual(text, px)
        least = max(floor, min_px if min_px is not None else int(actual * 0.7))
        while actual > least and text.size(label, _asked(text, actual), bold)[0] > max_width:
            actual -= 1
        px = _asked(text, actual)
        if text.size(label, px, bold)[0] > max_width:
            label = text.ellipsize(label, px, max_width, bold)
    w, h = text.size(label, px, bold)
    rect = pygame.Rect(0, 0, w, h)
    setattr(rect, anchor, pos)
    paint_lines(surface, text, [label], [rect], px, colour, rect, bold)
    return rect


def _actual(text: Any, px: float) -> int:
    """Real pixels for a size asked at the normal text size (a plain renderer has no zoom)."""
    return text.actual_px(px) if hasattr(text, "actual_px") else int(px)


def _asked(text: Any, actual: int) -> float:
    return text.asked_px(actual) if hasattr(text, "asked_px") else actual


def group(n: int) -> str:
    """A number with its thousands grouped, as scores are shown."""
    return f"{n:,}"
