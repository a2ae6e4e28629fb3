"""Every command's keys can be changed (moving, choosing, going back, pausing...), are saved,
refused with a reason when they clash, brought back by Reset, and used by the keyboard at once."""

import pygame
import pytest

from app_helpers import key, make_app, step
from quiz.bindings import COMMAND_NAMES, Bindings
from quiz.settings import Settings
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.input.keyboard import Keyboard


def press(code, mod=0):
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0)


def test_every_action_a_key_gives_is_a_command_with_a_key():
    b = Bindings()
    for name in COMMAND_NAMES:
        assert b.command_keys(name), name
        assert hasattr(actions, name.upper()), name  # the keyboard gives the action by this name
    assert b.command_of("escape") == "back" and b.command_of("p") == "pause"


def test_remapping_a_command_replaces_its_keys_and_is_saved():
    b = Bindings().remap_command("confirm", "F5")
    assert b.command_keys("confirm") == ("f5",)
    assert b.command_of("return") is None and b.command_of("f5") == "confirm"
    assert not b.is_default and b.reset().is_default
    again = Settings.from_dict(Settings(bindings=b).to_dict()).bindings
    assert again == b


def test_clashes_are_refused_saying_who_has_the_key():
    b = Bindings()
    taken = b.command_refusal("confirm", "escape")
    assert taken.reason == "command" and "Go back" in taken.message
    answer = b.command_refusal("pause", "q")
    assert answer.reason == "answer" and "Player 3" in answer.message and "option 1" in answer.message
    # A menu-only command may share an answer key: no question needs it.
    assert b.command_refusal("reload", "q") is None
    # And an answer key cannot take a key a question needs...
    assert b.refusal(0, 0, "return").reason == "fixed"
    moved = b.remap_command("confirm", "insert")
    assert "Choose" in moved.refusal(0, 0, "insert").message
    # ...but the key a command gave up is free again.
    assert moved.refusal(0, 0, "return") is None


def test_what_typing_needs_keeps_a_key_that_does_not_type():
    # Choose, Erase and Back are how a name or a typed answer is finished, mended and
    # left: a letter (or Space) alone would type instead, so it is refused.
    b = Bindings()
    for command, typing in (("confirm", "k"), ("confirm", "space"), ("erase", "j"), ("back", "x")):
        refused = b.command_refusal(command, typing)
        assert refused is not None and refused.reason == "text", (command, typing)
    assert b.command_refusal("pause", "f2") is None and b.command_refusal("up", "h") is None
    # Saved keys that would leave one of them with only typing keys are not used.
    bindings, problem = Bindings.read({"answer_keys": [list(r) for r in b.keys],
                                       "commands": {"confirm": ["space"]}})
    assert bindings == Bindings() and "Choose" in problem


def test_a_usual_key_another_command_or_answer_has_taken_is_not_given_back():
    b = Bindings().remap_command("confirm", "insert").remap_command("next", "return")
    assert b.command_refusal("confirm", "return").reason == "command"
    b = Bindings().remap_command("confirm", "insert").remap(0, 0, "return")
    assert b.command_refusal("confirm", "return").reason == "answer"
    # P is Pause's and Player 4's fourth option in the usual keys, and may be again.
    assert Bindings().remap_command("pause", "f2").command_refusal("pause", "p") is None


def test_old_saves_without_commands_get_the_usual_keys_and_bad_ones_say_why():
    old = {"answer_keys": [list(row) for row in Bindings().keys]}
    assert Bindings.read(old) == (Bindings(), None)
    clash = dict(old, commands={"confirm": ["escape"]})
    bindings, problem = Bindings.read(clash)
    assert bindings == Bindings() and "Go back" in problem


def test_the_keyboard_follows_remapped_commands():
    b = Bindings().remap_command("up", "h").remap_command("back", "f3")
    keyboard = Keyboard({0: b.answer_keys(0)}, b.key_commands())
    assert [a.name for a in keyboard.translate(press(pygame.K_h), actions.MENU)] == ["up"]
    assert keyboard.translate(press(pygame.K_UP), actions.MENU) == []
    assert [a.name for a in keyboard.translate(press(pygame.K_F3), actions.MENU)] == ["back"]
    # While a name is typed, a letter is text whatever command it has.
    assert keyboard.translate(press(pygame.K_h), actions.TYPING) == []


