"""Hints name keys as the player has them: where a command has been given another key
(Settings → Command keys), the hint says that key instead of the usual one."""

from __future__ import annotations

import re

from quiz.bindings import COMMAND_NAMES, DEFAULT_COMMANDS, key_label

# The key names hints are written with (in every language), and the command each is.
HINT_KEYS = (("Esc", "back"), ("Enter", "confirm"), ("Tab", "next"), ("Backspace", "erase"),
             ("F11", "fullscreen"))
_WORDS = {word: re.compile(rf"(?<![A-Za-z0-9]){word}(?![A-Za-z0-9])") for word, _c in HINT_KEYS}


def with_keys(text: str, bindings) -> str:
    """``text`` with each usual command key a remapped command no longer has replaced by
    the key it has now."""
    commands = getattr(bindings, "commands", DEFAULT_COMMANDS)
    if commands == DEFAULT_COMMANDS or not text:
        return text
    for word, command in HINT_KEYS:
        index = COMMAND_NAMES.index(command)
        keys = commands[index]
        if keys == DEFAULT_COMMANDS[index] or not keys:
            continue
        text = _WORDS[word].sub(key_label(keys[0]), text)
    return text
