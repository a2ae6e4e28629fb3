"""Coming back: fresh facts first, misses returning, the daily round, learn mode, statistics."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from quiz import daily, learn, statistics
from quiz.deck import build_deck
from quiz.freshness import MISSES_PER_ROUND, Seen, combine, freshest_first
from quiz.packs import discover_packs, load_file
from quiz.paths import questions_dir
from kinds_helpers import response_for

ROOT = Path(__file__).resolve().parent.parent


class Q:
    def __init__(self, fact):
        self.fact = fact

    def __repr__(self):
        return f"Q({self.fact})"


def facts_of(items):
    return [item.fact for item in items]


# ------------------------------------------------------------------ freshness

def test_unseen_facts_come_before_seen_ones_in_incoming_order():
    items = [Q("a"), Q("b"), Q("c"), Q("d")]
    history = {"a": Seen(asked=1, last_asked=100.0), "c": Seen(asked=2, last_asked=50.0)}
    assert facts_of(freshest_first(items, history)) == ["b", "d", "c", "a"]


def test_no_repeat_before_the_whole_bank_is_seen():
    """Playing round after round, every fact is asked once before any comes back."""
    facts = [f"f{i}" for i in range(23)]
    history: dict[str, Seen] = {}
    asked: list[str] = []
    clock = 0.0
    while len(asked) < len(facts):
        order = freshest_first([Q(f) for f in facts], history)
        for item in order[:5]:
            clock += 1
            asked.append(item.fact)
            history[item.fact] = Seen(asked=1, last_asked=clock, last_right=True)
    assert len(asked[:len(facts)]) == len(set(asked[:len(facts)])) == len(facts)


def test_a_missed_fact_comes_back_in_the_next_round_ahead_of_unseen_ones():
    items = [Q(f"f{i}") for i in range(10)]
    history = {"f7": Seen(asked=1, missed=1, last_asked=5.0, last_right=False),
               "f2": Seen(asked=1, missed=0, last_asked=6.0, last_right=True)}
    order = facts_of(freshest_first(items, history))
    assert order[0] == "f7"
    assert order[-1] == "f2"


def test_only_a_few_misses_jump_the_queue_and_the_most_missed_go_first():
    items = [Q(f"f{i}") for i in range(8)]
    history = {f"f{i}": Seen(asked=3, missed=i, last_asked=float(i), last_right=False)
               for i in range(1, 6)}
    order = facts_of(freshest_first(items, history))
    assert order[:MISSES_PER_ROUND] == ["f5", "f4"][:MISSES_PER_ROUND]
    # then the facts never asked
    assert set(order[MISSES_PER_ROUND:MISSES_PER_ROUND + 3]) == {"f0", "f6", "f7"}


def test_least_recently_seen_first_and_a_miss_makes_a_fact_older():
    items = [Q("old"), Q("new"), Q("new_missed")]
    day = 24 * 3600.0
    history = {"old": Seen(asked=1, last_asked=10 * day),
               "new": Seen(asked=1, last_asked=11 * day),
               "new_missed": Seen(asked=4, missed=2, last_asked=11 * day, last_right=True)}
    assert facts_of(freshest_first(items, history)) == ["new_missed", "old", "new"]


def test_a_party_deck_uses_what_the_players_together_have_seen():
    ana = {"a": Seen(asked=1, last_asked=1.0)}
    ben = {"b": Seen(asked=1, missed=1, last_asked=2.0, last_right=False)}
    together = combine([ana, ben])
    order = facts_of(freshest_first([Q("a"), Q("b"), Q("c")], together))
    assert order == ["b", "c", "a"]
    assert together["b"].missed == 1 and together["a"].asked == 1


# ---------------------------------------------------------------------- daily

def _film():
    return [p for p in discover_packs() if p.id == "us-and-them"]


def _example():
    return load_file(questions_dir() / "examples" / "my-pack.yaml")


def test_the_daily_round_is_the_same_whatever_the_pack_order():
    day = dt.date(2026, 12, 2)
    film, extra = _film()[0], _example()
    one = daily.daily_deck([film, extra], day)
    two = daily.daily_deck([extra, film], day)
    assert len(one) == daily.DAILY_QUESTIONS
    assert [q.to_dict() for q in one] == [q.to_dict() for q in two]


def test_the_daily_round_changes_from_one_day_to_the_next():
    film = _film()
    monday = [q.id for q in daily.daily_deck(film, dt.date(2026, 12, 7))]
    tuesday = [q.id for q in daily.daily_deck(film, dt.date(2026, 12, 8))]
    assert monday != tuesday


def test_the_daily_round_is_the_same_in_another_process():
    """Nothing kept in this process (hash seeds, caches) changes the day's round."""
    code = ("import datetime, json; from quiz import daily; from quiz.packs import discover_packs;"
            "packs=[p for p in discover_packs() if p.id=='us-and-them'];"
            "print(json.dumps([q.to_dict() for q in daily.daily_deck(packs, datetime.date(2026,12,2))]))")
    runs = []
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True, cwd=ROOT)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1]
    assert len(runs[0]) == daily.DAILY_QUESTIONS


