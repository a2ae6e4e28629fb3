"""A round holding a question of each kind, played headless with posted keyboard,
mouse, touch and gamepad events; and each kind's screens hold their words."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, click, key, make_app, step, tap, type_text
from fake_pads import use_fake_pads
from kinds_helpers import one_of_each_kind, start_round
from quiz.kinds import KINDS
from quiz.ui import theme
from quiz.ui.kinds import number as slider_view
from quiz.ui.kinds import order as order_view
from quiz.ui.kinds import typed as typed_view
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene


@pytest.fixture
def apps():
    made = []
    yield made
    for app in made:
        app.close()


def _app(apps, size=(1280, 720)):
    app = make_app(size)
    app.update_settings(sound=False, auto_advance=False)
    apps.append(app)
    return app


def _scene(app) -> QuestionScene:
    top = app.router.top
    assert isinstance(top, QuestionScene)
    return top


def _go_on(app):
    app.clock.advance(1.0)
    key(app, "RETURN")


def _play(app, answer_each):
    """Answer every question with ``answer_each(app, scene)``; the round's answers."""
    questions = one_of_each_kind(seed=2)
    assert [q.kind for q in questions] == list(KINDS)
    start_round(app, questions)
    step(app, 30)  # the slide-in is over
    for question in questions:
        scene = _scene(app)
        assert scene.round.question is question and scene.asking
        answer_each(app, scene)
        assert scene.in_feedback, question.kind
        step(app, 2)
        _go_on(app)
    assert isinstance(app.router.top, ResultsScene)
    return scene.round.answers


def test_a_round_of_every_kind_by_keyboard(apps):
    app = _app(apps)
    expected = {}

    def answer(app, scene):
        q = scene.round.question
        if q.kind == "number":
            start = slider_view.start(q).position
            key(app, "RIGHT")                    # one step
            key(app, "RIGHT", shift=True)        # ten steps
            key(app, "LEFT")                     # back one
            key(app, "PAGEUP")                   # a tenth of the range
            key(app, "PAGEDOWN")
            key(app, "PAGEDOWN")
            moved = 1 + slider_view.BIG_STEPS - 1 - max(1, round(slider_view.steps(q) * 0.1))
            expected[q.kind] = slider_view.value_at(q, start + moved)
            key(app, "RETURN")
        elif q.kind == "true_false":
            expected[q.kind] = 1
            key(app, "2")                        # False
        elif q.kind == "order":
            key(app, "2")
            key(app, "3")
            key(app, "BACKSPACE")                # takes the 3 back
            key(app, "1")
            key(app, "4")                        # the last item places itself
            assert scene.asking
            expected[q.kind] = (1, 0, 3, 2)
            key(app, "RETURN")
        elif q.kind == "typed":
            key(app, "RETURN")                   # an empty box answers nothing
            assert scene.asking
            type_text(app, q.answer.upper() + "x")
            key(app, "p")                        # a letter key is text, not pause
            assert scene.asking and app.router.top is scene
            key(app, "BACKSPACE")                # takes the x back
            expected[q.kind] = q.answer.upper()
            key(app, "RETURN")
        else:
            expected[q.kind] = 3                 # from the first option: right, then down
            keys = ("RIGHT", "DOWN")             # the first Enter shows the cursor
            key(app, "RETURN")
            for name in keys:
                key(app, name)
            key(app, "RETURN")

    answers = _play(app, answer)
    assert {a.question.kind: a.chosen for a in answers} == expected
    number = next(a for a in answers if a.question.kind == "number")
    assert number.credit == number.question.credit(number.chosen)


def test_a_round_of_every_kind_by_mouse_and_touch(apps):
    app = _app(apps)
    expected = {}

    def answer(app, scene):
        q = scene.round.question
        lay = scene.layout()
        if q.kind == "number":
            parts = slider_view.parts(lay)
            track = parts["track"]
            # press at a quarter, drag to three quarters, let go, then confirm
            x0, x1 = track.x + track.w // 4, track.x + 3 * track.w // 4
            y = track.centery
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x0, y), button=1,
                                                 touch=False))
            step(app)
            assert scene.focus.position == slider_view._position_at(q, track, x0)
            pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(x1, y), rel=(0, 0),
                                                 buttons=(1, 0, 0), touch=False))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x1, y), button=1,
                                                 touch=False))
            step(app)
            assert scene.asking  # letting go of the thumb does not answer
            expected[q.kind] = slider_view.value_at(q, slider_view._position_at(q, track, x1))
            tap(app, parts["confirm"].center)  # a finger on Confirm
        elif q.kind == "order":
            buttons = order_view.controls(lay)
            for i in (3, 2):
                click(app, lay.options[i].center)
            click(app, buttons["undo"].center)
            tap(app, lay.options[0].center)      # a finger places one too
            click(app, lay.options[2].center)
            assert scene.asking
            expected[q.kind] = (3, 0, 2, 1)
            click(app, buttons["confirm"].center)
        elif q.kind == "typed":
            type_text(app, "Nobody")
            expected[q.kind] = "Nobody"
            click(app, typed_view.parts(lay)["submit"].center)
        else:
            choice = 1 if q.kind == "true_false" else 3
            expected[q.kind] = choice
            click(app, lay.options[choice].center)

    answers = _play(app, answer)
    assert {a.question.kind: a.chosen for a in answers} == expected


