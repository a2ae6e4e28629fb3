"""Put-in-order questions from a film's sequences: four of its items, shown shuffled.

Each sequence with ``order:`` phrasings makes one question for every four of its
items that lie within five places of each other (close beats are the hard
ones), shown in an order the seed shuffles and never already first to last.
All of a sequence's order questions share one fact, so a round asks at most
one of them.
"""

from __future__ import annotations

import itertools
import random

from quiz.facts.records import Film
from quiz.kinds.order import OrderQuestion
from quiz.making.fill import fill

COUNT = 4
SPREAD = 5  # the four items lie within this many places of the sequence


def orderings(film: Film, rng: random.Random) -> list[OrderQuestion]:
    out = []
    for seq in film.sequences:
        if not seq.ordering or len(seq.items) < COUNT:
            continue
        texts = [fill(p, film, {}) for p in seq.ordering]
        for picked in itertools.combinations(range(len(seq.items)), COUNT):
            if picked[-1] - picked[0] >= SPREAD:
                continue
            shown = list(picked)
            while shown == list(picked):
                rng.shuffle(shown)
            items = tuple(seq.items[i] for i in shown)
            order = tuple(sorted(range(COUNT), key=lambda k: shown[k]))
            steps = [seq.items[i] for i in picked]
            if film.language == "zh_CN":
                explanation = "从先到后依次是：" + "；".join(steps) + "。"
            else:
                explanation = "First to last: " + "; ".join(steps) + "."
            out.append(OrderQuestion(
                id=f"{film.id}/{seq.id}/order-" + "-".join(str(i + 1) for i in picked),
                fact=f"{film.id}/{seq.id}/order", category=seq.category,
                difficulty=seq.difficulty, question=rng.choice(texts),
                explanation=explanation, source=seq.section,
                items=items, order=order))
    return out
