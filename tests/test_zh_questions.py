"""Questions in Chinese: the built-in film's facts in zh_CN, made by the same generator
under the same rules as the English ones, and the schema that carries the translations."""

import json
import re
import textwrap
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from quiz import i18n
from quiz.cli import main
from quiz.distractors import norm
from quiz.facts.loader import load_film
from quiz.facts.localise import localise
from quiz.facts.records import DateValue, NumberValue, OneOf, Ref, TextValue
from quiz.generator import generate
from quiz.kinds.true_false import TRUE
from quiz.kinds.typed import normal
from quiz.making import true_false
from quiz.making.fill import fill
from quiz.numbers import format_money
from quiz.packs import discover_packs, load_file
from quiz.paths import questions_dir
from quiz.problems import PackError

ZH = "zh_CN"
SEEDS = (0, 1, 2, 5, 11)
CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def film():
    return load_film(questions_dir() / "us-and-them")


@pytest.fixture(scope="module")
def zh_film(film):
    return localise(film, ZH)


@pytest.fixture(scope="module")
def runs(film):
    return {seed: generate(film, seed, ZH) for seed in SEEDS}


@pytest.fixture(scope="module")
def owners(film):
    """Any spelling, in either script -> its entity id."""
    out = {}
    for entity in film.entities.values():
        for name in (*entity.names, *(n for names in entity.tr.values() for n in names)):
            out[norm(name)] = entity.id
    return out


def everything(runs):
    return [q for questions in runs.values() for q in questions]


def fact_of(zh_film, question):
    """The fact a question asks (its id's second part: ``fact`` may name the one it is the same as)."""
    fact_id = question.id.split("/")[1]
    return next((f for f in zh_film.facts if f.id == fact_id), None)


def answer_value(zh_film, question):
    fact = fact_of(zh_film, question)
    if fact is None:
        return None
    return fact.values[question.id.split("/")[2]]


def members(value):
    return value.items if isinstance(value, OneOf) else (value,)


# ---------------------------------------------------------------- as many, and complete


def test_as_many_distinct_chinese_questions_as_english_ones_of_every_kind(film, runs):
    english = generate(film, 0)
    chinese = runs[0]
    assert Counter(q.kind for q in chinese) == Counter(q.kind for q in english)
    for kind in {q.kind for q in english}:
        en_ids = {q.id for q in english if q.kind == kind}
        zh_ids = {q.id for q in chinese if q.kind == kind}
        assert len(zh_ids) >= len(en_ids) and zh_ids >= en_ids, kind
    # Distinct questions, not one text many times.
    assert len({(q.question, tuple(q.shown_texts())) for q in chinese}) == len(chinese)


def test_every_english_text_of_the_film_has_its_chinese(film, zh_film):
    assert ZH in film.languages()
    assert zh_film.missing == []
    for entity in film.entities.values():
        assert ZH in entity.tr, entity.id
        chinese = [n for n in entity.tr[ZH] if CJK.search(n)]
        assert not chinese or entity.name_source, f"{entity.id}: Chinese names need a source"


def test_the_named_people_are_in_chinese_characters(zh_film):
    expected = {"rene-liu": "刘若英", "zhang-yibai": "张一白", "jing-boran": "井柏然",
                "zhou-dongyu": "周冬雨", "tian-zhuangzhuang": "田壮壮",
                "mark-lee-ping-bing": "李屏宾", "george-chen": "陈建骐", "david-ke": "葛大为",
                "eason-chan": "陈奕迅"}
    for entity_id, name in expected.items():
        assert zh_film.entities[entity_id].name == name
        # One entity: both scripts are its names.
        assert set(zh_film.entities[entity_id].names) >= {name, *zh_film.entities[entity_id].names[1:]}


def test_the_same_seed_gives_the_same_chinese_questions(film, runs):
    again = generate(film, SEEDS[1], ZH)
    assert [q.to_dict() for q in again] == [q.to_dict() for q in runs[SEEDS[1]]]
    assert [q.to_dict() for q in runs[SEEDS[0]]] != [q.to_dict() for q in runs[SEEDS[1]]]
    # Same questions as the English ones, in their own words.
    english = generate(film, SEEDS[1])
    assert {q.id for q in english} == {q.id for q in again}
    assert {q.fact for q in english} == {q.fact for q in again}


# ---------------------------------------------------------------- the rules, over seeds


