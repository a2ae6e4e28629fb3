"""The true_false kind: statements made from the facts (about half true, the false ones
never true under any spelling), packs' true_false questions, and the command line."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from quiz.cli import main
from quiz.facts.loader import load_film
from quiz.facts.records import OneOf, PLACEHOLDER_RE
from quiz.generator import generate
from quiz.kinds import kind_named
from quiz.kinds.true_false import FALSE, TRUE, TrueFalseQuestion
from quiz.making.fill import fill
from quiz.making.true_false import can_state, template
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.scoring import mark

SEEDS = range(6)


@pytest.fixture(scope="module")
def film():
    return load_film(questions_dir() / "us-and-them")


@pytest.fixture(scope="module")
def runs(film):
    return {seed: [q for q in generate(film, seed) if q.kind == "true_false"] for seed in SEEDS}


def _fact(film, question):
    """The fact a statement says: of the facts asked under the statement's ``fact`` (one, and
    those the same as it), the one whose sentence it reads as."""
    shared = [f for f in film.facts if question.fact in (f"{film.id}/{f.id}", f"{film.id}/{f.same_as}")]
    return next((f for f in shared if _said(film, f, question)), shared[0])


def _said(film, fact, question):
    """(direction answer name, the value the statement puts in) for a statement of ``fact``."""
    for direction in fact.directions:
        if not can_state(fact, direction):
            continue
        others = {k: v for k, v in fact.values.items() if k != direction.answer}
        pieces = PLACEHOLDER_RE.split(fill(template(fact), film, others))
        # split keeps the names at odd places; the answer's name is the only one left
        pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+)" for i, p in enumerate(pieces))
        match = re.fullmatch(pattern, question.question)
        if match:
            return direction.answer, match.group(1)
    return None


def _spellings(film, value):
    entity = getattr(value, "entity", None)
    return {n.casefold() for n in entity.names} if entity else {value.show().casefold()}


def test_every_statement_is_true_exactly_when_it_says_the_fact(film, runs):
    for questions in runs.values():
        assert len(questions) >= 40
        for q in questions:
            fact = _fact(film, q)
            found = _said(film, fact, q)
            assert found, q.question
            name, shown = found
            value = fact.values[name]
            assert not isinstance(value, OneOf)
            if q.answer == TRUE:
                assert shown == value.show(), q
            else:
                # no spelling of the right answer, and not another true value of the relation
                assert shown.casefold() not in _spellings(film, value), q
                siblings = [f for f in film.facts if f.relation and f.relation == fact.relation
                            and all(f.values.get(k) == v for k, v in fact.values.items() if k != name)]
                for sibling in siblings:
                    assert shown.casefold() not in _spellings(film, sibling.values[name]), q
            assert q.explanation == fill(fact.explanation, film, fact.values, value.show())
            # a true sentence reads the same whichever of its values it was made about
            if q.answer == FALSE:
                assert q.subject == value.show()
            else:
                assert q.subject in {v.show() for v in fact.values.values()}


def test_about_half_are_true_and_the_truth_varies_with_the_seed(runs):
    for questions in runs.values():
        true = sum(q.answer == TRUE for q in questions)
        assert abs(true - (len(questions) - true)) <= 1
    said = {}
    for questions in runs.values():
        for q in questions:
            said.setdefault(q.id, set()).add(q.answer)
    assert sum(len(v) == 2 for v in said.values()) >= len(said) // 2


def test_a_statement_names_a_wrong_person_under_the_shown_name_never_an_alias(film, runs):
    aliases = {n.casefold(): e.id for e in film.entities.values() for n in e.names[1:]}
    for questions in runs.values():
        for q in questions:
            if q.answer == FALSE:
                _, shown = _said(film, _fact(film, q), q)
                assert shown.casefold() not in aliases, q


def test_one_statement_per_fact_with_stable_ids(film, runs):
    ids = {seed: sorted(q.id for q in questions) for seed, questions in runs.items()}
    assert all(v == ids[0] for v in ids.values())
    for questions in runs.values():
        assert len({q.fact for q in questions}) == len(questions)
        choice_facts = {q.fact for q in generate(film, 0) if q.kind == "choice"}
        assert {q.fact for q in questions} <= choice_facts


def test_rules_scoring_and_json():
    q = TrueFalseQuestion(id="p/1", fact="p/1", category="C", difficulty="hard", question="S.",
                          explanation="", source="x", answer=FALSE)
    assert kind_named("true_false") is TrueFalseQuestion
    assert q.choices == ("True", "False") and q.correct == "False"
    assert q.accepts(0) and q.accepts(1) and not q.accepts(2) and not q.accepts(True)
    assert q.credit(1) == 1.0 and q.credit(0) == 0.0
    assert list(q.to_dict()) == ["id", "kind", "fact", "category", "difficulty", "question",
                                 "choices", "answer", "explanation", "source"]
    assert q.to_dict()["kind"] == "true_false" and q.to_dict()["answer"] == 1
    assert mark(q, 1, 0.1, 20, 0).points == 2000 and mark(q, 0, 0.1, 20, 0).points == 0


def _pack(tmp_path, questions):
    path = tmp_path / "tf.yaml"
    path.write_text(yaml.safe_dump({"title": "TF", "questions": questions}), encoding="utf-8")
    return load_file(path)


def test_a_pack_says_type_true_false(tmp_path):
    pack = _pack(tmp_path, [{"question": "The sky is green.", "type": "true_false", "answer": "false"},
                            {"question": "Water is wet.", "type": "true_false", "answer": "True"}])
    assert pack.ok, pack.problems
    first, second = pack.questions(0)
    assert first.kind == second.kind == "true_false"
    assert (first.answer, second.answer) == (FALSE, TRUE)


def test_a_bad_true_false_answer_is_named_at_its_line(tmp_path):
    pack = _pack(tmp_path, [{"question": "The sky is green.", "type": "true_false", "answer": "no"},
                            {"question": "Q?", "type": "truefalse", "answer": "x", "wrong": ["y"]}])
    assert not pack.ok
    messages = [(p.line, p.message) for p in pack.errors]
    assert any(line == 2 and "true or false, not 'no'" in m for line, m in messages), messages
    assert any("type: must be one of" in m for _, m in messages), messages


def test_two_option_true_false_and_open_trivia_booleans_are_this_kind(tmp_path):
    pack = _pack(tmp_path, [{"question": "S.", "answer": "False", "wrong": ["True"]}])
    assert [q.kind for q in pack.questions(0)] == ["true_false"]
    sample = load_file(questions_dir() / "examples" / "opentdb-sample.json")
    kinds = {q.kind for q in sample.questions(0)}
    assert kinds == {"choice", "true_false"}


def test_questions_kind_filter(capsys):
    assert main(["questions", "--json", "--kind", "true_false", "--count", "all"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 40 and {i["kind"] for i in items} == {"true_false"}
    assert all(i["choices"] == ["True", "False"] and i["answer"] in (0, 1) for i in items)
    assert main(["questions", "--kind", "true_false", "--count", "2"]) == 0
    out = capsys.readouterr().out
    assert "A) True" in out and "B) False" in out
