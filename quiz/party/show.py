"""The reveal as a game show plays it: a short build-up with the answer hidden,
then the answer, the points counting up and the ranking moving to its new order.

Plain timing on the game's clock, with no drawing in it: the party screen asks
where the show is at an instant and draws that. With reduced motion the show
starts at its end, so the same information is on screen at once and nothing moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from quiz.party.standings import Standing

BUILD_UP = 0.9   # seconds with the answer hidden ("And the answer is…")
COUNT_UP = 0.8   # seconds for scores to count from before to after
MOVE = 0.6       # seconds for the ranking rows to slide to their new places

BUILDING = "building"
COUNTING = "counting"
DONE = "done"


@dataclass(frozen=True)
class RevealShow:
    started: float          # the clock's time when the reveal began
    reduced_motion: bool = False

    def elapsed(self, now: float) -> float:
        if self.reduced_motion:
            return BUILD_UP + max(COUNT_UP, MOVE)
        return max(0.0, now - self.started)

    def stage(self, now: float) -> str:
        t = self.elapsed(now)
        if t < BUILD_UP:
            return BUILDING
        return COUNTING if t < BUILD_UP + max(COUNT_UP, MOVE) else DONE

    def answer_shown(self, now: float) -> bool:
        return self.stage(now) != BUILDING

    def progress(self, now: float, length: float) -> float:
        """0 at the end of the build-up, 1 ``length`` seconds later; eased, so it settles."""
        t = (self.elapsed(now) - BUILD_UP) / length
        t = min(1.0, max(0.0, t))
        return 1 - (1 - t) ** 3

    def score(self, before: int, after: int, now: float) -> int:
        """The score shown: the old one during the build-up, counting up to the new one."""
        return round(before + (after - before) * self.progress(now, COUNT_UP))

    def row(self, before: int, after: int, now: float) -> float:
        """Where a player's row sits, as a fractional row index: from their place
        before the question to their place after it."""
        return before + (after - before) * self.progress(now, MOVE)


def rows_before(before: Sequence[Standing], after: Sequence[Standing]) -> dict[int, int]:
    """Each seat's row index in the ranking before the question (seats new to it: their row after)."""
    index = {s.seat: i for i, s in enumerate(before)}
    return {s.seat: index.get(s.seat, i) for i, s in enumerate(after)}
