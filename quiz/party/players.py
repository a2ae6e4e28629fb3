"""Who plays: the lobby where players join, get ready, leave and are renamed.

Each player sits in a seat (0..27: up to eight on keys and pads, up to twenty
on phones). The seat gives the default name ("Player 1"...), the colour and the
shape. The first eight seats differ by both colour and shape, so nobody needs to
tell colours apart; past eight, no two seats share both (the shape steps on by
one for each further eight). The colours are the Okabe-Ito set, chosen to stay
distinct under the common kinds of colour blindness.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Union

from quiz.i18n import _
from quiz.settings import clean_name

MIN_PLAYERS = 2
MAX_LOCAL = 8    # on keyboard zones and gamepads, at the big screen
MAX_PHONES = 20  # answering from their own phones
MAX_PLAYERS = MAX_LOCAL + MAX_PHONES

# (key, hex colour); keys are never shown, the screens word them.
COLOURS: tuple[tuple[str, str], ...] = (
    ("orange", "#E69F00"),
    ("sky_blue", "#56B4E9"),
    ("bluish_green", "#009E73"),
    ("yellow", "#F0E442"),
    ("blue", "#0072B2"),
    ("vermillion", "#D55E00"),
    ("reddish_purple", "#CC79A7"),
    # Okabe-Ito's eighth is black, which would vanish on a dark screen.
    ("grey", "#BBBBBB"),
)
SHAPES: tuple[str, ...] = ("circle", "square", "triangle", "diamond", "star", "hexagon",
                           "cross", "heart")

KEYBOARD = "keyboard"
PAD = "pad"
PHONE = "phone"
CONTROLLER_KINDS = (KEYBOARD, PAD, PHONE)


@dataclass(frozen=True)
class Controller:
    """What a player answers with: keyboard zone ``ident`` (0..3), pad ``ident`` or phone ``ident``."""

    kind: str
    ident: Union[int, str]

    def __post_init__(self) -> None:
        if self.kind not in CONTROLLER_KINDS:
            raise ValueError(f"unknown controller kind {self.kind!r}")

    def describe(self) -> str:
        """Plain words for logs and tests; the screens may word it their own way."""
        if self.kind == KEYBOARD and isinstance(self.ident, int):
            return f"keyboard zone {self.ident + 1}"
        return f"{self.kind} {self.ident}"


@dataclass(frozen=True)
class Player:
    seat: int  # 0..27; the id every party input uses
    name: str
    controller: Controller
    ready: bool = False

    @property
    def colour(self) -> str:
        return COLOURS[self.seat % len(COLOURS)][0]

    @property
    def colour_hex(self) -> str:
        return COLOURS[self.seat % len(COLOURS)][1]

    @property
    def shape(self) -> str:
        return SHAPES[(self.seat + self.seat // len(SHAPES)) % len(SHAPES)]


def default_name(seat: int) -> str:
    return f"Player {seat + 1}"


class Lobby:
    """Players joining before a party; kept for "play again"."""

    def __init__(self) -> None:
        self._players: dict[int, Player] = {}

    @property
    def players(self) -> tuple[Player, ...]:
        """In seat order."""
        return tuple(self._players[seat] for seat in sorted(self._players))

    def player(self, seat: int) -> Optional[Player]:
        return self._players.get(seat)

    def player_for(self, controller: Controller) -> Optional[Player]:
        for player in self._players.values():
            if player.controller == controller:
                return player
        return None

    @property
    def full(self) -> bool:
        return len(self._players) >= MAX_PLAYERS

    def full_for(self, controller: Controller) -> bool:
        """No seat left for this kind of controller: eight at the screen, twenty phones."""
        phones = sum(1 for p in self._players.values() if p.controller.kind == PHONE)
        if controller.kind == PHONE:
            return phones >= MAX_PHONES or self.full
        return len(self._players) - phones >= MAX_LOCAL or self.full

    @property
    def can_start(self) -> bool:
        """Enough players, and every one of them ready."""
        players = self.players
        return MIN_PLAYERS <= len(players) <= MAX_PLAYERS and all(p.ready for p in players)

    def join(self, controller: Controller, name: str = "") -> Optional[Player]:
        """Seat a player at the lowest free seat; None when the lobby is full.

        A controller that already has a player gets that player back, so
        pressing a key twice never seats anyone twice.
        """
        present = self.player_for(controller)
        if present is not None:
            return present
        if self.full_for(controller):
            return None
        seat = min(s for s in range(MAX_PLAYERS) if s not in self._players)
        player = Player(seat=seat, name=self._checked_name(seat, name), controller=controller)
        self._players[seat] = player
        return player

    def set_ready(self, seat: int, ready: bool = True) -> Optional[Player]:
        return self._change(seat, ready=ready)

    def toggle_ready(self, seat: int) -> Optional[Player]:
        player = self._players.get(seat)
        return None if player is None else self._change(seat, ready=not player.ready)

    def rename(self, seat: int, name: str) -> Optional[Player]:
        """Give a player a cleaned name; blank gives the seat's default name back.

        Raises ValueError when another player has that name already (letter
        case aside), or it is another seat's default name, since the podium
        and the reveal tell players apart by it.
        """
        if seat not in self._players:
            return None
        return self._change(seat, name=self._checked_name(seat, name))

    def leave(self, controller: Controller) -> Optional[Player]:
        """The player on this controller leaves; their seat is free again."""
        player = self.player_for(controller)
        return None if player is None else self._players.pop(player.seat)

    def remove(self, seat: int) -> Optional[Player]:
        return self._players.pop(seat, None)

    def _checked_name(self, seat: int, name: str) -> str:
        cleaned = clean_name(name) or default_name(seat)
        wanted = cleaned.casefold()
        taken = {p.name.casefold() for p in self._players.values() if p.seat != seat}
        taken |= {default_name(s).casefold() for s in range(MAX_PLAYERS) if s != seat}
        if wanted in taken:
            raise ValueError(_("{name} is already taken").format(name=cleaned))
        return cleaned

    def _change(self, seat: int, **changes) -> Optional[Player]:
        player = self._players.get(seat)
        if player is None:
            return None
        player = replace(player, **changes)
        self._players[seat] = player
        return player
