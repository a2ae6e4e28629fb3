"""Rounds played in the window join the player's history: unseen facts come first next
time, practice counts as seen but not as a scored round, and --seed rounds ignore it."""

from __future__ import annotations

from app_helpers import key, make_app
from kinds_helpers import answer_keys_for
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene


def _play(app, practice=False):
    key(app, "DOWN" if practice else "RETURN")
    if practice:
        key(app, "RETURN")
    asked = []
    while isinstance(app.stack.top, QuestionScene):
        question = app.stack.top.round.question
        asked.append(question.fact)
        # Every other answer right, so a round has both hits and misses.
        for name in answer_keys_for(question, right=bool(len(asked) % 2)):
            key(app, name)
        app.clock.advance(1.0)
        key(app, "RETURN")
    assert isinstance(app.stack.top, ResultsScene)
    while isinstance(app.stack.top, ResultsScene):
        key(app, "ESCAPE")
    return asked


def test_a_round_is_kept_under_the_last_name_and_the_next_asks_new_facts():
    app = make_app(overrides={"questions": 5})
    app.update_settings(sound=False, last_name="Ana")
    first = _play(app)
    assert len(app.store.round_records("Ana")) == 1
    assert set(app.store.seen("Ana")) == set(first)
    right = {a.fact for a in app.store.answer_records("Ana") if a.right}
    second = _play(app)
    assert right and not right & set(second), "a fact answered right came back too soon"
    missed = set(first) - right
    assert missed and missed & set(second), "no missed fact came back"
    app.close()


def test_practice_counts_as_seen_but_not_as_a_round_played():
    app = make_app(overrides={"questions": 4})
    app.update_settings(sound=False)
    asked = _play(app, practice=True)
    assert set(app.store.seen("Player")) == set(asked)
    assert app.store.round_records("Player") == []
    app.close()


def test_a_seeded_round_is_the_same_whatever_was_seen_before():
    app = make_app(overrides={"questions": 5, "seed": 7})
    app.update_settings(sound=False)
    first = _play(app)
    app.close()
    again = make_app(overrides={"questions": 5, "seed": 7})
    again.update_settings(sound=False)
    assert again.store.seen("Player"), "the first round was not recorded"
    assert _play(again) == first
    again.close()
