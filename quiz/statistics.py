"""A player's figures and achievements, computed from what was recorded.

Pure functions over plain records, so the Statistics screen, ``stats --json``
and the tests all read the same numbers from the same history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence

from quiz.facts.localise import category_names
from quiz import daily, learn

RECENT_ROUNDS = 30


@dataclass(frozen=True)
class AnswerRecord:
    fact: str
    category: str
    right: bool
    seconds: Optional[float]  # None when the time ran out or was not measured
    asked_at: float           # wall-clock seconds


@dataclass(frozen=True)
class RoundRecord:
    played_at: float
    score: int
    correct: int
    asked: int
    best_streak: int
    daily: Optional[dt.date] = None  # the day, for a scored daily challenge


@dataclass(frozen=True)
class CategoryFigure:
    category: str
    right: int
    asked: int

    @property
    def accuracy(self) -> float:
        return self.right / self.asked if self.asked else 0.0


@dataclass(frozen=True)
class Figures:
    rounds: int
    answers: int
    right: int
    categories: tuple[CategoryFigure, ...]
    recent_scores: tuple[int, ...]      # oldest first, at most RECENT_ROUNDS
    facts_seen: int
    facts_learnt: int
    facts_total: int
    best_streak: int
    daily_streak: int
    average_seconds: Optional[float]
    achievements: tuple[str, ...] = field(default=())

    @property
    def accuracy(self) -> float:
        return self.right / self.answers if self.answers else 0.0

    def to_dict(self) -> dict:
        return {
            "rounds": self.rounds,
            "answers": self.answers,
            "right": self.right,
            "accuracy": round(self.accuracy, 4),
            "categories": [{"category": c.category, "right": c.right, "asked": c.asked}
                           for c in self.categories],
            "recent_scores": list(self.recent_scores),
            "facts_seen": self.facts_seen,
            "facts_learnt": self.facts_learnt,
            "facts_total": self.facts_total,
            "best_streak": self.best_streak,
            "daily_streak": self.daily_streak,
            "average_seconds": None if self.average_seconds is None
            else round(self.average_seconds, 2),
            "achievements": list(self.achievements),
        }


# Achievement keys; the words shown are labels made for display elsewhere.
EVERY_QUESTION_SEEN = "every_fact_seen"
PERFECT_ROUND = "perfect_round"
STREAK_TEN = "streak_10"
DAILY_WEEK = "daily_week"
EVERY_CATEGORY_LEARNT = "every_category_learnt"
ACHIEVEMENTS = (EVERY_QUESTION_SEEN, PERFECT_ROUND, STREAK_TEN, DAILY_WEEK, EVERY_CATEGORY_LEARNT)


def figures(answers: Sequence[AnswerRecord], rounds: Sequence[RoundRecord],
            facts_by_category: Mapping[str, Iterable[str]], boxes: Mapping[str, int],
            day: dt.date) -> Figures:
    """Everything the Statistics screen shows, for one player."""
    per_category: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    # A category played in two languages is one category, named as the packs name it now.
    now = {name.casefold(): name for name in facts_by_category}
    for answer in answers:
        every = category_names(answer.category)
        key = min(every)
        names.setdefault(key, next((now[n] for n in sorted(every) if n in now), answer.category))
        tally = per_category.setdefault(key, [0, 0])
        tally[0] += answer.right
        tally[1] += 1
    categories = tuple(CategoryFigure(names[k], r, n) for k, (r, n)
                       in sorted(per_category.items(), key=lambda item: names[item[0]].casefold()))
    timed = [a.seconds for a in answers if a.seconds is not None]
    in_order = sorted(rounds, key=lambda r: r.played_at)
    all_facts = {f for facts in facts_by_category.values() for f in facts}
    seen = {a.fact for a in answers} & all_facts
    learnt = {f for f in all_facts if learn.is_learnt(boxes.get(f, 0))}
    streak_days = daily.streak((r.daily for r in rounds if r.daily is not None), day)
    best = max((r.best_streak for r in rounds), default=0)
    earned = []
    if all_facts and seen == all_facts:
        earned.append(EVERY_QUESTION_SEEN)
    if any(r.asked and r.correct == r.asked for r in rounds):
        earned.append(PERFECT_ROUND)
    if best >= 10:
        earned.append(STREAK_TEN)
    if _longest_daily_run(r.daily for r in rounds if r.daily is not None) >= 7:
        earned.append(DAILY_WEEK)
    if facts_by_category and all(set(facts) and set(facts) <= learnt
                                 for facts in facts_by_category.values()):
        earned.append(EVERY_CATEGORY_LEARNT)
    return Figures(
        rounds=len(rounds),
        answers=len(answers),
        right=sum(1 for a in answers if a.right),
        categories=categories,
        recent_scores=tuple(r.score for r in in_order[-RECENT_ROUNDS:]),
        facts_seen=len(seen),
        facts_learnt=len(learnt),
        facts_total=len(all_facts),
        best_streak=best,
        daily_streak=streak_days,
        average_seconds=sum(timed) / len(timed) if timed else None,
        achievements=tuple(earned),
    )


def _longest_daily_run(days: Iterable[dt.date]) -> int:
    ordered = sorted(set(days))
    best = run = 0
    previous = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == dt.timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best
