"""The keyboard as a device: keys become actions, by what the top screen is doing.

Answer keys are per player and command keys (moving, choosing, going back,
pausing...) are the player's too (``quiz.bindings``): both can be replaced, so
the device reads them from ``answer_keys`` and ``command_keys``. While a name is
typed (``TYPING``) letters, digits and Space are text: they arrive as
``TEXTINPUT`` events and their key presses mean nothing else. While a key is
being remapped (``CAPTURE``) every key arrives as itself, a ``KEY`` action.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

import pygame

from quiz.bindings import Bindings, is_text_key
from quiz.ui.input import actions, clipboard
from quiz.ui.input.actions import Action

ARROWS = (actions.UP, actions.DOWN, actions.LEFT, actions.RIGHT)
# While answering, a letter key of these commands does nothing (it might be meant as an answer).
MENU_ONLY = (actions.COPY,)
# The first player also answers with the keypad's 1-4.
KEYPAD = (pygame.K_KP1, pygame.K_KP2, pygame.K_KP3, pygame.K_KP4)
PASTE_MODS = pygame.KMOD_CTRL | pygame.KMOD_META


class Keyboard:
    def __init__(self, answer_keys: Mapping[int, Sequence[str]] = actions.DEFAULT_ANSWER_KEYS,
                 command_keys: Optional[Mapping[str, str]] = None) -> None:
        self.answer_keys = {player: tuple(keys) for player, keys in answer_keys.items()}
        # key name -> action name
        self.command_keys = dict(command_keys if command_keys is not None
                                 else Bindings().key_commands())

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
        name = pygame.key.name(key)
        if mode == actions.CAPTURE:
            # Remapping: the key itself is the answer, Esc included (the screen
            # reads its Back keys as "keep the old key"), so nothing else may act on it.
            return [Action(actions.KEY, value=name)]
        if mode == actions.ANSWERING:
            # Answer keys first: a player's keys may overlap a command's letter (P pauses).
            found = self.answer(key)
            if found is not None:
                return [Action(actions.ANSWER, player=found[0], value=found[1])]
        if mode == actions.TYPING and key == pygame.K_v and mods & PASTE_MODS:
            return [Action(actions.PASTE, value=clipboard.clipboard_text())]
        command = self.command_keys.get(name)
        if command is None:
            return []
        if mode == actions.TYPING and is_text_key(name):
            return []  # a letter, a digit or Space is text while a name is typed
        if command == actions.NEXT and mods & pygame.KMOD_SHIFT:
            return [Action(actions.PREVIOUS)]
        if command in MENU_ONLY and mode != actions.MENU:
            return []  # while answering, a letter does nothing
        big = command in ARROWS and bool(mods & pygame.KMOD_SHIFT)
        return [Action(command, value=actions.BIG if big else None)]
