"""Round formats: mixed rounds ask every kind, classic rounds four options only; each
keeps its own high scores, and scores from before formats existed are classic."""

from __future__ import annotations

import sqlite3

from app_helpers import make_app
from quiz.paths import DB_FILE
from quiz.round_plan import RoundPlan
from quiz.store import Store
from quiz.tables import TableKey, label
from quiz.ui.rounds import start_round

# The scores table as version 3 of the score file had it: no formats column.
V3_SCORES = """
CREATE TABLE scores (
    id INTEGER PRIMARY KEY, pack_set TEXT NOT NULL, questions INTEGER NOT NULL, timer REAL,
    streak_bonus INTEGER NOT NULL, mode TEXT NOT NULL, name TEXT NOT NULL,
    score INTEGER NOT NULL, correct INTEGER NOT NULL, total INTEGER NOT NULL,
    best_streak INTEGER NOT NULL, played_at TEXT NOT NULL)"""


def test_a_plan_asks_its_formats_kinds():
    plan = RoundPlan(packs=(), seed=1, count=10, timer=20.0, category=None, difficulty=None,
                     practice=False, streak_bonus=True)
    assert plan.formats == "mixed" and plan.kinds is None
    assert RoundPlan(**{**plan.__dict__, "formats": "classic"}).kinds == ("choice",)


def kinds_asked(app, rounds=4):
    seen = set()
    for _ in range(rounds):
        assert start_round(app, practice=True)
        seen |= {q.kind for q in app.stack.top.round.questions}
        app.router.back()
    return seen


def test_classic_rounds_ask_only_four_options_and_mixed_rounds_every_kind():
    app = make_app(overrides={"seed": 3, "questions": 30})
    try:
        assert kinds_asked(app) > {"choice"}            # other kinds too
        app.choose_round_setting(formats="classic")
        assert kinds_asked(app) == {"choice"}
        assert Store().load_settings().formats == "classic"   # kept for the next game
    finally:
        app.close()


def test_classic_and_mixed_scores_keep_apart_and_the_label_says_which(tmp_path):
    with Store(tmp_path) as store:
        mixed = TableKey("us-and-them", 10, 20.0)
        classic = TableKey("us-and-them", 10, 20.0, formats="classic")
        store.add_score(mixed, "Ann", 900, 9, 10, 5)
        store.add_score(classic, "Bo", 800, 8, 10, 4)
        assert [e.name for e in store.top_scores(mixed)] == ["Ann"]
        assert [e.name for e in store.top_scores(classic)] == ["Bo"]
        dicts = {t["formats"]: t for t in (t.to_dict() for t in store.all_tables())}
    assert "classic" in label(classic) and "classic" not in label(mixed)
    assert set(dicts) == {"mixed", "classic"}


def test_a_version_3_file_keeps_every_score_as_classic(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    conn = sqlite3.connect(tmp_path / DB_FILE)
    conn.execute(V3_SCORES)
    rows = [("us-and-them", 10, 20.0, 1, "solo", f"P{n}", 100 * n, n, 10, 1, "2026-01-0%d" % n)
            for n in range(1, 6)]
    conn.executemany("INSERT INTO scores (pack_set, questions, timer, streak_bonus, mode, name, "
                     "score, correct, total, best_streak, played_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store(tmp_path) as store:
        classic = TableKey("us-and-them", 10, 20.0, formats="classic")
        assert [e.name for e in store.top_scores(classic)] == ["P5", "P4", "P3", "P2", "P1"]
        assert store.top_scores(TableKey("us-and-them", 10, 20.0)) == []
        assert store.add_score(classic, "New", 350, 4, 10, 1) == 3   # ranks among the old
    conn = sqlite3.connect(tmp_path / DB_FILE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5  # through 4 to 5 at once
    conn.close()
