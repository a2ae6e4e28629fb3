"""The messages a phone and the game exchange: JSON text frames, each one object with a ``type``.

Every frame is at most ``MAX_FRAME`` bytes (the server refuses bigger ones by
closing that connection with code 1009) and each connection may send about
``RATE_PER_SECOND`` messages a second after a burst of ``RATE_BURST``; the rest
are dropped with one ``error`` a second. Anything a phone sends that is not
understood gets an ``error`` back and changes nothing.

Phone to game
-------------
``{"type": "join", "code": "KXRT", "name": "Ann"}``
    Join the room as a new player. ``code`` is the room's four letters (any
    case); ``name`` is cleaned (``clean_name``) and must keep at least one
    letter.
``{"type": "join", "code": "KXRT", "token": "…"}``
    Come back as the player that token was given to, with that player's score:
    after a reload, a phone that slept, a lost Wi-Fi. A ``name`` may come with
    it, used only if the token is no longer known (the page keeps both).
``{"type": "answer", "question": 3, "value": 1}``
    Answer question 3. The first answer a player gives to a question is final.
    ``value`` depends on the question's kind: for ``choice`` and
    ``true_false`` (and any kind with options) the option, counted from 0; for
    ``order`` the options' indices first to last (``[2, 0, 3, 1]``); for
    ``number`` a number within the slider's range; for ``typed`` the text (the
    game keeps at most ``MAX_TYPED`` characters, control and format characters
    removed, spaces collapsed; nothing left is ``bad_answer``).

Game to phone
-------------
``{"type": "welcome", "player": 4, "name": "Ann", "token": "…", "room": "KXRT", "rejoined": false}``
    The join worked. The page keeps ``token`` (local storage) to come back.
``{"type": "lobby", "players": [{"name", "colour", "shape", "you"}…], "you": {"name", "colour", "shape"} | null}``
    Who is in the party; ``you`` is this phone's colour ("#rrggbb") and shape
    once the game has given it one.
``{"type": "question", "number": 3, "kind": "choice", "text": "…" | null, "options": [{"text", "colour", "shape"}…], "slider": null | {"min", "max", "step", "unit", "prefix", "places", "grouped"}, "seconds_left": 14.2, "answered": null | 1}``
    A question is open. ``text`` is null when the host hides it on phones;
    ``options`` are the items to put in order for ``order``, and empty for
    ``number`` (which has a ``slider``) and ``typed``; ``answered`` is the
    answer already given (after a rejoin), else null. It never carries the
    right answer.
``{"type": "wait", "message": "…"}``
    Joined during a question: this phone plays from the next one. Also sent
    while another player answers alone (Buzz in: someone is answering; Take
    turns: it is someone else's turn).
``{"type": "answered", "question": 3, "value": 1}``
    The answer arrived in time and counts.
``{"type": "closed", "question": 3}``
    No more answers to question 3; the reveal follows.
``{"type": "reveal", "question": 3, "right": 2, "you": {"chose", "correct", "close", "played", "points", "score", "rank"} | null}``
    The right answer, in the form an answer to that kind takes (an option, an
    order, a number, the canonical text of a typed answer), and this phone's
    own result (null if it did not play; ``chose`` is null when it did not
    answer, and is the cleaned text it sent for a typed answer; ``close`` is
    true when a typed answer was right by one forgiven typo; ``played`` is
    false when the question was not this player's to answer).
``{"type": "podium", "standings": [{"name", "score", "rank", "colour", "shape", "you"}…]}``
    The party is over: every player, best first.
``{"type": "removed", "message": "…"}``
    The host removed this player; the token no longer works. The game then
    closes the connection.
``{"type": "error", "code": "wrong_code", "message": "…"}``
    What went wrong, in words for the player; ``code`` is one of ``ERRORS``.
"""

from __future__ import annotations

import json
import math
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any, Optional, Union

from quiz.i18n import N_, _

MAX_FRAME = 4096          # bytes in one frame, either way but enforced on what phones send
MAX_NAME = 20             # characters in a player's name
MAX_TYPED = 100           # characters in a typed answer
MAX_ITEMS = 16            # entries in an order
RATE_BURST = 20           # messages a phone may send at once...
RATE_PER_SECOND = 10.0    # ...and then this many a second
# Wrong room codes, counted over the whole room: 23^4 codes at this rate take
# hours to try, and a party lasts less.
GUESS_BURST = 50
GUESSES_PER_SECOND = 5.0

# No I/O, 0/O or 1/I/L: letters nobody misreads across a room.
CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 4

