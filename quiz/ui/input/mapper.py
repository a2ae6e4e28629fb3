"""Runs every input device over each event, in order: the first that knows the event
says what it means. The app owns one; a new device is one more entry in its list."""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol, Sequence

import pygame

from quiz.ui.input.actions import Action


class Device(Protocol):
    def translate(self, event: pygame.event.Event, mode: str) -> "list[Action] | None":
        """The actions this event means in ``mode``; None when the event is not this device's."""


class Mapper:
    def __init__(self, devices: Sequence[Device], clock: Any) -> None:
        self.devices = list(devices)
        self.clock = clock

    def translate(self, event: pygame.event.Event, mode: str) -> list[Action]:
        for device in self.devices:
            found = device.translate(event, mode)
            if found is not None:
                now = self.clock.now()
                return [dataclasses.replace(action, time=now) for action in found]
        return []
