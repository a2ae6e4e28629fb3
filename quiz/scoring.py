"""Points for an answer: speed as in Kahoot, times difficulty, plus a streak bonus.

A right answer earns ``round(1000 × (1 − (t / T) / 2))`` for an answer taken ``t``
seconds into a ``T``-second limit, so between 500 (at the buzzer) and 1000; an
answer within the first half second earns the full 1000, and so does every right
answer when there is no timer (Practice, where the points are shown but nothing
is saved). The difficulty multiplies that; each right answer in a row after the
first adds 100 more, up to 500. Wrong answers and time-outs earn nothing.

What counts as right is the question kind's to say (``Question.credit``): a
partly right response earns that share of the speed × difficulty points, and
only a fully right one counts towards a streak.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from quiz.model import Question

DIFFICULTY_FACTOR = {"easy": 1.0, "medium": 1.5, "hard": 2.0}

MAX_SPEED_POINTS = 1000
MIN_SPEED_POINTS = 500
# Reaction time alone takes about this long; nobody should lose points for it.
GRACE_SECONDS = 0.5
STREAK_STEP = 100
MAX_STREAK_BONUS = 500


def speed_points(elapsed: float, limit: Optional[float]) -> int:
    """500..1000 points for a right answer after ``elapsed`` of ``limit`` seconds.

    ``limit=None`` (no timer) always gives 1000. A limit that is not a positive
    number is treated as no timer rather than dividing by it.
    """
    if limit is None or not _positive(limit):
        return MAX_SPEED_POINTS
    if math.isnan(elapsed) or elapsed <= GRACE_SECONDS:
        return MAX_SPEED_POINTS
    if elapsed >= limit:
        return MIN_SPEED_POINTS
    points = round(MAX_SPEED_POINTS * (1 - (elapsed / limit) / 2))
    return max(MIN_SPEED_POINTS, min(MAX_SPEED_POINTS, points))


def difficulty_factor(difficulty: str) -> float:
    """The multiplier for a difficulty; an unknown one counts as easy."""
    return DIFFICULTY_FACTOR.get(difficulty, 1.0)


def answer_points(elapsed: float, limit: Optional[float], difficulty: str) -> int:
    """Points for a right answer before any streak bonus."""
    return round(speed_points(elapsed, limit) * difficulty_factor(difficulty))


def streak_bonus(streak: int, enabled: bool = True) -> int:
    """Bonus for the ``streak``-th right answer in a row (counting this one).

    The first right answer earns no bonus, the second 100, the third 200, and so
    on up to 500. Players can switch the bonus off in Settings.
    """
    if not enabled or streak <= 1:
        return 0
    return min(STREAK_STEP * (streak - 1), MAX_STREAK_BONUS)


@dataclass(frozen=True)
class Mark:
    """What one response earned."""

    credit: float  # share of the points, 0..1, as the question's kind judged it
    points: int  # everything earned, bonus included
    bonus: int  # the streak bonus part of points
    streak: int  # fully right answers in a row, this one included
    late: bool = False  # a time-out: whatever it kept, never right

    @property
    def correct(self) -> bool:
        return self.credit >= 1.0 and not self.late


def mark(question: Question, response: object, elapsed: float, limit: Optional[float],
         streak: int, bonus_enabled: bool = True, kept: object = None,
         speed: bool = True) -> Mark:
    """Score ``response`` (None for a time-out) given ``streak`` fully right answers before it.

    A time-out scores what it ``kept`` of an unfinished answer (the order question's
    placed picks) by the kind's share, but is never right and ends the streak.
    ``speed=False`` is accuracy only: a right answer earns the full points however
    long it took, as with no timer."""
    if not speed:
        limit = None
    if response is None:
        credit = 0.0 if kept is None else _share(question.kept_credit(kept))
        points = round(answer_points(elapsed, limit, question.difficulty) * credit) if credit > 0 else 0
        return Mark(credit=credit, points=points, bonus=0, streak=0, late=True)
    credit = _share(question.credit(response))
    if credit >= 1.0:
        streak += 1
        bonus = streak_bonus(streak, bonus_enabled)
        points = answer_points(elapsed, limit, question.difficulty) + bonus
        return Mark(credit=1.0, points=points, bonus=bonus, streak=streak)
    points = round(answer_points(elapsed, limit, question.difficulty) * credit) if credit > 0 else 0
    return Mark(credit=credit, points=points, bonus=0, streak=0)


def _share(credit: float) -> float:
    if not isinstance(credit, (int, float)) or not math.isfinite(credit):
        raise ValueError(f"a question kind gave the credit {credit!r}; it must be a number 0..1")
    return min(1.0, max(0.0, float(credit)))


def _positive(value: float) -> bool:
    try:
        return math.isfinite(value) and value > 0
    except TypeError:
        return False
