"""Gamepads: hot-plug, a player per pad, buttons and sticks as actions, and no crash on unplug."""

import pygame
import pytest

from quiz.clock import FakeClock
from quiz.ui.input import actions
from quiz.ui.input.actions import ANSWERING, MENU, Action
from quiz.ui.input.gamepad import CONTROLLER_AXIS_MAX, Gamepads, SdlBackend


class FakeHandle:
    def __init__(self, instance_id, guid, name="Test pad", broken=False):
        self.instance_id, self.guid, self.name = instance_id, guid, name
        self.closed = False
        self.broken = broken

    def close(self):
        self.closed = True
        if self.broken:
            raise pygame.error("device gone")


class FakeBackend:
    """Pads by device index: (instance id, guid, mapped as a controller?)."""

    def __init__(self, devices=None, controller_api=True):
        self.devices = dict(devices or {})
        self.controller_api = controller_api
        self.opened = []
        self.fail_open = set()
        self.still_attached = None

    def start(self):
        return True

    def has_controller_api(self):
        return self.controller_api

    def is_controller(self, index):
        return self.devices[index][2]

    def open(self, index, as_controller):
        if index in self.fail_open:
            raise pygame.error("Invalid joystick device number")
        instance_id, guid, _ = self.devices[index]
        handle = FakeHandle(instance_id, guid)
        self.opened.append((index, as_controller, handle))
        return handle

    def attached(self):
        return self.still_attached


def ev(kind, **attrs):
    return pygame.event.Event(kind, **attrs)


def plug(pads, index):
    return pads.translate(ev(pygame.CONTROLLERDEVICEADDED, device_index=index), MENU)


def unplug(pads, instance_id, mode=MENU):
    return pads.translate(ev(pygame.CONTROLLERDEVICEREMOVED, instance_id=instance_id), mode)


def press(pads, instance_id, button, mode=MENU):
    return pads.translate(ev(pygame.CONTROLLERBUTTONDOWN, instance_id=instance_id, button=button), mode)


def names(found):
    return [a.name for a in found]


@pytest.fixture
def three():
    return FakeBackend({0: (10, "guid-a", True), 1: (11, "guid-b", True), 2: (12, "guid-c", True)})


def test_no_pad_means_nothing_happens():
    pads = Gamepads(FakeBackend())
    assert pads.connected() == []
    assert pads.translate(ev(pygame.KEYDOWN, key=pygame.K_a, mod=0), MENU) is None
    assert pads.translate(ev(pygame.MOUSEBUTTONDOWN, pos=(1, 1), button=1), MENU) is None
    # Input from a pad that was never opened is a pad's event, but means nothing.
    assert press(pads, 99, pygame.CONTROLLER_BUTTON_A) == []


def test_each_pad_gets_the_lowest_free_player(three):
    pads = Gamepads(three)
    for index in range(3):
        assert plug(pads, index) == []
    assert [(p.instance_id, p.player) for p in pads.connected()] == [(10, 0), (11, 1), (12, 2)]
    unplug(pads, 11)
    assert pads.player_of(11) is None
    assert pads.missing[1].guid == "guid-b"
    three.devices[3] = (13, "guid-d", True)
    plug(pads, 3)
    assert pads.player_of(13) == 1  # takes the place of the pad that left
    assert 1 not in pads.missing


def test_a_replugged_pad_gets_its_player_back(three):
    pads = Gamepads(three)
    for index in range(3):
        plug(pads, index)
    unplug(pads, 10)
    unplug(pads, 12)
    assert sorted(pads.missing) == [0, 2]
    assert pads.missing[2].name == "Test pad"
    # SDL gives a re-plugged pad a new instance id; its GUID is what is recognised.
    three.devices[2] = (20, "guid-c", True)
    plug(pads, 2)
    assert pads.player_of(20) == 2
    assert sorted(pads.missing) == [0]


def test_first_player_leaves_room_for_keyboard_players():
    pads = Gamepads(FakeBackend({0: (5, "g", True)}), first_player=4)
    plug(pads, 0)
    assert pads.player_of(5) == 4


def test_menu_buttons():
    pads = Gamepads(FakeBackend({0: (7, "g", True)}))
    plug(pads, 0)
    expect = {
        pygame.CONTROLLER_BUTTON_A: actions.CONFIRM,
        pygame.CONTROLLER_BUTTON_B: actions.BACK,
        pygame.CONTROLLER_BUTTON_BACK: actions.BACK,
        pygame.CONTROLLER_BUTTON_START: actions.PAUSE,
        pygame.CONTROLLER_BUTTON_DPAD_UP: actions.UP,
        pygame.CONTROLLER_BUTTON_DPAD_DOWN: actions.DOWN,
        pygame.CONTROLLER_BUTTON_DPAD_LEFT: actions.LEFT,
        pygame.CONTROLLER_BUTTON_DPAD_RIGHT: actions.RIGHT,
    }
    for button, name in expect.items():
        assert press(pads, 7, button) == [Action(name, player=0, device="pad:7")]
    assert press(pads, 7, pygame.CONTROLLER_BUTTON_X) == []
    # A release is the pad's, and does nothing.
    assert pads.translate(ev(pygame.CONTROLLERBUTTONUP, instance_id=7,
                             button=pygame.CONTROLLER_BUTTON_A), MENU) == []


