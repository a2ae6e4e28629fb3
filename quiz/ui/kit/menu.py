"""Focus, keys and pointer for a list of widgets a screen has laid out."""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

import pygame

from quiz.ui.kit.pointer import is_move, is_press, is_release, pointer_pos
from quiz.ui.kit.widgets import Button, Slider, Widget

CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)

class Menu:
    """Focus, keys and pointer for a list of widgets the screen has laid out."""

    def __init__(self, app: Any, items: Sequence[Widget], on_back: Optional[Callable[[], Any]] = None,
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
            if item.focusable and item.rect.collidepoint(pos):
                return i
        return None

    def _click_sound(self) -> None:
        sound = getattr(self.app, "sound", None)
        if sound is not None:
            sound.play("click")

    def process_event(self, event: pygame.event.Event) -> Optional[pygame.event.Event]:
        for item in self.items:
            item._scale = self.app.scale
        if event.type == pygame.KEYDOWN:
            return self._key(event)
        pos = pointer_pos(event, self.app.size)
        if pos is None:
            return event
        hit = self.item_at(pos)
        if is_move(event):
            if self._pressed is not None:
                self._pressed.drag(pos)
                return None
            if hit is not None and event.type == pygame.MOUSEMOTION:
                self.focus = hit
            return event
        if is_press(event):
            if hit is None:
                return event
            self.focus = hit
            self._pressed = self.items[hit]
            if isinstance(self._pressed, Button):
                self._pressed.pressed = True
            if isinstance(self._pressed, Slider):
                self._pressed.drag(pos)
            return None
        if is_release(event):
            pressed, self._pressed = self._pressed, None
            if isinstance(pressed, Button):
                pressed.pressed = False
            if pressed is None:
                return event
            if hit is not None and self.items[hit] is pressed and not isinstance(pressed, Slider):
                self._click_sound()
                pressed.click(pos)
            return None
        return event

    def _key(self, event: pygame.event.Event) -> Optional[pygame.event.Event]:
        key = event.key
        shift = bool(event.mod & pygame.KMOD_SHIFT)
        if key in (pygame.K_UP, pygame.K_KP8) or (key == pygame.K_TAB and shift):
            self.move(-1)
        elif key in (pygame.K_DOWN, pygame.K_KP2, pygame.K_TAB):
            self.move(1)
        elif key in (pygame.K_HOME, pygame.K_PAGEUP):
            self.focus = len(self.items) - 1
            self.move(1)
        elif key in (pygame.K_END, pygame.K_PAGEDOWN):
            self.focus = 0
            self.move(-1)
        elif key in CONFIRM_KEYS:
            item = self.focused
            if item is None or not item.activate():
                return event
            self._click_sound()
        elif key in (pygame.K_LEFT, pygame.K_RIGHT):
            item = self.focused
            if item is None or not item.adjust(-1 if key == pygame.K_LEFT else 1):
                return event
            self._click_sound()
        elif key == pygame.K_ESCAPE and self.on_back is not None:
            self.on_back()
        else:
            return event
        return None

    def draw(self, surface: pygame.Surface) -> None:
        for i, item in enumerate(self.items):
            item.draw(surface, self.app, i == self.focus)

