"""The window icon, drawn by code: two overlapping circles, the grey present
and the warm past (the film's two timelines), on a dark rounded tile."""

from __future__ import annotations

import pygame

from quiz.ui import theme


def make_icon(size: int = 64) -> "pygame.Surface":
    """The icon at size × size pixels with per-pixel alpha; needs no display."""
    size = max(16, int(size))
    k = 4  # draw large and scale down: pygame's shapes are not antialiased
    big = size * k
    art = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.rect(art, theme.NIGHT, art.get_rect(), border_radius=big // 5)

    r = int(big * 0.27)
    present = (int(big * 0.37), big // 2)
    past = (int(big * 0.63), big // 2)
    pygame.draw.circle(art, theme.MIST, present, r)
    pygame.draw.circle(art, theme.AMBER, past, r)

    # Where the two timelines overlap their colours meet: a rose lens, cut out
    # by multiplying a circle of rose with a white mask of the other circle.
    lens = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.circle(lens, theme.mix(theme.ROSE, theme.AMBER, 0.3), present, r)
    mask = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), past, r)
    lens.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    art.blit(lens, (0, 0))

    # A thin paper rim on the grey circle keeps its edge visible across the warm one.
    pygame.draw.circle(art, theme.PAPER, present, r, width=max(2, big // 48))
    return pygame.transform.smoothscale(art, (size, size))
