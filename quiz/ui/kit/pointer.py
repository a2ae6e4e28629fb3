"""Pointer helpers for screens: what counts as a click, and when a press is a drag."""

from __future__ import annotations

from quiz.ui.input import actions
from quiz.ui.input.actions import Action

# A press that moves further than this (in pixels) is a drag, not a click.
DRAG_SLOP = 8


def is_click(action: Action) -> bool:
    """A click or a tap, for screens that act at once rather than on letting go: the
    mouse counts on the press, a finger on lifting (it may have been a scroll)."""
    if action.name == actions.PRESS:
        return not action.touch
    return action.name == actions.RELEASE and action.touch
