"""Sound effects that fall silent, never crash, when there is no sound device.

The mixer is opened on first use (or by ``warm()``), not at import or when
the object is made, so a machine without audio pays nothing until a sound is
due, and then only once: any failure to open the device, load a file or play
marks the sound system dead and every later call returns at once. A device
unplugged mid-game therefore costs one failed call and then silence.
"""

from __future__ import annotations

from typing import Any, Optional

import pygame

from quiz import paths

NAMES = ("right", "wrong", "tick", "timeup", "fanfare", "click")

# Small buffer: a click should follow the key press within a frame or two.
MIXER_ARGS = dict(frequency=44100, size=-16, channels=2, buffer=512)

# What a broken, missing or unplugged device can throw at us.
FAILURES = (pygame.error, OSError, RuntimeError, NotImplementedError, ImportError, AttributeError, ValueError)


class Sound:
    """``Sound(enabled, volume)``; a Settings object (with ``sound`` and ``volume``) works too."""

    def __init__(self, enabled: Any = True, volume: float = 0.7) -> None:
        if hasattr(enabled, "sound") and hasattr(enabled, "volume"):
            enabled, volume = enabled.sound, enabled.volume
        self.enabled = bool(enabled)
        self.volume = _clamp(volume)
        self._sounds: dict[str, Any] = {}
        self._opened = False  # we opened the mixer (and so may close it)
        self._dead = False  # no device, or it failed: stay silent from now on
        self.error: Optional[str] = None  # why, for --debug and the reliability tests
        self.played = 0

    @property
    def available(self) -> bool:
        """Whether sounds can play (opens the device if it is not open yet)."""
        return self._ready()

    def _fail(self, exc: BaseException) -> None:
        self._dead = True
        self.error = f"{type(exc).__name__}: {exc}"
        self._sounds.clear()

    def _ready(self) -> bool:
        if self._dead:
            return False
        if self._opened:
            return True
        try:
            if pygame.mixer.get_init() is None:
                pygame.mixer.init(**MIXER_ARGS)
            self._opened = True
            folder = paths.assets_dir()
            for name in NAMES:
                try:
                    sound = pygame.mixer.Sound(str(folder / f"{name}.wav"))
                except FAILURES:
                    continue  # a missing file silences that one effect, not the game
                sound.set_volume(self.volume)
                self._sounds[name] = sound
        except FAILURES as exc:
            self._fail(exc)
            return False
        return True

    def warm(self) -> None:
        """Open the device and load the effects now (e.g. after the first frame), so the first
        click does not wait for it. Safe to call with sound off: it does nothing then."""
        if self.enabled and self.volume > 0:
            self._ready()

    def play(self, name: str) -> None:
        if not self.enabled or self.volume <= 0 or self._dead:
            return
        if not self._ready():
            return
        sound = self._sounds.get(name)
        if sound is None:
            return
        try:
            sound.play()
            self.played += 1
        except FAILURES as exc:
            self._fail(exc)

    def set_volume(self, volume: float) -> None:
        self.volume = _clamp(volume)
        for sound in list(self._sounds.values()):
            try:
                sound.set_volume(self.volume)
            except FAILURES as exc:
                self._fail(exc)
                return

    def set_enabled(self, enabled: bool) -> None:
        enabled = bool(enabled)
        if enabled and not self.enabled and self._dead:
            # Turning sound back on is the player's way to say "try again"
            # (headphones plugged back in); one more failure costs nothing.
            self.close()
            self._dead = False
            self.error = None
        self.enabled = enabled
        if not self.enabled:
            self.stop()

    def stop(self) -> None:
        """Cut off whatever is playing (pausing, leaving a screen)."""
        if self._opened and not self._dead:
            try:
                pygame.mixer.stop()
            except FAILURES as exc:
                self._fail(exc)

    def close(self) -> None:
        """Let go of the device; a later play opens it again."""
        self._sounds.clear()
        if self._opened:
            try:
                pygame.mixer.quit()
            except FAILURES:
                pass
        self._opened = False


def _clamp(volume: Any) -> float:
    try:
        v = float(volume)
    except (TypeError, ValueError):
        return 0.7
    if v != v:  # NaN
        return 0.7
    return min(1.0, max(0.0, v))
