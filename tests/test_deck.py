"""Choosing a round's questions from packs."""

import re
from collections import Counter
from dataclasses import replace

import pytest

from quiz.deck import build_deck, categories, spellings
from quiz.kinds.choice import ChoiceQuestion
from quiz.packs import discover_packs, find_pack


@pytest.fixture(scope="module")
def film_pack():
    return find_pack("us-and-them", discover_packs())


class FakePack:
    """A pack whose questions are given: facts, categories and difficulties chosen by the test."""

    def __init__(self, rows, name="fake"):
        self.id = name
        self._questions = [
            ChoiceQuestion(id=f"{name}/{fact}/{k}", fact=f"{name}/{fact}", category=category,
                     difficulty=difficulty, question=f"Q {fact} {k}?", choices=("a", "b", "c", "d"),
                     answer=0, explanation="", source="test")
            for k, (fact, category, difficulty) in enumerate(rows)
        ]

    def questions(self, seed):
        return list(self._questions)


def test_no_count_gives_every_question_once(film_pack):
    deck = build_deck([film_pack], seed=4)
    assert [q.id for q in deck] == [q.id for q in film_pack.questions(4)]
    assert len({q.id for q in deck}) == len(deck) > film_pack.question_count  # some facts both ways


def test_a_round_never_repeats_a_fact_and_spreads_categories(film_pack):
    every = categories([film_pack])
    for seed in range(10):
        deck = build_deck([film_pack], seed=seed, count=10)
        assert len(deck) == 10
        assert len({q.fact for q in deck}) == 10
        assert len({q.category for q in deck}) == min(10, len(every))
        assert set(q.difficulty for q in deck) == {"easy", "medium", "hard"}


def test_both_directions_of_one_fact_never_share_a_round():
    rows = [(f"f{i}", "Cat", "easy") for i in range(3) for _ in range(2)]  # each fact asked two ways
    pack = FakePack(rows)
    for seed in range(5):
        deck = build_deck([pack], seed=seed, count=6)
        assert len(deck) == 3  # only three facts: fewer than asked comes back
        assert len({q.fact for q in deck}) == 3


def named(text, answer):
    return re.search(rf"(?<!\w){re.escape(answer.casefold())}(?!\w)", text.casefold()) is not None


def test_no_question_in_a_round_names_another_ones_answer(film_pack):
    # Without care about one round in eight of the film did: "Where was Zhou
    # Dongyu nominated?" before "Who plays Fang Xiaoxiao?".
    for seed in range(150):
        deck = build_deck([film_pack], seed=seed, count=10)
        assert len(deck) == 10
        for q in deck:
            for other in deck:
                if other is not q:
                    answer = other.key_answer()
                    assert not answer or not named(q.question, answer), (seed, q.question, answer)


def test_a_pack_that_cannot_avoid_giving_answers_away_still_fills_its_round():
    pack = FakePack([(f"f{i}", "Cat", "easy") for i in range(4)])
    # Every question names the common right answer "a".
    pack._questions = [replace(q, question=f"Is it a or not, {i}?") for i, q in enumerate(pack._questions)]
    assert len(build_deck([pack], seed=1, count=4)) == 4


def test_category_is_matched_whatever_its_case(film_pack):
    deck = build_deck([film_pack], seed=1, count=5, category="box OFFICE")
    assert len(deck) == 5 and {q.category for q in deck} == {"Box office"}
    assert build_deck([film_pack], seed=1, category="no such thing") == []


def test_difficulty_filter_and_short_supply(film_pack):
    hard = build_deck([film_pack], seed=2, difficulty="hard")
    assert hard and {q.difficulty for q in hard} == {"hard"}
    easy_crew = build_deck([film_pack], seed=2, count=50, category="crew", difficulty="easy")
    assert 0 < len(easy_crew) < 50
    assert {(q.category, q.difficulty) for q in easy_crew} == {("Crew", "easy")}


def test_same_seed_same_round(film_pack):
    assert build_deck([film_pack], seed=9, count=10) == build_deck([film_pack], seed=9, count=10)
    rounds = {tuple(q.id for q in build_deck([film_pack], seed=s, count=10)) for s in range(5)}
    assert len(rounds) > 1


def test_mixed_difficulty_when_none_is_chosen():
    rows = [(f"e{i}", "A", "easy") for i in range(20)] + [(f"h{i}", "A", "hard") for i in range(5)]
    deck = build_deck([FakePack(rows)], seed=0, count=6)
    assert Counter(q.difficulty for q in deck) == {"easy": 3, "hard": 3}


def test_several_packs_mix_and_categories_are_sorted():
    one = FakePack([("a", "Zoo", "easy"), ("b", "apple", "medium")], "one")
    two = FakePack([("c", "Mango", "hard"), ("d", "zoo", "easy")], "two")
    assert categories([one, two]) == ["apple", "Mango", "Zoo"]
    deck = build_deck([one, two], seed=3)
    assert {q.id for q in deck} == {q.id for p in (one, two) for q in p.questions(3)}
    small = build_deck([one, two], seed=3, count=3)
    assert len(small) == 3 and len({q.category.casefold() for q in small}) == 3


def test_film_categories(film_pack):
    found = categories([film_pack])
    assert found == sorted(found, key=str.casefold)
    assert {"Cast", "Crew", "Plot", "Music", "Awards", "Box office", "Reception"} <= set(found)


