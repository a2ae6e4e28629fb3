"""Relaxed timers and accuracy-only scoring: more time or none, full points for any right
answer, and tables of their own, in the file and in a file from before they existed."""

import sqlite3

import pytest

from quiz.clock import FakeClock
from quiz.finish import NAME_WANTED, finish_round
from quiz.kinds.choice import ChoiceQuestion
from quiz.paths import DB_FILE
from quiz.round import Round, RoundConfig
from quiz.round_plan import plan_round
from quiz.settings import Settings
from quiz.store import Store
from quiz.store.schema import SCHEMA_VERSION
from quiz.tables import TableKey, label

PACK = "us-and-them"


def _question(n, difficulty="easy"):
    return ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category="People", difficulty=difficulty,
                          question=f"Question {n}?", choices=("A", "B", "C", "D"), answer=0,
                          explanation="", source="test")


def _round(config, waits):
    clock = FakeClock(10.0)
    rnd = Round([_question(i) for i in range(len(waits))], config, clock)
    for wait in waits:
        clock.advance(wait)
        rnd.answer(0)
        rnd.next()
    return rnd.results()


def test_accuracy_only_gives_full_points_however_long_it_took():
    slow = [15.0, 18.0, 19.5]
    timed = _round(RoundConfig(timer=20.0, streak_bonus=False), slow)
    accuracy = _round(RoundConfig(timer=20.0, streak_bonus=False, speed_points=False), slow)
    assert [a.points for a in accuracy.answers] == [1000, 1000, 1000]
    assert all(a.points < 700 for a in timed.answers)
    # The limit still holds: past it is a time-out, worth nothing.
    late = _round(RoundConfig(timer=20.0, speed_points=False), [25.0])
    assert late.answers[0].timed_out and late.score == 0


@pytest.mark.parametrize("factor,limit", [(1.0, 20.0), (1.5, 30.0), (2.0, 40.0), (4.0, 80.0),
                                          (None, None)])
def test_a_relaxed_timer_multiplies_the_rounds_limit(factor, limit):
    settings = Settings(timer=20, time_factor=factor)
    plan = plan_round(settings, {}, [], practice=False)
    assert plan.timer == 20.0 and plan.limit == limit
    assert plan.saves  # a relaxed round keeps its scores, in tables of its own
    clock = FakeClock(0.0)
    rnd = Round([_question(0)], RoundConfig(timer=plan.limit), clock)
    clock.advance(35.0)
    rnd.update()
    # 35 s in: over the normal and x1.5 limits, inside x2, x4 and no limit.
    assert (rnd.last is not None and rnd.last.timed_out) == (limit is not None and limit < 35)


def test_relaxed_rounds_file_their_scores_apart():
    plain = TableKey(PACK, 10, 20.0)
    tables = {plain, TableKey(PACK, 10, 20.0, time_factor=2.0), TableKey(PACK, 10, 20.0, time_factor=None),
              TableKey(PACK, 10, 20.0, speed_points=False),
              TableKey(PACK, 10, 20.0, time_factor=4, speed_points=False)}
    assert len(tables) == 5
    assert TableKey(PACK, 10, 20.0, time_factor=2) == TableKey(PACK, 10, 20.0, time_factor=2.0)
    assert not plain.relaxed and all(k.relaxed for k in tables - {plain})
    assert label(plain) == "10 questions, 20 s"
    assert label(TableKey(PACK, 10, 20.0, time_factor=1.5)) == "10 questions, 20 s, 1.5 times the time"
    assert label(TableKey(PACK, 10, 20.0, time_factor=None, speed_points=False)) == (
        "10 questions, 20 s, no time limit, accuracy only")


