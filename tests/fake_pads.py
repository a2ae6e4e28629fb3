"""One fake gamepad at device index 0, so headless tests never meet SDL's own pads."""

from __future__ import annotations


class FakeHandle:
    def __init__(self, instance_id, guid):
        self.instance_id, self.guid, self.name = instance_id, guid, "Test pad"

    def close(self):
        pass


class FakeBackend:
    """Every device index is a controller; opening index n gives instance 40 + n."""

    def start(self):
        return True

    def has_controller_api(self):
        return True

    def is_controller(self, index):
        return True

    def open(self, index, as_controller):
        return FakeHandle(40 + index, f"guid-{index}")

    def attached(self):
        return None


def use_fake_pads(app):
    """The app's gamepads read the fake backend; post CONTROLLERDEVICEADDED to plug one in."""
    pads = app.gamepads
    pads.backend, pads.started, pads._controller_api = FakeBackend(), True, True
