"""No action only by mouse or only by keyboard: the mouse's right button goes back as Esc
does, and a round's pause has a button for the mouse and fingers."""

import pygame

from app_helpers import click, key, make_app, step, tap


def right_click(app, pos=(50, 50)):
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=pos, button=3, touch=False))
    step(app)


def _round(app):
    app.update_settings(sound=False, formats="classic")
    key(app, "RETURN")
    step(app, 30)
    assert app.router.top_name == "question"
    return app.router.top


def test_the_right_button_goes_back_like_esc():
    app = make_app((960, 540))
    try:
        app.router.show("settings")
        step(app)
        right_click(app)
        assert app.router.top_name == "title"
        scene = _round(app)
        right_click(app)
        assert app.router.top_name == "pause" and scene.round.paused
    finally:
        app.close()


def test_a_click_or_a_tap_on_the_pause_button_pauses():
    app = make_app((960, 540), overrides={"seed": 4, "questions": 3})
    try:
        scene = _round(app)
        button = scene.layout().pause
        assert pygame.Rect((0, 0), app.size).contains(button)
        assert not any(button.colliderect(o) for o in scene.layout().options)
        click(app, button.center)
        assert app.router.top_name == "pause" and scene.round.paused
        key(app, "RETURN")  # Resume
        step(app)
        assert app.router.top_name == "question" and not scene.round.paused
        tap(app, button.center)
        assert app.router.top_name == "pause"
        assert scene.round.answers == ()  # nothing was answered on the way
    finally:
        app.close()


def test_the_pause_button_is_drawn_while_asking(monkeypatch):
    app = make_app((1280, 720), overrides={"seed": 4, "questions": 3})
    try:
        scene = _round(app)
        box = scene.layout().pause
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=box.center, rel=(0, 0),
                                             buttons=(0, 0, 0), touch=False))
        step(app)
        assert scene.hover_pause
        # Its two bars are drawn in the middle of the plate.
        left_bar = (box.centerx - max(2, box.w // 7), box.centery)
        assert app.surface.get_at(left_bar)[:3] == (240, 236, 228)
    finally:
        app.close()


def test_learn_mode_has_a_button_back_to_learn_for_fingers():
    app = make_app((960, 540))
    try:
        app.update_settings(sound=False)
        app.router.show("learn")
        step(app)
        key(app, "RETURN")  # every category
        step(app, 40)
        assert app.router.top_name == "learn_question"
        button = app.router.top.layout().pause
        tap(app, button.center)
        assert app.router.top_name == "learn"
    finally:
        app.close()
