"""The game's side of phones: the phone server while a phone party is open, and what passes both ways.

Each frame the party screens take the phones' news (``poll``): a phone that
joins sits in the lobby with its name; an answer becomes the same ``ANSWER``
action a key press would be, timed when the game received it. Going the other
way, ``follow`` tells the phones what the big screen shows: each question
(never its answer), then the reveal with every phone's own result, then the
podium.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from quiz.i18n import _
from quiz.clock import Clock
from quiz.party import game as party_game
from quiz.party.modes import BUZZ, TURNS
from quiz.party.game import Party
from quiz.party.players import PHONE, Controller, Lobby, Player
from quiz.phones.hub import (Answered, Joined, Left, PhoneResult, PlayerCard, Slider,
                             Standing)
from quiz.phones.qr import QrCode, qr_code
from quiz.phones.server import PhoneServer
from quiz.ui.input import actions
from quiz.ui.input.actions import Action

DEVICE_PREFIX = "phone:"


def phone_of(action: Action) -> Optional[int]:
    """The phone an action came from, or None for keys, pads and pointers."""
    if not action.device.startswith(DEVICE_PREFIX):
        return None
    ident = action.device[len(DEVICE_PREFIX):]
    return int(ident) if ident.isdigit() else None


def card(player: Player) -> PlayerCard:
    phone = player.controller.ident if player.controller.kind == PHONE else None
    return PlayerCard(player.name, player.colour_hex, player.shape, phone)


@dataclass
class _Sent:
    """What the phones were last told, so each change is sent once."""

    cards: tuple = ()
    asked: int = 0                  # questions sent during this party
    question: Optional[tuple] = None
    revealed: Optional[tuple] = None
    podium: bool = False
    party: Optional[int] = None
    buzzer: Optional[int] = None    # Buzz in: the seat answering, as the phones were told


class PhoneLink:
    """The phone server and the lobby's phone players; ``start`` it for a phone party, ``stop`` it after."""

    def __init__(self, clock: Clock, host: Optional[str] = None, port: int = 0) -> None:
        self.clock = clock
        self.host = host
        self.port = port
        self.server: Optional[PhoneServer] = None
        self.qr: Optional[QrCode] = None
        self.notes: list[str] = []   # for the screen to show: a phone that found the party full
        self.away: frozenset[int] = frozenset()   # phones whose connection is gone for now
        self._sent = _Sent()
        self._show_text = True

    # ------------------------------------------------------------ the server

    @property
    def show_text(self) -> bool:
        """Whether phones show the question's words (players who cannot see the screen
        want them; a lobby may hide them so everyone looks up at the big screen)."""
        return self._show_text

    @show_text.setter
    def show_text(self, value: bool) -> None:
        self._show_text = bool(value)
        if self.server is not None:
            self.server.hub.show_text = self._show_text

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self) -> str:
        """Start the server (once); the address phones open."""
        if self.server is None:
            self.server = PhoneServer(self.host, self.port, clock=self.clock)
        url = self.server.start()
        self.server.hub.show_text = self._show_text
        self.qr = qr_code(self.server.join_url)
        self._sent = _Sent()
        self.away = frozenset()
        return url

    def stop(self) -> None:
        server, self.server = self.server, None
        self.qr = None
        if server is not None:
            server.stop()

    @property
    def url(self) -> str:
        return self.server.url if self.server else ""

    @property
    def room_code(self) -> str:
        return self.server.hub.room_code if self.server else ""

    @property
    def announcement(self) -> str:
        return self.server.announcement if self.server else ""

    # ------------------------------------------------------------ from the phones

    def poll(self, lobby: Lobby) -> list[Action]:
        """Seat the phones that joined; the answers that came, as actions (oldest first)."""
        if self.server is None:
            return []
        out = []
        for event in self.server.hub.events():
            if isinstance(event, Joined):
                self.away -= {event.phone}
                self._seat(lobby, event)
            elif isinstance(event, Answered):
                player = lobby.player_for(Controller(PHONE, event.phone))
                if player is not None:
                    out.append(Action(actions.ANSWER, player=player.seat, value=event.value,
                                      device=event.device, time=event.time))
            elif isinstance(event, Left):
                # A phone that left keeps its seat and score: it may come back.
                self.away |= {event.phone}
        return out

    def _seat(self, lobby: Lobby, event: Joined) -> None:
        controller = Controller(PHONE, event.phone)
        if lobby.player_for(controller) is not None:
            return
        try:
            player = lobby.join(controller, event.name)
        except ValueError:   # the name is taken: the seat's own name instead
            player = lobby.join(controller)
        if player is None:
            self.server.hub.remove(event.phone)
            self.notes.append(_("{name} could not join: the party is full.").format(name=event.name or _("A phone")))
            return
        # A phone has no ready button: being there is being ready.
        lobby.set_ready(player.seat)

    def remove(self, lobby: Lobby, player: Player) -> None:
        """The host sends a phone player away: out of the lobby, and the phone is told."""
        lobby.remove(player.seat)
        if self.server is not None and player.controller.kind == PHONE:
            self.server.hub.remove(int(player.controller.ident))

    # ------------------------------------------------------------ to the phones

    def show_lobby(self, players: Sequence[Player]) -> None:
        """The lobby is on the big screen; sent again whenever who is in changes."""
        if self.server is None:
            return
        cards = tuple(card(p) for p in players)
        if cards != self._sent.cards or self._sent.party is not None:
            self.server.hub.lobby(cards)
            self._sent = _Sent(cards=cards)

    def follow(self, party: Party) -> None:
        """Tell the phones what the party shows now, once per change."""
        if self.server is None:
            return
        hub = self.server.hub
        sent = self._sent
        cards = tuple(card(p) for p in party.players)
        if sent.party != id(party):
            hub.roster(cards)
            self._sent = sent = _Sent(cards=cards, party=id(party))
        elif cards != sent.cards:   # someone joined mid-party: everyone learns their look
            hub.roster(cards)
            sent.cards = cards
        phase = party.phase
        where = (party.round_number, party.question_number)
        if phase == party_game.ASKING and party.question is not None and sent.question != where:
            sent.question = where
            sent.buzzer = None
            sent.asked += 1
            left = party.time_left()
            ends_at = None if left is None else self.clock.now() + left
            question = party.question
            kind = getattr(question, "kind", "choice")
            if kind == "order":
                options, slider = list(question.items), None
            elif kind == "number":
                options = []
                slider = Slider(question.min, question.max, question.step, question.unit,
                                question.prefix, max(question.places(), 0), question.grouped)
            else:  # options to pick, or none for a typed answer: a text box
                options, slider = list(getattr(question, "choices", ())), None
            players, waiting = None, None
            if party.mode == TURNS and party.turn is not None:
                # Only the phone whose turn it is answers; the others are told whose it is.
                turn = party.player(party.turn)
                players = [int(turn.controller.ident)] if turn.controller.kind == PHONE else []
                waiting = _("{name}'s turn: watch the big screen.").format(name=turn.name)
            # Never the answer: only what the player is shown.
            hub.show_question(sent.asked, kind, question.question, options, ends_at, slider,
                              players=players, waiting=waiting)
        elif phase == party_game.ASKING and party.mode == BUZZ and party.buzzer != sent.buzzer:
            self._follow_buzzer(party, sent)
        elif phase == party_game.REVEAL and party.reveal is not None and sent.revealed != where:
            sent.revealed = where
            hub.reveal(party.reveal.right, self._results(party))
        elif phase == party_game.PODIUM and not sent.podium:
            sent.podium = True
            hub.podium([Standing(e.player.name, e.score, e.place, e.player.colour_hex, e.player.shape,
                                 card(e.player).phone)
                        for e in party.podium().entries])

    def _follow_buzzer(self, party: Party, sent: _Sent) -> None:
        """Buzz in: while one player answers, the other phones wait; when a wrong answer
        opens the question to steal, the phones still in it may tap again."""
        hub = self.server.hub
        buzzer = party.buzzer
        still_in = [int(p.controller.ident) for p in party.players
                    if p.controller.kind == PHONE and p.seat not in party.answered
                    and p.seat != buzzer]
        if buzzer is not None:
            hub.hold(still_in, _("{name} is answering…").format(name=party.player(buzzer).name))
        elif sent.buzzer is not None:
            for phone in still_in:
                hub.reopen(phone)
        sent.buzzer = buzzer

    @staticmethod
    def _results(party: Party) -> dict[int, PhoneResult]:
        reveal = party.reveal
        places = {st.seat: st for st in reveal.after}
        results = {}
        for player in party.players:
            if player.controller.kind != PHONE:
                continue
            result = reveal.result(player.seat)
            standing = places.get(player.seat)
            close = bool(result and result.correct and reveal.question.kind == "typed"
                         and reveal.question.close_enough(result.chosen))
            results[int(player.controller.ident)] = PhoneResult(
                correct=bool(result and result.correct), points=result.points if result else 0,
                score=standing.score if standing else 0, rank=standing.place if standing else 0,
                close=close, played=bool(result and result.answered))
        return results
