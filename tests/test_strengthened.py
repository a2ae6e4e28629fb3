"""Behaviour that once had no test to catch its loss: leaving the results with Esc,
resuming with the Pause key, and each setting's help under its own row."""

from __future__ import annotations

import pytest

from app_helpers import TextBoxes, key, make_app, step
from kinds_helpers import answer_keys_for
from quiz.ui.scenes.pause import PauseScene
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.title import TitleScene


@pytest.fixture
def app():
    app = make_app(overrides={"seed": 4, "questions": 5})
    app.update_settings(sound=False)
    yield app
    app.close()


def _finish_round(app, practice=False):
    key(app, "DOWN" if practice else "RETURN")
    if practice:
        key(app, "RETURN")
    while isinstance(app.stack.top, QuestionScene):
        for name in answer_keys_for(app.stack.top.round.question, right=True):
            key(app, name)
        app.clock.advance(1.0)
        key(app, "RETURN")
    assert isinstance(app.stack.top, ResultsScene)
    return app.stack.top


def test_esc_on_the_results_goes_back_to_the_title(app):
    results = _finish_round(app, practice=True)
    assert not results.name_pending
    key(app, "ESCAPE")
    assert isinstance(app.stack.top, TitleScene) and len(app.stack) == 1


def test_esc_leaves_the_name_first_then_the_results_keeping_the_score(app):
    results = _finish_round(app)
    assert results.name_pending and results.focus == "name"
    key(app, "ESCAPE")
    assert app.stack.top is results and results.focus == "again"
    key(app, "ESCAPE")
    assert isinstance(app.stack.top, TitleScene)
    assert app.store.all_tables(), "the top-10 score was dropped"


def test_the_pause_key_pauses_a_question_and_resumes_it(app):
    key(app, "RETURN")
    scene = app.stack.top
    assert isinstance(scene, QuestionScene)
    key(app, "PAUSE")
    assert isinstance(app.stack.top, PauseScene) and scene.round.paused
    key(app, "PAUSE")
    assert app.stack.top is scene and not scene.round.paused


def test_esc_resumes_from_the_pause_overlay_too(app):
    key(app, "RETURN")
    scene = app.stack.top
    key(app, "ESCAPE")
    assert isinstance(app.stack.top, PauseScene)
    key(app, "ESCAPE")
    assert app.stack.top is scene and not scene.round.paused


# What each row's help must speak of: a help line moved to another row fails here.
SETTINGS_HELP = {
    "Sound": "Sound effects",
    "Volume": "How loud",
    "Music": "party lobby",
    "Auto-advance": "by itself",
    "Streak bonus": "in a row",
    "Fullscreen": "Fill the screen",
    "Reduced motion": "Keep the screen still",
}
SETUP_HELP = {
    "Category": "Ask only about",
    "Difficulty": "Hard questions",
    "Questions": "How many questions",
    "Timer": "Seconds per question",
    "Formats": "Classic asks four options only",
}


@pytest.mark.parametrize("downs, expected", [(7, SETTINGS_HELP), (10, SETUP_HELP)])
def test_each_setting_shows_its_own_help_while_focused(monkeypatch, downs, expected):
    boxes = TextBoxes(monkeypatch)
    app = make_app()
    try:
        for _ in range(downs):
            key(app, "DOWN")
        key(app, "RETURN")
        screen = app.stack.top
        seen = {}
        for _ in range(len(screen.menu.items)):
            boxes.clear()
            app.invalidate()  # drawn even though nothing moved
            step(app)
            row = screen.menu.focused
            helps = [line for rect, box, (line,) in boxes.drawn if box == screen.help_box]
            seen[getattr(row, "label", "")] = " ".join(helps)
            key(app, "DOWN")
        for label, phrase in expected.items():
            assert phrase in seen[label], (label, seen[label])
    finally:
        app.close()
