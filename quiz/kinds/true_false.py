"""The ``true_false`` kind: a statement, answered True or False.

A response is the index of an option, as for ``choice``: 0 is True and 1 is
False, always in that order. Right is all the points, anything else none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from quiz.i18n import N_, _
from quiz.model import Question

TRUE, FALSE = 0, 1
CHOICES = (N_("True"), N_("False"))  # the JSON keeps these; players read them translated


@dataclass(frozen=True)
class TrueFalseQuestion(Question):
    answer: int  # TRUE or FALSE
    # The fact's true value the statement is about ("Jing Boran"), so a round can keep
    # questions apart that would give it away; "" when the statement has none (packs).
    # Not part of the JSON: a player never sees it as an option.
    subject: str = ""

    kind: ClassVar[str] = "true_false"
    KIND_FIELDS: ClassVar[tuple[str, ...]] = ("choices", "answer")

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(_(choice) for choice in CHOICES)

    @property
    def correct(self) -> str:
        return _(CHOICES[self.answer])

    @property
    def true(self) -> bool:
        return self.answer == TRUE

    def accepts(self, response: object) -> bool:
        return (isinstance(response, int) and not isinstance(response, bool)
                and response in (TRUE, FALSE))

    def credit(self, response: object) -> float:
        return 1.0 if self.accepts(response) and response == self.answer else 0.0

    def right_text(self) -> str:
        return self.correct

    def key_answer(self) -> str:
        return self.subject

    def response_text(self, response: object) -> str:
        return _(CHOICES[response]) if self.accepts(response) else ""

    def shown_texts(self) -> tuple[str, ...]:
        return CHOICES

    def kind_json(self) -> dict:
        return {"choices": list(CHOICES), "answer": self.answer}

    def text_lines(self) -> list[str]:
        true, false = f"A) {_(CHOICES[0])}", f"B) {_(CHOICES[1])}"
        return [true, false, _("Answer: {answer}").format(answer=true if self.true else false)]
