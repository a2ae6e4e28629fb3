"""Short notices that float above every screen for a few seconds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from quiz.ui import theme
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
        width = min(w - 2 * pad, theme.px(720, scale))
        bottom = h - theme.px(64, scale)  # above the key hints at the foot of the screens
        for toast in reversed(self.items):
            age = now - toast.born
            fade = min(1.0, age / FADE, (SHOW_FOR - age) / FADE)
            if app.settings.reduced_motion:
                fade = 1.0
            inner_w = width - 2 * pad
            lines = app.text.wrap(toast.message, size, inner_w)[:4]
            box_h = len(lines) * app.text.line_height(size) + 2 * pad
            rect = pygame.Rect((w - width) // 2, bottom - box_h, width, box_h)
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
            bottom = rect.y - theme.px(10, scale)
