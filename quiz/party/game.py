"""A party: several rounds of questions for 2 to 8 players, from the first rule to the podium.

The screens drive it with a few calls and read the rest:

* ``next()`` moves on: from a round's rule to its first question, from a
  reveal to the next question, the next round's rule or the podium.
* ``answer(seat, choice, at)`` (or ``answers([...])`` for one frame's presses,
  taken in the order they arrived) and ``update()`` every frame.
* ``pause()``/``resume()`` for Esc, ``controller_lost(seat)`` and
  ``controller_back(seat)`` for pads: while anything holds the party, the
  countdown stops and no press counts.

Time comes from the injected clock, read as never going backwards; ``at`` is
the clock when a press arrived (the frame's time when not given).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence

from quiz.clock import Clock
from quiz.model import Question
from quiz.party import rounds
from quiz.party.judging import Judge, by_kind, right_response
from quiz.party.modes import (BUZZ, DEFAULT_ANSWER_SECONDS, EVERYONE, MODES, TURNS, BuzzIn,
                              EveryoneAnswers, QuestionPlay, TakeTurns)
from quiz.party.players import MAX_PLAYERS, MIN_PLAYERS, Player
from quiz.party.podium import Podium, podium
from quiz.party.standings import PlayerStats, Standing, rank

RULE = "rule"        # a round's rule is shown before it starts
ASKING = "asking"
REVEAL = "reveal"
PODIUM = "podium"


@dataclass(frozen=True)
class PartyConfig:
    mode: str = EVERYONE
    rounds: int = 3
    questions_per_round: int = 5
    timer: Optional[float] = 20.0          # seconds per question; None: no countdown
    answer_seconds: float = DEFAULT_ANSWER_SECONDS  # Buzz in: to answer after buzzing
    streak_bonus: bool = True
    round_types: Optional[tuple[str, ...]] = None   # None: ``rounds.plan(rounds)``


@dataclass(frozen=True)
class Result:
    """One player's part of a reveal."""

    seat: int
    answered: bool          # False: not their turn, or never buzzed
    chosen: Any             # None: no answer (or not theirs to give)
    correct: bool
    elapsed: Optional[float]
    place: Optional[int]    # order among the right answers (1 = first)
    points: int             # everything earned, bonus and multiplier included
    bonus: int              # the streak bonus part of points
    streak: int             # after this question
    kept: Any = None        # on a time-out, the unfinished answer kept (order picks placed)


@dataclass(frozen=True)
class Reveal:
    question: Question
    rule: rounds.RoundRule
    results: tuple[Result, ...]     # in seat order
    before: tuple[Standing, ...]    # the ranking before this question
    after: tuple[Standing, ...]

    @property
    def right(self) -> Any:
        """The right answer as an answer to the question's kind would be given."""
        return right_response(self.question)

    def chose(self, choice: Any) -> tuple[int, ...]:
        """Seats that gave this answer."""
        return tuple(r.seat for r in self.results if r.answered and r.chosen == choice)

    def result(self, seat: int) -> Optional[Result]:
        return next((r for r in self.results if r.seat == seat), None)


@dataclass(frozen=True)
class _Round:
    rule: rounds.RoundRule
    questions: tuple[Question, ...]


