"""Starting a round from the title, and starting the next one from the results.

A ``RoundPlan`` is everything a round is made from (packs, seed, length, timer,
filters), so "Play again" can make a fresh round with the same settings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any, Optional

_SEED_RANGE = 2**31


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

    @property
    def pack_ids(self) -> list[str]:
        return [pack.id for pack in self.packs]

    @property
    def saves(self) -> bool:
        """Whether scores from this round may be kept: timed rounds only."""
        return not self.practice and self.timer is not None

    def next_plan(self) -> "RoundPlan":
        """The same settings with a new deck. A seed given on the command line
        moves on by one, so a scripted session stays repeatable."""
        seed = self.seed + 1 if self.fixed_seed else random.randrange(_SEED_RANGE)
        return replace(self, seed=seed)


def _override(app: Any, key: str):
    overrides = getattr(app, "overrides", None) or {}
    return overrides.get(key)


def _timer_override(app: Any):
    """The command line's timer: (given, seconds-or-None).

    ``--timer off`` may arrive as 0, False or "off"; absent is None.
    """
    value = _override(app, "timer")
    if value is None:
        return False, None
    if value is False or value == 0 or (isinstance(value, str) and value.lower() == "off"):
        return True, None
    return True, float(value)


def length_and_timer(app: Any) -> tuple[int, Optional[float]]:
    """Questions per round and seconds per question (None: no timer) for the next
    round: the command line's values where given, else the settings."""
    settings = app.settings
    count = _override(app, "questions") or getattr(settings, "questions", 10)
    given, timer = _timer_override(app)
    if not given:
        timer = getattr(settings, "timer", 20)
        timer = None if timer is None else float(timer)
    return count, timer


def questions_that_fit(app: Any) -> Optional[int]:
    """How many questions the next round can really hold with the chosen packs,
    category and difficulty (one per fact); None when the packs cannot be read."""
    from quiz.deck import all_questions, available

    settings = app.settings
    try:
        questions = all_questions(app.selected_packs())
    except Exception:  # a pack that broke after discovery: say nothing rather than guess
        return None
    return available(questions, getattr(settings, "category", None),
                     getattr(settings, "difficulty", None))


def shrink_note(asked: int, fit: int) -> str:
    """Why a round is shorter than chosen."""
    return (f"Only {fit} question{'s' if fit != 1 else ''} {'fit' if fit != 1 else 'fits'} "
            f"these choices, so this round has {fit}, not {asked}.")


def next_length(app: Any) -> int:
    """Questions the next round will really ask: the chosen length, or fewer when
    fewer fit the packs and filters."""
    count, _ = length_and_timer(app)
    fit = questions_that_fit(app)
    return min(count, fit) if fit else count


def plan_round(app: Any, practice: bool) -> RoundPlan:
    settings = app.settings
    seed = _override(app, "seed")
    fixed = seed is not None
    if seed is None:
        seed = random.randrange(_SEED_RANGE)
    count, timer = length_and_timer(app)
    if practice:
        timer = None
    return RoundPlan(
        packs=tuple(app.selected_packs()),
        seed=int(seed),
        count=count,
        timer=timer,
        category=getattr(settings, "category", None),
        difficulty=getattr(settings, "difficulty", None),
        practice=practice,
        streak_bonus=bool(getattr(settings, "streak_bonus", True)),
        fixed_seed=fixed,
    )


def _empty_message(plan: RoundPlan) -> str:
    if plan.category or plan.difficulty:
        what = " ".join(x for x in (plan.difficulty, plan.category and f"'{plan.category}'") if x)
        return f"No {what} questions in the chosen packs. Change the round settings."
    return "The chosen packs have no questions to ask. Pick other packs."


def begin(app: Any, plan: RoundPlan, replace_top: bool = False) -> bool:
    """Build the deck, make the round and show its first question.

    With ``replace_top`` the new round takes the place of the top scene (the
    results); otherwise it goes on top of the stack (above the title). Returns
    False, after telling the player why, when there is nothing to ask.
    """
    from quiz.deck import build_deck
    from quiz.round import Round, RoundConfig
    from quiz.ui.scenes.question import QuestionScene

    try:
        questions = build_deck(list(plan.packs), plan.seed, plan.count,
                               plan.category, plan.difficulty)
    except Exception as error:  # a pack that broke after discovery must not end the game
        app.notify(f"Could not make a round: {error}")
        return False
    if not questions:
        app.notify(_empty_message(plan))
        return False
    if plan.count is not None and len(questions) < plan.count and not replace_top:
        app.notify(shrink_note(plan.count, len(questions)))
    config = RoundConfig(timer=plan.timer, streak_bonus=plan.streak_bonus, practice=plan.practice)
    scene = QuestionScene(app, Round(questions, config, app.clock), plan)
    if replace_top:
        app.stack.replace(scene)
    else:
        app.stack.push(scene)
    return True


def start_round(app: Any, practice: bool) -> bool:
    """From the title: a round with the current settings (Practice: no timer, nothing saved)."""
    return begin(app, plan_round(app, practice))


def play_again(app: Any, plan: RoundPlan) -> bool:
    """From the results: a new round with the same settings in place of the results."""
    return begin(app, plan.next_plan(), replace_top=True)

