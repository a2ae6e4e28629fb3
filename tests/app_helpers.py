"""Driving the game window headless: an app on a fake clock, posted keys, clicks and taps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame

from quiz.clock import FakeClock
from quiz.paths import questions_dir

FRAME = 1 / 60
EXAMPLES = questions_dir() / "examples"


def make_app(size=(1280, 720), first_frame: bool = True, **kwargs):
    """The game window on a fake clock (unless one is given), with its first frame shown."""
    from quiz.ui.app import App

    if kwargs.get("clock") is None:
        kwargs["clock"] = FakeClock()
    app = App(size, **kwargs)
    if first_frame:
        step(app)
    return app


def step(app, frames: int = 1, seconds: float = FRAME) -> None:
    for _ in range(frames):
        app.clock.advance(seconds)
        app.step()


TEXT = "TEXT:"  # a "key" name that is typed text: TEXT + "Rene Liu"


def post_key(name: str, mod: int = 0) -> None:
    """Post a key press by its pygame name, or typed text as an input method sends it."""
    if name.startswith(TEXT):
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=name[len(TEXT):]))
        return
    code = getattr(pygame, f"K_{name}")
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode="", scancode=0))


def type_text(app, text: str, frames: int = 1) -> None:
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))
    step(app, frames)


def key(app, name: str, shift: bool = False, frames: int = 1) -> None:
    if name.startswith(TEXT):
        type_text(app, name[len(TEXT):], frames)
        return
    code = getattr(pygame, f"K_{name}")
    mod = pygame.KMOD_LSHIFT if shift else pygame.KMOD_NONE
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode="", scancode=0))
    step(app, frames)


def keys(app, *names: str) -> None:
    for name in names:
        key(app, name)


def click(app, pos, button: int = 1) -> None:
    pos = (int(pos[0]), int(pos[1]))
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0),
                                         touch=False))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button, touch=False))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button, touch=False))
    step(app)


def tap(app, pos, with_mouse_echo: bool = False) -> None:
    """A finger tap; SDL also sends the same tap as mouse events marked ``touch``."""
    w, h = app.size
    x, y = pos[0] / w, pos[1] / h
    common = dict(touch_id=1, finger_id=1, x=x, y=y, dx=0.0, dy=0.0, pressure=1.0)
    pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, **common))
    if with_mouse_echo:
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=True))
    pygame.event.post(pygame.event.Event(pygame.FINGERUP, **common))
    if with_mouse_echo:
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=True))
    step(app)


def add_packs(folder: Path, names=("my-pack.yaml", "opentdb-sample.json")) -> Path:
    """Copy example packs into the player's packs folder."""
    packs = folder / "packs"
    packs.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, packs / name)
    return packs


class TextBoxes:
    """Records every line of text the screens draw: what it says, to hold each to its box,
    the window and a readable size, and to see what is on screen."""

    def __init__(self, monkeypatch) -> None:
        from quiz.ui.kit import words

        self.drawn: list[tuple[pygame.Rect, pygame.Rect, tuple[str, ...]]] = []
        self.sizes: list[tuple[int, str]] = []
        original = words.paint_lines

        def recording(surface, text, lines, rects, px, colour, box, *args, **kwargs):
            original(surface, text, lines, rects, px, colour, box, *args, **kwargs)
            # The size really drawn: a bigger text size in Settings makes it larger than asked.
            actual = text.actual_px(px) if hasattr(text, "actual_px") else px
            for rect, line in zip(rects, lines):
                self.drawn.append((pygame.Rect(rect), pygame.Rect(box), (line,)))
                self.sizes.append((actual, line))

        monkeypatch.setattr(words, "paint_lines", recording)

    def clear(self) -> None:
        self.drawn.clear()
        self.sizes.clear()

    def outside(self, window_size) -> list[str]:
        window = pygame.Rect((0, 0), window_size)
        bad = []
        for rect, box, line in self.drawn:
            if not box.contains(rect):
                bad.append(f"{line[0]!r} at {rect} leaves its box {box}")
            elif not window.contains(rect):
                bad.append(f"{line[0]!r} at {rect} leaves the window {window}")
        return bad

    @property
    def texts(self) -> list[str]:
        """Every line drawn, in order."""
        return [line for _, _, (line,) in self.drawn]

    def smaller_than(self, px: int) -> list[str]:
        return [f"{line!r} at {size} px" for size, line in self.sizes if size < px]
