"""The question generator, checked over every question of the film for several seeds."""

import random
import re
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from quiz.distractors import longest_share, overlap_share
from quiz.facts.loader import load_film
from quiz.facts.records import DateValue, NumberValue, OneOf, Ref
from quiz.generator import generate
from quiz.model import DIFFICULTIES
from quiz.numbers import format_number, near_dates, near_numbers
from quiz.paths import questions_dir

SEEDS = range(8)
TEST_FILM = Path(__file__).parent / "films" / "paper-lantern.yaml"


@pytest.fixture(scope="module")
def film():
    return load_film(questions_dir() / "us-and-them")


@pytest.fixture(scope="module")
def made_up():
    return load_film(TEST_FILM)


@pytest.fixture(scope="module")
def runs(film):
    # The four-option questions; the other kinds have their own test files.
    return {seed: [q for q in generate(film, seed) if q.kind == "choice"] for seed in SEEDS}


def all_questions(runs):
    return [q for questions in runs.values() for q in questions]


def owners(film):
    """Every spelling of every entity, mapped to the entity's id."""
    return {name.casefold(): e.id for e in film.entities.values() for name in e.names}


def fact_of(film, question):
    """The fact a question was made from: its id names it (its ``fact`` may name the one it is
    the same as)."""
    fact_id = question.id.split("/")[1]
    return next((f for f in film.facts if f.id == fact_id), None)


def answer_value(film, question):
    """The fact value the question asks for (None for plot order and group questions)."""
    fact = fact_of(film, question)
    if fact is None:
        return None
    key = question.id.split("/")[-1]
    return fact.values.get(key)


# ---------------------------------------------------------------- size and shape


def test_at_least_120_distinct_questions_in_six_categories(runs):
    questions = runs[0]
    assert len({q.id for q in questions}) == len(questions) >= 120
    per_category = Counter(q.category for q in questions)
    big = [c for c, n in per_category.items() if n >= 5]
    assert len(big) >= 6, per_category


def test_at_least_250_distinct_questions_across_the_kinds_and_25_of_each(film):
    from quiz.kinds import KINDS

    ids = None
    for seed in range(4):
        made = generate(film, seed)
        per_kind = Counter(q.kind for q in made)
        assert set(per_kind) == set(KINDS)
        assert all(per_kind[kind] >= 25 for kind in KINDS), per_kind
        assert len({q.id for q in made}) == len(made) >= 250
        # the same questions whatever the seed: the seed picks wording and options only
        if ids is None:
            ids = {q.id for q in made}
        assert {q.id for q in made} == ids


def test_every_difficulty_is_used(runs):
    assert set(q.difficulty for q in runs[0]) == set(DIFFICULTIES)


def test_an_exact_calendar_date_is_never_easy(film, runs):
    # The stated difficulty rule: nobody remembers a day of the month without effort.
    days = [q for q in all_questions(runs)
            if isinstance(answer_value(film, q), DateValue) and answer_value(film, q).precision == "day"]
    assert days, "the film asks for exact dates, so the rule must have something to check"
    assert [q.id for q in days if q.difficulty == "easy"] == []


def test_same_seed_same_questions_and_other_seeds_differ(film, runs):
    assert [q for q in generate(film, 3) if q.kind == "choice"] == runs[3]
    assert [q.id for q in runs[0]] != [q.id for q in runs[1]]
    assert {q.id: q.choices for q in runs[0]} != {q.id: q.choices for q in runs[1]}


def test_ids_and_facts_are_stable_across_seeds(runs):
    first = {q.id: (q.fact, q.category, q.difficulty, q.source) for q in runs[0]}
    for questions in runs.values():
        assert {q.id: (q.fact, q.category, q.difficulty, q.source) for q in questions} == first


def test_phrasings_vary_with_the_seed(runs):
    texts = {}
    for questions in runs.values():
        for q in questions:
            texts.setdefault(q.id, set()).add(q.question)
    assert sum(len(t) > 1 for t in texts.values()) >= 40


