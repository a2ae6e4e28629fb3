"""The question record shared by the generator, the packs, the rounds and the screens."""

from __future__ import annotations

from dataclasses import dataclass

DIFFICULTIES = ("easy", "medium", "hard")

# The exact keys of a question in JSON output, in order.
QUESTION_FIELDS = (
    "id",
    "fact",
    "category",
    "difficulty",
    "question",
    "choices",
    "answer",
    "explanation",
    "source",
)


@dataclass(frozen=True)
class Question:
    id: str
    fact: str  # id of the fact asked about; two questions on one fact never share a round
    category: str
    difficulty: str  # one of DIFFICULTIES
    question: str
    choices: tuple[str, ...]  # 2 to 4 options
    answer: int  # index into choices
    explanation: str
    source: str  # article section, or the pack file for custom packs

    @property
    def correct(self) -> str:
        return self.choices[self.answer]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "fact": self.fact,
            "category": self.category,
            "difficulty": self.difficulty,
            "question": self.question,
            "choices": list(self.choices),
            "answer": self.answer,
            "explanation": self.explanation,
            "source": self.source,
        }
