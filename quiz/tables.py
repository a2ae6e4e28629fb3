"""Which high-score table a round belongs to, and the words that name it.

A ``TableKey`` is what the store files a score under: the set of packs, the
round's length and timer, whether the streak bonus was on and the play mode.
Its label ("10 questions, 20 s") is made only for showing, by ``label``; no
code compares labels, so the wording can change (or be translated) freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from quiz.i18n import N_, _, ngettext, pgettext

SOLO = "solo"
DAILY = "daily:"  # a daily challenge's mode is DAILY + its date, one table per day
PARTY = "party:"  # a party's mode is PARTY + its party mode ("party:everyone"), apart from solo

# How each party mode is named in a table's label.
PARTY_MODE_WORDS = {"everyone": N_("everyone answers"), "buzz": N_("buzz in"), "turns": N_("take turns")}


def daily_mode(day) -> str:
    """The mode of the daily challenge of ``day`` (a ``datetime.date``)."""
    return DAILY + day.isoformat()


def party_mode(mode: str) -> str:
    """The table mode of a party played in party mode ``mode`` ("everyone", "buzz", "turns")."""
    return PARTY + mode


def is_party(key: "TableKey") -> bool:
    return key.mode.startswith(PARTY)


@dataclass(frozen=True)
class TableKey:
    pack_set: str  # pack ids, sorted and joined by "+": see ``pack_set_of``
    questions: int  # questions asked in the round
    timer: Optional[float]  # seconds per question; None without a countdown
    streak_bonus: bool = True
    mode: str = SOLO
    formats: str = "mixed"  # "mixed" (every kind of question) or "classic" (four options only)
    # Relaxed timers: the timer above was multiplied by this; None took the limit away.
    time_factor: Optional[float] = 1.0
    speed_points: bool = True  # False: accuracy only, every right answer earned full points

    def __post_init__(self) -> None:
        # 20 and 20.0 are one timer: equal keys must file scores in one table.
        if self.timer is not None:
            object.__setattr__(self, "timer", float(self.timer))
        object.__setattr__(self, "questions", int(self.questions))
        object.__setattr__(self, "streak_bonus", bool(self.streak_bonus))
        object.__setattr__(self, "speed_points", bool(self.speed_points))
        if self.time_factor is not None:
            object.__setattr__(self, "time_factor", float(self.time_factor))

    @property
    def relaxed(self) -> bool:
        """Played with more time, no time limit, or without speed points."""
        return self.time_factor != 1.0 or not self.speed_points

    @property
    def pack_ids(self) -> list[str]:
        return [p for p in self.pack_set.split("+") if p]


def pack_set_of(pack_ids: Iterable[str]) -> str:
    """Names a set of packs the same way whatever order they were chosen in."""
    return "+".join(sorted({str(p) for p in pack_ids}))


def key_for(pack_ids: Iterable[str], questions: int, timer: Optional[float],
            streak_bonus: bool, mode: str = SOLO, formats: str = "mixed",
            time_factor: Optional[float] = 1.0, speed_points: bool = True) -> TableKey:
    """The table a round with these packs and rules goes into."""
    return TableKey(pack_set_of(pack_ids), questions, timer, streak_bonus, mode, formats,
                    time_factor, speed_points)


def plural(n: int, one: str, many: str = "") -> str:
    """``n`` with its noun: "1 question", "10 questions" (only "question" has a translation)."""
    if one == "question" and not many:
        return ngettext("{n} question", "{n} questions", n).format(n=n)
    return f"{n} {one if n == 1 else (many or one + 's')}"


def seconds(timer: float) -> str:
    """A timer as shown: "20 s", "12.5 s"."""
    return _("{seconds} s").format(seconds=f"{int(timer)}" if float(timer).is_integer() else f"{timer:g}")


def label(key: TableKey) -> str:
    """The table's name as the player reads it, e.g. "10 questions, 20 s"."""
    parts = [plural(key.questions, "question"),
             _("no timer") if key.timer is None else seconds(key.timer)]
    if key.time_factor is None:
        parts.append(_("no time limit"))
    elif key.time_factor != 1.0:
        parts.append(_("{factor} times the time").format(factor=f"{key.time_factor:g}"))
    if not key.speed_points:
        parts.append(_("accuracy only"))
    if not key.streak_bonus:
        parts.append(_("no streak bonus"))
    if key.formats == "classic":
        parts.append(_("classic questions"))
    if key.mode.startswith(DAILY):
        parts.insert(0, _("daily challenge {day}").format(day=key.mode[len(DAILY):]))
    elif is_party(key):
        how = key.mode[len(PARTY):]
        parts.insert(0, _("party, {mode}").format(mode=_(PARTY_MODE_WORDS.get(how, how))))
    elif key.mode != SOLO:
        parts.append(key.mode)
    return pgettext("list separator", ", ").join(parts)
