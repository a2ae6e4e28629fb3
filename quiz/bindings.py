"""Which keys answer for which player: the keyboard zones, remappable and saved.

Keys are pygame key names (``pygame.key.name``: ``"q"``, ``"7"``, ``"[1]"``
for the keypad, ``"left shift"``), kept as text so this module stays free of
pygame. Player numbers start at 0, as in ``quiz.ui.input.actions``; the
words shown to people count from 1.

The keys that move around the menus, confirm, go back, pause and switch to
fullscreen are fixed: no remapping may take them, so nobody can lock
themselves out of the menus. P is the one fixed key that is also a default
answer key (player 4's option 4): it may go back there and nowhere else.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Optional

from quiz.i18n import _

OPTIONS = 4
DEFAULT_KEYS: tuple[tuple[str, ...], ...] = (
    ("1", "2", "3", "4"),
    ("7", "8", "9", "0"),
    ("q", "w", "e", "r"),
    ("u", "i", "o", "p"),
)
PLAYERS = len(DEFAULT_KEYS)

FIXED_KEYS = frozenset({
    "up", "down", "left", "right", "tab", "return", "enter", "escape", "backspace",
    "page up", "page down", "home", "end", "pause", "f11",
})
# Player 1 also answers with the keypad's 1-4; nobody else may take them.
KEYPAD_KEYS = ("[1]", "[2]", "[3]", "[4]")
KEY_NAME_MAX = 32


def key_label(key: str) -> str:
    """A key name as players read it: ``"q"`` → ``"Q"``, ``"[1]"`` → ``"Keypad 1"``."""
    if len(key) == 1:
        return key.upper()
    if len(key) == 3 and key[0] == "[" and key[2] == "]":
        return f"Keypad {key[1].upper()}"
    return " ".join(word.capitalize() for word in key.split())


@dataclass(frozen=True)
class Refusal:
    """Why a key cannot be given to a player's option; ``message`` says it in words."""

    key: str
    reason: str                      # "fixed", "taken" or "unknown"
    player: Optional[int] = None     # who has it, when taken
    option: Optional[int] = None

    @property
    def message(self) -> str:
        label = key_label(self.key) if self.key else _("That key")
        if self.reason == "fixed":
            return _("{key} is kept for moving around the menus, so it cannot answer.").format(key=label)
        if self.reason == "taken":
            if self.option is None:
                return _("{key} is already Player {player}'s (keypad answers).").format(key=label, player=self.player + 1)
            return _("{key} is already Player {player}'s key for option {option}.").format(
                key=label, player=self.player + 1, option=self.option + 1)
        return _("That key has no name the game can keep.")


@dataclass(frozen=True)
class Bindings:
    keys: tuple[tuple[str, ...], ...] = DEFAULT_KEYS

    def answer_keys(self, player: int) -> tuple[str, ...]:
        return self.keys[player]

    def owner(self, key: str) -> Optional[tuple[int, int]]:
        """(player, option) that answers with ``key``, or None."""
        for player, row in enumerate(self.keys):
            if key in row:
                return player, row.index(key)
        return None

    def refusal(self, player: int, option: int, key: Any) -> Optional[Refusal]:
        """Why ``key`` cannot answer ``option`` for ``player``; None when it can."""
        if not _is_key_name(key):
            return Refusal("", "unknown")
        key = key.strip().lower()
        if key in FIXED_KEYS:
            return Refusal(key, "fixed")
        if key in KEYPAD_KEYS and player != 0:
            return Refusal(key, "taken", player=0)
        owner = self.owner(key)
        if owner is not None and owner != (player, option):
            return Refusal(key, "taken", *owner)
        return None

    def remap(self, player: int, option: int, key: str) -> "Bindings":
        """These bindings with ``key`` on ``player``'s ``option``; ValueError if refused."""
        refused = self.refusal(player, option, key)
        if refused is not None:
            raise ValueError(refused.message)
        row = list(self.keys[player])
        row[option] = key.strip().lower()
        keys = list(self.keys)
        keys[player] = tuple(row)
        return Bindings(tuple(keys))

    def reset(self) -> "Bindings":
        return Bindings()

    @property
    def is_default(self) -> bool:
        return self.keys == DEFAULT_KEYS

    def to_dict(self) -> dict:
        return {"answer_keys": [list(row) for row in self.keys]}

    @classmethod
    def from_dict(cls, data: Any) -> "Bindings":
        """Bindings read from disk; anything unusable gives the defaults (see ``problem``)."""
        return cls.read(data)[0]

    @classmethod
    def read(cls, data: Any) -> tuple["Bindings", Optional[str]]:
        """Bindings from saved data and, if it could not be used, a sentence saying why."""
        problem = _problem(data)
        if problem is not None:
            return cls(), f"The saved answer keys could not be used ({problem}); the usual keys are back."
        rows = tuple(tuple(k.strip().lower() for k in row) for row in data["answer_keys"])
        return cls(rows), None


def _is_key_name(key: Any) -> bool:
    if not isinstance(key, str) or not key.strip() or len(key) > KEY_NAME_MAX:
        return False
    return all(unicodedata.category(char)[0] != "C" for char in key)


def _problem(data: Any) -> Optional[str]:
    """What is wrong with saved bindings, in a few words; None when they can be used."""
    if not isinstance(data, dict) or "answer_keys" not in data:
        return "not a table of keys"
    rows = data["answer_keys"]
    if not isinstance(rows, (list, tuple)) or len(rows) != PLAYERS:
        return f"not {PLAYERS} players"
    bindings = Bindings(tuple(("",) * OPTIONS for _ in range(PLAYERS)))
    for player, row in enumerate(rows):
        if not isinstance(row, (list, tuple)) or len(row) != OPTIONS:
            return f"player {player + 1} does not have {OPTIONS} keys"
        for option, key in enumerate(row):
            refused = bindings.refusal(player, option, key)
            if refused is not None:
                return f"player {player + 1}: {refused.message.rstrip('.')}"
            bindings = bindings.remap(player, option, key)
    return None
