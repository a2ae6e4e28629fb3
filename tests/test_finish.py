"""Finishing a round, without a screen: the table, the top 10, saving under a name."""

import pytest

from quiz import finish
from quiz.clock import FakeClock
from quiz.finish import describe, finish_round
from quiz.kinds.choice import ChoiceQuestion
from quiz.round import Round, RoundConfig
from quiz.store import Store
from quiz.tables import TableKey

PACK = "us-and-them"


def _question(n):
    return ChoiceQuestion(id=f"q{n}", fact=f"f{n}", category="People", difficulty="easy",
                    question=f"Question {n}?", choices=("A", "B", "C", "D"), answer=0,
                    explanation="", source="test")


def _played(right, asked=3, timer=20.0, practice=False, streak_bonus=True):
    """A finished round with ``right`` right answers out of ``asked``, a second each."""
    clock = FakeClock(50.0)
    rnd = Round([_question(i) for i in range(asked)],
                RoundConfig(timer=timer, streak_bonus=streak_bonus, practice=practice), clock)
    for i in range(asked):
        clock.advance(1.0)
        rnd.answer(0 if i < right else 1)
        rnd.next()
    return rnd.results()


def _finish(results, store, timer=20.0, practice=False, streak_bonus=True, packs=(PACK,)):
    return finish_round(results, store, pack_ids=packs, timer=timer, streak_bonus=streak_bonus,
                        practice=practice)


def test_a_top_score_waits_for_a_name_then_is_saved(tmp_path):
    store = Store(tmp_path)
    results = _played(right=3)
    done = _finish(results, store)
    assert done.key == TableKey(PACK, 3, 20) and done.saves
    assert done.score == results.score > 0
    assert done.high_score and done.place == 1 and done.name_pending
    assert done.status.kind == finish.NAME_WANTED and describe(done.status) == ""
    status = done.save("  Lin   Jianqing ")
    assert status == finish.Status(finish.SAVED, name="Lin Jianqing", rank=1)
    assert describe(status) == "Saved: Lin Jianqing is number 1 in the top 10."
    assert not done.name_pending and done.saved and done.rank == 1
    assert [(e.name, e.score) for e in store.top_scores(done.key)] == [("Lin Jianqing", done.score)]
    assert done.save("Again") == status  # saved once only
    assert len(store.top_scores(done.key)) == 1
    assert store.question_stats(PACK) == {"q0": (1, 1), "q1": (1, 1), "q2": (1, 1)}


def test_an_empty_name_is_refused_and_the_score_still_waits(tmp_path):
    store = Store(tmp_path)
    done = _finish(_played(right=2), store)
    assert done.save(" \t ").kind == finish.NAME_MISSING
    assert not done.status.ok and done.name_pending and not done.saved
    assert store.all_tables() == []
    assert done.save("Ann").kind == finish.SAVED


def test_the_rank_is_the_place_among_the_scores_already_saved(tmp_path):
    store = Store(tmp_path)
    key = TableKey(PACK, 3, 20)
    best = _played(right=3).score
    for n in range(9):
        store.add_score(key, f"Old {n}", best + 100 - n, 3, 3, 3)
    done = _finish(_played(right=3), store)
    assert done.place == 10
    assert done.save("New").rank == 10
    store.add_score(key, "Better", best + 1000, 3, 3, 3)
    assert _finish(_played(right=3), store).status.kind == finish.NOT_IN_TOP  # now 11th
    assert describe(finish.Status(finish.NOT_IN_TOP)) == "Not in the top 10 this time."


@pytest.mark.parametrize("timer, practice, kind, words", [
    (None, False, finish.UNTIMED, "only timed rounds"),
    (20.0, True, finish.PRACTICE, "nothing is saved"),
    (None, True, finish.PRACTICE, "nothing is saved"),
])
def test_practice_and_untimed_rounds_save_nothing(tmp_path, timer, practice, kind, words):
    store = Store(tmp_path)
    done = _finish(_played(right=3, timer=timer, practice=practice), store, timer=timer,
                   practice=practice)
    assert not done.saves and not done.high_score and not done.name_pending
    assert done.status.kind == kind and words in describe(done.status)
    assert done.save("Ann").kind == kind
    assert store.all_tables() == [] and store.question_stats(PACK) == {}


def test_a_zero_score_is_not_a_high_score(tmp_path):
    done = _finish(_played(right=0), Store(tmp_path))
    assert done.score == 0 and not done.high_score and done.status.kind == finish.NOT_IN_TOP


def test_the_streak_bonus_off_goes_to_its_own_table(tmp_path):
    store = Store(tmp_path)
    on = _finish(_played(right=3), store)
    on.save("On")
    off = _finish(_played(right=3, streak_bonus=False), store, streak_bonus=False)
    assert off.key == TableKey(PACK, 3, 20, streak_bonus=False) != on.key
    assert off.place == 1


def test_a_store_that_cannot_save_is_told_and_tried_again(tmp_path):
    folder = tmp_path / "data"
    store = Store(folder)
    done = _finish(_played(right=3), store)
    store.close()
    folder.rename(tmp_path / "elsewhere")
    (tmp_path / "data").write_text("a file where the folder was")
    assert done.save("Ann").kind == finish.NOT_SAVED
    assert not done.status.ok and done.name_pending
    assert "could not be saved" in describe(done.status)
    (tmp_path / "data").unlink()
    (tmp_path / "elsewhere").rename(folder)
    assert done.save("Ann").kind == finish.SAVED


def test_a_programming_error_is_not_hidden(tmp_path):
    store = Store(tmp_path)
    done = _finish(_played(right=3), store)

    def broken(*args, **kwargs):
        raise AttributeError("a bug, not a full disk")

    store.add_score = broken
    with pytest.raises(AttributeError):
        done.save("Ann")


def test_every_status_has_its_words_or_is_silent_on_purpose():
    for kind in finish.STATUSES:
        words = describe(finish.Status(kind, name="Ann", rank=2))
        assert (words == "") == (kind == finish.NAME_WANTED)
