"""Focus, keys and pointer for a list of widgets a screen has laid out."""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence, TYPE_CHECKING

import pygame

from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.widgets import Button, Slider, Widget

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

class Menu:
    """Focus, keys and pointer for a list of widgets the screen has laid out."""

    def __init__(self, app: "Services", items: Sequence[Widget], on_back: Optional[Callable[[], Any]] = None,
                 focus: int = 0) -> None:
        self.app = app
        self.items = list(items)
        self.on_back = on_back
        self.focus = focus
        self._pressed: Optional[Widget] = None

    @property
    def focused(self) -> Optional[Widget]:
        if 0 <= self.focus < len(self.items):
            return self.items[self.focus]
        return None

    def move(self, step: int) -> None:
        n = len(self.items)
        for _ in range(n):
            self.focus = (self.focus + step) % n
            if self.items[self.focus].focusable:
                return

    def item_at(self, pos: tuple[int, int]) -> Optional[int]:
        for i, item in enumerate(self.items):
            if item.focusable and not item.hidden and item.rect.collidepoint(pos):
                return i
        return None

    def _click_sound(self) -> None:
        self.app.sound.play("click")

    def handle_action(self, action: Action) -> Optional[Action]:
        for item in self.items:
            item._scale = self.app.scale
        if action.is_pointer:
            return self._point(action)
        name = action.name
        if name in (actions.UP, actions.PREVIOUS):
            self.move(-1)
        elif name in (actions.DOWN, actions.NEXT):
            self.move(1)
        elif name in (actions.FIRST, actions.PAGE_UP):
            self.focus = len(self.items) - 1
            self.move(1)
        elif name in (actions.LAST, actions.PAGE_DOWN):
            self.focus = 0
            self.move(-1)
        elif name == actions.CONFIRM:
            item = self.focused
            if item is None or not item.activate():
                return action
            self._click_sound()
        elif name in (actions.LEFT, actions.RIGHT):
            item = self.focused
            if item is None or not item.adjust(-1 if name == actions.LEFT else 1):
                return action
            self._click_sound()
        elif name == actions.BACK and self.on_back is not None:
            self.on_back()
        else:
            return action
        return None

    def _point(self, action: Action) -> Optional[Action]:
        pos = action.pos
        hit = self.item_at(pos)
        if action.name == actions.POINT:
            if self._pressed is not None:
                self._pressed.drag(pos)
                return None
            if hit is not None and not action.touch:
                self.focus = hit  # the mouse hovering; a finger moving is not pointing yet
            return action
        if action.name == actions.PRESS:
            if hit is None:
                return action
            self.focus = hit
            self._pressed = self.items[hit]
            if isinstance(self._pressed, Button):
                self._pressed.pressed = True
            if isinstance(self._pressed, Slider):
                self._pressed.drag(pos)
            return None
        pressed, self._pressed = self._pressed, None
        if isinstance(pressed, Button):
            pressed.pressed = False
        if pressed is None:
            return action
        if hit is not None and self.items[hit] is pressed and not isinstance(pressed, Slider):
            self._click_sound()
            pressed.click(pos)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        for i, item in enumerate(self.items):
            if not item.hidden:
                item.draw(surface, self.app, i == self.focus)
