"""One sitting of learn mode over real questions: which question is up, the
answers given and each fact's box, with no timer and no points.

``quiz.learn.LearnSession`` orders the facts; this turns each fact into one of
its questions (the next of them each time it comes back, so a fact is not
learnt by remembering where its answer sat) and tells ``save`` every new box
at once, so leaving the sitting at any moment keeps what was learnt. It has the
read-only face of ``quiz.round.Round`` that the question screen draws from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Sequence

from quiz.clock import Clock
from quiz.learn import LearnSession, is_learnt
from quiz.model import Question
from quiz.round import Phase


@dataclass(frozen=True)
class LearnAnswer:
    question: Question
    chosen: object
    correct: bool
    elapsed: float  # seconds from the question appearing to the answer
    box: int  # the fact's box after this answer
    points: int = 0  # learn mode scores nothing
    bonus: int = 0
    credit: float = 0.0

    @property
    def timed_out(self) -> bool:
        return False  # there is no timer to run out

    @property
    def learnt(self) -> bool:
        return is_learnt(self.box)


@dataclass(frozen=True)
class SittingResults:
    """What the history keeps of a sitting (``Store.record_round`` reads these)."""

    answers: tuple[LearnAnswer, ...]
    score: int = 0
    best_streak: int = 0

    @property
    def right(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def total(self) -> int:
        return len(self.answers)


class LearnSitting:
    """Learning ``questions``' facts not yet learnt in ``boxes``, in the given order
    (facts part-way first). ``save(fact, box)`` is called after every answer."""

    def __init__(self, questions: Sequence[Question], boxes: Mapping[str, int], clock: Clock,
                 save: Optional[Callable[[str, int], Any]] = None) -> None:
        self._by_fact: dict[str, list[Question]] = {}
        for question in questions:
            self._by_fact.setdefault(question.fact, []).append(question)
        self.session = LearnSession.start(self._by_fact, boxes)
        self.facts = tuple(self.session.queue)  # the facts this sitting sets out to learn
        self._clock = clock
        self._save = save
        self._asked: dict[str, int] = {}
        self._answers: list[LearnAnswer] = []
        self._shown_at = clock.now()
        self._phase = Phase.ASKING if self.facts else Phase.FINISHED
        self._question = self._pick() if self.facts else None

    def _pick(self) -> Question:
        fact = self.session.current()
        choices = self._by_fact[fact]
        return choices[self._asked.get(fact, 0) % len(choices)]

    # -- read-only state, as the question screen reads a round ---------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def question(self) -> Optional[Question]:
        return self._question

    @property
    def answers(self) -> tuple[LearnAnswer, ...]:
        return tuple(self._answers)

    @property
    def last(self) -> Optional[LearnAnswer]:
        return self._answers[-1] if self._answers else None

    @property
    def index(self) -> int:
        """Counts the questions put so far (0-based): a new number for each one asked."""
        return len(self._answers) - (0 if self._phase is Phase.ASKING else 1)

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def total(self) -> int:
        return len(self.facts)

    @property
    def learnt(self) -> int:
        """Facts of this sitting learnt so far."""
        return sum(1 for f in self.facts if is_learnt(self.session.boxes.get(f, 0)))

    def box(self, fact: str) -> int:
        return self.session.boxes.get(fact, 0)

    def comes_back_after(self, fact: str) -> Optional[int]:
        """How many other questions come before ``fact`` is asked again; None when it
        will not be (learnt). Read during feedback, before ``next``."""
        queue = self.session.queue
        if fact not in queue:
            return None
        return queue.index(fact)

    score = 0
    streak = 0
    best_streak = 0
    paused = False

    def time_left(self) -> None:
        return None

    def fraction_left(self) -> None:
        return None

    def elapsed(self) -> float:
        return max(0.0, self._clock.now() - self._shown_at)

    # -- actions ---------------------------------------------------------------

    def answer(self, response: object) -> Optional[LearnAnswer]:
        """Answer the current question; ignored (None) unless asking and well formed."""
        question = self._question
        if self._phase is not Phase.ASKING or question is None or not question.accepts(response):
            return None
        correct = question.credit(response) >= 1.0
        fact = question.fact
        self._asked[fact] = self._asked.get(fact, 0) + 1
        box = self.session.answer(correct)
        answer = LearnAnswer(question, response, correct, self.elapsed(), box)
        self._answers.append(answer)
        self._phase = Phase.FEEDBACK
        if self._save is not None:
            self._save(fact, box)
        return answer

    def next(self) -> Phase:
        """From feedback to the next question, or to ``FINISHED`` when every fact is learnt."""
        if self._phase is Phase.FEEDBACK:
            if self.session.done:
                self._phase = Phase.FINISHED
            else:
                self._question = self._pick()
                self._shown_at = self._clock.now()
                self._phase = Phase.ASKING
        return self._phase

    def update(self) -> None:
        return None  # no countdown to run out

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def results(self, since: int = 0) -> SittingResults:
        """The answers from the ``since``-th on, for the history."""
        return SittingResults(tuple(self._answers[since:]))
