"""Learn mode: the sitting's schedule in pure Python, then played in the window by keys,
mouse, touch and a gamepad: a missed fact comes back within its gap, a fact answered
right twice is learnt and saved, the Learn screen shows the mastery again after a
restart, and nothing reaches the high scores."""

from __future__ import annotations

import pygame
import pytest
import yaml

import quiz.ui.sound
from app_helpers import TextBoxes, click, key, keys, make_app, step, tap
from fake_pads import use_fake_pads
from quiz import learn
from quiz.clock import FakeClock
from quiz.learn_sitting import LearnSitting
from quiz.packs import load_file
from quiz.round import Phase
from quiz.store import Store
from quiz.ui import theme
from quiz.ui.scenes.learn import LearnScene
from quiz.ui.scenes.learn_question import LearnQuestionScene
from quiz.ui.scenes.statistics import figure_lines
from quiz.ui.scenes.title import TitleScene

LEARN_DOWNS = 2  # Play, Practice, Learn
STATISTICS_DOWNS = 6
CATEGORIES = ("Plot", "Cast", "Music")


def _question(i):
    return {"question": f"Question number {i}?", "answer": f"Right {i}",
            "wrong": [f"Wrong {i}a", f"Wrong {i}b", f"Wrong {i}c"],
            "category": CATEGORIES[i % 3], "difficulty": "easy",
            "explanation": f"Because of reason {i}."}


@pytest.fixture
def pack(tmp_path):
    path = tmp_path / "learn-pack.yaml"
    path.write_text(yaml.safe_dump({"title": "Learn pack",
                                    "questions": [_question(i) for i in range(8)]}),
                    encoding="utf-8")
    return load_file(path)


@pytest.fixture(autouse=True)
def quiet(silent_sound):
    return silent_sound


def _app(pack, size=(960, 540)):
    app = make_app(size, clock=FakeClock(1000.0), chosen_packs=[pack], overrides={"seed": 3})
    app.update_settings(last_name="Ana")
    return app


def _open_learn(app):
    keys(app, *["DOWN"] * LEARN_DOWNS, "RETURN")
    scene = app.stack.top
    assert isinstance(scene, LearnScene)
    return scene


def _wrong(question):
    return (question.answer + 1) % len(question.choices)


def _answer(app, choice):
    key(app, str(choice + 1))
    app.clock.advance(1.0)  # time to read the explanation


def _go_on(app):
    key(app, "RETURN")
    step(app)


# ---------------------------------------------------------------- the sitting


def _questions(pack):
    return pack.questions(0)


def test_a_sitting_brings_a_miss_back_after_the_gap_and_saves_every_box(pack):
    saved = []
    sitting = LearnSitting(_questions(pack), {}, FakeClock(), save=lambda f, b: saved.append((f, b)))
    assert sitting.total == 8 and sitting.phase is Phase.ASKING
    missed = sitting.question.fact
    sitting.answer(_wrong(sitting.question))
    assert sitting.last.box == 0 and not sitting.last.correct and sitting.last.points == 0
    assert sitting.comes_back_after(missed) == learn.GAP_AFTER_MISS
    asked = []
    while True:
        sitting.next()
        asked.append(sitting.question.fact)
        if sitting.question.fact == missed:
            break
        sitting.answer(sitting.question.answer)
    assert len(asked) == learn.GAP_AFTER_MISS + 1  # three others, then the miss again
    assert saved[0] == (missed, 0)
    assert saved[1:] == [(fact, 1) for fact in asked[:-1]]


def test_a_sitting_ends_when_every_fact_is_right_twice_in_a_row(pack):
    boxes = {}
    sitting = LearnSitting(_questions(pack), {}, FakeClock(), save=boxes.__setitem__)
    answers = 0
    while sitting.phase is not Phase.FINISHED:
        sitting.answer(sitting.question.answer)
        answers += 1
        sitting.next()
    assert answers == 2 * 8
    assert boxes == {q.fact: learn.LEARNT_BOX for q in _questions(pack)}
    assert sitting.learnt == 8
    assert sitting.results().right == 16 and sitting.results().score == 0


def test_a_sitting_skips_learnt_facts_and_starts_with_half_learnt_ones(pack):
    facts = [q.fact for q in _questions(pack)]
    boxes = {facts[0]: 2, facts[5]: 1}
    sitting = LearnSitting(_questions(pack), boxes, FakeClock())
    assert facts[0] not in sitting.facts and sitting.total == 7
    assert sitting.question.fact == facts[5]


def test_a_sitting_ignores_answers_out_of_turn(pack):
    sitting = LearnSitting(_questions(pack), {}, FakeClock())
    assert sitting.answer(99) is None
    assert sitting.answer(sitting.question.answer) is not None
    assert sitting.answer(0) is None  # already answered: feedback waits for next()
    assert sitting.phase is Phase.FEEDBACK


# ---------------------------------------------------------------- in the window


