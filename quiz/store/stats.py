"""Per-question statistics: how often each question was asked and answered right."""

from __future__ import annotations

import sqlite3
from typing import Any


def record(conn: sqlite3.Connection, rows: list[tuple[str, str, int, float, str]]) -> bool:
    """Count each (pack set, question id, right, seconds, stamp) row as one more asking."""
    conn.executemany(
        "INSERT INTO question_stats (pack_set, question_id, asked, right, total_time, "
        "last_asked) VALUES (?, ?, 1, ?, ?, ?) "
        "ON CONFLICT (pack_set, question_id) DO UPDATE SET asked = asked + 1, "
        "right = right + excluded.right, total_time = total_time + excluded.total_time, "
        "last_asked = excluded.last_asked", rows)
    return True


def rows_for(results: Any, pack_set: str, stamp: str) -> list[tuple[str, str, int, float, str]]:
    """A round's answers as rows for ``record``."""
    return [(pack_set, a.question.id, 1 if a.correct else 0, float(a.elapsed), stamp)
            for a in getattr(results, "answers", ())]


def for_pack_set(conn: sqlite3.Connection, pack_set: str) -> dict[str, tuple[int, int]]:
    rows = conn.execute("SELECT question_id, asked, right FROM question_stats "
                        "WHERE pack_set = ?", (pack_set,)).fetchall()
    return {qid: (asked, right) for qid, asked, right in rows}
