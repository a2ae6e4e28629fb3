"""Chinese questions on the question and feedback screens: every word inside its box
at the smallest window, for rounds of every kind."""

from __future__ import annotations

import re

import pytest

from app_helpers import TextBoxes, key, make_app, step
from quiz.ui import theme
from quiz.ui.scenes.question import QuestionScene


@pytest.mark.parametrize("seed", [2, 7])
def test_chinese_questions_and_feedback_keep_their_words_in_their_boxes(monkeypatch, chinese, seed):
    boxes = TextBoxes(monkeypatch)
    app = make_app(theme.MIN_SIZE, overrides={"seed": seed, "questions": 8})
    try:
        app.update_settings(sound=False)
        key(app, "RETURN")  # Play
        step(app, 30)
        asked = 0
        while isinstance(app.stack.top, QuestionScene) and asked < 8:
            assert re.search(r"[\u4e00-\u9fff]", app.stack.top.round.question.question)
            boxes.clear()
            step(app, 2)
            assert boxes.drawn and boxes.outside(theme.MIN_SIZE) == []
            assert boxes.smaller_than(theme.MIN_TEXT) == []
            key(app, "1")
            app.clock.advance(1.0)
            boxes.clear()
            step(app, 2)
            assert boxes.outside(theme.MIN_SIZE) == []
            key(app, "RETURN")
            step(app, 30)
            asked += 1
        assert asked >= 3
    finally:
        app.close()
