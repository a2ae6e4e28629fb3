"""Points for an answer: speed, difficulty and the streak bonus."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.scoring import (DIFFICULTY_FACTOR, answer_points, difficulty_factor, speed_points,
                          streak_bonus)

limits = st.floats(min_value=3, max_value=600, allow_nan=False)
times = st.floats(min_value=0, max_value=1000, allow_nan=False)


def test_difficulty_factors_are_the_documented_ones():
    assert DIFFICULTY_FACTOR == {"easy": 1.0, "medium": 1.5, "hard": 2.0}
    assert difficulty_factor("unheard-of") == 1.0


@pytest.mark.parametrize("elapsed, limit, expected", [
    (0.0, 20, 1000),
    (0.5, 20, 1000),  # within the first half second
    (0.6, 20, 985),  # 1000 * (1 - 0.03 / 2) = 985
    (5.0, 20, 875),
    (10.0, 20, 750),
    (15.0, 20, 625),
    (20.0, 20, 500),
    (25.0, 20, 500),  # never below 500
    (3.0, 10, 850),
    (7.5, 30, 875),
])
def test_speed_points_follow_the_kahoot_formula(elapsed, limit, expected):
    assert speed_points(elapsed, limit) == expected


def test_no_timer_gives_full_points():
    assert speed_points(0.0, None) == 1000
    assert speed_points(500.0, None) == 1000


@pytest.mark.parametrize("limit", [0, -5, float("nan"), float("inf")])
def test_a_limit_that_is_not_positive_and_finite_counts_as_no_timer(limit):
    assert speed_points(12.0, limit) == 1000


def test_negative_nan_and_infinite_times_stay_in_bounds():
    assert speed_points(-3.0, 20) == 1000
    assert speed_points(float("nan"), 20) == 1000
    assert speed_points(float("inf"), 20) == 500


@pytest.mark.parametrize("difficulty, expected", [("easy", 900), ("medium", 1350), ("hard", 1800)])
def test_answer_points_multiply_by_difficulty(difficulty, expected):
    assert answer_points(4.0, 20, difficulty) == expected  # 900 speed points


def test_answer_points_without_a_timer_are_the_factor_times_1000():
    assert [answer_points(9.0, None, d) for d in ("easy", "medium", "hard")] == [1000, 1500, 2000]


def test_streak_bonus_grows_by_100_and_stops_at_500():
    assert [streak_bonus(n) for n in range(0, 9)] == [0, 0, 100, 200, 300, 400, 500, 500, 500]


def test_streak_bonus_can_be_switched_off():
    assert all(streak_bonus(n, enabled=False) == 0 for n in range(0, 10))


@given(times, limits)
def test_speed_points_always_between_500_and_1000(elapsed, limit):
    assert 500 <= speed_points(elapsed, limit) <= 1000


@given(times, times, limits)
def test_faster_never_earns_less(a, b, limit):
    fast, slow = sorted((a, b))
    assert speed_points(fast, limit) >= speed_points(slow, limit)


@given(times, limits, st.sampled_from(sorted(DIFFICULTY_FACTOR)))
def test_answer_points_within_the_difficulty_bounds(elapsed, limit, difficulty):
    factor = DIFFICULTY_FACTOR[difficulty]
    points = answer_points(elapsed, limit, difficulty)
    assert math.floor(500 * factor) <= points <= math.ceil(1000 * factor)


@given(st.integers(min_value=-5, max_value=10_000))
def test_streak_bonus_bounds(streak):
    assert 0 <= streak_bonus(streak) <= 500
    assert streak_bonus(streak) % 100 == 0
