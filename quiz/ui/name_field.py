"""The name typed for a high score: any script, a length cap, Backspace by whole characters."""

from __future__ import annotations

import getpass
import unicodedata

from quiz.settings import NAME_MAX_LENGTH as NAME_LIMIT  # the store keeps no more


def clean(text: str) -> str:
    """Drop control and formatting characters (newlines, tabs, bidi marks) from typed or pasted text."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")


def default_name(last_name: str = "") -> str:
    """The last name used, else the computer's user name, else nothing."""
    name = clean(last_name or "").strip()
    if not name:
        try:
            name = clean(getpass.getuser() or "").strip()
        except Exception:  # no user name on some systems (no USER, no passwd entry)
            name = ""
    return name[:NAME_LIMIT]


class NameField:
    def __init__(self, text: str = "", limit: int = NAME_LIMIT) -> None:
        self.limit = limit
        self.text = clean(text)[:limit]
        self.composing = ""  # text an input method is still building

    def insert(self, typed: str) -> None:
        """Add typed or pasted text; whatever goes past the cap is cut."""
        room = self.limit - len(self.text)
        if room > 0:
            self.text += clean(typed)[:room]
        self.composing = ""

    def backspace(self) -> None:
        """Remove the last character together with any accents typed on it."""
        text = self.text
        while text and unicodedata.combining(text[-1]):
            text = text[:-1]
        self.text = text[:-1]

    def clear(self) -> None:
        self.text = ""

    @property
    def value(self) -> str:
        return self.text.strip()
