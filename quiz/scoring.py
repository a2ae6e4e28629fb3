"""Points for an answer: speed as in Kahoot, times difficulty, plus a streak bonus.

A right answer earns ``round(1000 × (1 − (t / T) / 2))`` for an answer taken ``t``
seconds into a ``T``-second limit, so between 500 (at the buzzer) and 1000; an
answer within the first half second earns the full 1000, and so does every right
answer when there is no timer (Practice, where the points are shown but nothing
is saved). The difficulty multiplies that; each right answer in a row after the
first adds 100 more, up to 500. Wrong answers and time-outs earn nothing.
"""

from __future__ import annotations

import math
from typing import Optional

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


def _positive(value: float) -> bool:
    try:
        return math.isfinite(value) and value > 0
    except TypeError:
        return False
