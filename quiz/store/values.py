"""Reading values back from the file, where anyone may have written anything:
a score stored as text, a name stored as bytes. Each reader turns what it finds
into the type the game expects, or a harmless default; none raises."""

from __future__ import annotations

import math
from typing import Any, Optional

from quiz.settings import clean_name

# Beyond this a number is not a real score; it would only overflow the screen.
LARGEST = 10**15


def text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def name(value: Any) -> str:
    """A player's name, one short line."""
    return clean_name(text(value))


def whole(value: Any) -> int:
    """A whole number (a count or a score); 0 for anything that is not one."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return max(-LARGEST, min(LARGEST, value))
    if isinstance(value, float):
        return whole(int(value)) if math.isfinite(value) else 0
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        try:
            return whole(float(text(value).strip()))
        except (ValueError, OverflowError):
            return 0
    return 0


def seconds(value: Any) -> Optional[float]:
    """A timer: a positive finite number of seconds, else None (no timer)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(text(value) if not isinstance(value, (int, float)) else value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def flag(value: Any) -> bool:
    return whole(value) != 0


def factor(value: Any) -> Optional[float]:
    """A relaxed timer's factor: a positive finite number, None for no time limit;
    anything unreadable is the normal 1."""
    if value is None:
        return None
    number = seconds(value)
    return 1.0 if number is None else number