def test_options_are_distinct_and_no_spelling_of_the_answer_is_offered_as_wrong(zh_film, runs, owners):
    for q in everything(runs):
        if q.kind not in ("choice", "true_false"):
            continue
        assert len({norm(c) for c in q.choices}) == len(q.choices), q.choices
        if q.kind != "choice":
            continue
        value = answer_value(zh_film, q)
        if value is None:
            continue
        right_ids = {m.entity.id for m in members(value) if isinstance(m, Ref)}
        for index, option in enumerate(q.choices):
            if index == q.answer:
                continue
            # Never 刘若英 beside Rene Liu, nor Rene Liu beside 刘若英, nor a co-nominee.
            assert owners.get(norm(option)) not in right_ids, (q.id, option)
            assert norm(option) not in {norm(m.show()) for m in members(value)}, (q.id, option)
            for member in members(value):
                if isinstance(member, TextValue):
                    assert norm(option) not in {norm(a) for a in member.aliases}


def test_options_share_one_script_where_the_answer_has_no_chinese_name(zh_film, runs):
    for q in everything(runs):
        if q.kind != "choice":
            continue
        right = q.choices[q.answer]
        if not CJK.search(right) and isinstance(answer_value(zh_film, q), Ref):
            assert not any(CJK.search(c) for c in q.choices), (q.id, q.choices)


def test_no_question_gives_away_its_answer_in_either_script(zh_film, runs):
    for q in everything(runs):
        text = norm(q.question)
        if q.kind == "choice":
            assert norm(q.choices[q.answer]) not in text, q.id
        if q.kind == "typed":
            assert not any(norm(s) in text or normal(s) in normal(q.question) for s in q.accepted), q.id
        value = answer_value(zh_film, q) if q.kind in ("choice", "typed") else None
        for member in members(value) if value is not None else ():
            if isinstance(member, Ref):
                for name in member.entity.names:
                    if CJK.search(name):
                        assert norm(name) not in text, (q.id, name)
            if isinstance(member, TextValue):
                assert all(norm(a) not in text for a in (member.text, *member.aliases)), q.id


def test_the_leak_check_refuses_a_chinese_phrasing_that_names_its_answer(tmp_path):
    film = tmp_path / "film.yaml"
    film.write_text(textwrap.dedent(ZH_FILM).replace(
        "- 谁主演了《{film}》？", "- 安一主演了《{film}》吗？谁是主演？"), encoding="utf-8")
    loaded = load_film(film)
    generate(loaded, 0)  # the English is fair
    with pytest.raises(PackError) as caught:
        generate(loaded, 0, ZH)
    assert any("安一" in p.message for p in caught.value.problems)


def test_statements_are_true_exactly_when_they_say_the_fact(zh_film, runs):
    seen = Counter()
    for q in everything(runs):
        if q.kind != "true_false":
            continue
        # A statement is made from the fact or from one that is the same as it.
        key = q.fact.split("/")[1]
        said = [fill(true_false.template(f), zh_film, f.values) for f in zh_film.facts
                if key in (f.id, f.same_as)]
        assert said
        assert (q.question in said) == (q.answer == TRUE), (q.id, q.question, said)
        assert CJK.search(q.question)
        seen[q.answer] += 1
    assert seen[0] and seen[1]


def test_order_questions_follow_the_plot_as_the_facts_give_it(zh_film, runs):
    sequence = {s.id: s for s in zh_film.sequences}
    count = 0
    for q in everything(runs):
        if q.kind != "order":
            continue
        items = sequence[q.fact.split("/")[1]].items
        placed = [items.index(q.items[i]) for i in q.order]
        assert placed == sorted(placed)
        assert q.explanation.startswith("从先到后依次是：") and q.explanation.endswith("。")
        count += 1
    assert count


def test_numbers_equal_the_facts(zh_film, runs):
    for q in everything(runs):
        if q.kind == "number":
            value = answer_value(zh_film, q)
            if isinstance(value, DateValue):  # a year
                assert value.precision == "year" and q.value == value.day.year and q.unit == "年"
            else:
                assert isinstance(value, NumberValue)
                assert Decimal(str(q.value)) == value.value
            assert q.min <= q.value <= q.max
        elif q.kind == "choice":
            value = answer_value(zh_film, q)
            if isinstance(value, (NumberValue, DateValue)):
                assert q.choices[q.answer] == value.show()
            if isinstance(value, DateValue):
                shape = {"day": r"\d{4}年\d{1,2}月\d{1,2}日", "month": r"\d{4}年\d{1,2}月",
                         "year": r"\d{4}年"}[value.precision]
                assert all(re.fullmatch(shape, c) for c in q.choices), q.choices


