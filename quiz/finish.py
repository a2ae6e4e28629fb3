"""Finishing a round: its score, its high-score table, whether it makes the top
10, and saving it under the player's name.

Pure code, so the rules are tested without a screen. The store never raises for
a disk or database fault (it answers ``None``), so nothing here catches
exceptions: an error in the code itself reaches the developer, not the player
as "the data folder cannot be written".

What the player is told is a ``Status`` (a kind and its details); ``describe``
words it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional, Protocol


from quiz.i18n import _
from quiz.round import Results
from quiz.settings import clean_name
from quiz.store.history import PRACTICE as PRACTICE_MODE
from quiz.tables import SOLO, TableKey, key_for

# What the player is told about the score.
PRACTICE = "practice"  # a practice round: nothing is saved
UNTIMED = "untimed"  # no timer: only timed rounds make the high scores
NOT_IN_TOP = "not-in-top"  # saved rounds only keep a top 10
NAME_WANTED = "name-wanted"  # a top-10 score waits for the player's name
NAME_MISSING = "name-missing"  # the player asked to save with an empty name
NOT_SAVED = "not-saved"  # the store could not save it; saving again may work
SAVED = "saved"
STATUSES = (PRACTICE, UNTIMED, NOT_IN_TOP, NAME_WANTED, NAME_MISSING, NOT_SAVED, SAVED)


@dataclass(frozen=True)
class Status:
    kind: str
    name: str = ""  # SAVED: the name the score was saved under
    rank: Optional[int] = None  # SAVED: its place in the table

    @property
    def ok(self) -> bool:
        """False for the kinds that ask the player to do something again."""
        return self.kind not in (NAME_MISSING, NOT_SAVED)


class ScoreStore(Protocol):
    """What finishing a round needs of ``quiz.store.Store``."""

    def place_for(self, key: TableKey, score: int) -> Optional[int]: ...

    def add_score(self, key: TableKey, name: str, score: int, correct: int, total: int,
                  best_streak: int) -> Optional[int]: ...

    def record_answers(self, results: Results, pack_set: str) -> None: ...

    def record_round(self, player: str, pack_set: str, results: Results, *,
                     daily: Optional[dt.date] = None, mode: str = SOLO) -> bool: ...


@dataclass
class FinishedRound:
    """A round that is over, and what became of its score."""

    results: Results
    key: TableKey  # the table it belongs to (by the questions really asked)
    saves: bool  # a timed, non-practice round: its score may be kept
    place: Optional[int]  # the rank it would take in the top 10; None when it would not
    status: Status
    store: ScoreStore
    rank: Optional[int] = None  # its rank once saved

    @property
    def score(self) -> int:
        return self.results.score

    @property
    def high_score(self) -> bool:
        return self.place is not None

    @property
    def saved(self) -> bool:
        return self.rank is not None

    @property
    def name_pending(self) -> bool:
        """A top-10 score not saved yet."""
        return self.high_score and not self.saved

    def save(self, name: str) -> Status:
        """Save a waiting top-10 score under ``name``; what the player is told.

        Saving again after NOT_SAVED tries again; once saved, nothing more is saved.
        """
        if not self.name_pending:
            return self.status
        name = clean_name(name)
        if not name:
            self.status = Status(NAME_MISSING)
            return self.status
        r = self.results
        rank = self.store.add_score(self.key, name, r.score, r.right, r.total, r.best_streak)
        if rank is None:
            self.status = Status(NOT_SAVED)
        else:
            self.rank = rank
            self.status = Status(SAVED, name=name, rank=rank)
        return self.status


def finish_round(results: Results, store: ScoreStore, *, pack_ids: Iterable[str],
                 timer: Optional[float], streak_bonus: bool, practice: bool,
                 mode: str = SOLO, player: str = "Player",
                 daily: Optional[dt.date] = None, formats: str = "mixed",
                 time_factor: Optional[float] = 1.0, speed_points: bool = True) -> FinishedRound:
    """Close a round played with these rules: keep it in the player's history,
    count its answers in the per-question statistics (saved rounds only) and find
    whether its score makes the top 10.

    Every round goes into the history, so a practice round's questions count as
    seen too; it is kept as a practice round, which the statistics leave out of
    rounds played and scores. ``daily`` is the day of a scored daily challenge.
    """
    practice = practice or results.practice
    saves = not practice and timer is not None
    # A relaxed round (more time, no limit, accuracy only) has tables of its own, and
    # still saves with no limit: the timer it was set up with names its table.
    key = key_for(pack_ids, results.total, timer, streak_bonus, mode, formats, time_factor,
                  speed_points)
    place = store.place_for(key, results.score) if saves else None
    store.record_round(player, key.pack_set, results, daily=None if practice else daily,
                       mode=PRACTICE_MODE if practice else mode)
    if saves:
        store.record_answers(results, key.pack_set)
    if practice:
        status = Status(PRACTICE)
    elif not saves:
        status = Status(UNTIMED)
    elif place is None:
        status = Status(NOT_IN_TOP)
    else:
        status = Status(NAME_WANTED)
    return FinishedRound(results, key, saves, place, status, store)


def describe(status: Status) -> str:
    """What the results screen says about the score ("" when the name box says it all)."""
    kind = status.kind
    if kind == PRACTICE:
        return _("A practice round: nothing is saved.")
    if kind == UNTIMED:
        return _("No timer this round: only timed rounds make the high scores.")
    if kind == NOT_IN_TOP:
        return _("Not in the top 10 this time.")
    if kind == NAME_MISSING:
        return _("Type a name to save the score.")
    if kind == NOT_SAVED:
        return _("The score could not be saved (the data folder cannot be written). "
                 "Enter tries again.")
    if kind == SAVED:
        return _("Saved: {name} is number {rank} in the top 10.").format(name=status.name, rank=status.rank)
    return ""
