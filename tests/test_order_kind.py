"""The order kind: partial points by items in place, questions from the film's
sequences in the order the article gives, packs' order questions, and the command line."""

from __future__ import annotations

import json

import pytest
import yaml

from quiz.cli import main
from quiz.facts.loader import load_film
from quiz.generator import generate
from quiz.kinds.order import OrderQuestion
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.scoring import answer_points, mark


def _q(items=("a", "b", "c", "d"), order=(2, 0, 3, 1)):
    return OrderQuestion(id="p/1", fact="p/1", category="C", difficulty="medium",
                         question="Order?", explanation="", source="x", items=items, order=order)


def test_credit_is_the_share_of_items_in_place():
    q = _q()
    assert q.credit((2, 0, 3, 1)) == 1.0
    assert q.credit((2, 0, 1, 3)) == 0.5
    assert q.credit((0, 2, 1, 3)) == 0.0
    assert q.credit((2, 1, 0, 3)) == 0.25
    assert not q.accepts((2, 0, 3)) and not q.accepts((2, 2, 3, 1)) and not q.accepts("2031")
    assert q.right_text() == "c → a → d → b"
    half = mark(q, (2, 0, 1, 3), 0.2, 20, 4)
    assert not half.correct and half.streak == 0
    assert half.points == round(answer_points(0.2, 20, "medium") * 0.5)
    assert list(q.to_dict())[6:8] == ["items", "order"]


@pytest.fixture(scope="module")
def film():
    return load_film(questions_dir() / "us-and-them")


def test_order_questions_follow_the_sequence_for_every_seed(film):
    ordered = {s.id: s for s in film.sequences if s.ordering}
    assert len(ordered) >= 2  # the past's plot beats and the film's dates
    ids = None
    for seed in range(6):
        questions = [q for q in generate(film, seed) if q.kind == "order"]
        assert len(questions) >= 25
        if ids is None:
            ids = sorted(q.id for q in questions)
        assert sorted(q.id for q in questions) == ids  # stable ids, one per set of four
        assert {q.id.split("/")[1] for q in questions} == set(ordered)
        for q in questions:
            seq = ordered[q.id.split("/")[1]]
            assert len(q.items) == 4 and q.fact == f"{film.id}/{seq.id}/order"
            first_to_last = q.in_order(q.order)
            places = [seq.items.index(item) for item in first_to_last]
            assert places == sorted(places)  # the article's order
            assert list(q.items) != first_to_last  # never shown already in order
            assert q.question in {p.replace("{film}", film.title) for p in seq.ordering}


# The dates the source gives for the events of the dates sequence, earliest first: a
# season for the shoot, a month for the Netflix deal.
EVENT_DATES = {
    "The film is shot in Hailar": "2017-12",  # winter 2017
    "The theme song's music video comes out": "2018-04-10",
    "The film premieres in Beijing": "2018-04-23",
    "The film opens in China": "2018-04-28",
    "Netflix buys the rights outside China": "2018-05",
    "The film starts streaming on Netflix": "2018-06-22",
    "Vulture ranks it among Netflix's original movies": "2018-10-19",
}


def test_the_dates_sequence_is_in_the_order_of_the_film_s_dates(film):
    seq = next(s for s in film.sequences if s.id == "dates-order")
    assert list(seq.items) == list(EVENT_DATES)
    assert list(EVENT_DATES.values()) == sorted(EVENT_DATES.values())
    dated = {f.id: f.values for f in film.facts}
    # the exact days agree with the facts the other questions ask
    assert str(dated["video-date"]["day"].day) == EVENT_DATES["The theme song's music video comes out"]
    assert str(dated["premiere"]["day"].day) == EVENT_DATES["The film premieres in Beijing"]
    assert str(dated["release-date"]["day"].day) == EVENT_DATES["The film opens in China"]
    assert str(dated["netflix-date"]["day"].day) == EVENT_DATES["The film starts streaming on Netflix"]
    assert str(dated["vulture-rank"]["day"].day) == EVENT_DATES["Vulture ranks it among Netflix's original movies"]


def _pack(tmp_path, questions):
    path = tmp_path / "o.yaml"
    path.write_text(yaml.safe_dump({"title": "O", "questions": questions}, sort_keys=False),
                    encoding="utf-8")
    return load_file(path)


def test_a_pack_order_question_lists_its_items_in_order(tmp_path):
    pack = _pack(tmp_path, [{"question": "Seasons?", "type": "order",
                             "items": ["Spring", "Summer", "Autumn", "Winter"]}])
    assert pack.ok, pack.problems
    for seed in range(5):
        (q,) = pack.questions(seed)
        assert q.in_order(q.order) == ["Spring", "Summer", "Autumn", "Winter"]
        assert list(q.items) != ["Spring", "Summer", "Autumn", "Winter"]


