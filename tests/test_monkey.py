"""The game under abuse: random events on every screen, resize storms, focus flapping,
mouse and touch at once, and sound devices that are missing or fail mid-game.

After all of it the game must be in a sane state (a screen on top, the title at
the bottom, the window's real size laid out, a paused round showing its pause
screen) and still answer the keyboard. The long version is ``bench/bench_soak.py``.
"""

from __future__ import annotations

import random

import pygame
import pytest

from app_helpers import post_key
from kinds_helpers import answer_keys_for
from monkey import SCENES, Monkey, enter, game_app, scene_name
from quiz.round import Phase
from quiz.ui.scenes.pause import PauseScene
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.title import TitleScene

FRAMES_PER_SCREEN = 400
# Back to the screen under test after this many frames elsewhere (the monkey wanders).
WANDER = 40


@pytest.fixture
def game():
    app, clock = game_app((960, 540))
    yield app, clock
    app.close()


def assert_sane(app) -> None:
    scenes = list(app.stack)
    assert scenes, "a screen is always showing"
    assert isinstance(scenes[0], TitleScene), "the title stays at the bottom of the stack"
    surface = pygame.display.get_surface()
    assert app.size == surface.get_size(), "the game draws at the window's real size"
    assert min(app.size) > 0
    for scene in scenes:
        if isinstance(scene, QuestionScene):
            r = scene.round
            left = r.time_left()
            if left is not None:
                assert 0 <= left <= r.config.timer + 1e-9
            assert r.score == sum(a.points for a in r.answers)
            assert len(r.answers) <= r.total
    top = app.stack.top
    if isinstance(top, QuestionScene):
        assert not top.round.paused, "a paused round is never left without its pause screen"
    if isinstance(top, PauseScene):
        assert top.question_scene.round.paused, "the pause screen always means the timer is stopped"


def still_responds(app, clock) -> None:
    """After the abuse: a normal window, a round started and answered by key, and Quit quits."""
    pygame.event.clear()
    if not app.fullscreen:
        pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1280, 720), w=1280, h=720))
    clock.advance(1 / 60)
    app.step()
    app.choose_round_setting(formats="classic")  # one key answers a four-option question
    enter(app, "question")
    question = app.stack.top
    assert question.round.phase is Phase.ASKING
    # The monkey may have remapped the answer keys on the Controls screen: press option 1's.
    first = pygame.key.key_code(app.settings.bindings.answer_keys(0)[0])
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=first, mod=0, unicode="", scancode=0))
    clock.advance(1 / 60)
    app.step()
    assert question.round.phase is Phase.FEEDBACK
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    clock.advance(1 / 60)
    assert app.step() is False, "Quit still ends the game"


@pytest.mark.parametrize("target", SCENES)
def test_monkey_on_every_screen(game, target):
    app, clock = game
    monkey = Monkey(app, clock, seed=1000 + SCENES.index(target))
    enter(app, target)
    away = 0
    for _ in range(FRAMES_PER_SCREEN):
        monkey.step()
        assert_sane(app)
        away = 0 if scene_name(app.stack.top) == target else away + 1
        if away > WANDER:
            enter(app, target)
            away = 0
    # The screen under test really was the one being hit, a good share of the time
    # (Esc and Back lead away from it quickly; the monkey is brought back after WANDER).
    assert monkey.scene_frames.get(target, 0) > FRAMES_PER_SCREEN * 0.25, monkey.scene_frames
    assert monkey.events > FRAMES_PER_SCREEN // 2
    still_responds(app, clock)


def test_the_monkey_wanders_everywhere_on_its_own(game):
    app, clock = game
    monkey = Monkey(app, clock, seed=7)
    for _ in range(1200):
        monkey.step()
        assert_sane(app)
    # Keys and clicks alone reached screens beyond the title.
    assert len(monkey.scene_frames) >= 4, monkey.scene_frames
    still_responds(app, clock)


@pytest.mark.parametrize("target", SCENES)
def test_resize_storm_ends_laid_out_for_the_last_size(game, target):
    app, clock = game
    enter(app, target)
    rng = random.Random(target)
    for _ in range(60):  # sixty sizes in one frame, as a window manager may send while dragging
        size = (rng.randint(320, 2000), rng.randint(320, 2000))
        pygame.display.set_mode(size, pygame.RESIZABLE)
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
        pygame.event.post(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=size[0], y=size[1]))
    clock.advance(1 / 60)
    app.step()
    assert app.size == size
    assert_sane(app)
    # The picture fills the new window: its far corner is painted, not left black.
    assert app.surface.get_at((size[0] - 1, size[1] - 1))[:3] != (0, 0, 0)