def test_the_day_is_the_local_date_and_midnight_brings_a_new_one():
    before = daily.today(lambda: dt.datetime(2026, 12, 2, 23, 59, 59))
    after = daily.today(lambda: dt.datetime(2026, 12, 3, 0, 0, 1))
    assert before == dt.date(2026, 12, 2) and after == dt.date(2026, 12, 3)
    assert daily.is_new_day(before, after)
    assert not daily.is_new_day(before, before)


def test_a_daily_streak_counts_days_in_a_row():
    day = dt.date(2026, 12, 10)
    played = [day - dt.timedelta(days=n) for n in (0, 1, 2, 4)]
    assert daily.streak(played, day) == 3
    # today's daily not played yet: yesterday's run still counts
    assert daily.streak(played[1:], day) == 2
    assert daily.streak([day - dt.timedelta(days=2)], day) == 0


def test_the_share_line_names_day_score_and_one_mark_per_question():
    result = daily.DailyResult(day=dt.date(2026, 12, 2),
                               marks=daily.marks_of([(True, False)] * 7 + [(False, False),
                                                                          (False, True),
                                                                          (False, False)]),
                               score=8450)
    line = daily.share_line("Us and Them", result)
    first, marks = line.split("\n")
    assert first == "Us and Them daily 2026-12-02 \u00b7 7/10 \u00b7 8,450 pts"
    assert marks == "\U0001f7e9" * 7 + "\U0001f7e5\u2b1c\U0001f7e5"


# ---------------------------------------------------------------------- learn

def test_learn_asks_each_fact_until_right_twice_and_misses_come_back_sooner():
    session = learn.LearnSession.start([f"f{i}" for i in range(8)], {})
    assert session.current() == "f0"
    session.answer(False)              # missed: back after 3 others
    assert session.queue.index("f0") == learn.GAP_AFTER_MISS
    assert session.current() == "f1"
    session.answer(True)               # right once: back after 6 others
    assert session.queue.index("f1") == learn.GAP_AFTER_RIGHT
    assert session.boxes == {**{f"f{i}": 0 for i in range(8)}, "f1": 1}
    asked = 0
    while not session.done:
        session.answer(True)
        asked += 1
        assert asked < 100
    assert all(learn.is_learnt(box) for box in session.boxes.values())


def test_learn_starts_with_half_learnt_facts_and_skips_learnt_ones():
    session = learn.LearnSession.start(["a", "b", "c"], {"a": 2, "c": 1})
    assert session.queue == ["c", "b"]
    assert learn.next_box(1, False) == 0 and learn.next_box(1, True) == 2


def test_mastery_counts_seen_learnt_and_all_per_category():
    figures = learn.mastery({"Cast": ["a", "b", "c"], "Music": ["d"]}, {"a": 2, "b": 1}, ["a", "b", "d"])
    assert figures["Cast"] == learn.Mastery(seen=2, learnt=1, total=3)
    assert figures["Music"] == learn.Mastery(seen=1, learnt=0, total=1)


# ----------------------------------------------------------------- statistics

def test_statistics_against_a_known_history():
    day = dt.date(2026, 12, 10)
    answers = [statistics.AnswerRecord("a", "Cast", True, 2.0, 1.0),
               statistics.AnswerRecord("b", "Cast", False, 4.0, 2.0),
               statistics.AnswerRecord("c", "Music", True, None, 3.0),
               statistics.AnswerRecord("a", "Cast", True, 3.0, 4.0)]
    rounds = [statistics.RoundRecord(played_at=float(n), score=100 * n, correct=n % 3, asked=2,
                                     best_streak=n, daily=day - dt.timedelta(days=n))
              for n in range(40)]
    got = statistics.figures(answers, rounds, {"Cast": ["a", "b"], "Music": ["c", "d"]},
                             {"a": 2, "c": 2, "d": 2, "b": 1}, day)
    assert (got.rounds, got.answers, got.right) == (40, 4, 3)
    assert got.accuracy == 0.75
    assert [(c.category, c.right, c.asked) for c in got.categories] == [("Cast", 2, 3), ("Music", 1, 1)]
    assert got.recent_scores == tuple(100 * n for n in range(10, 40))
    assert (got.facts_seen, got.facts_learnt, got.facts_total) == (3, 3, 4)
    assert got.best_streak == 39 and got.daily_streak == 40
    assert got.average_seconds == 3.0
    assert set(got.achievements) == {statistics.PERFECT_ROUND, statistics.STREAK_TEN,
                                     statistics.DAILY_WEEK}
    assert json.loads(json.dumps(got.to_dict()))["accuracy"] == 0.75


