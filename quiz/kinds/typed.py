"""The ``typed`` kind: type the answer — a person, a company, a place, a short title.

``answer`` is the canonical text shown as the right answer; ``accepted`` every
spelling that counts, the canonical one first (the facts record some people
and companies under several). A response is the text typed. The rule, as the
README states it: a response matching any accepted spelling earns full points,
ignoring case, accents, spacing and punctuation; for a spelling of 8 letters
or more one typo (a letter added, dropped or changed) still earns full points,
and the feedback says it was close enough. Anything else earns nothing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from quiz.i18n import _
from quiz.model import Question

TYPO_FROM = 8  # letters a spelling needs before one typo is forgiven


def normal(text: str) -> str:
    """Text as compared: accents off (NFKD), case folded, only letters and digits kept."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in decomposed.casefold()
                   if not unicodedata.combining(ch) and ch.isalnum())


def within_one(a: str, b: str) -> bool:
    """Whether two texts are at most one edit (insert, delete, change) apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


@dataclass(frozen=True)
class TypedQuestion(Question):
    answer: str  # the canonical text
    accepted: tuple[str, ...]  # every spelling that counts, ``answer`` first

    kind: ClassVar[str] = "typed"
    KIND_FIELDS: ClassVar[tuple[str, ...]] = ("answer", "accepted")

    def accepts(self, response: object) -> bool:
        return isinstance(response, str) and bool(response.strip())

    def _spellings(self) -> list[str]:
        return [n for n in (normal(s) for s in (self.answer, *self.accepted)) if n]

    def exact(self, response: object) -> bool:
        """Whether the response is one of the spellings, ignoring case, accents, spacing, punctuation."""
        return self.accepts(response) and normal(response) in self._spellings()

    def close_enough(self, response: object) -> bool:
        """Whether the response is one typo away from a long spelling (and not exact)."""
        if not self.accepts(response) or self.exact(response):
            return False
        typed = normal(response)
        return bool(typed) and any(len(s) >= TYPO_FROM and within_one(typed, s)
                                   for s in self._spellings())

    def credit(self, response: object) -> float:
        return 1.0 if self.exact(response) or self.close_enough(response) else 0.0

    def right_text(self) -> str:
        return self.answer

    def response_text(self, response: object) -> str:
        return response.strip() if self.accepts(response) else ""

    def shown_texts(self) -> tuple[str, ...]:
        return ()  # nothing is shown but a box to type in

    def kind_json(self) -> dict:
        return {"answer": self.answer, "accepted": list(self.accepted)}

    def text_lines(self) -> list[str]:
        lines = [_("Answer: {answer} (typed)").format(answer=self.answer)]
        others = [s for s in self.accepted if s != self.answer]
        if others:
            lines.append(_("Also accepted: {spellings}").format(spellings=", ".join(others)))
        return lines
