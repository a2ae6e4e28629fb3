"""Gamepads: hot-plugged pads turned into actions, one player per pad.

SDL's game-controller API names the buttons by position (A is the bottom
face button whatever the label says), so a pad it knows needs no setup. A pad
it has no mapping for is opened as a plain joystick and read with the layout
most pads share (buttons 0-3 the face buttons, 6 Back, 7 Start, hat 0 the
d-pad, axes 0 and 1 the left stick).

Pads come and go at any moment, and pygame has known crashes when they do (a
``SystemError`` out of ``pygame.event.get`` after an unplug, ``pygame.error``
from a device that has just vanished). So every call that touches a device
goes through ``_guard``: if it fails, that one pad is dropped and the game
goes on. With no pad, or no joystick support at all, nothing happens.

Each pad gets the lowest free player number. A pad that leaves is remembered
by its GUID with the player it had, so plugging it back gives that player
back, and ``missing`` says whose pad is gone (party play pauses on that).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional, Protocol

import pygame

from quiz.ui.input import actions
from quiz.ui.input.actions import Action

try:
    from pygame._sdl2.sdl2 import error as _sdl2_error
except ImportError:  # a pygame built without the SDL2 extras
    _sdl2_error = pygame.error

# Errors a vanished or half-open device raises through pygame (the
# controller module has an error class of its own).
DEVICE_ERRORS = (pygame.error, _sdl2_error, SystemError, OSError)

# The stick counts as pushed past PRESS and as let go below RELEASE; the gap
# keeps a stick resting near the edge from sending a stream of moves.
STICK_PRESS = 0.5
STICK_RELEASE = 0.3
CONTROLLER_AXIS_MAX = 32767

# Buttons by position, as the game-controller API numbers them.
BUTTON_A = pygame.CONTROLLER_BUTTON_A
BUTTON_B = pygame.CONTROLLER_BUTTON_B
BUTTON_X = pygame.CONTROLLER_BUTTON_X
BUTTON_Y = pygame.CONTROLLER_BUTTON_Y
BUTTON_BACK = pygame.CONTROLLER_BUTTON_BACK
BUTTON_START = pygame.CONTROLLER_BUTTON_START
DPAD = {
    pygame.CONTROLLER_BUTTON_DPAD_UP: actions.UP,
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: actions.DOWN,
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: actions.LEFT,
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: actions.RIGHT,
}
FACE_BUTTONS = (BUTTON_A, BUTTON_B, BUTTON_X, BUTTON_Y)  # answer options 1-4

# A pad without a mapping: raw joystick button numbers of the common layout,
# given the names of the controller buttons above.
JOYSTICK_BUTTONS = {0: BUTTON_A, 1: BUTTON_B, 2: BUTTON_X, 3: BUTTON_Y,
                    6: BUTTON_BACK, 7: BUTTON_START}
STICK_X, STICK_Y = 0, 1  # left stick axes, on both APIs


class Handle(Protocol):
    """An open pad, as the backend gives it."""

    instance_id: int
    guid: str
    name: str

    def close(self) -> None: ...


class Backend(Protocol):
    """What the device needs from SDL; tests hand in a fake one."""

    def start(self) -> bool: ...
    def has_controller_api(self) -> bool: ...
    def is_controller(self, device_index: int) -> bool: ...
    def open(self, device_index: int, as_controller: bool) -> Handle: ...
    def attached(self) -> Optional[set[int]]: ...


@dataclass
class Pad:
    instance_id: int
    player: int
    guid: str
    name: str
    as_controller: bool
    handle: Any
    stick: dict[int, int] = field(default_factory=dict)  # axis -> -1, 0 or 1 as last sent
    hat: tuple[int, int] = (0, 0)                         # the d-pad of a plain joystick

    @property
    def device(self) -> str:
        return f"pad:{self.instance_id}"


@dataclass(frozen=True)
class MissingPad:
    """A pad that left: whose it was, so the game can say so and wait for it."""

    player: int
    guid: str
    name: str


class Gamepads:
    """The gamepad device: ``translate(event, mode)`` gives actions, or None if not a pad event."""

    def __init__(self, backend: Optional[Backend] = None, clock: Any = None,
                 first_player: int = 0, start: bool = True) -> None:
        self.backend = backend if backend is not None else SdlBackend()
        self.clock = clock
        self.first_player = first_player
        self.pads: dict[int, Pad] = {}
        self.missing: dict[int, MissingPad] = {}   # player -> the pad that left
        self.started = False
        self._controller_api = False
        if start:
            self.start()

    def start(self) -> None:
        """Open SDL's joystick and controller support (once): pads plugged in already then
        arrive as device events. ``start=False`` leaves it to the caller, for later."""
        if self.started:
            return
        self.started = _guard(self.backend.start, False)
        self._controller_api = self.started and _guard(self.backend.has_controller_api, False)

    # -- who is who

    def player_of(self, instance_id: int) -> Optional[int]:
        pad = self.pads.get(instance_id)
        return pad.player if pad else None

    def connected(self) -> list[Pad]:
        return sorted(self.pads.values(), key=lambda pad: pad.player)

    def _free_player(self, guid: str) -> int:
        taken = {pad.player for pad in self.pads.values()}
        for player, gone in sorted(self.missing.items()):
            if gone.guid == guid and player not in taken:
                return player
        # Otherwise the lowest number no pad holds: a new pad plugged in for one
        # that left takes its place.
        player = self.first_player
        while player in taken:
            player += 1
        return player

    # -- plugging and unplugging

    def open(self, device_index: int, as_controller: bool) -> Optional[Pad]:
        handle = _guard(lambda: self.backend.open(device_index, as_controller), None)
        if handle is None:
            return None
        info = _guard(lambda: (int(handle.instance_id), str(handle.guid), str(handle.name)), None)
        if info is None:
            _guard(handle.close, None)
            return None
        instance_id, guid, name = info
        if instance_id in self.pads:
            # SDL announced it twice. The second handle is left open: pygame
            # gives both the same joystick object, so closing one closes the
            # pad in use.
            return self.pads[instance_id]
        pad = Pad(instance_id, self._free_player(guid), guid, name, as_controller, handle)
        self.pads[instance_id] = pad
        self.missing.pop(pad.player, None)
        return pad

    def drop(self, instance_id: int) -> Optional[Pad]:
        pad = self.pads.pop(instance_id, None)
        if pad is None:
            return None
        self.missing[pad.player] = MissingPad(pad.player, pad.guid, pad.name)
        _guard(pad.handle.close, None)
        return pad

    def check_attached(self) -> list[Pad]:
        """Drop pads SDL no longer has; for when a removal event was lost to a crash."""
        attached = _guard(self.backend.attached, None)
        if attached is None:
            return []
        return [self.drop(i) for i in list(self.pads) if i not in attached]

    def events(self, get: Callable[[], Iterable[Any]] = None) -> list:
        """``pygame.event.get()``, surviving pygame's crash when a pad is unplugged.

        That crash loses the events of the frame; the pads are then checked
        against what SDL still has, so a pad that left is dropped anyway.
        """
        get = get or pygame.event.get
        try:
            return list(get())
        except DEVICE_ERRORS:
            self.check_attached()
            return []

    # -- events to actions

    def translate(self, event: Any, mode: str) -> Optional[list[Action]]:
        kind = event.type
        if kind == pygame.CONTROLLERDEVICEADDED:
            if self.started:
                self.open(event.device_index, as_controller=True)
            return []
        if kind == pygame.JOYDEVICEADDED:
            index = event.device_index
            # A pad SDL has a mapping for also arrives as a controller: open it then.
            if self.started and not (self._controller_api
                                     and _guard(lambda: self.backend.is_controller(index), False)):
                self.open(index, as_controller=False)
            return []
        if kind in (pygame.CONTROLLERDEVICEREMOVED, pygame.JOYDEVICEREMOVED):
            pad = self.drop(getattr(event, "instance_id", None))
            if pad is not None and mode == actions.ANSWERING:
                return [self._action(actions.PAUSE, pad)]
            return []
        if kind == pygame.CONTROLLERDEVICEREMAPPED:
            return []
        pad = self.pads.get(getattr(event, "instance_id", None))
        if kind in _CONTROLLER_INPUT:
            if pad is None or not pad.as_controller:
                return []
            if kind == pygame.CONTROLLERBUTTONDOWN:
                return self._button(pad, event.button, mode)
            if kind == pygame.CONTROLLERAXISMOTION:
                return self._axis(pad, event.axis, event.value / CONTROLLER_AXIS_MAX)
            return []
        if kind in _JOYSTICK_INPUT:
            # A pad opened as a controller sends these too: the controller events count.
            if pad is None or pad.as_controller:
                return []
            if kind == pygame.JOYBUTTONDOWN:
                button = JOYSTICK_BUTTONS.get(event.button)
                return self._button(pad, button, mode) if button is not None else []
            if kind == pygame.JOYAXISMOTION:
                return self._axis(pad, event.axis, float(event.value))
            if kind == pygame.JOYHATMOTION and getattr(event, "hat", 0) == 0:
                return self._hat(pad, event.value)
            return []
        return None

    def _action(self, name: str, pad: Pad, value: Any = None) -> Action:
        time = self.clock.now() if self.clock is not None else None
        return Action(name, player=pad.player, value=value, device=pad.device, time=time)

    def _button(self, pad: Pad, button: int, mode: str) -> list[Action]:
        if button in DPAD:
            return [self._action(DPAD[button], pad)]
        if button == BUTTON_START:
            return [self._action(actions.PAUSE, pad)]
        if mode == actions.ANSWERING:
            if button in FACE_BUTTONS:
                return [self._action(actions.ANSWER, pad, FACE_BUTTONS.index(button))]
            return []
        if button == BUTTON_A:
            return [self._action(actions.CONFIRM, pad)]
        if button in (BUTTON_B, BUTTON_BACK):
            return [self._action(actions.BACK, pad)]
        return []

    def _axis(self, pad: Pad, axis: int, value: float) -> list[Action]:
        if axis not in (STICK_X, STICK_Y):
            return []
        was = pad.stick.get(axis, 0)
        if was and (value * was) >= STICK_RELEASE:
            return []  # still held the same way: no repeat
        now = 0
        if value >= STICK_PRESS:
            now = 1
        elif value <= -STICK_PRESS:
            now = -1
        pad.stick[axis] = now
        if now == 0 or now == was:
            return []
        if axis == STICK_X:
            return [self._action(actions.RIGHT if now > 0 else actions.LEFT, pad)]
        return [self._action(actions.DOWN if now > 0 else actions.UP, pad)]

    def _hat(self, pad: Pad, value: Any) -> list[Action]:
        try:
            x, y = int(value[0]), int(value[1])
        except (TypeError, ValueError, IndexError):
            return []
        held, pad.hat = pad.hat, (x, y)
        moves = []
        # Only a direction newly pressed moves; the hat's y is up-positive.
        if x and x != held[0]:
            moves.append(actions.RIGHT if x > 0 else actions.LEFT)
        if y and y != held[1]:
            moves.append(actions.UP if y > 0 else actions.DOWN)
        return [self._action(name, pad) for name in moves]


_CONTROLLER_INPUT = frozenset({pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP,
                               pygame.CONTROLLERAXISMOTION, pygame.CONTROLLERTOUCHPADDOWN,
                               pygame.CONTROLLERTOUCHPADMOTION, pygame.CONTROLLERTOUCHPADUP,
                               pygame.CONTROLLERSENSORUPDATE})
_JOYSTICK_INPUT = frozenset({pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP, pygame.JOYAXISMOTION,
                             pygame.JOYHATMOTION, pygame.JOYBALLMOTION})


def _guard(call: Callable[[], Any], fallback: Any) -> Any:
    """Run one call into a device; a device that vanished gives ``fallback``, never a crash."""
    try:
        return call()
    except DEVICE_ERRORS:
        return fallback


# ---------------------------------------------------------------- SDL


class _SdlHandle:
    def __init__(self, device: Any, joystick: Any) -> None:
        self.device = device
        # Opening the joystick side too registers the pad with pygame's
        # joystick module; a pad opened as a controller only is what makes
        # event.get raise on unplug in some pygame versions.
        self.joystick = joystick
        self.instance_id = joystick.get_instance_id()
        self.guid = joystick.get_guid()
        self.name = joystick.get_name()

    def close(self) -> None:
        for part in (self.device, self.joystick):
            _guard(part.quit, None)


class SdlBackend:
    """The real pads, through pygame; ``start`` is False where there is no joystick support."""

    def __init__(self) -> None:
        self._controller: Any = None

    def start(self) -> bool:
        pygame.joystick.init()
        try:
            from pygame._sdl2 import controller
            controller.init()
            self._controller = controller
        except (ImportError, *DEVICE_ERRORS):  # no controller module: joysticks only
            self._controller = None
        return bool(pygame.joystick.get_init())

    def has_controller_api(self) -> bool:
        return self._controller is not None

    def is_controller(self, device_index: int) -> bool:
        return self._controller is not None and bool(self._controller.is_controller(device_index))

    def open(self, device_index: int, as_controller: bool) -> _SdlHandle:
        if as_controller and self._controller is not None:
            pad = self._controller.Controller(device_index)
            return _SdlHandle(pad, pad.as_joystick())
        joystick = pygame.joystick.Joystick(device_index)
        joystick.init()
        return _SdlHandle(joystick, joystick)

    def attached(self) -> Optional[set[int]]:
        found = set()
        for index in range(pygame.joystick.get_count()):
            found.add(pygame.joystick.Joystick(index).get_instance_id())
        return found
