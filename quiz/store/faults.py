"""What kind of fault a sqlite3 error is, and which errors are bugs instead."""

from __future__ import annotations

import sqlite3

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED = 5, 6
_PERM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = 3, 8, 10, 11, 13, 14, 23, 26

# Kinds of fault, as ``kind_of`` names them.
CORRUPT, LOCKED, FULL, UNWRITABLE, MISSING, FAILED = (
    "corrupt", "locked", "full", "unwritable", "missing", "failed")

# Errors in the calling code, not faults of the file or the disk: never caught,
# so a bug reaches the developer instead of reading as "cannot be saved".
BUGS = (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.NotSupportedError)


class Damaged(sqlite3.DatabaseError):
    """The integrity check found damage that did not raise by itself."""


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


def rollback(conn: sqlite3.Connection) -> None:
    """End a failed transaction, if one is open; a connection too broken to say is let be."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
