"""The daily challenge: one round a day, the same for everyone with the same packs.

The day's round depends only on the local date and the set of packs chosen,
never on the order the packs are listed in, the time of day or anything kept
on this machine, so two players comparing results saw the same questions with
the same options in the same order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

DAILY_QUESTIONS = 10

# Bumped only when a change to the generator must change every day's round.
DAILY_VERSION = 1

RIGHT, WRONG, TIMED_OUT = "right", "wrong", "timed_out"
SHARE_MARKS = {RIGHT: "\U0001f7e9", WRONG: "\U0001f7e5", TIMED_OUT: "\u2b1c"}


def today(now: Callable[[], dt.datetime] = dt.datetime.now) -> dt.date:
    """The player's local date; ``now`` is injectable so tests can cross midnight."""
    return now().date()


def day_seed(day: dt.date, pack_ids: Iterable[str]) -> int:
    """The seed of a day's round for a set of packs (their order does not matter)."""
    import hashlib  # here, not at the top: the title imports this module before its first frame

    packs = "\x1f".join(sorted(set(pack_ids)))
    text = f"daily\x00{DAILY_VERSION}\x00{day.isoformat()}\x00{packs}"
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def is_new_day(started: dt.date, now: dt.date) -> bool:
    """A game left open past midnight offers the new day's challenge."""
    return now != started


def streak(days_played: Iterable[dt.date], day: dt.date) -> int:
    """Days in a row with a daily played, ending today (or yesterday, while today's
    is still to play)."""
    played = set(days_played)
    current = day if day in played else day - dt.timedelta(days=1)
    count = 0
    while current in played:
        count += 1
        current -= dt.timedelta(days=1)
    return count


@dataclass(frozen=True)
class DailyResult:
    day: dt.date
    marks: tuple[str, ...]  # RIGHT, WRONG or TIMED_OUT per question, in order
    score: int

    @property
    def right(self) -> int:
        return sum(1 for mark in self.marks if mark == RIGHT)


def share_line(title: str, result: DailyResult) -> str:
    """The text a player pastes to friends: title, date, right answers, points, marks."""
    marks = "".join(SHARE_MARKS.get(mark, SHARE_MARKS[WRONG]) for mark in result.marks)
    return (f"{title} daily {result.day.isoformat()} \u00b7 {result.right}/{len(result.marks)}"
            f" \u00b7 {result.score:,} pts\n{marks}")


def marks_of(outcomes: Sequence[tuple[bool, bool]]) -> tuple[str, ...]:
    """Marks from (was right, timed out) pairs, one per question asked."""
    return tuple(RIGHT if right else (TIMED_OUT if timed_out else WRONG)
                 for right, timed_out in outcomes)


def daily_deck(packs: Sequence, day: dt.date) -> list:
    """The day's questions: packs are put in a fixed order first, so listing them
    differently changes nothing."""
    ordered = sorted(packs, key=lambda pack: pack.id)
    seed = day_seed(day, (pack.id for pack in ordered)) % (2 ** 31)
    from quiz.deck import build_deck

    return build_deck(ordered, seed, DAILY_QUESTIONS)
