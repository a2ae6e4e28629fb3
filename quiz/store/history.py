"""What each player has been asked, round by round, and how far they have learnt
each fact: the data behind unseen-first decks, the daily challenge, learn mode
and the statistics.

Rows are kept per player name, so two people sharing a computer (or a party)
each get their own history. Every value read back is checked, since the file
may have been edited by hand.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING, Any, Iterable, Optional

if TYPE_CHECKING:  # pragma: no cover
    from quiz.freshness import Seen
    from quiz.statistics import AnswerRecord, RoundRecord
from quiz.store.values import seconds, whole

ROUNDS = """
CREATE TABLE IF NOT EXISTS rounds (
    id INTEGER PRIMARY KEY,
    player TEXT NOT NULL,
    pack_set TEXT NOT NULL,
    played_at REAL NOT NULL,
    score INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    asked INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    daily TEXT,
    mode TEXT NOT NULL
)"""
ROUNDS_INDEX = "CREATE INDEX IF NOT EXISTS rounds_by_player ON rounds (player, played_at)"
ANSWERS = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    round_id INTEGER,
    player TEXT NOT NULL,
    pack_set TEXT NOT NULL,
    question_id TEXT NOT NULL,
    fact TEXT NOT NULL,
    category TEXT NOT NULL,
    asked_at REAL NOT NULL,
    right INTEGER NOT NULL,
    seconds REAL
)"""
ANSWERS_INDEX = "CREATE INDEX IF NOT EXISTS answers_by_player ON answers (player, fact)"
BOXES = """
CREATE TABLE IF NOT EXISTS learn_boxes (
    player TEXT NOT NULL,
    fact TEXT NOT NULL,
    box INTEGER NOT NULL,
    PRIMARY KEY (player, fact)
)"""
TABLES = (ROUNDS, ROUNDS_INDEX, ANSWERS, ANSWERS_INDEX, BOXES)

LEARN = "learn"  # the mode of a learn-mode sitting: its answers count, it has no score
PRACTICE = "practice"  # a practice round: its answers count as seen, its score does not


def record_round(conn: sqlite3.Connection, player: str, pack_set: str, results: Any,
                 played_at: float, daily: Optional[dt.date], mode: str) -> int:
    """Keep one finished round and each of its answers; the round's row id."""
    cursor = conn.execute(
        "INSERT INTO rounds (player, pack_set, played_at, score, correct, asked, best_streak, "
        "daily, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (player, pack_set, played_at, int(results.score), int(results.right),
         int(results.total), int(results.best_streak),
         daily.isoformat() if daily else None, mode))
    round_id = cursor.lastrowid
    record_answers(conn, player, pack_set, results.answers, played_at, round_id)
    return round_id


def record_answers(conn: sqlite3.Connection, player: str, pack_set: str, answers: Iterable[Any],
                   asked_at: float, round_id: Optional[int] = None) -> None:
    conn.executemany(
        "INSERT INTO answers (round_id, player, pack_set, question_id, fact, category, asked_at, "
        "right, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(round_id, player, pack_set, a.question.id, a.question.fact, a.question.category,
          asked_at, 1 if a.correct else 0, None if a.timed_out else float(a.elapsed))
         for a in answers])


def seen(conn: sqlite3.Connection, players: Iterable[str]) -> dict[str, dict[str, Seen]]:
    """player -> fact -> what that player has seen of it."""
    from quiz.freshness import Seen  # imported when read: the game's window opens without it

    out: dict[str, dict[str, Seen]] = {}
    for player in dict.fromkeys(players):
        facts: dict[str, Seen] = {}
        rows = conn.execute(
            "SELECT fact, COUNT(*), SUM(1 - right), MAX(asked_at) FROM answers "
            "WHERE player = ? GROUP BY fact", (player,)).fetchall()
        last_right = dict(conn.execute(
            "SELECT fact, right FROM answers AS a WHERE player = ? AND id = "
            "(SELECT MAX(id) FROM answers WHERE player = a.player AND fact = a.fact)",
            (player,)).fetchall())
        for fact, asked, missed, last in rows:
            if not isinstance(fact, str):
                continue
            facts[fact] = Seen(asked=whole(asked), missed=whole(missed), last_asked=_moment(last),
                               last_right=bool(whole(last_right.get(fact, 1))))
        out[player] = facts
    return out


def answer_records(conn: sqlite3.Connection, player: str) -> list[AnswerRecord]:
    rows = conn.execute("SELECT fact, category, right, seconds, asked_at FROM answers "
                        "WHERE player = ? ORDER BY id", (player,)).fetchall()
    from quiz.statistics import AnswerRecord

    return [AnswerRecord(fact, category, bool(whole(right)),
                         None if took is None else seconds(took), _moment(asked_at))
            for fact, category, right, took, asked_at in rows
            if isinstance(fact, str) and isinstance(category, str)]


def round_records(conn: sqlite3.Connection, player: str) -> list[RoundRecord]:
    rows = conn.execute("SELECT played_at, score, correct, asked, best_streak, daily FROM rounds "
                        "WHERE player = ? AND mode NOT IN (?, ?) ORDER BY played_at, id",
                        (player, LEARN, PRACTICE)).fetchall()
    from quiz.statistics import RoundRecord

    return [RoundRecord(_moment(at), whole(score), whole(correct), whole(asked), whole(best),
                        _date(day))
            for at, score, correct, asked, best, day in rows]


def daily_played(conn: sqlite3.Connection, player: str, pack_set: str, day: dt.date) -> bool:
    return conn.execute("SELECT 1 FROM rounds WHERE player = ? AND pack_set = ? AND daily = ?",
                        (player, pack_set, day.isoformat())).fetchone() is not None


def players(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT player, MAX(played_at) FROM rounds GROUP BY player "
                        "ORDER BY MAX(played_at) DESC").fetchall()
    return [name for name, _ in rows if isinstance(name, str)]


def boxes(conn: sqlite3.Connection, player: str) -> dict[str, int]:
    rows = conn.execute("SELECT fact, box FROM learn_boxes WHERE player = ?", (player,)).fetchall()
    return {fact: max(0, whole(box)) for fact, box in rows if isinstance(fact, str)}


def save_box(conn: sqlite3.Connection, player: str, fact: str, box: int) -> bool:
    conn.execute("INSERT INTO learn_boxes (player, fact, box) VALUES (?, ?, ?) "
                 "ON CONFLICT (player, fact) DO UPDATE SET box = excluded.box",
                 (player, fact, int(box)))
    return True


def _moment(value: Any) -> float:
    """A wall-clock time in seconds; 0 (long ago) for anything that is not one."""
    return seconds(value) or 0.0


def _date(value: Any) -> Optional[dt.date]:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
