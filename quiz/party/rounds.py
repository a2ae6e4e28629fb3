"""The round types of a party and what a right answer is worth in each.

* Normal: the solo scoring (``quiz.scoring``): 500..1000 for speed, times the
  difficulty, plus the streak bonus.
* Fastest finger: the right answers score by the order they came, 400, 300,
  200, then 100 for every later one, times the difficulty (as the solo points
  are), plus the streak bonus. Answers at the same instant share a place.
* Final: normal scoring, everything doubled, so the lead can change at the end.

Each round's rule is a key and its numbers (``RoundRule``); the screens word it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from quiz.scoring import answer_points, difficulty_factor, streak_bonus

NORMAL = "normal"
FASTEST_FINGER = "fastest_finger"
FINAL = "final"
ROUND_TYPES = (NORMAL, FASTEST_FINGER, FINAL)

FASTEST_FINGER_POINTS = (400, 300, 200, 100)
FINAL_MULTIPLIER = 2


@dataclass(frozen=True)
class RoundRule:
    key: str                                   # one of ROUND_TYPES
    params: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)

    @property
    def multiplier(self) -> int:
        return int(self.params.get("multiplier", 1))


def rule(key: str, mode: str, questions: int, timer: Optional[float]) -> RoundRule:
    """The rule a round shows before it starts."""
    if key not in ROUND_TYPES:
        raise ValueError(f"unknown round type {key!r}")
    params: dict[str, Any] = {"mode": mode, "questions": questions, "timer": timer,
                              "multiplier": FINAL_MULTIPLIER if key == FINAL else 1}
    if key == FASTEST_FINGER:
        params["points"] = FASTEST_FINGER_POINTS
    return RoundRule(key, params)


def plan(count: int) -> tuple[str, ...]:
    """Round types for a party of ``count`` rounds: the last is the final (from two rounds on),
    and every second round before it is a fastest finger one."""
    if count <= 0:
        return ()
    if count == 1:
        return (NORMAL,)
    body = tuple(FASTEST_FINGER if n % 2 else NORMAL for n in range(count - 1))
    return body + (FINAL,)


def places(elapsed: dict[int, float]) -> dict[int, int]:
    """1-based places by time (seat -> place); equal times share the better place (1, 1, 3)."""
    ordered = sorted(elapsed.values())
    return {seat: ordered.index(t) + 1 for seat, t in elapsed.items()}


def order_points(place: int, difficulty: str) -> int:
    """Fastest finger points for the ``place``-th right answer."""
    base = FASTEST_FINGER_POINTS[min(place, len(FASTEST_FINGER_POINTS)) - 1]
    return round(base * difficulty_factor(difficulty))


def points(round_rule: RoundRule, *, elapsed: float, limit: Optional[float], difficulty: str,
           streak: int, bonus_on: bool, place: int = 1) -> tuple[int, int]:
    """(points, bonus part) for a right answer; ``streak`` counts this answer."""
    if round_rule.key == FASTEST_FINGER:
        base = order_points(place, difficulty)
    else:
        base = answer_points(elapsed, limit, difficulty)
    bonus = streak_bonus(streak, bonus_on)
    factor = round_rule.multiplier
    return (base + bonus) * factor, bonus * factor