def test_every_question_is_well_formed(film, runs):
    for q in all_questions(runs):
        assert q.kind == "choice" and list(q.to_dict()) == list(q.json_fields())
        assert len(q.choices) == 4, q
        assert len({c.casefold() for c in q.choices}) == 4, q
        assert 0 <= q.answer < 4
        assert q.difficulty in DIFFICULTIES
        assert q.question.strip() and q.explanation.strip() and q.source.strip()
        assert q.correct.casefold() not in q.question.casefold(), q
        film_id, item_id = q.id.split("/")[:2]
        fact = next((f for f in film.facts if f.id == item_id), None)
        # a fact the same as another is asked under that one's name
        assert q.fact.split("/")[:2] == [film_id, fact.same_as or item_id if fact else item_id]
        assert "{" not in q.question + q.explanation + "".join(q.choices), q


def test_no_negative_or_all_of_the_above_questions(runs):
    for q in all_questions(runs):
        text = " ".join([q.question, *q.choices])
        assert not re.search(r"\b(NOT|EXCEPT)\b", text), q
        assert not re.search(r"(all|none|both) of the above", text, re.I), q


def test_explanations_are_one_sentence(runs):
    for q in runs[0]:
        # A full stop followed by a capital would start a second sentence.
        assert not re.search(r"[.!?]\s+[A-Z]", q.explanation), q.explanation
        assert q.explanation.endswith((".", "!", "?", '."')), q.explanation


def test_options_are_alike_in_length(runs):
    for q in runs[0]:
        lengths = sorted(len(c) for c in q.choices)
        assert lengths[-1] <= 4 * lengths[0] + 12, q.choices


# ---------------------------------------------------------------- never a falsehood


def test_no_option_is_another_spelling_of_another_option(film, runs):
    spelling = owners(film)
    for q in all_questions(runs):
        ids = [spelling[c.casefold()] for c in q.choices if c.casefold() in spelling]
        assert len(ids) == len(set(ids)), q


def test_no_wrong_option_is_also_true(film, runs):
    """Members of an any-of-these value (co-nominees, the stars) are never wrong answers."""
    spelling = owners(film)
    checked = 0
    for q in all_questions(runs):
        value = answer_value(film, q)
        if not isinstance(value, OneOf):
            continue
        true_ids = {v.entity.id for v in value.items if isinstance(v, Ref)}
        true_texts = {v.show().casefold() for v in value.items}
        for index, choice in enumerate(q.choices):
            if index != q.answer:
                assert choice.casefold() not in true_texts, q
                assert spelling.get(choice.casefold()) not in true_ids, q
        checked += 1
    assert checked >= 3 * len(SEEDS)


def test_people_spelled_two_ways_are_one_entity(film):
    spelling = owners(film)
    same = [("Rene Liu", "Liu Ruoying"), ("Rene Liu", "René"), ("George Chen", "Chen Jianwe"),
            ("David Ke", "Ge Dawei"), ("Zhang Yibai", "Zhang Biyai"),
            ("Fang Xiaoxiao", "Xiaoxiao Fang"), ("Lin Jianqing", "Jianqing"),
            ("Tianjin Maoyan Culture Media", "Maoyuan")]
    for a, b in same:
        assert spelling[a.casefold()] == spelling[b.casefold()], (a, b)
    for entity in film.entities.values():
        if len(entity.names) > 1 and entity.kind == "person":
            assert entity.note, entity.id


def test_awards_are_only_ever_nominations(runs):
    for q in all_questions(runs):
        text = " ".join([q.question, q.explanation, *q.choices]).casefold()
        assert not re.search(r"\b(won|wins?|winner|winning|awarded)\b", text), q


def test_players_never_read_about_the_source_articles_layout(runs):
    # Players have not seen the article: a question or explanation that cites its
    # infobox, sections or tables speaks about our source, not about the film.
    layout = re.compile(r"\b(article|infobox|section|table|listed|cast list)\b")
    for q in all_questions(runs):
        text = " ".join([q.question, q.explanation, *q.choices]).casefold()
        assert not layout.search(text), q