def test_statistics_of_a_new_player_are_zero_and_earn_nothing():
    got = statistics.figures([], [], {"Cast": ["a"]}, {}, dt.date(2026, 1, 1))
    assert got.rounds == 0 and got.accuracy == 0.0 and got.average_seconds is None
    assert got.achievements == ()


# -------------------------------------------------------------------- history

from quiz.clock import FakeClock  # noqa: E402
from quiz.round import Round, RoundConfig  # noqa: E402
from quiz.store import Store  # noqa: E402


def _played_round(questions, rights):
    clock = FakeClock()
    game = Round(questions, RoundConfig(timer=20.0), clock)
    for question, right in zip(questions, rights):
        clock.advance(2.0)
        choice = response_for(question, right)
        game.answer(choice)
        game.next()
    return game.results()


def test_rounds_are_kept_per_player_and_feed_fresh_decks_and_statistics(tmp_path):
    film = _film()
    questions = build_deck(film, seed=3, count=5)
    moments = iter(dt.datetime(2026, 12, d, 20, 0).astimezone() for d in range(1, 30))
    store = Store(tmp_path, now=lambda: next(moments))
    results = _played_round(questions, [True, False, True, True, True])
    assert store.record_round("Ana", "us-and-them", results, daily=dt.date(2026, 12, 1))
    assert store.record_round("Ben", "us-and-them", _played_round(questions[:2], [True, True]))
    seen = store.seen("Ana")
    assert set(seen) == {q.fact for q in questions}
    missed = questions[1].fact
    assert not seen[missed].last_right and seen[missed].missed == 1
    # the missed fact leads the next deck's order, the facts Ana never met follow
    order = freshest_first(list(build_deck(film, seed=4)), seen)
    assert order[0].fact == missed
    # a fact is asked in several kinds: each fact once, in the order first met
    facts = list(dict.fromkeys(q.fact for q in order))
    assert facts[0] == missed and set(facts[1:20]).isdisjoint(seen)
    assert store.daily_played("Ana", "us-and-them", dt.date(2026, 12, 1))
    assert not store.daily_played("Ben", "us-and-them", dt.date(2026, 12, 1))
    assert store.players() == ["Ben", "Ana"]
    together = store.seen(["Ana", "Ben"])
    assert together[questions[0].fact].asked == 2
    figures = statistics.figures(store.answer_records("Ana"), store.round_records("Ana"),
                                 {"all": [q.fact for q in build_deck(film, seed=0)]}, {},
                                 dt.date(2026, 12, 1))
    assert (figures.rounds, figures.answers, figures.right, figures.daily_streak) == (1, 5, 4, 1)
    store.save_learn_box("Ana", missed, 1)
    assert Store(tmp_path).learn_boxes("Ana") == {missed: 1}


def test_hostile_history_values_are_read_as_nothing(tmp_path):
    import sqlite3

    store = Store(tmp_path)
    store.record_round("Ana", "p", _played_round(build_deck(_film(), seed=1, count=2), [True, True]))
    store.close()
    conn = sqlite3.connect(tmp_path / "quiz.sqlite3")
    conn.execute("INSERT INTO answers (player, pack_set, question_id, fact, category, asked_at, "
                 "right, seconds) VALUES ('Ana', 'p', 'q', X'00ff', 'c', 'soon', 'yes', 'slow')")
    conn.execute("INSERT INTO rounds (player, pack_set, played_at, score, correct, asked, "
                 "best_streak, daily, mode) VALUES ('Ana', 'p', 'x', 'lots', 1, 1, 1, 'someday', "
                 "'solo')")
    conn.commit()
    conn.close()
    again = Store(tmp_path)
    assert len(again.seen("Ana")) == 2
    rounds = again.round_records("Ana")
    assert len(rounds) == 2
    hostile = [r for r in rounds if r.played_at == 0.0]
    assert len(hostile) == 1 and hostile[0].score == 0 and hostile[0].daily is None
    assert len(again.answer_records("Ana")) == 2


