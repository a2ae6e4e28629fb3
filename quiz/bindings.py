"""Which keys do what: each player's answer keys and the keys of every command
(moving, choosing, going back, pausing...), remappable and saved.

Keys are pygame key names (``pygame.key.name``: ``"q"``, ``"7"``, ``"[1]"``
for the keypad, ``"left shift"``), kept as text so this module stays free of
pygame. Player numbers start at 0, as in ``quiz.ui.input.actions``; the
words shown to people count from 1.

Commands have keys of their own (``COMMANDS``; a remap gives a command one key
in place of all it had). A key means one command only, and a key a command
needs during a question (moving, choosing, pausing...) cannot answer, unless
the command keeps another key: P, a second key for Pause, stays free to answer.
Commands used only in the menus (reload, copy) may share a key with an
answer, since no question is asked there. Whatever is remapped, the mouse, a
finger and a gamepad still reach every control, and ``reset`` brings the usual
keys back.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Optional

from quiz.i18n import N_, _

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
    "page up", "page down", "home", "end", "pause", "break", "f11",
})
# Who answers with each usual key, as the usual bindings have it.
DEFAULT_OWNERS = {key: (player, option) for player, row in enumerate(DEFAULT_KEYS)
                  for option, key in enumerate(row)}
# Player 1 also answers with the keypad's 1-4; nobody else may take them.
KEYPAD_KEYS = ("[1]", "[2]", "[3]", "[4]")
KEY_NAME_MAX = 32
# Keys whose pygame name is not the one on the key.
KEY_WORDS = {"break": "Pause", "return": "Enter", "enter": "Keypad Enter"}

# Every command a key can give, with its usual keys (pygame names) and what it is
# called on the Controls screen. The names are the actions' names (quiz.ui.input.actions).
COMMANDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("up", ("up", "[8]"), N_("Move up")),
    ("down", ("down", "[2]"), N_("Move down")),
    ("left", ("left",), N_("Move left / less")),
    ("right", ("right",), N_("Move right / more")),
    ("confirm", ("return", "enter", "space"), N_("Choose")),
    ("back", ("escape",), N_("Go back")),
    ("pause", ("break", "p"), N_("Pause a round")),  # "break" is pygame's name for Pause
    ("next", ("tab",), N_("Next control (with Shift: the one before)")),
    ("page_up", ("page up",), N_("Page up")),
    ("page_down", ("page down",), N_("Page down")),
    ("first", ("home",), N_("First")),
    ("last", ("end",), N_("Last")),
    ("erase", ("backspace", "delete"), N_("Erase, take back")),
    ("fullscreen", ("f11",), N_("Fullscreen")),
    ("reload", ("r",), N_("Reload packs")),
    ("copy", ("c",), N_("Copy the daily result")),
)
COMMAND_NAMES = tuple(name for name, _keys, _words in COMMANDS)
DEFAULT_COMMANDS: tuple[tuple[str, ...], ...] = tuple(keys for _name, keys, _words in COMMANDS)
# Commands no question needs: their keys may answer too.
MENU_ONLY = frozenset({"reload", "copy"})
# Keys that type a character: while a name is typed they are text, whatever command has them.
TEXT_KEYS = frozenset({"space"})
# What typing a name or an answer needs besides its letters: a key that types cannot be one.
TYPING_COMMANDS = frozenset({"confirm", "erase", "back"})


def command_words(name: str) -> str:
    """What a command is called, in the player's language."""
    for command, _keys, words in COMMANDS:
        if command == name:
            return _(words)
    return name


def is_text_key(key: str) -> bool:
    return len(key) == 1 or key in TEXT_KEYS


