"""A true/false question on screen: the statement above, True and False side by side
(True always first), answered with the player's first two answer keys, a click or
tap, or a pad's A and B; marked and reviewed as a choice question is."""

from __future__ import annotations

from typing import Any, Sequence

from quiz.bindings import key_label
from quiz.ui.kinds import choice

fit_answers = choice.fit_answers
draw_answers = choice.draw_answers


def answer_count(question: Any) -> int:
    return 2


def verdict_text(answer: Any) -> str:
    q = answer.question
    said = "true" if q.true else "false"
    if answer.timed_out:
        return f"Time's up — the statement is {said}"
    if answer.correct:
        return f"Right — it is {said}"
    return f"Wrong — it is {said}"


def answer_hint(question: Any, keys: Sequence[str]) -> str:
    first, second = (key_label(key) for key in tuple(keys)[:2])
    return f"{first} True   ·   {second} False   ·   or the arrows and Enter   ·   Esc pauses"


def review_lines(answer: Any, points: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    return choice.review_lines(answer, points)
