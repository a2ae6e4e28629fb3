"""The ``number`` kind: guess a number on a slider.

A response is a number within ``min``..``max``. The points rule, as the
README states it: an answer within ``margin`` of the value earns full points;
past the margin the share falls in a straight line, reaching nothing at
``reach()`` — a quarter of the slider's length — beyond the margin. Only a
full answer is right and keeps a streak.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import ClassVar, Optional

from quiz.i18n import _
from quiz.model import Question

# Past the margin, the share reaches nothing at this part of the slider's length.
REACH_SHARE = 0.25
MAX_STEPS = 100_000  # a slider with more steps than this cannot be played with keys


@dataclass(frozen=True)
class NumberQuestion(Question):
    value: float
    min: float
    max: float
    step: float
    unit: str = ""  # shown after the number ("million", "/10"); may be empty
    margin: float = 0.0  # distance that still earns full points
    prefix: str = ""  # shown before the number ("$"); part of how it reads, not of the JSON
    grouped: bool = True  # thousands set apart by commas; a year ("2018") is not

    kind: ClassVar[str] = "number"
    KIND_FIELDS: ClassVar[tuple[str, ...]] = ("value", "min", "max", "step", "unit", "margin")

    def reach(self) -> float:
        """How far past the margin the share of the points reaches nothing."""
        return (self.max - self.min) * REACH_SHARE

    def accepts(self, response: object) -> bool:
        return (isinstance(response, (int, float)) and not isinstance(response, bool)
                and math.isfinite(response) and self.min <= response <= self.max)

    def credit(self, response: object) -> float:
        if not self.accepts(response):
            return 0.0
        off = abs(response - self.value) - self.margin
        # a hair of float noise must not cost a full answer its streak
        if off <= self.step * 1e-9:
            return 1.0
        return max(0.0, round(1.0 - off / self.reach(), 3))

    def places(self) -> int:
        """Decimal places the slider shows: those of its step."""
        return _places(self.step)

    def show(self, number: float) -> str:
        """A number as this question shows it: "$209 million", "5.9/10"."""
        places = max(self.places(), _places(self.value))
        body = f"{number:,.{places}f}" if self.grouped else f"{number:.{places}f}"
        unit = self.unit
        # No space before a unit in Chinese (209百万美元, 288页), as before "/10" or "%".
        joiner = "" if not unit or unit[0] in "/%" or "\u3400" <= unit[0] <= "\u9fff" else " "
        return f"{self.prefix}{body}{joiner}{unit}"

    def right_text(self) -> str:
        return self.show(self.value)

    def response_text(self, response: object) -> str:
        return self.show(response) if self.accepts(response) else ""

    def shown_texts(self) -> tuple[str, ...]:
        return (self.show(self.min), self.show(self.max))

    def kind_json(self) -> dict:
        return {"value": _json(self.value), "min": _json(self.min), "max": _json(self.max),
                "step": _json(self.step), "unit": self.unit, "margin": _json(self.margin)}

    def text_lines(self) -> list[str]:
        step = self.show(self.step) if self.step else self.step
        return [_("Slider: {low} to {high} in steps of {step}").format(
                    low=self.show(self.min), high=self.show(self.max), step=step),
                _("Answer: {answer} (full points within {margin} of it)").format(
                    answer=self.right_text(), margin=f"{_json(self.margin):,}")]


def _json(number: float):
    return int(number) if float(number).is_integer() else number


def _places(number: float) -> int:
    text = repr(float(number))
    if "e" in text:
        return max(0, -Decimal(text).as_tuple().exponent)
    return 0 if float(number).is_integer() else len(text.split(".")[1])


def parse_number(raw) -> Optional[float]:
    """A pack's number ("209", "1,500", "5.9"), or None if it is not one."""
    try:
        value = Decimal(str(raw).replace(",", "").replace("_", "").strip())
    except InvalidOperation:
        return None
    return float(value) if value.is_finite() else None


def check_range(value: float, low: float, high: float, step: Optional[float],
                margin: Optional[float]) -> str:
    """What is wrong with a slider's numbers, in a sentence; "" when nothing is."""
    if not low < high:
        return f"min: ({low:g}) must be below max: ({high:g})"
    if not low <= value <= high:
        return f"the answer {value:g} is outside min: {low:g} to max: {high:g}"
    if step is not None:
        if step <= 0:
            return "step: must be more than 0"
        if (high - low) / step > MAX_STEPS:
            return f"step: {step:g} makes more than {MAX_STEPS:,} steps; use a bigger step"
    if margin is not None and not 0 <= margin < high - low:
        return "margin: must be 0 or more, and less than the range from min: to max:"
    return ""


def default_step(value: float, low: float, high: float) -> float:
    """The finest step that still lands on the answer and both ends: their decimals."""
    places = max(_places(value), _places(low), _places(high))
    step = 10.0 ** -places
    while (high - low) / step > MAX_STEPS:
        step *= 10
    return step


def number_from(cls, common: dict, value: float, low: float, high: float,
                step: Optional[float], unit: str, margin: Optional[float]) -> "NumberQuestion":
    """A pack's number question, with its optional values filled in."""
    return cls(**common, value=value, min=low, max=high,
               step=step if step is not None else default_step(value, low, high),
               unit=unit, margin=margin if margin is not None else 0.0)
