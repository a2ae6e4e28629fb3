"""Reading the question on screen aloud, where the player asked for it (Settings)."""

from __future__ import annotations

from typing import Any

from quiz import i18n
from quiz.i18n import _
from quiz.speech import spoken_text


def words_for(question: Any) -> str:
    """What is said for a question: its line, then its options (a slider's range)."""
    if question.kind == "number":
        low, high = question.shown_texts()
        return spoken_text(question.question, ()) + " " + _("From {low} to {high}.").format(
            low=low, high=high)
    return spoken_text(question.question, question.shown_texts())


def voice_for(question: Any) -> str:
    """The language whose voice says ``question``: the one it is written in (an English
    pack in the Chinese interface is still read in English), told by its script."""
    if any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in question.question):
        return i18n.CHINESE
    return i18n.ENGLISH


class ReadAloud:
    """Mixed into a question screen with ``app``, ``round`` and ``asking``: once per
    question shown, the question is said; a new question or leaving stops the last."""

    _spoken: Any = None

    def read_aloud(self) -> None:
        app = self.app
        if not app.settings.read_aloud:
            if self._spoken is not None:
                app.speech.stop()
                self._spoken = None
            return
        if not self.asking or self.round.paused:
            return
        said = (id(self.round), self.round.index)
        if said != self._spoken:
            self._spoken = said
            app.speech.say(words_for(self.round.question), voice_for(self.round.question))

    def stop_reading(self) -> None:
        """The question is hidden or gone: stop, and say it again if it comes back."""
        if self._spoken is not None:
            self.app.speech.stop()
            self._spoken = None
