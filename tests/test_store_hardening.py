"""The store against a read-only disk, games saving at once, hostile values and
dropped tables: the scores are shown, none is lost, nothing crashes."""

import json
import multiprocessing
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from app_helpers import make_app, step
from quiz.cli import main
from quiz.paths import DB_FILE
from quiz.settings import Settings
from quiz.store import Store, notices
from quiz.store.connection import SAVE_PATIENCE
from quiz.tables import TableKey
from quiz.ui.scenes.high_scores import HighScoresScene

KEY = TableKey("us-and-them", 10, 20, formats="classic")  # rows written without formats


def _saved(folder, names=("Ann", "Bo", "Cy")):
    store = Store(folder)
    for n, who in enumerate(names):
        assert store.add_score(KEY, who, 1000 - n, 5, 10, 2) is not None
    assert store.save_settings(Settings(volume=0.25))
    store.close()
    return list(names)


# -- a read-only disk -------------------------------------------------------------

def _read_only_disk(side_files_can_be_made):
    """Open as SQLite does on a read-only disk: a read-write open fails, and a plain
    read-only one fails too when the WAL's side files cannot be made there."""
    def connect(path, **kwargs):
        if not kwargs.get("uri"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        if "mode=ro" in path and not side_files_can_be_made:
            raise sqlite3.OperationalError("unable to open database file")
        return sqlite3.connect(path, **kwargs)
    return connect


@pytest.mark.parametrize("side_files", [True, False])
def test_a_read_only_disk_still_shows_the_scores(tmp_path, side_files):
    names = _saved(tmp_path)
    store = Store(tmp_path, connect=_read_only_disk(side_files))
    assert store.is_open and not store.can_save
    assert [e.name for e in store.top_scores(KEY)] == names
    assert [t.key for t in store.all_tables()] == [KEY]
    assert store.load_settings().volume == 0.25
    assert [n.kind for n in store.take_notices()] == [notices.READ_ONLY]
    assert "already saved are shown" in notices.describe(
        notices.Notice(notices.READ_ONLY, folder="f", reason="r"))
    assert store.add_score(KEY, "Lost", 5000, 1, 1, 1) is None and not store.can_save
    assert store.take_notices() == []  # told once, not at every try
    assert [e.name for e in store.top_scores(KEY)] == names


def test_the_high_scores_screen_shows_a_read_only_disk_s_scores(tmp_path):
    names = _saved(tmp_path)
    app = make_app(store=Store(tmp_path, connect=_read_only_disk(False)))
    scene = HighScoresScene(app)
    shown = [t for t in scene.tables if t.entries]
    assert [e.name for e in shown[0].entries] == names


# -- games saving at the same time ---------------------------------------------------

def _save_many(folder, player, count):
    store = Store(folder)
    ranks = [store.add_score(KEY, player, n, 1, 1, 1) for n in range(count)]
    store.close()
    return ranks


@pytest.mark.parametrize("games", [2, 4])
def test_games_saving_at_the_same_time_lose_no_score(tmp_path, games):
    saves = 400
    Store(tmp_path).close()  # the first game to start makes the file
    players = [f"game {n}" for n in range(games)]
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=games,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_save_many, [tmp_path] * games, players, [saves] * games))
    assert time.monotonic() - started < 60  # no game waits for ever
    assert all(rank is not None for ranks in results for rank in ranks)
    conn = sqlite3.connect(tmp_path / DB_FILE)
    counts = dict(conn.execute("SELECT name, COUNT(*) FROM scores GROUP BY name").fetchall())
    assert counts == {player: saves for player in players}


class BusyAtOnce(sqlite3.Connection):
    """Answers "busy" without waiting, as SQLite sometimes does, for a few tries."""

    left = 0

    def execute(self, sql, *args):
        if sql == "BEGIN IMMEDIATE" and BusyAtOnce.left > 0:
            BusyAtOnce.left -= 1
            raise sqlite3.OperationalError("database is locked")
        return super().execute(sql, *args)


def test_a_busy_answer_without_waiting_is_tried_again(tmp_path):
    store = Store(tmp_path, connect=lambda p, **kw: sqlite3.connect(p, factory=BusyAtOnce, **kw))
    BusyAtOnce.left = 5
    assert store.add_score(KEY, "Ann", 10, 1, 1, 1) == 1
    assert BusyAtOnce.left == 0 and store.take_notices() == []


def test_a_file_busy_for_longer_than_the_wait_gives_up_in_time(tmp_path):
    store = Store(tmp_path, busy_timeout=0.02,
                  connect=lambda p, **kw: sqlite3.connect(p, factory=BusyAtOnce, **kw))
    BusyAtOnce.left = 10**9
    started = time.monotonic()
    assert store.add_score(KEY, "Ann", 10, 1, 1, 1) is None
    first = time.monotonic() - started
    assert 0.02 * SAVE_PATIENCE <= first < 0.02 * SAVE_PATIENCE + 0.5
    assert [n.kind for n in store.take_notices()] == [notices.LOCKED]
    started = time.monotonic()
    assert store.save_settings(Settings(volume=0.1)) is False
    assert time.monotonic() - started < first / 2  # known busy: no second long wait
    BusyAtOnce.left = 0
    assert store.add_score(KEY, "Ann", 10, 1, 1, 1) == 1


# -- hostile values ---------------------------------------------------------------

