"""Which kinds of question a party asks, and who types when a typed question is asked.

A typed answer must be typed somewhere nobody else reads it first, and a
zone of four keys cannot type. So:

* Take turns asks every kind: one player answers, with the keyboard (passed
  to them) or on their phone.
* Everyone answers asks typed questions only when every player can type in
  private: every player but at most one is on a phone, and that one types at
  the keyboard (the big screen shows a dot for each letter, not the letters).
  Any other party leaves typed questions out.
* Buzz in asks one pick of a few options, after the buzz: choice and
  true/false only.

Pure: players are ``quiz.party.players.Player`` values.
"""

from __future__ import annotations

from typing import Optional, Sequence

from quiz.party.modes import BUZZ, TURNS
from quiz.party.players import PHONE, Player

ALL_KINDS = ("choice", "true_false", "order", "number", "typed")
KEY_KINDS = ("choice", "true_false", "order", "number")  # what four keys can answer
BUZZ_KINDS = ("choice", "true_false")


def off_phones(players: Sequence[Player]) -> tuple[Player, ...]:
    return tuple(p for p in players if p.controller.kind != PHONE)


def everyone_can_type(players: Sequence[Player]) -> bool:
    """Every player can type an answer nobody else sees: all on phones but at most one."""
    return len(off_phones(players)) <= 1


def typed_fits(mode: str, players: Sequence[Player]) -> bool:
    """Whether a party in ``mode`` with these players may be asked typed questions."""
    return mode == TURNS or (mode != BUZZ and everyone_can_type(players))


def kinds_for(mode: str, players: Sequence[Player]) -> tuple[str, ...]:
    """The kinds a party in ``mode`` with these players is dealt."""
    if mode == BUZZ:
        return BUZZ_KINDS
    return ALL_KINDS if typed_fits(mode, players) else KEY_KINDS


def typist(mode: str, players: Sequence[Player], turn: Optional[int]) -> Optional[int]:
    """The seat whose typing at the keyboard answers a typed question now, or None
    (everyone who answers is on a phone, or nobody may type)."""
    if mode == BUZZ:
        return None
    if mode == TURNS:
        player = next((p for p in players if p.seat == turn), None)
        return None if player is None or player.controller.kind == PHONE else player.seat
    local = off_phones(players)
    return local[0].seat if len(local) == 1 else None


def hide_typing(mode: str, players: Sequence[Player]) -> bool:
    """Whether the big screen hides the letters typed: others answer the same question."""
    return mode != TURNS and len(players) > 1
