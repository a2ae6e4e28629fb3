"""High-score table keys, and the labels made from them for showing."""

import pytest

from quiz.tables import TableKey, key_for, label, pack_set_of, plural


def test_a_pack_set_ignores_order_and_repeats():
    assert pack_set_of(["us-and-them"]) == "us-and-them"
    assert pack_set_of(["zeta", "alpha", "zeta"]) == pack_set_of(("alpha", "zeta")) == "alpha+zeta"


def test_keys_with_the_same_rules_are_one_table():
    assert key_for(["zeta", "alpha"], 10, 20, True) == TableKey("alpha+zeta", 10, 20.0)
    assert hash(TableKey("a", 10, 20)) == hash(TableKey("a", 10, 20.0))
    assert TableKey("a", 10, 20).pack_ids == ["a"] and TableKey("alpha+zeta", 1, 5).pack_ids == [
        "alpha", "zeta"]


@pytest.mark.parametrize("key, shown", [
    (TableKey("p", 10, 20), "10 questions, 20 s"),
    (TableKey("p", 10, 20.0), "10 questions, 20 s"),
    (TableKey("p", 1, 12.5), "1 question, 12.5 s"),
    (TableKey("p", 5, None), "5 questions, no timer"),
    (TableKey("p", 10, 20, streak_bonus=False), "10 questions, 20 s, no streak bonus"),
    (TableKey("p", 10, 20, mode="party"), "10 questions, 20 s, party"),
])
def test_labels(key, shown):
    assert label(key) == shown


def test_plurals():
    assert [plural(n, "question") for n in (0, 1, 2)] == ["0 questions", "1 question", "2 questions"]
    assert plural(2, "match", "matches") == "2 matches"


def test_streak_bonus_on_and_off_are_different_tables():
    assert TableKey("p", 10, 20, streak_bonus=True) != TableKey("p", 10, 20, streak_bonus=False)
