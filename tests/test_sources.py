"""Feedback and review say where a fact comes from, in a player's words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app_helpers import TextBoxes, key, make_app, step
from quiz.packs import Pack
from quiz.clock import FakeClock
from quiz.packs import discover_packs, find_pack, load_file
from quiz.ui.question.source import SECTION_WORDS, source_words
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene


def test_every_section_of_the_built_in_film_has_words_a_player_understands():
    film = find_pack("us-and-them", discover_packs())
    sources = {q.source for q in film.questions(0)}
    assert sources and sources <= set(SECTION_WORDS)
    assert source_words("Critical response", [film]) == "From the film's reception"
    assert source_words("Box office", [film]) == "From the film's box office"


def test_a_custom_pack_is_named_by_its_title():
    pack = Pack(id="my-pack", title="Film night", kind="questions", path=Path("packs/my-pack.yaml"))
    assert source_words("my-pack.yaml", [pack]) == "From Film night"
    assert source_words("other.yaml", [pack]) == "From other.yaml"
    assert source_words("Trivia", []) == "From the article's “Trivia” section"
    assert source_words("", [pack]) == ""


@pytest.fixture
def pack_app(tmp_path):
    path = tmp_path / "night.yaml"
    entries = [{"question": f"Question {i}?", "answer": f"Right {i}", "wrong": [f"W{i}a", f"W{i}b"],
                "category": "Plot", "difficulty": "easy", "explanation": "Because."} for i in range(3)]
    path.write_text(yaml.safe_dump({"title": "Film night", "questions": entries}), encoding="utf-8")
    pack = load_file(path)
    assert pack.ok, pack.problems
    app = make_app((960, 540), clock=FakeClock(1000.0), overrides={"seed": 1, "questions": 3},
                   chosen_packs=[pack])
    app.update_settings(sound=False)
    yield app
    app.close()


def test_feedback_and_review_name_the_pack(monkeypatch, pack_app):
    app = pack_app
    boxes = TextBoxes(monkeypatch)
    key(app, "RETURN")
    assert isinstance(app.stack.top, QuestionScene)
    step(app, 30)
    boxes.clear()
    key(app, "1")
    step(app, 2)
    assert "From Film night" in boxes.texts
    assert boxes.outside(app.size) == [] and boxes.smaller_than(14) == []
    while isinstance(app.stack.top, QuestionScene):
        app.clock.advance(1.0)
        key(app, "RETURN")
        key(app, "1")
    assert isinstance(app.stack.top, ResultsScene)
    cards = app.stack.top.cards()
    assert all(any(kind == "source" and block.lines == ["From Film night"]
                   for kind, block, _ in card.parts) for card in cards)


def test_the_films_feedback_names_the_section(monkeypatch):
    boxes = TextBoxes(monkeypatch)
    app = make_app((960, 540), overrides={"seed": 4, "questions": 3})
    try:
        app.update_settings(sound=False)
        key(app, "RETURN")
        step(app, 30)
        q = app.stack.top.round.question
        boxes.clear()
        key(app, "1")
        step(app, 2)
        assert SECTION_WORDS[q.source] in boxes.texts
        assert boxes.outside(app.size) == []
    finally:
        app.close()


def test_the_feedback_panel_grows_after_the_answer():
    from quiz.ui.question.layout import make_layout

    asking, feedback = make_layout((960, 540), 4), make_layout((960, 540), 4, feedback=True)
    assert feedback.explanation.h >= asking.explanation.h + 40
    assert feedback.options[-1].bottom < feedback.footer.top
