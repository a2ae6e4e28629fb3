"""Each player's running totals in a party, and the ranking they give.

Players on the same score share a place (1, 1, 3) and are marked tied: a party
states a tie rather than breaking it by something nobody sees.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping, Sequence

from quiz.party.players import Player


@dataclass(frozen=True)
class PlayerStats:
    seat: int
    score: int = 0
    right: int = 0
    answered: int = 0        # answers given, time-outs included (counted at the limit)
    streak: int = 0          # right answers in a row, now
    best_streak: int = 0
    total_time: float = 0.0  # seconds over the answers given

    @property
    def average_time(self) -> float:
        return self.total_time / self.answered if self.answered else 0.0

    def after(self, correct: bool, elapsed: float, points: int) -> "PlayerStats":
        streak = self.streak + 1 if correct else 0
        return replace(self, score=self.score + points, right=self.right + (1 if correct else 0),
                       answered=self.answered + 1, streak=streak,
                       best_streak=max(self.best_streak, streak),
                       total_time=self.total_time + elapsed)


@dataclass(frozen=True)
class Standing:
    seat: int
    name: str
    score: int
    place: int   # 1-based; players on the same score share it
    tied: bool   # someone else has this place too


def rank(players: Sequence[Player], scores: Mapping[int, int]) -> tuple[Standing, ...]:
    """Best first; tied players in seat order."""
    ordered = sorted(players, key=lambda p: (-scores.get(p.seat, 0), p.seat))
    values = [scores.get(p.seat, 0) for p in ordered]
    standings = []
    for player, score in zip(ordered, values):
        place = 1 + sum(1 for v in values if v > score)
        standings.append(Standing(player.seat, player.name, score, place,
                                  tied=values.count(score) > 1))
    return tuple(standings)
