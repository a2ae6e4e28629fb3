"""The mouse and touch screens as one device: pointing, pressing and letting go.

SDL also reports every touch as mouse events marked ``touch``; those echoes are
dropped here, so one tap is one press and one release, from the finger.
Finger positions come as fractions of the window and leave here in pixels.
"""

from __future__ import annotations

from typing import Callable, Optional

import pygame

from quiz.ui.input import actions
from quiz.ui.input.actions import Action

FINGER = {pygame.FINGERDOWN: actions.PRESS, pygame.FINGERMOTION: actions.POINT,
          pygame.FINGERUP: actions.RELEASE}
MOUSE = {pygame.MOUSEBUTTONDOWN: actions.PRESS, pygame.MOUSEMOTION: actions.POINT,
         pygame.MOUSEBUTTONUP: actions.RELEASE}
LEFT_BUTTON = 1
RIGHT_BUTTON = 3  # goes back, as Esc does: the mouse alone reaches every screen's way out


class Pointer:
    def __init__(self, window_size: Callable[[], tuple[int, int]]) -> None:
        self.window_size = window_size

    def translate(self, event: pygame.event.Event, mode: str) -> Optional[list[Action]]:
        kind = event.type
        if kind in FINGER:
            w, h = self.window_size()
            pos = (int(event.x * w), int(event.y * h))
            return [Action(FINGER[kind], pos=pos, touch=True, device="pointer")]
        if kind in MOUSE:
            if getattr(event, "touch", False):
                return []  # SDL's copy of a touch: the finger event already counted
            if kind == pygame.MOUSEBUTTONUP and event.button == RIGHT_BUTTON:
                return [Action(actions.BACK, pos=tuple(event.pos), device="pointer")]
            if kind != pygame.MOUSEMOTION and event.button != LEFT_BUTTON:
                return []
            return [Action(MOUSE[kind], pos=tuple(event.pos), device="pointer")]
        if kind == pygame.MOUSEWHEEL:
            if getattr(event, "touch", False):
                return []
            return [Action(actions.SCROLL, value=-int(event.y), device="pointer")]
        return None
