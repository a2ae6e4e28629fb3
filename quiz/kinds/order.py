"""The ``order`` kind: put four items in order, first to last.

``items`` are shown in that order; ``order`` lists their indices first to last.
A response is the player's order, the same kind of list. The points rule, as
the README states it: the share of the points is the share of items in the
right place (two of four in place, half the points); only all four in place
is right and keeps a streak. A time-out keeps the items already placed: each
in its right place still earns its share, though the answer never counts as right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from quiz.i18n import _
from quiz.model import Question


@dataclass(frozen=True)
class OrderQuestion(Question):
    items: tuple[str, ...]  # as shown
    order: tuple[int, ...]  # indices of items, first to last

    kind: ClassVar[str] = "order"
    KIND_FIELDS: ClassVar[tuple[str, ...]] = ("items", "order")

    def accepts(self, response: object) -> bool:
        if not isinstance(response, (tuple, list)) or len(response) != len(self.items):
            return False
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in response):
            return False
        return sorted(response) == list(range(len(self.items)))

    def credit(self, response: object) -> float:
        if not self.accepts(response):
            return 0.0
        placed = sum(mine == right for mine, right in zip(response, self.order))
        return placed / len(self.items)

    def kept_credit(self, kept: object) -> float:
        """The share for picks placed first-to-last before time ran out (fewer than all, or all
        of them unconfirmed)."""
        if not isinstance(kept, (tuple, list)) or len(kept) > len(self.items):
            return 0.0
        if not all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(self.items)
                   for i in kept) or len(set(kept)) != len(kept):
            return 0.0
        placed = sum(mine == right for mine, right in zip(kept, self.order))
        return placed / len(self.items)

    def in_order(self, indices) -> list[str]:
        return [self.items[i] for i in indices]

    def right_text(self) -> str:
        return " → ".join(self.in_order(self.order))

    def key_answer(self) -> str:
        return ""  # no one answer: the items are all shown, and the deck checks them as text

    def response_text(self, response: object) -> str:
        return " → ".join(self.in_order(response)) if self.accepts(response) else ""

    def shown_texts(self) -> tuple[str, ...]:
        return self.items

    def kind_json(self) -> dict:
        return {"items": list(self.items), "order": list(self.order)}

    def text_lines(self) -> list[str]:
        lines = [f"{n}) {item}" for n, item in enumerate(self.items, 1)]
        lines.append(_("Order: {numbers} ({items})").format(
            numbers=", ".join(str(i + 1) for i in self.order), items=self.right_text()))
        return lines