@pytest.mark.parametrize("amount,unit,shown", [
    ("209", "million", "2.09亿美元"), ("88.8", "million", "8880万美元"),
    ("191", "million", "1.91亿美元"), ("1.36", "billion", "13.6亿美元"), ("5000", "", "5000美元"),
])
def test_amounts_are_written_the_chinese_way_and_exactly(amount, unit, shown):
    value = Decimal(amount)
    text = format_money(value, len(amount.split(".")[1]) if "." in amount else 0, "$", unit, ZH)
    assert text == shown
    number = Decimal(re.match(r"[\d.]+", text).group())
    scale = {"亿": 10 ** 8, "万": 10 ** 4}.get(text[len(re.match(r"[\d.]+", text).group())], 1)
    assert number * scale == value * {"": 1, "million": 10 ** 6, "billion": 10 ** 9}[unit]


def test_typed_answers_accept_either_script(zh_film, runs):
    both = 0
    for q in everything(runs):
        if q.kind != "typed":
            continue
        value = answer_value(zh_film, q)
        if isinstance(value, Ref):
            for name in value.entity.names:
                assert q.credit(name) == 1.0, (q.id, name)
            english = [n for n in value.entity.names if not CJK.search(n)]
            chinese = [n for n in value.entity.names if CJK.search(n)]
            if english and chinese:
                both += 1
                assert q.answer in chinese
        if isinstance(value, TextValue):
            assert all(q.credit(a) == 1.0 for a in (value.text, *value.aliases))
    assert both >= 10
    assert q.credit("完全不对") == 0.0


# ---------------------------------------------------------------- how the Chinese reads


def _allowed_latin(film):
    """Names Chinese text may keep in Latin letters: every entity's, and the romanised
    names of the pools people and companies are drawn from."""
    roles = {role for entity in film.entities.values() for role in entity.roles}
    roles |= {d.pool for f in film.facts for d in f.directions
              if isinstance(f.values.get(d.answer), Ref)}
    names = {n for e in film.entities.values() for n in (*e.names, *e.tr.get(ZH, ()))}
    names |= {str(entry) for pool in roles for entry in film.pools.get(pool, ())}
    names |= {entry.tr[ZH] for pool in roles for entry in film.pools.get(pool, ())
              if ZH in getattr(entry, "tr", {})}
    names |= {"MV"}
    return sorted((n for n in names if not CJK.search(n)), key=len, reverse=True)


def test_no_english_sentence_is_left_in_a_chinese_question(film, runs):
    allowed = _allowed_latin(film)
    for q in everything(runs):
        texts = [q.question, q.explanation, *q.shown_texts()] if q.kind != "true_false" \
            else [q.question, q.explanation]
        for text in texts:
            rest = text
            for name in allowed:
                rest = rest.replace(name, "")
            assert not re.search(r"[A-Za-z]{2,}", rest), (q.id, text)


def test_chinese_text_uses_chinese_punctuation(runs):
    for q in everything(runs):
        for text in (q.question, q.explanation):
            assert not re.search(r'[?!;"]|, |: ', text), (q.id, text)
        assert q.question.endswith(("？", "。")), q.question
        assert q.explanation.endswith("。"), q.explanation


# ---------------------------------------------------------------- the schema, packs, the game


ZH_FILM = """\
film:
  id: tiny
  title: {en: Tiny Film, zh_CN: 小电影}
  categories:
    Cast: {zh_CN: 演员}
entities:
  - id: ann
    kind: person
    names: {en: [Ann One], zh_CN: [安一]}
    name_source: the film's own credits
    roles: [actor]
  - id: bob
    kind: person
    names: [Bob Two]
    roles: [actor]
pools:
  actor:
    - {en: Cat Three, zh_CN: 猫三}
    - {en: Dan Four, zh_CN: 丹四}
    - Eve Five
facts:
  - id: lead
    section: Cast
    category: Cast
    difficulty: easy
    values:
      who: ann
    questions:
      - answer: who
        pool: actor
        phrasings:
          en: ["Who leads {film}?"]
          zh_CN:
            - 谁主演了《{film}》？
    explanation: {en: "{who} leads it.", zh_CN: "{who}是主演。"}
"""