def test_the_packs_count_is_what_a_round_can_ask(film_pack):
    from quiz.deck import all_questions, available

    # The Packs screen and the command line show question_count, Round settings
    # show available(): for the whole pack they are one figure.
    assert film_pack.question_count == available(all_questions([film_pack]))
    assert len(build_deck([film_pack], seed=2, count=10_000)) == film_pack.question_count


def test_available_counts_one_per_fact_under_the_filters():
    from quiz.deck import all_questions, available, build_deck

    packs = [find_pack("us-and-them", discover_packs())]
    questions = all_questions(packs)
    facts = {q.fact for q in questions}
    assert available(questions) == len(facts) < len(questions)  # some facts are asked both ways
    plot_hard = available(questions, "plot", "hard")
    assert 0 < plot_hard < available(questions, "Plot")
    # A round asked for more than is available gets exactly what is available.
    assert len(build_deck(packs, 3, count=500, category="Plot", difficulty="hard")) == plot_hard
    assert available(questions, "No such category") == 0


def _leaks(deck, names=None):
    """Questions answered by an earlier one's text, options or explanation, or sharing
    its answer, under any spelling the pack knows."""
    names = names or {}

    def spelled(q):
        # A true/false statement's answer is the fact's true value, not the word True;
        # an order question has none of its own (its items are all shown).
        key = q.subject if q.kind == "true_false" else "" if q.kind == "order" else q.right_text()
        return names.get(key.casefold(), (key,)) if key else ()

    count = 0
    for i, q in enumerate(deck):
        mine = spelled(q)
        for other in deck[:i]:
            seen = " ".join((other.question, *other.shown_texts(), other.explanation))
            if (any(named(seen, a) for a in mine)
                    or {a.casefold() for a in mine} & {a.casefold() for a in spelled(other)}):
                count += 1
                break
    return count


def test_no_round_gives_an_answer_away_in_text_options_or_explanation(film_pack):
    names = spellings([film_pack])
    assert names["liu ruoying"] == names["rene liu"]  # the check below sees every spelling
    assert sum(_leaks(build_deck([film_pack], seed=s, count=10), names) for s in range(300)) == 0
    assert sum(_leaks(build_deck([film_pack], seed=s, count=20), names) for s in range(100)) == 0


class SpelledPack(FakePack):
    """A fake pack whose people go by two names."""

    def spellings(self):
        return [("Rene Liu", "Liu Ruoying", "René"), ("Zhou Dongyu", "Zhou")]


def _spelled_pack():
    pack = SpelledPack([(f"f{i}", "Cat", "easy") for i in range(6)])
    rows = [("Who directed it?", "Rene Liu"),            # answered by the next two
            ("Who co-wrote it?", "Liu Ruoying"),         # the same person, other spelling
            ("Whom did René cast as the lead?", "Zhou Dongyu"),
            ("Where was it shot?", "Harbin"),
            ("Where is it set?", "Beijing"),
            ("Which year?", "2018")]
    pack._questions = [replace(q, question=text, choices=(answer, "x", "y", "z"), answer=0)
                       for q, (text, answer) in zip(pack._questions, rows)]
    return pack


def test_another_spelling_of_an_answer_gives_it_away_and_is_the_same_answer():
    pack = _spelled_pack()
    for seed in range(40):
        deck = build_deck([pack], seed=seed, count=4)
        assert len(deck) == 4
        answers = {q.correct for q in deck}
        assert len(answers & {"Rene Liu", "Liu Ruoying", "Zhou Dongyu"}) == 1, (seed, answers)
        assert _leaks(deck, spellings([pack])) == 0


def test_without_spellings_the_two_names_would_share_a_round():
    # The same questions from a pack that knows no spellings: the check above is
    # what keeps "Rene Liu" and "Liu Ruoying" apart.
    plain = FakePack([])
    plain._questions = _spelled_pack()._questions
    assert any({"Rene Liu", "Liu Ruoying"} <= {q.correct for q in build_deck([plain], seed=s, count=4)}
               for s in range(40))


def test_a_big_pack_with_few_distinct_answers_starts_a_round_quickly(monkeypatch):
    # Thousands of true-or-false questions: after two picks every candidate
    # shares an answer with the round, which must not cost a pass over all of
    # them for each pick.
    import quiz.deck

    checks = []
    real = quiz.deck._gives_away
    monkeypatch.setattr(quiz.deck, "_gives_away", lambda *args: checks.append(1) or real(*args))
    pack = FakePack([(f"f{i}", "Cat", "easy") for i in range(5000)])
    pack._questions = [replace(q, choices=("True", "False"), answer=i % 2)
                       for i, q in enumerate(pack._questions)]
    deck = build_deck([pack], seed=1, count=10)
    assert len(deck) == 10 and {q.correct for q in deck} == {"True", "False"}
    assert len(checks) < 2000  # a pass over the pack per pick would be 40,000


def test_long_look_alike_answers_are_checked_quickly():
    # Answers of 200 letters differing only at the end, in questions full of the
    # same letter: a whole-words search alone would crawl through every one.
    import time

    pack = FakePack([(f"f{i}", "Cat", "easy") for i in range(2000)])
    pack._questions = [replace(q, question="Q? " + "a" * 990,
                               choices=("a" * 199 + str(i % 10), "b" * 200, "c" * 200, "d" * 200),
                               answer=0, explanation="e" + "a" * 999)
                       for i, q in enumerate(pack._questions)]
    started = time.perf_counter()
    deck = build_deck([pack], seed=1, count=10)
    assert time.perf_counter() - started < 1.0
    assert len({q.correct for q in deck}) == 10
