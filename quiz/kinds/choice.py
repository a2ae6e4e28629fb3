"""The ``choice`` kind: pick one of two to four options (true/false is two options).

A response is the index of an option. Right is all the points, anything else
none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from quiz.i18n import _
from quiz.model import Question

# The option letters shown on the buttons, on the command line and bound to keys.
LETTERS = "ABCD"


@dataclass(frozen=True)
class ChoiceQuestion(Question):
    choices: tuple[str, ...]  # 2 to 4 options, as shown
    answer: int  # index into choices

    kind: ClassVar[str] = "choice"
    KIND_FIELDS: ClassVar[tuple[str, ...]] = ("choices", "answer")

    @property
    def correct(self) -> str:
        return self.choices[self.answer]

    def accepts(self, response: object) -> bool:
        return (isinstance(response, int) and not isinstance(response, bool)
                and 0 <= response < len(self.choices))

    def credit(self, response: object) -> float:
        return 1.0 if self.accepts(response) and response == self.answer else 0.0

    def right_text(self) -> str:
        return self.correct

    def response_text(self, response: object) -> str:
        return self.choices[response] if self.accepts(response) else ""

    def shown_texts(self) -> tuple[str, ...]:
        return self.choices

    def kind_json(self) -> dict:
        return {"choices": list(self.choices), "answer": self.answer}

    def text_lines(self) -> list[str]:
        lines = [f"{LETTERS[i]}) {choice}" for i, choice in enumerate(self.choices)]
        lines.append(_("Answer: {answer}").format(answer=f"{LETTERS[self.answer]}) {self.correct}"))
        return lines
