"""Test setup: no display, no sound device, and a throwaway data folder per test."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest


@pytest.fixture(autouse=True)
def _data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("US_AND_THEM_QUIZ_DATA", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Every test starts in English, whatever the machine's locale; a test may choose another."""
    from quiz import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def chinese(monkeypatch):
    """The game speaks Simplified Chinese, as on a machine whose locale asks for it."""
    from quiz import i18n

    monkeypatch.setenv("LANGUAGE", "zh_CN")
    i18n.set_language("zh_CN")
    return "zh_CN"


@pytest.fixture
def silent_sound(monkeypatch):
    """No sound device is opened: the game's own silent stand-in plays instead."""
    import quiz.ui.sound
    from quiz.ui.app import Silent

    monkeypatch.setattr(quiz.ui.sound, "Sound", lambda *args, **kwargs: Silent())


@pytest.fixture
def apps():
    """Apps a test opens, closed after it whatever happened."""
    opened = []
    yield opened
    for app in opened:
        app.close()