def _button(app, button):
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=button))
    step(app)


def test_a_round_of_every_kind_by_gamepad(apps):
    app = _app(apps)
    use_fake_pads(app)
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0))
    step(app)
    expected = {}

    def answer(app, scene):
        q = scene.round.question
        if q.kind == "number":
            start = slider_view.start(q).position
            _button(app, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
            _button(app, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
            _button(app, pygame.CONTROLLER_BUTTON_DPAD_LEFT)
            expected[q.kind] = slider_view.value_at(q, start + slider_view.PAD_STEPS)
            _button(app, pygame.CONTROLLER_BUTTON_A)
        elif q.kind == "true_false":
            expected[q.kind] = 1
            _button(app, pygame.CONTROLLER_BUTTON_B)
        elif q.kind == "order":
            for button in (pygame.CONTROLLER_BUTTON_Y, pygame.CONTROLLER_BUTTON_A,
                           pygame.CONTROLLER_BUTTON_DPAD_LEFT,  # undo
                           pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_B):
                _button(app, button)
            assert scene.asking
            expected[q.kind] = (3, 2, 1, 0)
            _button(app, pygame.CONTROLLER_BUTTON_A)  # all placed: a face button confirms
        elif q.kind == "typed":
            type_text(app, q.answer)  # a pad cannot type; the keyboard types, A submits
            expected[q.kind] = q.answer
            _button(app, pygame.CONTROLLER_BUTTON_A)
        else:
            expected[q.kind] = 3
            _button(app, pygame.CONTROLLER_BUTTON_Y)

    answers = _play(app, answer)
    assert {a.question.kind: a.chosen for a in answers} == expected


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_every_kind_keeps_its_words_in_their_boxes_asked_answered_and_reviewed(apps, monkeypatch,
                                                                                 size):
    app = _app(apps, size)
    boxes = TextBoxes(monkeypatch)
    questions = one_of_each_kind(seed=5)
    start_round(app, questions)
    step(app, 30)
    for question in questions:
        for phase in ("asked", "answered"):
            boxes.clear()
            app.invalidate()
            step(app, 2)
            assert boxes.drawn and boxes.outside(size) == [], (question.kind, phase)
            assert boxes.smaller_than(theme.MIN_TEXT) == [], (question.kind, phase)
            if phase == "asked":
                if question.kind == "order":
                    for name in ("1", "2", "3"):
                        key(app, name)
                    boxes.clear()
                    app.invalidate()
                    step(app, 2)  # every item placed, Confirm lit
                    assert boxes.outside(size) == [] and boxes.smaller_than(theme.MIN_TEXT) == []
                if question.kind == "typed":
                    type_text(app, "A long answer typed to see the box keep it inside " * 2)
                    boxes.clear()
                    app.invalidate()
                    step(app, 2)
                    assert boxes.outside(size) == [] and boxes.smaller_than(theme.MIN_TEXT) == []
                key(app, "RETURN" if question.kind in ("number", "order", "typed") else "1")
        _go_on(app)
    assert isinstance(app.router.top, ResultsScene)
    boxes.clear()
    app.invalidate()
    step(app, 2)
    assert boxes.outside(size) == [] and boxes.smaller_than(theme.MIN_TEXT) == []
    reviewed = " ".join(boxes.texts)
    assert "Your answer:" in reviewed


def test_one_mixed_round_of_every_kind_with_keyboard_mouse_and_gamepad_in_turn(apps):
    """The devices take turns within one round, and within one question."""
    app = _app(apps)
    use_fake_pads(app)
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0))
    step(app)
    expected = {}

    def answer(app, scene):
        q = scene.round.question
        lay = scene.layout()
        if q.kind == "choice":                   # the pad's Y is the fourth option
            expected[q.kind] = 3
            _button(app, pygame.CONTROLLER_BUTTON_Y)
        elif q.kind == "true_false":             # a click on False
            expected[q.kind] = 1
            click(app, lay.options[1].center)
        elif q.kind == "number":                 # a tap on the bar, a key step, the pad's A
            track = slider_view.parts(lay)["track"]
            x = track.x + track.w // 3
            tap(app, (x, track.centery))
            key(app, "RIGHT")
            expected[q.kind] = slider_view.value_at(q, slider_view._position_at(q, track, x) + 1)
            _button(app, pygame.CONTROLLER_BUTTON_A)
        elif q.kind == "order":                  # a key, a click, the pad's undo and picks, Enter
            key(app, "2")
            click(app, lay.options[0].center)
            _button(app, pygame.CONTROLLER_BUTTON_DPAD_LEFT)   # takes the click back
            _button(app, pygame.CONTROLLER_BUTTON_Y)           # the fourth item
            click(app, lay.options[2].center)                  # the last one falls in
            assert scene.asking
            expected[q.kind] = (1, 3, 2, 0)
            key(app, "RETURN")
        else:                                    # typed on the keyboard, Submit clicked
            type_text(app, q.answer)
            expected[q.kind] = q.answer
            click(app, typed_view.parts(lay)["submit"].center)

    answers = _play(app, answer)
    assert {a.question.kind: a.chosen for a in answers} == expected
    for a in answers:  # each scored as its kind scores what was given
        assert a.credit == a.question.credit(a.chosen), a.question.kind
    assert next(a for a in answers if a.question.kind == "typed").correct
