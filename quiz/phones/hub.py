"""Between the game and the phones: who has joined, what is on their screens, what they answered.

The network thread calls ``connect``/``receive``/``disconnect``; the game calls
``lobby``, ``roster``, ``show_question``, ``reveal``, ``podium`` and ``remove``,
and once a frame drains ``events()``. One lock guards the state and nothing
under it waits: messages to phones go into each connection's own outbox, so a
slow or vanished phone can never hold up the game.

Answers are stamped with the game's clock the moment they arrive, so the time
a player took does not depend on how often the game polls.

A party drives it like this (``phone`` numbers are the hub's; the game maps
them to its own players, and an ``Answered`` becomes
``Action(ANSWER, player=p, value=e.value, device=e.device, time=e.time)``)::

    hub.lobby([PlayerCard("Ann", "#e0a526", "star", phone=1), PlayerCard("Bo", "#3b7dd8", "circle")])
    hub.show_question(1, "choice", "Where do they meet?", options, ends_at=clock.now() + 20)
    for event in hub.events():          # every frame: Joined, Left, Answered
        ...
    hub.close_question()                # optional: everyone has answered
    hub.reveal(2, {1: PhoneResult(correct=True, points=850, score=850, rank=1)})
    hub.podium([Standing("Ann", 850, 1, "#e0a526", "star", phone=1), ...])
    hub.remove(1)                       # the host throws a player out
"""

from __future__ import annotations

import hmac
import queue
import threading
from dataclasses import dataclass, field
from typing import Mapping, Optional, Protocol, Sequence, Union

from quiz.i18n import _
from quiz.clock import Clock, MonotonicClock
from quiz.phones import protocol
from quiz.phones.looks import option_look
from quiz.phones.protocol import Answer, Join, ProtocolError, Value

MAX_PHONES = 20


class Link(Protocol):
    """One phone's connection as the hub sees it. Neither method may block."""

    def send(self, text: str) -> bool:
        """Queue a frame; False when the phone is too far behind and is being dropped."""

    def close(self, code: int, reason: str) -> None:
        """Close after the frames already queued."""


# What the game hears, from ``events()``.

@dataclass(frozen=True)
class Joined:
    phone: int
    name: str
    rejoined: bool      # the same player back (same score), not a new one
    time: float


@dataclass(frozen=True)
class Left:
    """The connection is gone; the player stays in the party and may come back."""
    phone: int
    time: float


@dataclass(frozen=True)
class Answered:
    phone: int
    question: int
    value: Value        # by kind: the option from 0, the order of options, the number, the typed text
    time: float         # the game's clock when the answer arrived

    @property
    def device(self) -> str:
        """As in the game's ``Action.device``."""
        return f"phone:{self.phone}"


Event = Union[Joined, Left, Answered]


# What the game tells the phones.

@dataclass(frozen=True)
class Slider:
    """A ``number`` question's range, as its fact gives it."""
    min: float
    max: float
    step: float = 1
    unit: str = ""
    prefix: str = ""              # before the number ("$")
    places: int = 0               # decimal places shown, those of the step
    grouped: bool = True          # thousands set apart by commas; a year is not


@dataclass(frozen=True)
class PlayerCard:
    name: str
    colour: str                   # "#rrggbb"
    shape: str                    # one of ``looks.SHAPES``
    phone: Optional[int] = None   # None for keyboard and gamepad players


@dataclass(frozen=True)
class PhoneResult:
    correct: bool
    points: int       # earned on this question
    score: int        # total so far
    rank: int         # 1 is leading
    close: bool = False   # a typed answer one typo off: right, and "close enough" is said
    played: bool = True   # False: the question was not this player's (Take turns, Buzz in)


@dataclass(frozen=True)
class Standing:
    name: str
    score: int
    rank: int
    colour: str
    shape: str
    phone: Optional[int] = None


@dataclass(frozen=True)
class PhonePlayer:
    phone: int
    name: str
    connected: bool


@dataclass
class _Player:
    phone: int
    name: str
    token: str
    connection: Optional[int] = None


@dataclass
class _Connection:
    link: Link
    rate: protocol.RateLimit
    phone: Optional[int] = None
    warned_at: Optional[float] = None


@dataclass
class _Question:
    number: int
    kind: str
    text: str
    options: tuple[str, ...]
    ends_at: Optional[float]
    slider: Optional[Slider]
    players: frozenset[int]                       # who plays it: the phones in the party when it opened
    answers: dict[int, Value] = field(default_factory=dict)
    open: bool = True
    waiting: Optional[str] = None                 # what the phones that do not play it are told


