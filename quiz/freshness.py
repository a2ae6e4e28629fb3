"""Which facts a player should meet next: unseen ones first, misses back soon.

A player's history is kept per fact (two questions on one fact teach the same
thing). The order is:

1. a few facts the player missed last time they met them, so that a miss
   comes back in the next round rather than after the whole bank;
2. facts never asked;
3. the rest, least recently asked first, each earlier miss counting as a day
   older.

Within each group the incoming order (already shuffled by the deck's seed) is
kept, so the same history and seed always give the same round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence, TypeVar

MISS_WEIGHT = 24 * 60 * 60  # seconds: one miss makes a fact look a day older
MISSES_PER_ROUND = 2        # how many missed facts a round brings back at most

T = TypeVar("T")


@dataclass(frozen=True)
class Seen:
    asked: int = 0
    missed: int = 0
    last_asked: float = 0.0   # wall-clock seconds of the last time it was asked
    last_right: bool = True   # whether that last answer was right


def combine(histories: Iterable[Mapping[str, Seen]]) -> dict[str, Seen]:
    """What several players have seen together: a party deck serves the group."""
    merged: dict[str, Seen] = {}
    for history in histories:
        for fact, seen in history.items():
            old = merged.get(fact)
            if old is None:
                merged[fact] = seen
                continue
            latest = seen if seen.last_asked >= old.last_asked else old
            merged[fact] = Seen(asked=old.asked + seen.asked, missed=old.missed + seen.missed,
                                last_asked=latest.last_asked,
                                last_right=old.last_right and seen.last_right)
    return merged


def freshest_first(items: Sequence[T], history: Mapping[str, Seen], fact_of=lambda q: q.fact,
                   misses: int = MISSES_PER_ROUND) -> list[T]:
    """``items`` reordered so the deck, taking from the front, meets fresh facts first."""
    missed: list[T] = []
    unseen: list[T] = []
    seen: list[T] = []
    for item in items:
        record = history.get(fact_of(item))
        if record is None or record.asked <= 0:
            unseen.append(item)
        elif not record.last_right:
            missed.append(item)
        else:
            seen.append(item)
    # The most missed, then the longest ago, come back first.
    missed.sort(key=lambda item: _miss_order(history[fact_of(item)]))
    back_now, back_later = _first_facts(missed, misses, fact_of)
    # sorted() is stable: equal ages keep the shuffled order.
    later = sorted(back_later + seen, key=lambda item: _age(history[fact_of(item)]))
    return back_now + unseen + later


def _first_facts(items: list[T], count: int, fact_of) -> tuple[list[T], list[T]]:
    """The items of the first ``count`` distinct facts, and the rest."""
    facts: list[str] = []
    now: list[T] = []
    rest: list[T] = []
    for item in items:
        fact = fact_of(item)
        if fact in facts or len(facts) < count:
            if fact not in facts:
                facts.append(fact)
            now.append(item)
        else:
            rest.append(item)
    return now, rest


def _age(record: Seen) -> float:
    return record.last_asked - record.missed * MISS_WEIGHT


BACK_NOW, UNSEEN, SEEN = 0, 1, 2


def freshness_tiers(items: Sequence[T], history: Mapping[str, Seen], fact_of=lambda q: q.fact,
                    misses: int = MISSES_PER_ROUND) -> dict[str, int]:
    """fact -> BACK_NOW (a miss the next round brings back), UNSEEN or SEEN; the
    same grouping ``freshest_first`` orders by."""
    tiers: dict[str, int] = {}
    back = 0
    ordered = sorted(items, key=lambda item: _miss_order(history.get(fact_of(item))))
    for item in ordered:
        fact = fact_of(item)
        if fact in tiers:
            continue
        record = history.get(fact)
        if record is None or record.asked <= 0:
            tiers[fact] = UNSEEN
        elif not record.last_right and back < misses:
            tiers[fact] = BACK_NOW
            back += 1
        else:
            tiers[fact] = SEEN
    return tiers


def _miss_order(record: Seen | None) -> tuple:
    if record is None or record.asked <= 0 or record.last_right:
        return (1, 0, 0.0)
    return (0, -record.missed, record.last_asked)