def test_a_bad_order_question_is_named_at_its_line(tmp_path):
    pack = _pack(tmp_path, [{"question": "A?", "type": "order", "items": ["One"]},
                            {"question": "B?", "type": "order", "items": ["x", "y", "x"]}])
    messages = [(p.line, p.message) for p in pack.errors]
    assert any(line == 5 and "needs items: a list of 3 or 4" in m for line, m in messages), messages
    assert any("the item 'x' is listed twice" in m for _, m in messages), messages


def test_questions_kind_order(capsys):
    assert main(["questions", "--json", "--kind", "order", "--count", "all"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 25 and all(sorted(i["order"]) == [0, 1, 2, 3] for i in items)


# ---------------------------------------------------------------- a time-out keeps the picks

def _round(question, timer=10.0):
    from quiz.clock import FakeClock
    from quiz.round import Round, RoundConfig

    clock = FakeClock()
    return Round([question], RoundConfig(timer=timer), clock), clock


def test_a_time_out_keeps_the_picks_placed_and_scores_those_in_place():
    q = _q()  # right order: 2, 0, 3, 1
    assert q.kept_credit((2, 0)) == 0.5 and q.kept_credit((2, 1)) == 0.25
    assert q.kept_credit(()) == 0.0 and q.kept_credit((0, 0)) == 0.0 and q.kept_credit((9,)) == 0.0
    assert q.kept_credit((2, 0, 3, 1, 0)) == 0.0 and q.kept_credit("20") == 0.0
    round_, clock = _round(q)
    clock.advance(10.0)
    answer = round_.update(kept=(2, 0, 1))
    assert answer is not None and answer.timed_out and answer.kept == (2, 0, 1)
    assert answer.credit == 0.5 and not answer.correct and answer.streak == 0
    assert answer.points == round(answer_points(10.0, 10.0, "medium") * 0.5) > 0
    assert round_.score == answer.points


def test_all_four_placed_but_not_confirmed_earn_their_share_yet_are_never_right():
    round_, clock = _round(_q())
    clock.advance(10.0)
    answer = round_.update(kept=(2, 0, 3, 1))
    assert answer.credit == 1.0 and not answer.correct and answer.streak == 0 and answer.bonus == 0


def test_a_time_out_with_nothing_placed_keeps_nothing():
    round_, clock = _round(_q())
    clock.advance(10.0)
    answer = round_.update()
    assert answer.timed_out and answer.kept is None and answer.points == 0 and answer.credit == 0
    # another kind keeps nothing, whatever it is handed
    from quiz.kinds.true_false import TrueFalseQuestion

    assert TrueFalseQuestion.kept_credit(None, (0,)) == 0.0


def test_an_order_question_timing_out_on_screen_keeps_the_picks_pressed(apps, film, monkeypatch):
    from app_helpers import TextBoxes, key, make_app, step
    from kinds_helpers import start_round
    from quiz.ui import theme
    from quiz.ui.kinds import order as order_view
    from quiz.ui.scenes.results import ResultsScene

    size = (960, 540)
    app = make_app(size)
    app.update_settings(sound=False, auto_advance=False)
    apps.append(app)
    boxes = TextBoxes(monkeypatch)
    # the longest items, so the kept picks' line is the longest it can be
    question = max((q for q in generate(film, 1) if q.kind == "order"),
                   key=lambda q: sum(len(i) for i in q.items))
    start_round(app, [question], timer=10.0)
    step(app, 30)
    scene = app.router.top
    first, second = question.order[0], (question.order[1] + 1) % 4
    if second == first:
        second = (second + 1) % 4
    key(app, str(first + 1))
    key(app, str(second + 1))
    assert scene.asking
    step(app, 1, seconds=10.0)  # time runs out with two placed
    answer = scene.round.last
    assert answer is not None and answer.timed_out and answer.kept == (first, second)
    right = (first == question.order[0]) + (second == question.order[1])
    assert answer.credit == right / 4 and answer.points > 0 and not answer.correct
    assert order_view.verdict_text(answer) == f"Time's up — {right} of the 2 placed in the right place"
    for place in ("feedback", "results"):
        boxes.clear()
        app.invalidate()
        step(app, 2)
        assert boxes.drawn and boxes.outside(size) == [], place
        assert boxes.smaller_than(theme.MIN_TEXT) == [], place
        if place == "feedback":
            assert any(t.startswith("Time's up") for t in boxes.texts)
            app.clock.advance(1.0)
            key(app, "RETURN")
    assert isinstance(app.router.top, ResultsScene)
    assert any("Time ran out with 2 placed" in t for t in boxes.texts), boxes.texts


@pytest.fixture
def apps():
    made = []
    yield made
    for app in made:
        app.close()
