"""Sound: effects play through a (dummy) device, and every audio fault means silence, not a crash."""

import importlib.util
import math
import struct
import wave
from pathlib import Path

import pygame
import pytest

from quiz import paths
from quiz.ui import sound as soundmod
from quiz.ui.sound import MUSIC, NAMES, Sound

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_mixer():
    if pygame.mixer.get_init():
        pygame.mixer.quit()
    yield
    if pygame.mixer.get_init():
        pygame.mixer.quit()


def read_wav(path):
    with wave.open(str(path), "rb") as w:
        params = (w.getframerate(), w.getnchannels(), w.getsampwidth())
        data = w.readframes(w.getnframes())
    return params, struct.unpack(f"<{len(data) // 2}h", data)


# -- the files ----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_effect_ships_small_and_clean(name):
    path = paths.assets_dir() / f"{name}.wav"
    assert path.stat().st_size < 100_000
    (rate, channels, width), samples = read_wav(path)
    assert (rate, channels, width) == (22050, 1, 2)
    assert 0.02 < len(samples) / rate < 2.0
    peak = max(abs(s) for s in samples)
    assert 0.3 * 32767 < peak < 0.9 * 32767, "audible, but with headroom and no clipping"
    # Starts and ends in silence: no click when the sound begins or stops.
    assert samples[0] == 0 and abs(samples[-1]) < 40
    # No sudden jumps anywhere (a cut-off note clicks).
    assert max(abs(a - b) for a, b in zip(samples, samples[1:])) < 0.5 * 32767


def test_the_script_makes_the_shipped_files(tmp_path):
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    make_sounds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sounds)
    files = list(NAMES) + [f"music-{name}" for name in MUSIC]
    assert set(make_sounds.EFFECTS) == set(files)
    assert make_sounds.main([str(tmp_path)]) == 0
    for name in files:
        assert (tmp_path / f"{name}.wav").read_bytes() == (paths.assets_dir() / f"{name}.wav").read_bytes(), (
            f"assets/{name}.wav is out of date: run tools/make_sounds.py"
        )
    assert math.isclose(make_sounds.note("A4"), 440.0)
    assert math.isclose(make_sounds.note("A5"), 880.0)


# -- playing --------------------------------------------------------------------------


def test_nothing_opens_until_a_sound_is_due():
    s = Sound(True, 0.5)
    assert pygame.mixer.get_init() is None
    s.play("click")
    assert pygame.mixer.get_init() is not None
    assert s.available and s.played == 1


def test_plays_every_effect_at_the_set_volume():
    s = Sound(True, 0.4)
    for name in NAMES:
        s.play(name)
    assert s.played == len(NAMES)
    assert all(math.isclose(snd.get_volume(), 0.4, abs_tol=0.01) for snd in s._sounds.values())
    s.set_volume(0.9)
    assert all(math.isclose(snd.get_volume(), 0.9, abs_tol=0.01) for snd in s._sounds.values())
    s.set_volume(7)
    assert s.volume == 1.0
    s.set_volume(float("nan"))
    assert 0.0 <= s.volume <= 1.0


def test_accepts_settings_object():
    class Settings:
        sound = False
        volume = 0.25

    s = Sound(Settings())
    assert (s.enabled, s.volume) == (False, 0.25)


def test_disabled_or_silent_never_opens_the_device():
    for s in (Sound(False, 0.7), Sound(True, 0.0)):
        for name in NAMES:
            s.play(name)
        s.warm()
        assert s.played == 0
    assert pygame.mixer.get_init() is None


def test_unknown_name_is_ignored():
    s = Sound(True, 0.7)
    s.play("applause")
    assert s.played == 0 and s.available


def test_no_device_means_silence(monkeypatch):
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")
    s = Sound(True, 0.7)
    for name in NAMES:
        s.play(name)
    s.set_volume(0.3)
    s.stop()
    assert not s.available
    assert s.played == 0
    assert s.error


def test_device_that_fails_mid_game_falls_silent(monkeypatch):
    s = Sound(True, 0.7)
    s.play("tick")
    assert s.played == 1

    calls = []

    def unplugged(*args, **kwargs):
        calls.append(1)
        raise pygame.error("audio device lost")

    class Broken:
        play = set_volume = staticmethod(unplugged)

    s._sounds = {name: Broken() for name in NAMES}
    s.play("tick")
    s.play("right")
    s.set_volume(0.2)
    assert len(calls) == 1, "after the first failure nothing touches the device"
    assert not s.available and "lost" in s.error

    # Turning sound off and on again is the player's way to retry.
    s.set_enabled(False)
    s.set_enabled(True)
    s.play("right")
    assert s.available and s.played == 2


def test_missing_files_silence_only_those_effects(monkeypatch, tmp_path):
    (tmp_path / "right.wav").write_bytes((paths.assets_dir() / "right.wav").read_bytes())
    (tmp_path / "wrong.wav").write_bytes(b"not a wave file")
    monkeypatch.setattr(soundmod.paths, "assets_dir", lambda: tmp_path)
    s = Sound(True, 0.7)
    s.play("wrong")
    s.play("tick")
    s.play("right")
    assert s.played == 1 and s.available


def test_mixer_that_cannot_open_is_caught(monkeypatch):
    def refuse(*args, **kwargs):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", refuse)
    s = Sound(True, 0.7)
    s.warm()
    s.play("fanfare")
    assert s.played == 0 and not s.available


def test_music_loops_follow_the_screen_the_music_setting_and_the_volume():
    sound = Sound(enabled=True, volume=0.5, music=True)
    sound.play_music("lobby")
    if not sound.available:
        pytest.skip("no dummy audio driver here")
    assert sound.playing_track == "lobby" and pygame.mixer.music.get_busy()
    sound.play_music("lobby")              # asked again: it plays on, not from the start
    assert sound.playing_track == "lobby"
    sound.play_music("question")
    assert sound.playing_track == "question"
    sound.set_music(False)                 # Settings' Music off
    assert sound.playing_track is None and sound.track == "question"
    sound.set_music(True)                  # on again: the screen's loop comes back
    assert sound.playing_track == "question"
    sound.set_volume(0)
    assert sound.playing_track is None
    sound.set_volume(0.4)
    assert sound.playing_track == "question"
    assert pygame.mixer.music.get_volume() == pytest.approx(0.4 * soundmod.MUSIC_SHARE, abs=0.01)
    sound.set_enabled(False)               # Sound off silences the music too
    assert sound.playing_track is None
    sound.stop_music()
    sound.set_enabled(True)
    assert sound.playing_track is None and sound.track is None


def test_a_missing_music_file_silences_the_music_only(tmp_path, monkeypatch):
    (tmp_path / "click.wav").write_bytes((paths.assets_dir() / "click.wav").read_bytes())
    monkeypatch.setattr(soundmod.paths, "assets_dir", lambda: tmp_path)
    sound = Sound(enabled=True, volume=0.5)
    sound.play_music("lobby")
    assert sound.playing_track is None
    sound.play("click")
    assert sound.error is None
