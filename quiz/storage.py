"""Saved data in SQLite: high scores, settings and per-question statistics.

The game must keep working, and keep every score already saved, whatever
happens to the file or the disk under it. So a ``Store`` never raises a database
fault to its caller:

* a file that is not a database, or a damaged one, is renamed aside
  (``quiz.sqlite3.corrupt-YYYYmmdd-HHMMSS``, kept for the curious) and a fresh
  one is started;
* a folder that cannot be written, a full disk or a file locked by someone else
  leaves ``can_save`` false; reads still work where they can, writes return
  ``None``/``False``, and the next write tries again;
* each problem is told once, as a plain sentence, through ``take_notices()``.

Two games open at once on one file both save: the file is in WAL mode, every
write is one short ``BEGIN IMMEDIATE`` transaction, and a busy file is waited
for (``busy_timeout``) before giving up.
"""

from __future__ import annotations

import json
import os
import stat
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

from quiz import paths
from quiz.settings import Settings, clean_name

SCHEMA_VERSION = 1
TOP = 10
DEFAULT_NAME = "Player"
# Saving waits this long for another game to finish its write before giving up.
BUSY_TIMEOUT = 1.0
# A store that could not open its file tries again on a read at most this often,
# so a screen that reads every time it is shown never stalls on a locked file.
REOPEN_INTERVAL = 5.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS scores (
    id INTEGER PRIMARY KEY,
    pack_set TEXT NOT NULL,
    mode TEXT NOT NULL,
    name TEXT NOT NULL,
    score INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    total INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    played_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS scores_by_table ON scores (pack_set, mode, score DESC, id);
CREATE TABLE IF NOT EXISTS settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS question_stats (
    pack_set TEXT NOT NULL,
    question_id TEXT NOT NULL,
    asked INTEGER NOT NULL DEFAULT 0,
    right INTEGER NOT NULL DEFAULT 0,
    total_time REAL NOT NULL DEFAULT 0,
    last_asked TEXT,
    PRIMARY KEY (pack_set, question_id)
);
"""

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED = 5, 6
_PERM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = 3, 8, 10, 11, 13, 14, 23, 26

_MAGIC = b"SQLite format 3\x00"
_SAVE_PROBLEMS = ("locked", "full", "unwritable", "error", "stuck")


@dataclass(frozen=True)
class ScoreEntry:
    name: str
    score: int
    correct: int
    total: int
    best_streak: int
    played_at: str  # ISO 8601 local time with offset

    def to_dict(self) -> dict:
        return {"name": self.name, "score": self.score, "correct": self.correct,
                "total": self.total, "best_streak": self.best_streak,
                "played_at": self.played_at}


class _Damaged(sqlite3.DatabaseError):
    """The integrity check found damage that did not raise by itself."""


class Store:
    """The player's saved data in ``folder/quiz.sqlite3`` (default: ``paths.data_dir()``)."""

    def __init__(self, folder: Optional[os.PathLike | str] = None, *,
                 busy_timeout: float = BUSY_TIMEOUT,
                 connect: Callable[..., sqlite3.Connection] = sqlite3.connect,
                 now: Optional[Callable[[], datetime]] = None) -> None:
        self.folder = Path(folder) if folder is not None else paths.data_dir()
        self.path = self.folder / paths.DB_FILE
        self.moved_aside: list[Path] = []  # damaged files renamed by this store
        self.problem: Optional[str] = None  # the latest fault, in a few words
        self._busy_timeout = busy_timeout
        self._connect = connect
        self._now = now or (lambda: datetime.now().astimezone())
        self._conn: Optional[sqlite3.Connection] = None
        self._ready = False  # schema in place and WAL on
        self._can_save = False
        self._notices: list[str] = []
        self._told: set[str] = set()
        self._last_open_try = 0.0
        self._recovering = False
        self._open()

    # -- state ------------------------------------------------------------

    @property
    def can_save(self) -> bool:
        """False once a write has failed or the file could not be opened for writing."""
        return self._can_save

    @property
    def is_open(self) -> bool:
        """The file is open: scores can at least be read."""
        return self._conn is not None

    def take_notices(self) -> list[str]:
        """Plain sentences for the player, each given once."""
        notices, self._notices = self._notices, []
        return notices

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = None
        self._ready = False

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- settings ---------------------------------------------------------

    def load_settings(self) -> Settings:
        """The saved settings, or the defaults for anything missing or unreadable."""
        row = self._read(lambda c: c.execute("SELECT data FROM settings WHERE id = 1").fetchone(), None)
        if row is None:
            return Settings()
        try:
            return Settings.from_dict(json.loads(row[0]))
        except (TypeError, ValueError, RecursionError):
            return Settings()

    def save_settings(self, settings: Settings) -> bool:
        """Replace the saved settings in one statement, so a failure leaves the old ones whole."""
        data = json.dumps(settings.to_dict(), ensure_ascii=False)

        def work(conn: sqlite3.Connection) -> bool:
            conn.execute("INSERT OR REPLACE INTO settings (id, data, saved_at) VALUES (1, ?, ?)",
                         (data, self._stamp()))
            return True

        return self._write(work) is not None

    # -- high scores ------------------------------------------------------

    def top_scores(self, pack_set: str, mode: str, limit: int = TOP) -> list[ScoreEntry]:
        def work(conn: sqlite3.Connection) -> list[ScoreEntry]:
            rows = conn.execute(
                "SELECT name, score, correct, total, best_streak, played_at FROM scores "
                "WHERE pack_set = ? AND mode = ? ORDER BY score DESC, id LIMIT ?",
                (pack_set, mode, max(0, int(limit)))).fetchall()
            return [ScoreEntry(*row) for row in rows]

        return self._read(work, [])

    def is_high_score(self, pack_set: str, mode: str, score: int) -> bool:
        """Would this score enter the top 10? (Never for 0; a tie stays behind older scores.)"""
        if score <= 0:
            return False
        top = self.top_scores(pack_set, mode, TOP)
        if not self.is_open:
            return False  # nothing can be read, so nothing could be saved either
        return len(top) < TOP or score > top[-1].score

    def add_score(self, pack_set: str, mode: str, name: str, score: int, correct: int,
                  total: int, best_streak: int) -> Optional[int]:
        """Save a score; its rank in its table (1-based), or None if it could not be saved."""
        row = (pack_set, mode, clean_name(name) or DEFAULT_NAME, int(score), int(correct),
               int(total), int(best_streak), self._stamp())

        def work(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO scores (pack_set, mode, name, score, correct, total, best_streak, "
                "played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
            (ahead,) = conn.execute(
                "SELECT COUNT(*) FROM scores WHERE pack_set = ? AND mode = ? "
                "AND (score > ? OR (score = ? AND id < ?))",
                (pack_set, mode, row[3], row[3], cursor.lastrowid)).fetchone()
            return ahead + 1

        return self._write(work)

    def all_tables(self) -> list[dict]:
        """Every table's top 10, for ``scores --json``: pack sets by name, modes as first played."""
        def work(conn: sqlite3.Connection) -> list[tuple[str, str]]:
            return conn.execute("SELECT pack_set, mode FROM scores GROUP BY pack_set, mode "
                                "ORDER BY pack_set, MIN(id)").fetchall()

        tables = []
        for pack_set, mode in self._read(work, []):
            entries = [e.to_dict() for e in self.top_scores(pack_set, mode, TOP)]
            tables.append({"pack_set": pack_set, "mode": mode, "entries": entries})
        return tables

    # -- per-question statistics ------------------------------------------

    def record_answers(self, results: Any, pack_set: str) -> None:
        """Count each question of a round as asked (and right); failure is silent."""
        stamp = self._stamp()
        rows = [(pack_set, a.question.id, 1 if a.correct else 0, float(a.elapsed), stamp)
                for a in getattr(results, "answers", ())]
        if not rows:
            return

        def work(conn: sqlite3.Connection) -> bool:
            conn.executemany(
                "INSERT INTO question_stats (pack_set, question_id, asked, right, total_time, "
                "last_asked) VALUES (?, ?, 1, ?, ?, ?) "
                "ON CONFLICT (pack_set, question_id) DO UPDATE SET asked = asked + 1, "
                "right = right + excluded.right, total_time = total_time + excluded.total_time, "
                "last_asked = excluded.last_asked", rows)
            return True

        self._write(work, quiet=True)

    def question_stats(self, pack_set: str) -> dict[str, tuple[int, int]]:
        """question id -> (times asked, times right) for a pack set."""
        def work(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
            rows = conn.execute("SELECT question_id, asked, right FROM question_stats "
                                "WHERE pack_set = ?", (pack_set,)).fetchall()
            return {qid: (asked, right) for qid, asked, right in rows}

        return self._read(work, {})

    # -- opening ----------------------------------------------------------

    def _open(self) -> None:
        self._last_open_try = time.monotonic()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._tell("unwritable", error)
            return
        if not self._is_plain_file():
            return
        if not self._looks_like_sqlite() and not self._move_aside():
            return
        for attempt in (1, 2):
            try:
                self._conn = self._connect(str(self.path), timeout=self._busy_timeout,
                                           isolation_level=None)
                self._check(self._conn)
            except sqlite3.Error as error:
                self.close()
                kind = _kind(error)
                if kind == "corrupt":
                    if attempt == 1 and self._move_aside():
                        continue
                    self._tell("stuck", error)  # told already if the move failed
                    return
                self._tell(kind, error)
                return
            except OSError as error:
                self.close()
                self._tell("unwritable", error)
                return
            break
        try:
            self._prepare()
        except sqlite3.Error as error:
            # Readable but not writable (locked, full, read-only): show what is
            # there and try writing again later.
            kind = _kind(error)
            if kind == "corrupt":
                if not self._recover():
                    self._tell("stuck", error)
                return
            self._tell(kind, error)

    def _is_plain_file(self) -> bool:
        """False (and told) when the score file is a named pipe, device or folder.

        SQLite would wait forever on a named pipe, and moving a device aside
        is not ours to do.
        """
        try:
            mode = os.stat(self.path).st_mode
        except OSError:
            return True  # missing: SQLite creates it; anything else SQLite reports
        if stat.S_ISREG(mode):
            return True
        self._tell("unwritable", OSError(0, f"{self.path.name} is not a regular file"))
        return False

    def _looks_like_sqlite(self) -> bool:
        """False for a file that is there but is no SQLite database at all.

        Checked before SQLite opens it, because SQLite would delete a journal
        lying beside such a file, and the player may want it kept.
        """
        try:
            with open(self.path, "rb") as f:
                head = f.read(len(_MAGIC))
        except FileNotFoundError:
            return True
        except OSError:
            return True  # let SQLite report what is wrong with it
        return head == b"" or head == _MAGIC

    def _check(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise _Damaged("database disk image is malformed")

    def _prepare(self) -> None:
        """WAL on and the tables made: the first write to a new file."""
        assert self._conn is not None
        self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
        (version,) = self._conn.execute("PRAGMA user_version").fetchone()
        if version < SCHEMA_VERSION:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self._conn.execute("COMMIT")
            except BaseException:
                _rollback(self._conn)
                raise
        self._ready = True
        self._can_save = True

    def _reopen(self) -> bool:
        """Try again to open a file that could not be opened before."""
        if self._conn is None:
            self._open()
        elif not self._ready:
            try:
                self._prepare()
            except sqlite3.Error as error:
                self._tell(_kind(error), error)
        return self._conn is not None and self._ready

    def _move_aside(self) -> bool:
        """Rename a damaged file (and its journal files) out of the way, keeping it."""
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"{paths.DB_FILE}.corrupt-{stamp}"
        n = 2
        while target.exists():
            target = self.folder / f"{paths.DB_FILE}.corrupt-{stamp}-{n}"
            n += 1
        try:
            if self.path.exists():
                os.replace(self.path, target)
            for suffix in ("-wal", "-shm", "-journal"):
                side = Path(str(self.path) + suffix)
                if side.exists():
                    # A journal left beside a fresh file would be replayed into it,
                    # so it goes with the damaged file (where SQLite can still use it).
                    os.replace(side, Path(str(target) + suffix))
        except OSError as error:
            self._tell("stuck", error)
            return False
        self.moved_aside.append(target)
        self._tell("corrupt", target.name)
        return True

    def _recover(self) -> bool:
        """The open file turned out damaged: set it aside and start a fresh one."""
        if self._recovering:
            return False  # the fresh file is failing too: give up rather than loop
        self._recovering = True
        try:
            self.close()
            if not self._move_aside():
                return False
            self._open()
            return self._conn is not None and self._ready
        finally:
            self._recovering = False

    # -- reading and writing ----------------------------------------------

    def _failure(self, error: sqlite3.Error, attempt: int) -> Optional[str]:
        """The kind of fault behind ``error``; None when a damaged file was just
        replaced by a fresh one, so the work should run once more."""
        kind = _kind(error)
        if kind == "corrupt":
            if attempt == 1 and self._recover():
                return None
            kind = "stuck"
        return kind

    def _read(self, work: Callable[[sqlite3.Connection], Any], default: Any) -> Any:
        if self._conn is None:
            if time.monotonic() - self._last_open_try < REOPEN_INTERVAL:
                return default
            self._open()
            if self._conn is None:
                return default
        for attempt in (1, 2):
            try:
                return work(self._conn)
            except sqlite3.Error as error:
                kind = self._failure(error, attempt)
                if kind is None:
                    continue
                if kind != "missing":
                    self._tell(kind, error)
                return default
        return default

    def _write(self, work: Callable[[sqlite3.Connection], Any], quiet: bool = False) -> Any:
        """Run ``work`` in one transaction; its result, or None if nothing was saved."""
        for attempt in (1, 2):
            if (self._conn is None or not self._ready) and not self._reopen():
                self._can_save = False
                return None
            conn = self._conn
            assert conn is not None
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    result = work(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    _rollback(conn)
                    raise
            except sqlite3.Error as error:
                kind = self._failure(error, attempt)
                if kind is None:
                    continue
                self._can_save = False
                if not quiet:
                    self._tell(kind, error)
                return None
            self._can_save = True
            # A problem that comes back after a good save is worth telling again.
            self._told.difference_update(_SAVE_PROBLEMS)
            return result
        return None

    def _stamp(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def _tell(self, kind: str, detail: Any) -> None:
        if kind != "corrupt":
            self.problem = _reason(detail)
        if kind in self._told:
            return
        self._told.add(kind)
        self._notices.append(_notice(kind, detail, self.folder))


def _kind(error: BaseException) -> str:
    if isinstance(error, _Damaged):
        return "corrupt"
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        code &= 0xFF
        if code in (_CORRUPT, _NOTADB):
            return "corrupt"
        if code in (_BUSY, _LOCKED):
            return "locked"
        if code == _FULL:
            return "full"
        if code in (_PERM, _READONLY, _IOERR, _CANTOPEN, _AUTH):
            return "unwritable"
    message = str(error).lower()
    if "no such table" in message:
        return "missing"
    if "malformed" in message or "not a database" in message:
        return "corrupt"
    if "locked" in message or "busy" in message:
        return "locked"
    if "full" in message:
        return "full"
    if "readonly" in message or "read-only" in message or "unable to open" in message \
            or "disk i/o" in message:
        return "unwritable"
    return "error"


def _notice(kind: str, detail: Any, folder: Path) -> str:
    if kind == "corrupt":
        return (f"The score file was damaged, so it was kept as {detail} and a fresh one "
                f"was started.")
    if kind == "locked":
        return ("Scores cannot be saved right now: another program is using the score file. "
                "The game plays on.")
    if kind == "full":
        return "Scores cannot be saved: the disk is full. Free some space; the game plays on."
    if kind == "unwritable":
        return (f"Scores cannot be saved: the folder {folder} cannot be written to "
                f"({_reason(detail)}). Check it, or set US_AND_THEM_QUIZ_DATA to another "
                f"folder; the game plays on.")
    if kind == "stuck":
        return (f"The score file is damaged and could not be moved aside ({_reason(detail)}), "
                f"so scores cannot be saved. The game plays on.")
    return f"Scores cannot be saved: the score file gave an error ({_reason(detail)}). The game plays on."


def _reason(detail: Any) -> str:
    if isinstance(detail, OSError) and detail.strerror:
        return detail.strerror.lower()
    return str(detail).rstrip(".") or type(detail).__name__


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
