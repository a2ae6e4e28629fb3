"""Wrong answers of the same kind as the right one, and the guessing tricks they must defeat.

Candidates come first from the film itself (its other people, places and
values in the same pool), then from the curated pools. A candidate is never
any spelling of the right answer, nor anything the facts mark as also true.
Among the plausible candidates, the three shown are picked so that over a
whole quiz "choose the longest option" and "choose the option sharing most
words with the question" win about as often as chance.
"""

from __future__ import annotations

import itertools
import random
import re
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

# Words too common to tell options apart; ignored when counting shared words.
STOPWORDS = frozenset("""
a an and as at be by for from has have he her his in is it its of on or she that the their them
they this to was were which who whom whose with what when where how did does do one these
""".split())

WORD_RE = re.compile(r"[\w']+")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# How many of the most plausible candidates the three wrong answers are drawn from.
SHORTLIST = 7


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


# Bounded: a long session generates from many packs and seeds, and an unbounded
# cache of every text seen would only grow.
@lru_cache(maxsize=8192)
def words(text: str) -> frozenset:
    """The telling words of a text (no small words, no possessive 's), cached."""
    raw = {w.strip("'") for w in WORD_RE.findall(CJK_RE.sub(" ", text.casefold()))}
    found = {w.removesuffix("'s") for w in raw if w and w not in STOPWORDS}
    # Chinese has no spaces: its telling "words" are pairs of characters (北京, 火车).
    for run in CJK_RE.findall(text):
        found.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(found)


def longest_share(choices: Sequence[str], answer: int) -> float:
    """What "pick the longest option" scores here: 1, 0, or a share of a tie."""
    top = max(len(c) for c in choices)
    tied = [i for i, c in enumerate(choices) if len(c) == top]
    return 1 / len(tied) if answer in tied else 0.0


def overlap_share(question: str, choices: Sequence[str], answer: int) -> float:
    """What "pick the option sharing most words with the question" scores here."""
    asked = words(question)
    counts = [len(asked & words(c)) for c in choices]
    top = max(counts)
    tied = [i for i, n in enumerate(counts) if n == top]
    return 1 / len(tied) if answer in tied else 0.0


def unique(candidates: Iterable[str], taken: set[str]) -> Iterator[str]:
    """Candidates in order, dropping repeats and anything in ``taken`` (normalised).

    Lazy, so a caller that needs the first few of thousands reads only those."""
    for text in candidates:
        key = norm(text)
        if key and key not in taken:
            taken.add(key)
            yield text


def _share(own: int, others: list) -> float:
    """The answer's share of the top score when it scores ``own`` against ``others``."""
    top = max(others)
    if own < top:
        return 0.0
    if own > top:
        return 1.0
    return 1 / (1 + others.count(top))


class TrickBalance:
    """Keeps the two guessing tricks near chance across every question of a quiz.

    For each question it is told which candidate sets are possible and picks
    the one that moves each trick's running win rate towards 25%.
    """

    def __init__(self, target: float = 0.25) -> None:
        self.target = target
        self.asked = 0
        self.longest = 0.0
        self.overlap = 0.0

    def want(self, wins: float) -> float:
        """The score on this question that would bring the running rate back to target."""
        return min(1.0, max(0.0, self.target * (self.asked + 1) - wins))

    def pick(self, question: str, answer: str, candidates: Sequence[str], rng: random.Random,
             count: int = 3) -> list[str]:
        """``count`` wrong answers from the plausible front of ``candidates`` (most plausible first)."""
        shortlist = list(candidates[:max(SHORTLIST, count)])
        if len(shortlist) <= count:
            chosen = shortlist
        else:
            combos = list(itertools.combinations(range(len(shortlist)), count))
            rng.shuffle(combos)
            want_long, want_overlap = self.want(self.longest), self.want(self.overlap)
            # Each option's length and shared-word count, worked out once.
            asked = words(question)
            sizes = [len(c) for c in shortlist]
            shared = [len(asked & words(c)) for c in shortlist]
            own_size, own_shared = len(answer), len(asked & words(answer))
            best, best_cost = combos[0], None
            for combo in combos:
                cost = (abs(_share(own_size, [sizes[i] for i in combo]) - want_long)
                        + abs(_share(own_shared, [shared[i] for i in combo]) - want_overlap))
                if best_cost is None or cost < best_cost:
                    best, best_cost = combo, cost
                    if cost == 0:
                        break
            chosen = [shortlist[i] for i in best]
        self.record(question, [answer, *chosen], 0)
        return chosen

    def record(self, question: str, choices: Sequence[str], answer: int) -> None:
        self.asked += 1
        self.longest += longest_share(choices, answer)
        self.overlap += overlap_share(question, choices, answer)
