"""What a finished party leaves in the high scores: one row per player, in a
table of its own, so party scores never mix with solo ones.

The table is the pack set, the party's length and timer and its mode; a party
of three five-question rounds files under "15 questions". Every player who
scored is kept, not just the winner; as in solo tables, a score of 0 is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from quiz.party.game import Party
from quiz.tables import TableKey, key_for, party_mode


@dataclass(frozen=True)
class PartyScore:
    name: str
    score: int
    correct: int
    total: int
    best_streak: int


def party_table(pack_ids: Iterable[str], party: Party) -> TableKey:
    config = party.config
    return key_for(pack_ids, party.question_total, config.timer, config.streak_bonus,
                   party_mode(config.mode))


def party_scores(party: Party) -> list[PartyScore]:
    """Each scoring player's line, in podium order."""
    return [PartyScore(e.player.name, e.score, e.right, party.question_total, e.best_streak)
            for e in party.podium().entries if e.score > 0]
