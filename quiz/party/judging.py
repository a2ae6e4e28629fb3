"""Whether an answer is right: the one place that knows what an answer looks like.

The modes only ask a judge. The default asks the question's kind, so every
format the kinds define plays in a party; a party may pass its own judge.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from quiz.model import Question

# (question, answer given) -> True/False, or None when it is no answer to this
# question at all (an option it does not have): that input is ignored.
Judge = Callable[[Question, Any], Optional[bool]]


def by_kind(question: Question, response: Any) -> Optional[bool]:
    """The question's own kind decides (``quiz.kinds``): a full answer is right."""
    if not question.accepts(response):
        return None
    return question.credit(response) >= 1.0


def right_response(question: Question) -> Any:
    """The right answer in the form an answer to its kind takes: the option, the order of
    the items, the number, the canonical text."""
    kind = getattr(question, "kind", "choice")
    if kind == "order":
        return tuple(question.order)
    if kind == "number":
        return question.value
    return question.answer
