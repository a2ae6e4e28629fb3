"""The reveal's show on a clock: build-up, count-up, rows moving; reduced motion skips to the end."""

from __future__ import annotations

import pytest

from quiz.party.show import BUILD_UP, BUILDING, COUNT_UP, COUNTING, DONE, MOVE, RevealShow, rows_before
from quiz.party.standings import Standing


def test_the_answer_is_hidden_during_the_build_up_then_scores_count_up_to_the_new_total():
    show = RevealShow(started=10.0)
    assert show.stage(10.0) == BUILDING and not show.answer_shown(10.0 + BUILD_UP / 2)
    assert show.score(500, 900, 10.0 + BUILD_UP / 2) == 500
    middle = show.score(500, 900, 10.0 + BUILD_UP + COUNT_UP / 2)
    assert show.stage(10.0 + BUILD_UP + 0.01) == COUNTING and 500 < middle < 900
    end = 10.0 + BUILD_UP + max(COUNT_UP, MOVE)
    assert show.stage(end) == DONE and show.score(500, 900, end) == 900
    shown = [show.score(0, 1000, 10.0 + BUILD_UP + k * 0.05) for k in range(30)]
    assert shown == sorted(shown) and shown[-1] == 1000   # never goes back down


def test_rows_slide_from_the_old_place_to_the_new_one():
    show = RevealShow(started=0.0)
    assert show.row(2, 0, BUILD_UP) == 2
    assert 0 < show.row(2, 0, BUILD_UP + MOVE / 2) < 2
    assert show.row(2, 0, BUILD_UP + MOVE) == pytest.approx(0)


def test_reduced_motion_shows_the_end_at_once():
    show = RevealShow(started=5.0, reduced_motion=True)
    assert show.stage(5.0) == DONE and show.answer_shown(5.0)
    assert show.score(100, 400, 5.0) == 400 and show.row(3, 1, 5.0) == 1


def test_rows_before_follows_the_old_ranking():
    before = (Standing(1, "Bo", 300, 1, False), Standing(0, "Ann", 100, 2, False))
    after = (Standing(0, "Ann", 700, 1, False), Standing(1, "Bo", 300, 2, False),
             Standing(2, "Cy", 0, 3, False))
    assert rows_before(before, after) == {0: 1, 1: 0, 2: 2}