def test_learn_mode_played_by_keys_is_learnt_saved_shown_and_kept_off_the_high_scores(pack):
    app = _app(pack)
    try:
        scene = _open_learn(app)
        assert scene.every.mastery == learn.Mastery(seen=0, learnt=0, total=8)
        key(app, "RETURN")  # Every category
        question_screen = app.stack.top
        assert isinstance(question_screen, LearnQuestionScene)
        sitting = question_screen.round
        assert sitting.time_left() is None
        step(app, 30)
        app.clock.advance(600.0)  # no timer: a long think changes nothing
        step(app)
        assert sitting.phase is Phase.ASKING
        missed = sitting.question.fact
        _answer(app, _wrong(sitting.question))
        assert sitting.phase is Phase.FEEDBACK and not sitting.last.correct
        step(app, 400)  # the explanation stays until the player goes on
        assert sitting.phase is Phase.FEEDBACK
        _go_on(app)
        between = 0
        while sitting.question.fact != missed:
            between += 1
            _answer(app, sitting.question.answer)
            _go_on(app)
        assert between == learn.GAP_AFTER_MISS  # three other questions, then the miss again
        while isinstance(app.stack.top, LearnQuestionScene):
            _answer(app, sitting.question.answer)
            _go_on(app)
        assert app.stack.top is scene
        assert scene.every.mastery == learn.Mastery(seen=8, learnt=8, total=8)
        assert {row.category: row.mastery.learnt for row in scene.rows} == {
            "Cast": 3, "Music": 2, "Plot": 3}
        assert app.store.all_tables() == []
        key(app, "ESCAPE")
        assert isinstance(app.stack.top, TitleScene)
        keys(app, *["DOWN"] * (STATISTICS_DOWNS - LEARN_DOWNS), "RETURN")  # focus was on Learn
        figures = app.stack.top.figures
        assert (figures.facts_seen, figures.facts_learnt, figures.facts_total) == (8, 8, 8)
        assert figures.rounds == 0  # a sitting is no round played
        assert ("Questions learnt", "8 of 8") in figure_lines(figures)
    finally:
        app.close()
    store = Store()
    assert store.learn_boxes("Ana") == {q.fact: learn.LEARNT_BOX for q in _questions(pack)}
    assert store.round_records("Ana") == []  # a sitting is no scored round
    assert len(store.answer_records("Ana")) == 8 * 2 + 1
    store.close()


def test_leaving_mid_sitting_keeps_the_boxes_and_the_reopened_screen_shows_them(pack, monkeypatch):
    app = _app(pack)
    try:
        _open_learn(app)
        key(app, "DOWN")  # the first category, Cast
        key(app, "RETURN")
        sitting = app.stack.top.round
        assert {q.category for q in _questions(pack) if q.fact in sitting.facts} == {"Cast"}
        first = sitting.question.fact
        _answer(app, sitting.question.answer)
        _go_on(app)
        _answer(app, sitting.question.answer)
        key(app, "ESCAPE")
        assert isinstance(app.stack.top, LearnScene)
        cast = next(row for row in app.stack.top.rows if row.category == "Cast")
        assert cast.mastery == learn.Mastery(seen=2, learnt=0, total=3)
    finally:
        app.close()
    boxes = TextBoxes(monkeypatch)
    again = _app(pack)
    try:
        scene = _open_learn(again)
        assert Store().learn_boxes("Ana")[first] == 1
        again.invalidate()
        step(again)
        assert "2 seen · 0 learnt · of 3" in boxes.texts
        assert "2 seen · 0 learnt · of 8" in boxes.texts
        # A second sitting starts with the half-learnt facts.
        key(again, "RETURN")
        assert again.stack.top.round.session.boxes[again.stack.top.round.question.fact] == 1
    finally:
        again.close()


def test_learn_mode_by_mouse_and_touch(pack):
    app = _app(pack, size=(1280, 720))
    try:
        title = app.stack.top
        assert isinstance(title, TitleScene)
        learn_button = next(b for b in title.buttons if b.label == "Learn")
        click(app, learn_button.rect.center)
        scene = app.stack.top
        assert isinstance(scene, LearnScene)
        music = next(row for row in scene.rows if row.category == "Music")
        tap(app, music.rect.center)
        screen = app.stack.top
        assert isinstance(screen, LearnQuestionScene)
        step(app, 30)
        sitting = screen.round
        right = screen.layout().options[sitting.question.answer].center
        click(app, right)
        assert sitting.last.correct and sitting.last.box == 1
        app.clock.advance(1.0)
        tap(app, (app.size[0] // 2, app.size[1] - 40))
        assert sitting.phase is Phase.ASKING and len(sitting.answers) == 1
        step(app)
        wrong = screen.layout().options[_wrong(sitting.question)].center
        tap(app, wrong)
        assert not sitting.last.correct
        key(app, "ESCAPE")
        assert app.stack.top is scene
        assert music.mastery.seen == 2
        click(app, scene.back.rect.center)
        assert isinstance(app.stack.top, TitleScene)
    finally:
        app.close()


def _pad(app, button):
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=button))
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONUP, instance_id=40, button=button))
    step(app)


