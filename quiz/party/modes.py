"""How one question is played in each party mode: who may answer, when it ends.

A mode takes ``answer(seat, choice, at, now)`` inputs, where ``at`` is when the
press arrived and ``now`` the frame's time, and ``update(now)`` every frame for
the time limit. It records ``Attempt`` values; scoring them is the round's job.
Time here is question time: the stopwatch stops while the party is paused.

* Everyone answers: every seat answers once; its first valid answer is final.
  It ends when all have answered or time is up (the rest time out).
* Buzz in: any press of a seat's keys buzzes. The first buzz gets the question
  alone, with ``answer_seconds`` to answer while the countdown stops. A wrong
  answer (or none in time) passes it to the seats that have not tried: the
  countdown goes on and the first of them to buzz may steal. It ends on a
  right answer, when every seat has tried, or when time is up.
* Take turns: only the seat whose turn it is answers, like Everyone answers
  with one player.

Presses from seats that may not act are ignored and change nothing, so a
player mashing keys never blocks another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Sequence

from quiz.model import Question
from quiz.party.judging import Judge
from quiz.party.stopwatch import Stopwatch

EVERYONE = "everyone"
BUZZ = "buzz"
TURNS = "turns"
MODES = (EVERYONE, BUZZ, TURNS)

# What a question is waiting for.
ASKING = "asking"        # answers (Everyone answers, Take turns) or buzzes (Buzz in)
ANSWERING = "answering"  # Buzz in: the buzzer is choosing
DONE = "done"

DEFAULT_ANSWER_SECONDS = 5.0


@dataclass(frozen=True)
class Attempt:
    seat: int
    chosen: Any           # None: no answer in time
    correct: bool
    elapsed: float        # question seconds when it came (the buzz, in Buzz in), pauses excluded

    @property
    def timed_out(self) -> bool:
        return self.chosen is None


class QuestionPlay:
    """The state every mode shares; subclasses decide who may act."""

    mode = ""

    def __init__(self, question: Question, seats: Sequence[int], limit: Optional[float],
                 now: float, judge: Judge) -> None:
        self.question = question
        self.seats: tuple[int, ...] = tuple(seats)
        self.limit = limit
        self._judge = judge
        self._clock = Stopwatch(now)
        self._opened = now  # presses that arrived before this do not count
        self._attempts: list[Attempt] = []
        self.state = ASKING if self.seats else DONE

    @property
    def attempts(self) -> tuple[Attempt, ...]:
        """In the order they came."""
        return tuple(self._attempts)

    @property
    def answered(self) -> frozenset[int]:
        """Seats that have answered (not what they chose, which stays hidden till the reveal)."""
        return frozenset(a.seat for a in self._attempts)

    @property
    def done(self) -> bool:
        return self.state == DONE

    def may_act(self, seat: int) -> bool:
        raise NotImplementedError

    @property
    def waiting_on(self) -> tuple[int, ...]:
        """Seats whose press would count now."""
        return tuple(s for s in self.seats if self.may_act(s))

    def elapsed(self, now: float) -> float:
        spent = self._clock.elapsed(now)
        return spent if self.limit is None else min(spent, self.limit)

    def time_left(self, now: float) -> Optional[float]:
        if self.limit is None:
            return None
        return max(0.0, self.limit - self._clock.elapsed(now))

    def pause(self, now: float) -> None:
        self._clock.stop(now)

    def resume(self, now: float) -> None:
        self._opened = max(self._opened, now)
        if self.state == ASKING:
            self._clock.go(now)

    def answer(self, seat: int, choice: Any, at: float, now: float) -> Optional[Attempt]:
        raise NotImplementedError

    def update(self, now: float) -> None:
        raise NotImplementedError

    def _out_of_time(self, at: float) -> bool:
        return self.limit is not None and self._clock.elapsed(at) >= self.limit

    def _valid(self, seat: int, at: float) -> bool:
        return not self.done and seat in self.seats and at >= self._opened and self.may_act(seat)


class EveryoneAnswers(QuestionPlay):
    mode = EVERYONE

    def may_act(self, seat: int) -> bool:
        return self.state == ASKING and seat in self.seats and seat not in self.answered

    def answer(self, seat: int, choice: Any, at: float, now: float) -> Optional[Attempt]:
        if not self._valid(seat, at):
            return None
        correct = self._judge(self.question, choice)
        if correct is None:
            return None
        if self._out_of_time(at):
            self._time_up(at)
            return None
        attempt = Attempt(seat, choice, correct, self._clock.elapsed(at))
        self._attempts.append(attempt)
        if not self.waiting_on:
            self._finish(at)
        return attempt

    def update(self, now: float) -> None:
        if not self.done and self._out_of_time(now):
            self._time_up(now)

    def _time_up(self, now: float) -> None:
        for seat in self.waiting_on:
            self._attempts.append(Attempt(seat, None, False, float(self.limit or 0.0)))
        self._finish(now)

    def _finish(self, now: float) -> None:
        self._clock.stop(now)
        self.state = DONE


class TakeTurns(EveryoneAnswers):
    """One seat answers; the party picks whose turn it is."""

    mode = TURNS

    def __init__(self, question: Question, turn: int, limit: Optional[float], now: float,
                 judge: Judge) -> None:
        super().__init__(question, (turn,), limit, now, judge)

    @property
    def turn(self) -> int:
        return self.seats[0]


class BuzzIn(QuestionPlay):
    mode = BUZZ

    def __init__(self, question: Question, seats: Sequence[int], limit: Optional[float],
                 now: float, judge: Judge,
                 answer_seconds: float = DEFAULT_ANSWER_SECONDS) -> None:
        super().__init__(question, seats, limit, now, judge)
        self.answer_seconds = answer_seconds
        self.buzzer: Optional[int] = None
        self._buzzed_at = 0.0     # question seconds at the buzz
        self._answer_clock: Optional[Stopwatch] = None

    def may_act(self, seat: int) -> bool:
        if self.state == ANSWERING:
            return seat == self.buzzer
        return self.state == ASKING and seat in self.seats and seat not in self.answered

    def time_left(self, now: float) -> Optional[float]:
        """While the buzzer answers, the seconds they have left; else the question's."""
        if self.state == ANSWERING and self._answer_clock is not None:
            return max(0.0, self.answer_seconds - self._answer_clock.elapsed(now))
        return super().time_left(now)

    def pause(self, now: float) -> None:
        super().pause(now)
        if self._answer_clock is not None:
            self._answer_clock.stop(now)

    def resume(self, now: float) -> None:
        super().resume(now)
        if self.state == ANSWERING and self._answer_clock is not None:
            self._answer_clock.go(now)

    def answer(self, seat: int, choice: Any, at: float, now: float) -> Optional[Attempt]:
        if not self._valid(seat, at):
            return None
        if self.state == ASKING:
            if self._out_of_time(at):
                self._finish(at)
            else:
                self._buzz(seat, at)
            return None
        correct = self._judge(self.question, choice)
        if correct is None:
            return None
        if self._answer_late(at):
            return self._give_up(at)
        return self._record(Attempt(seat, choice, correct, self._buzzed_at), at)

    def update(self, now: float) -> None:
        if self.state == ANSWERING and self._answer_late(now):
            self._give_up(now)
        elif self.state == ASKING and self._out_of_time(now):
            self._finish(now)

    def _buzz(self, seat: int, at: float) -> None:
        self.buzzer = seat
        self._buzzed_at = self._clock.elapsed(at)
        self._clock.stop(at)
        self._answer_clock = Stopwatch(at)
        self.state = ANSWERING

    def _answer_late(self, at: float) -> bool:
        clock = self._answer_clock
        return clock is not None and clock.elapsed(at) >= self.answer_seconds

    def _give_up(self, at: float) -> Attempt:
        assert self.buzzer is not None
        return self._record(Attempt(self.buzzer, None, False, self._buzzed_at), at)

    def _record(self, attempt: Attempt, at: float) -> Attempt:
        self._attempts.append(attempt)
        self.buzzer = None
        self._answer_clock = None
        if attempt.correct or all(s in self.answered for s in self.seats):
            self._finish(at)
        else:
            # The steal: the others buzz on the time that was left.
            self.state = ASKING
            self._opened = at
            self._clock.go(at)
            if self._out_of_time(at):
                self._finish(at)
        return attempt

    def _finish(self, now: float) -> None:
        self._clock.stop(now)
        self.buzzer = None
        self._answer_clock = None
        self.state = DONE
