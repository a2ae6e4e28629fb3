"""True/False questions from packs: True always first, in two boxes that fit."""

from __future__ import annotations

import yaml

from quiz.packs import load_file
from quiz.ui.question.layout import make_layout
from quiz.paths import questions_dir


def test_true_comes_first_whatever_the_seed(tmp_path):
    entries = [{"question": f"Statement {i}.", "answer": "True" if i % 2 else "False",
                "wrong": ["False" if i % 2 else "True"], "category": "Plot", "difficulty": "easy"}
               for i in range(8)]
    path = tmp_path / "tf.yaml"
    path.write_text(yaml.safe_dump({"title": "TF", "questions": entries}), encoding="utf-8")
    pack = load_file(path)
    assert pack.ok, pack.problems
    for seed in range(20):
        for q in pack.questions(seed):
            assert q.choices == ("True", "False")
            assert q.correct == ("True" if int(q.question.split()[1][:-1]) % 2 else "False")


def test_open_trivia_booleans_put_true_first():
    pack = load_file(questions_dir() / "examples" / "opentdb-sample.json")
    pairs = [q for seed in range(10) for q in pack.questions(seed) if len(q.choices) == 2]
    assert pairs and all(q.choices == ("True", "False") for q in pairs)


def test_two_options_take_a_row_no_taller_than_a_row_of_four():
    for size in [(960, 540), (1920, 1080)]:
        two, four = make_layout(size, 2), make_layout(size, 4)
        assert len(two.options) == 2 and two.options[0].h <= four.options[0].h
        assert two.options[0].y == two.options[1].y
        assert two.footer.h > four.footer.h  # the height saved goes to the feedback
