"""The one SQLite connection behind a ``Store``: opening the file, setting a
damaged one aside, and running reads and writes so that no database fault ever
reaches the caller.

* a file that is not a database, or a damaged one, is renamed aside
  (``quiz.sqlite3.corrupt-YYYYmmdd-HHMMSS``, kept for the curious) and a fresh
  one is started;
* a folder that cannot be written, a full disk or a file locked by someone else
  leaves ``can_save`` false; reads still work where they can, writes return
  ``None``, and the next write tries again;
* a file that can be read but not written (a read-only disk or folder) is
  opened read-only, so the scores already saved are still shown;
* a table that was dropped is made again, empty, when it is next used;
* each problem becomes one ``Notice``, given once.

Two games open at once on one file both save: the file is in WAL mode, every
write is one short ``BEGIN IMMEDIATE`` transaction, and a busy file is waited
for: SQLite's own wait (``busy_timeout``), and, because SQLite sometimes
answers "busy" at once without waiting and gives the file to no one in turn,
retries with a growing pause for up to ``SAVE_PATIENCE`` such waits.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

import quiz.store.notices as notices
from quiz import paths
from quiz.store.faults import (BUGS, CORRUPT, FAILED, FULL, LOCKED, MISSING, UNWRITABLE, Damaged,
                               kind_of, reason, rollback)
from quiz.store.notices import Notice

# SQLite waits this long for another game's write before answering "busy".
BUSY_TIMEOUT = 1.0
# A save tries for this many such waits before giving up: a game that saves
# again and again can keep the file for longer than one wait. Once a save has
# given up on a busy file, the next ones wait only once, so a file held by
# another program does not stall every settings change.
SAVE_PATIENCE = 10
# A connection that could not open its file tries again on a read at most this
# often, so a screen that reads every time it is shown never stalls on a locked file.
REOPEN_INTERVAL = 5.0
# The first and the longest pause between tries on a busy file.
FIRST_PAUSE, LONGEST_PAUSE = 0.002, 0.05
# Ways to open a file read-only: the second also reads a WAL file whose side
# files (-shm) cannot be made on a read-only disk.
_READ_ONLY_QUERIES = ("mode=ro", "immutable=1")

_MAGIC = b"SQLite format 3\x00"
_NOTICE_KINDS = {LOCKED: notices.LOCKED, FULL: notices.DISK_FULL,
                 UNWRITABLE: notices.UNWRITABLE, FAILED: notices.FAILED}
_SAVE_PROBLEMS = (notices.LOCKED, notices.DISK_FULL, notices.UNWRITABLE, notices.FAILED,
                  notices.STUCK, notices.READ_ONLY)

Work = Callable[[sqlite3.Connection], Any]


class Connection:
    """``folder/quiz.sqlite3``, opened at once; ``prepare`` makes its tables."""

    def __init__(self, folder: Path, prepare: Callable[[sqlite3.Connection], None],
                 repair: Callable[[sqlite3.Connection], None], *,
                 busy_timeout: float = BUSY_TIMEOUT,
                 connect: Callable[..., sqlite3.Connection] = sqlite3.connect,
                 now: Optional[Callable[[], datetime]] = None) -> None:
        self.folder = folder
        self.path = folder / paths.DB_FILE
        self.moved_aside: list[Path] = []  # damaged files renamed by this connection
        self.problem: Optional[str] = None  # the latest fault, in a few words
        self._prepare_tables = prepare
        self._repair_tables = repair  # makes any missing table, inside a transaction
        self._busy_timeout = busy_timeout
        self._connect = connect
        self.now = now or (lambda: datetime.now().astimezone())
        self._conn: Optional[sqlite3.Connection] = None
        self._ready = False  # tables in place and WAL on
        self._can_save = False
        self._read_only = False  # opened read-only because it could not be written
        self._held = False  # the last save gave up because the file was busy
        self._notices: list[Notice] = []
        self._told: set[str] = set()
        self._last_open_try = 0.0
        self._recovering = False
        self._open()

    # -- state ------------------------------------------------------------

    @property
    def can_save(self) -> bool:
        return self._can_save

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def take_notices(self) -> list[Notice]:
        taken, self._notices = self._notices, []
        return taken

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = None
        self._ready = False
        self._read_only = False

    # -- reading and writing ----------------------------------------------

    def read(self, work: Work, default: Any) -> Any:
        """``work``'s result, or ``default`` when the file cannot be read."""
        if self._conn is None:
            if time.monotonic() - self._last_open_try < REOPEN_INTERVAL:
                return default
            self._open()
            if self._conn is None:
                return default
        for attempt in (1, 2):
            conn = self._conn
            if conn is None:
                return default
            try:
                return self._patiently(lambda: work(conn))
            except BUGS:
                raise
            except sqlite3.Error as error:
                kind = self._failure(error, attempt)
                if kind is None:
                    continue
                if kind != MISSING:
                    self._tell(kind, error)
                return default
        return default

    def write(self, work: Work, quiet: bool = False) -> Any:
        """Run ``work`` in one transaction; its result, or None if nothing was saved."""
        for attempt in (1, 2):
            if (self._conn is None or not self._ready) and not self._reopen():
                self._can_save = False
                return None
            conn = self._conn
            assert conn is not None
            try:
                patience = self._busy_timeout * (1 if self._held else SAVE_PATIENCE)
                result = self._patiently(lambda: _transaction(conn, work), patience)
            except BUGS:
                raise
            except sqlite3.Error as error:
                kind = self._failure(error, attempt)
                if kind is None:
                    continue
                self._held = kind == LOCKED
                self._can_save = False
                if not quiet:
                    self._tell(kind, error)
                return None
            self._can_save, self._held = True, False
            # A problem that comes back after a good save is worth telling again.
            self._told.difference_update(_SAVE_PROBLEMS)
            return result
        return None

    def _patiently(self, step: Callable[[], Any], patience: Optional[float] = None) -> Any:
        """``step()``, tried again after a short, growing pause while the file is
        busy, until ``patience`` seconds (default: ``busy_timeout``) have passed."""
        deadline = time.monotonic() + (self._busy_timeout if patience is None else patience)
        pause = FIRST_PAUSE
        while True:
            try:
                return step()
            except sqlite3.Error as error:
                left = deadline - time.monotonic()
                if kind_of(error) != LOCKED or left <= 0:
                    raise
            # A random share of the pause, so two games waiting on each other part ways.
            time.sleep(min(left, pause * (0.5 + random.random())))
            pause = min(pause * 2, LONGEST_PAUSE)

    def stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    # -- opening ----------------------------------------------------------

    def _open(self) -> None:
        self._last_open_try = time.monotonic()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._tell(UNWRITABLE, error)
            return
        if not self._is_plain_file():
            return
        if not self._looks_like_sqlite() and not self._move_aside():
            return
        for attempt in (1, 2):
            try:
                self._conn = self._connect(str(self.path), timeout=self._busy_timeout,
                                           isolation_level=None)
                conn = self._conn
                conn.text_factory = _lenient_text
                self._patiently(lambda: _check(conn))
            except BUGS:
                raise
            except sqlite3.Error as error:
                self.close()
                kind = kind_of(error)
                if kind == CORRUPT:
                    if attempt == 1 and self._move_aside():
                        continue
                    self._tell_stuck(error)  # told already if the move failed
                    return
                if kind == UNWRITABLE and self._open_read_only(error):
                    return
                self._tell(kind, error)
                return
            except OSError as error:
                self.close()
                self._tell(UNWRITABLE, error)
                return
            break
        try:
            self._patiently(self._prepare)
        except BUGS:
            raise
        except sqlite3.Error as error:
            # Readable but not writable (locked, full, read-only): show what is
            # there and try writing again later.
            kind = kind_of(error)
            if kind == CORRUPT:
                if not self._recover():
                    self._tell_stuck(error)
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
        self._tell(UNWRITABLE, OSError(0, f"{self.path.name} is not a regular file"))
        return False

    def _looks_like_sqlite(self) -> bool:
        """False for a file that is there but is no SQLite database at all.

        Checked before SQLite opens it, because SQLite would delete a journal
        lying beside such a file, and the player may want it kept.
        """
        try:
            with open(self.path, "rb") as f:
                head = f.read(len(_MAGIC))
        except OSError:
            return True  # missing (SQLite makes it), or let SQLite say what is wrong
        return head == b"" or head == _MAGIC

    def _prepare(self) -> None:
        """WAL on and the tables made: the first write to a new file."""
        assert self._conn is not None
        self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
        self._prepare_tables(self._conn)
        self._ready = True
        self._can_save = True

    def _open_read_only(self, error: sqlite3.Error) -> bool:
        """Open a file that cannot be written read-only, so its scores still show."""
        if not self.path.is_file():
            return False
        for query in _READ_ONLY_QUERIES:
            try:
                conn = self._connect(f"{self.path.absolute().as_uri()}?{query}", uri=True,
                                     timeout=self._busy_timeout, isolation_level=None)
                conn.text_factory = _lenient_text
            except BUGS:
                raise
            except sqlite3.Error:
                continue
            try:
                self._patiently(lambda: _check(conn))
            except BUGS:
                raise
            except sqlite3.Error:
                conn.close()
                continue
            self._conn, self._read_only, self._can_save = conn, True, False
            self.problem = reason(error)
            self._add(Notice(notices.READ_ONLY, folder=str(self.folder), reason=self.problem))
            return True
        return False

    def _reopen(self) -> bool:
        """Try again to open a file that could not be opened (or written) before."""
        if self._read_only:
            self.close()  # the disk may be writable again: open it afresh
        if self._conn is None:
            self._open()
        elif not self._ready:
            try:
                self._patiently(self._prepare)
            except BUGS:
                raise
            except sqlite3.Error as error:
                self._tell(kind_of(error), error)
        return self._conn is not None and self._ready

    def _repair(self) -> bool:
        """Make again the tables someone dropped; False when that cannot be done."""
        conn = self._conn
        if conn is None or self._read_only:
            return False
        try:
            self._patiently(lambda: _transaction(conn, self._repair_tables))
        except BUGS:
            raise
        except sqlite3.Error:
            return False
        return True

    def _move_aside(self) -> bool:
        """Rename a damaged file (and its journal files) out of the way, keeping it."""
        stamp = self.now().strftime("%Y%m%d-%H%M%S")
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
            self._tell_stuck(error)
            return False
        self.moved_aside.append(target)
        self._add(Notice(notices.DAMAGED_SET_ASIDE, folder=str(self.folder), kept_as=target.name))
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

    def _failure(self, error: sqlite3.Error, attempt: int) -> Optional[str]:
        """The kind of fault behind ``error``; None when a damaged file was just
        replaced by a fresh one, so the work should run once more."""
        kind = kind_of(error)
        if kind == CORRUPT:
            if attempt == 1 and self._recover():
                return None
            return "stuck"
        if kind == MISSING and attempt == 1 and self._repair():
            return None
        return kind

    # -- telling ----------------------------------------------------------

    def _tell(self, kind: str, error: BaseException) -> None:
        if kind == "stuck":
            self._tell_stuck(error)
            return
        self.problem = reason(error)
        self._add(Notice(_NOTICE_KINDS.get(kind, notices.FAILED), folder=str(self.folder),
                         reason=self.problem))

    def _tell_stuck(self, error: BaseException) -> None:
        self.problem = reason(error)
        self._add(Notice(notices.STUCK, folder=str(self.folder), reason=self.problem))

    def _add(self, notice: Notice) -> None:
        if notice.kind in self._told:
            return
        self._told.add(notice.kind)
        self._notices.append(notice)


def _lenient_text(data: bytes) -> str:
    """Text as stored, even when someone stored bytes that are not UTF-8 in it
    (sqlite3 would otherwise fail the whole query)."""
    return data.decode("utf-8", errors="replace")


def _check(conn: sqlite3.Connection) -> None:
    row = conn.execute("PRAGMA quick_check").fetchone()
    if row is None or row[0] != "ok":
        raise Damaged("database disk image is malformed")


def _transaction(conn: sqlite3.Connection, work: Work) -> Any:
    """``work`` in one write transaction, taken at once so it never waits halfway."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = work(conn)
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return result
