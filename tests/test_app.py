"""The game window: opening, the frame loop, fullscreen, resizing, saved settings, the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pygame
import pytest

from app_helpers import EXAMPLES, TextBoxes, add_packs, key, make_app, step
from quiz.clock import FakeClock
from quiz.errors import QuizError
from quiz.settings import Settings
from quiz.store import Store
from quiz.ui.scene import Scene

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def app():
    app = make_app()
    yield app
    app.close()


class Recorder(Scene):
    def __init__(self, app):
        super().__init__(app)
        self.dts = []
        self.actions = []
        self.sizes = []

    def handle_action(self, action):
        self.actions.append(action.name)
        return action

    def update(self, dt):
        self.dts.append(dt)

    def on_resize(self, size):
        self.sizes.append(size)


def test_window_opens_with_title_size_and_title_screen(app):
    from quiz.ui.scenes.title import TitleScene

    assert "Us and Them" in pygame.display.get_caption()[0]
    assert app.size == (1280, 720)
    assert pygame.display.get_surface().get_flags() & pygame.RESIZABLE
    assert isinstance(app.stack.top, TitleScene)
    assert app.frames == 1


def test_frame_time_comes_from_the_injected_clock(app):
    recorder = Recorder(app)
    app.stack.push(recorder)
    step(app, seconds=0.25)  # a stall is capped, so animations do not leap
    step(app, seconds=0.02)
    app.clock.advance(0.05)
    app.step()
    assert recorder.dts == pytest.approx([0.1, 0.02, 0.05])
    assert app.time == pytest.approx(1 / 60 + 0.25 + 0.02 + 0.05)


def test_events_reach_the_top_scene_as_actions_and_quit_ends_the_loop(app):
    recorder = Recorder(app)
    app.stack.push(recorder)
    key(app, "RETURN")
    key(app, "ESCAPE")
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    step(app)
    assert recorder.actions == ["confirm", "back", "lost_focus"]
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    assert app.step() is False
    assert app.running is False


def test_f11_toggles_fullscreen_and_keeps_the_setting(app):
    key(app, "F11")
    assert app.fullscreen and app.settings.fullscreen
    assert pygame.display.get_surface().get_flags() & pygame.FULLSCREEN
    assert Store().load_settings().fullscreen is True
    key(app, "F11")
    assert not app.fullscreen and not app.settings.fullscreen
    assert app.size == (1280, 720)  # back to the window it was
    assert Store().load_settings().fullscreen is False


def test_a_resize_event_lays_out_every_scene_again(app):
    recorder = Recorder(app)
    app.stack.push(recorder)
    app.resize((960, 540))
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=960, h=540, size=(960, 540)))
    step(app)
    assert app.size == (960, 540)
    assert (960, 540) in recorder.sizes
    title = app.stack._scenes[0]
    window = pygame.Rect(0, 0, 960, 540)
    for widget in title.menu.items:
        assert window.contains(widget.rect), widget.rect


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080), (1280, 720), (800, 450), (640, 900)])
def test_the_title_keeps_its_words_inside_their_boxes(monkeypatch, size):
    boxes = TextBoxes(monkeypatch)
    app = make_app(size)
    try:
        boxes.clear()
        step(app, 3)
        assert boxes.drawn, "nothing was drawn"
        assert boxes.outside(app.size) == []
    finally:
        app.close()


def test_a_tiny_window_does_not_crash():
    app = make_app((320, 240))
    try:
        for name in ("DOWN", "DOWN", "RETURN", "DOWN", "ESCAPE", "TAB", "RETURN"):
            key(app, name)
        app.resize((400, 300))
        step(app, 2)
    finally:
        app.close()


def test_settings_survive_a_restart():
    first = make_app()
    try:
        first.update_settings(volume=0.3, reduced_motion=True, auto_advance=True)
    finally:
        first.close()
    second = make_app()
    try:
        assert second.settings.volume == pytest.approx(0.3)
        assert second.settings.reduced_motion is True
        assert second.settings.auto_advance is True
    finally:
        second.close()


def test_saved_fullscreen_opens_fullscreen():
    Store().save_settings(Settings(fullscreen=True))
    app = make_app()
    try:
        assert app.fullscreen
        assert pygame.display.get_surface().get_flags() & pygame.FULLSCREEN
    finally:
        app.close()


def test_store_notices_become_toasts(_data_folder):
    _data_folder.mkdir(parents=True, exist_ok=True)
    (_data_folder / "quiz.sqlite3").write_bytes(b"this is not a database" * 50)
    app = make_app()
    try:
        assert app.toasts.items, "the damaged file was not mentioned"
        app.clock.advance(10)
        step(app)
        assert not app.toasts.items  # gone after a few seconds
    finally:
        app.close()


def test_notify_shows_a_toast_inside_the_window(monkeypatch):
    boxes = TextBoxes(monkeypatch)
    app = make_app((960, 540))
    try:
        app.notify("A rather long notice that has to wrap over more than one line of the toast "
                   "so that the wrapping is tested as well as the placing of it.")
        boxes.clear()
        step(app, 30)
        assert any("notice" in line[0] or "wrap" in line[0] for _, _, line in boxes.drawn)
        assert boxes.outside(app.size) == []
    finally:
        app.close()


def test_packs_are_not_discovered_for_the_first_frame(monkeypatch):
    import quiz.packs

    calls = []
    real = quiz.packs.discover_packs
    monkeypatch.setattr(quiz.packs, "discover_packs", lambda *a, **k: calls.append(1) or real(*a, **k))
    app = make_app()
    try:
        step(app, 5)
        assert calls == []
        app.packs()
        app.packs()
        assert calls == [1]
        app.reload_packs()
        assert calls == [1, 1]
    finally:
        app.close()


def test_chosen_packs_are_used_and_missing_ones_fall_back(_data_folder):
    add_packs(_data_folder)
    app = make_app()
    try:
        ids = {p.id: p for p in app.packs()}
        custom = [i for i, p in ids.items() if not p.builtin and p.ok]
        assert len(custom) == 2
        app.choose_packs(custom)
        assert [p.id for p in app.selected_packs()] == custom
        assert Store().load_settings().packs == tuple(custom)
        app.update_settings(packs=("no-such-pack",))
        fallback = app.selected_packs()
        assert len(fallback) == 1 and fallback[0].ok
        film = ids.get("us-and-them")
        if film is not None and film.ok:
            assert fallback[0] is film
    finally:
        app.close()


def _play_args(**given):
    args = dict(pack=[], seed=None, questions=None, timer=None, fullscreen=False, frames=None,
                screenshot=None, size=None, debug=False)
    args.update(given)
    return Namespace(**args)


def test_pack_on_the_command_line_is_played(tmp_path):
    from quiz.ui.app import open_app

    app = open_app(_play_args(pack=[str(EXAMPLES / "my-pack.yaml")], seed=3, questions=5,
                              timer="off", size="960x540"))
    try:
        assert app.size == (960, 540)
        chosen = app.selected_packs()
        assert len(chosen) == 1 and chosen[0].path.name == "my-pack.yaml"
        assert app.overrides == {"seed": 3, "questions": 5, "timer": "off", "formats": None}
        app.reload_packs()  # the command line's pack survives a reload
        assert [p.path.name for p in app.selected_packs()] == ["my-pack.yaml"]
    finally:
        app.close()


def test_a_bad_pack_is_refused_before_any_window(tmp_path):
    from quiz.ui.app import run

    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Bad\nquestions: []\n", encoding="utf-8")
    with pytest.raises(QuizError):
        run(_play_args(pack=[str(bad)]))
    with pytest.raises(QuizError, match="no-such-pack"):
        run(_play_args(pack=["no-such-pack"]))
    assert not pygame.display.get_init()


def test_a_bad_window_size_is_a_plain_error():
    from quiz.ui.app import parse_size

    assert parse_size("960x540") == (960, 540)
    assert parse_size(None) == (1280, 720)
    for text in ("big", "10x10", "960x", "0x0"):
        with pytest.raises(QuizError):
            parse_size(text)


def test_frames_and_screenshot_from_the_command_line(tmp_path):
    from quiz.cli import main

    shot = tmp_path / "shots" / "last.png"
    assert main(["play", "--frames", "3", "--screenshot", str(shot), "--size", "960x540"]) == 0
    image = pygame.image.load(str(shot))
    assert image.get_size() == (960, 540)
    # Not a blank frame: the title screen has many colours on it.
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, 960, 24) for y in range(0, 540, 24)}
    assert len(colours) > 10


def _without_display_env(driver):
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "SDL_VIDEODRIVER")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    if driver:
        env["SDL_VIDEODRIVER"] = driver
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.mark.parametrize("driver", ["x11", None])
def test_no_display_is_one_plain_sentence(tmp_path, driver):
    # With a driver named, it fails to start; with none, SDL would quietly draw
    # off screen, which the game refuses too.
    result = subprocess.run([sys.executable, "-m", "quiz", "play", "--frames", "1"],
                            env=_without_display_env(driver), capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    ours = [line for line in result.stderr.splitlines() if line.startswith("us-and-them-quiz:")]
    assert len(ours) == 1, result.stderr
    assert "no display" in ours[0].lower()


def test_no_display_raises_quiz_error_in_process(monkeypatch):
    from quiz.ui import app as app_module

    def broken():
        raise pygame.error("No available video device")

    monkeypatch.setattr(app_module.pygame.display, "init", broken)
    with pytest.raises(QuizError, match="no display"):
        app_module.App(clock=FakeClock())


def test_fullscreen_from_the_command_line_is_not_saved_and_f11_leaves_it():
    app = make_app(fullscreen=True)
    try:
        assert app.fullscreen and app.settings.fullscreen
        assert Store().load_settings().fullscreen is False
        key(app, "F11")
        assert not app.fullscreen
        assert not pygame.display.get_surface().get_flags() & pygame.FULLSCREEN
        assert app.size == (1280, 720)
    finally:
        app.close()


def test_a_minimised_window_is_noticed_and_restoring_brings_it_back(app):
    pygame.event.post(pygame.event.Event(pygame.WINDOWMINIMIZED))
    step(app)
    assert app.visible is False
    pygame.event.post(pygame.event.Event(pygame.WINDOWRESTORED))
    step(app)
    assert app.visible is True


def test_fullscreen_covers_the_display_at_its_desktop_size(app, monkeypatch):
    calls = []
    real = pygame.display.set_mode
    monkeypatch.setattr(pygame.display, "set_mode",
                        lambda size=(0, 0), flags=0, *a, **k: calls.append((tuple(size), flags, k))
                        or real(size, flags, *a, **k))
    key(app, "F11")
    desktop = pygame.display.get_desktop_sizes()[0]
    size, flags, extra = calls[-1]
    assert size == desktop and flags & pygame.FULLSCREEN and extra.get("display") == 0
    assert app.size == desktop
    key(app, "F11")
    assert app.size == (1280, 720)


def test_fullscreen_covers_the_display_the_window_is_on(app, monkeypatch):
    """With two displays and the window on the second, fullscreen fills the second at its
    own desktop size; back in a window, the window's size returns."""
    import quiz.ui.app as app_module

    assert app_module.window_display() == 0  # the one display of the test driver
    calls = []
    real = pygame.display.set_mode

    def set_mode(size=(0, 0), flags=0, *a, **k):
        calls.append((tuple(size), flags, k.get("display")))
        return real((640, 360) if flags & pygame.FULLSCREEN else size, flags)

    monkeypatch.setattr(pygame.display, "set_mode", set_mode)
    monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [(1920, 1080), (2560, 1440)])
    monkeypatch.setattr(app_module, "window_display", lambda: 1)
    key(app, "F11")
    assert app.fullscreen
    assert calls[-1][0] == (2560, 1440) and calls[-1][1] & pygame.FULLSCREEN and calls[-1][2] == 1
    key(app, "F11")
    assert not app.fullscreen and calls[-1][1] & pygame.FULLSCREEN == 0 and app.size == (1280, 720)
    # A display SDL no longer lists (unplugged) falls back to the first.
    monkeypatch.setattr(app_module, "window_display", lambda: 5)
    key(app, "F11")
    assert calls[-1][0] == (1920, 1080) and calls[-1][2] == 0
