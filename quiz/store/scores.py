"""The high-score tables: saving a score, its rank, and reading tables back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from quiz.store.values import factor, flag, name, seconds, text, whole
from quiz.tables import SOLO, TableKey, is_party, label

TOP = 10

_KEY_COLUMNS = "pack_set, questions, timer, streak_bonus, mode, formats, time_factor, speed_points"
_IS_KEY = ("pack_set IS ? AND questions IS ? AND timer IS ? AND streak_bonus IS ? AND mode IS ? "
           "AND formats IS ? AND time_factor IS ? AND speed_points IS ?")
_KEY_SIZE = 8


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


@dataclass(frozen=True)
class ScoreTable:
    key: TableKey
    entries: list[ScoreEntry] = field(default_factory=list)  # best first

    def to_dict(self) -> dict:
        """The table as ``scores --json`` prints it."""
        return {"pack_set": self.key.pack_set, "questions": self.key.questions,
                "timer": self.key.timer, "streak_bonus": self.key.streak_bonus,
                "mode": self.key.mode, "formats": self.key.formats,
                "time_factor": self.key.time_factor, "speed_points": self.key.speed_points,
                "party": is_party(self.key),
                "label": label(self.key),
                "entries": [e.to_dict() for e in self.entries]}


def _key_values(key: TableKey) -> tuple:
    return (key.pack_set, key.questions, key.timer, int(key.streak_bonus), key.mode, key.formats,
            key.time_factor, int(key.speed_points))


def top(conn: sqlite3.Connection, key: TableKey, limit: int) -> list[ScoreEntry]:
    # CAST: a score stored as text must not sort above every real one.
    rows = conn.execute(
        "SELECT name, score, correct, total, best_streak, played_at FROM scores "
        f"WHERE {_IS_KEY} ORDER BY CAST(score AS INTEGER) DESC, id LIMIT ?",
        (*_key_values(key), max(0, int(limit)))).fetchall()
    return [_entry(row) for row in rows]


def add(conn: sqlite3.Connection, key: TableKey, entry: ScoreEntry) -> int:
    """Insert ``entry``; its rank in its table (1-based, ties behind older scores)."""
    cursor = conn.execute(
        f"INSERT INTO scores ({_KEY_COLUMNS}, name, score, correct, total, best_streak, "
        "played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_key_values(key), entry.name, entry.score, entry.correct, entry.total,
         entry.best_streak, entry.played_at))
    (ahead,) = conn.execute(
        f"SELECT COUNT(*) FROM scores WHERE {_IS_KEY} AND (CAST(score AS INTEGER) > ? "
        "OR (CAST(score AS INTEGER) = ? AND id < ?))",
        (*_key_values(key), entry.score, entry.score, cursor.lastrowid)).fetchone()
    return ahead + 1


def all_tables(conn: sqlite3.Connection, limit: int) -> list[ScoreTable]:
    """Every table that holds a score, each with its best ``limit``: pack sets by
    name, the rest in the order first played.

    Read in one pass and grouped here, so a key column holding something odd
    (text where a number belongs) still shows its scores, under the key it reads as.
    """
    rows = conn.execute(f"SELECT {_KEY_COLUMNS}, name, score, correct, total, best_streak, "
                        "played_at FROM scores ORDER BY id").fetchall()
    grouped: dict[TableKey, list[ScoreEntry]] = {}
    for row in rows:
        grouped.setdefault(_key(row[:_KEY_SIZE]), []).append(_entry(row[_KEY_SIZE:]))
    order = sorted(grouped, key=lambda k: k.pack_set)  # stable: first played first
    return [ScoreTable(k, sorted(grouped[k], key=lambda e: -e.score)[:max(0, limit)])
            for k in order]


def _key(row: tuple) -> TableKey:
    pack_set, questions, timer, streak_bonus, mode, formats, time_factor, speed_points = row
    return TableKey(text(pack_set), whole(questions), seconds(timer), flag(streak_bonus),
                    text(mode) or SOLO, text(formats) or "classic", factor(time_factor),
                    flag(speed_points))


def _entry(row: tuple) -> ScoreEntry:
    who, score, correct, total, best_streak, played_at = row
    return ScoreEntry(name(who), whole(score), whole(correct), whole(total), whole(best_streak),
                      text(played_at))


def remove(conn: sqlite3.Connection, pack_set: str | None = None,
           key: TableKey | None = None) -> int:
    """Delete the scores of one table, of one pack set, or (neither given) all; how many."""
    if key is not None:
        cursor = conn.execute(f"DELETE FROM scores WHERE {_IS_KEY}", _key_values(key))
    elif pack_set is not None:
        cursor = conn.execute("DELETE FROM scores WHERE pack_set IS ?", (pack_set,))
    else:
        cursor = conn.execute("DELETE FROM scores")
    return cursor.rowcount