class Party:
    def __init__(self, players: Sequence[Player], questions: Sequence[Question],
                 config: PartyConfig, clock: Clock, judge: Judge = by_kind) -> None:
        if not MIN_PLAYERS <= len(players) <= MAX_PLAYERS:
            raise ValueError(f"a party needs {MIN_PLAYERS} to {MAX_PLAYERS} players")
        if len({p.seat for p in players}) != len(players):
            raise ValueError("two players share a seat")
        if config.mode not in MODES:
            raise ValueError(f"unknown party mode {config.mode!r}")
        self.players: tuple[Player, ...] = tuple(sorted(players, key=lambda p: p.seat))
        self.config = config
        self._clock = clock
        self._judge = judge
        self._limit = _limit(config.timer)
        self._rounds = _split(tuple(questions), config, self._limit)
        self._stats = {p.seat: PlayerStats(p.seat) for p in self.players}
        self._last_now = -math.inf
        self._last_now = self._now()
        self._round = 0
        self._question = 0
        self._asked = 0  # questions asked so far, over every round: whose turn it is
        self._unfinished: dict[int, Any] = {}  # seat -> an answer begun, kept if time runs out
        self._play: Optional[QuestionPlay] = None
        self._reveal: Optional[Reveal] = None
        self._user_paused = False
        self._lost: set[int] = set()
        self._phase = RULE if self._rounds else PODIUM

    # -- where the party is ---------------------------------------------

    @property
    def phase(self) -> str:
        return self._phase

    @property
    def mode(self) -> str:
        return self.config.mode

    @property
    def round_count(self) -> int:
        return len(self._rounds)

    @property
    def question_total(self) -> int:
        """Questions asked over the whole party, every round."""
        return sum(len(r.questions) for r in self._rounds)

    @property
    def round_number(self) -> int:
        """1-based."""
        return min(self._round, max(0, len(self._rounds) - 1)) + 1

    @property
    def rule(self) -> Optional[rounds.RoundRule]:
        """The current round's rule, to show before it starts."""
        return self._rounds[self.round_number - 1].rule if self._rounds else None

    @property
    def question_number(self) -> int:
        """1-based, within the round."""
        return self._question + 1

    @property
    def questions_in_round(self) -> int:
        return len(self._rounds[self.round_number - 1].questions) if self._rounds else 0

    @property
    def question(self) -> Optional[Question]:
        return self._play.question if self._play is not None else None

    @property
    def reveal(self) -> Optional[Reveal]:
        """The last question's reveal (from REVEAL until the next question)."""
        return self._reveal

    # -- the question being asked ---------------------------------------

    @property
    def question_state(self) -> Optional[str]:
        """``modes.ASKING``, ``modes.ANSWERING`` (a buzzer is choosing) or ``modes.DONE``."""
        return self._play.state if self._play is not None else None

    @property
    def answered(self) -> frozenset[int]:
        """Seats that have answered this question; what they chose stays hidden till the reveal."""
        return self._play.answered if self._play is not None else frozenset()

    @property
    def waiting_on(self) -> tuple[int, ...]:
        """Seats whose press would count now."""
        if self._play is None or self.paused or self._phase != ASKING:
            return ()
        return self._play.waiting_on

    @property
    def buzzer(self) -> Optional[int]:
        """Buzz in: the seat answering after its buzz."""
        return getattr(self._play, "buzzer", None)

    @property
    def turn(self) -> Optional[int]:
        """Take turns: the seat this question (or the next one, at a reveal) is for."""
        if self.mode != TURNS:
            return None
        if isinstance(self._play, TakeTurns) and self._phase == ASKING:
            return self._play.turn
        return self.players[self._asked % len(self.players)].seat

    def time_left(self) -> Optional[float]:
        """Seconds left (the buzzer's own, while they choose); None without a timer."""
        if self._play is None:
            return None
        return self._play.time_left(self._now())

    def fraction_left(self) -> Optional[float]:
        left = self.time_left()
        if left is None:
            return None
        whole = self.config.answer_seconds if self.buzzer is not None else self._limit
        return left / whole if whole else None

    # -- players --------------------------------------------------------

    def player(self, seat: int) -> Optional[Player]:
        return next((p for p in self.players if p.seat == seat), None)

    def stats(self, seat: int) -> PlayerStats:
        return self._stats[seat]

    def standings(self) -> tuple[Standing, ...]:
        return rank(self.players, {s: st.score for s, st in self._stats.items()})

    def podium(self) -> Podium:
        """Every player ranked; final once the phase is PODIUM."""
        return podium(self.players, self._stats)

    def play_again(self, questions: Sequence[Question]) -> "Party":
        """A new party with the same players, settings and clock."""
        return Party(self.players, questions, self.config, self._clock, self._judge)

    # -- holding the party ----------------------------------------------

    @property
    def paused(self) -> bool:
        return self._user_paused or bool(self._lost)

    @property
    def waiting_for(self) -> tuple[Player, ...]:
        """Players whose controller is gone: the party waits for them."""
        return tuple(p for p in self.players if p.seat in self._lost)

    def join(self, player: Player) -> bool:
        """A player who arrives mid-party (a phone) plays from the next question, from 0
        points; False when the seat is taken, the party is full or over."""
        if (self._phase == PODIUM or self.player(player.seat) is not None
                or len(self.players) >= MAX_PLAYERS):
            return False
        self.players = tuple(sorted(self.players + (player,), key=lambda p: p.seat))
        self._stats[player.seat] = PlayerStats(player.seat)
        return True

    def pause(self) -> None:
        self._hold(lambda: setattr(self, "_user_paused", True))

    def resume(self) -> None:
        self._hold(lambda: setattr(self, "_user_paused", False))

    def controller_lost(self, seat: int) -> None:
        if self.player(seat) is not None:
            self._hold(lambda: self._lost.add(seat))

    def controller_back(self, seat: int) -> None:
        self._hold(lambda: self._lost.discard(seat))

    # -- moving on ------------------------------------------------------

    def next(self) -> str:
        """Leave the rule or the reveal; nothing happens while paused or asking."""
        if self.paused or self._phase not in (RULE, REVEAL):
            return self._phase
        if self._phase == REVEAL:
            self._question += 1
            if self._question >= len(self._rounds[self._round].questions):
                self._round += 1
                self._question = 0
                self._play = None
                self._phase = RULE if self._round < len(self._rounds) else PODIUM
                return self._phase
        self._start_question()
        return self._phase

    def answer(self, seat: int, choice: Any, at: Optional[float] = None) -> bool:
        """A press from ``seat`` that arrived at ``at``; True when it counted (a buzz included)."""
        if self._phase != ASKING or self.paused or self._play is None:
            return False
        now = self._now()
        when = now if at is None or not _finite(at) else min(float(at), now)
        buzzed_before = self.buzzer
        attempt = self._play.answer(seat, choice, when, now)
        counted = ((attempt is not None and not attempt.timed_out)
                   or (buzzed_before is None and self.buzzer == seat))
        self._check_done()
        return counted

    def answers(self, presses: Iterable[tuple[int, Any, Optional[float]]]) -> list[bool]:
        """One frame's presses, each ``(seat, choice, at)``: handled by arrival (equal times in
        the order given), all of them.

        Returns, in the order given, whether each counted.
        """
        now = self._now()
        given = list(presses)
        order = sorted(range(len(given)),
                       key=lambda i: given[i][2] if given[i][2] is not None and _finite(given[i][2])
                       else now)
        counted = [False] * len(given)
        for i in order:
            seat, choice, at = given[i]
            counted[i] = self.answer(seat, choice, at)
        return counted

    def hold_unfinished(self, seat: int, kept: Any) -> None:
        """What ``seat`` has built so far of an answer not yet given (the order picks placed):
        if time runs out before they finish, it earns what the question's kind grants it."""
        if (self._phase == ASKING and not self.paused and self._play is not None
                and seat in self._play.waiting_on):
            self._unfinished[seat] = kept

    def update(self) -> None:
        """Every frame: time-outs."""
        now = self._now()
        if self._phase == ASKING and not self.paused and self._play is not None:
            self._play.update(now)
            self._check_done()

    # -- inside ---------------------------------------------------------

    def _start_question(self) -> None:
        question = self._rounds[self._round].questions[self._question]
        now = self._now()
        seats = tuple(p.seat for p in self.players)
        if self.mode == TURNS:
            self._play = TakeTurns(question, seats[self._asked % len(seats)], self._limit, now,
                                   self._judge)
        elif self.mode == BUZZ:
            self._play = BuzzIn(question, seats, self._limit, now, self._judge,
                                self.config.answer_seconds)
        else:
            self._play = EveryoneAnswers(question, seats, self._limit, now, self._judge)
        self._asked += 1
        self._reveal = None
        self._unfinished = {}
        self._phase = ASKING

    def _check_done(self) -> None:
        if self._play is not None and self._play.done and self._phase == ASKING:
            self._reveal = self._score(self._play)
            self._phase = REVEAL

    def _score(self, play: QuestionPlay) -> Reveal:
        rule = self._rounds[self._round].rule
        before = self.standings()
        attempts = {a.seat: a for a in play.attempts}
        places = rounds.places({s: a.elapsed for s, a in attempts.items() if a.correct})
        results = []
        for player in self.players:
            seat = player.seat
            attempt = attempts.get(seat)
            if attempt is None:
                results.append(Result(seat, False, None, False, None, None, 0, 0,
                                      self._stats[seat].streak))
                continue
            earned = bonus = 0
            kept = self._unfinished.get(seat) if attempt.timed_out else None
            share = 1.0 if attempt.correct else _share(play.question, attempt.chosen)
            if kept is not None:
                share = max(0.0, min(1.0, float(play.question.kept_credit(kept))))
            if attempt.correct:
                earned, bonus = rounds.points(
                    rule, elapsed=attempt.elapsed, limit=self._limit,
                    difficulty=play.question.difficulty, streak=self._stats[seat].streak + 1,
                    bonus_on=self.config.streak_bonus, place=places[seat])
            elif share > 0:
                # A near answer (an order partly in place, a number near the mark) earns its
                # share of the speed points, with no streak bonus and no fastest-finger place.
                full, _ = rounds.points(
                    rule, elapsed=attempt.elapsed, limit=self._limit,
                    difficulty=play.question.difficulty, streak=0, bonus_on=False,
                    place=len(places) + 1)
                earned = round(full * share)
            self._stats[seat] = self._stats[seat].after(attempt.correct, attempt.elapsed, earned)
            results.append(Result(seat, True, attempt.chosen, attempt.correct, attempt.elapsed,
                                  places.get(seat), earned, bonus, self._stats[seat].streak, kept))
        return Reveal(play.question, rule, tuple(results), before, self.standings())

    def _hold(self, change) -> None:
        """Apply a pause change, stopping or restarting the countdown when it flips."""
        now = self._now()
        was = self.paused
        change()
        if self._play is None or was == self.paused:
            return
        if self.paused:
            self._play.pause(now)
        else:
            self._play.resume(now)

    def _now(self) -> float:
        raw = self._clock.now()
        if isinstance(raw, (int, float)) and _finite(raw):
            self._last_now = max(self._last_now, float(raw))
        return self._last_now if _finite(self._last_now) else 0.0


def _share(question: Question, response: Any) -> float:
    """The share of the points a response earns, by the question's kind (0 for none)."""
    if response is None or not question.accepts(response):
        return 0.0
    return max(0.0, min(1.0, float(question.credit(response))))


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _limit(timer: Optional[float]) -> Optional[float]:
    if timer is None or not _finite(timer) or timer <= 0:
        return None
    return float(timer)


def _split(questions: tuple[Question, ...], config: PartyConfig,
           limit: Optional[float]) -> tuple[_Round, ...]:
    """The rounds: ``questions_per_round`` each, as many as the questions fill (the last may
    be short); with fewer questions than planned, the party is fewer rounds and still ends
    on its final."""
    per = max(1, config.questions_per_round)
    wanted = len(config.round_types) if config.round_types else max(0, config.rounds)
    count = min(wanted, math.ceil(len(questions) / per))
    types = config.round_types[:count] if config.round_types else rounds.plan(count)
    made = []
    for n, key in enumerate(types):
        chunk = questions[n * per:(n + 1) * per]
        made.append(_Round(rounds.rule(key, config.mode, len(chunk), limit), chunk))
    return tuple(made)
