"""Everyone answers: hidden answers, first answer final, same-instant presses, mashing, time-outs."""

from __future__ import annotations

from party_helpers import party

from quiz.party.game import ASKING, REVEAL


def started(**kw):
    game, clock = party(**kw)
    game.next()
    assert game.phase == ASKING
    return game, clock


def test_answers_stay_hidden_until_everyone_has_answered():
    game, clock = started()
    clock.advance(2)
    assert game.answer(0, 0)
    assert game.answer(1, 2)
    assert game.phase == ASKING and game.reveal is None
    assert game.answered == {0, 1}
    assert game.waiting_on == (2,)
    assert game.answer(2, 0)
    assert game.phase == REVEAL
    reveal = game.reveal
    assert reveal.right == 0
    assert reveal.chose(0) == (0, 2) and reveal.chose(2) == (1,)
    assert [r.correct for r in reveal.results] == [True, False, True]


def test_a_players_first_answer_is_final():
    game, clock = started(count=2)
    assert game.answer(0, 1)          # wrong
    assert not game.answer(0, 0)      # changing to the right one does nothing
    game.answer(1, 0)
    result = game.reveal.result(0)
    assert result.chosen == 1 and not result.correct and result.points == 0


def test_an_option_the_question_does_not_have_is_ignored_and_not_final():
    game, _ = started(count=2)
    assert not game.answer(0, 7)
    assert not game.answer(0, True)
    assert not game.answer(9, 0)      # nobody sits there
    assert game.answered == frozenset()
    assert game.answer(0, 0)


def test_two_answers_at_the_same_instant_both_count_each_timed_when_it_came():
    game, clock = started()
    clock.advance(10)
    arrived = clock.now() - 6          # both pressed 4 s in, handled in a later frame
    assert game.answers([(1, 0, arrived), (0, 0, arrived)]) == [True, True]
    game.answer(2, 0)
    assert game.stats(0).total_time == game.stats(1).total_time == 4.0
    reveal = game.reveal
    assert reveal.result(0).points == reveal.result(1).points == 900  # 1000 × (1 − 4/20/2)
    assert reveal.result(2).points == 750                            # 10 s in


def test_a_player_mashing_keys_cannot_block_another():
    game, clock = started(count=2)
    t = clock.now()
    mash = [(0, option % 4, t + 1 + n * 0.001) for n, option in enumerate(range(1, 200))]
    clock.advance(3)
    counted = game.answers(mash + [(1, 0, t + 1.1)])
    assert counted[0] and not any(counted[1:-1])
    assert counted[-1]
    assert game.phase == REVEAL
    assert game.reveal.result(0).chosen == 1
    assert game.reveal.result(1).correct


def test_a_press_from_before_the_question_appeared_does_not_answer_it():
    game, clock = started(count=2)
    assert not game.answer(0, 0, at=clock.now() - 0.5)
    assert game.answered == frozenset()


def test_time_up_times_out_whoever_has_not_answered():
    game, clock = started(timer=10.0)
    game.answer(0, 0)
    clock.advance(9.9)
    game.update()
    assert game.phase == ASKING
    clock.advance(0.1)
    game.update()
    assert game.phase == REVEAL
    late = game.reveal.result(1)
    assert late.answered and late.chosen is None and not late.correct and late.elapsed == 10.0
    assert game.stats(1).answered == 1 and game.stats(1).average_time == 10.0


def test_an_answer_handled_after_the_limit_is_a_time_out():
    game, clock = started(count=2, timer=10.0)
    clock.advance(12)
    assert not game.answer(0, 0)
    assert game.phase == REVEAL
    assert game.reveal.result(0).chosen is None


def test_the_ranking_before_and_after_each_question_is_in_the_reveal():
    game, clock = started(count=2, n_questions=2)
    game.answers([(0, 1, None), (1, 0, None)])
    first = game.reveal
    assert [s.seat for s in first.before] == [0, 1] and first.before[0].tied
    assert [s.seat for s in first.after] == [1, 0]
    game.next()
    clock.advance(0.3)
    game.answers([(0, 0, None), (1, 2, None)])
    assert [s.score for s in game.reveal.before] == [1000, 0]
    assert [(s.seat, s.score) for s in game.reveal.after] == [(0, 1000), (1, 1000)]
    assert all(s.tied and s.place == 1 for s in game.reveal.after)