def test_learn_mode_by_gamepad(pack):
    app = _app(pack)
    try:
        use_fake_pads(app)
        pygame.event.post(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0))
        step(app)
        for _ in range(LEARN_DOWNS):
            _pad(app, pygame.CONTROLLER_BUTTON_DPAD_DOWN)
        _pad(app, pygame.CONTROLLER_BUTTON_A)
        scene = app.stack.top
        assert isinstance(scene, LearnScene)
        _pad(app, pygame.CONTROLLER_BUTTON_A)
        screen = app.stack.top
        assert isinstance(screen, LearnQuestionScene)
        sitting = screen.round
        faces = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B,
                 pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_Y)
        _pad(app, faces[sitting.question.answer])
        assert sitting.last.correct
        app.clock.advance(1.0)
        _pad(app, pygame.CONTROLLER_BUTTON_A)  # in feedback A goes on
        assert sitting.phase is Phase.ASKING
        _pad(app, pygame.CONTROLLER_BUTTON_START)  # while a question waits, Start leaves
        assert app.stack.top is scene and scene.every.mastery.seen == 1
    finally:
        app.close()


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080), (720, 900)])
def test_the_learn_screens_keep_their_words_in_their_boxes(pack, monkeypatch, size):
    boxes = TextBoxes(monkeypatch)
    app = _app(pack, size=size)
    try:
        def look(what):
            boxes.clear()
            app.invalidate()
            step(app)
            assert boxes.texts, what
            assert boxes.outside(size) == [], what
            if theme.layout_scale(size) >= theme.layout_scale(theme.MIN_SIZE):
                assert boxes.smaller_than(theme.MIN_TEXT) == [], what
            return list(boxes.texts)

        _open_learn(app)
        texts = look("learn")
        assert "Every category" in texts and "0 seen · 0 learnt · of 8" in texts
        key(app, "RETURN")
        step(app, 30)
        sitting = app.stack.top.round
        app.stack.top.view.clear()  # the still picture is painted again, words and all
        assert any(t.startswith("Learnt 0 of 8") for t in look("asking"))
        _answer(app, _wrong(sitting.question))
        texts = look("missed")
        assert "Because of reason" in " ".join(texts)
        assert f"Missed: back after {learn.GAP_AFTER_MISS} other questions" in texts
        _go_on(app)
        _answer(app, sitting.question.answer)
        assert any("once more to learn it" in t for t in look("right once"))
        for _ in range(3):
            key(app, "TAB")
        look("focus moved")
    finally:
        app.close()


def test_a_question_waiting_for_its_answer_is_not_redrawn_every_frame(pack):
    app = _app(pack)
    try:
        _open_learn(app)
        key(app, "RETURN")
        step(app, 30)  # the slide-in has ended
        before = app.redraws
        step(app, 60)
        assert app.redraws == before
        key(app, "DOWN")  # the focus shows: drawn again
        assert app.redraws > before
        assert app.stack.top.focus == 0
    finally:
        app.close()


def test_left_and_right_cross_the_columns_of_categories(pack):
    app = _app(pack)
    try:
        scene = _open_learn(app)
        assert [row.category for row in scene.rows] == ["Cast", "Music", "Plot"]
        key(app, "DOWN")
        assert scene.menu.focused.category == "Cast"
        key(app, "RIGHT")  # Cast and Music down the first column, Plot in the second
        assert scene.menu.focused.category == "Plot"
        assert scene.menu.focused.rect.x > scene.rows[0].rect.x
        key(app, "RIGHT")  # nothing further right
        assert scene.menu.focused.category == "Plot"
        key(app, "LEFT")
        assert scene.menu.focused.category == "Cast"
        keys(app, "DOWN", "DOWN", "DOWN")
        assert scene.menu.focused is scene.back
    finally:
        app.close()


def test_quitting_mid_sitting_keeps_its_answers(pack):
    app = _app(pack)
    try:
        _open_learn(app)
        key(app, "RETURN")
        sitting = app.stack.top.round
        fact = sitting.question.fact
        _answer(app, sitting.question.answer)
        pygame.event.post(pygame.event.Event(pygame.QUIT))
        step(app)
        assert not app.running
    finally:
        app.close()
    store = Store()
    assert [a.fact for a in store.answer_records("Ana")] == [fact]
    assert store.learn_boxes("Ana") == {fact: 1}
    store.close()


def test_learn_asks_the_films_option_questions_never_an_order_or_a_slider():
    app = make_app()
    try:
        app.router.show("learn")
        step(app)
        kinds = {q.kind for q in app.router.top.questions()}
        assert kinds == {"choice", "true_false"}
    finally:
        app.close()
