"""A party's answers join each player's history (who was asked, right or wrong, no
round), and the next party is dealt from what the table has not met."""

from __future__ import annotations

import pytest

from app_helpers import key, make_app, step
from party_helpers import party as make_party, zone_presses
from quiz.freshness import MISSES_PER_ROUND
from quiz.party import game as party_game
from quiz.party.history import asked_of
from quiz.store import Store
from quiz.ui.party_start import PartyChoice, deal

NAMES = ["Ann", "Bo", "Cy"]
ZONES = [["1", "2", "3", "4"], ["7", "8", "9", "0"], ["q", "w", "e", "r"]]

pytestmark = pytest.mark.usefixtures("silent_sound")


def _first_reveal(mode):
    game, clock = make_party(count=3, mode=mode, n_questions=3)
    game.next()  # the rule, then the first question
    seat = game.turn if mode == "turns" else 0
    game.answer(seat, 0, clock.now() + 1.0)
    if mode == "everyone":
        game.answer(1, 2, clock.now() + 1.5)
    clock.advance(30.0)
    game.update()
    assert game.phase == party_game.REVEAL
    return game.reveal


def test_everyone_answers_asks_every_seat_and_a_silent_one_timed_out():
    asked = dict(asked_of(_first_reveal("everyone"), "everyone"))
    assert sorted(asked) == [0, 1, 2]
    assert asked[0].correct and asked[0].chosen == 0
    assert not asked[1].correct and asked[1].chosen == 2
    assert asked[2].timed_out and not asked[2].correct


def test_take_turns_asks_only_the_seat_whose_turn_it_is():
    asked = asked_of(_first_reveal("turns"), "turns")
    assert [seat for seat, _ in asked] == [0] and asked[0][1].correct


def test_a_party_played_keeps_every_players_answers_and_the_next_one_asks_new_facts():
    app = make_app((1280, 720))
    try:
        app.router.show("party_lobby", names=NAMES,
                        choice=PartyChoice(rounds=1, questions=4, timer=20.0, seed=3))
        step(app)
        key(app, "UP")
        key(app, "RETURN")
        party = app.router.top.party
        asked = []
        for _ in range(40):
            if app.router.top_name == "party_podium":
                break
            if party.phase != party_game.ASKING:
                key(app, "RETURN")
                continue
            asked.append(party.question.fact)
            # any kind a party asks: Ann and Cy answer right, Bo wrong
            for seat, right in ((0, True), (1, False), (2, True)):
                for option in zone_presses(party.question, right):
                    key(app, ZONES[seat][option])
        assert app.router.top_name == "party_podium" and len(asked) == 4
        seen = app.store.seen("Bo")
        assert set(seen) == set(asked)
        assert all(not s.last_right for s in seen.values())  # Bo chose wrong every time
        assert all(s.last_right for s in app.store.seen("Ann").values())
        assert app.store.round_records("Ann") == []  # a party is no solo round
        # A party files only party tables, never a solo one.
        assert all(t.key.mode.startswith("party:") for t in app.store.all_tables())
        # Unseeded, the next party brings back a few of Bo's misses and otherwise
        # asks what none of the three has met.
        next_facts = {q.fact for q in deal(app, PartyChoice(rounds=1, questions=4), 1, NAMES)}
        assert len(next_facts) == 4 and len(next_facts & set(asked)) == MISSES_PER_ROUND
    finally:
        app.close()
    assert len(Store().answer_records("Cy")) == 4
