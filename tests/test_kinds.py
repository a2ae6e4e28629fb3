"""Question kinds: the contract every kind keeps, the choice kind's rules, and how a
round and the scoring use a kind they know nothing else about."""

import dataclasses
import json
import math
from dataclasses import dataclass
from typing import ClassVar

import pytest

from quiz.clock import FakeClock
from quiz.kinds import KINDS, kind_named
from quiz.kinds.choice import LETTERS, ChoiceQuestion
from quiz.model import HEAD_FIELDS, TAIL_FIELDS, Question
from quiz.round import Round, RoundConfig
from quiz.scoring import answer_points, mark, streak_bonus
from quiz.textout import format_question

COMMON = dict(id="k/1", fact="k/1", category="People", difficulty="medium",
              question="Who plays Jianqing?", explanation="The cast list says so.", source="test")


def choice(answer=2, choices=("Zhou Dongyu", "Jing Boran", "Tian Zhuangzhuang", "Qu Zheming")):
    return ChoiceQuestion(**COMMON, choices=tuple(choices), answer=answer)


@dataclass(frozen=True)
class SpellQuestion(Question):
    """A made-up kind with partial credit: type a word, earn the share of letters right."""

    word: str

    kind: ClassVar[str] = "spell"
    KIND_FIELDS: ClassVar[tuple[str, ...]] = ("word",)

    def accepts(self, response):
        return isinstance(response, str) and len(response) == len(self.word)

    def credit(self, response):
        return sum(a == b for a, b in zip(response, self.word)) / len(self.word)

    def right_text(self):
        return self.word

    def response_text(self, response):
        return response

    def shown_texts(self):
        return ()

    def kind_json(self):
        return {"word": self.word}

    def text_lines(self):
        return [f"Answer: {self.word}"]


def test_a_question_always_has_a_kind():
    with pytest.raises(TypeError):
        Question(**COMMON)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_registered_kind_keeps_the_contract(name):
    cls = KINDS[name]
    assert kind_named(name) is cls and cls.kind == name
    assert issubclass(cls, Question) and dataclasses.is_dataclass(cls)
    assert cls.__dataclass_params__.frozen
    assert cls.json_fields()[:len(HEAD_FIELDS)] == HEAD_FIELDS
    assert cls.json_fields()[-len(TAIL_FIELDS):] == TAIL_FIELDS
    assert not set(cls.KIND_FIELDS) & set(HEAD_FIELDS + TAIL_FIELDS)


def test_an_unknown_kind_is_named_with_the_known_ones():
    with pytest.raises(KeyError, match="no question kind 'slider'; known: choice"):
        kind_named("slider")


def test_choice_accepts_only_the_index_of_an_option():
    q = choice()
    assert [q.accepts(i) for i in range(-1, 5)] == [False, True, True, True, True, False]
    assert not any(q.accepts(r) for r in (True, False, 1.0, "1", None, (1,)))
    two = choice(answer=1, choices=("True", "False"))
    assert [two.accepts(i) for i in range(3)] == [True, True, False]


def test_choice_credit_is_all_for_the_answer_and_nothing_else():
    q = choice(answer=2)
    assert [q.credit(i) for i in range(4)] == [0.0, 0.0, 1.0, 0.0]


def test_choice_words_for_the_review():
    q = choice(answer=2)
    assert q.right_text() == "Tian Zhuangzhuang" == q.correct
    assert q.response_text(0) == "Zhou Dongyu"
    assert q.shown_texts() == q.choices


def test_choice_json_is_the_documented_contract():
    data = json.loads(json.dumps(choice(answer=3).to_dict()))
    assert list(data) == ["id", "kind", "fact", "category", "difficulty", "question",
                          "choices", "answer", "explanation", "source"]
    assert (data["kind"], data["answer"], data["choices"][3]) == ("choice", 3, "Qu Zheming")


def test_choice_text_output_letters_each_option_and_the_answer():
    text = format_question(7, choice(answer=1))
    assert "   A) Zhou Dongyu\n" in text and "   D) Qu Zheming\n" in text
    assert "   Answer: B) Jing Boran\n" in text
    assert LETTERS.startswith("ABCD")


def test_a_new_kind_needs_no_change_to_the_json():
    q = SpellQuestion(**COMMON, word="lantern")
    assert list(q.to_dict()) == list(HEAD_FIELDS) + ["word"] + list(TAIL_FIELDS)
    assert q.to_dict()["kind"] == "spell"
    assert format_question(1, q).splitlines()[-2] == "   Answer: lantern"


def test_marks_follow_the_speed_and_streak_rules_for_a_full_answer():
    q = choice(answer=0)
    first = mark(q, 0, 5.0, 20.0, streak=0)  # 875 × 1.5, rounded half to even
    assert (first.correct, first.points, first.bonus, first.streak) == (True, 1312, 0, 1)
    third = mark(q, 0, 5.0, 20.0, streak=2)
    assert (third.points, third.bonus, third.streak) == (1312 + 200, 200, 3)
    assert mark(q, 0, 5.0, 20.0, streak=2, bonus_enabled=False).points == 1312
    wrong = mark(q, 1, 5.0, 20.0, streak=4)
    assert (wrong.correct, wrong.points, wrong.bonus, wrong.streak) == (False, 0, 0, 0)
    timed_out = mark(q, None, 20.0, 20.0, streak=4)
    assert (timed_out.credit, timed_out.points, timed_out.streak) == (0.0, 0, 0)


def test_a_partly_right_response_earns_its_share_and_breaks_the_streak():
    q = SpellQuestion(**COMMON, word="lantern")
    part = mark(q, "lantxxx", 5.0, 20.0, streak=3)
    assert part.credit == pytest.approx(4 / 7)
    assert part.points == round(answer_points(5.0, 20.0, "medium") * 4 / 7)
    assert (part.correct, part.bonus, part.streak) == (False, 0, 0)
    full = mark(q, "lantern", 5.0, 20.0, streak=3)
    assert full.points == answer_points(5.0, 20.0, "medium") + streak_bonus(4)


def test_a_kind_that_gives_no_number_fails_loudly():
    class Broken(SpellQuestion):
        def credit(self, response):
            return math.nan

    with pytest.raises(ValueError, match="credit"):
        mark(Broken(**COMMON, word="x"), "x", 1.0, 20.0, streak=0)


def test_a_round_asks_the_kind_what_a_response_is():
    clock = FakeClock(0.0)
    questions = [SpellQuestion(**{**COMMON, "id": f"s{i}", "fact": f"s{i}"}, word="moon")
                 for i in range(2)]
    rnd = Round(questions, RoundConfig(timer=20.0), clock)
    assert rnd.answer(0) is None and rnd.answer("mo") is None  # not this kind's responses
    clock.advance(5.0)
    got = rnd.answer("mooo")
    assert (got.chosen, got.correct, got.credit) == ("mooo", False, 0.75)
    assert got.points == round(answer_points(5.0, 20.0, "medium") * 0.75) == rnd.score
    rnd.next()
    clock.advance(1.0)
    assert rnd.answer("moon").correct and rnd.results().right == 1