ERRORS = {
    "bad_json": N_("That message could not be read."),
    "bad_message": N_("That message is missing something it needs."),
    "unknown_type": N_("The game does not know that kind of message."),
    "wrong_code": N_("That room code is not right. Check the big screen."),
    "too_many_codes": N_("Too many wrong room codes were tried: wait a moment and try again."),
    "bad_name": N_("Type a name (up to {most} letters)."),
    "unknown_player": N_("The game does not know this phone any more. Join again with your name."),
    "room_full": N_("The room is full."),
    "not_joined": N_("Join the room first."),
    "not_open": N_("That question is not open."),
    "too_late": N_("Time was up: that answer did not count."),
    "already_answered": N_("Your first answer counts."),
    "bad_answer": N_("That answer does not fit this question."),
    "wait_next": N_("You joined during a question: you play from the next one."),
    "not_your_turn": N_("It is another player's turn."),
    "too_fast": N_("Too many messages: slow down."),
    "binary": N_("The game only reads text messages."),
}


def error_words(code: str) -> str:
    """``ERRORS[code]`` in the game's language."""
    return _(ERRORS[code]).format(most=MAX_NAME)


class ProtocolError(Exception):
    """A message from a phone that the game refuses; ``code`` is a key of ``ERRORS``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Join:
    code: str
    name: Optional[str] = None
    token: Optional[str] = None


Value = Union[int, float, str, tuple[int, ...]]


@dataclass(frozen=True)
class Answer:
    question: int
    value: Value    # checked against the question's kind by the hub


Incoming = Union[Join, Answer]


def new_room_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


def new_token() -> str:
    return secrets.token_urlsafe(24)


# Control characters, format characters (bidi overrides, zero-width joiners),
# surrogates, private-use and unassigned code points: none of them belong in a
# name shown to a room, and the bidi ones can make a name read backwards.
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def clean_text(raw: Any, limit: int) -> str:
    """Text from a phone as it may be shown: cleaned, spaces collapsed, capped; "" when nothing is left."""
    if not isinstance(raw, str):
        return ""
    text = unicodedata.normalize("NFC", raw)
    kept = "".join(" " if ch.isspace() else ch for ch in text
                   if ch.isspace() or unicodedata.category(ch) not in _DROPPED_CATEGORIES)
    return " ".join(kept.split())[:limit].strip()


def clean_name(raw: Any) -> str:
    return clean_text(raw, MAX_NAME)


def _int(value: Any) -> Optional[int]:
    # bool is an int in Python; true is not option 1.
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _value(value: Any) -> Optional[Value]:
    if _int(value) is not None or isinstance(value, str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None   # json reads NaN and Infinity
    if isinstance(value, list) and len(value) <= MAX_ITEMS and all(_int(v) is not None for v in value):
        return tuple(value)
    return None


def parse(text: Union[str, bytes]) -> Incoming:
    """One frame from a phone as a message, or ``ProtocolError`` saying why not."""
    if not isinstance(text, str):
        raise ProtocolError("binary")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ProtocolError("bad_json") from None
    if not isinstance(data, dict):
        raise ProtocolError("bad_message")
    kind = data.get("type")
    if kind == "join":
        code, name, token = data.get("code"), data.get("name"), data.get("token")
        if not isinstance(code, str) or (name is not None and not isinstance(name, str)) \
                or (token is not None and not isinstance(token, str)) or (name is None and token is None):
            raise ProtocolError("bad_message")
        return Join(code=code.strip().upper(), name=name, token=token)
    if kind == "answer":
        question, value = _int(data.get("question")), _value(data.get("value"))
        if question is None or value is None:
            raise ProtocolError("bad_message")
        return Answer(question=question, value=value)
    raise ProtocolError("unknown_type")


def encode(message_type: str, /, **fields: Any) -> str:
    return json.dumps({"type": message_type, **fields}, ensure_ascii=False, separators=(",", ":"))


def error(code: str) -> str:
    return encode("error", code=code, message=error_words(code))


class RateLimit:
    """A token bucket: ``allow(now)`` is False once a connection sends faster than it may."""

    def __init__(self, burst: int = RATE_BURST, per_second: float = RATE_PER_SECOND) -> None:
        self.burst, self.per_second = burst, per_second
        self._tokens = float(burst)
        self._last: Optional[float] = None

    def ready(self, now: float) -> bool:
        """Whether ``allow`` would say yes, without using anything up."""
        if self._last is not None:
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.per_second)
        self._last = now
        return self._tokens >= 1

    def allow(self, now: float) -> bool:
        if self.ready(now):
            self._tokens -= 1
            return True
        return False
