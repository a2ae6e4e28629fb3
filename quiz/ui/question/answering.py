"""Answering by picking an option, for every screen that asks questions (a round's and
learn mode's): the mouse, a finger, the player's answer keys, the arrows with Enter,
and going on from the feedback; never an input aimed at what was on screen before.
"""

from __future__ import annotations

from typing import Optional

from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.pointer import is_click
from quiz.ui.question.layout import option_grid

FOCUS_MOVES = (actions.UP, actions.DOWN, actions.LEFT, actions.RIGHT, actions.NEXT, actions.PREVIOUS)
# Feedback stays at least this long: a double tap or a key pressed twice must not skip it.
FEEDBACK_MIN_SECONDS = 0.3


class OptionAnswering:
    """Mixed into a question screen that has ``layout()``, ``option_count``, ``asking``,
    ``in_feedback``, ``player``, ``focus``, ``hover``, ``_fresh``, ``_feedback_at``,
    ``_now()``, ``choose(choice)``, ``proceed()`` and ``scroll_action(action)``."""

    def option_at(self, pos) -> Optional[int]:
        if pos is None:
            return None
        for i, rect in enumerate(self.layout().options):
            if rect.collidepoint(pos):
                return i
        return None

    def answer_input(self, action: Action) -> Optional[Action]:
        """The pointer, the feedback's keys and the option keys; the action back when unused."""
        name = action.name
        if name == actions.POINT:
            if not action.touch:
                self.hover = self.option_at(action.pos) if self.asking else None
            return None
        if name == actions.SCROLL and self.scroll_action(action):
            return None
        if action.is_pointer:
            if is_click(action):
                if self.asking:
                    choice = self.option_at(action.pos)
                    if choice is not None:
                        self._input_choose(choice)
                elif self.in_feedback:
                    self._input_proceed()
            return None
        if self.in_feedback:
            if name == actions.CONFIRM:
                self._input_proceed()
                return None
            if self.scroll_action(action):
                return None
            return action
        if not self.asking:
            return action
        if name == actions.ANSWER:
            if action.player != self.player:
                return action
            if action.value < self.option_count:
                self._input_choose(action.value)
            return None  # a key for an option this question lacks does nothing
        if name in FOCUS_MOVES:
            self._move_focus(name)
            return None
        if name == actions.CONFIRM:
            if self.focus is None:
                self.focus = 0  # the first Enter shows where the cursor is
            else:
                self._input_choose(self.focus)
            return None
        return action

    def _move_focus(self, move: str) -> None:
        n = self.option_count
        cols, rows = option_grid(n)
        if self.focus is None:
            self.focus = self.hover if self.hover is not None else 0
            return
        c, r = self.focus % cols, self.focus // cols
        if move in (actions.NEXT, actions.PREVIOUS):
            self.focus = (self.focus + (1 if move == actions.NEXT else -1)) % n
            return
        if move == actions.LEFT:
            c = (c - 1) % cols
        elif move == actions.RIGHT:
            c = (c + 1) % cols
        elif move == actions.UP:
            if rows == 1:
                c = (c - 1) % cols
            else:
                r = (r - 1) % rows
        elif move == actions.DOWN:
            if rows == 1:
                c = (c + 1) % cols
            else:
                r = (r + 1) % rows
        self.focus = min(n - 1, r * cols + c)

    def _input_choose(self, choice: int) -> None:
        """An answer from the player's input: never for a question not yet on screen."""
        if not self._fresh:
            self.choose(choice)

    def _input_proceed(self) -> None:
        """Go on from feedback by input: not in the frame it appeared, nor within
        ``FEEDBACK_MIN_SECONDS`` (a double tap or a key pressed twice)."""
        if self._fresh:
            return
        if self._feedback_at is not None and 0 <= self._now() - self._feedback_at < FEEDBACK_MIN_SECONDS:
            return
        self.proceed()

