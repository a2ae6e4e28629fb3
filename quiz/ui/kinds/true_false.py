"""A true/false question on screen: the statement above, True and False side by side
(True always first), answered with the player's first two answer keys, a click or
tap, or a pad's A and B; marked and reviewed as a choice question is."""

from __future__ import annotations

from typing import Any, Sequence

from quiz.i18n import _
from quiz.bindings import key_label
from quiz.ui.kinds import choice

fit_answers = choice.fit_answers
draw_answers = choice.draw_answers


def answer_count(question: Any) -> int:
    return 2


def verdict_text(answer: Any) -> str:
    q = answer.question
    if answer.timed_out:
        return _("Time's up — the statement is true") if q.true else _("Time's up — the statement is false")
    if answer.correct:
        return _("Right — it is true") if q.true else _("Right — it is false")
    return _("Wrong — it is true") if q.true else _("Wrong — it is false")


def answer_hint(question: Any, keys: Sequence[str]) -> str:
    first, second = (key_label(key) for key in tuple(keys)[:2])
    return _("{first} True   ·   {second} False   ·   or the arrows and Enter   ·   Esc pauses").format(
        first=first, second=second)


def review_lines(answer: Any, points: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    return choice.review_lines(answer, points)
