"""High scores, settings and statistics in SQLite, when nothing goes wrong."""

import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.clock import FakeClock
from quiz.kinds.choice import ChoiceQuestion
from quiz.paths import DB_FILE
from quiz.round import Round, RoundConfig
from quiz.settings import NAME_MAX_LENGTH, Settings
from quiz.tables import TableKey
from quiz.store import ScoreEntry, Store
from quiz.textout import format_score_tables

PACKS = "us-and-them"
KEY = TableKey(PACKS, 10, 20)


class Ticking:
    """A wall clock for played_at that moves a minute per reading."""

    def __init__(self):
        self.t = datetime(2026, 3, 1, 20, 0, tzinfo=timezone(timedelta(hours=8)))

    def __call__(self):
        self.t += timedelta(minutes=1)
        return self.t


def test_uses_the_data_folder_by_default(_data_folder):
    store = Store()
    assert store.path == _data_folder / DB_FILE
    assert store.can_save and store.is_open and store.take_notices() == []
    assert store.add_score(KEY, "Ann", 100, 1, 10, 1) == 1
    assert (_data_folder / DB_FILE).is_file()


def test_uses_a_given_folder_and_creates_it(tmp_path):
    folder = tmp_path / "a" / "b"
    store = Store(folder)
    assert store.save_settings(Settings())
    assert (folder / DB_FILE).is_file()


def test_file_is_in_wal_mode_with_a_schema_version(tmp_path):
    Store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"scores", "settings", "question_stats"} <= tables


def test_scores_are_ranked_and_kept(tmp_path):
    store = Store(tmp_path, now=Ticking())
    assert store.add_score(KEY, "Ann", 5000, 7, 10, 3) == 1
    assert store.add_score(KEY, "Bo", 9000, 10, 10, 10) == 1
    assert store.add_score(KEY, "Cy", 5000, 7, 10, 2) == 3  # a tie ranks after the older score
    assert store.add_score(KEY, "Di", 100, 1, 10, 1) == 4
    store.close()
    top = Store(tmp_path).top_scores(KEY)
    assert [(e.name, e.score) for e in top] == [("Bo", 9000), ("Ann", 5000), ("Cy", 5000), ("Di", 100)]
    assert top[0] == ScoreEntry("Bo", 9000, 10, 10, 10, "2026-03-01T20:02:00+08:00")


def test_only_the_top_ten_are_shown_but_nothing_is_deleted(tmp_path):
    store = Store(tmp_path)
    for score in range(100, 1600, 100):  # 15 scores
        store.add_score(KEY, f"P{score}", score, 1, 10, 1)
    top = store.top_scores(KEY)
    assert [e.score for e in top] == list(range(1500, 500, -100))
    assert len(store.top_scores(KEY, limit=50)) == 15
    assert store.add_score(KEY, "Late", 150, 1, 10, 1) == 15


def test_is_high_score(tmp_path):
    store = Store(tmp_path)
    assert not store.is_high_score(KEY, 0)
    assert store.is_high_score(KEY, 1)
    for score in range(100, 1100, 100):
        store.add_score(KEY, "P", score, 1, 10, 1)
    assert not store.is_high_score(KEY, 99)
    assert not store.is_high_score(KEY, 100)  # a tie with the tenth stays out
    assert store.is_high_score(KEY, 101)
    assert store.is_high_score(TableKey(PACKS, 5, 20), 1)  # another table


def test_tables_are_kept_per_pack_set_length_timer_and_streak_bonus(tmp_path):
    store = Store(tmp_path)
    store.add_score(TableKey("us-and-them", 10, 20), "A", 300, 3, 10, 1)
    store.add_score(TableKey("us-and-them", 5, 10), "B", 200, 2, 5, 1)
    store.add_score(TableKey("my-pack+us-and-them", 10, 20), "C", 100, 1, 10, 1)
    store.add_score(TableKey("us-and-them", 10, 20.0), "D", 400, 4, 10, 2)
    store.add_score(TableKey("us-and-them", 10, 20, streak_bonus=False), "E", 500, 5, 10, 3)
    store.add_score(TableKey("us-and-them", 10, 20, mode="party"), "F", 600, 6, 10, 3)
    tables = store.all_tables()
    assert [t.key for t in tables] == [
        TableKey("my-pack+us-and-them", 10, 20),
        TableKey("us-and-them", 10, 20),
        TableKey("us-and-them", 5, 10),
        TableKey("us-and-them", 10, 20, streak_bonus=False),
        TableKey("us-and-them", 10, 20, mode="party"),
    ]
    assert [e.name for e in tables[1].entries] == ["D", "A"]
    assert [e.name for e in tables[3].entries] == ["E"]  # the bonus off has a table of its own
    as_json = tables[3].to_dict()
    assert (as_json["pack_set"], as_json["questions"], as_json["timer"], as_json["streak_bonus"],
            as_json["mode"], as_json["label"]) == \
        ("us-and-them", 10, 20.0, False, "solo", "10 questions, 20 s, no streak bonus")
    assert set(as_json["entries"][0]) == {"name", "score", "correct", "total", "best_streak",
                                          "played_at"}
    text = format_score_tables([t.to_dict() for t in tables])
    assert "us-and-them (10 questions, 20 s)" in text and "400 pts" in text


