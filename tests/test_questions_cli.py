"""The `questions` command: JSON and text output, counts, filters and plain errors."""

import json
from pathlib import Path

from quiz.cli import main

TEST_FILM = Path(__file__).parent / "films" / "paper-lantern.yaml"


def run(capsys, *argv):
    code = main(["questions", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_all_is_every_question_once_with_exactly_the_fields(capsys):
    code, out, _ = run(capsys, "--json", "--count", "all", "--seed", "3")
    assert code == 0
    items = json.loads(out)
    assert len(items) >= 120
    # The JSON contract of each kind, key for key and in this order.
    own = {"choice": ["choices", "answer"], "true_false": ["choices", "answer"],
           "number": ["value", "min", "max", "step", "unit", "margin"], "order": ["items", "order"],
           "typed": ["answer", "accepted"]}
    assert all(list(item) == ["id", "kind", "fact", "category", "difficulty", "question",
                              *own[item["kind"]], "explanation", "source"] for item in items)
    assert {"choice", "true_false"} <= {item["kind"] for item in items}
    assert len({item["id"] for item in items}) == len(items)
    assert all(item["choices"][item["answer"]] not in item["question"] for item in items
               if item["kind"] == "choice")
    assert all(item["choices"] == ["True", "False"] for item in items if item["kind"] == "true_false")
    code, again, _ = run(capsys, "--json", "--count", "all", "--seed", "3")
    assert again == out
    _, other, _ = run(capsys, "--json", "--count", "all", "--seed", "4")
    assert other != out and len(json.loads(other)) == len(items)


def test_count_category_and_difficulty(capsys):
    _, out, _ = run(capsys, "--json", "--count", "7")
    items = json.loads(out)
    assert len(items) == 7 and len({i["fact"] for i in items}) == 7
    _, out, _ = run(capsys, "--json", "--count", "all", "--category", "PLOT", "--difficulty", "hard")
    items = json.loads(out)
    assert items and {(i["category"], i["difficulty"]) for i in items} == {("Plot", "hard")}


def test_default_is_ten_readable_questions(capsys):
    code, out, _ = run(capsys)
    assert code == 0
    assert out.count("Answer: ") == 10
    assert out.startswith("1. ")


def test_unknown_category_lists_the_categories(capsys):
    code, out, err = run(capsys, "--category", "Cooking")
    assert code == 1 and out == ""
    assert "No category called 'Cooking'" in err
    assert "Awards" in err and "Plot" in err and "Traceback" not in err


def test_a_facts_file_given_by_path(capsys):
    code, out, _ = run(capsys, "--json", "--pack", str(TEST_FILM), "--count", "all")
    assert code == 0
    items = json.loads(out)
    assert items and all(i["id"].startswith("paper-lantern/") for i in items)
