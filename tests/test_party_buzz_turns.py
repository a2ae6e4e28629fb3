"""Buzz in (first buzz alone, steals, no buzz) and Take turns (whose question it is)."""

from __future__ import annotations

from party_helpers import party, players, questions

from quiz.clock import FakeClock
from quiz.party.game import ASKING, PODIUM, REVEAL, RULE, Party, PartyConfig
from quiz.party.modes import ANSWERING
from quiz.party.modes import ASKING as BUZZING


def buzz_party(**kw):
    kw.setdefault("timer", 20.0)
    kw.setdefault("answer_seconds", 5.0)
    game, clock = party(mode="buzz", **kw)
    game.next()
    return game, clock


def test_the_first_to_buzz_gets_the_question_alone():
    game, clock = buzz_party()
    clock.advance(3)
    assert game.answer(1, 3)               # any of their keys buzzes
    assert game.buzzer == 1 and game.question_state == ANSWERING
    assert game.waiting_on == (1,)
    assert not game.answer(0, 0)           # the others can do nothing meanwhile
    assert not game.answer(2, 0)
    clock.advance(1)
    assert game.answer(1, 0)
    assert game.phase == REVEAL
    reveal = game.reveal
    assert reveal.result(1).correct and reveal.result(1).points == 925  # buzzed 3 s in
    assert not reveal.result(0).answered and not reveal.result(2).answered


def test_the_earliest_of_presses_in_one_frame_wins_the_buzz_whatever_the_order_given():
    game, clock = buzz_party()
    clock.advance(2)
    t = clock.now()
    counted = game.answers([(2, 0, t - 0.01), (0, 1, t - 0.02)])
    assert counted == [False, True]
    assert game.buzzer == 0


def test_a_wrong_answer_passes_the_question_to_the_others_for_a_steal():
    game, clock = buzz_party()
    clock.advance(2)
    game.answer(0, 0)                      # buzz
    clock.advance(1)
    game.answer(0, 2)                      # wrong
    assert game.phase == ASKING and game.question_state == BUZZING and game.buzzer is None
    assert game.waiting_on == (1, 2)
    assert not game.answer(0, 0)           # the one who missed cannot buzz again
    clock.advance(2)
    assert game.answer(2, 1)               # steal
    assert game.buzzer == 2
    game.answer(2, 0)
    reveal = game.reveal
    assert reveal.result(0).answered and reveal.result(0).chosen == 2 and reveal.result(0).points == 0
    assert reveal.result(2).correct and reveal.result(2).elapsed == 4.0  # 2 s + 2 s of buzzing time
    assert game.stats(0).streak == 0 and game.stats(2).right == 1


def test_the_countdown_stops_while_a_buzzer_chooses_and_their_own_time_runs():
    game, clock = buzz_party(timer=10.0, answer_seconds=5.0)
    clock.advance(8)
    game.answer(0, 0)
    clock.advance(4)
    game.update()
    assert game.phase == ASKING and game.buzzer == 0
    assert game.time_left() == 1.0 and game.fraction_left() == 0.2
    clock.advance(1)
    game.update()                          # out of answering time: counts as a miss
    assert game.buzzer is None and game.question_state == BUZZING
    assert game.time_left() == 2.0         # the question's countdown goes on from 8 s
    clock.advance(2)
    game.update()
    assert game.phase == REVEAL
    assert game.reveal.result(0).answered and game.reveal.result(0).chosen is None


def test_no_buzz_in_time_shows_the_answer_with_nobody_scoring():
    game, clock = buzz_party(timer=10.0)
    clock.advance(10)
    game.update()
    assert game.phase == REVEAL
    assert not any(r.answered for r in game.reveal.results)
    assert game.reveal.right == 0
    assert all(game.stats(s).answered == 0 for s in (0, 1, 2))


def test_when_everyone_has_missed_the_question_ends():
    game, clock = buzz_party(count=2)
    for seat in (0, 1):
        game.answer(seat, 0)
        game.answer(seat, 3)
    assert game.phase == REVEAL
    assert [r.chosen for r in game.reveal.results] == [3, 3]


def test_take_turns_gives_each_question_to_the_next_player_across_rounds():
    game, clock = party(mode="turns", count=3, n_questions=4, rounds=2, questions_per_round=2,
                        round_types=("normal", "final"))
    turns = []
    while game.phase != PODIUM:
        if game.phase == RULE:
            game.next()
            continue
        turns.append(game.turn)
        others = [s for s in (0, 1, 2) if s != game.turn]
        assert game.waiting_on == (game.turn,)
        assert not any(game.answer(s, 0) for s in others)
        assert game.answer(game.turn, 0)
        assert game.phase == REVEAL
        assert [r.answered for r in game.reveal.results].count(True) == 1
        game.next()
    assert turns == [0, 1, 2, 0]
    assert [game.stats(s).answered for s in (0, 1, 2)] == [2, 1, 1]


def test_take_turns_works_for_more_players_than_keyboard_zones():
    game, clock = party(mode="turns", count=8, n_questions=8)
    seen = []
    game.next()
    while game.phase != PODIUM:
        seen.append(game.turn)
        game.answer(game.turn, 0)
        game.next()
    assert seen == list(range(8))


def test_take_turns_takes_typed_answers_through_its_judge():
    def typed(question, text):
        if not isinstance(text, str) or not text.strip():
            return None
        return text.strip().casefold() == question.correct.casefold()

    game = Party(players("Ann", "Bo"), questions(2), PartyConfig(mode="turns", rounds=1,
                 questions_per_round=2, round_types=("normal",)), FakeClock(), judge=typed)
    game.next()
    assert not game.answer(0, "   ")       # nothing typed yet: not an answer
    assert game.answer(0, " a ")
    assert game.reveal.result(0).correct and game.reveal.result(0).chosen == " a "
    game.next()
    assert game.answer(1, "B")
    assert not game.reveal.result(1).correct


def test_a_player_mashing_after_a_miss_cannot_block_the_steal():
    game, clock = buzz_party(count=2)
    game.answer(0, 0)
    game.answer(0, 1)                      # the miss
    t = clock.now()
    clock.advance(1)
    mash = [(0, n % 4, t + 0.01 * n) for n in range(1, 90)]
    counted = game.answers(mash + [(1, 2, t + 0.5)])
    assert not any(counted[:-1]) and counted[-1]
    assert game.buzzer == 1
