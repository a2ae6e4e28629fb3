"""Scrolling a long explanation in the feedback panel, for every screen that asks
questions (a round's and learn mode's): the view shows the lines from
``explanation_top``; Up/Down, pages, Home/End and the wheel move them.
"""

from __future__ import annotations

from typing import Optional

from quiz.ui.input import actions
from quiz.ui.input.actions import Action

# Keys that move a long explanation, in lines (a page is most of the panel).
EXPLANATION_STEPS = {actions.UP: -1, actions.DOWN: 1, actions.PAGE_UP: -3, actions.PAGE_DOWN: 3,
                     actions.FIRST: -10_000, actions.LAST: 10_000}


class ExplanationScroll:
    """Mixed into a question screen that has ``in_feedback``, ``view`` and ``_now()``."""

    explanation_top = 0              # the first line shown
    _feedback_at: Optional[float] = None
    _held_at: Optional[float] = None  # when the last lines of a long one came into view

    def explanation_lines(self) -> tuple[int, int, int]:
        """(first line shown, lines shown, lines in all) of the feedback's explanation."""
        if not self.in_feedback:
            return 0, 0, 0
        return self.view.blocks().get("explanation_lines", (0, 0, 0))

    @property
    def explanation_unread(self) -> bool:
        first, shown, total = self.explanation_lines()
        return first + shown < total

    def scroll_explanation(self, lines: int) -> None:
        """Move a long explanation by ``lines``; reading it holds the auto-advance."""
        first, shown, total = self.explanation_lines()
        top = max(0, min(first + lines, total - shown))
        if first + shown < total <= top + shown:
            self._held_at = self._now()  # the last lines come into view now
        self.explanation_top = top

    def advance_from(self) -> float:
        """When the auto-advance's seconds started: the feedback, or the moment the last
        lines of a long explanation came into view."""
        return max(self._feedback_at or 0.0, self._held_at or 0.0)

    def reset_explanation(self) -> None:
        self.explanation_top = 0
        self._held_at = None

    def scroll_action(self, action: Action) -> bool:
        """Move the explanation for this action during feedback; whether it did."""
        if not self.in_feedback:
            return False
        if action.name == actions.SCROLL:
            self.scroll_explanation(int(action.value or 0))
            return True
        steps = EXPLANATION_STEPS.get(action.name)
        if steps is None:
            return False
        self.scroll_explanation(steps)
        return True