def test_a_film_in_two_languages_and_one_in_english_only(tmp_path):
    path = tmp_path / "film.yaml"
    path.write_text(ZH_FILM, encoding="utf-8")
    film = load_film(path)
    assert film.title == "Tiny Film" and film.languages() == ("en", ZH)
    (english,) = [q for q in generate(film, 0) if q.kind == "choice"]
    (chinese,) = [q for q in generate(film, 0, ZH) if q.kind == "choice"]
    assert english.question == "Who leads Tiny Film?"
    assert chinese.question == "谁主演了《小电影》？" and chinese.category == "演员"
    assert chinese.choices[chinese.answer] == "安一" and chinese.explanation == "安一是主演。"
    # A pool entry or a name with no Chinese stays as written, and is noted as missing.
    missing = [entry[-1] for entry in localise(film, ZH).missing]
    assert sorted(missing) == ["Eve Five", "names of bob"]
    old = Path(__file__).parent / "films" / "paper-lantern.yaml"
    assert load_film(old).languages() == ("en",)
    assert generate(load_film(old), 0, ZH)  # asked in Chinese, it speaks English


@pytest.mark.parametrize("change,line,words", [
    (("zh_CN: 小电影}", "zh_TW: 小电影}"), 3, "'zh_TW' is not a language code"),
    (("title: {en: Tiny Film, zh_CN: 小电影}", "title: {zh_CN: 小电影}"), 3, "needs its English"),
    (("    name_source: the film's own credits\n", ""), 9, "need a name_source"),
    (("zh_CN: [安一]", "zh_CN: []"), 9, "should be non-empty"),
    (("    - {en: Dan Four, zh_CN: 丹四}", "    - {en: Dan Four, zh_CN: [丹, 四]}"), 19, "should be non-empty text"),
    (("          en: [\"Who leads {film}?\"]", "          en: [\"Who leads {film}?\"]\n          fr: []"),
     33, "'fr' is not a language code"),
    (("- 谁主演了《{film}》？", "- 谁是《{who}》？"), 31, "its own answer"),
    (("zh_CN: \"{who}是主演。\"", "zh_CN: \"{whom}是主演。\""), 35, "{whom}"),
])
def test_translation_problems_name_file_and_line(tmp_path, change, line, words):
    path = tmp_path / "film.yaml"
    text = ZH_FILM.replace(*change)
    assert text != ZH_FILM
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_film(path)
    assert any(words in p.message and p.line == line for p in caught.value.problems), \
        caught.value.problems


def test_a_pack_declares_its_language_and_keeps_it(tmp_path):
    good = tmp_path / "mine.yaml"
    good.write_text("title: Mine\nlanguage: zh_CN\nquestions:\n"
                    "  - question: 一加一等于几？\n    answer: 二\n    wrong: [三, 四, 五]\n",
                    encoding="utf-8")
    pack = load_file(good)
    assert pack.ok and pack.language == ZH and pack.languages() == (ZH,)
    english = tmp_path / "plain.yaml"
    english.write_text("title: Plain\nquestions:\n  - question: One and one?\n    answer: Two\n"
                       "    wrong: [Three, Four, Five]\n", encoding="utf-8")
    plain = load_file(english)
    before = [q.question for q in plain.questions(0)]
    assert [q.question for q in plain.questions(0, ZH)] == before
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Bad\nlanguage: Chinese please\nquestions:\n  - question: Q?\n"
                   "    answer: A\n    wrong: [B, C, D]\n", encoding="utf-8")
    problems = load_file(bad).problems
    assert any(p.line == 2 and "language:" in p.message for p in problems), problems


def test_the_built_in_film_follows_the_game_language(film):
    pack = next(p for p in discover_packs() if p.id == "us-and-them")
    try:
        i18n.set_language(ZH)
        chinese = pack.questions(4)
        i18n.set_language("en")
        english = pack.questions(4)
    finally:
        i18n.set_language("en")
    assert all(CJK.search(q.question) for q in chinese)
    assert not any(CJK.search(q.question) for q in english if "后来" not in q.question)
    assert {q.id for q in chinese} == {q.id for q in english}
    assert pack.question_count == len({q.fact for q in chinese})
    # Spellings in both scripts are one answer to a round.
    assert any({"Rene Liu", "刘若英"} <= set(names) for names in pack.spellings())


def test_questions_lang_prints_chinese(capsys):
    try:
        assert main(["questions", "--lang", ZH, "--json", "--count", "all", "--seed", "2"]) == 0
        items = json.loads(capsys.readouterr().out)
        assert len(items) >= 250 and all(CJK.search(item["question"]) for item in items)
        assert {item["kind"] for item in items} == {"choice", "true_false", "number", "order", "typed"}
        assert main(["questions", "--lang", ZH, "--count", "3"]) == 0
        assert CJK.search(capsys.readouterr().out)
    finally:
        i18n.set_language("en")


