"""A custom pack's questions of the kinds other than ``choice``, from its checked entries."""

from __future__ import annotations

import random
from typing import Optional

from quiz.kinds.true_false import FALSE, TRUE, TrueFalseQuestion
from quiz.model import Question


def other_kind(entry, qid: str, source: str, rng: Optional[random.Random] = None) -> Optional[Question]:
    """The question an entry of type true_false, number, order or typed makes; None for choice.
    ``rng`` shuffles an order question's items (never leaving them first to last)."""
    common = dict(id=qid, fact=qid, category=entry.category, difficulty=entry.difficulty,
                  question=entry.question, explanation=entry.explanation, source=source)
    if entry.type == "true_false":
        return TrueFalseQuestion(**common, answer=TRUE if entry.answer == "true" else FALSE)
    if entry.type == "number":
        from quiz.kinds.number import NumberQuestion, number_from

        return number_from(NumberQuestion, common, *entry.number)
    if entry.type == "order":
        from quiz.kinds.order import OrderQuestion

        rng = rng or random.Random(qid)
        right = list(range(len(entry.items)))
        shown = list(right)
        while shown == right:
            rng.shuffle(shown)
        return OrderQuestion(**common, items=tuple(entry.items[i] for i in shown),
                             order=tuple(sorted(right, key=lambda k: shown[k])))
    if entry.type == "typed":
        from quiz.kinds.typed import TypedQuestion

        return TypedQuestion(**common, answer=entry.answer, accepted=(entry.answer, *entry.accept))
    return None