def test_all_tables_is_empty_at_first(tmp_path):
    assert Store(tmp_path).all_tables() == []


def test_names_are_cleaned(tmp_path):
    store = Store(tmp_path)
    store.add_score(KEY, "  方\n小晓\x00 ", 10, 1, 1, 1)
    store.add_score(KEY, "", 5, 1, 1, 1)
    store.add_score(KEY, "y" * 10_000, 1, 1, 1, 1)
    names = [e.name for e in store.top_scores(KEY)]
    assert names == ["方 小晓", "Player", "y" * NAME_MAX_LENGTH]


def test_settings_round_trip_and_defaults(tmp_path):
    store = Store(tmp_path)
    assert store.load_settings() == Settings()
    mine = Settings(volume=0.3, timer=None, packs=("a", "b"), last_name="见清")
    assert store.save_settings(mine)
    store.close()
    assert Store(tmp_path).load_settings() == mine


def test_settings_saved_twice_keep_the_latest(tmp_path):
    store = Store(tmp_path)
    store.save_settings(Settings(volume=0.1))
    store.save_settings(Settings(volume=0.9))
    assert store.load_settings().volume == 0.9
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 1


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", '{"volume": "x", "sound": false}', "9" * 5000])
def test_unreadable_saved_settings_fall_back_to_defaults(tmp_path, stored):
    Store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_FILE)
    conn.execute("INSERT INTO settings (id, data, saved_at) VALUES (1, ?, '')", (stored,))
    conn.commit()
    conn.close()
    loaded = Store(tmp_path).load_settings()
    assert loaded.volume == 0.7
    assert loaded.sound is (False if "sound" in stored else True)


def _question(n, category="People"):
    return ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category=category, difficulty="easy",
                    question="?", choices=("a", "b"), answer=0, explanation="", source="t")


def test_record_answers_counts_asked_and_right(tmp_path):
    store = Store(tmp_path)
    for choices in ([0, 1, 0], [0, 0, 1]):
        rnd = Round([_question(i) for i in range(3)], RoundConfig(), FakeClock())
        for choice in choices:
            rnd.answer(choice)
            rnd.next()
        store.record_answers(rnd.results(), PACKS)
    assert store.question_stats(PACKS) == {"q0": (2, 2), "q1": (2, 1), "q2": (2, 1)}
    assert store.question_stats("other") == {}


def test_two_games_on_one_file_both_save(tmp_path):
    first, second = Store(tmp_path), Store(tmp_path)
    assert first.add_score(KEY, "First", 500, 5, 10, 2) == 1
    assert second.add_score(KEY, "Second", 700, 7, 10, 3) == 1
    assert first.add_score(KEY, "First again", 600, 6, 10, 2) == 2
    assert first.save_settings(Settings(volume=0.2))
    assert second.save_settings(Settings(volume=0.4))
    for store in (first, second):
        assert [e.name for e in store.top_scores(KEY)] == ["Second", "First again", "First"]
        assert store.load_settings().volume == 0.4
        assert store.take_notices() == []


def _play_a_session(folder, player):
    store = Store(folder, busy_timeout=10.0)
    ranks = [store.add_score(TableKey(PACKS, i % 3 + 1, 20), player, i, 1, 1, 1) for i in range(40)]
    store.close()
    return ranks


def test_two_threads_saving_at_the_same_time_lose_nothing(tmp_path):
    Store(tmp_path).close()
    results, errors = {}, []

    def play(player):
        try:
            results[player] = _play_a_session(tmp_path, player)
        except Exception as error:  # a crash in a thread must fail the test
            errors.append(error)

    threads = [threading.Thread(target=play, args=(name,)) for name in ("left", "right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(rank is not None for ranks in results.values() for rank in ranks)
    assert len(Store(tmp_path).top_scores(TableKey(PACKS, 1, 20), limit=100)) == 28


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=25))
def test_ranks_and_tables_match_a_simple_model(tmp_path_factory, scores):
    """Rank = place among all scores so far, ties behind older ones; the table is the best 10."""
    store = Store(tmp_path_factory.mktemp("model"))
    model = []
    for n, score in enumerate(scores):
        rank = store.add_score(KEY, f"P{n}", score, 1, 1, 1)
        model.append((-score, n))
        model.sort()
        assert rank == model.index((-score, n)) + 1
        assert store.is_high_score(KEY, score + 1) == (len(model) < 10 or -(score + 1) < model[9][0])
    assert [e.name for e in store.top_scores(KEY)] == [f"P{n}" for _, n in model[:10]]
    store.close()
