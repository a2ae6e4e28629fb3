"""What the next round is made from, before any question is drawn.

A ``RoundPlan`` is everything a round is made from (packs, seed, length, timer,
filters), so "Play again" can make a fresh round with the same settings. The
length and timer come from the command line's values for this run where given
(``overrides``), else from the saved settings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional, Sequence

_SEED_RANGE = 2**31
DEFAULT_PLAYER = "Player"


def player_name(settings: Any) -> str:
    """Whose history a round reads and joins: the last name saved with a score, else "Player"."""
    from quiz.settings import clean_name

    return clean_name(getattr(settings, "last_name", "") or "") or DEFAULT_PLAYER


@dataclass(frozen=True)
class RoundPlan:
    packs: tuple  # quiz.packs.Pack
    seed: int
    count: Optional[int]  # questions asked for; None for every question of the packs
    timer: Optional[float]  # seconds per question; None without a countdown
    category: Optional[str]
    difficulty: Optional[str]
    practice: bool
    streak_bonus: bool
    fixed_seed: bool = False  # the seed came from the command line
    daily: Optional[Any] = None  # the day (datetime.date) of a daily challenge round
    formats: str = "mixed"  # quiz.settings.MIXED or CLASSIC: which kinds of question it asks
    time_factor: Optional[float] = 1.0  # relaxed timers: the timer times this; None: no limit
    speed_points: bool = True  # False: accuracy only

    @property
    def limit(self) -> Optional[float]:
        """Seconds the player really has per question: the timer, relaxed; None for no limit."""
        if self.timer is None or self.time_factor is None:
            return None
        return self.timer * self.time_factor

    @property
    def kinds(self) -> Optional[tuple[str, ...]]:
        """The kinds of question the round may ask; None for every kind."""
        from quiz.settings import FORMAT_KINDS

        return FORMAT_KINDS.get(self.formats)

    @property
    def pack_ids(self) -> list[str]:
        return [pack.id for pack in self.packs]

    @property
    def mode(self) -> str:
        """The high-score table's mode: a daily challenge has its own table per date."""
        from quiz.tables import SOLO, daily_mode

        return daily_mode(self.daily) if self.daily is not None else SOLO

    @property
    def saves(self) -> bool:
        """Whether scores from this round may be kept: timed rounds only."""
        return not self.practice and self.timer is not None

    def next_plan(self) -> "RoundPlan":
        """The same settings with a new deck. A seed given on the command line
        moves on by one, so a scripted session stays repeatable."""
        if self.daily is not None:
            # The day's questions again: the one scored attempt is used, so it is practice.
            return replace(self, practice=True, timer=None)
        seed = self.seed + 1 if self.fixed_seed else random.randrange(_SEED_RANGE)
        return replace(self, seed=seed)


def _timer_override(overrides: Mapping[str, Any]) -> tuple[bool, Optional[float]]:
    """The command line's timer: (given, seconds-or-None).

    ``--timer off`` may arrive as 0, False or "off"; absent is None.
    """
    value = overrides.get("timer")
    if value is None:
        return False, None
    if value is False or value == 0 or (isinstance(value, str) and value.lower() == "off"):
        return True, None
    return True, float(value)


def length_and_timer(settings: Any, overrides: Mapping[str, Any]) -> tuple[int, Optional[float]]:
    """Questions per round and seconds per question (None: no timer) for the next round."""
    count = overrides.get("questions") or settings.questions
    given, timer = _timer_override(overrides)
    if not given:
        timer = None if settings.timer is None else float(settings.timer)
    return count, timer


def questions_that_fit(packs: Sequence[Any], settings: Any) -> Optional[int]:
    """How many questions the next round can really hold with these packs, category and
    difficulty (one per fact); None when the packs cannot be read."""
    from quiz.deck import all_questions, available

    try:
        questions = all_questions(list(packs))
    except Exception:  # a pack that broke after discovery: say nothing rather than guess
        return None
    return available(questions, settings.category, settings.difficulty)


def next_length(settings: Any, overrides: Mapping[str, Any], packs: Sequence[Any]) -> int:
    """Questions the next round will really ask: the chosen length, or fewer when
    fewer fit the packs and filters."""
    count, _ = length_and_timer(settings, overrides)
    fit = questions_that_fit(packs, settings)
    return min(count, fit) if fit else count


def plan_round(settings: Any, overrides: Mapping[str, Any], packs: Sequence[Any],
               practice: bool) -> RoundPlan:
    seed = overrides.get("seed")
    fixed = seed is not None
    if seed is None:
        seed = random.randrange(_SEED_RANGE)
    count, timer = length_and_timer(settings, overrides)
    if practice:
        timer = None
    return RoundPlan(packs=tuple(packs), seed=int(seed), count=count, timer=timer,
                     category=settings.category, difficulty=settings.difficulty,
                     practice=practice, streak_bonus=bool(settings.streak_bonus), fixed_seed=fixed,
                     formats=overrides.get("formats") or getattr(settings, "formats", "mixed"),
                     **_relaxed(settings))


def _relaxed(settings: Any) -> dict:
    """The player's relaxed timer and scoring (Settings), as a plan's fields."""
    return {"time_factor": getattr(settings, "time_factor", 1.0),
            "speed_points": bool(getattr(settings, "speed_points", True))}


def plan_daily(settings: Any, overrides: Mapping[str, Any], packs: Sequence[Any], day: Any,
               played: bool) -> RoundPlan:
    """The day's challenge with these packs; practice once ``played`` (the scored
    attempt of the day is used)."""
    from quiz.daily import DAILY_QUESTIONS, day_seed

    _, timer = length_and_timer(settings, overrides)
    if timer is None:  # a daily is scored against everyone's: it always has a timer
        timer = 20.0
    return RoundPlan(packs=tuple(packs), seed=day_seed(day, (p.id for p in packs)) % _SEED_RANGE,
                     count=DAILY_QUESTIONS, timer=None if played else timer, category=None,
                     difficulty=None, practice=played, streak_bonus=bool(settings.streak_bonus),
                     daily=day, **_relaxed(settings))  # every kind: the day's questions are the same for everyone


def shrink_note(asked: int, fit: int) -> str:
    """Why a round is shorter than chosen."""
    return (f"Only {fit} question{'s' if fit != 1 else ''} {'fit' if fit != 1 else 'fits'} "
            f"these choices, so this round has {fit}, not {asked}.")


def empty_message(plan: RoundPlan) -> str:
    """Why a round with this plan cannot start."""
    if plan.category or plan.difficulty:
        what = " ".join(x for x in (plan.difficulty, plan.category and f"'{plan.category}'") if x)
        return f"No {what} questions in the chosen packs. Change the round settings."
    return "The chosen packs have no questions to ask. Pick other packs."
