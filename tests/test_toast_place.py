"""Notices never cover a control the player needs: Quit on the title, Reload packs and
Done on the Packs screen."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, make_app, step
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
