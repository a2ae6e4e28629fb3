"""The window as a device: closing it quits, losing focus pauses a round."""

from __future__ import annotations

from typing import Optional

import pygame

from quiz.ui.input import actions
from quiz.ui.input.actions import Action

EVENTS = {pygame.QUIT: actions.QUIT, pygame.WINDOWFOCUSLOST: actions.LOST_FOCUS,
          pygame.WINDOWMINIMIZED: actions.LOST_FOCUS}


class Window:
    def translate(self, event: pygame.event.Event, mode: str) -> Optional[list[Action]]:
        name = EVENTS.get(event.type)
        return None if name is None else [Action(name, device="window")]
