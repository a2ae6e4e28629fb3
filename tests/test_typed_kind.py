"""The typed kind: its credit rules, the questions made from the facts, its pack type,
and a headless round answered by typing."""

from __future__ import annotations

import json

import pygame
import pytest

from app_helpers import key, make_app, step, type_text
from kinds_helpers import start_round
from quiz.custom_pack import check_questions
from quiz.distractors import norm
from quiz.facts.loader import load_film
from quiz.facts.records import Ref
from quiz.generator import generate
from quiz.kinds import KINDS
from quiz.kinds.typed import TypedQuestion, normal
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.ui.party_start import PARTY_KINDS
from quiz.ui.scenes.learn import LEARN_KINDS
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.input import actions
from quiz.ui.kinds import typed as view

FILM = questions_dir() / "us-and-them"
SEEDS = (0, 1, 7, 2018)


def typed(answer, *others):
    return TypedQuestion(id="t", fact="t", category="Crew", difficulty="easy",
                         question="Who is it?", explanation="", source="",
                         answer=answer, accepted=(answer, *others))


def test_every_recorded_spelling_earns_full_points():
    q = typed("Rene Liu", "René", "Liu Ruoying")
    for said in ("Rene Liu", "Liu Ruoying", "René", "Rene"):
        assert q.credit(said) == 1.0 and not q.close_enough(said), said


def test_case_accents_spacing_and_punctuation_are_ignored():
    q = typed("Mark Lee Ping-bing")
    for said in ("mark lee ping bing", "MARK LEE PINGBING", "  Mark  Lee Ping–bing. ",
                 "Márk Lée Píng-bìng", "marklee,pingbing"):
        assert q.credit(said) == 1.0 and not q.close_enough(said), said


def test_one_typo_counts_for_eight_letters_or_more_and_says_so():
    q = typed("George Chen", "Chen Jianwe")  # 10 letters each
    for said in ("George Chn", "Georgee Chen", "Geurge Chen", "Chen Jianwei"):
        assert q.credit(said) == 1.0 and q.close_enough(said), said
    for said in ("Gorge Chn", "Chen Jianwuu", "George"):
        assert q.credit(said) == 0.0 and not q.close_enough(said), said


def test_no_typo_is_forgiven_under_eight_letters():
    q = typed("Maoyan", "Maoyuan")  # 6 and 7 letters
    assert q.credit("maoyuan") == 1.0
    for said in ("Maoyn", "Maoyann", "Mayuan", "Maoyuann"):
        assert q.credit(said) == 0.0, said
    eight = typed("Deltamac")  # exactly 8: one typo is fine
    assert eight.credit("Deltamak") == 1.0 and eight.close_enough("Deltamak")


def test_wrong_or_malformed_answers_earn_nothing():
    q = typed("Eason Chan")
    for said in ("Jay Chou", "Faye Wong", "x"):
        assert q.accepts(said) and q.credit(said) == 0.0
    for said in ("", "   ", None, 3, ["Eason Chan"]):
        assert not q.accepts(said) and q.credit(said) == 0.0


def test_chinese_text_is_compared_as_typed():
    q = typed("Rene Liu", "刘若英")
    assert q.credit("刘若英") == 1.0
    assert q.credit("刘若") == 0.0  # three characters: no typo allowed
    assert normal("刘 若英!") == "刘若英"


def test_json_and_text_lines():
    q = typed("David Ke", "Ge Dawei")
    data = q.to_dict()
    assert data["kind"] == "typed" and "typed" in KINDS
    assert list(data) == list(TypedQuestion.json_fields())
    assert data["answer"] == "David Ke" and data["accepted"] == ["David Ke", "Ge Dawei"]
    assert json.loads(json.dumps(data)) == data
    assert q.text_lines() == ["Answer: David Ke (typed)", "Also accepted: Ge Dawei"]


@pytest.mark.parametrize("seed", SEEDS)
def test_typed_questions_from_the_facts(seed):
    film = load_film(FILM)
    made = generate(film, seed)
    questions = [q for q in made if q.kind == "typed"]
    assert len(questions) >= 25
    facts = {f"{film.id}/{f.id}": f for f in film.facts}
    for q in questions:
        fact = facts[q.fact]
        answer_key = q.id.split("/")[-2]
        value = fact.values[answer_key.rsplit("-", 1)[0] if answer_key not in fact.values
                            else answer_key]
        assert q.answer == value.show()  # the fact's answer, as the facts show it
        assert q.accepted[0] == q.answer
        if isinstance(value, Ref):
            assert set(value.entity.names) <= set(q.accepted)  # every recorded spelling
        assert len(q.answer.split()) <= 4
        for spelling in q.accepted:
            assert q.credit(spelling) == 1.0
            assert norm(spelling) not in norm(q.question), (q.question, spelling)  # the leak rule
    # Every spelling the facts record for a person or company is accepted.
    by_answer = {q.answer: set(q.accepted) for q in questions}
    assert {"Rene Liu", "Liu Ruoying"} <= by_answer["Rene Liu"]
    assert {"George Chen", "Chen Jianwe"} <= by_answer["George Chen"]
    assert {"David Ke", "Ge Dawei"} <= by_answer["David Ke"]
    assert any({"Maoyan", "Maoyuan"} <= spellings for spellings in by_answer.values())
    assert len({q.id for q in questions}) == len(questions)
    assert [q.to_dict() for q in questions] == [q.to_dict() for q in generate(film, seed)
                                                if q.kind == "typed"]  # same seed, same list