def test_guessing_tricks_win_about_a_quarter_in_chinese_too(runs):
    from quiz.distractors import longest_share, overlap_share

    questions = [q for q in everything(runs) if q.kind == "choice"]
    longest = sum(longest_share(q.choices, q.answer) for q in questions) / len(questions)
    overlap = sum(overlap_share(q.question, q.choices, q.answer) for q in questions) / len(questions)
    assert 0.18 <= longest <= 0.30 and 0.18 <= overlap <= 0.31, (longest, overlap)

    # Sharing the most characters with the question, counted plainly, pays no better.
    def chars(text):
        return set(CJK.findall(text)) - set("的了是在和有一")

    total = 0.0
    for q in questions:
        counts = [len(chars(q.question) & chars(c)) for c in q.choices]
        tied = [i for i, n in enumerate(counts) if n == max(counts)]
        total += 1 / len(tied) if q.answer in tied else 0
    assert total / len(questions) <= 0.32


def test_a_category_chosen_in_one_language_holds_in_the_other(film):
    from quiz.deck import available, build_deck

    pack = next(p for p in discover_packs() if p.id == "us-and-them")
    chinese = pack.questions(0, ZH)
    assert available(chinese, "Crew") == available(chinese, "幕后") == \
        available(pack.questions(0, "en"), "幕后") > 0
    try:
        i18n.set_language(ZH)
        deck = build_deck([pack], seed=0, count=3, category="Crew")
    finally:
        i18n.set_language("en")
    assert len(deck) == 3 and {q.category for q in deck} == {"幕后"}


def test_what_the_facts_keep_out_in_english_stays_out_in_chinese(runs):
    # exclude: lists are written in English; their Chinese is kept out as well.
    kept_out = {
        "us-and-them/shoot-place/place": {"北京"},
        "us-and-them/timelines-colour/present": {"用彩色画面"},
        "us-and-them/timelines-colour/past": {"用黑白画面"},
        "us-and-them/present-lives/xiaoxiao": {"已离婚", "已订婚"},
        "us-and-them/adapted-script/award": {"最佳新导演", "最佳男配角"},
        "us-and-them/distributor-mainland/territory": {"海外"},
        "us-and-them/theme-composer/who": {"葛大为"},
        "us-and-them/theme-lyricist/who": {"陈建骐"},
        "us-and-them/book/author": {"李屏宾", "Mark Lee Ping-bing"},
    }
    seen = Counter()
    for q in everything(runs):
        if q.kind == "choice" and q.id in kept_out:
            assert not kept_out[q.id] & set(q.choices), (q.id, q.choices)
            seen[q.id] += 1
    assert set(seen) == set(kept_out)


def test_the_film_pack_is_named_and_described_in_the_game_language(chinese):
    film = next(p for p in discover_packs() if p.id == "us-and-them")
    assert film.shown_title() == "后来的我们"
    assert "刘若英" in film.shown_description()
    i18n.set_language("en")
    assert film.shown_title() == "Us and Them" and "Rene Liu" in film.shown_description()
    assert film.title == "Us and Them"  # the key every table and listing keeps is unchanged


def test_a_category_chosen_in_english_is_shown_once_and_in_chinese_after_switching():
    from app_helpers import make_app, step
    from quiz.ui.scenes.title import round_summary

    app = make_app((1280, 720))
    try:
        app.update_settings(category="Box office")
        app.update_settings(language="zh_CN")
        assert "票房" in round_summary(app) and "Box office" not in round_summary(app)
        app.router.show("setup")
        step(app)
        row = app.router.top.category
        assert row.value_text().startswith("票房")
        names = [n for n in row.options if n]
        assert "Box office" not in names and names.count("票房") == 1
    finally:
        app.close()


def test_statistics_count_a_category_played_in_both_languages_once():
    import datetime as dt

    from quiz import statistics
    from quiz.statistics import AnswerRecord

    discover_packs()  # the film tells which names are one category
    answers = [AnswerRecord("f1", "Plot", True, 3.0, 1.0), AnswerRecord("f2", "剧情", False, 4.0, 2.0),
               AnswerRecord("f3", "Music", True, 2.0, 3.0)]
    got = statistics.figures(answers, [], {"剧情": ["f1", "f2"], "音乐": ["f3"]}, {}, dt.date(2026, 1, 1))
    shown = {c.category: (c.right, c.asked) for c in got.categories}
    assert shown == {"剧情": (1, 2), "音乐": (1, 1)}
