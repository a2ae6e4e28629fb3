"""A party player's four keys build each kind's answer press by press."""

from __future__ import annotations

from quiz.kinds.number import NumberQuestion
from quiz.kinds.order import OrderQuestion
from quiz.kinds.true_false import TrueFalseQuestion
from quiz.party.entry import (DOWN, LOCK, UP, Entry, entry_words, number_move, number_value,
                              press)

COMMON = dict(id="q", fact="f", category="Film", difficulty="easy", question="?",
              explanation="", source="test")


def order():
    return OrderQuestion(**COMMON, items=("a", "b", "c", "d"), order=(2, 0, 3, 1))


def slider(value=70.0):
    return NumberQuestion(**COMMON, value=value, min=0.0, max=200.0, step=1.0, margin=5.0)


def test_order_picks_go_first_to_last_the_last_falls_in_and_repeats_do_nothing():
    q = order()
    entry, done = press(q, None, 2)
    assert entry.picked == (2,) and done is None
    entry, done = press(q, entry, 2)        # already picked
    assert entry.picked == (2,) and done is None
    assert entry_words(q, entry) == "1 of 4 placed"
    entry, done = press(q, entry, 0)
    entry, done = press(q, entry, 3)
    assert done == (2, 0, 3, 1) and q.credit(done) == 1.0


def test_the_number_marker_starts_mid_range_moves_a_fortieth_and_locks_in():
    q = slider()
    assert number_value(q, Entry()) == 100.0 and number_move(q) == 5
    entry = None
    for _ in range(6):
        entry, done = press(q, entry, DOWN)
        assert done is None
    entry, done = press(q, entry, LOCK)
    assert done == 70.0 and q.credit(done) == 1.0
    entry, _ = press(q, Entry(position=199), UP)
    assert entry.position == 200                       # the end of the range holds
    assert press(q, entry, 3) == (entry, None)        # key 4 does nothing


def test_any_value_is_within_full_points_of_some_marker_place():
    for value in (0.0, 3.0, 57.0, 102.0, 199.0, 200.0):
        q = slider(value)
        best = min(abs(number_value(q, Entry(position=p)) - value)
                   for p in range(0, 201, number_move(q)))
        assert best <= q.margin


def test_choice_and_true_false_answer_at_once():
    q = TrueFalseQuestion(**COMMON, answer=0)
    assert press(q, None, 1)[1] == 1
