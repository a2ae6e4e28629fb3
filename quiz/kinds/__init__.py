"""Question kinds: everything about a question that depends on its shape.

A kind is one module here that defines a frozen dataclass subclassing
``quiz.model.Question`` and is listed in ``KINDS``. The subclass sets

- ``kind``: its name, as written in JSON (``"choice"``), and
- ``KIND_FIELDS``: its own JSON keys, in order;

adds the fields its shape needs (``choices`` and ``answer`` for ``choice``) and
implements the rules, all pure Python:

- ``accepts(response)``: is this a well-formed response (an option index, an
  order of indices, a number, a typed text — the kind decides its form). The
  round ignores anything else, so a screen may pass on what the player did.
- ``credit(response)``: the share of the points it earns, 0.0 to 1.0. Points
  are ``quiz.scoring``'s speed × difficulty times this share, so a kind shapes
  its points only here; only a full 1.0 counts as right and keeps a streak.
- ``right_text()`` and ``response_text(response)``: the words the feedback and
  the results review show for the right answer and for the player's response.
- ``shown_texts()``: every text the player sees besides the question line
  (options, items, units), for checks that look at all of a question's words.
- ``kind_json()``: the values of ``KIND_FIELDS``; ``Question.to_dict`` puts
  them between the common keys, so ``questions --json`` needs nothing else.
- ``text_lines()``: the kind's lines in the command line's text output.

A time-out is not a response: the round records it as ``None`` without asking
the kind.

Adding a kind takes this module (its rules), its view in ``quiz/ui/kinds/``
(drawing it, and turning the player's actions into a response), the generator
or pack code that makes its questions, and one line in ``KINDS`` below.
"""

from __future__ import annotations

from quiz.kinds.choice import ChoiceQuestion
from quiz.kinds.number import NumberQuestion
from quiz.kinds.order import OrderQuestion
from quiz.kinds.true_false import TrueFalseQuestion
from quiz.kinds.typed import TypedQuestion
from quiz.model import Question

KINDS: dict[str, type[Question]] = {
    ChoiceQuestion.kind: ChoiceQuestion,
    TrueFalseQuestion.kind: TrueFalseQuestion,
    NumberQuestion.kind: NumberQuestion,
    OrderQuestion.kind: OrderQuestion,
    TypedQuestion.kind: TypedQuestion,
}


def kind_named(name: str) -> type[Question]:
    """The question class of a kind; KeyError names the known kinds."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"no question kind '{name}'; known: {', '.join(KINDS)}") from None
