"""How a party player's four keys (or a pad's four buttons) build an answer, for
every kind of question.

A zone has only four keys, and every player shares one screen, so each kind's
answer is built press by press and the party hears it only when it is whole:

- ``choice`` and ``true_false``: a key is an option; the answer at once.
- ``order``: each key picks the item with that number as the next in line;
  when three are picked the last falls into place and the order is the answer.
  A key already picked does nothing.
- ``number``: key 2 moves the marker down, key 3 up, each by a fortieth of the
  range (so any number is within half a move, inside the margin of full
  points); key 1 locks the number in. Key 4 does nothing. The marker starts in
  the middle, where the answer never is.

Pure data: an ``Entry`` per seat and question, a new one after every press.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

NUMBER_MOVES = 40  # moves across a slider's whole range
LOCK, DOWN, UP = 0, 1, 2  # the number keys, by option index


@dataclass(frozen=True)
class Entry:
    picked: tuple[int, ...] = ()  # order: items so far, first to last
    position: Optional[int] = None  # number: steps from min (None: not moved yet)


def number_steps(question: Any) -> int:
    return max(1, round((question.max - question.min) / question.step))


def number_move(question: Any) -> int:
    """Steps one press moves: a fortieth of the range, at least one step."""
    return max(1, number_steps(question) // NUMBER_MOVES)


def number_value(question: Any, entry: Entry) -> float:
    n = number_steps(question)
    position = n // 2 if entry.position is None else max(0, min(n, entry.position))
    return round(min(question.max, question.min + position * question.step), 10)


def press(question: Any, entry: Optional[Entry], option: int) -> tuple[Entry, Any]:
    """A player's key ``option`` (0..3): the entry after it, and the whole answer
    or None while it is not whole yet."""
    entry = entry or Entry()
    kind = getattr(question, "kind", "choice")
    if kind == "order":
        count = len(question.items)
        if not 0 <= option < count or option in entry.picked or len(entry.picked) >= count:
            return entry, None
        picked = entry.picked + (option,)
        if len(picked) == count - 1:
            picked += tuple(i for i in range(count) if i not in picked)
        entry = Entry(picked=picked)
        return entry, (picked if len(picked) == count else None)
    if kind == "number":
        n = number_steps(question)
        position = n // 2 if entry.position is None else entry.position
        if option == LOCK:
            return Entry(position=position), number_value(question, Entry(position=position))
        if option in (DOWN, UP):
            step = number_move(question) * (1 if option == UP else -1)
            return Entry(position=max(0, min(n, position + step))), None
        return entry, None
    return entry, option


def entry_words(question: Any, entry: Optional[Entry]) -> str:
    """What the screen shows of a player's unfinished answer ("2 of 4 placed", "$150 million")."""
    kind = getattr(question, "kind", "choice")
    if kind == "order":
        return f"{len((entry or Entry()).picked)} of {len(question.items)} placed"
    if kind == "number":
        return question.show(number_value(question, entry or Entry()))
    return ""