@pytest.fixture
def screen():
    app = make_app((960, 540))
    app.router.show("command_keys")
    step(app)
    yield app, app.router.top
    app.close()


def test_the_screen_remaps_a_command_by_pressing_the_key(screen):
    app, scene = screen
    key(app, "RETURN")  # the first row: Move up
    assert scene.input_mode == actions.CAPTURE and scene.capturing == "up"
    key(app, "k")
    assert app.settings.bindings.command_keys("up") == ("k",)
    assert app.store.load_settings().bindings == app.settings.bindings
    assert "Move up" in scene.message and scene.rows[0].keys_text() == "K"
    # The new key works at once, the old one no longer moves.
    key(app, "DOWN")
    assert scene.menu.focus == 1
    key(app, "k")
    assert scene.menu.focus == 0
    key(app, "UP")
    assert scene.menu.focus == 0


def test_a_clash_keeps_waiting_and_the_back_key_gives_up(screen):
    app, scene = screen
    key(app, "RETURN")
    key(app, "RETURN")  # Enter is Choose's
    assert scene.refused and "Choose" in scene.message and scene.capturing == "up"
    key(app, "ESCAPE")
    assert scene.capturing is None and app.settings.bindings == Bindings()
    assert app.router.top is scene


def test_reset_brings_every_usual_key_back_and_keeps_the_answer_keys(screen):
    app, scene = screen
    app.update_settings(bindings=Bindings().remap(0, 0, "z").remap_command("back", "f4"))
    scene.handle_action(Action(actions.RESET))
    assert app.settings.bindings.commands == Bindings().commands
    assert app.settings.bindings.answer_keys(0)[0] == "z"
    key(app, "ESCAPE")  # the usual Back again
    assert app.router.top_name == "title"


def test_a_remapped_pause_pauses_a_round():
    app = make_app((960, 540), overrides={"seed": 4, "questions": 3})
    try:
        app.update_settings(sound=False, formats="classic",
                            bindings=Bindings().remap_command("pause", "f2"))
        key(app, "RETURN")
        step(app, 30)
        assert app.router.top_name == "question"
        key(app, "F2")
        assert app.router.top_name == "pause"
    finally:
        app.close()


def test_reached_from_settings_by_keys_and_by_mouse():
    from app_helpers import click

    app = make_app((1280, 720))
    try:
        app.router.show("settings")
        step(app)
        scene = app.router.top
        row = next(r for r in scene.rows if "Command keys" in getattr(r, "label", ""))
        while scene.menu.focused is not row:
            key(app, "DOWN")
        key(app, "RETURN")
        assert app.router.top_name == "command_keys"
        click(app, app.router.top.back_button.rect.center)
        assert app.router.top_name == "settings"
    finally:
        app.close()


def test_hints_name_the_keys_as_remapped():
    from quiz.ui.kit.key_hints import with_keys

    usual = Bindings()
    assert with_keys("Up/Down choose · Enter switches · Esc goes back", usual) == \
        "Up/Down choose · Enter switches · Esc goes back"
    moved = usual.remap_command("back", "f9").remap_command("confirm", "insert")
    assert with_keys("Enter switches · Esc goes back · Tab", moved) == "Insert switches · F9 goes back · Tab"
    assert with_keys("上下键选择 · Enter 切换 · Esc 返回", moved) == "上下键选择 · Insert 切换 · F9 返回"
    assert with_keys("Escape the Entertainment", moved) == "Escape the Entertainment"  # whole key names only


def test_a_screen_s_footer_says_the_remapped_back_key(monkeypatch):
    from app_helpers import TextBoxes

    boxes = TextBoxes(monkeypatch)
    app = make_app((1280, 720))
    try:
        app.update_settings(bindings=Bindings().remap_command("back", "f9"))
        app.router.show("settings")
        step(app)
        footer = [t for t in boxes.texts if "goes back" in t]
        assert footer and all("F9 goes back" in t and "Esc" not in t for t in footer)
    finally:
        app.close()
