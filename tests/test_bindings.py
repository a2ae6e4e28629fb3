"""Answer keys per player: remapping, refusals that say why, reset, and saved data that may be bad."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.bindings import DEFAULT_KEYS, FIXED_KEYS, Bindings, key_label


def test_the_defaults_are_the_four_keyboard_zones():
    b = Bindings()
    assert [b.answer_keys(p) for p in range(4)] == [
        ("1", "2", "3", "4"), ("7", "8", "9", "0"), ("q", "w", "e", "r"), ("u", "i", "o", "p")]
    assert b.is_default
    assert b.owner("w") == (2, 1)
    assert b.owner("z") is None


def test_the_ui_layout_is_the_same_one():
    from quiz.ui.input.actions import DEFAULT_ANSWER_KEYS
    assert DEFAULT_ANSWER_KEYS == {p: row for p, row in enumerate(DEFAULT_KEYS)}


def test_remapping_one_key_changes_only_that_key():
    b = Bindings().remap(2, 0, "A")
    assert b.answer_keys(2) == ("a", "w", "e", "r")
    assert b.owner("q") is None and b.owner("a") == (2, 0)
    assert [b.answer_keys(p) for p in (0, 1, 3)] == [DEFAULT_KEYS[p] for p in (0, 1, 3)]
    assert not b.is_default
    assert Bindings().answer_keys(2) == ("q", "w", "e", "r")  # the original is untouched
    # The key a cell already has is not a clash with itself.
    assert Bindings().refusal(2, 0, "q") is None


@pytest.mark.parametrize("key", sorted(FIXED_KEYS))
def test_fixed_keys_are_refused(key):
    refused = Bindings().refusal(1, 2, key)
    assert refused is not None and refused.reason == "fixed"
    assert "cannot answer" in refused.message
    with pytest.raises(ValueError):
        Bindings().remap(1, 2, key)


def test_the_menu_keys_themselves_are_fixed():
    for key in ("up", "down", "left", "right", "tab", "return", "escape", "backspace",
                "page up", "page down", "home", "end", "pause", "f11", "enter"):
        assert key in FIXED_KEYS


def test_p_is_an_answer_key_like_any_letter():
    """Pausing is Esc or Pause, so player 4's P is free to move and to take back."""
    moved = Bindings().remap(3, 3, "semicolon")
    assert "p" not in FIXED_KEYS
    assert moved.refusal(0, 0, "p") is None
    assert moved.remap(3, 3, "p").is_default


def test_a_key_someone_has_is_refused_saying_whose():
    refused = Bindings().refusal(0, 0, "W")
    assert (refused.reason, refused.player, refused.option) == ("taken", 2, 1)
    assert refused.message == "W is already Player 3's key for option 2."
    same_player = Bindings().refusal(1, 0, "9")
    assert (same_player.player, same_player.option) == (1, 2)
    assert "option 3" in same_player.message


def test_the_keypad_belongs_to_player_one():
    assert Bindings().refusal(0, 1, "[1]") is None
    refused = Bindings().refusal(1, 0, "[1]")
    assert refused.reason == "taken" and refused.player == 0
    assert "Player 1" in refused.message


@pytest.mark.parametrize("key", ["", "   ", None, 7, "x" * 40, "a\x00"])
def test_nonsense_keys_are_refused(key):
    refused = Bindings().refusal(0, 0, key)
    assert refused is not None and refused.reason == "unknown"


def test_reset_gives_the_defaults_back():
    b = Bindings().remap(0, 0, "z").remap(3, 1, "k")
    assert b.reset() == Bindings() and b.reset().is_default


def test_saved_bindings_come_back_the_same():
    b = Bindings().remap(0, 0, "z").remap(1, 3, "left shift").remap(3, 2, "[5]")
    data = json.loads(json.dumps(b.to_dict()))
    assert Bindings.read(data) == (b, None)
    assert Bindings.from_dict(data) == b


@pytest.mark.parametrize("data, says", [
    (None, "not a table"),
    ("1234", "not a table"),
    ({}, "not a table"),
    ({"answer_keys": "qwer"}, "not 4 players"),
    ({"answer_keys": [["1", "2", "3", "4"]]}, "not 4 players"),
    ({"answer_keys": [["1", "2", "3"], ["7", "8", "9", "0"], ["q", "w", "e", "r"],
                      ["u", "i", "o", "p"]]}, "player 1 does not have 4 keys"),
    ({"answer_keys": [["1", "2", "3", "4"], ["7", "8", "9", "0"], ["q", "w", "e", "r"],
                      ["u", "i", "o", "q"]]}, "Q is already Player 3's key for option 1"),
    ({"answer_keys": [["1", "2", "3", "4"], ["7", "8", "9", "escape"], ["q", "w", "e", "r"],
                      ["u", "i", "o", "p"]]}, "player 2: Escape is the key for “Go back”"),
    ({"answer_keys": [["1", "2", "3", "4"], ["7", "8", 9, "0"], ["q", "w", "e", "r"],
                      ["u", "i", "o", "p"]]}, "player 2: That key has no name"),
    ({"answer_keys": [["1", "1", "3", "4"], ["7", "8", "9", "0"], ["q", "w", "e", "r"],
                      ["u", "i", "o", "p"]]}, "Player 1's key for option 1"),
])
def test_bad_saved_data_gives_the_defaults_and_says_why(data, says):
    bindings, problem = Bindings.read(data)
    assert bindings == Bindings()
    assert problem is not None and says in problem
    assert problem.endswith("the usual keys are back.")


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=4),
                    lambda inner: st.lists(inner, max_size=5)
                    | st.dictionaries(st.sampled_from(["answer_keys", "x"]), inner, max_size=2),
                    max_leaves=24))
def test_reading_never_raises_and_never_gives_a_clash(data):
    bindings, problem = Bindings.read(data)
    keys = [k for row in bindings.keys for k in row]
    assert len(keys) == len(set(keys)) == 16
    assert Bindings.read(bindings.to_dict()) == (bindings, None)  # what is kept reads back
    if problem is not None:
        assert bindings == Bindings()


def test_key_labels():
    assert key_label("q") == "Q"
    assert key_label("[1]") == "Keypad 1"
    assert key_label("left shift") == "Left Shift"
    assert key_label("7") == "7"