def test_focus_flapping_keeps_the_round_paused_until_the_player_resumes(game):
    app, clock = game
    enter(app, "question")
    question = app.stack.top
    clock.advance(2.0)
    app.step()
    left = question.round.time_left()
    for i in range(50):
        kind = (pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWMINIMIZED,
                pygame.WINDOWRESTORED)[i % 4]
        pygame.event.post(pygame.event.Event(kind))
        app.step()  # the event is handled the moment it happens...
        assert_sane(app)
        clock.advance(0.5)  # ...and then the player is away for a while
    assert isinstance(app.stack.top, PauseScene)
    assert question.round.time_left() == pytest.approx(left, abs=0.02), "no time ran while away"
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0, unicode="", scancode=0))
    clock.advance(1 / 60)
    app.step()
    assert app.stack.top is question and not question.round.paused
    clock.advance(1.0)
    app.step()
    assert question.round.time_left() == pytest.approx(left - 1.0 - 1 / 60, abs=0.02)


def mouse_touch_and_keys_at_once(game):
    """A click, a tap and four keys in one frame, on a four-option question."""
    app, clock = game
    app.choose_round_setting(formats="classic")
    enter(app, "question")
    question = app.stack.top
    options = question.layout().options
    w, h = app.size
    a, b = options[0].center, options[1].center
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=a, button=1, touch=False))
    pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=b[0] / w, y=b[1] / h, dx=0.0, dy=0.0,
                                         finger_id=1, touch_id=1, pressure=1.0))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=a, button=1, touch=False))
    pygame.event.post(pygame.event.Event(pygame.FINGERUP, x=b[0] / w, y=b[1] / h, dx=0.0, dy=0.0,
                                         finger_id=1, touch_id=1, pressure=1.0))
    for key in (pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4):
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    clock.advance(1 / 60)
    app.step()
    assert_sane(app)
    assert question.round.answers[0].chosen == 0, "the first input answered"
    return question


def test_mouse_touch_and_keys_at_once_leave_a_sane_round(game):
    mouse_touch_and_keys_at_once(game)


def test_a_click_a_tap_and_keys_of_one_instant_answer_once(game):
    # The feedback cannot be dismissed in the frame it appears, so the tap and
    # keys that came with the click do not answer the next question unseen.
    question = mouse_touch_and_keys_at_once(game)
    assert len(question.round.answers) == 1


def test_key_mashing_through_a_whole_round_keeps_it_consistent(game):
    app, clock = game
    enter(app, "question")
    question = app.stack.top
    rng = random.Random(3)
    keys = [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_a, pygame.K_d, pygame.K_RETURN,
            pygame.K_SPACE, pygame.K_UP, pygame.K_DOWN, pygame.K_TAB]
    for _ in range(400):
        for _ in range(rng.randint(1, 8)):
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=rng.choice(keys), mod=0, unicode="",
                                                 scancode=0))
        if rng.random() < 0.3:  # letters typed too: a typed question takes them, others not
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="x"))
        clock.advance(1 / 60)
        app.step()
        assert_sane(app)
        if isinstance(app.stack.top, ResultsScene):
            break
    assert isinstance(app.stack.top, ResultsScene), "mashing answer keys finishes the round"
    results = app.stack.top.results
    assert results.total == question.round.total
    assert results.score == sum(a.points for a in results.answers)


def test_a_round_with_no_sound_device_is_silent(monkeypatch):
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")
    app, clock = game_app((960, 540))
    try:
        enter(app, "results")
        assert not app.sound.available
        assert app.sound.error
        assert_sane(app)
    finally:
        app.close()


def test_a_sound_device_lost_mid_round_falls_silent(game):
    app, clock = game
    enter(app, "question")
    question = app.stack.top
    sound = app.sound
    sound.play("click")
    assert sound.available

    class Unplugged:
        """Fails the way pygame's Sound does once its device is gone."""

        def play(self, *args, **kwargs):
            raise pygame.error("Audio device has been removed")

        set_volume = play

    sound._sounds = {name: Unplugged() for name in sound._sounds}
    # Answer every question by key, with the device gone.
    for _ in range(200):
        top = app.stack.top
        if isinstance(top, ResultsScene):
            break
        names = (answer_keys_for(top.round.question, True) if top.round.phase is Phase.ASKING
                 else ["RETURN"])   # whatever the question's kind
        for name in names:
            post_key(name)
            clock.advance(1 / 60)
            app.step()
    assert isinstance(app.stack.top, ResultsScene)
    assert not sound.available and "removed" in sound.error
    assert question.round.phase is Phase.FINISHED


class JumpyClock:
    """A clock that now and then jumps backwards (a badly behaved system clock);
    the game must neither crash nor give a round extra time because of it."""

    def __init__(self, seed: int) -> None:
        self.t = 1000.0
        self.rng = random.Random(seed)
        self.jumps = 0

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
        if self.rng.random() < 0.05:
            self.t -= self.rng.uniform(0.1, 5.0)
            self.jumps += 1


@pytest.mark.parametrize("target", ["title", "question", "results"])
def test_a_clock_that_jumps_backwards(target):
    clock = JumpyClock(seed=11)
    app, _ = game_app((960, 540), clock=clock)
    try:
        monkey = Monkey(app, clock, seed=12)
        monkey.weights["resize"] = 2
        enter(app, target)
        for _ in range(300):
            monkey.step()
            assert_sane(app)
            if scene_name(app.stack.top) == "title" and target != "title":
                enter(app, target)
        assert clock.jumps > 5
    finally:
        app.close()