def test_best_new_director_has_no_named_nominee(film, runs):
    for q in all_questions(runs):
        if "best new director" in " ".join([q.question, q.correct]).casefold():
            # Only the film-level question may offer it, and only when it is right.
            assert q.fact.endswith("/golden-horse-categories"), q
            assert q.correct == "Best New Director"
        for index, choice in enumerate(q.choices):
            if choice == "Best New Director" and index != q.answer:
                assert not any(name in q.question for name in ("Liu", "Yuan Yuan", "Liao")), q


def test_the_actor_without_a_role_is_never_a_wrong_answer_for_a_role(film, runs):
    for q in all_questions(runs):
        fact = fact_of(film, q)
        if fact is not None and fact.relation == "plays":
            assert "Qu Zheming" not in q.choices


def test_theme_song_writers_are_not_offered_for_each_other(runs):
    for q in all_questions(runs):
        if q.fact.endswith("/theme-composer"):
            assert not {"David Ke", "Ge Dawei"} & set(q.choices)
        if q.fact.endswith("/theme-lyricist"):
            assert not {"George Chen", "Chen Jianwe"} & set(q.choices)


def test_each_fact_names_an_article_section(film):
    sections = {"Infobox", "Lead", "Plot", "Cast", "Production", "Music", "Release",
                "Box office", "Critical response", "Accolades"}
    for fact in film.facts + film.sequences + film.groups:
        assert fact.section in sections, fact.id


def test_plot_order_answers_are_the_earliest_or_latest(film, runs):
    for seq in film.sequences:
        rank = {item: i for i, item in enumerate(seq.items)}
        for q in all_questions(runs):
            if not q.fact.startswith(f"{film.id}/{seq.id}/"):
                continue
            order = [rank[c] for c in q.choices]
            want = min(order) if "/first-" in q.id else max(order)
            assert rank[q.correct] == want, q


def test_group_answers_are_members_and_the_rest_are_not(film, runs):
    for group in film.groups:
        for q in all_questions(runs):
            if q.fact.startswith(f"{film.id}/{group.id}/"):
                assert q.correct in group.members
                assert all(c in group.others for i, c in enumerate(q.choices) if i != q.answer)


# ---------------------------------------------------------------- numbers and dates


def shape(text):
    return re.sub(r"[\d,.]+", "N", text)


def test_numbers_and_dates_are_sorted_near_and_in_the_same_format(film, runs):
    seen = 0
    for q in all_questions(runs):
        value = answer_value(film, q)
        if isinstance(value, NumberValue):
            numbers = [float(re.sub(r"[^\d.\-]", "", c.replace(",", ""))) for c in q.choices]
            assert numbers == sorted(numbers), q
            right = numbers[q.answer]
            assert all(abs(n - right) <= abs(right) * 1.0 + 10 for n in numbers), q
            assert len({shape(c) for c in q.choices}) == 1, q
            places = {len(re.search(r"-?[\d,]+(?:\.(\d+))?", c).group(1) or "") for c in q.choices}
            assert len(places) == 1, q
            if value.low is not None:
                assert min(numbers) >= float(value.low)
            if value.high is not None:
                assert max(numbers) <= float(value.high)
        elif isinstance(value, DateValue):
            shape_of = {"day": "%B %d, %Y", "month": "%B %Y", "year": "%Y"}[value.precision]
            days = [datetime.strptime(c, shape_of) for c in q.choices]
            assert days == sorted(days), q
            # near: days one to three weeks apart, years one or two (skipping true ones)
            widest = {"day": datetime(2001, 4, 1), "month": datetime(2002, 1, 1),
                      "year": datetime(2009, 1, 1)}[value.precision] - datetime(2001, 1, 1)
            assert max(days) - min(days) <= widest, q
        else:
            continue
        seen += 1
    assert seen >= 10 * len(SEEDS)


# ---------------------------------------------------------------- guessing tricks


def test_right_answer_sits_at_each_position_equally(runs):
    for questions in runs.values():
        counts = Counter(q.answer for q in questions)
        assert max(counts.values()) - min(counts.values()) <= 1, counts


