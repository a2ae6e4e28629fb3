"""A score file written before tables had their own columns is brought up to date
in place, and every score lands in the table it was played in."""

import importlib.util
import shutil
import sqlite3
from pathlib import Path

from quiz.paths import DB_FILE
from quiz.settings import Settings
from quiz.store import Store
from quiz.store.schema import SCHEMA_VERSION, v1_label_parts
from quiz.tables import TableKey

DATA = Path(__file__).parent / "data"


def _made_with():
    spec = importlib.util.spec_from_file_location("make_v1_scores", DATA / "make_v1_scores.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MADE = _made_with()


def _old_file(folder):
    shutil.copyfile(DATA / "scores-v1.sqlite3", folder / DB_FILE)
    conn = sqlite3.connect(folder / DB_FILE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # really the old layout
    conn.close()


def _expected_tables():
    tables = {}
    for pack_set, questions, timer, name, score, right, total, streak in MADE.SCORES:
        tables.setdefault(TableKey(pack_set, questions, timer, formats="classic"), []).append(
            (name, score, right, total, streak))
    for rows in tables.values():
        rows.sort(key=lambda row: -row[1])  # stable: ties keep the order they were saved in
    return tables


def test_every_old_score_lands_in_its_table(tmp_path):
    _old_file(tmp_path)
    store = Store(tmp_path)
    assert store.can_save and store.take_notices() == []
    for key, rows in _expected_tables().items():
        got = [(e.name, e.score, e.correct, e.total, e.best_streak)
               for e in store.top_scores(key, limit=100)]
        assert got == rows, key
    pack_set, label, name, score, right, total, streak = MADE.ODD_LABEL
    # A label no game wrote keeps its score, in a table of its own length and no timer.
    assert [e.name for e in store.top_scores(TableKey(pack_set, total, None, formats="classic"))] == [name]
    saved = sum(len(t.entries) for t in store.all_tables())
    # The 10-question table has 12 scores, 2 beyond its top 10: all kept in the file.
    assert saved == len(MADE.SCORES) + 1 - 2
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0] == len(MADE.SCORES) + 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_old_settings_survive_and_new_scores_rank_among_old_ones(tmp_path):
    _old_file(tmp_path)
    store = Store(tmp_path)
    assert store.load_settings() == Settings(volume=0.3, questions=15, last_name="林见清")
    key = TableKey("us-and-them", 5, 10, formats="classic")
    assert store.add_score(key, "New", 3100, 4, 5, 1) == 3  # behind the two older 3100s
    assert store.add_score(TableKey("us-and-them", 5, 10, streak_bonus=False, formats="classic"), "Off", 10, 1, 5,
                           1) == 1  # the bonus off starts a table of its own
    store.close()
    again = Store(tmp_path)  # opening a second time changes nothing
    assert [e.name for e in again.top_scores(key)] == ["林见清", "方小晓", "New"]


def test_a_fault_during_the_update_leaves_the_old_file_whole(tmp_path):
    _old_file(tmp_path)
    before = (tmp_path / DB_FILE).read_bytes()

    class FailsLate(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.startswith("DROP TABLE scores_v1"):
                raise sqlite3.OperationalError("disk I/O error")
            return super().execute(sql, *args)

    broken = Store(tmp_path, connect=lambda p, **kw: sqlite3.connect(p, factory=FailsLate, **kw))
    assert not broken.can_save
    broken.close()
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0] == len(MADE.SCORES) + 1
    conn.close()
    assert (tmp_path / DB_FILE).read_bytes() == before
    store = Store(tmp_path)  # the next start updates it
    assert len(store.top_scores(TableKey("us-and-them", 10, 20, formats="classic"), limit=100)) == 12


def test_old_labels_are_read_back_into_their_parts():
    assert v1_label_parts("10 questions, 20 s") == (10, 20.0)
    assert v1_label_parts("1 question, 12.5 s") == (1, 12.5)
    assert v1_label_parts("5 questions, no timer") == (5, None)
    for odd in ("mode 0", "10 questions", "", None, b"10 questions, 20 s", 7):
        assert v1_label_parts(odd) is None


def test_two_games_opening_an_old_file_at_once_update_it_once(tmp_path):
    import threading

    _old_file(tmp_path)
    seen, errors = [], []
    both_open = threading.Barrier(2)

    def play():
        try:
            store = Store(tmp_path, busy_timeout=10.0)
            both_open.wait()
            seen.append((store.can_save, store.take_notices(),
                         len(store.top_scores(TableKey("us-and-them", 10, 20, formats="classic"), limit=100))))
            store.close()
        except Exception as error:  # a crash in a thread must fail the test
            errors.append(error)

    threads = [threading.Thread(target=play) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and seen == [(True, [], 12)] * 2
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0] == len(MADE.SCORES) + 1
