"""Events become actions: keys by the top screen's mode, mouse and touch as one pointer."""

from __future__ import annotations

import pygame
import pytest

from quiz.clock import FakeClock
from quiz.ui.input import actions, clipboard
from quiz.ui.input.actions import Action
from quiz.ui.input.keyboard import Keyboard
from quiz.ui.input.mapper import Mapper
from quiz.ui.input.pointer import Pointer
from quiz.ui.input.window import Window


@pytest.fixture(autouse=True)
def _pygame():
    pygame.display.init()
    yield


def press(key, mod=0, unicode=""):
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)


def names(found):
    return [(a.name, a.player, a.value) for a in found]


def test_answer_keys_answer_only_while_answering():
    keyboard = Keyboard()
    assert names(keyboard.translate(press(pygame.K_3), actions.ANSWERING)) == [("answer", 0, 2)]
    assert names(keyboard.translate(press(pygame.K_KP4), actions.ANSWERING)) == [("answer", 0, 3)]
    assert names(keyboard.translate(press(pygame.K_w), actions.ANSWERING)) == [("answer", 2, 1)]
    assert keyboard.translate(press(pygame.K_3), actions.MENU) == []
    assert names(keyboard.translate(press(pygame.K_KP2), actions.MENU)) == [("down", 0, None)]


def test_letters_are_not_answers_for_the_first_player():
    keyboard = Keyboard({0: actions.DEFAULT_ANSWER_KEYS[0]})
    for key in (pygame.K_a, pygame.K_b, pygame.K_c, pygame.K_d):
        assert keyboard.translate(press(key), actions.ANSWERING) == []


def test_menu_keys_are_fixed_in_every_mode():
    keyboard = Keyboard()
    for mode in (actions.MENU, actions.ANSWERING, actions.TYPING):
        assert names(keyboard.translate(press(pygame.K_ESCAPE), mode)) == [("back", 0, None)]
        assert names(keyboard.translate(press(pygame.K_RETURN), mode)) == [("confirm", 0, None)]
        assert names(keyboard.translate(press(pygame.K_TAB, pygame.KMOD_LSHIFT), mode)) == [
            ("previous", 0, None)]
        assert names(keyboard.translate(press(pygame.K_F11), mode)) == [("fullscreen", 0, None)]
        assert names(keyboard.translate(press(pygame.K_PAUSE), mode)) == [("pause", 0, None)]


def test_typing_turns_keys_into_text_erase_and_paste(monkeypatch):
    keyboard = Keyboard()
    monkeypatch.setattr(clipboard, "clipboard_text", lambda: "林见清")
    typed = pygame.event.Event(pygame.TEXTINPUT, text="后")
    assert names(keyboard.translate(typed, actions.TYPING)) == [("text", 0, "后")]
    assert keyboard.translate(typed, actions.MENU) == []
    assert keyboard.translate(press(pygame.K_SPACE, unicode=" "), actions.TYPING) == []
    assert names(keyboard.translate(press(pygame.K_SPACE, unicode=" "), actions.MENU)) == [
        ("confirm", 0, None)]
    assert names(keyboard.translate(press(pygame.K_BACKSPACE), actions.TYPING)) == [("erase", 0, None)]
    assert names(keyboard.translate(press(pygame.K_v, pygame.KMOD_LCTRL), actions.TYPING)) == [
        ("paste", 0, "林见清")]
    assert names(keyboard.translate(press(pygame.K_p, unicode="p"), actions.TYPING)) == []
    assert names(keyboard.translate(press(pygame.K_p, unicode="p"), actions.MENU)) == [("pause", 0, None)]


def test_a_touch_counts_once_and_its_mouse_echo_is_dropped():
    pointer = Pointer(lambda: (1000, 500))
    down = pygame.event.Event(pygame.FINGERDOWN, x=0.5, y=0.5, dx=0, dy=0, touch_id=1, finger_id=1,
                              pressure=1.0)
    echo = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(500, 250), button=1, touch=True)
    found = pointer.translate(down, actions.MENU)
    assert [(a.name, a.pos, a.touch) for a in found] == [("press", (500, 250), True)]
    assert pointer.translate(echo, actions.MENU) == []
    click = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(10, 20), button=1, touch=False)
    assert [(a.name, a.pos, a.touch) for a in pointer.translate(click, actions.MENU)] == [
        ("release", (10, 20), False)]
    right = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 20), button=3, touch=False)
    assert pointer.translate(right, actions.MENU) == []
    wheel = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=2, flipped=False, touch=False)
    assert names(pointer.translate(wheel, actions.MENU)) == [("scroll", 0, -2)]
    assert pointer.translate(press(pygame.K_1), actions.MENU) is None


def test_the_mapper_asks_devices_in_order_and_stamps_the_time():
    class Pad:
        """A device that claims only one event type, as a gamepad would."""

        def translate(self, event, mode):
            if event.type == pygame.JOYBUTTONDOWN:
                return [Action(actions.CONFIRM, player=1, device="pad:0")]
            return None

    clock = FakeClock(7.0)
    mapper = Mapper([Window(), Keyboard(), Pointer(lambda: (100, 100)), Pad()], clock)
    found = mapper.translate(pygame.event.Event(pygame.JOYBUTTONDOWN, joy=0, instance_id=0, button=0),
                             actions.MENU)
    assert [(a.name, a.player, a.device, a.time) for a in found] == [("confirm", 1, "pad:0", 7.0)]
    assert names(mapper.translate(pygame.event.Event(pygame.QUIT), actions.MENU)) == [("quit", 0, None)]
    assert mapper.translate(pygame.event.Event(pygame.USEREVENT), actions.MENU) == []