def test_picking_the_longest_option_wins_about_a_quarter(runs):
    questions = all_questions(runs)
    rate = sum(longest_share(q.choices, q.answer) for q in questions) / len(questions)
    assert 0.18 <= rate <= 0.30, rate


def test_picking_the_option_sharing_most_words_wins_about_a_quarter(runs):
    questions = all_questions(runs)
    rate = sum(overlap_share(q.question, q.choices, q.answer) for q in questions) / len(questions)
    assert 0.18 <= rate <= 0.31, rate

    # The same trick counting every word, small ones too.
    def plain(text):
        return set(re.findall(r"\w+", text.casefold()))

    total = 0.0
    for q in questions:
        counts = [len(plain(q.question) & plain(c)) for c in q.choices]
        tied = [i for i, n in enumerate(counts) if n == max(counts)]
        total += 1 / len(tied) if q.answer in tied else 0
    assert total / len(questions) <= 0.32


def test_picking_the_middle_of_sorted_numbers_wins_about_half(film, runs):
    middle = total = 0
    for q in all_questions(runs):
        if isinstance(answer_value(film, q), (NumberValue, DateValue)):
            total += 1
            middle += q.answer in (1, 2)
    assert total >= 10 * len(SEEDS)
    assert 0.38 <= middle / total <= 0.62, middle / total


# ---------------------------------------------------------------- any film


def test_a_made_up_film_gets_fair_questions_from_the_same_code(made_up):
    for seed in range(5):
        questions = [q for q in generate(made_up, seed) if q.kind == "choice"]
        assert len(questions) == len({q.id for q in questions}) >= 20
        assert all(q.id.startswith("paper-lantern/") for q in questions)
        for q in questions:
            assert len({c.casefold() for c in q.choices}) == 4
            assert q.correct.casefold() not in q.question.casefold()
            assert "Us and Them" not in q.question + q.explanation


def test_two_spellings_and_shared_values_are_never_wrong_answers(made_up):
    spelling = owners(made_up)
    for seed in range(10):
        for q in [q for q in generate(made_up, seed) if q.kind == "choice"]:
            ids = [spelling[c.casefold()] for c in q.choices if c.casefold() in spelling]
            assert len(ids) == len(set(ids)), q
            # A pool entry that is another name of an entity is shown by the entity's first name.
            assert "The Keeper" not in q.choices
            if q.id == "paper-lantern/job-mayor/who":
                assert "The Baker" not in q.choices  # the baker bakes too: also true
            if q.id == "paper-lantern/job-baker/who":
                assert "The Mayor" not in q.choices
            if q.id == "paper-lantern/lantern-colours/colour":
                assert len({"Red", "Green"} & set(q.choices)) == 1


def test_month_precision_and_bounds(made_up):
    for seed in range(10):
        by_id = {q.id: q for q in generate(made_up, seed)}
        month = by_id["paper-lantern/release/month"]
        assert all(re.fullmatch(r"[A-Z][a-z]+ \d{4}", c) for c in month.choices)
        rating = by_id["paper-lantern/budget/rating"]
        assert all(re.fullmatch(r"\d\.\d\d/10", c) for c in rating.choices)
        assert all(0 <= float(c.split("/")[0]) <= 10 for c in rating.choices)


# ---------------------------------------------------------------- near misses, for any number


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("10000000"), places=2,
                   allow_nan=False, allow_infinity=False),
       st.integers(0, 2), st.integers(0, 3), st.integers(0, 10**6))
def test_near_numbers_are_distinct_on_the_right_side_and_look_alike(value, places, below, seed):
    value = value.quantize(Decimal(1).scaleb(-places)) if places else value.to_integral_value()
    if value <= 0:
        return
    found = near_numbers(value, places, below, random.Random(seed))
    if found is None:  # no room below a small positive number
        assert below > 0
        return
    assert sum(v < value for v in found) == below and sum(v > value for v in found) == 3 - below
    shown = [format_number(v, places) for v in [value, *found]]
    assert len(set(shown)) == 4
    assert all(v > 0 for v in found)
    assert all(("." in s) == (places > 0) for s in shown)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from(["day", "month", "year"]), st.integers(0, 3), st.integers(0, 10**6))
