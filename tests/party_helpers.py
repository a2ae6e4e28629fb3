"""Questions, players and a party on a FakeClock, for the party tests."""

from __future__ import annotations

from quiz.clock import FakeClock
from quiz.kinds.choice import ChoiceQuestion
from quiz.party.game import Party, PartyConfig
from quiz.party.players import Controller, Lobby


def questions(count, difficulty="easy", answer=0):
    """``count`` four-option questions whose right option is ``answer``."""
    return [ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category="Film", difficulty=difficulty,
                     question=f"Question {n}?", choices=("A", "B", "C", "D"), answer=answer,
                     explanation="", source="test")
            for n in range(count)]


def players(*names):
    lobby = Lobby()
    for zone, name in enumerate(names):
        lobby.join(Controller("keyboard", zone) if zone < 4 else Controller("pad", zone), name)
    return lobby.players


def party(count=3, mode="everyone", n_questions=3, clock=None, **config):
    config.setdefault("rounds", 1)
    config.setdefault("questions_per_round", n_questions)
    config.setdefault("round_types", ("normal",) * config["rounds"])
    clock = clock or FakeClock(100.0)
    names = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"][:count]
    asked = questions(n_questions, difficulty=config.pop("difficulty", "easy"),
                      answer=config.pop("answer", 0))
    game = Party(players(*names), asked,
                 PartyConfig(mode=mode, **config), clock)
    return game, clock
