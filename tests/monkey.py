"""A monkey for the game window: random events of every kind, one frame at a time.

Shared by ``tests/test_monkey.py`` (a short run in the suite) and
``bench/bench_soak.py`` (the long run with memory and frame-time figures).
The game is driven through ``App.step()`` with a ``FakeClock``, so a run is
repeatable from its seed and never sleeps.
"""

from __future__ import annotations

import random
from typing import Optional

import pygame

from quiz import paths
from app_helpers import make_app
from quiz.clock import FakeClock

FRAME = 1 / 60

SCENES = ("title", "setup", "settings", "packs", "high_scores", "question", "pause", "results",
          "controls", "learn", "learn_question")

# Keys players (and cats) press: every control of the game and some that do nothing.
KEYS = (
    [pygame.K_F11, pygame.K_ESCAPE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_TAB,
     pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_BACKSPACE, pygame.K_DELETE,
     pygame.K_HOME, pygame.K_END, pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_PAUSE, pygame.K_F1,
     pygame.K_LSHIFT, pygame.K_LCTRL, pygame.K_LALT, pygame.K_KP1, pygame.K_KP4]
    + [getattr(pygame, f"K_{d}") for d in "0123456789"]
    + [getattr(pygame, f"K_{c}") for c in "abcdqwxyz"]
)
# The keys that move through menus, weighted up so the monkey gets somewhere.
NAV_KEYS = [pygame.K_RETURN, pygame.K_DOWN, pygame.K_UP, pygame.K_TAB, pygame.K_1, pygame.K_2,
            pygame.K_3, pygame.K_4, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_LEFT, pygame.K_RIGHT]

WINDOW_EVENTS = [
    pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWMINIMIZED, pygame.WINDOWRESTORED,
    pygame.WINDOWMAXIMIZED, pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN, pygame.WINDOWHIDDEN,
    pygame.WINDOWENTER, pygame.WINDOWLEAVE, pygame.WINDOWMOVED, pygame.WINDOWTAKEFOCUS,
]

# How often each kind of event comes, relative to the others.
WEIGHTS = {"key": 30, "text": 13, "mouse": 15, "wheel": 5, "touch": 12, "resize": 10, "window": 14, "quit": 1}

# Text from every corner of Unicode, including what a renderer finds hard.
TEXT_SAMPLES = [
    "Jianqing", "后来的我们", "小晓 & 见清", "Zoë Ångström", "Ñandú", "مرحبا", "שלום", "Привет",
    "😀👍🏽", "e\u0301\u0301\u0301", "\u200b\u200d\ufeff", "\x00\x07\t", "W" * 300,
    "后" * 500, "🙂" * 100, "A very long pasted name that goes on " * 20, "\U0010fffd", "\ud800",
]


def example_pack_path():
    """A small pack that always loads, so the monkey can play even when the built-in film cannot."""
    return paths.questions_dir() / "examples" / "my-pack.yaml"


def game_app(size=(960, 540), clock: Optional[FakeClock] = None):
    """The window the monkey plays in: the example pack found too, its first frame not yet shown."""
    app = make_app(size, clock=clock or FakeClock(1000.0), extra_pack_paths=[example_pack_path()],
                   first_frame=False)
    return app, app.clock


def scene_name(scene) -> str:
    """The screen's name in the router (every screen the game shows has one)."""
    return getattr(scene, "route", None) or type(scene).__name__


def enter(app, target: str) -> None:
    """Bring the game to a screen the way a player would get there (without the key presses)."""
    from quiz.ui.rounds import start_round
    from quiz.ui.scenes.question import QuestionScene
    from quiz.ui.scenes.results import ResultsScene
    from quiz.ui.scenes.title import TitleScene

    app.router.back_to("title")
    title = app.stack.top
    assert isinstance(title, TitleScene), "the title is always at the bottom of the stack"
    if target == "title":
        return
    openers = {"setup": title.open_setup, "settings": title.open_settings, "packs": title.open_packs,
               "high_scores": title.open_scores, "learn": title.open_learn}
    if target in openers:
        openers[target]()
        return
    if target == "learn_question":
        title.open_learn()
        app.stack.top.start(None)
        assert scene_name(app.stack.top) == "learn_question", "a learn sitting could be started"
        return
    if target == "controls":
        title.open_settings()
        app.router.show("controls")
        return
    if not start_round(app, practice=False):
        # The monkey may have picked a category or difficulty the packs have no
        # questions for (the game said so in a toast); a player would change it back.
        app.update_settings(category=None, difficulty=None)
        assert start_round(app, practice=False), "a round could be started"
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    if target == "pause":
        question.pause()
    elif target == "results":
        for _ in range(200):
            top = app.stack.top
            if isinstance(top, ResultsScene):
                break
            if top.asking:
                top.choose(some_answer(top.round.question))
            else:
                top.proceed()
        assert isinstance(app.stack.top, ResultsScene)


def some_answer(question):
    """A response the question's kind accepts: the first option, a slider's low end, the right
    order, the typed answer."""
    if question.kind == "number":
        return question.min
    if question.kind == "typed":
        return question.answer
    return tuple(question.order) if question.kind == "order" else 0


