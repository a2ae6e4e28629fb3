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

NAMES = ("right", "wrong", "tick", "timeup", "fanfare", "click", "buildup")
# Loops streamed by pygame's music player, one at a time: assets/music-<name>.wav.
MUSIC = ("lobby", "question")
MUSIC_SHARE = 0.6  # of the effects' volume: music sits under them

# Small buffer: a click should follow the key press within a frame or two.
MIXER_ARGS = dict(frequency=44100, size=-16, channels=2, buffer=512)

# What a broken, missing or unplugged device can throw at us.
FAILURES = (pygame.error, OSError, RuntimeError, NotImplementedError, ImportError, AttributeError, ValueError)


class Sound:
    """``Sound(enabled, volume)``; a Settings object (with ``sound`` and ``volume``) works too."""

    def __init__(self, enabled: Any = True, volume: float = 0.7, music: bool = True) -> None:
        if hasattr(enabled, "sound") and hasattr(enabled, "volume"):
            enabled, volume, music = enabled.sound, enabled.volume, getattr(enabled, "music", True)
        self.enabled = bool(enabled)
        self.volume = _clamp(volume)
        self.music_on = bool(music)
        self.track: Optional[str] = None  # the loop a screen asked for, playing or not
        self.playing_track: Optional[str] = None
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

    # -- music --------------------------------------------------------------

    def play_music(self, name: Optional[str]) -> None:
        """Loop ``name`` (one of MUSIC) from now on, or stop the music (None). A screen
        asks for the same loop again without it starting over."""
        self.track = name
        self._follow_track()

    def stop_music(self) -> None:
        self.play_music(None)

    def set_music(self, enabled: bool) -> None:
        self.music_on = bool(enabled)
        self._follow_track()

    def _follow_track(self) -> None:
        wanted = self.track if self.enabled and self.music_on and self.volume > 0 else None
        if wanted == self.playing_track or self._dead:
            return
        if wanted is None:
            self._music_off()
            return
        if not self._ready():
            return
        try:
            pygame.mixer.music.load(str(paths.assets_dir() / f"music-{wanted}.wav"))
            pygame.mixer.music.set_volume(self.volume * MUSIC_SHARE)
            pygame.mixer.music.play(loops=-1)
            self.playing_track = wanted
        except FAILURES:
            # A missing or unreadable loop silences the music only, never the effects.
            self.playing_track = None

    def _music_off(self) -> None:
        if self.playing_track is not None and self._opened:
            try:
                pygame.mixer.music.stop()
            except FAILURES as exc:
                self._fail(exc)
        self.playing_track = None

    def set_volume(self, volume: float) -> None:
        self.volume = _clamp(volume)
        if self.playing_track is not None:
            try:
                pygame.mixer.music.set_volume(self.volume * MUSIC_SHARE)
            except FAILURES as exc:
                self._fail(exc)
                return
        self._follow_track()  # a volume of 0 stops the loop; raised again, it comes back
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
        self._follow_track()

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
        self.playing_track = None
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
