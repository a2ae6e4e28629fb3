"""The question record shared by the generator, the packs, the rounds and the screens.

``Question`` holds what every question has; each kind of question (see
``quiz.kinds``) is a subclass that adds its own fields and answers the
kind-dependent questions: is a response well formed, how much of it is right,
how the review words it, what its JSON holds. ``Question`` itself cannot be
made: a question always has a kind.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

DIFFICULTIES = ("easy", "medium", "hard")

# The JSON keys every question has: these before the kind's own keys, ...
HEAD_FIELDS = ("id", "kind", "fact", "category", "difficulty", "question")
# ... and these after them.
TAIL_FIELDS = ("explanation", "source")


@dataclass(frozen=True)
class Question(ABC):
    id: str
    fact: str  # id of the fact asked about; two questions on one fact never share a round
    category: str
    difficulty: str  # one of DIFFICULTIES
    question: str
    explanation: str
    source: str  # article section, or the pack file for custom packs

    # The kind's name: a key of quiz.kinds.KINDS and of the JSON contract.
    kind: ClassVar[str]
    # The kind's own JSON keys, in order, between HEAD_FIELDS and TAIL_FIELDS.
    KIND_FIELDS: ClassVar[tuple[str, ...]]

    @abstractmethod
    def accepts(self, response: object) -> bool:
        """Whether ``response`` is a well-formed response to this question; others are ignored."""

    @abstractmethod
    def credit(self, response: object) -> float:
        """The share of the points ``response`` earns: 1.0 right, 0.0 wrong, between for partly right."""

    def kept_credit(self, kept: object) -> float:
        """The share of the points a time-out keeps of an answer left unfinished (``kept``,
        in the kind's own form): nothing, unless the kind says otherwise."""
        return 0.0

    @abstractmethod
    def right_text(self) -> str:
        """The right answer, as the feedback and the review show it."""

    def key_answer(self) -> str:
        """The answer other questions of a round must not give away ("" for none)."""
        return self.right_text()

    @abstractmethod
    def response_text(self, response: object) -> str:
        """The player's response, as the feedback and the review show it."""

    @abstractmethod
    def shown_texts(self) -> tuple[str, ...]:
        """Every text the player sees for this question besides the question line."""

    @abstractmethod
    def kind_json(self) -> dict:
        """The values of ``KIND_FIELDS``, JSON-ready."""

    @abstractmethod
    def text_lines(self) -> list[str]:
        """The kind's part of the command line's text output (options and answer)."""

    @classmethod
    def json_fields(cls) -> tuple[str, ...]:
        """The exact keys of this kind's JSON object, in order."""
        return HEAD_FIELDS + cls.KIND_FIELDS + TAIL_FIELDS

    def to_dict(self) -> dict:
        head = {"id": self.id, "kind": self.kind, "fact": self.fact, "category": self.category,
                "difficulty": self.difficulty, "question": self.question}
        return {**head, **self.kind_json(),
                "explanation": self.explanation, "source": self.source}
