"""Any stream of presses, waits, pauses and lost pads keeps a party's promises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from party_helpers import players, questions

from quiz.clock import FakeClock
from quiz.party.game import ASKING, PODIUM, Party, PartyConfig

STEP = st.one_of(
    st.tuples(st.just("press"), st.integers(0, 4), st.integers(-1, 5),
              st.one_of(st.none(), st.floats(-3, 1))),
    st.tuples(st.just("wait"), st.floats(0, 8)),
    st.tuples(st.just("next")),
    st.tuples(st.just("lost"), st.integers(0, 3)),
    st.tuples(st.just("back"), st.integers(0, 3)),
    st.tuples(st.just("pause")),
    st.tuples(st.just("resume")),
)
TIMER = 6.0


def apply(game, clock, step):
    kind = step[0]
    if kind == "press":
        _, seat, choice, offset = step
        game.answer(seat, choice, None if offset is None else clock.now() + offset)
    elif kind == "wait":
        clock.advance(step[1])
    elif kind == "next":
        game.next()
    elif kind == "lost":
        game.controller_lost(step[1])
    elif kind == "back":
        game.controller_back(step[1])
    else:
        getattr(game, kind)()
    game.update()


def check_reveal(mode, reveal):
    assert [r.seat for r in reveal.results] == [0, 1, 2]
    for r in reveal.results:
        assert r.points >= 0
        assert r.correct or r.points == 0
        assert not r.answered or r.elapsed is not None and 0 <= r.elapsed <= TIMER
    answered = [r for r in reveal.results if r.answered]
    if mode == "buzz":
        assert sum(r.correct for r in answered) <= 1
    if mode == "turns":
        assert len(answered) == 1
    if mode == "everyone":
        assert len(answered) == 3
    assert sum(s.score for s in reveal.after) == (sum(s.score for s in reveal.before)
                                                 + sum(r.points for r in reveal.results))


@settings(max_examples=60, deadline=None)
@given(mode=st.sampled_from(["everyone", "buzz", "turns"]), steps=st.lists(STEP, max_size=80))
def test_any_stream_of_inputs_keeps_the_party_consistent(mode, steps):
    clock = FakeClock(10.0)
    game = Party(players("Ann", "Bo", "Cy"), questions(4, difficulty="hard"),
                 PartyConfig(mode=mode, rounds=2, questions_per_round=2, timer=TIMER,
                             answer_seconds=2.0), clock)
    reveals = []
    answered = frozenset()
    ending = [("back", s) for s in range(3)] + [("resume",)]
    ending += [step for _ in range(60) for step in (("wait", 7.0), ("next",))]
    for step in steps + ending:
        apply(game, clock, step)
        if game.phase == ASKING:
            assert answered <= game.answered  # an answer once given stays given
            answered = game.answered
            left = game.time_left()
            assert left is not None and 0 <= left <= TIMER
        else:
            answered = frozenset()
        if game.reveal is not None and (not reveals or game.reveal is not reveals[-1]):
            check_reveal(mode, game.reveal)
            reveals.append(game.reveal)
    assert game.phase == PODIUM
    assert len(reveals) == 4
    podium = game.podium()
    assert sorted(e.player.seat for e in podium.entries) == [0, 1, 2]
    for entry in podium.entries:
        seat = entry.player.seat
        assert entry.score == sum(r.result(seat).points for r in reveals)
        assert entry.right == sum(r.result(seat).correct for r in reveals)
        assert entry.best_streak <= entry.right <= entry.answered
    places = [e.place for e in podium.entries]
    assert places == sorted(places) and places[0] == 1
