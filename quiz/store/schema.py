"""The tables in the score file: made on first use, and brought up to date in
place, in one transaction, when a file from an older version is opened.

Version 1 filed each score under an English label ("10 questions, 20 s") in a
``mode`` column. Version 2 files it under the parts of a ``TableKey``, each in
its own column. The labels are read back into those parts; a label that cannot
be read (it never came from the game) keeps its score in a table of its own
length, with no timer. Version 1 did not record the streak bonus, and it was on
by default, so its scores go to the tables with the bonus on. Version 3 adds
each player's history (rounds, answers, learn boxes); older files gain the
empty tables. Version 4 files each score under its round's formats too ("mixed"
rounds of every kind of question, "classic" four-option rounds); every score
of an older file was played before other kinds existed, so it is classic.
Version 5 files each score under its relaxed timer and scoring too: the
factor its timer was multiplied by (NULL for no time limit) and whether speed
earned points. Every older score was played at the normal pace with speed
points, so it keeps factor 1 and speed points on.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Optional

from quiz.store import history
from quiz.store.faults import rollback

SCHEMA_VERSION = 5

SCORES = """
CREATE TABLE IF NOT EXISTS scores (
    id INTEGER PRIMARY KEY,
    pack_set TEXT NOT NULL,
    questions INTEGER NOT NULL,
    timer REAL,
    streak_bonus INTEGER NOT NULL,
    mode TEXT NOT NULL,
    formats TEXT NOT NULL DEFAULT 'classic',
    time_factor REAL DEFAULT 1.0,
    speed_points INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    score INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    total INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    played_at TEXT NOT NULL
)"""
SCORES_INDEX = """
CREATE INDEX IF NOT EXISTS scores_by_table
    ON scores (pack_set, questions, timer, streak_bonus, mode, formats, time_factor, speed_points,
               score DESC, id)"""
SETTINGS = """
CREATE TABLE IF NOT EXISTS settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,
    saved_at TEXT NOT NULL
)"""
QUESTION_STATS = """
CREATE TABLE IF NOT EXISTS question_stats (
    pack_set TEXT NOT NULL,
    question_id TEXT NOT NULL,
    asked INTEGER NOT NULL DEFAULT 0,
    right INTEGER NOT NULL DEFAULT 0,
    total_time REAL NOT NULL DEFAULT 0,
    last_asked TEXT,
    PRIMARY KEY (pack_set, question_id)
)"""
TABLES = (SCORES, SCORES_INDEX, SETTINGS, QUESTION_STATS, *history.TABLES)

# How version 1 wrote a label: "10 questions, 20 s", "1 question, 12.5 s", "5 questions, no timer".
_V1_LABEL = re.compile(r"(\d+) questions?, (?:([0-9.]+(?:e[+-]?\d+)?) s|(no timer))")


def prepare(conn: sqlite3.Connection) -> None:
    """Make, update or mend the tables, unless another game did it first."""
    if _version(conn) >= SCHEMA_VERSION and not _missing(conn):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _version(conn)  # read again: another game may have just done it
        if version < SCHEMA_VERSION:
            if version == 1 and _has_table(conn, "scores"):
                _scores_from_v1(conn)
            elif version in (2, 3) and _has_table(conn, "scores"):
                _formats_column(conn)
                _relaxed_columns(conn)
            elif version == 4 and _has_table(conn, "scores"):
                _relaxed_columns(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        make_tables(conn)  # every one that is missing, after an update or a drop
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def make_tables(conn: sqlite3.Connection) -> None:
    """Every table and index that is missing (a dropped one comes back empty)."""
    for statement in TABLES:
        conn.execute(statement)


def v1_label_parts(label: object) -> Optional[tuple[int, Optional[float]]]:
    """(questions, timer) from a version 1 label, or None for one the game never wrote."""
    if not isinstance(label, str):
        return None
    match = _V1_LABEL.fullmatch(label)
    if match is None:
        return None
    try:
        timer = None if match.group(3) else float(match.group(2))
    except ValueError:
        return None
    return int(match.group(1)), timer


def _scores_from_v1(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE scores RENAME TO scores_v1")
    conn.execute("DROP INDEX IF EXISTS scores_by_table")
    conn.execute(SCORES)
    conn.execute("CREATE TEMP TABLE v1_labels (label, questions INTEGER, timer REAL)")
    labels = [row[0] for row in conn.execute("SELECT DISTINCT mode FROM scores_v1")]
    conn.executemany("INSERT INTO v1_labels VALUES (?, ?, ?)",
                     [(label, *(v1_label_parts(label) or (None, None))) for label in labels])
    # Every row is copied, with its id, so ties keep their order and nothing is lost.
    conn.execute(
        "INSERT INTO scores (id, pack_set, questions, timer, streak_bonus, mode, name, score, "
        "correct, total, best_streak, played_at) "
        "SELECT s.id, s.pack_set, COALESCE(l.questions, s.total), l.timer, 1, 'solo', s.name, "
        "s.score, s.correct, s.total, s.best_streak, s.played_at "
        "FROM scores_v1 AS s LEFT JOIN v1_labels AS l ON l.label IS s.mode")
    conn.execute("DROP TABLE v1_labels")
    conn.execute("DROP TABLE scores_v1")


def _formats_column(conn: sqlite3.Connection) -> None:
    """Version 2 and 3 scores were all four-option rounds: they become classic ones."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(scores)")}
    if "formats" not in columns:
        conn.execute("ALTER TABLE scores ADD COLUMN formats TEXT NOT NULL DEFAULT 'classic'")
    conn.execute("DROP INDEX IF EXISTS scores_by_table")  # remade with formats in it


def _relaxed_columns(conn: sqlite3.Connection) -> None:
    """Scores before version 5 were all played at the normal pace, with speed points."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(scores)")}
    if "time_factor" not in columns:
        conn.execute("ALTER TABLE scores ADD COLUMN time_factor REAL DEFAULT 1.0")
    if "speed_points" not in columns:
        conn.execute("ALTER TABLE scores ADD COLUMN speed_points INTEGER NOT NULL DEFAULT 1")
    conn.execute("DROP INDEX IF EXISTS scores_by_table")  # remade with the new columns


def _version(conn: sqlite3.Connection) -> int:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def _missing(conn: sqlite3.Connection) -> bool:
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    return not set(_NAMES) <= names


# The name each statement of TABLES makes, read from the statement itself.
_NAMES = tuple(re.search(r"IF NOT EXISTS (\w+)", statement).group(1) for statement in TABLES)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None
