"""The results chart: bars coloured by how each category went, the figure beside each bar,
and long names given room, then cut at one readable size."""

from __future__ import annotations

import re

import pygame
import pytest

from app_helpers import TextBoxes, make_app, step
from quiz.kinds.choice import ChoiceQuestion
from quiz.linebreak import wrap
from quiz.round import Answer, Results
from quiz.ui import theme
from quiz.ui.scenes.results import ResultsScene, result_colour
from quiz.round_plan import RoundPlan


def _answer(category, right, n):
    q = ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category=category, difficulty="easy",
                       question=f"Question {n}?", explanation="", source="", choices=("A", "B"),
                       answer=0)
    return Answer(question=q, chosen=0 if right else 1, correct=right, elapsed=1.0,
                  points=1000 if right else 0, bonus=0, streak=1 if right else 0,
                  credit=1.0 if right else 0.0)


def _results(pattern):
    answers = tuple(_answer(c, r, n) for n, (c, r) in enumerate(pattern))
    by_category = {}
    for c, r in pattern:
        got, asked = by_category.get(c, (0, 0))
        by_category[c] = (got + r, asked + 1)
    right = sum(r for _, r in pattern)
    return Results(score=1000 * right, right=right, total=len(pattern), accuracy=right / len(pattern),
                   average_time=1.0, best_streak=1, by_category=by_category, answers=answers,
                   practice=True)


def test_a_bar_is_coloured_by_its_result_not_its_row():
    assert result_colour(1, 1) == result_colour(5, 5) == theme.RIGHT
    assert result_colour(1, 2) == theme.AMBER
    assert result_colour(1, 3) == result_colour(0, 2) == theme.WRONG


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_the_chart_draws_each_bar_in_its_results_colour(monkeypatch, size):
    long = "A very long category name that goes on"
    pattern = [("Plot", False), (long, True), ("Cast", True), ("Cast", False), ("Music", True)]
    app = make_app(size)
    boxes = TextBoxes(monkeypatch)
    try:
        plan = RoundPlan(packs=tuple(app.selected_packs()), seed=1, count=5, timer=20.0,
                         category=None, difficulty=None, practice=True, streak_bonus=True)
        scene = ResultsScene(app, _results(pattern), plan)
        surface = pygame.Surface(size)
        scene.draw(surface)
        lay = scene.layout(size)
        rows, label_px, _, _ = scene.chart_rows(lay)
        assert [r[0] for r in rows] == ["Plot", long, "Cast", "Music"]
        for category, right, asked, y, track in rows:
            if right:
                sample = surface.get_at((track.x + track.h, track.centery))[:3]
                assert sample == result_colour(right, asked), category
        figures = [(rect, line) for rect, _, (line,) in boxes.drawn if re.fullmatch(r"\d+/\d+", line)]
        assert [line for _, line in figures] == ["0/1", "1/1", "1/2", "1/1"]
        for (rect, _), (*_, y, track) in zip(figures, rows):
            # Beside its own bar: just right of the track, on the same line.
            assert 0 <= rect.x - track.right <= theme.px(16, lay.scale) and abs(rect.centery - y) <= 2
        assert all(px >= theme.MIN_TEXT for px, _ in boxes.sizes)
        names = [(px, line) for px, line in boxes.sizes if line.startswith("A very long")]
        assert names and names[0][0] == label_px and names[0][1].endswith("…")
    finally:
        app.close()


def test_points_never_stand_alone_on_a_line():
    line = "Your answer: Rene Liu  (right)   ·   +1,760\u00a0points"
    for width in range(20, 60):
        assert all(l.strip() != "points" for l in wrap(line, width, len))


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_a_longish_category_name_is_shown_whole_and_its_bar_still_drawn(monkeypatch, size):
    name = "Another quite long category"
    pattern = [("Plot", True), (name, True), ("Cast", False)]
    app = make_app(size)
    boxes = TextBoxes(monkeypatch)
    try:
        plan = RoundPlan(packs=tuple(app.selected_packs()), seed=1, count=3, timer=20.0,
                         category=None, difficulty=None, practice=True, streak_bonus=True)
        scene = ResultsScene(app, _results(pattern), plan)
        scene.draw(pygame.Surface(size))
        rows, label_px, label_w, _ = scene.chart_rows(scene.layout(size))
        assert name in boxes.texts  # whole, at the chart's one size
        assert [px for px, line in boxes.sizes if line == name] == [label_px]
        box = scene.layout(size).chart
        for *_, track in rows:
            assert track.w >= box.w * 0.3  # the bars keep a readable length
    finally:
        app.close()