def test_a_relaxed_round_saves_to_its_own_table(tmp_path):
    store = Store(tmp_path)
    results = _round(RoundConfig(timer=40.0, speed_points=False), [30.0, 30.0])
    done = finish_round(results, store, pack_ids=[PACK], timer=20.0, streak_bonus=True,
                        practice=False, time_factor=2.0, speed_points=False)
    assert done.status.kind == NAME_WANTED
    done.save("Jianqing")
    relaxed = TableKey(PACK, 2, 20.0, time_factor=2.0, speed_points=False, formats="mixed")
    assert [e.name for e in store.top_scores(relaxed)] == ["Jianqing"]
    assert store.top_scores(TableKey(PACK, 2, 20.0)) == []
    # Read back from the file, the table keeps its relaxed parts.
    again = Store(tmp_path)
    assert [t.key for t in again.all_tables()] == [relaxed]
    assert again.all_tables()[0].to_dict()["time_factor"] == 2.0


V4_SCORES = """
CREATE TABLE scores (
    id INTEGER PRIMARY KEY, pack_set TEXT NOT NULL, questions INTEGER NOT NULL, timer REAL,
    streak_bonus INTEGER NOT NULL, mode TEXT NOT NULL,
    formats TEXT NOT NULL DEFAULT 'classic', name TEXT NOT NULL, score INTEGER NOT NULL,
    correct INTEGER NOT NULL, total INTEGER NOT NULL, best_streak INTEGER NOT NULL,
    played_at TEXT NOT NULL)"""


def test_scores_from_before_relaxed_tables_survive_in_the_normal_ones(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    conn = sqlite3.connect(tmp_path / DB_FILE)
    conn.execute(V4_SCORES)
    rows = [(1, PACK, 10, 20.0, 1, "solo", "mixed", "Xiaoxiao", 9100, 9, 10, 6, "2024-01-01T10:00"),
            (2, PACK, 10, 20.0, 1, "solo", "mixed", "Jianqing", 8000, 8, 10, 4, "2024-01-02T10:00"),
            (3, PACK, 5, None, 0, "solo", "classic", "Mei", 4000, 4, 5, 2, "2024-01-03T10:00")]
    conn.executemany("INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()

    store = Store(tmp_path)
    assert store.can_save and store.take_notices() == []
    normal = TableKey(PACK, 10, 20.0)
    assert [(e.name, e.score) for e in store.top_scores(normal)] == [("Xiaoxiao", 9100),
                                                                     ("Jianqing", 8000)]
    assert [e.name for e in store.top_scores(TableKey(PACK, 5, None, streak_bonus=False,
                                                      formats="classic"))] == ["Mei"]
    assert store.top_scores(TableKey(PACK, 10, 20.0, time_factor=2.0)) == []
    # A new score ranks among the old ones, and a relaxed one starts its own table.
    assert store.add_score(normal, "New", 8500, 9, 10, 3) == 2
    assert store.add_score(TableKey(PACK, 10, 20.0, speed_points=False), "Calm", 100, 1, 10, 1) == 1
    store.close()
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0] == 5
    conn.close()


def test_the_title_says_the_relaxed_pace_of_the_next_round():
    from app_helpers import make_app
    from quiz.ui.scenes.title import round_summary

    app = make_app((1280, 720))
    try:
        assert " · 20 s · " in round_summary(app)
        app.update_settings(time_factor=2.0)
        assert " · 40 s · " in round_summary(app)
        app.update_settings(time_factor=None, speed_points=False)
        summary = round_summary(app)
        assert "no time limit" in summary and summary.endswith("accuracy only")
    finally:
        app.close()


def test_high_scores_open_on_the_table_the_next_relaxed_round_goes_into():
    from app_helpers import make_app
    from quiz.ui.scenes.high_scores import current_table

    app = make_app((1280, 720))
    try:
        assert (current_table(app).time_factor, current_table(app).speed_points) == (1.0, True)
        app.update_settings(time_factor=2.0, speed_points=False)
        table = current_table(app)
        plan = app.plan_round(False)
        assert (table.time_factor, table.speed_points) == (plan.time_factor, plan.speed_points) == (2.0, False)
    finally:
        app.close()
