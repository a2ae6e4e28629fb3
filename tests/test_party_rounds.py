"""Round types: the plan of a party, fastest finger points by order, the final's double, rules."""

from __future__ import annotations

from party_helpers import party, players, questions

from quiz.clock import FakeClock
from quiz.party import rounds
from quiz.party.game import PODIUM, RULE, Party, PartyConfig


def test_a_party_of_several_rounds_ends_on_its_final_with_fastest_finger_between():
    assert rounds.plan(0) == ()
    assert rounds.plan(1) == ("normal",)
    assert rounds.plan(2) == ("normal", "final")
    assert rounds.plan(3) == ("normal", "fastest_finger", "final")
    assert rounds.plan(5) == ("normal", "fastest_finger", "normal", "fastest_finger", "final")


def test_each_round_shows_its_rule_as_a_key_and_numbers_before_it_starts():
    game = Party(players("Ann", "Bo"), questions(6), PartyConfig(rounds=3, questions_per_round=2,
                                                                 timer=15), FakeClock())
    seen = []
    while game.phase != PODIUM:
        if game.phase == RULE:
            seen.append((game.round_number, game.rule.key, dict(game.rule.params)))
        elif game.phase == "asking":
            game.answers([(0, 0, None), (1, 0, None)])
        game.next()
    assert [s[:2] for s in seen] == [(1, "normal"), (2, "fastest_finger"), (3, "final")]
    assert seen[1][2]["points"] == (400, 300, 200, 100)
    assert seen[2][2]["multiplier"] == 2 and seen[0][2]["multiplier"] == 1
    assert all(s[2]["mode"] == "everyone" and s[2]["questions"] == 2 and s[2]["timer"] == 15.0
               for s in seen)
    assert game.round_count == 3


def test_with_fewer_questions_than_planned_the_party_is_shorter_and_still_ends_on_a_final():
    game = Party(players("Ann", "Bo"), questions(3), PartyConfig(rounds=4, questions_per_round=2),
                 FakeClock())
    assert game.round_count == 2
    game.next()
    game.answers([(0, 0, None), (1, 0, None)])
    game.next()
    game.answers([(0, 0, None), (1, 0, None)])
    assert game.next() == RULE and game.rule.key == "final" and game.rule.params["questions"] == 1


def test_equal_times_share_the_better_place():
    assert rounds.places({0: 1.0, 1: 1.0, 2: 2.5, 3: 0.5}) == {3: 1, 0: 2, 1: 2, 2: 4}


def test_fastest_finger_scores_right_answers_by_order_times_the_difficulty():
    game, clock = party(count=6, n_questions=1, round_types=("fastest_finger",),
                        difficulty="medium", streak_bonus=False)
    game.next()
    for seat, choice in ((3, 0), (0, 1), (1, 0), (5, 0), (2, 0), (4, 0)):
        clock.advance(0.2)  # order decides here, not speed
        game.answer(seat, choice)
    points = {r.seat: r.points for r in game.reveal.results}
    assert points == {3: 600, 0: 0, 1: 450, 5: 300, 2: 150, 4: 150}  # 400 300 200 100 100 × 1.5
    assert game.reveal.result(3).place == 1 and game.reveal.result(4).place == 5


def test_fastest_finger_answers_at_the_same_instant_share_the_points_of_their_place():
    game, clock = party(count=3, n_questions=1, round_types=("fastest_finger",))
    game.next()
    clock.advance(1)
    t = clock.now()
    game.answers([(0, 0, t), (1, 0, t)])
    clock.advance(1)
    game.answer(2, 0)
    assert [r.points for r in game.reveal.results] == [400, 400, 200]


def test_the_final_is_worth_double_streak_bonus_included():
    game, clock = party(count=2, n_questions=2, rounds=2, questions_per_round=1,
                        round_types=("normal", "final"))
    scores = []
    for _ in range(2):
        game.next()                  # the rule
        clock.advance(4)
        game.answers([(0, 0, None), (1, 3, None)])
        scores.append(game.reveal.result(0))
        game.next()                  # leave the reveal
    normal, final = scores
    assert normal.points == 900 and normal.bonus == 0
    assert final.bonus == 200        # the 100 for a second right answer in a row, doubled
    assert final.points == 2 * (900 + 100)
    assert game.phase == PODIUM and game.stats(0).score == 900 + 2000


def test_the_lead_can_change_in_the_final():
    game, clock = party(count=2, n_questions=2, rounds=2, questions_per_round=1,
                        round_types=("normal", "final"), streak_bonus=False)
    game.next()
    game.answers([(0, 0, None), (1, 2, None)])          # Ann leads by 1000
    assert game.reveal.after[0].seat == 0
    game.next()
    game.next()
    clock.advance(4)
    game.answers([(0, 1, None), (1, 0, None)])          # Bo gets 2 × 900
    assert [s.seat for s in game.reveal.after] == [1, 0]
    assert game.reveal.after[0].score == 1800


def test_party_totals_streaks_right_answers_and_average_time_per_player():
    game, clock = party(count=2, n_questions=4, streak_bonus=True)
    game.next()
    for ann, bo in ((0, 1), (0, 0), (2, 0), (0, 0)):
        clock.advance(2)
        game.answers([(0, ann, None), (1, bo, None)])
        game.next()
    ann, bo = game.stats(0), game.stats(1)
    assert (ann.right, ann.best_streak, ann.streak, ann.answered) == (3, 2, 1, 4)
    assert (bo.right, bo.best_streak, bo.streak) == (3, 3, 3)
    assert ann.average_time == bo.average_time == 2.0
    assert ann.score == 950 + (950 + 100) + 950
    assert bo.score == 950 + (950 + 100) + (950 + 200)
