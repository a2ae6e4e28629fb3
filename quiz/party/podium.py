"""The end of a party: every player ranked, with what they did."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from quiz.party.players import Player
from quiz.party.standings import PlayerStats, rank


@dataclass(frozen=True)
class PodiumEntry:
    player: Player
    place: int
    tied: bool
    score: int
    right: int
    answered: int
    best_streak: int
    average_time: float


@dataclass(frozen=True)
class Podium:
    entries: tuple[PodiumEntry, ...]  # every player, best first

    @property
    def winners(self) -> tuple[PodiumEntry, ...]:
        """Everyone in first place: more than one when the top is a tie."""
        return tuple(e for e in self.entries if e.place == 1)

    @property
    def ties(self) -> tuple[tuple[int, ...], ...]:
        """Seats sharing a place, one group per shared place, best first."""
        groups: dict[int, list[int]] = {}
        for entry in self.entries:
            groups.setdefault(entry.place, []).append(entry.player.seat)
        return tuple(tuple(seats) for seats in groups.values() if len(seats) > 1)


def podium(players: Sequence[Player], stats: Mapping[int, PlayerStats]) -> Podium:
    by_seat = {p.seat: p for p in players}
    scores = {seat: s.score for seat, s in stats.items()}
    entries = []
    for standing in rank(players, scores):
        s = stats.get(standing.seat, PlayerStats(standing.seat))
        entries.append(PodiumEntry(player=by_seat[standing.seat], place=standing.place,
                                   tied=standing.tied, score=s.score, right=s.right,
                                   answered=s.answered, best_streak=s.best_streak,
                                   average_time=s.average_time))
    return Podium(tuple(entries))
