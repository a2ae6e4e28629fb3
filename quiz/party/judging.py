"""Whether an answer is right: the one place that knows what an answer looks like.

The modes only ask a judge, so question formats other than picking an option
(typed answers, true/false) plug in by passing their own judge to the party.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from quiz.model import Question

# (question, answer given) -> True/False, or None when it is no answer to this
# question at all (an option it does not have): that input is ignored.
Judge = Callable[[Question, Any], Optional[bool]]


def choice_judge(question: Question, choice: Any) -> Optional[bool]:
    """An option's index, from 0."""
    if isinstance(choice, bool) or not isinstance(choice, int):
        return None
    if not 0 <= choice < len(question.choices):
        return None
    return choice == question.answer
