"""The round engine, driven by a fake clock: no sleeping, no frames, no display."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.clock import FakeClock
from quiz.kinds.choice import ChoiceQuestion
from quiz.round import Answer, Phase, Round, RoundConfig
from quiz.settings import Settings

FRAME = 1 / 60


def q(n, category="People", difficulty="easy", choices=("A", "B", "C", "D"), answer=0):
    return ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category=category, difficulty=difficulty,
                          question=f"Question {n}?", choices=tuple(choices), answer=answer,
                          explanation=f"Because {n}.", source="test")


class SettableClock:
    """A clock a test can set to any reading, even an earlier one."""

    def __init__(self, t=0.0):
        self.t = t

    def now(self):
        return self.t


def make(questions=None, clock=None, **config):
    clock = clock or FakeClock(100.0)
    questions = questions if questions is not None else [q(i) for i in range(3)]
    return Round(questions, RoundConfig(**config), clock), clock


def test_asks_the_first_question_at_once():
    rnd, _ = make()
    assert rnd.phase is Phase.ASKING
    assert (rnd.index, rnd.number, rnd.total) == (0, 1, 3)
    assert rnd.question.id == "q0"
    assert rnd.time_left() == 20.0
    assert rnd.fraction_left() == 1.0
    assert rnd.elapsed() == 0.0
    assert rnd.last is None and rnd.answers == ()
    assert (rnd.score, rnd.streak, rnd.best_streak, rnd.paused) == (0, 0, 0, False)


def test_phase_is_a_string_enum():
    assert Phase.ASKING == "asking" and Phase("finished") is Phase.FINISHED


def test_a_right_answer_scores_by_speed_and_freezes_the_timer():
    rnd, clock = make()
    clock.advance(5.0)
    assert rnd.time_left() == 15.0 and rnd.fraction_left() == 0.75
    answer = rnd.answer(0)
    assert isinstance(answer, Answer)
    assert (answer.correct, answer.chosen, answer.elapsed, answer.points, answer.bonus,
            answer.streak, answer.timed_out) == (True, 0, 5.0, 875, 0, 1, False)
    assert rnd.phase is Phase.FEEDBACK and rnd.last is answer and rnd.score == 875
    clock.advance(30.0)  # reading the feedback takes no answering time
    assert rnd.time_left() == 15.0 and rnd.elapsed() == 5.0
    assert rnd.update() is None


def test_a_wrong_answer_earns_nothing_and_ends_the_streak():
    rnd, clock = make()
    rnd.answer(0)
    rnd.next()
    rnd.answer(0)
    rnd.next()
    assert rnd.streak == 2
    clock.advance(1.0)
    wrong = rnd.answer(2)
    assert (wrong.correct, wrong.points, wrong.bonus, wrong.streak, wrong.chosen) == (False, 0, 0, 0, 2)
    assert rnd.streak == 0 and rnd.best_streak == 2


def test_streak_bonus_adds_100_per_step_up_to_500():
    rnd, _ = make([q(i) for i in range(9)])
    bonuses = []
    while rnd.phase is not Phase.FINISHED:
        bonuses.append(rnd.answer(0).bonus)
        rnd.next()
    assert bonuses == [0, 100, 200, 300, 400, 500, 500, 500, 500]
    assert rnd.score == 9 * 1000 + sum(bonuses)
    assert [a.points for a in rnd.answers] == [1000 + b for b in bonuses]


def test_streak_bonus_can_be_turned_off():
    rnd, _ = make([q(i) for i in range(4)], streak_bonus=False)
    while rnd.phase is not Phase.FINISHED:
        assert rnd.answer(0).bonus == 0
        rnd.next()
    assert rnd.score == 4000 and rnd.best_streak == 4


def test_difficulty_multiplies_the_speed_points_but_not_the_bonus():
    rnd, clock = make([q(0, difficulty="hard"), q(1, difficulty="medium")])
    clock.advance(4.0)
    assert rnd.answer(0).points == 1800
    rnd.next()
    clock.advance(4.0)
    second = rnd.answer(0)
    assert (second.points, second.bonus) == (1350 + 100, 100)


def test_time_out_fires_within_one_frame_of_the_limit():
    rnd, clock = make(timer=10.0)
    start = clock.now()
    fired = None
    while fired is None:
        before = clock.now() - start
        clock.advance(FRAME)
        fired = rnd.update()
        if fired is None:
            assert clock.now() - start < 10.0
    assert before < 10.0 <= clock.now() - start < 10.0 + FRAME
    assert fired.timed_out and fired.chosen is None and not fired.correct
    assert (fired.points, fired.elapsed, fired.streak) == (0, 10.0, 0)
    assert rnd.phase is Phase.FEEDBACK and rnd.time_left() == 0.0 and rnd.fraction_left() == 0.0
    assert rnd.update() is None  # recorded once


def test_time_out_at_exactly_the_limit():
    rnd, clock = make(timer=15.0)
    clock.advance(14.999)
    assert rnd.update() is None
    clock.advance(0.001)
    assert rnd.update().timed_out


def test_a_stalled_frame_gives_no_extra_time():
    rnd, clock = make()
    clock.advance(19.9)
    assert rnd.update() is None
    clock.advance(0.5)  # the game froze for half a second; the click lands after it
    late = rnd.answer(0)
    assert late.timed_out and late.points == 0 and late.elapsed == 20.0
    assert rnd.score == 0 and rnd.streak == 0


def test_a_stall_past_the_limit_times_out_on_the_next_update_at_the_limit():
    rnd, clock = make()
    rnd.answer(0)
    rnd.next()
    clock.advance(45.0)
    fired = rnd.update()
    assert fired.timed_out and fired.elapsed == 20.0 and rnd.streak == 0
    assert rnd.best_streak == 1


def test_an_answer_just_before_the_limit_counts():
    rnd, clock = make()
    clock.advance(19.99)
    answer = rnd.answer(0)
    assert answer.correct and answer.points == 500


def test_pause_freezes_the_timer_and_hides_answers():
    rnd, clock = make()
    clock.advance(4.0)
    rnd.pause()
    assert rnd.paused
    clock.advance(100.0)
    assert rnd.time_left() == 16.0 and rnd.elapsed() == 4.0
    assert rnd.update() is None  # far past the limit on the wall clock, but paused
    assert rnd.answer(0) is None  # the question is hidden while paused
    rnd.resume()
    assert not rnd.paused and rnd.time_left() == 16.0
    clock.advance(2.0)
    answer = rnd.answer(0)
    assert answer.elapsed == 6.0 and answer.points == 850


def test_pause_and_resume_twice_are_harmless():
    rnd, clock = make()
    rnd.pause()
    clock.advance(3.0)
    rnd.pause()
    clock.advance(3.0)
    rnd.resume()
    rnd.resume()
    clock.advance(1.0)
    assert rnd.elapsed() == 1.0


def test_several_pauses_add_up():
    rnd, clock = make()
    for _ in range(5):
        clock.advance(1.0)
        rnd.pause()
        clock.advance(50.0)
        rnd.resume()
    assert rnd.elapsed() == 5.0
    clock.advance(15.0)
    assert rnd.update().timed_out


def test_pausing_during_feedback_holds_the_next_question_until_resumed():
    rnd, clock = make()
    rnd.answer(0)
    rnd.pause()
    assert rnd.next() is Phase.ASKING
    clock.advance(30.0)
    assert rnd.time_left() == 20.0 and rnd.update() is None
    rnd.resume()
    clock.advance(2.0)
    assert rnd.time_left() == 18.0


def test_the_clock_going_backwards_counts_as_no_time():
    clock = SettableClock(50.0)
    rnd, _ = make(clock=clock)
    clock.t = 55.0
    assert rnd.elapsed() == 5.0
    clock.t = 10.0  # a broken clock jumps back 45 s
    assert rnd.elapsed() == 5.0
    assert rnd.time_left() == 15.0
    clock.t = 12.0  # and then moves on normally: those 2 s count
    assert rnd.elapsed() == 7.0
    clock.t = float("nan")  # nonsense counts as no time either
    assert rnd.elapsed() == 7.0
    clock.t = 13.0
    assert rnd.answer(0).elapsed == 8.0


def test_time_left_never_grows_while_asking_whatever_the_clock_does():
    clock = SettableClock(0.0)
    rnd, _ = make(clock=clock)
    seen = []
    for reading in (1, 3, 2, 2.5, 0, 4, 1, 1.5, 9):
        clock.t = reading
        seen.append(rnd.time_left())
    assert seen == sorted(seen, reverse=True)


def test_answers_are_ignored_unless_asking():
    rnd, _ = make()
    rnd.answer(0)
    assert rnd.answer(1) is None  # a second key press during feedback
    assert len(rnd.answers) == 1
    rnd.next()
    rnd.answer(0)
    rnd.next()
    rnd.answer(0)
    assert rnd.next() is Phase.FINISHED
    assert rnd.answer(0) is None and rnd.update() is None
    assert rnd.next() is Phase.FINISHED


def test_next_is_ignored_while_asking():
    rnd, _ = make()
    assert rnd.next() is Phase.ASKING and rnd.index == 0


@pytest.mark.parametrize("choice", [4, -1, 17, True, None, "1", 1.0])
def test_choices_the_question_does_not_have_are_ignored(choice):
    rnd, _ = make()
    assert rnd.answer(choice) is None
    assert rnd.phase is Phase.ASKING and rnd.answers == ()


@pytest.mark.parametrize("choices", [("Yes", "No"), ("One", "Two", "Three")])
def test_questions_with_two_or_three_choices(choices):
    rnd, _ = make([q(0, choices=choices, answer=len(choices) - 1)])
    assert rnd.answer(len(choices)) is None  # key 3 or 4 on a shorter question
    answer = rnd.answer(len(choices) - 1)
    assert answer.correct


def test_results_cover_the_whole_round():
    questions = [q(0, "People"), q(1, "Places", "medium"), q(2, "People", "hard"),
                 q(3, "Music"), q(4, "Places")]
    rnd, clock = make(questions)
    plan = [(2.0, 0), (6.0, 1), (4.0, 0), (None, None), (10.0, 0)]
    for wait, choice in plan:
        if choice is None:
            clock.advance(25.0)
            assert rnd.update().timed_out
        else:
            clock.advance(wait)
            rnd.answer(choice)
        rnd.next()
    assert rnd.phase is Phase.FINISHED
    results = rnd.results()
    points = [950, 0, 1800, 0, 750]
    assert [a.points for a in results.answers] == points
    assert results.score == rnd.score == sum(points)
    assert (results.right, results.total, results.best_streak) == (3, 5, 1)
    assert results.accuracy == pytest.approx(0.6)
    assert results.average_time == pytest.approx((2 + 6 + 4 + 20 + 10) / 5)
    assert results.by_category == {"People": (2, 2), "Places": (1, 2), "Music": (0, 1)}
    assert list(results.by_category) == ["People", "Places", "Music"]
    assert [a.question.id for a in results.answers] == ["q0", "q1", "q2", "q3", "q4"]
    assert results.practice is False


def test_results_midway_cover_the_answers_so_far():
    rnd, _ = make()
    rnd.answer(0)
    results = rnd.results()
    assert (results.right, results.total, results.accuracy) == (1, 1, 1.0)


def test_practice_has_no_timer_but_still_shows_points():
    rnd, clock = make([q(0, difficulty="medium"), q(1)], timer=None, practice=True)
    assert rnd.time_left() is None and rnd.fraction_left() is None and rnd.limit is None
    clock.advance(300.0)
    assert rnd.update() is None and rnd.elapsed() == 300.0
    answer = rnd.answer(0)
    assert answer.points == 1500 and answer.elapsed == 300.0
    results = rnd.results()
    assert results.practice is True and results.score == 1500


def test_an_empty_round_is_finished_at_once():
    rnd, _ = make([])
    assert rnd.phase is Phase.FINISHED and rnd.question is None and rnd.total == 0
    results = rnd.results()
    assert (results.score, results.right, results.total, results.accuracy, results.average_time) \
        == (0, 0, 0, 0.0, 0.0)


def test_index_stays_on_the_last_question_when_finished():
    rnd, _ = make([q(0), q(1)])
    for _ in range(2):
        rnd.answer(0)
        rnd.next()
    assert rnd.phase is Phase.FINISHED and rnd.number == 2 and rnd.question.id == "q1"


def test_config_from_settings():
    assert RoundConfig.from_settings(Settings(timer=15, streak_bonus=False)) == \
        RoundConfig(timer=15.0, streak_bonus=False, practice=False)
    assert RoundConfig.from_settings(Settings(timer=30), practice=True) == \
        RoundConfig(timer=None, streak_bonus=True, practice=True)
    assert RoundConfig.from_settings(Settings(timer=None)).timer is None


# -- properties over random play ---------------------------------------------

actions = st.lists(st.one_of(
    st.tuples(st.just("wait"), st.floats(min_value=0, max_value=8, allow_nan=False)),
    st.tuples(st.just("answer"), st.integers(min_value=-1, max_value=4)),
    st.tuples(st.sampled_from(["update", "pause", "resume", "next"]), st.none()),
), max_size=80)


@settings(max_examples=200, deadline=None)
@given(actions, st.sampled_from([None, 10.0, 20.0]), st.booleans())
def test_random_play_keeps_the_round_consistent(steps, timer, bonus):
    questions = [q(i, difficulty=("easy", "medium", "hard")[i % 3],
                   choices=("a", "b", "c", "d")[: 2 + i % 3], answer=i % 2) for i in range(6)]
    rnd, clock = make(questions, timer=timer, streak_bonus=bonus)
    for name, value in steps:
        phase_before, left_before, count_before = rnd.phase, rnd.time_left(), len(rnd.answers)
        if name == "wait":
            clock.advance(value)
        elif name == "answer":
            rnd.answer(value)
        else:
            getattr(rnd, name)()
        left = rnd.time_left()
        if timer is None:
            assert left is None
        else:
            assert 0.0 <= left <= timer
            if rnd.phase is phase_before is Phase.ASKING and len(rnd.answers) == count_before:
                # Time on the same question only ever runs down.
                assert left <= left_before
    assert rnd.score == sum(a.points for a in rnd.answers)
    assert len(rnd.answers) <= rnd.total
    for answer in rnd.answers:
        if timer is not None:
            assert 0.0 <= answer.elapsed <= timer
        assert answer.points == 0 or answer.correct
        assert 0 <= answer.bonus <= (500 if bonus else 0)
        if answer.correct:
            factor = {"easy": 1, "medium": 1.5, "hard": 2}[answer.question.difficulty]
            assert 500 * factor <= answer.points - answer.bonus <= 1000 * factor
    results = rnd.results()
    assert results.right == sum(a.correct for a in rnd.answers)
    assert results.best_streak == max([a.streak for a in rnd.answers], default=0)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=0.6, allow_nan=False), min_size=1, max_size=400),
       st.sampled_from([10.0, 15.0, 20.0]))
def test_time_out_fires_on_the_first_frame_at_or_past_the_limit(frames, timer):
    """Whatever the frame lengths (stalls included), no answering time is gained."""
    rnd, clock = make(timer=timer)
    start = clock.now()
    for dt in frames:
        clock.advance(dt)
        fired = rnd.update()
        if clock.now() - start >= timer:
            assert fired is not None and fired.timed_out and fired.elapsed == timer
            return
        assert fired is None
