"""The party core is plain Python: it loads without pygame and ships in the package."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(f"quiz.party.{p.stem}" for p in (ROOT / "quiz" / "party").glob("*.py")
                 if p.stem != "__init__")


def test_every_party_module_imports_without_pygame():
    code = ("import sys\n"
            "sys.modules['pygame'] = None  # any import of it now fails\n"
            + "".join(f"import {m}\n" for m in MODULES))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "quiz.party.game" in MODULES and "quiz.party.players" in MODULES


def test_the_party_package_is_installed_with_the_game():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "quiz.party" in config["tool"]["setuptools"]["packages"]


def test_a_player_joining_mid_question_plays_from_the_next_question():
    from party_helpers import party as make_party
    from quiz.party import game as party_game
    from quiz.party.players import Controller, Player

    game, clock = make_party(2, n_questions=3)
    game.next()
    assert game.phase == party_game.ASKING
    late = Player(seat=5, name="Mei", controller=Controller("phone", 9), ready=True)
    assert game.join(late) and not game.join(late)          # once
    assert not game.answer(5, game.question.answer)        # not this question
    for seat in (0, 1):
        game.answer(seat, game.question.answer)
    assert game.phase == party_game.REVEAL
    assert not game.reveal.result(5).answered and game.stats(5).score == 0
    game.next()
    assert game.answer(5, game.question.answer)             # the next one is theirs
    for seat in (0, 1):
        game.answer(seat, (game.question.answer + 1) % 4)
    assert game.reveal.result(5).correct and game.stats(5).score > 0
    while game.phase != party_game.PODIUM:
        if game.phase == party_game.ASKING:
            for p in game.players:
                game.answer(p.seat, 0)
        else:
            game.next()
    assert {e.player.name for e in game.podium().entries} == {"Ann", "Bo", "Mei"}
    assert not game.join(Player(seat=6, name="Late", controller=Controller("phone", 10)))


def test_every_kind_plays_in_a_party_and_a_near_answer_earns_its_share():
    from quiz.clock import FakeClock
    from quiz.kinds.number import NumberQuestion
    from quiz.kinds.order import OrderQuestion
    from quiz.kinds.true_false import TrueFalseQuestion
    from quiz.party import game as party_game
    from quiz.party.game import Party, PartyConfig
    from party_helpers import players

    common = dict(fact="f", category="Film", difficulty="easy", question="?", explanation="",
                  source="test")
    asked = [OrderQuestion(id="o", **common, items=("a", "b", "c", "d"), order=(0, 1, 2, 3)),
             NumberQuestion(id="n", **{**common, "fact": "g"}, value=50.0, min=0.0, max=200.0,
                            step=1.0, margin=5.0),
             TrueFalseQuestion(id="t", **{**common, "fact": "h"}, answer=0)]
    clock = FakeClock(10.0)
    game = Party(players("Ann", "Bo"), asked,
                 PartyConfig(rounds=1, questions_per_round=3, round_types=("normal",)), clock)
    game.next()
    clock.advance(1.0)
    game.answer(0, (0, 1, 2, 3))
    game.answer(1, (1, 0, 2, 3))                 # two of four in place
    ann, bo = game.reveal.result(0), game.reveal.result(1)
    assert ann.correct and not bo.correct and 0 < bo.points < ann.points
    assert abs(bo.points - ann.points / 2) <= ann.points * 0.2   # about half, no bonus
    assert game.stats(1).streak == 0
    game.next()
    game.answer(0, 52.0)                          # within the margin
    game.answer(1, 150.0)                         # far off: nothing
    assert game.reveal.result(0).correct and game.reveal.result(1).points == 0
    game.next()
    game.answer(0, 0)
    game.answer(1, 1)
    assert game.reveal.result(0).correct and not game.reveal.result(1).correct
    game.next()
    assert game.phase == party_game.PODIUM