def test_face_buttons_answer_for_their_pads_player(three):
    clock = FakeClock(3.5)
    pads = Gamepads(three, clock=clock)
    plug(pads, 0)
    plug(pads, 1)
    faces = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B,
             pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_Y)
    for option, button in enumerate(faces):
        assert press(pads, 11, button, ANSWERING) == [
            Action(actions.ANSWER, player=1, value=option, device="pad:11", time=3.5)]
    assert names(press(pads, 10, pygame.CONTROLLER_BUTTON_START, ANSWERING)) == [actions.PAUSE]
    assert names(press(pads, 10, pygame.CONTROLLER_BUTTON_DPAD_DOWN, ANSWERING)) == [actions.DOWN]
    clock.advance(0.25)
    assert press(pads, 10, pygame.CONTROLLER_BUTTON_A, ANSWERING)[0].time == 3.75


def axis(pads, instance_id, which, fraction):
    return pads.translate(ev(pygame.CONTROLLERAXISMOTION, instance_id=instance_id, axis=which,
                             value=int(fraction * CONTROLLER_AXIS_MAX)), MENU)


def test_stick_moves_once_per_push_with_a_dead_zone():
    pads = Gamepads(FakeBackend({0: (1, "g", True)}))
    plug(pads, 0)
    y = pygame.CONTROLLER_AXIS_LEFTY
    assert axis(pads, 1, y, 0.2) == []            # inside the dead zone
    assert names(axis(pads, 1, y, 0.8)) == [actions.DOWN]
    for fraction in (0.9, 1.0, 0.4, 0.6, 0.35):    # held, even wobbling near the edge
        assert axis(pads, 1, y, fraction) == []
    assert axis(pads, 1, y, 0.1) == []             # let go
    assert names(axis(pads, 1, y, 0.7)) == [actions.DOWN]
    assert names(axis(pads, 1, y, -0.9)) == [actions.UP]  # flicked straight across
    x = pygame.CONTROLLER_AXIS_LEFTX
    assert names(axis(pads, 1, x, -0.6)) == [actions.LEFT]
    assert names(axis(pads, 1, x, 0.6)) == [actions.RIGHT]
    # Triggers and the right stick move nothing.
    assert axis(pads, 1, pygame.CONTROLLER_AXIS_TRIGGERLEFT, 1.0) == []
    assert axis(pads, 1, pygame.CONTROLLER_AXIS_RIGHTY, 1.0) == []


def test_a_pad_without_a_mapping_is_read_as_a_joystick():
    backend = FakeBackend({0: (4, "raw", False)})
    pads = Gamepads(backend)
    # SDL sends no controller event for it; the joystick event opens it.
    assert pads.translate(ev(pygame.JOYDEVICEADDED, device_index=0, guid="raw"), MENU) == []
    assert [(index, as_controller) for index, as_controller, _ in backend.opened] == [(0, False)]
    joy = lambda kind, **a: pads.translate(ev(kind, instance_id=4, **a), ANSWERING)  # noqa: E731
    assert [a.value for a in joy(pygame.JOYBUTTONDOWN, button=2)] == [2]
    assert names(joy(pygame.JOYBUTTONDOWN, button=7)) == [actions.PAUSE]
    assert joy(pygame.JOYBUTTONDOWN, button=5) == []
    assert names(joy(pygame.JOYHATMOTION, hat=0, value=(0, 1))) == [actions.UP]
    assert joy(pygame.JOYHATMOTION, hat=0, value=(0, 1)) == []  # still held
    assert names(joy(pygame.JOYHATMOTION, hat=0, value=(1, 1))) == [actions.RIGHT]
    assert joy(pygame.JOYHATMOTION, hat=0, value=(0, 0)) == []
    assert names(joy(pygame.JOYAXISMOTION, axis=1, value=0.9)) == [actions.DOWN]
    assert joy(pygame.JOYAXISMOTION, axis=1, value=1.0) == []
    assert names(pads.translate(ev(pygame.JOYBUTTONDOWN, instance_id=4, button=1), MENU)) == [
        actions.BACK]
    pads.translate(ev(pygame.JOYDEVICEREMOVED, instance_id=4), MENU)
    assert pads.connected() == [] and 0 in pads.missing


def test_a_mapped_pad_is_opened_once_and_its_joystick_echo_ignored():
    backend = FakeBackend({0: (3, "g", True)})
    pads = Gamepads(backend)
    pads.translate(ev(pygame.JOYDEVICEADDED, device_index=0, guid="g"), MENU)
    assert backend.opened == []  # waits for the controller event
    plug(pads, 0)
    plug(pads, 0)  # SDL may announce a pad twice
    assert len(pads.connected()) == 1
    assert backend.opened[0][1] is True
    # Closing the second handle would close the pad in use (pygame shares it).
    assert not any(handle.closed for _, _, handle in backend.opened)
    # SDL also reports a controller's buttons as joystick buttons: counted once.
    assert pads.translate(ev(pygame.JOYBUTTONDOWN, instance_id=3, button=0), MENU) == []
    assert names(press(pads, 3, pygame.CONTROLLER_BUTTON_A)) == [actions.CONFIRM]


