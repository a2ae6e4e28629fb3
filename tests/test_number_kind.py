"""The number kind: the points rule, sliders made from the film's numbers (the value
equal to the fact, the range from it and never centred on it), packs' number
questions, and the command line."""

from __future__ import annotations

import json

import pytest
import yaml

from quiz.cli import main
from quiz.facts.loader import load_film
from quiz.facts.records import DateValue, NumberValue
from quiz.generator import generate
from quiz.kinds.number import NumberQuestion
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.scoring import answer_points, mark

SEEDS = range(8)


def _q(**kw):
    base = dict(id="p/1", fact="p/1", category="C", difficulty="easy", question="How many?",
                explanation="", source="x", value=200.0, min=100.0, max=500.0, step=5.0,
                unit="million", margin=10.0, prefix="$")
    base.update(kw)
    return NumberQuestion(**base)


def test_full_points_within_the_margin_then_a_straight_fall_to_nothing():
    q = _q()
    assert q.reach() == 100.0  # a quarter of the 400-wide slider
    assert q.credit(200) == q.credit(210) == q.credit(190) == 1.0
    assert q.credit(260) == 0.5 and q.credit(140) == 0.5
    assert q.credit(235) == 0.75
    assert q.credit(310) == 0.0 and q.credit(500) == 0.0
    assert not q.accepts(99) and not q.accepts(True) and not q.accepts("200")
    assert not q.accepts(float("nan")) and q.accepts(100)


def test_partial_points_are_the_share_and_never_keep_a_streak():
    q = _q(difficulty="hard")
    full = mark(q, 205.0, 0.2, 20, 3)
    assert full.correct and full.bonus > 0 and full.streak == 4
    half = mark(q, 260.0, 0.2, 20, 3)
    assert not half.correct and half.streak == 0 and half.bonus == 0
    assert half.points == round(answer_points(0.2, 20, "hard") * 0.5)


def test_shown_and_json():
    q = _q()
    assert q.right_text() == "$200 million" and q.show(1235) == "$1,235 million"
    assert _q(unit="/10", prefix="", value=5.9, min=0.0, max=10.0, step=0.1).right_text() == "5.9/10"
    assert list(q.to_dict()) == ["id", "kind", "fact", "category", "difficulty", "question",
                                 "value", "min", "max", "step", "unit", "margin", "explanation",
                                 "source"]
    assert q.to_dict()["value"] == 200 and q.to_dict()["unit"] == "million"
    assert q.text_lines()[-1].startswith("Answer: $200 million")


@pytest.fixture(scope="module")
def film():
    return load_film(questions_dir() / "us-and-them")


@pytest.fixture(scope="module")
def sliders(film):
    return {seed: [q for q in generate(film, seed) if q.kind == "number"] for seed in SEEDS}


def _value(film, q):
    _, fact_id, answer, _ = q.id.split("/")
    fact = next(f for f in film.facts if f.id == fact_id)
    return fact.values[answer]


def _is_year(value) -> bool:
    return isinstance(value, DateValue) and value.precision == "year"


