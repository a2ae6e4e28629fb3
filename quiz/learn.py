"""Learn mode: every fact asked until it is answered right twice in a row.

A Leitner schedule with three boxes per fact and player. A fact starts in box
0; a right answer moves it up one box, a wrong one sends it back to box 0.
A fact in box 2 is learnt and leaves the session. Inside a session a missed
fact comes back after ``GAP_AFTER_MISS`` other questions, a fact answered
right once after ``GAP_AFTER_RIGHT``, so misses are practised sooner. Boxes
are kept between sessions: a fact half learnt yesterday comes first today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional

LEARNT_BOX = 2
GAP_AFTER_MISS = 3
GAP_AFTER_RIGHT = 6


def next_box(box: int, right: bool) -> int:
    return min(LEARNT_BOX, box + 1) if right else 0


def is_learnt(box: int) -> bool:
    return box >= LEARNT_BOX


@dataclass
class LearnSession:
    """The order of facts in one sitting; the caller turns each fact into a question."""

    queue: list[str]
    boxes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def start(cls, facts: Iterable[str], boxes: Mapping[str, int]) -> "LearnSession":
        """Facts not yet learnt; those already part-way (higher box) first, in the given order."""
        todo = [f for f in dict.fromkeys(facts) if not is_learnt(boxes.get(f, 0))]
        todo.sort(key=lambda f: -boxes.get(f, 0))  # stable: keeps the caller's shuffle
        return cls(queue=todo, boxes={f: boxes.get(f, 0) for f in todo})

    def current(self) -> Optional[str]:
        return self.queue[0] if self.queue else None

    def answer(self, right: bool) -> int:
        """Record the answer to the current fact; returns its new box."""
        fact = self.queue.pop(0)
        box = self.boxes[fact] = next_box(self.boxes.get(fact, 0), right)
        if not is_learnt(box):
            gap = GAP_AFTER_RIGHT if right else GAP_AFTER_MISS
            self.queue.insert(min(gap, len(self.queue)), fact)
        return box

    @property
    def done(self) -> bool:
        return not self.queue


@dataclass(frozen=True)
class Mastery:
    seen: int
    learnt: int
    total: int


def mastery(facts_by_category: Mapping[str, Iterable[str]], boxes: Mapping[str, int],
            seen: Iterable[str]) -> dict[str, Mastery]:
    """Per category: facts met at least once, facts learnt, and all facts."""
    met = set(seen)
    out: dict[str, Mastery] = {}
    for category, facts in facts_by_category.items():
        unique = set(facts)
        out[category] = Mastery(seen=len(unique & met),
                                learnt=sum(1 for f in unique if is_learnt(boxes.get(f, 0))),
                                total=len(unique))
    return out
