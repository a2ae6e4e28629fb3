"""Whole parties: three players in each mode to the podium, ties, play again, pads lost and back."""

from __future__ import annotations

import pytest
from party_helpers import party, players, questions

from quiz.clock import FakeClock
from quiz.party.game import ASKING, PODIUM, REVEAL, RULE, Party, PartyConfig


def play_to_podium(game, clock, choose):
    """Drive a party; ``choose(game)`` gives the frame's presses."""
    reveals = 0
    for _ in range(1000):
        if game.phase == PODIUM:
            return reveals
        if game.phase == ASKING:
            clock.advance(1)
            game.answers(choose(game))
            game.update()
        if game.phase == REVEAL:
            reveals += 1
        game.next()
    raise AssertionError("the party never reached its podium")


@pytest.mark.parametrize("mode", ["everyone", "buzz", "turns"])
def test_a_three_player_party_in_each_mode_reaches_a_podium_of_everyone(mode):
    clock = FakeClock(50.0)
    config = PartyConfig(mode=mode, rounds=3, questions_per_round=2, timer=10.0)
    game = Party(players("Ann", "Bo", "Cy"), questions(6), config, clock)
    assert game.phase == RULE

    def choose(g):
        if mode == "buzz":
            # Cy buzzes first and always misses; Ann steals.
            if g.buzzer is None:
                return [(2, 0, None)] if 2 in g.waiting_on else [(0, 0, None)]
            return [(g.buzzer, 0 if g.buzzer == 0 else 3, None)]
        # Ann always right, Bo right on odd seconds, Cy always wrong.
        return [(0, 0, None), (1, int(clock.now()) % 2, None), (2, 1, None)]

    assert play_to_podium(game, clock, choose) == 6
    result = game.podium()
    assert [e.player.name for e in result.entries][0] == "Ann"
    assert {e.player.seat for e in result.entries} == {0, 1, 2}
    cy = next(e for e in result.entries if e.player.name == "Cy")
    assert cy.right == 0 and cy.score == 0 and cy.best_streak == 0
    ann = result.entries[0]
    assert ann.right == (2 if mode == "turns" else 6)
    assert ann.best_streak == ann.right
    assert ann.average_time > 0
    assert result.winners == (ann,)


def test_ties_on_the_podium_share_a_place_and_are_stated():
    game, clock = party(count=4, n_questions=1)
    game.next()
    t = clock.now()
    game.answers([(0, 0, t), (1, 0, t), (2, 1, t), (3, 2, t)])
    game.next()
    result = game.podium()
    assert [(e.place, e.tied) for e in result.entries] == [(1, True), (1, True), (3, True),
                                                          (3, True)]
    assert [e.player.seat for e in result.entries] == [0, 1, 2, 3]
    assert result.ties == ((0, 1), (2, 3))
    assert len(result.winners) == 2


def test_a_clear_order_has_no_ties():
    game, clock = party(count=3, n_questions=2)
    game.next()
    game.answers([(0, 0, None), (1, 0, None), (2, 1, None)])
    game.next()
    game.answers([(0, 0, None), (1, 1, None), (2, 1, None)])
    game.next()
    result = game.podium()
    assert [(e.player.seat, e.place, e.tied) for e in result.entries] == [
        (0, 1, False), (1, 2, False), (2, 3, False)]
    assert result.ties == ()


def test_play_again_keeps_the_players_and_starts_from_nothing():
    game, clock = party(count=3, n_questions=1)
    game.next()
    game.answers([(0, 0, None), (1, 0, None), (2, 0, None)])
    game.next()
    again = game.play_again(questions(2))
    assert again.players == game.players
    assert again.phase == RULE and again.config == game.config
    assert all(again.stats(p.seat).score == 0 for p in again.players)
    assert game.stats(0).score > 0


def test_a_pad_lost_mid_question_pauses_the_party_and_its_time_until_it_is_back():
    game, clock = party(count=3, n_questions=1, timer=10.0)
    game.next()
    clock.advance(3)
    game.answer(0, 0)
    game.controller_lost(1)
    assert game.paused and [p.name for p in game.waiting_for] == ["Bo"]
    assert game.waiting_for[0].controller.describe() == "keyboard zone 2"
    clock.advance(60)
    game.update()
    assert game.phase == ASKING and game.time_left() == 7.0
    assert not game.answer(2, 0)                     # nothing counts while paused
    assert game.waiting_on == ()
    assert game.next() == ASKING
    game.controller_back(1)
    assert not game.paused and game.time_left() == 7.0
    assert not game.answer(2, 0, at=clock.now() - 1)  # pressed during the pause
    clock.advance(2)
    game.answers([(1, 0, None), (2, 0, None)])
    assert game.phase == REVEAL
    assert game.reveal.result(1).elapsed == 5.0       # 3 s before the pause, 2 s after


def test_two_pads_lost_wait_for_both_and_esc_holds_on_its_own():
    game, clock = party(count=3, n_questions=1, timer=10.0)
    game.next()
    game.controller_lost(2)
    game.controller_lost(0)
    game.controller_lost(7)                            # nobody sits there
    assert [p.seat for p in game.waiting_for] == [0, 2]
    game.controller_back(2)
    assert game.paused and [p.seat for p in game.waiting_for] == [0]
    game.pause()
    game.controller_back(0)
    assert game.paused and game.waiting_for == ()
    clock.advance(30)
    game.resume()
    assert not game.paused and game.time_left() == 10.0


