"""Hostile packs, files and faults: each harms only itself, never the game or other packs."""

import json
import shutil
import textwrap
from pathlib import Path

import pytest

import quiz.packs as packs_module
from quiz.cli import main
from quiz.packs import discover_packs, load_file, validate_paths
from quiz.paths import packs_dir, questions_dir

EXAMPLES = questions_dir() / "examples"
TEMPLATE = (EXAMPLES / "film-template.yaml").read_text(encoding="utf-8")

GOOD = """\
    title: Good pack
    questions:
      - question: Who sings the theme song?
        answer: Eason Chan
        wrong: [Jay Chou, Faye Wong, Jacky Cheung]
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def opentdb(**fields) -> str:
    result = {"type": "multiple", "difficulty": "easy", "category": "Film",
              "question": "Who directed it?", "correct_answer": "Rene Liu",
              "incorrect_answers": ["Ann Hui", "Jia Zhangke", "Feng Xiaogang"]}
    result.update(fields)
    return json.dumps({"response_code": 0, "results": [result]}, ensure_ascii=False)


def messages(pack) -> str:
    return "\n".join(str(p) for p in pack.problems)


# ---- 1. any pack problem is a problem of that pack, never an exception


def test_a_loader_that_raises_harms_only_its_own_pack(monkeypatch):
    write(packs_dir(), "a-good.yaml", GOOD)
    write(packs_dir(), "b-bomb.yaml", GOOD)
    write(packs_dir() / "c-folder", "inner.yaml", GOOD)
    real = packs_module._load_file

    def exploding(path):
        if path.name in ("b-bomb.yaml", "inner.yaml"):
            raise RuntimeError("boom")
        return real(path)

    monkeypatch.setattr(packs_module, "_load_file", exploding)
    found = {p.id: p for p in discover_packs() if not p.builtin}
    assert found["a-good"].ok and found["a-good"].question_count == 1
    for name in ("b-bomb", "inner"):
        assert not found[name].ok
        assert "could not be loaded (RuntimeError: boom)" in messages(found[name])
    film = [p for p in discover_packs() if p.builtin]
    assert film and all(p.ok for p in film)


def test_a_built_in_film_that_raises_leaves_the_players_packs(monkeypatch):
    import quiz.facts

    write(packs_dir(), "mine.yaml", GOOD)
    monkeypatch.setattr(quiz.facts, "load_film", lambda folder: 1 / 0)
    found = discover_packs()
    assert [p.id for p in found if not p.builtin] == ["mine"]
    assert all(not p.ok and "ZeroDivisionError" in messages(p) for p in found if p.builtin)


@pytest.mark.parametrize("field", ["correct_answer", "x"])
def test_json_integers_of_thousands_of_digits_are_a_problem_with_a_line(tmp_path, field):
    text = opentdb(**{field: "BIG"}).replace(", \"", ",\n\"").replace('"BIG"', "1" + "0" * 5000)
    path = tmp_path / "big.json"
    path.write_text(text, encoding="utf-8")
    pack = load_file(path)
    assert not pack.ok
    [problem] = pack.problems
    assert problem.line == text.count("\n", 0, text.index("10000")) + 1
    assert "digits" in problem.message


def test_a_huge_response_code_is_a_problem(tmp_path):
    path = tmp_path / "code.json"
    path.write_text('{"response_code": 1' + "0" * 5000 + ', "results": []}', encoding="utf-8")
    assert not load_file(path).ok


@pytest.mark.parametrize("number, words", [
    ("1e999999999", "not a plain number"),
    ("1e-999999999", "not a plain number"),
    ("1.12345678901234567890123456789012345", "35 decimals"),
    ("9" * 5000, "too large"),
    ("Infinity", "not a plain number"),
])
def test_facts_numbers_that_overflow_are_a_problem_at_their_line(tmp_path, number, words):
    path = tmp_path / "film.yaml"
    path.write_text(TEMPLATE.replace("{money: 209,", f'{{money: "{number}",'), encoding="utf-8")
    pack = load_file(path)
    assert not pack.ok
    line = TEMPLATE[:TEMPLATE.index("{money: 209,")].count("\n") + 1
    assert [(p.line, words in p.message) for p in pack.errors] == [(line, True)]


def test_a_bad_pack_in_the_folder_does_not_stop_questions_packs_or_play(tmp_path, capsys):
    write(packs_dir(), "big.json", opentdb(correct_answer="BIG").replace('"BIG"', "1" * 4500))
    assert main(["packs"]) == 0
    assert "cannot be played" in capsys.readouterr().out
    assert main(["questions", "--count", "1"]) == 0
    assert "1." in capsys.readouterr().out
