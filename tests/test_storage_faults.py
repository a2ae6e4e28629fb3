"""The store under faults: damaged files, unwritable folders, full disks and locks.

Every test checks the same promises: nothing raises to the caller, the game can
go on, the player is told once in a plain sentence, and no score already saved
is lost. Tests run as root, so an unwritable folder is made with a path under a
regular file, or by making sqlite3 fail the way a read-only disk makes it fail.
"""

import os
import re
import sqlite3
from datetime import datetime

import pytest

from quiz.paths import DB_FILE
from quiz.settings import Settings
from quiz.tables import TableKey
from quiz.store import Store, describe

PACKS = "us-and-them"
KEY = TableKey(PACKS, 10, 20)
STAMP = datetime(2026, 11, 25, 9, 30, 5).astimezone()


def _told(store):
    """What the player is shown, as sentences."""
    return [describe(n) for n in store.take_notices()]


def _fixed_now():
    return STAMP


def _names(store):
    return [e.name for e in store.top_scores(KEY, limit=1000)]


def _saved_db(folder, count=3):
    store = Store(folder)
    for i in range(count):
        assert store.add_score(KEY, f"Player {i}", 1000 + i, 5, 10, 2) is not None
    assert store.save_settings(Settings(volume=0.15))
    store.close()
    return [f"Player {i}" for i in reversed(range(count))]


def _assert_plays_on_without_saving(store):
    # can_save may stay hopeful until a write is tried (a lock shows only then),
    # but after a failed write it must say so.
    assert store.add_score(KEY, "Lost", 10, 1, 1, 1) is None
    assert not store.can_save
    assert store.save_settings(Settings(volume=0.5)) is False
    assert not store.can_save
    store.record_answers(type("Results", (), {"answers": ()})(), PACKS)  # silent
    assert isinstance(store.load_settings(), Settings)
    assert isinstance(store.all_tables(), list)


# -- a damaged file -------------------------------------------------------------

def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path):
    junk = b"These are my notes, not a database.\n" * 50
    (tmp_path / DB_FILE).write_bytes(junk)
    store = Store(tmp_path, now=_fixed_now)
    aside = tmp_path / f"{DB_FILE}.corrupt-20261125-093005"
    assert store.moved_aside == [aside]
    assert aside.read_bytes() == junk  # kept as it was
    notices = _told(store)
    assert len(notices) == 1 and aside.name in notices[0] and "fresh" in notices[0]
    assert _told(store) == []
    assert store.can_save and store.add_score(KEY, "New", 5, 1, 1, 1) == 1
    store.close()
    again = Store(tmp_path, now=_fixed_now)
    assert _told(again) == [] and _names(again) == ["New"]


