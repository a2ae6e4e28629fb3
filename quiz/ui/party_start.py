"""Starting a party from the lobby, and the next one from the podium, with the same players."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

from quiz.i18n import _
from quiz.party.formats import BUZZ_KINDS, KEY_KINDS, typed_fits
from quiz.party.game import Party, PartyConfig
from quiz.party.players import Lobby, Player
from quiz.party.modes import BUZZ

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


@dataclass(frozen=True)
class PartyChoice:
    """What the lobby chose; the command line may fill it."""

    mode: str = "everyone"
    rounds: int = 3
    questions: int = 5            # per round
    timer: Optional[float] = 20.0
    seed: Optional[int] = None
    phone_text: bool = True       # the question's words on the phones too, not only the options


# The kinds four keys can answer; ``quiz.party.formats`` says when typed ones join them.
PARTY_KINDS = KEY_KINDS


def deal(app: "Services", choice: PartyChoice, game: int, names: Sequence[str] = (),
         players: Optional[Sequence[Player]] = None):
    """The questions of a party: the chosen packs, a different draw for every game,
    what the players called ``names`` together have seen least first, in the kinds
    these ``players`` can answer (``quiz.party.formats``; none given: the kinds keys answer)."""
    from quiz.deck import build_deck
    from quiz.party.deck import together

    plan = app.plan_round(False)
    fixed = choice.seed is not None or plan.fixed_seed
    seed = (choice.seed if choice.seed is not None else plan.seed) + game
    # A seed from the command line gives the same party every time, so it reads no history.
    history = None if fixed or not names else together([app.store.seen(n) for n in names])
    kinds = BUZZ_KINDS if choice.mode == BUZZ else PARTY_KINDS
    if choice.mode != BUZZ and players is not None and typed_fits(choice.mode, players):
        kinds = (*kinds, "typed")
    questions = build_deck(list(plan.packs), seed, choice.rounds * choice.questions,
                           plan.category, plan.difficulty, history=history, kinds=kinds)
    if choice.mode == BUZZ:
        # Buzz in asks one option of a few; a kind without options cannot be buzzed.
        questions = [q for q in questions if getattr(q, "choices", None)]
    return questions


def record(app: "Services", party: Party) -> bool:
    """File every player's score of a finished party in the party high scores;
    False when nothing could be saved (the store has told the player why)."""
    from quiz.party.results import party_scores, party_table

    lines = party_scores(party)
    if not lines or party.question_total == 0:
        return False
    table = party_table(app.plan_round(False).pack_ids, party)
    saved = app.store.record_party(table, lines)
    if saved:
        app.last_table = table  # High scores opens on the party's table next
    return saved


def start(app: "Services", lobby: Lobby, choice: PartyChoice, game: int = 0,
          replace_top: bool = False, phones=None) -> bool:
    """Make the party and show its first round's rule; False (and a note) when nothing to ask.

    ``phones`` is the lobby's ``PhoneLink``: the party sends it each question and result.
    """
    try:
        questions = deal(app, choice, game, [p.name for p in lobby.players], lobby.players)
    except Exception as error:  # a pack that broke after discovery must not end the game
        app.notify(_("Could not make a party: {error}").format(error=error))
        return False
    if not questions:
        app.notify(_("The chosen packs have no questions for a party."))
        return False
    config = PartyConfig(mode=choice.mode, rounds=choice.rounds,
                         questions_per_round=choice.questions, timer=choice.timer)
    party = Party(lobby.players, questions, config, app.clock)
    arguments = dict(party=party, lobby=lobby, choice=choice, game=game, phones=phones)
    if replace_top:
        app.router.replace("party", **arguments)
    else:
        app.router.show("party", **arguments)
    return True
