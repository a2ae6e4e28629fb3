"""The Controls screen: remapping a player's key by pressing it, refusals, reset, back, and fit."""

import pygame
import pytest

from app_helpers import TextBoxes, key, make_app, step
from quiz.bindings import Bindings
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.scenes.controls import ControlsScene


@pytest.fixture
def screen():
    app = make_app((960, 540))
    scene = app.router.show("controls")
    step(app)
    yield app, scene
    pygame.quit()


def do(scene, *names, value=None):
    for name in names:
        scene.handle_action(Action(name, value=value))


def labels(scene):
    return [[cell.label for cell in row] for row in scene.cells]


def test_it_lists_every_players_keys(screen):
    app, scene = screen
    assert labels(scene) == [["1", "2", "3", "4"], ["7", "8", "9", "0"], ["Q", "W", "E", "R"],
                             ["U", "I", "O", "P"]]
    assert scene.input_mode == actions.MENU


def test_choosing_a_cell_and_pressing_a_key_remaps_and_saves_it(screen):
    app, scene = screen
    do(scene, actions.DOWN, actions.DOWN, actions.RIGHT, actions.CONFIRM)
    assert scene.capturing == (2, 1)
    assert scene.input_mode == actions.CAPTURE
    assert labels(scene)[2][1] == "Press a key"
    do(scene, actions.KEY, value="a")
    assert scene.input_mode == actions.MENU
    assert app.settings.bindings.answer_keys(2) == ("q", "a", "e", "r")
    assert app.store.load_settings().bindings == app.settings.bindings
    assert labels(scene)[2][1] == "A"
    assert "Player 3" in scene.message and "option 2" in scene.message


def test_a_refused_key_says_whose_it_is_and_keeps_waiting(screen):
    app, scene = screen
    do(scene, actions.CONFIRM)  # player 1, option 1
    do(scene, actions.KEY, value="q")
    assert scene.message == "Q is already Player 3's key for option 1."
    assert scene.refused and scene.capturing == (0, 0)
    do(scene, actions.KEY, value="tab")
    assert "cannot answer" in scene.message and scene.capturing == (0, 0)
    assert app.settings.bindings == Bindings()
    do(scene, actions.KEY, value="escape")  # Esc gives up, keeping the old key
    assert scene.capturing is None and not scene.refused
    assert app.settings.bindings == Bindings()
    assert app.stack.top is scene


def test_a_pads_back_stops_waiting_without_leaving(screen):
    app, scene = screen
    do(scene, actions.CONFIRM)
    scene.handle_action(Action(actions.BACK, device="pad:3"))
    assert scene.capturing is None and app.stack.top is scene
    # Moves mean nothing while waiting for a key.
    do(scene, actions.CONFIRM)
    down = Action(actions.DOWN)
    assert scene.handle_action(down) is down
    assert scene.focus == (0, 0)


def test_reset_restores_the_defaults(screen):
    app, scene = screen
    app.update_settings(bindings=Bindings().remap(0, 0, "z"))
    scene.on_enter()
    assert labels(scene)[0][0] == "Z"
    do(scene, actions.UP)  # from the first row up to the buttons: Reset
    assert scene.focus == (4, 0)
    do(scene, actions.CONFIRM)
    assert app.settings.bindings == Bindings()
    assert app.store.load_settings().bindings == Bindings()
    assert labels(scene)[0][0] == "1"
    do(scene, actions.RESET)
    assert "already" in scene.message


def test_back_returns(screen):
    app, scene = screen
    do(scene, actions.BACK)
    assert app.stack.top is not scene


def test_the_back_button_returns(screen):
    app, scene = screen
    do(scene, actions.LAST)
    assert scene.focus == (4, 1)
    do(scene, actions.CONFIRM)
    assert app.stack.top is not scene


def test_focus_moves_over_the_grid_and_the_buttons(screen):
    app, scene = screen
    do(scene, actions.RIGHT, actions.RIGHT, actions.RIGHT, actions.RIGHT)
    assert scene.focus == (0, 3)  # stops at the edge
    do(scene, actions.DOWN, actions.DOWN, actions.DOWN, actions.DOWN)
    assert scene.focus == (4, 1)  # option 4 is under Back
    do(scene, actions.DOWN)
    assert scene.focus == (0, 2)  # and wraps to the top
    do(scene, actions.FIRST, actions.PREVIOUS)
    assert scene.focus == (4, 1)
    do(scene, actions.NEXT, actions.NEXT)
    assert scene.focus == (0, 1)


def test_a_click_on_a_cell_waits_for_its_key(screen):
    app, scene = screen
    cell = scene.cells[3][2].rect
    scene.handle_action(Action(actions.POINT, pos=cell.center, device="pointer"))
    assert scene.focus == (3, 2)
    scene.handle_action(Action(actions.PRESS, pos=cell.center, device="pointer"))
    scene.handle_action(Action(actions.RELEASE, pos=cell.center, device="pointer"))
    assert scene.capturing == (3, 2)
    missed = Action(actions.RELEASE, pos=(2, 2), device="pointer")
    assert scene.handle_action(missed) is missed  # not this screen's: handed back


def test_real_key_presses_reach_it(screen):
    app, scene = screen
    key(app, "DOWN")
    key(app, "RETURN")
    assert scene.capturing == (1, 0)
    key(app, "k")
    assert app.settings.bindings.answer_keys(1) == ("k", "8", "9", "0")
    key(app, "ESCAPE")
    assert app.stack.top is not scene


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
def test_words_fit_their_boxes_and_stay_readable(monkeypatch, size):
    boxes = TextBoxes(monkeypatch)
    app = make_app(size)
    scene = app.router.show("controls")
    app.update_settings(bindings=Bindings().remap(1, 3, "left shift"))
    scene.on_enter()
    do(scene, actions.CONFIRM, actions.KEY, value="w")  # a long refusal, and a waiting cell
    boxes.clear()
    app.invalidate()
    step(app)
    window = pygame.Rect((0, 0), size)
    texts = [line for _, _, (line,) in boxes.drawn]
    assert "Left Shift" in texts and "Press a key" in texts
    assert any(line.startswith("W is already") for line in texts)
    assert boxes.outside(size) == []
    assert not [line for line in texts if line.endswith("…")]
    assert [(px, line) for px, line in boxes.sizes if px < 14] == []
    items = [c.rect for row in scene.cells for c in row] + [scene.reset_button.rect,
                                                            scene.back_button.rect]
    others = [scene.message_box, scene.pad_box, scene.regions["footer"]]
    every = items + others
    for i, a in enumerate(every):
        assert window.contains(a)
        for b in every[i + 1:]:
            assert not a.colliderect(b), (a, b)
    pygame.quit()


def test_settings_opens_the_controls_screen():
    app = make_app((960, 540))
    app.router.show("settings")
    step(app)
    key(app, "END")   # to Back, then up one: the Controls row
    key(app, "UP")
    key(app, "RETURN")
    assert isinstance(app.router.top, ControlsScene)
    key(app, "ESCAPE")
    assert app.router.top_name == "settings"
    pygame.quit()


def test_a_remapped_back_key_is_the_one_that_gives_up_and_the_footer_names_it(screen):
    app, scene = screen
    app.update_settings(bindings=app.settings.bindings.remap_command("back", "f9"))
    do(scene, actions.CONFIRM)  # player 1, option 1
    assert "F9" in scene.footer_text()
    do(scene, actions.KEY, value="f9")
    assert scene.capturing is None
    assert app.settings.bindings.answer_keys(0) == Bindings().answer_keys(0)
