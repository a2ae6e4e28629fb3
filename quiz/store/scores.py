"""The high-score tables: saving a score, its rank, and reading a table back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

TOP = 10


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


def top(conn: sqlite3.Connection, pack_set: str, mode: str, limit: int) -> list[ScoreEntry]:
    rows = conn.execute(
        "SELECT name, score, correct, total, best_streak, played_at FROM scores "
        "WHERE pack_set = ? AND mode = ? ORDER BY score DESC, id LIMIT ?",
        (pack_set, mode, max(0, int(limit)))).fetchall()
    return [ScoreEntry(*row) for row in rows]


def add(conn: sqlite3.Connection, pack_set: str, mode: str, entry: ScoreEntry) -> int:
    """Insert ``entry``; its rank in its table (1-based, ties behind older scores)."""
    cursor = conn.execute(
        "INSERT INTO scores (pack_set, mode, name, score, correct, total, best_streak, "
        "played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (pack_set, mode, entry.name, entry.score, entry.correct, entry.total,
         entry.best_streak, entry.played_at))
    (ahead,) = conn.execute(
        "SELECT COUNT(*) FROM scores WHERE pack_set = ? AND mode = ? "
        "AND (score > ? OR (score = ? AND id < ?))",
        (pack_set, mode, entry.score, entry.score, cursor.lastrowid)).fetchone()
    return ahead + 1


def tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every table that holds a score: pack sets by name, modes as first played."""
    return conn.execute("SELECT pack_set, mode FROM scores GROUP BY pack_set, mode "
                        "ORDER BY pack_set, MIN(id)").fetchall()