@pytest.mark.parametrize("damage", ["garbage page", "truncated", "zeroed header"])
def test_a_damaged_database_is_moved_aside_and_a_fresh_one_made(tmp_path, damage):
    store = Store(tmp_path)
    for i in range(300):  # several pages
        store.add_score(KEY, f"name {i}", i, 1, 1, 1)
    store.close()
    path = tmp_path / DB_FILE
    data = bytearray(path.read_bytes())
    if damage == "garbage page":
        data[4096 * 2:4096 * 3] = b"\xab" * 4096
    elif damage == "truncated":
        data = data[: len(data) // 2]
    else:
        data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    store = Store(tmp_path, now=_fixed_now)
    assert len(store.moved_aside) == 1 and store.moved_aside[0].read_bytes() == bytes(data)
    assert len(_told(store)) == 1
    assert store.top_scores(KEY) == []
    assert store.add_score(KEY, "After", 1, 1, 1, 1) == 1


def test_two_damaged_files_in_one_second_both_kept(tmp_path):
    for n in (1, 2):
        (tmp_path / DB_FILE).write_bytes(b"junk %d" % n * 100)
        Store(tmp_path, now=_fixed_now).close()
    kept = sorted(p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name)
    assert kept == [f"{DB_FILE}.corrupt-20261125-093005", f"{DB_FILE}.corrupt-20261125-093005-2"]


def test_journal_files_go_with_the_damaged_file(tmp_path):
    (tmp_path / DB_FILE).write_bytes(b"x" * 5000)
    (tmp_path / f"{DB_FILE}-wal").write_bytes(b"old log")
    store = Store(tmp_path, now=_fixed_now)
    assert not (tmp_path / f"{DB_FILE}-wal").exists() or \
        (tmp_path / f"{DB_FILE}-wal").read_bytes() != b"old log"
    assert (tmp_path / f"{DB_FILE}.corrupt-20261125-093005-wal").read_bytes() == b"old log"
    assert store.can_save


def test_a_damaged_file_that_cannot_be_moved_leaves_the_game_playing(tmp_path, monkeypatch):
    (tmp_path / DB_FILE).write_bytes(b"junk" * 1000)

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    store = Store(tmp_path)
    assert not store.is_open
    _assert_plays_on_without_saving(store)
    notices = _told(store)
    assert len(notices) == 1 and "damaged" in notices[0] and "permission denied" in notices[0]
    assert (tmp_path / DB_FILE).read_bytes() == b"junk" * 1000  # left alone


class FaultyConnection(sqlite3.Connection):
    """A real connection that fails chosen statements with a chosen error."""

    fault = None  # (error, predicate on the SQL text, times left)

    def execute(self, sql, *args):
        fault = FaultyConnection.fault
        if fault is not None and fault[1](sql) and fault[2] > 0:
            FaultyConnection.fault = (fault[0], fault[1], fault[2] - 1)
            raise fault[0]
        return super().execute(sql, *args)


def faulty_connect(path, **kwargs):
    return sqlite3.connect(path, factory=FaultyConnection, **kwargs)


@pytest.fixture
def faults():
    def set_fault(error, predicate, times=10 ** 9):
        FaultyConnection.fault = (error, predicate, times)

    yield set_fault
    FaultyConnection.fault = None


def test_damage_found_while_playing_is_moved_aside_and_the_score_saved(tmp_path, faults):
    store = Store(tmp_path, connect=faulty_connect, now=_fixed_now)
    store.add_score(KEY, "Before", 1, 1, 1, 1)
    faults(sqlite3.DatabaseError("database disk image is malformed"),
           lambda sql: sql.startswith("INSERT INTO scores"), times=1)
    assert store.add_score(KEY, "During", 2, 1, 1, 1) == 1
    assert store.moved_aside == [tmp_path / f"{DB_FILE}.corrupt-20261125-093005"]
    assert _names(store) == ["During"]
    assert len(_told(store)) == 1


# -- an unwritable folder -------------------------------------------------------

def test_a_data_folder_under_a_regular_file(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    store = Store(blocker / "data")
    assert not store.is_open
    _assert_plays_on_without_saving(store)
    assert store.top_scores(KEY) == [] and store.all_tables() == []
    assert not store.is_high_score(KEY, 500)
    notices = _told(store)
    assert len(notices) == 1
    assert notices[0].startswith("Scores cannot be saved") and str(blocker / "data") in notices[0]
    assert "US_AND_THEM_QUIZ_DATA" in notices[0]


def test_a_folder_sqlite_cannot_open_in(tmp_path):
    def cannot_open(path, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    store = Store(tmp_path, connect=cannot_open)
    _assert_plays_on_without_saving(store)
    assert len(_told(store)) == 1


def test_a_read_only_file_still_shows_the_saved_scores(tmp_path):
    saved = _saved_db(tmp_path)

    def read_only(path, **kwargs):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, **kwargs)

    store = Store(tmp_path, connect=read_only)
    assert store.is_open and _names(store) == saved
    assert store.load_settings().volume == 0.15
    _assert_plays_on_without_saving(store)
    notices = _told(store)
    assert len(notices) == 1 and notices[0].startswith("Scores cannot be saved")
    assert _names(Store(tmp_path)) == saved


# -- a full disk ----------------------------------------------------------------

def test_a_really_full_database_keeps_what_it_had(tmp_path):
    store = Store(tmp_path)
    # SQLite's own page limit gives the genuine "database or disk is full".
    (pages,) = store._db._conn.execute("PRAGMA page_count").fetchone()
    store._db._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    saved = []
    for i in range(2000):
        rank = store.add_score(KEY, f"Player {i:04d} " + "x" * 12, i, 1, 1, 1)
        if rank is None:
            break
        saved.append(f"Player {i:04d} " + "x" * 12)
    else:
        pytest.fail("the database never filled up")
    assert saved and not store.can_save
    assert _told(store) == ["Scores cannot be saved: the disk is full. "
                                    "Free some space; the game plays on."]
    assert store.add_score(KEY, "Player 9999 " + "x" * 12, 1, 1, 1, 1) is None
    assert _told(store) == []  # told once
    store.close()
    assert sorted(_names(Store(tmp_path))) == sorted(saved)


def test_saving_settings_on_a_full_disk_keeps_the_old_ones_whole(tmp_path):
    store = Store(tmp_path)
    assert store.save_settings(Settings(volume=0.2, category="Music"))
    (pages,) = store._db._conn.execute("PRAGMA page_count").fetchone()
    store._db._conn.execute(f"PRAGMA max_page_count = {pages}")
    assert store.save_settings(Settings(volume=0.9, category="y" * 200_000)) is False
    assert store.load_settings() == Settings(volume=0.2, category="Music")
    store.close()
    assert Store(tmp_path).load_settings() == Settings(volume=0.2, category="Music")


def test_an_injected_disk_full_and_recovery(tmp_path, faults):
    saved = _saved_db(tmp_path)
    store = Store(tmp_path, connect=faulty_connect)
    faults(sqlite3.OperationalError("database or disk is full"), lambda sql: sql.startswith("INSERT"))
    _assert_plays_on_without_saving(store)
    assert _names(store) == saved
    assert any("disk is full" in n for n in _told(store))
    FaultyConnection.fault = None  # space was freed
    assert store.add_score(KEY, "Later", 1, 1, 1, 1) == 4 and store.can_save
    faults(sqlite3.OperationalError("database or disk is full"), lambda sql: sql.startswith("INSERT"))
    assert store.add_score(KEY, "Full again", 1, 1, 1, 1) is None
    assert len(_told(store)) == 1  # a new episode is told again


def test_a_failure_inside_a_write_rolls_the_whole_write_back(tmp_path, faults):
    store = Store(tmp_path, connect=faulty_connect)
    store.add_score(KEY, "Kept", 5, 1, 1, 1)
    # The score row goes in, then the rank query fails: the row must not stay.
    faults(sqlite3.OperationalError("disk I/O error"), lambda sql: sql.startswith("SELECT COUNT"),
           times=1)
    assert store.add_score(KEY, "Half", 9, 1, 1, 1) is None
    assert _names(store) == ["Kept"]


# -- a locked file --------------------------------------------------------------

def test_a_file_locked_for_writing_still_reads_and_saves_later(tmp_path):
    saved = _saved_db(tmp_path)
    other = sqlite3.connect(tmp_path / DB_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    store = Store(tmp_path, busy_timeout=0.05)
    assert _names(store) == saved  # WAL: readers are not blocked
    _assert_plays_on_without_saving(store)
    notices = _told(store)
    assert len(notices) == 1 and "another program" in notices[0]
    other.execute("ROLLBACK")
    other.close()
    assert store.add_score(KEY, "After", 5000, 1, 1, 1) == 1 and store.can_save
    assert _names(store) == ["After"] + saved
    assert store.load_settings().volume == 0.15


def test_a_file_locked_exclusively_before_the_game_starts(tmp_path):
    saved = _saved_db(tmp_path)
    other = sqlite3.connect(tmp_path / DB_FILE, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("COMMIT")  # exclusive mode keeps the lock after the transaction
    store = Store(tmp_path, busy_timeout=0.05)
    assert not store.is_open
    _assert_plays_on_without_saving(store)
    assert store.load_settings() == Settings()
    assert len(_told(store)) == 1
    other.close()
    assert store.add_score(KEY, "After", 1, 1, 1, 1) == 4
    assert _names(store) == saved + ["After"]
    assert store.load_settings().volume == 0.15


def test_notices_are_plain_sentences(tmp_path, faults):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    notices = _told(Store(blocker / "d"))
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / DB_FILE).write_text("junk" * 100)
    notices += _told(Store(tmp_path / "db"))
    for notice in notices:
        assert re.fullmatch(r"[A-Z][^\n]*[.]", notice), notice
        assert "Traceback" not in notice and "Error" not in notice
