"""What a party has seen together, so its deck asks what the players together
have met least.

``quiz.freshness.combine`` adds up the players' histories; here each player who
has never met a fact also makes it look a day older (as a miss does), so among
facts someone has seen, those most of the table has not come first. Facts nobody
has met still come before all of them, and a recent miss still comes back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from quiz.freshness import MISS_WEIGHT, Seen, combine


def together(histories: Sequence[Mapping[str, Seen]]) -> dict[str, Seen]:
    """fact -> what the players (one history each) have seen of it, as one history."""
    merged = combine(histories)
    out: dict[str, Seen] = {}
    for fact, seen in merged.items():
        met = sum(1 for history in histories if fact in history and history[fact].asked > 0)
        out[fact] = replace(seen, last_asked=seen.last_asked - (len(histories) - met) * MISS_WEIGHT)
    return out