def test_every_number_is_the_fact_and_its_range_comes_from_it(film, sliders):
    numbers = [(f.id, d.answer) for f in film.facts for d in f.directions
               if isinstance(f.values[d.answer], NumberValue) or _is_year(f.values[d.answer])]
    assert len(numbers) >= 25
    places = []
    for questions in sliders.values():
        assert sorted(tuple(q.id.split("/")[1:3]) for q in questions) == sorted(numbers)
        for q in questions:
            value = _value(film, q)
            if _is_year(value):
                assert q.value == value.day.year and q.step == 1 and q.margin == 0
                assert 10 <= q.max - q.min <= 25
                assert q.right_text() == value.show()
                places.append((q.value - q.min) / (q.max - q.min))
                assert not 0.4 <= places[-1] <= 0.6, (q.id, places[-1])
                continue
            assert q.value == float(value.value)
            assert q.right_text() == value.show()  # shown exactly as the choice question shows it
            assert q.min <= q.value <= q.max and q.step > 0 and q.margin >= 0
            if value.low is not None:
                assert q.min >= float(value.low)
            if value.high is not None:
                assert q.max <= float(value.high)
            # the answer is reachable: on a step, or within the margin of one
            off = (q.value - q.min) / q.step
            assert abs(off - round(off)) < 1e-6 or q.margin >= q.step
            assert (q.max - q.min) / q.step <= 1000
            place = (q.value - q.min) / (q.max - q.min)
            if value.low is None or value.high is None:
                assert not 0.4 < place < 0.6, (q.id, place)
            places.append(place)
    # the answer's place along the slider varies: both halves hold it
    assert sum(p < 0.5 for p in places) >= len(places) // 4
    assert sum(p > 0.5 for p in places) >= len(places) // 4


def test_a_slider_shares_its_fact_with_the_other_kinds(film, sliders):
    facts = {q.fact for q in generate(film, 0) if q.kind == "choice"}
    assert {q.fact for q in sliders[0]} <= facts


def _pack(tmp_path, questions):
    path = tmp_path / "n.yaml"
    path.write_text(yaml.safe_dump({"title": "N", "questions": questions}, sort_keys=False),
                    encoding="utf-8")
    return load_file(path)


def test_a_pack_number_question(tmp_path):
    pack = _pack(tmp_path, [
        {"question": "Legs on a spider?", "type": "number", "answer": "8", "min": "0", "max": "20",
         "margin": "1"},
        {"question": "Height?", "type": "number", "answer": "5.5", "min": "0", "max": "10",
         "unit": "m"}])
    assert pack.ok, pack.problems
    legs, height = pack.questions(0)
    assert (legs.value, legs.min, legs.max, legs.step, legs.margin) == (8, 0, 20, 1, 1)
    assert height.step == 0.1 and height.margin == 0 and height.right_text() == "5.5 m"
    assert height.credit(5.5) == 1.0 and height.credit(5.6) < 1.0


def test_a_bad_number_question_is_named_at_its_line(tmp_path):
    pack = _pack(tmp_path, [
        {"question": "A?", "type": "number", "answer": "50", "min": "60", "max": "10"},
        {"question": "B?", "type": "number", "answer": "lots", "min": "0", "max": "10"},
        {"question": "C?", "type": "number", "answer": "5", "min": "0"},
        {"question": "D?", "type": "number", "answer": "5", "min": "0", "max": "10", "step": "0"}])
    messages = [(p.line, p.message) for p in pack.errors]
    assert (3, "question 1: min: (60) must be below max: (10)") in messages, messages
    assert (10, "question 2: answer: should be a number, not 'lots'") in messages, messages
    assert any(line == 13 and "needs max:" in m for line, m in messages), messages
    assert any("step: must be more than 0" in m for _, m in messages), messages


def test_questions_kind_number(capsys):
    assert main(["questions", "--json", "--kind", "number", "--count", "all", "--seed", "2"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 25 and {i["kind"] for i in items} == {"number"}
    assert all(i["min"] <= i["value"] <= i["max"] for i in items)
    assert main(["questions", "--kind", "number", "--count", "1"]) == 0
    assert "Slider:" in capsys.readouterr().out


def test_a_year_slider_spans_whole_years_and_reads_without_a_comma(film, sliders):
    years = [q for questions in sliders.values() for q in questions
             if _is_year(_value(film, q))]
    assert len(years) >= 3 * len(SEEDS)
    assert len({(q.min, q.max) for q in years}) > 3  # dealt, not fixed
    for q in years:
        assert q.right_text() == str(int(q.value)) and q.show(q.min) == str(int(q.min))
        assert q.credit(q.value) == 1.0 and q.credit(q.value + 1) < 1.0
