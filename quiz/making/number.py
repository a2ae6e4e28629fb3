"""Slider questions from a film's numeric facts (gross, takings, views, pages, ratings,
rating counts, ranks) and its years.

The slider's range comes from the fact: its bounds when it has both (a score
out of ten), else a round span about one and a half to two and a half times
the value, placed so that the answer sits anywhere from 15% to 85% along it but
never in the middle fifth — like the right option's place in a choice question,
its place must tell nothing. The step is a round hundredth or so of the span
(never finer than the value is written); the margin of full points is a
fortieth of the span, and at least one step when the value is not on a step.

A year (a date written as a year alone) has no zero to measure from, so its
slider spans ten to twenty-five years, in steps of one, dealt around it the
same way.
"""

from __future__ import annotations

import math
import random
from decimal import Decimal

from quiz.facts.records import DateValue, Film, NumberValue
from quiz.kinds.number import NumberQuestion
from quiz.making.fill import fill
from quiz.numbers import money_unit

NICE = (1, 2, 5, 10)
MIDDLE = (0.4, 0.6)  # the answer never sits here along the slider
YEARS = (10, 25)  # how many years a year's slider spans


def nice(x: float) -> float:
    """The smallest round number (1, 2 or 5 times a power of ten) at least ``x``."""
    if x <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(x))
    for n in NICE:
        if n * power >= x * (1 - 1e-12):
            return n * power
    return 10 * power


def _on_grid(x: float, step: float) -> float:
    return round(round(x / step) * step, 10)


def slider(value: NumberValue, rng: random.Random) -> dict:
    """min, max, step, margin, prefix and unit for a slider asking for ``value``."""
    v = float(value.value)
    grain = 10.0 ** -value.places
    low = float(value.low) if value.low is not None else (0.0 if v > 0 else None)
    high = float(value.high) if value.high is not None else None
    if low is not None and high is not None:
        lo, hi = low, high
        step = max(grain, nice((hi - lo) / 100))
    else:
        for _ in range(50):  # rounding the ends may move it into the middle: deal again
            lo, hi, step = _around(v, grain, low, rng)
            if not MIDDLE[0] < (v - lo) / (hi - lo) < MIDDLE[1]:
                break
    margin = _on_grid((hi - lo) / 40, step) if (hi - lo) / 40 >= step else 0.0
    if abs((v - lo) / step - round((v - lo) / step)) > 1e-9:
        margin = max(margin, step)  # the answer lies between steps: the nearest is full points
    before, _, after = value.template.partition("{}")
    if value.money is not None and money_unit(*value.money, value.lang):
        # The slider keeps the fact's own numbers, so the unit says what they count.
        before, after = "", money_unit(*value.money, value.lang)
    return dict(min=round(lo, 10), max=round(hi, 10), step=step, margin=margin,
                prefix=before, unit=after.strip())


def year_slider(year: int, rng: random.Random) -> dict:
    """min, max, step and margin for a slider asking for ``year``: whole years, exact for full points."""
    while True:
        span = rng.randint(*YEARS)
        below = rng.randint(1, span - 1)
        if not MIDDLE[0] <= below / span <= MIDDLE[1] and 0.15 <= below / span <= 0.85:
            break
    return dict(min=float(year - below), max=float(year - below + span), step=1.0, margin=0.0,
                prefix="", unit="", grouped=False)


def _around(v: float, grain: float, low, rng: random.Random) -> tuple[float, float, float]:
    """A range and step for a value without both bounds, the value dealt a place along it."""
    while True:
        where = rng.uniform(0.15, 0.85)
        if not MIDDLE[0] <= where <= MIDDLE[1]:
            break
    span = abs(v) * rng.uniform(1.5, 2.5) if v else 10.0
    lo = v - where * span
    if low is not None and lo < low:
        # The range cannot start below its floor (no gross under zero): a longer
        # span from the floor puts the answer where it was dealt instead.
        lo = low
        span = (v - lo) / where
    step = max(grain, nice(span / 100))
    end = 5 * step  # the ends fall on round numbers
    lo = math.floor(lo / end) * end
    if low is not None:
        lo = max(lo, low)
    hi = math.ceil((v + (1 - where) * span) / end) * end
    return lo, hi, step


def sliders(film: Film, drafts: list, rng: random.Random) -> list[NumberQuestion]:
    """A slider question for each direction of a fact whose answer is one number or a year."""
    out = []
    for draft in drafts:
        if draft.kind != "fact":
            continue
        fact, direction = draft.item, draft.direction
        value = fact.values.get(direction.answer)
        if isinstance(value, DateValue) and value.precision == "year":
            number, shape = float(value.day.year), year_slider(value.day.year, rng)
            if value.lang == "zh_CN":
                shape["unit"] = "年"  # 2018年, as the Chinese question's options write it
        elif isinstance(value, NumberValue):
            try:
                number, shape = float(value.value), slider(value, rng)
            except (ArithmeticError, ValueError, OverflowError):
                continue  # a number too big or too fine for a slider (a hostile film) is asked otherwise
        else:
            continue
        if not all(math.isfinite(shape[k]) for k in ("min", "max", "step", "margin")) \
                or (shape["max"] - shape["min"]) / shape["step"] > 10_000:
            continue
        question = rng.choice([fill(p, film, fact.values) for p in direction.phrasings])
        out.append(NumberQuestion(
            id=f"{draft.id}/number", fact=draft.fact, category=draft.category,
            difficulty=draft.difficulty, question=question,
            explanation=fill(fact.explanation, film, fact.values, value.show()),
            source=draft.source, value=number, **shape))
    return out
