"""What the party's question and podium screens share: the party, its lobby, the
lobby's choices, which game of the evening this is, and the phones, if any."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from quiz.party.game import Party
from quiz.party.players import Lobby
from quiz.ui.input import actions
from quiz.ui.party_start import PartyChoice
from quiz.ui.phone_link import PhoneLink
from quiz.ui.scene import Scene

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


class PartyStage(Scene):
    # Every zone's keys and every pad answer while a party screen is on top.
    input_mode = actions.ANSWERING
    every_player_keys = True

    def __init__(self, app: "Services", party: Party, lobby: Lobby, choice: PartyChoice,
                 game: int = 0, phones: Optional[PhoneLink] = None) -> None:
        super().__init__(app)
        self.party = party
        self.lobby = lobby
        self.choice = choice
        self.game = game
        self.phones = phones
