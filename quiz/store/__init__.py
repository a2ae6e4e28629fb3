"""The player's saved data: high scores, settings, per-question statistics and
each player's history.

``Store`` is the face the game uses. It never raises a database or disk fault to
its caller: reads give back what could be read (or an empty default), writes
give ``None``/``False`` when nothing was saved, and what the player should know
comes as ``Notice``s from ``take_notices()`` (``describe`` words them). Errors
in the calling code (a wrong argument type, say) are not faults and do raise.

The files: ``connection`` opens the file and survives faults (``faults`` names
them), ``schema`` makes and updates the tables, ``scores``, ``saved_settings``,
``stats`` and ``history`` hold the SQL for each kind of data, ``values`` reads
back what is stored without trusting it, ``notices`` says what the player is told.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from quiz import paths
from quiz.settings import Settings, clean_name
from quiz.store import history, saved_settings, schema, scores, stats
from quiz.store.connection import BUSY_TIMEOUT, Connection
from quiz.store.notices import Notice, describe
from quiz.store.scores import TOP, ScoreEntry, ScoreTable
from quiz.freshness import Seen, combine
from quiz.statistics import AnswerRecord, RoundRecord
from quiz.tables import TableKey

__all__ = ["DEFAULT_NAME", "Notice", "ScoreEntry", "ScoreTable", "Store", "TOP", "describe"]

DEFAULT_NAME = "Player"


class Store:
    """The player's saved data in ``folder/quiz.sqlite3`` (default: ``paths.data_dir()``)."""

    def __init__(self, folder: Optional[os.PathLike | str] = None, *,
                 busy_timeout: float = BUSY_TIMEOUT,
                 connect: Callable[..., sqlite3.Connection] = sqlite3.connect,
                 now: Optional[Callable[[], datetime]] = None) -> None:
        self.folder = Path(folder) if folder is not None else paths.data_dir()
        self._db = Connection(self.folder, schema.prepare, schema.make_tables,
                              busy_timeout=busy_timeout,
                              connect=connect, now=now)
        self.path = self._db.path

    # -- state ------------------------------------------------------------

    @property
    def can_save(self) -> bool:
        """False once a write has failed or the file could not be opened for writing."""
        return self._db.can_save

    @property
    def is_open(self) -> bool:
        """The file is open: scores can at least be read."""
        return self._db.is_open

    @property
    def problem(self) -> Optional[str]:
        """The latest fault, in the system's few words."""
        return self._db.problem

    @property
    def moved_aside(self) -> list[Path]:
        """Damaged files this store renamed out of the way."""
        return self._db.moved_aside

    def take_notices(self) -> list[Notice]:
        """What the player should be told, each given once."""
        return self._db.take_notices()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- settings ---------------------------------------------------------

    def load_settings(self) -> Settings:
        """The saved settings, or the defaults for anything missing or unreadable."""
        return self._db.read(saved_settings.load, Settings())

    def save_settings(self, settings: Settings) -> bool:
        stamp = self._db.stamp()
        return self._db.write(lambda c: saved_settings.save(c, settings, stamp)) is not None

    # -- high scores ------------------------------------------------------

    def top_scores(self, key: TableKey, limit: int = TOP) -> list[ScoreEntry]:
        """A table's best scores, best first (ties: the older first)."""
        return self._db.read(lambda c: scores.top(c, key, limit), [])

    def place_for(self, key: TableKey, score: int) -> Optional[int]:
        """The rank ``score`` would take in its table's top 10 if saved now, or None
        when it would not enter it (never for 0; a tie stays behind older scores),
        or when the table cannot be read, as then it could not be saved either."""
        if score <= 0:
            return None
        top = self.top_scores(key, TOP)
        if not self.is_open:
            return None
        ahead = sum(1 for entry in top if entry.score >= score)
        return ahead + 1 if ahead < TOP else None

    def is_high_score(self, key: TableKey, score: int) -> bool:
        """Would this score enter the top 10?"""
        return self.place_for(key, score) is not None

    def add_score(self, key: TableKey, name: str, score: int, correct: int, total: int,
                  best_streak: int) -> Optional[int]:
        """Save a score; its rank in its table (1-based), or None if it could not be saved."""
        entry = ScoreEntry(clean_name(name) or DEFAULT_NAME, int(score), int(correct),
                           int(total), int(best_streak), self._db.stamp())
        return self._db.write(lambda c: scores.add(c, key, entry))

    def record_party(self, key: TableKey, lines: Sequence[Any]) -> bool:
        """Save every player's line of a finished party (``quiz.party.results``) in
        one transaction: all of them or, when the file cannot be written, none."""
        stamp = self._db.stamp()
        entries = [ScoreEntry(clean_name(line.name) or DEFAULT_NAME, int(line.score),
                              int(line.correct), int(line.total), int(line.best_streak), stamp)
                   for line in lines]
        return self._db.write(lambda c: [scores.add(c, key, e) for e in entries]) is not None

    def all_tables(self) -> list[ScoreTable]:
        """Every table's top 10: pack sets by name, the rest in the order first played."""
        return self._db.read(lambda c: scores.all_tables(c, TOP), [])

    def reset_scores(self, pack_set: Optional[str] = None,
                     key: Optional[TableKey] = None) -> Optional[int]:
        """Forget the high scores of one table, one pack set, or all; how many went,
        or None when the file could not be written."""
        return self._db.write(lambda c: scores.remove(c, pack_set, key))

    # -- per-question statistics ------------------------------------------

    def record_answers(self, results: Any, pack_set: str) -> None:
        """Count each question of a round as asked (and right); failure is silent."""
        rows = stats.rows_for(results, pack_set, self._db.stamp())
        if rows:
            self._db.write(lambda c: stats.record(c, rows), quiet=True)

    def question_stats(self, pack_set: str) -> dict[str, tuple[int, int]]:
        """question id -> (times asked, times right) for a pack set."""
        return self._db.read(lambda c: stats.for_pack_set(c, pack_set), {})

    # -- each player's history ---------------------------------------------

    def record_round(self, player: str, pack_set: str, results: Any, *,
                     daily: Optional[dt.date] = None, mode: str = "solo") -> bool:
        """Keep a finished round and its answers under the player's name."""
        if not results.answers:
            return False
        name = clean_name(player) or DEFAULT_NAME
        at = self._db.now().timestamp()
        return self._db.write(lambda c: history.record_round(c, name, pack_set, results, at,
                                                             daily, mode) is not None,
                              quiet=True) is not None

    def record_answers_of(self, player: str, pack_set: str, answers: Any) -> bool:
        """Keep answers given outside a round of one's own (a party's) under the
        player's name: seen, right or wrong, with no round and no score."""
        answers = list(answers)
        if not answers:
            return False
        name = clean_name(player) or DEFAULT_NAME
        at = self._db.now().timestamp()
        return self._db.write(lambda c: history.record_answers(c, name, pack_set, answers, at)
                              or True, quiet=True) is not None

    def record_answers_of_players(self, pack_set: str, answers: Any) -> bool:
        """``record_answers_of`` for several players at once, ``answers`` being
        ``(player, [answer, ...])`` pairs: one transaction, so a party's reveal with
        twenty-one players costs the frame one commit, not twenty-one."""
        rows = [(clean_name(player) or DEFAULT_NAME, list(given)) for player, given in answers]
        rows = [(name, given) for name, given in rows if given]
        if not rows:
            return False
        at = self._db.now().timestamp()

        def work(c):
            for name, given in rows:
                history.record_answers(c, name, pack_set, given, at)
            return True

        return self._db.write(work, quiet=True) is not None

    def seen(self, players: Any) -> dict[str, Seen]:
        """fact -> what these players together have seen of it (one name or several)."""
        names = [players] if isinstance(players, str) else list(players)
        names = [clean_name(n) or DEFAULT_NAME for n in names]
        per_player = self._db.read(lambda c: history.seen(c, names), {})
        return combine(per_player.values())

    def answer_records(self, player: str) -> list[AnswerRecord]:
        return self._db.read(lambda c: history.answer_records(c, clean_name(player)
                                                              or DEFAULT_NAME), [])

    def round_records(self, player: str) -> list[RoundRecord]:
        return self._db.read(lambda c: history.round_records(c, clean_name(player)
                                                             or DEFAULT_NAME), [])

    def daily_played(self, player: str, pack_set: str, day: dt.date) -> bool:
        """Has this player already had the scored attempt at this day's challenge?"""
        return self._db.read(lambda c: history.daily_played(c, clean_name(player)
                                                            or DEFAULT_NAME, pack_set, day), False)

    def players(self) -> list[str]:
        """Every name with a recorded round, the most recent first."""
        return self._db.read(history.players, [])

    def learn_boxes(self, player: str) -> dict[str, int]:
        return self._db.read(lambda c: history.boxes(c, clean_name(player) or DEFAULT_NAME), {})

    def save_learn_box(self, player: str, fact: str, box: int) -> bool:
        name = clean_name(player) or DEFAULT_NAME
        return self._db.write(lambda c: history.save_box(c, name, fact, box), quiet=True) is not None
