"""A round: which question is up, its countdown, the answers given and the results.

Time is read only from the injected clock (``quiz.clock``), never counted in
frames, so a frame that stalls gives no extra answering time and tests move a
``FakeClock`` instead of sleeping. The clock is trusted to move forwards only;
if it ever reports an earlier time, that step counts as no time passing.

The screens call ``update()`` every frame so that a time-out is recorded within
one frame of the limit; an answer that arrives after the limit (say, after a
stalled frame) counts as a time-out too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional, Sequence

from quiz.clock import Clock
from quiz.model import Question
from quiz.scoring import mark


class Phase(str, Enum):
    ASKING = "asking"
    FEEDBACK = "feedback"
    FINISHED = "finished"


@dataclass(frozen=True)
class RoundConfig:
    """How a round is played.

    ``timer=None`` means no countdown (Practice). ``practice`` rounds still score
    every answer, so the screens can show the points, but nothing from them is
    saved: that is the caller's job to honour (see ``Results.practice``).
    """

    timer: Optional[float] = 20.0
    streak_bonus: bool = True
    practice: bool = False
    speed_points: bool = True  # False: accuracy only, full points for any right answer

    @classmethod
    def from_settings(cls, settings: Any, practice: bool = False) -> "RoundConfig":
        """The config for a round played with these ``quiz.settings.Settings``."""
        timer = None if practice else getattr(settings, "timer", 20)
        return cls(timer=None if timer is None else float(timer),
                   streak_bonus=bool(getattr(settings, "streak_bonus", True)),
                   practice=practice)


@dataclass(frozen=True)
class Answer:
    question: Question
    # The player's response in the question kind's own form (an option index for
    # "choice"); None for a time-out.
    chosen: Optional[object]
    correct: bool  # fully right
    elapsed: float  # seconds the player took, pauses excluded, never over the limit
    points: int  # everything this answer earned, bonus included
    bonus: int  # the streak bonus part of points
    streak: int  # right answers in a row after this one
    credit: float = 0.0  # share of the points earned, 0..1 (1.0 when correct)
    kept: Optional[object] = None  # on a time-out, the unfinished answer kept (order picks placed)

    @property
    def timed_out(self) -> bool:
        return self.chosen is None


@dataclass(frozen=True)
class Results:
    score: int
    right: int
    total: int  # questions answered (or timed out): the whole round once it is finished
    accuracy: float  # right / total, 0..1 (0 for an empty round)
    average_time: float  # mean seconds per answer, time-outs counted at the limit
    best_streak: int
    by_category: dict[str, tuple[int, int]]  # category -> (right, asked), first-seen order
    answers: tuple[Answer, ...]
    practice: bool = False  # a practice round: show it, save nothing


class Round:
    """One round over ``questions``; asks the first question at once."""

    def __init__(self, questions: Sequence[Question], config: RoundConfig, clock: Clock) -> None:
        self.questions: tuple[Question, ...] = tuple(questions)
        self.config = config
        self._clock = clock
        self._limit = _limit(config.timer)
        self._answers: list[Answer] = []
        self._index = 0
        self._streak = 0
        self._best_streak = 0
        self._score = 0
        self._paused = False
        self._last_raw = self._read()
        # Time on the current question is what was banked before plus the open
        # segment since _segment_start (None while paused or not asking).
        self._banked = 0.0
        self._segment_start: Optional[float] = None
        if self.questions:
            self._phase = Phase.ASKING
            self._segment_start = self._last_raw
        else:
            self._phase = Phase.FINISHED

    # -- read-only state -------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def index(self) -> int:
        """0-based position of the current question (stays on the last when finished)."""
        return min(self._index, max(0, len(self.questions) - 1))

    @property
    def number(self) -> int:
        """1-based, for "3/10"."""
        return self.index + 1

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def question(self) -> Optional[Question]:
        return self.questions[self.index] if self.questions else None

    @property
    def score(self) -> int:
        return self._score

    @property
    def streak(self) -> int:
        return self._streak

    @property
    def best_streak(self) -> int:
        return self._best_streak

    @property
    def answers(self) -> tuple[Answer, ...]:
        return tuple(self._answers)

    @property
    def last(self) -> Optional[Answer]:
        return self._answers[-1] if self._answers else None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def limit(self) -> Optional[float]:
        """Seconds allowed per question, or None without a timer."""
        return self._limit

    # -- time ------------------------------------------------------------

    def elapsed(self) -> float:
        """Seconds spent on the current question, pauses excluded, at most the limit.

        Frozen once the question is answered, so feedback can show it.
        """
        spent = self._spent()
        return spent if self._limit is None else min(spent, self._limit)

    def time_left(self) -> Optional[float]:
        """Seconds left to answer (never negative), or None without a timer."""
        if self._limit is None:
            return None
        return max(0.0, self._limit - self._spent())

    def fraction_left(self) -> Optional[float]:
        """1 when the question appears, 0 at the limit; None without a timer."""
        left = self.time_left()
        if left is None or self._limit is None:
            return None
        return left / self._limit

    # -- actions ---------------------------------------------------------

    def answer(self, response: object) -> Optional[Answer]:
        """Answer the current question (an option index for a "choice" question).

        Ignored (None) unless a question is being asked and the round is not
        paused, and for a response the question's kind does not accept. After
        the limit it records, and returns, a time-out instead.
        """
        if self._phase is not Phase.ASKING or self._paused:
            return None
        if not self.questions[self._index].accepts(response):
            return None
        spent = self._spent()
        if self._limit is not None and spent >= self._limit:
            return self._record(None, self._limit)
        return self._record(response, spent)

    def update(self, kept: object = None) -> Optional[Answer]:
        """Call every frame: records a time-out once the limit is reached.

        ``kept`` is the answer the player has started but not given (the picks placed
        on an order question): a time-out keeps it, scored by the question's kind."""
        if self._phase is not Phase.ASKING or self._paused or self._limit is None:
            self._read_and_track()
            return None
        if self._spent() >= self._limit:
            return self._record(None, self._limit, kept)
        return None

    def pause(self) -> None:
        """Stop the countdown (Esc, or the window lost focus)."""
        if self._paused:
            return
        now = self._read_and_track()
        if self._segment_start is not None:
            self._banked += now - self._segment_start
            self._segment_start = None
        self._paused = True

    def resume(self) -> None:
        if not self._paused:
            return
        now = self._read_and_track()
        self._paused = False
        if self._phase is Phase.ASKING:
            self._segment_start = now

    def next(self) -> Phase:
        """From feedback to the next question, or to FINISHED after the last."""
        if self._phase is not Phase.FEEDBACK:
            return self._phase
        now = self._read_and_track()
        self._index += 1
        self._banked = 0.0
        self._segment_start = None
        if self._index >= len(self.questions):
            self._phase = Phase.FINISHED
        else:
            self._phase = Phase.ASKING
            if not self._paused:
                self._segment_start = now
        return self._phase

    def results(self) -> Results:
        """The round so far; the whole round once FINISHED."""
        answers = tuple(self._answers)
        right = sum(1 for a in answers if a.correct)
        total = len(answers)
        by_category: dict[str, tuple[int, int]] = {}
        for a in answers:
            got, asked = by_category.get(a.question.category, (0, 0))
            by_category[a.question.category] = (got + (1 if a.correct else 0), asked + 1)
        return Results(
            score=self._score,
            right=right,
            total=total,
            accuracy=right / total if total else 0.0,
            average_time=sum(a.elapsed for a in answers) / total if total else 0.0,
            best_streak=self._best_streak,
            by_category=by_category,
            answers=answers,
            practice=self.config.practice,
        )

    # -- inside ----------------------------------------------------------

    def _record(self, response: object, elapsed: float, kept: object = None) -> Answer:
        question = self.questions[self._index]
        got = mark(question, response, elapsed, self._limit, self._streak, self.config.streak_bonus,
                   kept, self.config.speed_points)
        self._streak = got.streak
        self._best_streak = max(self._best_streak, self._streak)
        self._score += got.points
        answer = Answer(question=question, chosen=response, correct=got.correct, elapsed=elapsed,
                        points=got.points, bonus=got.bonus, streak=got.streak, credit=got.credit,
                        kept=kept if response is None else None)
        self._answers.append(answer)
        self._phase = Phase.FEEDBACK
        # Freeze the countdown where the answer landed.
        self._banked = elapsed
        self._segment_start = None
        return answer

    def _spent(self) -> float:
        now = self._read_and_track()
        if self._segment_start is None:
            return self._banked
        return self._banked + (now - self._segment_start)

    def _read_and_track(self) -> float:
        raw = self._read()
        if raw < self._last_raw:
            # The clock went backwards: keep what was counted and carry on from
            # the new reading, so that step adds no time and none is taken away.
            if self._segment_start is not None:
                self._banked += self._last_raw - self._segment_start
                self._segment_start = raw
        self._last_raw = raw
        return raw

    def _read(self) -> float:
        raw = self._clock.now()
        if not isinstance(raw, (int, float)) or not math.isfinite(raw):
            # A broken reading counts as no time passing.
            return getattr(self, "_last_raw", 0.0)
        return float(raw)


def _limit(timer: Optional[float]) -> Optional[float]:
    if timer is None:
        return None
    try:
        seconds = float(timer)
    except (TypeError, ValueError):
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None
