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
