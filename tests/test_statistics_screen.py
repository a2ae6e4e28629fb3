"""The Statistics screen: the player's figures and charts, readable at 960×540 with
nothing leaving its box, and Left/Right switching between players."""

from __future__ import annotations

from app_helpers import TextBoxes, key, keys, make_app, step
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.statistics import StatisticsScene
from quiz.ui.scenes.title import TitleScene
from kinds_helpers import answer_keys_for

STATISTICS_DOWNS = 6


def _play(app, name, right_every=2):
    app.update_settings(last_name=name)
    key(app, "RETURN")
    n = 0
    while isinstance(app.stack.top, QuestionScene):
        question = app.stack.top.round.question
        n += 1
        for name in answer_keys_for(question, right=bool(n % right_every)):
            key(app, name)
        app.clock.advance(2.0)
        key(app, "RETURN")
    assert isinstance(app.stack.top, ResultsScene)
    while not isinstance(app.stack.top, TitleScene):
        key(app, "ESCAPE")


def test_statistics_show_the_players_figures_within_their_boxes(monkeypatch):
    app = make_app(size=(960, 540), overrides={"questions": 4})
    app.update_settings(sound=False)
    _play(app, "Bo")
    _play(app, "Ana")
    _play(app, "Ana")
    boxes = TextBoxes(monkeypatch)
    keys(app, *["DOWN"] * STATISTICS_DOWNS, "RETURN")
    scene = app.stack.top
    assert isinstance(scene, StatisticsScene) and scene.player == "Ana"
    step(app)
    assert scene.figures.rounds == 2 and scene.figures.answers == 8
    assert scene.figures.right == 4
    texts = boxes.texts
    assert "Rounds played" in texts and "2" in texts and "50%" in texts
    assert "Accuracy per category" in texts and "Score, last 2 rounds" in texts
    assert boxes.outside((960, 540)) == []
    assert boxes.smaller_than(14) == []
    boxes.clear()
    key(app, "RIGHT")
    step(app)
    assert scene.player == "Bo" and scene.figures.rounds == 1
    assert any("Bo" in t for t in boxes.texts)
    key(app, "ESCAPE")
    assert isinstance(app.stack.top, TitleScene)
    app.close()


def test_a_new_player_sees_empty_charts_without_errors(monkeypatch):
    app = make_app(size=(960, 540))
    boxes = TextBoxes(monkeypatch)
    keys(app, *["DOWN"] * STATISTICS_DOWNS, "RETURN")
    step(app)
    assert isinstance(app.stack.top, StatisticsScene)
    assert "Finish a scored round to see this." in boxes.texts
    assert boxes.outside((960, 540)) == []
    app.close()
