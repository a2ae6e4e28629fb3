"""How each kind of question looks: one view module per ``question.kind``.

A view module draws the answers while a question is asked and after it is
answered (``fit_answers``, ``draw_answers``), words the verdict
(``verdict_text``), says which keys answer (``answer_hint``) and gives the
review's lines for an answer (``review_lines``). A new kind adds its module
here and one entry in ``VIEWS``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from quiz.ui.kinds import choice, number, order, true_false, typed

VIEWS: dict[str, ModuleType] = {
    "choice": choice,
    "true_false": true_false,
    "number": number,
    "order": order,
    "typed": typed,
}


def view_for(question: Any) -> ModuleType:
    """The view module that draws this question's kind (a kind without one is a KeyError)."""
    return VIEWS[question.kind]
