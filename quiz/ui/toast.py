"""Short notices that float above every screen for a few seconds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from quiz.ui import theme
from quiz.ui.kit.menu import Menu
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
        area = place_stack(surface.get_size(), width, stack_h, kept_clear(app), scale)
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
    """What the player may need on the top screen: every control of its menus, and what
    the screen says it must keep in view (``Scene.kept_clear``)."""
    scene = app.router.top
    if scene is None:
        return []
    rects = [pygame.Rect(r) for r in scene.kept_clear()]
    for value in vars(scene).values():
        if isinstance(value, Menu):
            rects += [pygame.Rect(item.rect) for item in value.items
                      if item.focusable and item.rect.w > 0 and item.rect.h > 0]
    return rects


def place_stack(size: tuple[int, int], width: int, height: int, clear: list[pygame.Rect],
                scale: float) -> pygame.Rect:
    """Where the notices go: low in the middle (above the key hints) unless that covers a
    control, else high in the middle, else a corner, else over the key hints, else any
    free height in the middle or at a side (lowest first); failing all, the place that
    covers least."""
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

    def covered(place: pygame.Rect) -> int:
        return sum(place.clip(r).w * place.clip(r).h for r in clear)

    return min(places, key=lambda place: (covered(place) > 0, covered(place)))