def _hostile(folder):
    _saved(folder)
    conn = sqlite3.connect(folder / DB_FILE)
    rows = [
        ("us-and-them", 10, 20.0, 1, "solo", "Text score", "lots", 1, 10, 1, "2026-01-01"),
        ("us-and-them", 10, 20.0, 1, "solo", b"\xff\xfeBlob\x00name", 900, "x", b"10", 2.5,
         b"\x00\x01"),
        ("us-and-them", 10, 20.0, 1, "solo", 12345, 1e300, -4, 10, 1, 7),
        (b"\x80pack", "ten", "soon", "yes", b"party", "Odd key", "950", 9, 10, 3, "2026-01-02"),
    ]
    conn.executemany(
        "INSERT INTO scores (pack_set, questions, timer, streak_bonus, mode, name, score, "
        "correct, total, best_streak, played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO question_stats (pack_set, question_id, asked, right) "
                 "VALUES ('us-and-them', x'ff', 'many', 'none')")
    conn.commit()
    conn.close()


def test_hostile_values_are_read_without_crashing(tmp_path):
    _hostile(tmp_path)
    store = Store(tmp_path)
    top = store.top_scores(KEY)
    assert [(e.name, e.score) for e in top] == [
        ("12345", 10**15), ("Ann", 1000), ("Bo", 999), ("Cy", 998),
        ("\ufffd\ufffdBlobname", 900),
        ("Text score", 0),  # text is no score: it sorts last, not above every real one
    ]
    blob = top[4]
    assert (blob.correct, blob.total, blob.best_streak, blob.played_at) == (0, 10, 2, "\x00\x01")
    assert top[0].played_at == "7" and top[0].correct == -4
    tables = store.all_tables()
    assert sum(len(t.entries) for t in tables) == 7  # every row shows somewhere
    odd = [t for t in tables if t.key.pack_set != "us-and-them"][0]
    assert odd.key == TableKey("\ufffdpack", 0, None, False, "party", "classic")
    assert store.question_stats("us-and-them") == {"\ufffd": (0, 0)}
    json.dumps([t.to_dict() for t in tables])


def test_text_that_is_not_utf8_is_read(tmp_path):
    _saved(tmp_path, names=("Ann",))
    conn = sqlite3.connect(tmp_path / DB_FILE)
    conn.execute("INSERT INTO scores (pack_set, questions, timer, streak_bonus, mode, name, score, "
                 "correct, total, best_streak, played_at) VALUES ('us-and-them', 10, 20.0, 1, "
                 "'solo', CAST(x'4bff6c' AS TEXT), 5000, 1, 10, 1, '2026-01-01')")
    conn.commit()
    conn.close()
    assert [e.name for e in Store(tmp_path).top_scores(KEY)] == ["K\ufffdl", "Ann"]


def test_a_programming_error_is_raised_not_told(tmp_path):
    """A bug in the calling code (here: a store used from another thread than the
    one that opened it) must surface, not read as a file that cannot be written."""
    import threading

    made = []
    opener = threading.Thread(target=lambda: made.append(Store(tmp_path)))
    opener.start()
    opener.join()
    with pytest.raises(sqlite3.ProgrammingError):
        made[0].add_score(KEY, "Ann", 10, 1, 1, 1)
    with pytest.raises(sqlite3.ProgrammingError):
        made[0].top_scores(KEY)
    assert made[0].take_notices() == []


def test_scores_json_and_text_with_hostile_values(_data_folder, capsys):
    _hostile(_data_folder)
    assert main(["scores", "--json"]) == 0
    tables = json.loads(capsys.readouterr().out)
    assert sum(len(t["entries"]) for t in tables) == 7
    assert main(["scores"]) == 0
    assert "Text score" in capsys.readouterr().out


def test_the_high_scores_screen_draws_hostile_values(tmp_path):
    _hostile(tmp_path)
    app = make_app(store=Store(tmp_path))
    app.update_settings(formats="classic")  # the rows were written without formats: classic
    scene = HighScoresScene(app)
    app.stack.push(scene)
    assert len(scene.tables) == 2
    for _ in scene.tables:
        step(app)  # draws the table; a bad value would raise here
        scene.switch(1)
    assert scene.table.entries[0].name == "12345"


# -- dropped tables -----------------------------------------------------------------

def _drop_everything(folder):
    conn = sqlite3.connect(folder / DB_FILE)
    for table in ("scores", "settings", "question_stats"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


def test_dropped_tables_are_made_again_on_opening(tmp_path):
    _saved(tmp_path)
    _drop_everything(tmp_path)
    store = Store(tmp_path)
    assert store.can_save and store.take_notices() == []
    assert store.load_settings() == Settings()
    assert store.add_score(KEY, "New", 10, 1, 1, 1) == 1
    assert store.save_settings(Settings(volume=0.5)) and store.load_settings().volume == 0.5


def test_tables_dropped_while_the_game_runs_are_made_again(tmp_path):
    store = Store(tmp_path)
    assert store.add_score(KEY, "Before", 10, 1, 1, 1) == 1
    _drop_everything(tmp_path)
    assert store.top_scores(KEY) == []  # read: nothing there, and no crash
    assert store.add_score(KEY, "After", 20, 1, 1, 1) == 1
    assert store.save_settings(Settings(volume=0.4))
    assert [e.name for e in Store(tmp_path).top_scores(KEY)] == ["After"]
    assert store.take_notices() == []