class Monkey:
    """Throws random events at the game and steps it, frame by frame."""

    def __init__(self, app, clock: FakeClock, seed: int, min_size: int = 320, max_size: int = 2000) -> None:
        self.app = app
        self.clock = clock
        self.rng = random.Random(seed)
        self.min_size = min_size
        self.max_size = max_size
        self.frames = 0
        self.events = 0
        self.quits = 0
        self.scene_frames: dict[str, int] = {}
        self.pressed = False
        self.resizes = 0
        self.last: list[str] = []  # the kinds of event thrown in the latest frame
        self.weights = dict(WEIGHTS)

    # -- events ------------------------------------------------------------------------

    def _pos(self) -> tuple[int, int]:
        w, h = self.app.size
        r = self.rng
        if r.random() < 0.05:  # now and then off the window (a drag that left it)
            return (r.randint(-50, w + 50), r.randint(-50, h + 50))
        return (r.randrange(max(1, w)), r.randrange(max(1, h)))

    def event(self) -> pygame.event.Event:
        kind = self.rng.choices(list(self.weights), weights=list(self.weights.values()))[0]
        return getattr(self, "_" + kind)()

    def _key(self) -> pygame.event.Event:
        r = self.rng
        key = r.choice(NAV_KEYS) if r.random() < 0.6 else r.choice(KEYS)
        mod = r.choice([0, 0, 0, pygame.KMOD_SHIFT, pygame.KMOD_CTRL, pygame.KMOD_ALT])
        kind = pygame.KEYDOWN if r.random() < 0.75 else pygame.KEYUP
        name = pygame.key.name(key)
        return pygame.event.Event(kind, key=key, mod=mod, scancode=0, unicode=name if len(name) == 1 else "")

    def _text(self) -> pygame.event.Event:
        r = self.rng
        if r.random() < 0.1:
            return pygame.event.Event(pygame.TEXTEDITING, text=r.choice(TEXT_SAMPLES), start=0, length=1)
        if r.random() < 0.5:
            text = r.choice(TEXT_SAMPLES)
        else:
            text = "".join(chr(r.randint(0x20, 0x2FFFF)) for _ in range(r.randint(1, 40)))
        return pygame.event.Event(pygame.TEXTINPUT, text=text)

    def _mouse(self) -> pygame.event.Event:
        r = self.rng
        pos = self._pos()
        sub = r.random()
        if sub < 0.5:
            buttons = (1, 0, 0) if self.pressed else (0, 0, 0)
            return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(r.randint(-80, 80), r.randint(-80, 80)),
                                      buttons=buttons, touch=False)
        if sub < 0.75:
            self.pressed = True
            return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=r.choice([1, 1, 1, 2, 3, 4, 5]),
                                      touch=False)
        self.pressed = False
        return pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=r.choice([1, 1, 1, 3]), touch=False)

    def _wheel(self) -> pygame.event.Event:
        y = self.rng.choice([-1, 1, -3, 3, 10, -10])
        return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False, precise_x=0.0,
                                  precise_y=float(y), touch=False, which=0)

    def _touch(self) -> pygame.event.Event:
        r = self.rng
        kind = r.choice([pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION])
        return pygame.event.Event(kind, x=r.uniform(-0.05, 1.05), y=r.uniform(-0.05, 1.05),
                                  dx=r.uniform(-0.2, 0.2), dy=r.uniform(-0.2, 0.2),
                                  finger_id=r.randint(0, 3), touch_id=1, pressure=1.0, window=None)

    def _resize(self) -> pygame.event.Event:
        """The player drags the window's edge: the window changes size, then the event
        arrives (pygame resizes the display surface itself). Some events are stale,
        carrying a size the window no longer has, as after leaving fullscreen."""
        r = self.rng
        w, h = r.randint(self.min_size, self.max_size), r.randint(self.min_size, self.max_size)
        if r.random() < 0.75 and not getattr(self.app, "fullscreen", False):
            pygame.display.set_mode((w, h), pygame.RESIZABLE)
            self.resizes += 1
        if r.random() < 0.7:
            return pygame.event.Event(pygame.VIDEORESIZE, size=(w, h), w=w, h=h)
        return pygame.event.Event(pygame.WINDOWSIZECHANGED, x=w, y=h, window=None)

    def _window(self) -> pygame.event.Event:
        return pygame.event.Event(self.rng.choice(WINDOW_EVENTS), window=None)

    def _quit(self) -> pygame.event.Event:
        self.quits += 1
        return pygame.event.Event(pygame.QUIT)

    # -- frames ----------------------------------------------------------------------------

    def step(self, max_events: int = 4) -> None:
        r = self.rng
        self.last = []
        for _ in range(r.choice([0, 0, 1, 1, 2, max_events])):
            event = self.event()
            pygame.event.post(event)
            self.last.append(pygame.event.event_name(event.type))
            self.events += 1
        roll = r.random()
        if roll < 0.01:
            dt = 0.5  # a stalled frame (the window dragged, the machine busy)
        elif roll < 0.03:
            dt = 0.0  # two frames at the same instant
        else:
            dt = FRAME
        self.clock.advance(dt)
        self.app.step()
        self.app.running = True  # a QUIT from the monkey is counted, not obeyed
        self.frames += 1
        name = scene_name(self.app.stack.top)
        self.scene_frames[name] = self.scene_frames.get(name, 0) + 1
