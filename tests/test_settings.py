"""Settings survive whatever comes back from disk."""

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.settings import NAME_MAX_LENGTH, QUESTION_COUNTS, TIMERS, Settings, clean_name


def test_defaults_are_the_documented_ones():
    s = Settings()
    assert (s.sound, s.volume, s.auto_advance, s.streak_bonus, s.fullscreen, s.reduced_motion) == \
        (True, 0.7, False, True, False, False)
    assert (s.questions, s.timer, s.category, s.difficulty, s.packs, s.last_name) == \
        (10, 20, None, None, ("us-and-them",), "")
    assert QUESTION_COUNTS == (5, 10, 15, 20)
    assert TIMERS == (None, 10, 15, 20, 30)


def test_settings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().volume = 0.1


def test_round_trip_through_json():
    s = Settings(sound=False, volume=0.25, auto_advance=True, streak_bonus=False, fullscreen=True,
                 reduced_motion=True, questions=15, timer=None, category="Music",
                 difficulty="hard", packs=("us-and-them", "my-pack"), last_name="小晓")
    assert Settings.from_dict(json.loads(json.dumps(s.to_dict()))) == s


def test_unknown_keys_are_ignored():
    assert Settings.from_dict({"volume": 0.3, "colour": "mauve", "__class__": 1}) == Settings(volume=0.3)


@pytest.mark.parametrize("data", [None, [], "settings", 3, {"sound": None}, {"volume": "loud"}])
def test_anything_unusable_gives_defaults(data):
    assert Settings.from_dict(data) == Settings()


@pytest.mark.parametrize("field, value, expected", [
    ("sound", "off", False),
    ("sound", "yes", True),
    ("sound", 0, False),
    ("sound", 2, True),  # not a boolean: the default stays
    ("volume", 1.5, 1.0),
    ("volume", -2, 0.0),
    ("volume", float("nan"), 0.7),
    ("volume", True, 0.7),
    ("volume", 10 ** 400, 1.0),
    ("questions", 15, 15),
    ("questions", 7, 7),  # the command line may ask for any count
    ("questions", 0, 10),
    ("questions", 2.5, 10),
    ("questions", 20.0, 20),
    ("questions", 10 ** 400, 10),
    ("questions", "15", 10),
    ("timer", None, None),
    ("timer", "off", None),
    ("timer", 30, 30),
    ("timer", 1, 20),
    ("timer", 9999, 20),
    ("category", "  Music ", "Music"),
    ("category", "", None),
    ("category", 5, None),
    ("category", "x" * 500, None),
    ("difficulty", "hard", "hard"),
    ("difficulty", "impossible", None),
    ("packs", ["a", "b", "a"], ("a", "b")),
    ("packs", [], ("us-and-them",)),
    ("packs", "us-and-them", ("us-and-them",)),
    ("packs", ["ok", 3], ("us-and-them",)),
    ("last_name", "  Jianqing\n", "Jianqing"),
    ("last_name", None, ""),
])
def test_each_field_is_checked(field, value, expected):
    assert getattr(Settings.from_dict({field: value}), field) == expected


@given(st.dictionaries(st.text(max_size=20), st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=10)))
def test_from_dict_never_raises_and_always_gives_usable_settings(data):
    s = Settings.from_dict(data)
    assert isinstance(s.sound, bool) and 0.0 <= s.volume <= 1.0
    assert isinstance(s.questions, int) and s.questions >= 1
    assert s.timer is None or isinstance(s.timer, int)
    assert s.packs and all(isinstance(p, str) and p for p in s.packs)
    assert isinstance(s.last_name, str) and len(s.last_name) <= NAME_MAX_LENGTH
    json.dumps(s.to_dict())  # always saveable


@given(st.fixed_dictionaries({
    "sound": st.booleans(), "volume": st.floats(0, 1), "questions": st.sampled_from(QUESTION_COUNTS),
    "timer": st.sampled_from(TIMERS), "difficulty": st.sampled_from([None, "easy", "medium", "hard"]),
}))
def test_good_values_are_kept(data):
    s = Settings.from_dict(data)
    assert {k: getattr(s, k) for k in data} == data


def test_clean_name():
    assert clean_name("  Fang   Xiaoxiao ") == "Fang Xiaoxiao"
    assert clean_name("a\x00b\x1bc\u200bd\ne") == "abcd e"
    assert clean_name("见清") == "见清"
    assert clean_name("x" * 1000) == "x" * NAME_MAX_LENGTH
    assert clean_name(42) == ""
