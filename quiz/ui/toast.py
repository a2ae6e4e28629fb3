"""Short notices that float above every screen for a few seconds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

import pygame

from quiz.ui import theme
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.widgets import Widget
from quiz.ui.kit.words import draw_lines

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

SHOW_FOR = 4.5  # seconds a notice stays up
FADE = 0.35  # seconds to fade in and out
MAX_SHOWN = 3


@dataclass
class Toast:
    message: str
    born: float


class Toasts:
    def __init__(self) -> None:
        self.items: list[Toast] = []

    def add(self, message: str, now: float) -> None:
        # The same notice twice in a row (e.g. pressing Play on an empty deck) shows once, renewed.
        for toast in self.items:
            if toast.message == message:
                toast.born = now
                return
        self.items.append(Toast(message, now))
        del self.items[:-MAX_SHOWN]

    def update(self, now: float) -> None:
        self.items = [t for t in self.items if now - t.born < SHOW_FOR]

    def draw(self, surface: pygame.Surface, app: "Services", now: float) -> None:
        if not self.items:
            return
        w, h = surface.get_size()
        scale = app.scale
        size = theme.px(theme.LABEL, scale)
        pad = theme.px(16, scale)
        gap = theme.px(10, scale)
        width = min(w - 2 * pad, theme.px(720, scale))
        inner_w = width - 2 * pad
        wrapped = [app.text.wrap(t.message, size, inner_w)[:4] for t in self.items]
        heights = [len(lines) * app.text.line_height(size) + 2 * pad for lines in wrapped]
        stack_h = sum(heights) + gap * (len(heights) - 1)
        area = place_stack(surface.get_size(), width, stack_h, kept_clear(app), scale,
                           kept_readable(app))
        bottom = area.bottom
        for toast, lines, box_h in reversed(list(zip(self.items, wrapped, heights))):
            age = now - toast.born
            fade = min(1.0, age / FADE, (SHOW_FOR - age) / FADE)
            if app.settings.reduced_motion:
                fade = 1.0
            rect = pygame.Rect(area.x, bottom - box_h, width, box_h)
            plate = pygame.Surface(rect.size, pygame.SRCALPHA)
            alpha = int(235 * max(0.0, fade))
            pygame.draw.rect(plate, (*theme.PAPER, alpha), plate.get_rect(),
                             border_radius=theme.px(10, scale))
            surface.blit(plate, rect.topleft)
            pygame.draw.rect(surface, theme.AMBER,
                             pygame.Rect(rect.x, rect.y + pad // 2, theme.px(5, scale), rect.h - pad),
                             border_radius=theme.px(3, scale))
            if fade > 0.3:
                draw_lines(surface, app.text, lines, size, theme.INK,
                                   rect.inflate(-2 * pad, -2 * pad), align="center")
            bottom = rect.y - gap


def kept_clear(app: "Services") -> list[pygame.Rect]:
    """What the player may need on the top screen: every control of its menus, and the
    controls it keeps outside a menu (buttons, and grids of them, as on Controls)."""
    scene = app.router.top
    if scene is None:
        return []
    found: list = []
    for value in vars(scene).values():
        if isinstance(value, Menu):
            found += value.items
        elif isinstance(value, Widget):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            for part in value:
                found += [w for w in (part if isinstance(part, (list, tuple)) else [part])
                          if isinstance(w, Widget)]
    rects, seen = [], set()
    for item in found:
        if id(item) in seen or not item.focusable or item.rect.w <= 0 or item.rect.h <= 0:
            continue
        seen.add(id(item))
        rects.append(pygame.Rect(item.rect))
    return rects


def kept_readable(app: "Services") -> list[pygame.Rect]:
    """What the top screen says the player reads (``Scene.kept_clear``): headings, lists."""
    scene = app.router.top
    return [pygame.Rect(r) for r in scene.kept_clear()] if scene is not None else []


def place_stack(size: tuple[int, int], width: int, height: int, clear: list[pygame.Rect],
                scale: float, read: Sequence[pygame.Rect] = ()) -> pygame.Rect:
    """Where the notices go: low in the middle (above the key hints) unless that covers a
    control or words in ``read``, else high in the middle, else a corner, else over the
    key hints, else any free height in the middle or at a side (lowest first). Failing
    all, a place over no control that covers least of the words; failing that, the
    place that covers least of the controls."""
    w, h = size
    margin = theme.px(24, scale)
    low = h - theme.px(64, scale)
    top = theme.px(40, scale)
    places = [
        pygame.Rect((w - width) // 2, low - height, width, height),
        pygame.Rect((w - width) // 2, top, width, height),
        pygame.Rect(w - margin - width, low - height, width, height),
        pygame.Rect(margin, low - height, width, height),
        pygame.Rect(margin, top, width, height),
        pygame.Rect(w - margin - width, top, width, height),
        pygame.Rect((w - width) // 2, h - margin - height, width, height),
    ]
    step = max(1, theme.px(8, scale))
    for y in range(h - margin - height, top - 1, -step):
        for x in ((w - width) // 2, w - margin - width, margin):
            places.append(pygame.Rect(x, y, width, height))

    def covered(place: pygame.Rect, rects) -> int:
        return sum(place.clip(r).w * place.clip(r).h for r in rects)

    def cost(place: pygame.Rect) -> tuple:
        controls, words = covered(place, clear), covered(place, read)
        return controls > 0, controls, words > 0, words

    return min(places, key=cost)
