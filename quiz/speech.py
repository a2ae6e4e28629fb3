"""Reading questions aloud through an offline speech engine.

The game never waits for speech: ``Speaker.say`` starts the engine as a child
process and returns at once; a new question, or leaving the game, stops what
is still being said (``stop``). Where the system has no engine the speaker is
``SILENT``: every call does nothing and ``available`` is false, which the
Settings row tells the player.

The engine is behind a small interface (``start(text, voice) -> process``), so
tests hand in a fake and never make a sound.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Callable, Optional, Protocol, Sequence

# Engines tried in order: espeak-ng first, the older espeak it grew from second.
ENGINES = ("espeak-ng", "espeak")
# espeak-ng's voice names for the game's languages (quiz.i18n's codes).
VOICES = {"en": "en", "zh_CN": "cmn"}
WORDS_PER_MINUTE = 165  # a little slower than espeak's default 175: questions are dense


class Process(Protocol):
    def poll(self) -> Optional[int]: ...

    def kill(self) -> None: ...

    def wait(self, timeout: Optional[float] = None) -> int: ...


Start = Callable[[str, str], Process]


def spoken_text(question: str, options: Sequence[str]) -> str:
    """What is read for a question: the question, then each option after its number."""
    parts = [question.strip()]
    parts += [f"{number}. {option.strip()}" for number, option in enumerate(options, start=1)
              if option and option.strip()]
    # A full stop between parts gives the engine a pause there.
    return " ".join(part if part.endswith((".", "?", "!", "。", "？", "！")) else part + "."
                    for part in parts if part)


def engine_start(program: str) -> Start:
    """Starts ``program`` (an espeak-compatible engine) speaking text in a voice."""

    def start(text: str, voice: str) -> Process:
        # The text goes on stdin, not the command line: nothing in it can be read as an option.
        process = subprocess.Popen(
            [program, "-v", voice, "-s", str(WORDS_PER_MINUTE), "--stdin"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert process.stdin is not None
            process.stdin.write(text.encode("utf-8"))
            process.stdin.close()
        except OSError:
            pass  # the engine ended at once; there is nothing to say it to
        return process

    return start


def find_engine(which: Callable[[str], Optional[str]] = shutil.which) -> Optional[Start]:
    """The system's speech engine, or None where it has none."""
    for name in ENGINES:
        path = which(name)
        if path:
            return engine_start(path)
    return None


class Speaker:
    """Says one thing at a time; saying something new stops the last."""

    def __init__(self, start: Optional[Start]) -> None:
        self._start = start
        self._process: Optional[Process] = None
        self.said: Optional[str] = None  # the last text given to the engine

    @property
    def available(self) -> bool:
        return self._start is not None

    @property
    def speaking(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def say(self, text: str, language: str = "en") -> bool:
        """Start saying ``text`` in ``language``'s voice; False if it cannot be said."""
        self.stop()
        if self._start is None or not text.strip():
            return False
        try:
            self._process = self._start(text, VOICES.get(language, VOICES["en"]))
        except (OSError, ValueError, subprocess.SubprocessError):
            # An engine that went away or will not start: the game carries on silent.
            self._process = None
            return False
        self.said = text
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=1.0)  # reaped, so no child is left behind
        except (OSError, subprocess.SubprocessError):
            pass


SILENT = Speaker(None)
