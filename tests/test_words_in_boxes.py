"""Every screen draws its words through the kit: inside their boxes, inside the window,
and never smaller than 14 px on the smallest supported window."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, key, make_app, step
from quiz.ui import theme
from quiz.ui.kit import words
from quiz.ui.scenes.pause import PauseScene
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene


@pytest.fixture(autouse=True, params=["en", "zh_CN"])
def language(request, monkeypatch):
    """Every check here holds in each language the game speaks (it follows the locale)."""
    monkeypatch.setenv("LANGUAGE", request.param)
    return request.param


def _answer_and_go_on(app):
    key(app, "1")
    app.clock.advance(1.0)
    key(app, "RETURN")


def _open(app, name):
    key(app, "RETURN")  # Play
    assert isinstance(app.stack.top, QuestionScene)
    step(app, 30)  # the slide-in has ended
    if name == "feedback":
        key(app, "1")
    elif name == "pause":
        key(app, "ESCAPE")
        assert isinstance(app.stack.top, PauseScene)
    elif name == "results":
        while isinstance(app.stack.top, QuestionScene):
            _answer_and_go_on(app)
        assert isinstance(app.stack.top, ResultsScene)


@pytest.mark.parametrize("size,text_size", [((960, 540), 100), ((1280, 720), 100),
                                             ((1920, 1080), 100), ((720, 900), 100),
                                             ((960, 540), 200), ((1920, 1080), 200)])
@pytest.mark.parametrize("name", ["question", "feedback", "pause", "results"])
def test_the_round_screens_keep_their_words_in_their_boxes(monkeypatch, size, text_size, name):
    boxes = TextBoxes(monkeypatch)
    app = make_app((1280, 720), overrides={"seed": 4, "questions": 5})
    try:
        app.update_settings(sound=False, text_size=text_size)
        _open(app, name)
        app.resize(size)
        boxes.clear()
        step(app, 2)
        assert boxes.drawn, "nothing was drawn"
        assert boxes.outside(size) == []
        if size == theme.MIN_SIZE:
            assert boxes.smaller_than(theme.MIN_TEXT) == []
        # Moving the focus draws the focused look, which must fit as well.
        for _ in range(3):
            key(app, "TAB")
        assert boxes.outside(size) == []
    finally:
        app.close()


def _overflowing(paint):
    """Paint far too long a line through the kit into a small box; return the pixels outside it."""
    from quiz.ui.text import Text

    pygame.display.init()
    pygame.font.init()
    surface = pygame.Surface((400, 200))
    surface.fill((0, 0, 0))
    box = pygame.Rect(20, 20, 120, 30)
    paint(surface, Text(), box)
    outside = [(x, y) for x in range(0, 400, 2) for y in range(0, 200, 2)
               if not box.collidepoint(x, y) and surface.get_at((x, y))[:3] != (0, 0, 0)]
    return outside


def test_lines_placed_past_their_box_are_clipped_to_it():
    def paint(surface, text, box):
        lines = ["W" * 60, "W" * 60, "W" * 60]
        rects = [pygame.Rect(box.x, box.y + i * 24, 1200, 24) for i in range(3)]
        words.paint_lines(surface, text, lines, rects, 28, (255, 255, 255), box)

    assert _overflowing(paint) == []


def test_a_fitted_block_moved_off_its_box_stays_clipped():
    def paint(surface, text, box):
        block = words.fit_block(text, "Us and Them", box, 20, min_px=20)
        words.draw_block(surface, text, block, (255, 255, 255), offset=(0, 0))
        block.rects = [rect.move(60, 40) for rect in block.rects]  # as a slide-in may place it
        words.draw_block(surface, text, block, (255, 255, 255))

    assert _overflowing(paint) == []


def test_lines_drawn_wider_than_their_box_are_clipped():
    def paint(surface, text, box):
        words.draw_lines(surface, text, ["W" * 80], 28, (255, 255, 255), box)

    assert _overflowing(paint) == []
