"""Near-miss numbers, amounts and dates, shown in the right answer's own format.

A wrong number must look like the right one (same unit, same number of
decimals, same roundness) yet be clearly different from it and from the other
options. The caller decides how many wrong options fall below the right one,
so that across a quiz the right answer's place among four sorted options is
uniform and "pick the middle" pays no better than chance.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Optional

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")


# ---------------------------------------------------------------- numbers


def decimals(text: str) -> int:
    """Decimal places as written: "5.9" has 1, "209" has 0."""
    text = text.strip()
    return len(text.split(".", 1)[1]) if "." in text else 0


def grain(value: Decimal, places: int) -> Decimal:
    """The step a look-alike keeps: 40 moves in fives, 2000000 in 500000s, 5.9 in tenths.

    A round right answer among ragged wrong ones would give itself away.
    """
    if places:
        return Decimal(1).scaleb(-places)
    whole = abs(int(value))
    if whole == 0:
        return Decimal(1)
    zeros = 0
    while whole % 10 == 0:
        whole //= 10
        zeros += 1
    if zeros == 0:
        return Decimal(1)
    return Decimal(5) * Decimal(10) ** (zeros - 1)


def format_number(value: Decimal, places: int, template: str = "{}", lang: str = "en") -> str:
    """``224453`` as "224,453", ``5.9`` as "5.9", ``-40`` as "-40", in ``template``.

    In Chinese a whole number of ten thousands is written with 万 (2000000 as
    200万), as Chinese readers count; any other number keeps every digit."""
    quantum = Decimal(1).scaleb(-places) if places else Decimal(1)
    value = value.quantize(quantum)
    if lang == "zh_CN" and not places and abs(value) >= 10000 and value % 10000 == 0:
        return template.replace("{}", _plain(value / 10000) + "万")
    text = f"{value:,.{places}f}" if abs(value) >= 10000 else f"{value:.{places}f}"
    return template.replace("{}", text)


def _plain(value: Decimal) -> str:
    """A decimal with no exponent and no trailing zeros: 2.09, 8880, 200."""
    text = format(value.normalize(), "f")
    return text


# How Chinese names an amount's currency and unit; an amount in any other is
# written as in English.
ZH_CURRENCIES = {"$": "美元", "US$": "美元", "¥": "元", "yuan": "元", "RMB": "元",
                 "HK$": "港元", "NT$": "新台币", "€": "欧元", "£": "英镑"}
UNITS = {"": 1, "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}


def format_money(value: Decimal, places: int, currency: str, unit: str, lang: str) -> str:
    """An amount as ``lang`` writes it, exactly: $209 million as 2.09亿美元,
    $88.8 million as 8880万美元; "" when that language has no words for it."""
    if lang != "zh_CN" or currency not in ZH_CURRENCIES or unit not in UNITS:
        return ""
    amount = value * UNITS[unit]
    if abs(amount) >= 10 ** 8:
        number, word = amount / 10 ** 8, "亿"
    elif abs(amount) >= 10 ** 4:
        number, word = amount / 10 ** 4, "万"
    else:
        number, word = amount, ""
    return f"{_plain(number)}{word}{ZH_CURRENCIES[currency]}"


def money_unit(currency: str, unit: str, lang: str) -> str:
    """What a slider over an amount in ``unit`` reads beside its number, in ``lang``
    (the slider keeps the fact's own numbers: 209 百万美元); "" when it has no words."""
    if lang != "zh_CN" or currency not in ZH_CURRENCIES or unit not in UNITS:
        return ""
    scale = {"": "", "thousand": "千", "million": "百万", "billion": "十亿"}[unit]
    return scale + ZH_CURRENCIES[currency]


def join_names(shown: list, lang: str = "en") -> str:
    """"A, B and C", or in Chinese "A、B和C"."""
    if len(shown) == 1:
        return shown[0]
    if lang == "zh_CN":
        return "、".join(shown[:-1]) + "和" + shown[-1]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def near_numbers(value: Decimal, places: int, below: int, rng: random.Random,
                 low: Optional[Decimal] = None, high: Optional[Decimal] = None,
                 avoid: frozenset = frozenset(), count: int = 3) -> Optional[list[Decimal]]:
    """``count`` distinct look-alikes of ``value``, ``below`` of them smaller.

    Options are spaced at least a few percent apart (and one grain at the very
    least), so none is a rounding away from the right one. Returns None when
    the bounds leave no room for ``below`` smaller (or ``count - below``
    larger) values.
    """
    step = grain(value, places)
    gap = max(step, _round_up(abs(value) * Decimal("0.07"), step))
    above = count - below
    picked: list[Decimal] = []
    for direction, how_many in ((-1, below), (1, above)):
        current = value
        for _ in range(how_many):
            for _attempt in range(20):
                # Between one and (nearly) two gaps: never a giveaway pattern, never far off.
                spacing = gap + step * rng.randrange(0, max(1, int(gap / step)))
                candidate = current + direction * spacing
                if candidate in avoid:
                    current = candidate  # skip over a value that is true elsewhere
                    continue
                break
            if (low is not None and candidate < low) or (high is not None and candidate > high):
                return None
            if value > 0 and candidate <= 0:
                return None  # a positive amount stays positive
            picked.append(candidate)
            current = candidate
    return picked


def _round_up(value: Decimal, step: Decimal) -> Decimal:
    units = (value / step).to_integral_value(rounding="ROUND_CEILING")
    return units * step


# ---------------------------------------------------------------- dates


def parse_date(text: str) -> tuple[date, str]:
    """"2018-04-28" → (date, "day"); "2018-06" → (date, "month"); "2018" → (date, "year")."""
    parts = text.strip().split("-")
    if len(parts) == 3:
        return date(int(parts[0]), int(parts[1]), int(parts[2])), "day"
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 1), "month"
    if len(parts) == 1 and parts[0].isdigit():
        return date(int(parts[0]), 1, 1), "year"
    raise ValueError(f"'{text}' is not a date like 2018-04-28, 2018-06 or 2018")


def format_date(day: date, precision: str = "day", lang: str = "en") -> str:
    if lang == "zh_CN":
        if precision == "year":
            return f"{day.year}年"
        if precision == "month":
            return f"{day.year}年{day.month}月"
        return f"{day.year}年{day.month}月{day.day}日"
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def near_dates(day: date, precision: str, below: int, rng: random.Random,
               avoid: frozenset = frozenset(), count: int = 3) -> list[date]:
    """``count`` distinct dates near ``day`` at the same precision, ``below`` of them earlier.

    Days land one to three weeks apart, months one to three months apart,
    years one to two years apart: close enough to tempt, far enough to be
    plainly different. Dates in ``avoid`` (true dates of other facts) are
    skipped.
    """
    picked: list[date] = []
    for direction, how_many in ((-1, below), (1, count - below)):
        current = day
        for _ in range(how_many):
            while True:
                if precision == "day":
                    current = current + timedelta(days=direction * rng.randint(5, 19))
                elif precision == "month":
                    current = _shift_months(current, direction * rng.randint(1, 3))
                else:
                    current = date(current.year + direction * rng.randint(1, 2), 1, 1)
                if current not in avoid:
                    break
            picked.append(current)
    return picked
