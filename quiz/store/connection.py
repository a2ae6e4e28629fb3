"""The one SQLite connection behind a ``Store``: opening the file, setting a
damaged one aside, and running reads and writes so that no database fault ever
reaches the caller.

* a file that is not a database, or a damaged one, is renamed aside
  (``quiz.sqlite3.corrupt-YYYYmmdd-HHMMSS``, kept for the curious) and a fresh
  one is started;
* a folder that cannot be written, a full disk or a file locked by someone else
  leaves ``can_save`` false; reads still work where they can, writes return
  ``None``, and the next write tries again;
* each problem becomes one ``Notice``, given once.

Two games open at once on one file both save: the file is in WAL mode, every
write is one short ``BEGIN IMMEDIATE`` transaction, and a busy file is waited
for (``busy_timeout``) before giving up.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

from quiz import paths
from quiz.store import notices
from quiz.store.notices import Notice

# Saving waits this long for another game to finish its write before giving up.
BUSY_TIMEOUT = 1.0
# A connection that could not open its file tries again on a read at most this
# often, so a screen that reads every time it is shown never stalls on a locked file.
REOPEN_INTERVAL = 5.0

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED = 5, 6
_PERM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = 3, 8, 10, 11, 13, 14, 23, 26

_MAGIC = b"SQLite format 3\x00"
# Kinds of fault, as ``kind_of`` names them.
CORRUPT, LOCKED, FULL, UNWRITABLE, MISSING, FAILED = (
    "corrupt", "locked", "full", "unwritable", "missing", "failed")
_NOTICE_KINDS = {LOCKED: notices.LOCKED, FULL: notices.DISK_FULL,
                 UNWRITABLE: notices.UNWRITABLE, FAILED: notices.FAILED}
_SAVE_PROBLEMS = (notices.LOCKED, notices.DISK_FULL, notices.UNWRITABLE, notices.FAILED,
                  notices.STUCK)

Work = Callable[[sqlite3.Connection], Any]


class Damaged(sqlite3.DatabaseError):
    """The integrity check found damage that did not raise by itself."""


class Connection:
    """``folder/quiz.sqlite3``, opened at once; ``prepare`` makes its tables."""

    def __init__(self, folder: Path, prepare: Callable[[sqlite3.Connection], None], *,
                 busy_timeout: float = BUSY_TIMEOUT,
                 connect: Callable[..., sqlite3.Connection] = sqlite3.connect,
                 now: Optional[Callable[[], datetime]] = None) -> None:
        self.folder = folder
        self.path = folder / paths.DB_FILE
        self.moved_aside: list[Path] = []  # damaged files renamed by this connection
        self.problem: Optional[str] = None  # the latest fault, in a few words
        self._prepare_tables = prepare
        self._busy_timeout = busy_timeout
        self._connect = connect
        self.now = now or (lambda: datetime.now().astimezone())
        self._conn: Optional[sqlite3.Connection] = None
        self._ready = False  # tables in place and WAL on
        self._can_save = False
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
            try:
                return work(self._conn)
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
                _check(self._conn)
            except sqlite3.Error as error:
                self.close()
                kind = kind_of(error)
                if kind == CORRUPT:
                    if attempt == 1 and self._move_aside():
                        continue
                    self._tell_stuck(error)  # told already if the move failed
                    return
                self._tell(kind, error)
                return
            except OSError as error:
                self.close()
                self._tell(UNWRITABLE, error)
                return
            break
        try:
            self._prepare()
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

    def _reopen(self) -> bool:
        """Try again to open a file that could not be opened before."""
        if self._conn is None:
            self._open()
        elif not self._ready:
            try:
                self._prepare()
            except sqlite3.Error as error:
                self._tell(kind_of(error), error)
        return self._conn is not None and self._ready

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


def kind_of(error: BaseException) -> str:
    """What sort of fault a sqlite3 error is, from its code or else its message."""
    if isinstance(error, Damaged):
        return CORRUPT
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        code &= 0xFF
        if code in (_CORRUPT, _NOTADB):
            return CORRUPT
        if code in (_BUSY, _LOCKED):
            return LOCKED
        if code == _FULL:
            return FULL
        if code in (_PERM, _READONLY, _IOERR, _CANTOPEN, _AUTH):
            return UNWRITABLE
    message = str(error).lower()
    if "no such table" in message:
        return MISSING
    if "malformed" in message or "not a database" in message:
        return CORRUPT
    if "locked" in message or "busy" in message:
        return LOCKED
    if "full" in message:
        return FULL
    if "readonly" in message or "read-only" in message or "unable to open" in message \
            or "disk i/o" in message:
        return UNWRITABLE
    return FAILED


def reason(error: BaseException) -> str:
    """The system's own few words on a fault, fit to go inside a sentence."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error).rstrip(".") or type(error).__name__


def _check(conn: sqlite3.Connection) -> None:
    row = conn.execute("PRAGMA quick_check").fetchone()
    if row is None or row[0] != "ok":
        raise Damaged("database disk image is malformed")


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