def test_party_and_learn_leave_typed_out():
    assert "typed" not in PARTY_KINDS and "typed" not in LEARN_KINDS


def _check(text):
    import yaml

    return check_questions("pack.yaml", yaml.safe_load(text))


def test_a_pack_types_typed_questions_with_their_spellings():
    pack = load_file(questions_dir() / "examples" / "my-pack.yaml")
    assert pack.ok
    typed_qs = [q for q in pack.questions(0) if q.kind == "typed"]
    assert len(typed_qs) == 1
    q = typed_qs[0]
    assert q.answer == "David Ke" and q.accepted == ("David Ke", "Ge Dawei")
    assert q.credit("ge dawei") == 1.0


def test_a_pack_typed_question_is_checked_with_file_and_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "title: Bad\n"
        "questions:\n"
        "  - question: Who is Rene Liu?\n"
        "    type: typed\n"
        "    answer: Rene Liu\n"
        "  - question: Who directed it?\n"
        "    type: typed\n"
        "    answer: Rene Liu\n"
        "    accept: Liu Ruoying\n"
        "  - question: Who directed it, again?\n"
        "    type: typed\n"
        "    answer: Rene Liu\n"
        "    accept: [rene-liu]\n"
        "  - question: Who directed it, once more?\n"
        "    type: typed\n"
        "    answer: Rene Liu\n"
        "    accept: [Liu Ruoying, René]\n", encoding="utf-8")
    pack = load_file(path)
    said = [(p.line, p.message) for p in pack.errors]
    assert [line for line, _ in said] == [3, 9, 13]
    assert "contains its answer" in said[0][1]
    assert "accept: should be a list" in said[1][1]
    assert "already accepted" in said[2][1]
    path.write_text(path.read_text(encoding="utf-8").split("  - question: Who is")[0]
                    + "  - question: Who directed it?\n    type: typed\n    answer: Rene Liu\n"
                      "    accept: [Liu Ruoying, René]\n", encoding="utf-8")
    good = load_file(path)
    assert good.ok and good.questions(0)[0].accepted == ("Rene Liu", "Liu Ruoying", "René")


@pytest.fixture
def app():
    made = make_app((960, 540))
    made.update_settings(sound=False, auto_advance=False)
    yield made
    made.close()


def test_a_round_answered_by_typing_right_and_wrong(app):
    film = load_film(FILM)
    made = [q for q in generate(film, 3) if q.kind == "typed"]
    first = next(q for q in made if q.answer == "Rene Liu")
    second = next(q for q in made if q.fact != first.fact)
    third = next(q for q in made if q.answer == "George Chen")
    start_round(app, [first, second, third])
    step(app, 30)
    scene = app.router.top
    assert isinstance(scene, QuestionScene) and scene.input_mode == actions.TYPING
    # An input method's composition shows but is not the answer until committed.
    pygame.event.post(pygame.event.Event(pygame.TEXTEDITING, text="刘", start=0, length=1))
    step(app)
    assert scene.focus.composing == "刘" and scene.focus.text == ""
    type_text(app, "liu ruoyin")
    type_text(app, "gg")
    key(app, "BACKSPACE")
    assert scene.focus.text == "liu ruoying"
    key(app, "RETURN")
    assert scene.in_feedback and scene.input_mode == actions.MENU
    right = scene.round.last
    assert right.correct and right.credit == 1.0 and right.chosen == "liu ruoying"
    assert right.points > 0
    app.clock.advance(1.0)
    key(app, "RETURN")
    assert scene.round.question is second and scene.input_mode == actions.TYPING
    type_text(app, "Nobody at all")
    key(app, "RETURN")
    wrong = scene.round.last
    assert not wrong.correct and wrong.credit == 0.0 and wrong.points == 0
    assert wrong.chosen == "Nobody at all"
    assert view.verdict_text(right) == "Right — Rene Liu"
    assert view.verdict_text(wrong) == f"Wrong — it was {second.answer}"
    app.clock.advance(1.0)
    key(app, "RETURN")
    type_text(app, "Chen Jianwei")  # one typo in ten letters
    key(app, "RETURN")
    close = scene.round.last
    assert close.correct and close.credit == 1.0
    assert view.verdict_text(close) == "Close enough — George Chen"
    lines = [words for _, words, _ in view.review_lines(close, "")]
    assert lines == ["You typed: Chen Jianwei  (close enough)", "Right answer: George Chen"]
