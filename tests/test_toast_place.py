"""Notices never cover a control the player needs (Quit on the title, Reload packs and
Done on the Packs screen, Reset and Back on Controls) nor, where there is room, the words
a screen names as read (headings, the pack list)."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, make_app, step
from quiz.ui import theme
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.widgets import Widget
from quiz.ui.toast import kept_clear

MESSAGE = "A pack could not be read: packs/broken.yaml line 3 needs a question"


def _controls(scene):
    """Every widget of the screen, in a menu, alone or in a grid."""
    out = []
    for value in vars(scene).values():
        if isinstance(value, Menu):
            out += value.items
        elif isinstance(value, Widget):
            out.append(value)
        elif isinstance(value, list):
            for part in value:
                out += part if isinstance(part, list) else [part]
    return [w for w in out if isinstance(w, Widget)]


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("screen, needed", [("title", ["Quit"]), ("packs", ["Reload packs", "Done"]),
                                            ("controls", ["Reset to defaults", "Back"])])
def test_a_notice_covers_no_control(monkeypatch, size, screen, needed):
    app = make_app(size)
    try:
        if screen != "title":
            app.router.show(screen)
            step(app)
        scene = app.stack.top
        labels = {getattr(w, "label", None) for w in _controls(scene)}
        assert set(needed) <= labels
        clear = kept_clear(app)
        assert clear
        assert {tuple(w.rect) for w in _controls(scene) if w.focusable and w.rect.w} \
            <= {tuple(r) for r in clear}
        boxes = TextBoxes(monkeypatch)
        app.notify(MESSAGE)
        app.notify("Scores cannot be saved right now")
        step(app, 30)
        lines = [rect for rect, _, (line,) in boxes.drawn
                 if len(line) > 3 and (line in MESSAGE or line in "Scores cannot be saved right now")]
        assert lines, "the notices were not drawn"
        for rect in lines:
            assert not any(rect.colliderect(c) for c in clear), (rect, clear)
            assert pygame.Rect((0, 0), size).contains(rect)
    finally:
        app.close()


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
@pytest.mark.parametrize("screen", ["title", "packs"])
def test_a_notice_covers_no_words_of_the_screen_but_its_key_hints(monkeypatch, size, screen):
    """Headings, the pack list and the folder line stay readable under notices; only
    the foot's key hints may be covered, and only when nothing else is free."""
    app = make_app(size)
    try:
        if screen != "title":
            app.router.show(screen)
            step(app)
        boxes = TextBoxes(monkeypatch)
        app.stack.top.draw(app.surface)
        hints = {"Arrows or Tab choose · Enter selects · F11 full screen",
                 app.stack.top.footer_text() if hasattr(app.stack.top, "footer_text") else ""}
        words = [rect for rect, _, (line,) in boxes.drawn if line.strip() and line not in hints]
        assert len(words) >= 4
        boxes.clear()
        app.notify(MESSAGE)
        app.notify("Scores cannot be saved right now")
        step(app, 30)
        notices = [rect for rect, _, (line,) in boxes.drawn
                   if len(line) > 3 and (line in MESSAGE or line in "Scores cannot be saved right now")]
        assert notices
        pad = theme.px(16, app.scale)  # the plate's margin round its words
        for rect in notices:
            plate = rect.inflate(2 * pad, 2 * pad)
            assert not any(plate.colliderect(w) for w in words), (plate, words)
    finally:
        app.close()


def test_controls_outrank_words_when_no_place_is_free():
    """Words everywhere and a row of buttons at the foot: the notices cover words, never
    the buttons."""
    from quiz.ui.toast import place_stack

    size = (960, 540)
    buttons = [pygame.Rect(100, 430, 300, 50), pygame.Rect(560, 430, 300, 50)]
    words = [pygame.Rect(0, 0, 960, 540)]
    place = place_stack(size, 540, 120, buttons, 0.75, words)
    assert not any(place.colliderect(b) for b in buttons)
    # With room left among the words, that room is taken.
    words = [pygame.Rect(0, 0, 960, 200)]
    place = place_stack(size, 540, 120, buttons, 0.75, words)
    assert not any(place.colliderect(r) for r in buttons + words)