def test_without_the_controller_api_every_pad_is_a_joystick():
    backend = FakeBackend({0: (3, "g", True)}, controller_api=False)
    pads = Gamepads(backend)
    pads.translate(ev(pygame.JOYDEVICEADDED, device_index=0, guid="g"), MENU)
    assert backend.opened[0][:2] == (0, False)
    assert [a.value for a in pads.translate(ev(pygame.JOYBUTTONDOWN, instance_id=3, button=3),
                                            ANSWERING)] == [3]


def test_unplugging_mid_question_pauses_and_says_whose_pad_it_was(three):
    pads = Gamepads(three)
    plug(pads, 0)
    plug(pads, 1)
    assert unplug(pads, 11, ANSWERING) == [Action(actions.PAUSE, player=1, device="pad:11")]
    assert pads.missing[1].guid == "guid-b"
    assert three.opened[1][2].closed
    assert unplug(pads, 11, ANSWERING) == []  # a second removal of the same pad
    assert unplug(pads, 10, MENU) == []


def test_a_device_that_fails_is_dropped_not_raised(three):
    pads = Gamepads(three)
    three.fail_open.add(1)
    assert plug(pads, 1) == []
    assert pads.connected() == []
    plug(pads, 0)
    three.opened[0][2].broken = True  # closing it raises, as a vanished device may
    assert unplug(pads, 10) == []
    assert pads.connected() == []


def test_a_handle_whose_properties_raise_is_not_kept():
    class Vanishing(FakeHandle):
        @property
        def instance_id(self):
            raise pygame.error("Joystick not initialized")

        @instance_id.setter
        def instance_id(self, value):
            pass

    backend = FakeBackend({0: (1, "g", True)})
    backend.open = lambda index, as_controller: Vanishing(1, "g")
    pads = Gamepads(backend)
    assert plug(pads, 0) == []
    assert pads.connected() == []


def test_events_survive_pygames_unplug_crash(three):
    pads = Gamepads(three)
    plug(pads, 0)
    plug(pads, 1)

    def crashing_get():
        raise SystemError("<built-in function get> returned a result with an exception set")

    three.still_attached = {10}
    assert pads.events(crashing_get) == []
    # The removal event was lost with the crash; the pad is dropped anyway.
    assert [p.instance_id for p in pads.connected()] == [10]
    assert 1 in pads.missing
    assert pads.events(lambda: [1, 2]) == [1, 2]


def test_a_backend_that_cannot_start_opens_nothing():
    class NoJoysticks(FakeBackend):
        def start(self):
            raise pygame.error("joystick system not available")

    backend = NoJoysticks({0: (1, "g", True)})
    pads = Gamepads(backend)
    assert plug(pads, 0) == []
    assert backend.opened == [] and pads.connected() == []


def test_the_real_backend_without_pads():
    pygame.init()
    try:
        pads = Gamepads(SdlBackend())
        assert pads.started
        assert pads.connected() == []
        assert pads.check_attached() == []
        # An added event for a device SDL does not have must not raise.
        assert pads.translate(ev(pygame.CONTROLLERDEVICEADDED, device_index=42), MENU) == []
        assert pads.translate(ev(pygame.JOYDEVICEADDED, device_index=42, guid=""), MENU) == []
        assert pads.connected() == []
        assert isinstance(pads.events(), list)
    finally:
        pygame.quit()


class CountingBackend(FakeBackend):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.starts = 0

    def start(self):
        self.starts += 1
        return True


def test_pads_started_later_start_once_and_then_take_pads():
    backend = CountingBackend({0: (5, "g", True)})
    pads = Gamepads(backend, start=False)
    assert not pads.started and backend.starts == 0
    pads.translate(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0), MENU)
    assert not pads.connected()  # not started: a pad event is not taken
    pads.start()
    pads.start()
    assert pads.started and backend.starts == 1
    pads.translate(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0), MENU)
    assert [pad.instance_id for pad in pads.connected()] == [5]


def test_the_app_opens_pad_support_after_its_first_frame_or_for_a_pad_event():
    from app_helpers import make_app

    app = make_app(first_frame=False)
    backend = CountingBackend({0: (9, "g", True)})
    app.gamepads.backend = backend
    app.step()  # the first frame does not wait for the pads
    assert backend.starts == 0
    app.step()
    assert backend.starts == 1 and app.gamepads.started
    app.close()

    app = make_app(first_frame=False)
    backend = CountingBackend({0: (9, "g", True)})
    app.gamepads.backend = backend
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0))
    app.step()  # a pad plugged in before the first frame is taken in it
    assert backend.starts == 1 and [pad.instance_id for pad in app.gamepads.connected()] == [9]
    app.close()
