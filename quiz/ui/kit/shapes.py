"""Plates, marks and rounded boxes: the shapes the screens share."""

from __future__ import annotations

import pygame

from quiz.ui import theme


def round_rect(surface: pygame.Surface, colour, rect: pygame.Rect, radius: int,
               width: int = 0) -> None:
    pygame.draw.rect(surface, colour, rect, width, border_radius=max(0, radius))


def plate(surface: pygame.Surface, rect: pygame.Rect, scale: float, focused: bool,
          pressed: bool = False) -> None:
    """The look of a menu item: grey plate, warm bar when focused."""
    radius = theme.px(10, scale)
    if focused:
        round_rect(surface, theme.ASH if pressed else theme.SLATE, rect, radius)
        bar = pygame.Rect(rect.x, rect.y + rect.h // 5, theme.px(5, scale), rect.h - 2 * (rect.h // 5))
        round_rect(surface, theme.AMBER, bar, theme.px(3, scale))
    else:
        round_rect(surface, theme.NIGHT, rect, radius)
        # High contrast: an edge that shows on black, where each control is.
        edge = theme.ASH if theme.HIGH_CONTRAST else theme.SLATE
        round_rect(surface, edge, rect, radius, width=max(1, theme.px(1, scale)))


def card(surface: pygame.Surface, rect: pygame.Rect, scale: float, focused: bool,
         accent=None) -> None:
    """The look of a button on the round's screens: a card with a border, warmed when focused
    (in high contrast the card stays dark behind its words and the border says it)."""
    accent = theme.AMBER if accent is None else accent
    radius = theme.px(12, scale)
    warm = focused and not theme.HIGH_CONTRAST
    fill = theme.mix(theme.SLATE, accent, 0.35) if warm else theme.SLATE
    pygame.draw.rect(surface, fill, rect, border_radius=radius)
    border = accent if focused else theme.ASH
    pygame.draw.rect(surface, border, rect, theme.px(3 if focused else 1, scale), border_radius=radius)

def draw_tick(surface: pygame.Surface, rect: pygame.Rect, colour, width: int) -> None:
    """A tick drawn with lines: the shape, not only the colour, says "right"."""
    r = pygame.Rect(rect)
    points = [(r.x + r.w * 0.18, r.y + r.h * 0.55), (r.x + r.w * 0.42, r.y + r.h * 0.78),
              (r.x + r.w * 0.84, r.y + r.h * 0.26)]
    pygame.draw.lines(surface, colour, False, points, max(2, width))
    for p in points:  # round the joints so thick ticks look drawn, not cut
        pygame.draw.circle(surface, colour, (round(p[0]), round(p[1])), max(1, width // 2))


def draw_cross(surface: pygame.Surface, rect: pygame.Rect, colour, width: int) -> None:
    r = pygame.Rect(rect)
    a, b = r.w * 0.24, r.w * 0.76
    c, d = r.h * 0.24, r.h * 0.76
    for p, q in (((r.x + a, r.y + c), (r.x + b, r.y + d)), ((r.x + b, r.y + c), (r.x + a, r.y + d))):
        pygame.draw.line(surface, colour, p, q, max(2, width))
        for end in (p, q):
            pygame.draw.circle(surface, colour, (round(end[0]), round(end[1])), max(1, width // 2))