def test_near_dates_are_distinct_and_on_the_right_side(day, precision, below, seed):
    if precision == "month":
        day = day.replace(day=1)
    if precision == "year":
        day = day.replace(month=1, day=1)
    found = near_dates(day, precision, below, random.Random(seed), frozenset({day}))
    assert len(set(found)) == 3 and day not in found
    assert sum(d < day for d in found) == below


def test_the_balance_keeps_the_longest_option_trick_at_chance():
    """A pool where most wrong answers are shorter than the right one: picked blindly,
    the right answer would be the longest more than half the time."""
    from quiz.distractors import TrickBalance

    balance, rng, wins = TrickBalance(), random.Random(1), 0.0
    for _ in range(400):
        candidates = ["Ann", "Bob", "Cy", "Dee", "Eve", "Flo", "A much longer name"]
        rng.shuffle(candidates)
        wrong = balance.pick("Who is it?", "Gail Hunt", candidates, rng)
        wins += longest_share(["Gail Hunt", *wrong], 0)
    assert 0.2 <= wins / 400 <= 0.3


# ---------------------------------------------------------------- options alike in form


def ceremony_form(option):
    """How a ceremony is named: "ordinal" (55th ...), "year" (2018 ...), or None if not one."""
    if not re.search(r"\bAwards?$", option):
        return None
    if re.match(r"\d+(st|nd|rd|th) ", option):
        return "ordinal"
    if re.match(r"\d{4} ", option):
        return "year"
    return "other"


def test_ceremony_and_award_options_each_share_one_form(runs):
    ceremonies = awards = 0
    for q in all_questions(runs):
        forms = {ceremony_form(c) for c in q.choices}
        if forms != {None}:
            ceremonies += 1
            assert len(forms) == 1 and forms != {"other"}, q.choices
        if q.correct.startswith("Best "):
            awards += 1
            assert all(c.startswith("Best ") for c in q.choices), q.choices
    assert ceremonies >= 2 * len(SEEDS) and awards >= 4 * len(SEEDS)


def test_no_option_alone_echoes_a_word_of_its_question(runs):
    from quiz.distractors import words

    for q in all_questions(runs):
        asked = words(q.question)
        for i, option in enumerate(q.choices):
            others = set().union(*(words(c) for j, c in enumerate(q.choices) if j != i))
            assert not (asked & words(option)) - others, (q.question, option)


def test_season_and_year_options_are_in_time_order(runs):
    from quiz.generator import season_order

    seasonal = [q for q in all_questions(runs) if season_order(q.correct) is not None]
    assert len(seasonal) == len(SEEDS)  # the shoot's season, once per seed
    for q in seasonal:
        keys = [season_order(c) for c in q.choices]
        assert None not in keys and keys == sorted(keys) and len(set(keys)) == 4, q.choices
    # Not always at one end of the line, or "pick the latest" would win.
    assert len({q.answer for q in seasonal}) >= 2
    assert season_order("Winter 2017") > season_order("Summer 2017") > season_order("Autumn 2016")


def test_the_generator_balances_the_longest_option_trick_where_blind_picks_would_not():
    """A made-up film whose right answers are all long ships' names: three wrong
    answers drawn blindly from its pool leave the right one the longest more
    than half the time, so only the balance brings the trick back to chance."""
    import itertools

    film = load_film(Path(__file__).parent / "films" / "long-voyage.yaml")
    pool = film.pools["dock"]
    blind = [longest_share([fact.values["ship"].show(), *combo], 0)
             for fact in film.facts for combo in itertools.combinations(pool, 3)]
    assert sum(blind) / len(blind) > 0.5
    questions = [q for seed in range(10) for q in generate(film, seed) if q.kind == "choice"]
    assert len(questions) == 10 * len(film.facts)
    rate = sum(longest_share(q.choices, q.answer) for q in questions) / len(questions)
    assert 0.18 <= rate <= 0.32, rate