def key_label(key: str) -> str:
    """A key name as players read it: ``"q"`` → ``"Q"``, ``"[1]"`` → ``"Keypad 1"``."""
    if len(key) == 1:
        return key.upper()
    if key in KEY_WORDS:
        return KEY_WORDS[key]
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

    command: Optional[str] = None    # the command that has it, when a command does

    @property
    def message(self) -> str:
        label = key_label(self.key) if self.key else _("That key")
        if self.reason == "command":
            return _("{key} is already the key for “{command}”.").format(
                key=label, command=command_words(self.command or ""))
        if self.reason == "answer":
            return _("{key} is already Player {player}'s key for option {option}, and a question "
                     "needs “{command}”.").format(key=label, player=(self.player or 0) + 1,
                                                   option=(self.option or 0) + 1,
                                                   command=command_words(self.command or ""))
        if self.reason == "text":
            return _("{key} types a letter in names and answers, so it cannot be “{command}”.").format(
                key=label, command=command_words(self.command or ""))
        if self.reason == "fixed" and self.command is not None:
            return _("{key} is the key for “{command}”, so it cannot answer.").format(
                key=label, command=command_words(self.command))
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
    commands: tuple[tuple[str, ...], ...] = DEFAULT_COMMANDS  # in COMMAND_NAMES' order

    def command_keys(self, command: str) -> tuple[str, ...]:
        return self.commands[COMMAND_NAMES.index(command)]

    def command_of(self, key: str) -> Optional[str]:
        """The command ``key`` gives, or None."""
        for name, keys in zip(COMMAND_NAMES, self.commands):
            if key in keys:
                return name
        return None

    def key_commands(self) -> dict[str, str]:
        """Every command key and its command, for the keyboard."""
        return {key: name for name, keys in zip(COMMAND_NAMES, self.commands) for key in keys}

    def command_refusal(self, command: str, key: Any, alone: bool = True) -> Optional[Refusal]:
        """Why ``key`` cannot be ``command``'s key (its only one, unless not ``alone``);
        None when it can."""
        if not _is_key_name(key) or command not in COMMAND_NAMES:
            return Refusal("", "unknown")
        key = key.strip().lower()
        if alone and command in TYPING_COMMANDS and is_text_key(key):
            return Refusal(key, "text", command=command)
        owner = self.command_of(key)
        if owner is not None and owner != command:
            return Refusal(key, "command", command=owner)
        if key in DEFAULT_COMMANDS[COMMAND_NAMES.index(command)]:
            # A command's usual key is its own again, with the answer that shares it in the
            # usual keys (P: Pause, and Player 4's fourth option), but no other.
            answer = self.owner(key)
            if answer is None or DEFAULT_OWNERS.get(key) == answer:
                return None
        if command not in MENU_ONLY:
            if key in KEYPAD_KEYS:
                return Refusal(key, "answer", player=0, option=KEYPAD_KEYS.index(key),
                               command=command)
            answer = self.owner(key)
            if answer is not None:
                return Refusal(key, "answer", *answer, command=command)
        return None

    def remap_command(self, command: str, key: str) -> "Bindings":
        """These bindings with ``key`` as ``command``'s one key; ValueError if refused."""
        refused = self.command_refusal(command, key)
        if refused is not None:
            raise ValueError(refused.message)
        key = key.strip().lower()
        commands = list(self.commands)
        commands[COMMAND_NAMES.index(command)] = (key,)
        return Bindings(self.keys, tuple(commands))

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
        command = self.command_of(key)
        # A letter a command shares with another key (P, beside Pause) may answer: the
        # command keeps its other key while a question is asked.
        shared = is_text_key(key) and len(self.command_keys(command or "up")) > 1
        if command is not None and command not in MENU_ONLY and not shared:
            return Refusal(key, "fixed", command=command)
        if command is None and key in FIXED_KEYS and not any(key in k for k in DEFAULT_COMMANDS):
            return Refusal(key, "fixed")  # a key a command gave up (remapped) may answer
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
        return Bindings(tuple(keys), self.commands)

    def reset(self) -> "Bindings":
        return Bindings()

    @property
    def is_default(self) -> bool:
        return self.keys == DEFAULT_KEYS and self.commands == DEFAULT_COMMANDS

    def to_dict(self) -> dict:
        return {"answer_keys": [list(row) for row in self.keys],
                "commands": {name: list(keys) for name, keys in zip(COMMAND_NAMES, self.commands)}}

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
        commands = _commands(data.get("commands"), Bindings(rows, DEFAULT_COMMANDS))
        if isinstance(commands, str):
            return cls(rows), (f"The saved command keys could not be used ({commands}); "
                               "the usual ones are back.")
        return cls(rows, commands), None


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


def _commands(data: Any, bindings: "Bindings") -> Any:
    """Saved command keys as ``Bindings.commands``, or a few words on what is wrong.

    Files from before commands could be remapped have none: the usual keys."""
    if data is None:
        return DEFAULT_COMMANDS
    if not isinstance(data, dict):
        return "not a table of commands"
    # Each command is checked against the ones read before it, from the usual keys up.
    for name in COMMAND_NAMES:
        keys = data.get(name)
        if keys is None:
            continue
        if not isinstance(keys, (list, tuple)) or not keys:
            return f"no keys for {name}"
        commands = list(bindings.commands)
        commands[COMMAND_NAMES.index(name)] = ()
        bindings = Bindings(bindings.keys, tuple(commands))
        kept: list[str] = []
        for key in keys:
            refused = bindings.command_refusal(name, key, alone=False)
            if refused is not None:
                return f"{name}: {refused.message.rstrip('.')}"
            kept.append(key.strip().lower())
            commands[COMMAND_NAMES.index(name)] = tuple(kept)
            bindings = Bindings(bindings.keys, tuple(commands))
        if name in TYPING_COMMANDS and all(is_text_key(key) for key in kept):
            refused = Refusal(kept[0], "text", command=name)
            return f"{name}: {refused.message.rstrip('.')}"
    return bindings.commands
