"""Holding Python's cycle collector off while the game window opens.

Opening the window makes many objects that live as long as the game (modules,
classes, fonts); the collector walking them again and again while they are made
was a good share of the start-up. ``hold`` turns it off; ``release`` turns it
back on, once the first frame is shown, and only if ``hold`` turned it off.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    global _held
    if _held:
        _held = False
        gc.enable()