def test_a_round_brings_back_the_facts_missed_last_time():
    film = _film()
    first = build_deck(film, seed=11, count=10)
    history = {q.fact: Seen(asked=1, last_asked=float(i), last_right=i not in (2, 7))
               for i, q in enumerate(first)}
    for seed in range(5):
        nxt = build_deck(film, seed=seed, count=10, history=history)
        facts = {q.fact for q in nxt}
        assert {first[2].fact, first[7].fact} <= facts
        # the rest are facts never met
        assert facts - {first[2].fact, first[7].fact} <= facts - set(history)
        assert len(facts - set(history)) == 8
    # the same history and seed, the same round
    assert build_deck(film, 5, 10, history=history) == build_deck(film, 5, 10, history=history)


def test_without_history_a_seeded_round_is_unchanged():
    film = _film()
    assert build_deck(film, 9, 10) == build_deck(film, 9, 10, history={})


# ------------------------------------------------------------ command line

from quiz.cli import main  # noqa: E402


def test_questions_daily_prints_the_days_round_the_same_as_the_game(capsys):
    assert main(["questions", "--daily", "--date", "2026-12-02", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = daily.daily_deck(_film(), dt.date(2026, 12, 2))
    assert printed == [q.to_dict() for q in expected]
    assert main(["questions", "--date", "2026-12-02"]) == 1
    assert "--daily" in capsys.readouterr().err


def test_stats_prints_a_players_figures(capsys, _data_folder):
    store = Store(_data_folder)
    questions = build_deck(_film(), seed=2, count=4)
    store.record_round("Mia", "us-and-them", _played_round(questions, [True, True, False, True]))
    store.close()
    assert main(["stats", "--player", "Mia", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["player"], data["rounds"], data["answers"], data["right"]) == ("Mia", 1, 4, 3)
    assert data["facts_seen"] == 4 and data["facts_total"] > 50
    assert main(["stats", "--player", "Mia"]) == 0
    text = capsys.readouterr().out
    assert "Statistics for Mia" in text and "75% (3/4)" in text
    assert "Questions learnt  0 of" in text
    assert main(["stats", "--player", "Nobody"]) == 0
    assert "no rounds played yet" in capsys.readouterr().out


# -------------------------------------------------------------- resetting scores

from quiz.tables import TableKey  # noqa: E402


def _scores(folder):
    store = Store(folder)
    store.add_score(TableKey("us-and-them", 10, 20.0), "Ana", 900, 9, 10, 5)
    store.add_score(TableKey("us-and-them", 5, 20.0), "Ben", 400, 4, 5, 2)
    store.add_score(TableKey("my-pack", 10, 20.0), "Cy", 700, 7, 10, 3)
    store.close()


def test_scores_reset_asks_first_and_can_be_limited_to_a_pack_set(capsys, _data_folder, monkeypatch):
    _scores(_data_folder)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["scores", "--reset"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert len(Store(_data_folder).all_tables()) == 3  # nothing deleted
    assert main(["scores", "--reset", "--pack-set", "nope", "--yes"]) == 1
    assert "my-pack" in capsys.readouterr().err
    assert main(["scores", "--reset", "--pack-set", "us-and-them", "--yes"]) == 0
    left = Store(_data_folder).all_tables()
    assert [t.key.pack_set for t in left] == ["my-pack"]
    assert main(["scores", "--reset", "--yes"]) == 0
    assert Store(_data_folder).all_tables() == []
    assert main(["scores", "--yes"]) == 1


def test_scores_reset_on_a_terminal_needs_the_word_yes(capsys, _data_folder, monkeypatch):
    _scores(_data_folder)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert main(["scores", "--reset"]) == 1
    assert "Nothing was deleted" in capsys.readouterr().out
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert main(["scores", "--reset"]) == 0
    assert Store(_data_folder).all_tables() == []


def test_a_dropped_history_table_is_made_again(tmp_path):
    import sqlite3

    Store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "quiz.sqlite3")
    conn.execute("DROP TABLE learn_boxes")
    conn.commit()
    conn.close()
    store = Store(tmp_path)
    assert store.save_learn_box("Ana", "f", 2)
    assert store.learn_boxes("Ana") == {"f": 2}