def test_a_pad_lost_while_its_player_chooses_after_a_buzz_stops_their_time_too():
    game, clock = party(mode="buzz", count=3, n_questions=1, timer=20.0, answer_seconds=5.0)
    game.next()
    game.answer(1, 0)
    clock.advance(2)
    game.controller_lost(1)
    clock.advance(30)
    game.update()
    assert game.buzzer == 1 and game.time_left() == 3.0
    game.controller_back(1)
    assert game.answer(1, 0)
    assert game.reveal.result(1).correct


def test_a_pad_lost_during_a_reveal_holds_the_party_there():
    game, clock = party(count=2, n_questions=2)
    game.next()
    game.answers([(0, 0, None), (1, 0, None)])
    game.controller_lost(0)
    assert game.next() == REVEAL
    game.controller_back(0)
    assert game.next() == ASKING and game.time_left() == 20.0


def test_a_party_needs_two_to_eight_players_in_different_seats_and_a_known_mode():
    with pytest.raises(ValueError):
        Party(players("Ann"), questions(1), PartyConfig(), FakeClock())
    ann = players("Ann", "Bo")[0]
    with pytest.raises(ValueError):
        Party((ann, ann), questions(1), PartyConfig(), FakeClock())
    with pytest.raises(ValueError):
        Party(players("Ann", "Bo"), questions(1), PartyConfig(mode="chaos"), FakeClock())


def test_a_party_with_no_questions_goes_straight_to_its_podium():
    game = Party(players("Ann", "Bo"), [], PartyConfig(), FakeClock())
    assert game.phase == PODIUM and game.round_count == 0
    assert [e.score for e in game.podium().entries] == [0, 0]


class JumpyClock:
    """A clock that may jump back or break, which the party must read as standing still."""

    def __init__(self, readings):
        self.readings = list(readings)

    def now(self):
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]


def test_a_clock_that_jumps_back_or_breaks_gives_no_extra_time():
    clock = JumpyClock([100.0, 100.0, 104.0, 90.0, float("nan"), 104.0, 105.0])
    game = Party(players("Ann", "Bo"), questions(1), PartyConfig(timer=10.0), clock)
    game.next()                       # asked at 100
    assert game.time_left() == 6.0    # 104
    assert game.time_left() == 6.0    # 90: held at 104
    assert game.time_left() == 6.0    # nan: held at 104
    assert game.time_left() == 6.0    # 104
    assert game.answer(0, 0)          # 105
    game.answer(1, 0)
    assert game.reveal.result(0).elapsed == 5.0


def test_a_reveal_gives_the_right_answer_in_the_form_its_kind_answers_take():
    # the phones are sent it: an option, the order of the items, the number, the text
    from kinds_helpers import one_of_each_kind
    from quiz.party.game import Reveal

    for question in one_of_each_kind():
        right = Reveal(question, None, (), (), ()).right
        assert question.accepts(right) and question.credit(right) == 1.0, question.kind


def test_an_order_unfinished_when_time_runs_out_keeps_the_picks_in_their_right_place():
    from kinds_helpers import one_of_each_kind

    order = next(q for q in one_of_each_kind() if q.kind == "order")
    clock = FakeClock(100.0)
    game = Party(players("Ann", "Bo", "Cy"), [order],
                 PartyConfig(rounds=1, questions_per_round=1, round_types=("normal",), timer=10.0),
                 clock)
    game.next()
    assert game.phase == ASKING
    right_two = tuple(order.order[:2])
    wrong_two = (order.order[1], order.order[0])
    game.hold_unfinished(0, right_two)          # Ann: two placed, both in their right place
    game.hold_unfinished(1, wrong_two)          # Bo: two placed, both out of place
    clock.advance(10.0)
    game.update()
    assert game.phase == REVEAL
    ann, bo, cy = (game.reveal.result(seat) for seat in (0, 1, 2))
    assert ann.kept == right_two and ann.points > 0 and not ann.correct and ann.streak == 0
    assert bo.kept == wrong_two and bo.points == 0
    assert cy.kept is None and cy.points == 0
    # half the items in place: half of what a whole right order at the last moment earns
    late = FakeClock(100.0)
    whole = Party(players("Ann", "Bo"), [order],
                  PartyConfig(rounds=1, questions_per_round=1, round_types=("normal",), timer=10.0),
                  late)
    whole.next()
    late.advance(10.0 - 1e-6)
    whole.answer(0, tuple(order.order))
    whole.answer(1, wrong_two + tuple(order.order[2:]))
    full = whole.reveal.result(0)
    assert full.correct
    assert abs(ann.points - (full.points - full.bonus) * 0.5) <= 1


def test_picks_held_after_answering_or_for_another_question_are_not_kept():
    from kinds_helpers import one_of_each_kind

    order = next(q for q in one_of_each_kind() if q.kind == "order")
    clock = FakeClock(100.0)
    game = Party(players("Ann", "Bo"), [order, order],
                 PartyConfig(rounds=1, questions_per_round=2, round_types=("normal",), timer=10.0),
                 clock)
    game.next()
    game.hold_unfinished(0, tuple(order.order[:2]))
    clock.advance(10.0)
    game.update()
    game.next()                                  # the second question starts with nothing held
    clock.advance(10.0)
    game.update()
    assert game.reveal.result(0).kept is None and game.reveal.result(0).points == 0
