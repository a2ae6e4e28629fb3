"""The words shown for values the game keeps as keys: difficulties and round formats.

The keys stay data (settings, tables, the command line); these are only how a
player reads them, translated when they are shown."""

from __future__ import annotations

from typing import Optional

from quiz.i18n import _, lazy

# Capitalised for a settings row; lower case inside a sentence such as the title's round line.
DIFFICULTY_NAMES = {None: lazy.pgettext("difficulty", "Mixed"), "easy": lazy.pgettext("difficulty", "Easy"),
                    "medium": lazy.pgettext("difficulty", "Medium"), "hard": lazy.pgettext("difficulty", "Hard")}
DIFFICULTY_WORDS = {None: lazy.pgettext("difficulty", "mixed"), "easy": lazy.pgettext("difficulty", "easy"),
                    "medium": lazy.pgettext("difficulty", "medium"), "hard": lazy.pgettext("difficulty", "hard")}
FORMAT_NAMES = {"mixed": lazy.pgettext("formats", "Mixed"),
                "classic": lazy.pgettext("formats", "Classic (four options)")}


def difficulty_name(key: Optional[str]) -> str:
    return _(DIFFICULTY_NAMES.get(key, key or ""))


def difficulty_word(key: Optional[str]) -> str:
    return _(DIFFICULTY_WORDS.get(key, key or ""))


def format_name(key: str) -> str:
    return _(FORMAT_NAMES.get(key, key))
