"""The keyboard as a device: keys become actions, by what the top screen is doing.

Answer keys are per player and can be replaced (``answer_keys``); every other
key is fixed, so that no remapping can lock anyone out of the menus. While a
name is typed (``TYPING``) letters, digits and Space are text: they arrive as
``TEXTINPUT`` events and their key presses mean nothing else. While a key is
being remapped (``CAPTURE``) every key arrives as itself, a ``KEY`` action.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

import pygame

from quiz.ui.input import actions, clipboard
from quiz.ui.input.actions import Action

# Keys that mean the same whatever the screen does.
FIXED = {
    pygame.K_UP: actions.UP, pygame.K_KP8: actions.UP,
    pygame.K_DOWN: actions.DOWN, pygame.K_KP2: actions.DOWN,
    pygame.K_LEFT: actions.LEFT, pygame.K_RIGHT: actions.RIGHT,
    pygame.K_PAGEUP: actions.PAGE_UP, pygame.K_PAGEDOWN: actions.PAGE_DOWN,
    pygame.K_HOME: actions.FIRST, pygame.K_END: actions.LAST,
    pygame.K_RETURN: actions.CONFIRM, pygame.K_KP_ENTER: actions.CONFIRM,
    pygame.K_ESCAPE: actions.BACK,
    pygame.K_PAUSE: actions.PAUSE,
    pygame.K_F11: actions.FULLSCREEN,
    pygame.K_DELETE: actions.ERASE,  # in lists, removes the chosen one (a party's player)
}
ARROWS = (actions.UP, actions.DOWN, actions.LEFT, actions.RIGHT)
# Keys that are text while a name is typed, and commands otherwise.
OUTSIDE_TYPING = {
    pygame.K_SPACE: actions.CONFIRM,
    pygame.K_p: actions.PAUSE,
    pygame.K_r: actions.RELOAD,
}
# The first player also answers with the keypad's 1-4.
KEYPAD = (pygame.K_KP1, pygame.K_KP2, pygame.K_KP3, pygame.K_KP4)
PASTE_MODS = pygame.KMOD_CTRL | pygame.KMOD_META


class Keyboard:
    def __init__(self, answer_keys: Mapping[int, Sequence[str]] = actions.DEFAULT_ANSWER_KEYS) -> None:
        self.answer_keys = {player: tuple(keys) for player, keys in answer_keys.items()}

    def answer(self, key: int) -> Optional[tuple[int, int]]:
        """(player, option) for an answer key, else None."""
        if key in KEYPAD:
            return 0, KEYPAD.index(key)
        name = pygame.key.name(key)
        for player, keys in self.answer_keys.items():
            if name in keys:
                return player, keys.index(name)
        return None

    def translate(self, event: pygame.event.Event, mode: str) -> Optional[list[Action]]:
        kind = event.type
        if kind == pygame.TEXTINPUT:
            return [Action(actions.TEXT, value=event.text)] if mode == actions.TYPING else []
        if kind == pygame.TEXTEDITING:
            return [Action(actions.COMPOSE, value=event.text)] if mode == actions.TYPING else []
        if kind == pygame.KEYUP:
            return []
        if kind != pygame.KEYDOWN:
            return None
        key, mods = event.key, getattr(event, "mod", 0)
        if mode == actions.CAPTURE:
            # Remapping: the key itself is the answer, Esc included (the screen
            # reads Esc as "keep the old key"), so nothing else may act on it.
            return [Action(actions.KEY, value=pygame.key.name(key))]
        if key == pygame.K_TAB:
            return [Action(actions.PREVIOUS if mods & pygame.KMOD_SHIFT else actions.NEXT)]
        if mode == actions.ANSWERING:
            # Answer keys first: a player's keys may overlap a menu key (P pauses, R reloads).
            found = self.answer(key)
            if found is not None:
                return [Action(actions.ANSWER, player=found[0], value=found[1])]
        if mode == actions.ANSWERING and key == pygame.K_BACKSPACE:
            return [Action(actions.ERASE)]  # takes back the last pick of an order question
        if key in FIXED:
            name = FIXED[key]
            big = name in ARROWS and bool(mods & pygame.KMOD_SHIFT)
            return [Action(name, value=actions.BIG if big else None)]
        if mode == actions.TYPING:
            if key == pygame.K_BACKSPACE:
                return [Action(actions.ERASE)]
            if key == pygame.K_v and mods & PASTE_MODS:
                return [Action(actions.PASTE, value=clipboard.clipboard_text())]
            return []
        if key in OUTSIDE_TYPING:
            return [Action(OUTSIDE_TYPING[key])]
        if key == pygame.K_c and mode == actions.MENU:  # while answering, a letter does nothing
            return [Action(actions.COPY)]
        return []
