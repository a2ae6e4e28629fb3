"""A party's answers as each player's history, so the next party (and each
player's own rounds) ask first what they have not met.

Every player at the table was asked in Everyone answers, so a seat without an
answer counts as a time-out there; in Buzz in and Take turns only the seats that
answered were asked. No round is recorded: a party's points are not a solo score.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from quiz.model import Question
from quiz.party.modes import EVERYONE


@dataclass(frozen=True)
class Asked:
    """One player's answer, in the form the history keeps."""

    question: Question
    chosen: Any  # None: no answer
    correct: bool
    elapsed: Optional[float]

    @property
    def timed_out(self) -> bool:
        return self.chosen is None


def asked_of(reveal: Any, mode: str) -> list[tuple[int, Asked]]:
    """(seat, answer) for each player this reveal's question was asked of."""
    out = []
    for result in reveal.results:
        if result.answered or mode == EVERYONE:
            chosen = result.chosen if result.answered else None
            out.append((result.seat, Asked(reveal.question, chosen, bool(result.correct),
                                           result.elapsed)))
    return out


def keep(store: Any, party: Any, reveal: Any, pack_set: str) -> None:
    """Put a reveal's answers into each asked player's history (quietly: play goes on),
    all in one save."""
    given = [(party.player(seat).name, [answer]) for seat, answer in asked_of(reveal, party.mode)
             if party.player(seat) is not None]
    store.record_answers_of_players(pack_set, given)
