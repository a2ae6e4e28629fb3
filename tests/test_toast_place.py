"""Notices never cover a control the player needs: Quit on the title, Reload packs and
Done on the Packs screen."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, make_app, step
from quiz.ui import theme
from quiz.ui.kit.menu import Menu
from quiz.ui.toast import kept_clear

MESSAGE = "A pack could not be read: packs/broken.yaml line 3 needs a question"


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("screen, needed", [("title", ["Quit"]), ("packs", ["Reload packs", "Done"])])
def test_a_notice_covers_no_control(monkeypatch, size, screen, needed):
    app = make_app(size)
    try:
        if screen != "title":
            app.router.show(screen)
            step(app)
        scene = app.stack.top
        labels = {getattr(w, "label", None) for m in vars(scene).values() if isinstance(m, Menu)
                  for w in m.items}
        assert set(needed) <= labels
        clear = kept_clear(app)
        assert clear
        boxes = TextBoxes(monkeypatch)
        app.notify(MESSAGE)
        app.notify("Scores cannot be saved right now")
        step(app, 30)
        lines = [rect for rect, _, (line,) in boxes.drawn
                 if line and (line in MESSAGE or line in "Scores cannot be saved right now")]
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
                   if line and (line in MESSAGE or line in "Scores cannot be saved right now")]
        assert notices
        pad = theme.px(16, app.scale)  # the plate's margin round its words
        for rect in notices:
            plate = rect.inflate(2 * pad, 2 * pad)
            assert not any(plate.colliderect(w) for w in words), (plate, words)
    finally:
        app.close()
