"""The player's settings.

Settings come back from disk, where anything may have happened to them, so
``Settings.from_dict`` takes whatever it is given: a value it cannot use falls
back to the default for that field, and it never raises.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, fields
from typing import Any, Optional

from quiz.bindings import Bindings

QUESTION_COUNTS = (5, 10, 15, 20)
TIMERS = (None, 10, 15, 20, 30)
DEFAULT_PACKS = ("us-and-them",)
# Long enough for any real name, short enough for a score table row.
NAME_MAX_LENGTH = 24
# The command line accepts these ranges too, so settings taken from it survive.
MAX_QUESTIONS = 500
TIMER_RANGE = (3, 600)
# Which kinds of question a round asks: every kind, or the classic four options only.
MIXED = "mixed"
CLASSIC = "classic"
FORMATS = (MIXED, CLASSIC)
FORMAT_KINDS = {MIXED: None, CLASSIC: ("choice",)}  # None: every kind
LANGUAGES = ("en", "zh_CN")  # the same codes as quiz.i18n.LANGUAGES
TEXT_SIZES = (100, 125, 150, 175, 200)  # per cent of the normal text size
# Relaxed timers: the round's timer is multiplied by the factor; None takes the limit away.
TIME_FACTORS = (1.0, 1.5, 2.0, 4.0, None)


@dataclass(frozen=True)
class Settings:
    sound: bool = True
    volume: float = 0.7  # 0..1
    music: bool = True  # the party's music loops (under Sound: off there silences it too)
    auto_advance: bool = False
    streak_bonus: bool = True
    fullscreen: bool = False
    reduced_motion: bool = False
    questions: int = 10
    timer: Optional[int] = 20  # seconds per question, None for no timer
    category: Optional[str] = None  # None: every category
    difficulty: Optional[str] = None  # None: mixed
    formats: str = "mixed"  # MIXED: every kind of question; CLASSIC: four-option choice only
    packs: tuple[str, ...] = DEFAULT_PACKS
    last_name: str = ""
    bindings: Bindings = Bindings()  # the players' answer keys
    language: Optional[str] = None  # one of LANGUAGES; None follows the system's locale
    text_size: int = 100  # one of TEXT_SIZES
    time_factor: Optional[float] = 1.0  # one of TIME_FACTORS
    speed_points: bool = True  # False: accuracy only, any right answer earns full points
    high_contrast: bool = False
    read_aloud: bool = False  # speak each question, where the system has a speech engine

    def to_dict(self) -> dict:
        return {
            "sound": self.sound,
            "volume": self.volume,
            "music": self.music,
            "auto_advance": self.auto_advance,
            "streak_bonus": self.streak_bonus,
            "fullscreen": self.fullscreen,
            "reduced_motion": self.reduced_motion,
            "questions": self.questions,
            "timer": self.timer,
            "category": self.category,
            "difficulty": self.difficulty,
            "formats": self.formats,
            "packs": list(self.packs),
            "last_name": self.last_name,
            "bindings": self.bindings.to_dict(),
            "language": self.language,
            "text_size": self.text_size,
            "time_factor": self.time_factor,
            "speed_points": self.speed_points,
            "high_contrast": self.high_contrast,
            "read_aloud": self.read_aloud,
        }

    @classmethod
    def from_dict(cls, data: Any) -> "Settings":
        """Settings from a dict read from disk; bad or unknown values become defaults."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values = {}
        for field in fields(cls):
            if field.name not in data:
                continue
            parsed = _PARSERS[field.name](data[field.name])
            if parsed is not _BAD:
                values[field.name] = parsed
        return cls(**{f.name: values.get(f.name, getattr(defaults, f.name)) for f in fields(cls)})


def clean_name(text: Any) -> str:
    """A player's name fit for a score table: one line, no control characters, not too long."""
    if not isinstance(text, str):
        return ""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Zl", "Zp") or char in "\t\r\n":
            kept.append(" ")
        elif category[0] != "C":  # control, format, surrogate, private use, unassigned
            kept.append(char)
    name = " ".join("".join(kept).split())
    return name[:NAME_MAX_LENGTH].rstrip()


# -- parsing values from disk ---------------------------------------------

_BAD = object()
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return _BAD


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _BAD
    if isinstance(value, int):
        return value  # always finite; math.isfinite would overflow on huge ones
    return value if math.isfinite(value) else _BAD


def _volume(value: Any) -> Any:
    number = _number(value)
    if number is _BAD:
        return _BAD
    return float(min(1.0, max(0.0, number)))


def _whole(value: Any) -> Any:
    number = _number(value)
    if number is _BAD or (isinstance(number, float) and not number.is_integer()):
        return _BAD
    return int(number)


def _questions(value: Any) -> Any:
    count = _whole(value)
    if count is _BAD or not 1 <= count <= MAX_QUESTIONS:
        return _BAD
    return count


def _timer(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() == "off":
        return None
    seconds = _whole(value)
    if seconds is _BAD or not TIMER_RANGE[0] <= seconds <= TIMER_RANGE[1]:
        return _BAD
    return seconds


def _category(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 200:
        return _BAD
    value = value.strip()
    return value or None


def _difficulty(value: Any) -> Any:
    from quiz.model import DIFFICULTIES  # here: the question model is not needed to open the window

    if value is None or value in DIFFICULTIES:
        return value
    return _BAD


def _packs(value: Any) -> Any:
    if not isinstance(value, (list, tuple)):
        return _BAD
    ids: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            return _BAD
        if item.strip() not in ids:
            ids.append(item.strip())
    return tuple(ids) if ids else _BAD


def _name(value: Any) -> Any:
    if not isinstance(value, str):
        return _BAD
    return clean_name(value)


def _bindings(value: Any) -> Any:
    bindings, problem = Bindings.read(value)
    return _BAD if problem else bindings


def _language(value: Any) -> Any:
    return value if value is None or value in LANGUAGES else _BAD


def _text_size(value: Any) -> Any:
    size = _whole(value)
    return size if size in TEXT_SIZES else _BAD


def _time_factor(value: Any) -> Any:
    if value is None:
        return None
    factor = _number(value)
    if factor is _BAD:
        return _BAD
    return float(factor) if float(factor) in TIME_FACTORS else _BAD


_PARSERS = {
    "sound": _bool,
    "volume": _volume,
    "auto_advance": _bool,
    "streak_bonus": _bool,
    "fullscreen": _bool,
    "reduced_motion": _bool,
    "music": _bool,
    "questions": _questions,
    "timer": _timer,
    "category": _category,
    "difficulty": _difficulty,
    "formats": lambda value: value if value in FORMATS else _BAD,
    "packs": _packs,
    "last_name": _name,
    "bindings": _bindings,
    "language": _language,
    "text_size": _text_size,
    "time_factor": _time_factor,
    "speed_points": _bool,
    "high_contrast": _bool,
    "read_aloud": _bool,
}
