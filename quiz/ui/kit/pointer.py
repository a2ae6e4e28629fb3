"""Where a mouse or finger event happened, and whether it pressed, moved or let go."""

from __future__ import annotations

from typing import Optional

import pygame

# A press that moves further than this (in pixels) is a drag, not a click.
DRAG_SLOP = 8

def pointer_pos(event: pygame.event.Event, size: tuple[int, int]) -> Optional[tuple[int, int]]:
    """Where a mouse or finger event happened, in window pixels (None for other events)."""
    if event.type in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
        return int(event.x * size[0]), int(event.y * size[1])
    if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
        # SDL also turns every touch into a mouse event; the finger event is used instead.
        if getattr(event, "touch", False):
            return None
        return event.pos
    return None


def is_press(event: pygame.event.Event) -> bool:
    return (event.type == pygame.FINGERDOWN
            or (event.type == pygame.MOUSEBUTTONDOWN and event.button == 1))


def is_release(event: pygame.event.Event) -> bool:
    return (event.type == pygame.FINGERUP
            or (event.type == pygame.MOUSEBUTTONUP and event.button == 1))


def is_move(event: pygame.event.Event) -> bool:
    return event.type in (pygame.MOUSEMOTION, pygame.FINGERMOTION)



def is_click(event: pygame.event.Event) -> bool:
    """A left click or a tap, as one event: the round's screens act on it at once.
    Mouse events SDL makes up from touches are skipped, so one tap never counts twice."""
    if event.type == pygame.MOUSEBUTTONDOWN:
        return event.button == 1 and not getattr(event, "touch", False)
    return event.type == pygame.FINGERUP
