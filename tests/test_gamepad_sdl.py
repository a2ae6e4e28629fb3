"""Gamepads through the real SDL: virtual pads plugged in, pressed and pulled out mid-question.

SDL can attach virtual joysticks; its ``SDL_JoystickAttachVirtual`` is reached
with ctypes in the very SDL library pygame loaded, so the events go through
pygame's own queue exactly as a real pad's do.
"""

import ctypes
import sys

import pygame
import pytest

from quiz.ui.input import actions
from quiz.ui.input.gamepad import Gamepads

CONTROLLER, PLAIN_JOYSTICK = 1, 0  # SDL_JoystickType: a mapped game controller, or unknown
HAT_UP = 1


def loaded_sdl():
    if not sys.platform.startswith("linux"):
        pytest.skip("finding the SDL pygame loaded needs Linux's /proc")
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "libSDL2-2" in line or "libSDL2.so" in line}
    if not paths:
        pytest.skip("pygame's SDL is linked in, not a library of its own")
    sdl = ctypes.CDLL(sorted(paths)[0])
    sdl.SDL_JoystickFromInstanceID.restype = ctypes.c_void_p
    sdl.SDL_JoystickSetVirtualButton.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    sdl.SDL_JoystickSetVirtualAxis.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int16]
    sdl.SDL_JoystickSetVirtualHat.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    return sdl


@pytest.fixture
def sdl():
    pygame.init()
    library = loaded_sdl()
    attached = []

    def attach(kind):
        index = library.SDL_JoystickAttachVirtual(kind, 6, 15, 1)
        assert index >= 0
        attached.append(index)
        return index

    library.attach = attach
    yield library
    for index in reversed(attached):
        library.SDL_JoystickDetachVirtual(index)
    pygame.quit()


def pump(pads, mode=actions.MENU):
    found = []
    for event in pads.events():
        found.extend(pads.translate(event, mode) or [])
    return found


def press(sdl, pads, pad, button, mode):
    """Press and let go of one button of ``pad``; the actions the press gave."""
    device = sdl.SDL_JoystickFromInstanceID(pad.instance_id)
    sdl.SDL_JoystickSetVirtualButton(device, button, 1)
    sdl.SDL_JoystickUpdate()
    found = pump(pads, mode)
    sdl.SDL_JoystickSetVirtualButton(device, button, 0)
    sdl.SDL_JoystickUpdate()
    assert pump(pads, mode) == []
    return found


@pytest.mark.parametrize("kind, as_controller", [(CONTROLLER, True), (PLAIN_JOYSTICK, False)])
def test_a_pad_plugged_pressed_and_pulled_out(sdl, kind, as_controller):
    pads = Gamepads()
    assert pads.started
    index = sdl.attach(kind)
    pump(pads)
    [pad] = pads.connected()
    assert pad.as_controller is as_controller and pad.player == 0
    # Button 2 is X on a mapped pad and the third face button on a plain one: option 3.
    assert [(a.name, a.value, a.device) for a in press(sdl, pads, pad, 2, actions.ANSWERING)] == [
        (actions.ANSWER, 2, f"pad:{pad.instance_id}")]
    assert [a.name for a in press(sdl, pads, pad, 0, actions.MENU)] == [actions.CONFIRM]
    device = sdl.SDL_JoystickFromInstanceID(pad.instance_id)
    sdl.SDL_JoystickSetVirtualAxis(device, 1, 30000)
    sdl.SDL_JoystickUpdate()
    assert [a.name for a in pump(pads)] == [actions.DOWN]
    sdl.SDL_JoystickSetVirtualAxis(device, 1, 32000)
    sdl.SDL_JoystickUpdate()
    assert pump(pads) == []  # held: no repeat
    if not as_controller:
        sdl.SDL_JoystickSetVirtualHat(device, 0, HAT_UP)
        sdl.SDL_JoystickUpdate()
        assert [a.name for a in pump(pads)] == [actions.UP]

    sdl.SDL_JoystickDetachVirtual(index)
    found = pump(pads, actions.ANSWERING)
    assert [(a.name, a.player) for a in found] == [(actions.PAUSE, 0)]
    assert pads.connected() == [] and 0 in pads.missing

    sdl.attach(kind)  # plugged back: a new instance id, the same player
    pump(pads)
    [back] = pads.connected()
    assert back.instance_id != pad.instance_id and back.player == 0
    assert pads.missing == {}


def test_two_pads_are_two_players(sdl):
    pads = Gamepads()
    sdl.attach(CONTROLLER)
    sdl.attach(PLAIN_JOYSTICK)
    pump(pads)
    first, second = pads.connected()
    assert (first.player, second.player) == (0, 1)
    assert [(a.player, a.value) for a in press(sdl, pads, second, 3, actions.ANSWERING)] == [(1, 3)]
    assert [(a.player, a.value) for a in press(sdl, pads, first, 1, actions.ANSWERING)] == [(0, 1)]
