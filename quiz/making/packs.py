"""A custom pack's questions of the kinds other than ``choice``, from its checked entries."""

from __future__ import annotations

from typing import Optional

from quiz.kinds.true_false import FALSE, TRUE, TrueFalseQuestion
from quiz.model import Question


def other_kind(entry, qid: str, source: str) -> Optional[Question]:
    """The question an entry of type true_false or number makes; None for choice."""
    common = dict(id=qid, fact=qid, category=entry.category, difficulty=entry.difficulty,
                  question=entry.question, explanation=entry.explanation, source=source)
    if entry.type == "true_false":
        return TrueFalseQuestion(**common, answer=TRUE if entry.answer == "true" else FALSE)
    if entry.type == "number":
        from quiz.kinds.number import NumberQuestion, number_from

        return number_from(NumberQuestion, common, *entry.number)
    return None