class PhoneHub:
    def __init__(self, clock: Optional[Clock] = None, *, room_code: Optional[str] = None,
                 max_phones: int = MAX_PHONES, show_text: bool = True) -> None:
        self.clock = clock or MonotonicClock()
        self.room_code = room_code or protocol.new_room_code()
        self.max_phones = max_phones
        self._show_text = show_text
        self._lock = threading.Lock()
        self._guesses = protocol.RateLimit(protocol.GUESS_BURST, protocol.GUESSES_PER_SECOND)
        self._events: queue.SimpleQueue[Event] = queue.SimpleQueue()
        self._connections: dict[int, _Connection] = {}
        self._players: dict[int, _Player] = {}
        self._tokens: dict[str, int] = {}
        self._next_connection = 1
        self._next_phone = 1
        self._cards: tuple[PlayerCard, ...] = ()
        self._phase = "lobby"
        self._question: Optional[_Question] = None
        self._results: Mapping[int, PhoneResult] = {}
        self._right: Union[Value, list[int], None] = None
        self._standings: tuple[Standing, ...] = ()

    # ---- the game's side -------------------------------------------------

    def events(self) -> list[Event]:
        """Everything that happened since the last call, oldest first."""
        out = []
        while True:
            try:
                out.append(self._events.get_nowait())
            except queue.Empty:
                return out

    def players(self) -> list[PhonePlayer]:
        with self._lock:
            return [PhonePlayer(p.phone, p.name, p.connection is not None) for p in self._players.values()]

    @property
    def show_text(self) -> bool:
        """A lobby setting: whether phones show the question's text, or only its options."""
        return self._show_text

    @show_text.setter
    def show_text(self, value: bool) -> None:
        self._show_text = bool(value)

    def roster(self, players: Sequence[PlayerCard]) -> None:
        """Every player's name, colour and shape; each phone learns its own. The phones' screens stay."""
        with self._lock:
            self._cards = tuple(players)
            for phone in self._connected():
                self._send(phone, self._roster_message("roster", phone))

    def lobby(self, players: Sequence[PlayerCard]) -> None:
        """The lobby is on the big screen: phones show who is in and wait."""
        with self._lock:
            self._cards = tuple(players)
            self._phase = "lobby"
            self._question = None
            for phone in self._connected():
                self._send(phone, self._roster_message("lobby", phone))

    def show_question(self, number: int, kind: str, text: str, options: Sequence[str],
                      ends_at: Optional[float], slider: Optional[Slider] = None, *,
                      players: Optional[Sequence[int]] = None,
                      waiting: Optional[str] = None) -> None:
        """Question ``number`` opens until ``ends_at`` on the game's clock (None: no limit).

        ``options`` are the choices, or the items to order; ``slider`` is a
        ``number`` question's range. Never pass the answer: nothing here could
        leak it to a page. ``players``: the phones that answer it (None: every
        phone in the party now); the others are sent ``waiting`` (Take turns:
        whose turn it is).
        """
        with self._lock:
            self._phase = "question"
            playing = frozenset(self._players) if players is None \
                else frozenset(players) & frozenset(self._players)
            self._question = _Question(number, kind, text, tuple(options), ends_at, slider,
                                       playing, waiting=waiting if players is not None else None)
            for phone in self._connected():
                self._send(phone, self._question_message(phone))

    def reopen(self, phone: int) -> None:
        """Let ``phone`` answer the open question again (Buzz in: its tap came while another
        player was answering, and now the question is open to steal). It is sent afresh."""
        with self._lock:
            question = self._question
            if question is None or not question.open or phone not in question.players:
                return
            question.answers.pop(phone, None)
            if phone in self._players:
                self._send(phone, self._question_message(phone))

    def hold(self, phones: Sequence[int], message: str) -> None:
        """Tell these phones to wait (Buzz in: someone else is answering)."""
        with self._lock:
            for phone in phones:
                if phone in self._players:
                    self._send(phone, protocol.encode("wait", message=message))

    def close_question(self) -> None:
        """No more answers (everyone has answered, or the build-up to the reveal has begun)."""
        with self._lock:
            question = self._question
            if question is None or not question.open:
                return
            question.open = False
            for phone in self._connected():
                self._send(phone, protocol.encode("closed", question=question.number))

    def reveal(self, right: Value, results: Mapping[int, PhoneResult]) -> None:
        """The question closes; each phone sees the right answer and its own result (keyed by phone).

        ``right`` takes the form of an answer to that kind: the option, the
        order of options, the number, the accepted text.
        """
        with self._lock:
            if self._question is not None:
                self._question.open = False
            self._phase = "reveal"
            self._right = list(right) if isinstance(right, tuple) else right
            self._results = dict(results)
            for phone in self._connected():
                self._send(phone, self._reveal_message(phone))

    def podium(self, standings: Sequence[Standing]) -> None:
        """The party is over: every phone sees every player's place, its own marked."""
        with self._lock:
            if self._question is not None:
                self._question.open = False
            self._phase = "podium"
            self._standings = tuple(standings)
            for phone in self._connected():
                self._send(phone, self._podium_message(phone))

    def remove(self, phone: int) -> bool:
        """The host removes a player: the phone is told, its token stops working, it is disconnected.

        No ``Left`` follows: the game asked for it. False if there was no such player.
        """
        with self._lock:
            player = self._players.pop(phone, None)
            if player is None:
                return False
            self._tokens.pop(player.token, None)
            if player.connection is not None:
                connection = self._connections.get(player.connection)
                if connection is not None:
                    connection.phone = None
                    connection.link.send(protocol.encode("removed", message=_("The host removed you from the party.")))
                    connection.link.close(4001, "removed")
            return True

    # ---- the network's side ----------------------------------------------

    def connect(self, link: Link) -> int:
        with self._lock:
            number = self._next_connection
            self._next_connection += 1
            self._connections[number] = _Connection(link, protocol.RateLimit())
            return number

    def disconnect(self, connection: int) -> None:
        now = self.clock.now()
        with self._lock:
            gone = self._connections.pop(connection, None)
            if gone is None or gone.phone is None:
                return
            player = self._players.get(gone.phone)
            if player is not None and player.connection == connection:
                player.connection = None
                self._events.put(Left(gone.phone, now))

    def receive(self, connection: int, frame: Union[str, bytes]) -> None:
        now = self.clock.now()   # before the lock: the arrival time, not the time we got round to it
        with self._lock:
            state = self._connections.get(connection)
            if state is None:
                return
            if not state.rate.allow(now):
                if state.warned_at is None or now - state.warned_at >= 1.0:
                    state.warned_at = now
                    self._reply(state, protocol.error("too_fast"))
                return
            try:
                message = protocol.parse(frame)
                if isinstance(message, Join):
                    self._join(connection, state, message, now)
                else:
                    self._answer(state, message, now)
            except ProtocolError as refused:
                self._reply(state, protocol.error(refused.code))

    # ---- inside the lock -------------------------------------------------

    def _join(self, number: int, state: _Connection, message: Join, now: float) -> None:
        # While guessing is blocked no code is even compared, the right one
        # included: otherwise a guesser would still learn when they hit it.
        if not self._guesses.ready(now):
            raise ProtocolError("too_many_codes")
        if not hmac.compare_digest(message.code.encode("utf-8"), self.room_code.encode("utf-8")):
            self._guesses.allow(now)
            raise ProtocolError("wrong_code")
        player = self._players.get(self._tokens.get(message.token, -1)) if message.token else None
        rejoined = player is not None
        if player is None:
            if message.name is None:
                raise ProtocolError("unknown_player")
            name = protocol.clean_name(message.name)
            if not name:
                raise ProtocolError("bad_name")
            if state.phone is not None and state.phone in self._players:
                raise ProtocolError("bad_message")   # this connection already is a player
            if len(self._players) >= self.max_phones:
                raise ProtocolError("room_full")
            player = _Player(self._next_phone, name, protocol.new_token())
            self._next_phone += 1
            self._players[player.phone] = player
            self._tokens[player.token] = player.phone
        if player.connection is not None and player.connection != number:
            # The same player opened the page again (another tab, a reload
            # before the old socket timed out): the newest connection wins.
            old = self._connections.get(player.connection)
            if old is not None:
                old.phone = None
                old.link.close(4000, "joined again elsewhere")
        player.connection = number
        state.phone = player.phone
        self._reply(state, protocol.encode("welcome", player=player.phone, name=player.name, token=player.token,
                                           room=self.room_code, rejoined=rejoined))
        self._events.put(Joined(player.phone, player.name, rejoined, now))
        for text in self._catch_up(player.phone):
            self._reply(state, text)

    def _answer(self, state: _Connection, message: Answer, now: float) -> None:
        phone = state.phone
        if phone is None or phone not in self._players:
            raise ProtocolError("not_joined")
        question = self._question
        if question is None or not question.open or question.number != message.question:
            raise ProtocolError("not_open")
        if phone not in question.players:
            raise ProtocolError("not_your_turn" if question.waiting else "wait_next")
        if phone in question.answers:
            raise ProtocolError("already_answered")
        if question.ends_at is not None and now > question.ends_at:
            raise ProtocolError("too_late")
        value = _fitting(question, message.value)
        question.answers[phone] = value
        self._events.put(Answered(phone, question.number, value, now))
        self._reply(state, protocol.encode("answered", question=question.number, value=value))

    def _catch_up(self, phone: int) -> list[str]:
        """What a phone that just (re)joined must see to be where everyone else is."""
        out = [self._roster_message("lobby" if self._phase == "lobby" else "roster", phone)]
        if self._phase == "question":
            out.append(self._question_message(phone))
        elif self._phase == "reveal":
            if self._question is not None:
                out.append(self._question_message(phone))   # the reveal names its options
            out.append(self._reveal_message(phone))
        elif self._phase == "podium":
            out.append(self._podium_message(phone))
        return out

    def _connected(self) -> list[int]:
        return [p.phone for p in self._players.values() if p.connection is not None]

    def _send(self, phone: int, text: str) -> None:
        player = self._players[phone]
        state = self._connections.get(player.connection) if player.connection is not None else None
        if state is not None:
            self._reply(state, text)

    def _reply(self, state: _Connection, text: str) -> None:
        if not state.link.send(text):
            state.link.close(1008, "too far behind")

    def _card(self, card: PlayerCard, phone: int) -> dict:
        return {"name": card.name, "colour": card.colour, "shape": card.shape, "you": card.phone == phone}

    def _roster_message(self, kind: str, phone: int) -> str:
        mine = next((c for c in self._cards if c.phone == phone), None)
        you = None if mine is None else {"name": mine.name, "colour": mine.colour, "shape": mine.shape}
        return protocol.encode(kind, players=[self._card(c, phone) for c in self._cards], you=you)

    def _question_message(self, phone: int) -> str:
        question = self._question
        assert question is not None
        if phone not in question.players:
            return protocol.encode("wait", message=question.waiting or protocol.error_words("wait_next"))
        left = None if question.ends_at is None else max(0.0, round(question.ends_at - self.clock.now(), 2))
        options = [{"text": text, "colour": option_look(i).colour, "shape": option_look(i).shape}
                   for i, text in enumerate(question.options)]
        slider = question.slider
        return protocol.encode("question", number=question.number, kind=question.kind,
                               text=question.text if self._show_text else None, options=options,
                               slider=None if slider is None else {"min": slider.min, "max": slider.max,
                                                                   "step": slider.step, "unit": slider.unit,
                                                                   "prefix": slider.prefix, "places": slider.places,
                                                                   "grouped": slider.grouped},
                               seconds_left=left, answered=question.answers.get(phone))

    def _reveal_message(self, phone: int) -> str:
        question = self._question
        result = self._results.get(phone)
        you = None
        if result is not None:
            you = {"chose": question.answers.get(phone) if question else None, "correct": result.correct,
                   "close": result.close, "played": result.played, "points": result.points, "score": result.score,
                   "rank": result.rank}
        return protocol.encode("reveal", question=question.number if question else None, right=self._right, you=you)

    def _podium_message(self, phone: int) -> str:
        return protocol.encode("podium", standings=[
            {"name": s.name, "score": s.score, "rank": s.rank, "colour": s.colour, "shape": s.shape,
             "you": s.phone == phone} for s in self._standings])


def _fitting(question: _Question, value: Value) -> Value:
    """The answer in the form its question's kind takes, or ``bad_answer``.

    Checked here, not only by the game, because a phone's first answer is final:
    a malformed one must not use up the player's turn.
    """
    count = len(question.options)
    if question.kind == "order":
        if isinstance(value, tuple) and sorted(value) == list(range(count)):
            return value
    elif question.kind == "number":
        slider = question.slider
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and (slider is None or slider.min <= value <= slider.max):
            return value
    elif question.kind == "typed":
        typed = protocol.clean_text(value, protocol.MAX_TYPED)
        if typed:
            return typed
    elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value < count:
        return value
    raise ProtocolError("bad_answer")
