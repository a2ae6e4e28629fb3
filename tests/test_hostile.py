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
    import quiz.facts.loader

    write(packs_dir(), "mine.yaml", GOOD)
    monkeypatch.setattr(quiz.facts.loader, "load_film", lambda folder: 1 / 0)
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


# ---- 2. nothing the game reads can block it; signals end it promptly

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args, timeout=30):
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(ROOT), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run([sys.executable, "-m", "quiz", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


@pytest.fixture
def fifo(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")

    def make(path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)
        return path
    return make


def test_a_named_pipe_as_a_pack_is_refused_not_waited_on(tmp_path, fifo):
    pipe = fifo(tmp_path / "pipe.yaml")
    pack = load_file(pipe)
    assert not pack.ok and "not a regular file" in messages(pack)
    result = run_cli("validate", str(pipe))
    assert result.returncode == 1 and "not a regular file" in result.stdout


def test_a_named_pipe_in_the_packs_folder_or_a_film_folder_is_passed_over(tmp_path, fifo):
    fifo(packs_dir() / "pipe.yaml")
    fifo(packs_dir() / "pipe.json")
    fifo(packs_dir() / "film" / "00-pipe.yaml")
    write(packs_dir() / "film", "film.yaml", TEMPLATE)
    write(packs_dir(), "good.yaml", GOOD)
    found = {p.id: p for p in discover_packs() if not p.builtin}
    assert found["good"].ok and found["us-and-them-sample"].ok
    assert not found["pipe"].ok and not found["pipe-2"].ok


def test_import_from_a_named_pipe_is_refused(tmp_path, fifo):
    pipe = fifo(tmp_path / "pipe.json")
    result = run_cli("import", str(pipe), "-o", str(tmp_path / "out.yaml"))
    assert result.returncode == 1 and "not a regular file" in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_a_named_pipe_as_the_score_file_is_refused(tmp_path, fifo):
    from quiz.paths import db_path
    from quiz.store import Store, describe

    fifo(db_path())
    store = Store()
    assert not store.is_open and "not a regular file" in " ".join(describe(n) for n in store.take_notices())
    result = run_cli("scores")
    assert result.returncode == 1 and "not a regular file" in result.stderr


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_game_promptly(tmp_path, signal_name):
    import os
    import signal
    import subprocess
    import sys
    import time

    env = dict(os.environ, PYTHONPATH=str(ROOT), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    game = subprocess.Popen([sys.executable, "-m", "quiz", "play", "--frames", "1000000"],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(3)
        assert game.poll() is None, game.stderr.read()
        game.send_signal(getattr(signal, signal_name))
        started = time.monotonic()
        code = game.wait(timeout=10)
        assert time.monotonic() - started < 5
        assert code == 130
    finally:
        if game.poll() is None:
            game.kill()
            game.wait()


# ---- 3. text that is not text (a lone surrogate) is refused at load


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "x\\ud83d", "\\ude00y"])
def test_a_lone_surrogate_in_json_is_refused_at_its_line(tmp_path, escape):
    good_pair = "\\ud83d\\ude00"  # a whole pair (an emoji) on line 2 is fine
    text = ('{"response_code": 0, "results": [\n{"question": "Smile ' + good_pair + '?",'
            '"correct_answer": "Yes", "incorrect_answers": ["No"]},\n'
            '{"question": "Q' + escape + '?", "correct_answer": "A", "incorrect_answers": ["B"]}]}')
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    pack = load_file(path)
    assert [(p.line, "lone surrogate" in p.message) for p in pack.problems] == [(3, True)]
    result = run_cli("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.returncode == 1 and not (tmp_path / "out.yaml").exists()


def test_a_whole_surrogate_pair_is_kept(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text(opentdb(question="SMILE").replace("SMILE", "Smile \\ud83d\\ude00?"), encoding="utf-8")
    pack = load_file(path)
    assert pack.ok and pack.questions(0)[0].question == "Smile \U0001F600?"


# ---- 4. sizes: longer than any real pack is refused with its line; fitting is logarithmic


@pytest.mark.parametrize("field, length, line", [
    ("title", 101, 1), ("question", 1001, 3), ("answer", 201, 4), ("category", 101, 6),
    ("explanation", 1001, 7),
])
def test_text_over_its_limit_is_an_error_at_its_line(tmp_path, field, length, line):
    values = {"title": "T", "question": "Q?", "answer": "A", "category": "C", "explanation": "E"}
    values[field] = "x" * length
    path = write(tmp_path, "big.yaml", f"""\
        title: {values['title']}
        questions:
          - question: {values['question']}
            answer: {values['answer']}
            wrong: [B]
            category: {values['category']}
            explanation: {values['explanation']}
    """)
    problems = validate_paths([path])
    assert [(p.line, p.severity) for p in problems if "at most" in p.message] == [(line, "error")]
    assert all(p.severity == "warning" or "at most" in p.message for p in problems)


def test_a_wrong_answer_over_its_limit_is_an_error_at_its_line(tmp_path):
    path = write(tmp_path, "big.yaml", f"""\
        title: T
        questions:
          - question: Q?
            answer: A
            wrong:
              - B
              - {"y" * 201}
    """)
    [problem] = [p for p in validate_paths([path]) if p.severity == "error"]
    assert problem.line == 7 and "at most 200" in problem.message


def test_text_just_under_the_limits_is_accepted(tmp_path):
    path = write(tmp_path, "ok.yaml", f"""\
        title: {"t" * 100}
        questions:
          - question: {"q" * 1000}
            answer: {"a" * 200}
            wrong: [{"b" * 200}]
            category: {"c" * 100}
    """)
    assert load_file(path).ok


class CountingText:
    """A stand-in measurer: one pixel per character, counting measurements."""

    def __init__(self):
        from quiz.ui.text import Text

        self.calls = 0
        self.real = Text.__new__(Text)
        self.real._width = self._width

    def _width(self, text, px, bold):
        self.calls += 1
        return len(text)


def test_ellipsize_measures_a_logarithmic_number_of_times():
    counter = CountingText()
    line = counter.real.ellipsize("w" * 1_000_000, 16, 300)
    assert line == "w" * 299 + "…"
    assert counter.calls < 60


# ---- 5. aliases are bounded by the text they expand to, not only by entries


def test_aliases_that_repeat_a_huge_text_are_refused_quickly(tmp_path):
    import time

    from quiz.problems import PackError
    from quiz.safeyaml import MAX_TEXT, loads_yaml

    big = "x" * 3_000_000
    text = (f"title: T\nbig: &q {big}\nquestions:\n"
            + "".join("  - {question: *q, answer: a, wrong: [b]}\n" for _ in range(20_000)))
    started = time.monotonic()
    with pytest.raises(PackError) as caught:
        loads_yaml(text, "bomb.yaml")
    assert time.monotonic() - started < 5
    [problem] = caught.value.problems
    assert f"{MAX_TEXT:,} characters" in problem.message and problem.line == 6


def test_aliases_within_the_text_bound_still_load():
    from quiz.safeyaml import loads_yaml

    text = ("title: T\nwrong: &w [Jay Chou, Faye Wong]\nquestions:\n"
            + "".join(f"  - {{question: Q{i}?, answer: a, wrong: *w}}\n" for i in range(500)))
    data, _ = loads_yaml(text, "ok.yaml")
    assert data["questions"][499]["wrong"] == ["Jay Chou", "Faye Wong"]


# ---- 8. control characters never reach the terminal raw


def test_terminal_escapes_in_a_pack_are_shown_escaped(tmp_path, capsys):
    path = write(tmp_path, "esc.yaml", '''\
        title: "Clear\\e[2J\\e]0;x\\a"
        questions:
          - question: "Who\\e[31m?"
            answer: "A\\u202eB"
            wrong: [C]
          - question: "Again\\x07?"
            answer: A
            wrong: [C]
            colour: red
    ''')
    bad = write(tmp_path, "bad.yaml", 'title: T\nquestions:\n  - {question: Q, answer: A, wrong: [B], '
                                      'difficulty: "\\e[2J\\a"}\n')
    write(packs_dir(), "esc.yaml", path.read_text(encoding="utf-8"))
    for args in (["packs"], ["questions", "--pack", "esc", "--count", "all"], ["validate", str(path), str(bad)]):
        main(args)
        out = capsys.readouterr()
        for stream in (out.out, out.err):
            assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    main(["questions", "--pack", "esc", "--count", "all"])
    assert "Who[31m?" in capsys.readouterr().out  # cleaned at load: the escape itself is gone


# ---- 11. the smaller ones


@pytest.mark.parametrize("answer, wrong", [("True", ["False", "Maybe"]), ("Maybe", ["False"]),
                                           ("True", ["False", "Yes", "No"]), ("True", ["True"])])
def test_boolean_questions_need_true_and_false(tmp_path, answer, wrong):
    path = tmp_path / "b.json"
    path.write_text(opentdb(type="boolean", correct_answer=answer, incorrect_answers=wrong), encoding="utf-8")
    pack = load_file(path)
    assert not pack.ok and "True and False" in messages(pack)


@pytest.mark.parametrize("code", ["true", "false"])
def test_a_response_code_of_true_or_false_is_refused_alike(tmp_path, code):
    path = tmp_path / "c.json"
    path.write_text(opentdb().replace('"response_code": 0', f'"response_code": {code}'), encoding="utf-8")
    pack = load_file(path)
    assert not pack.ok and "not a number" in messages(pack)


def test_the_window_size_is_capped():
    from quiz.errors import QuizError
    from quiz.ui.app import parse_size

    assert parse_size("7680x4320") == (7680, 4320)
    with pytest.raises(QuizError, match="at most 7680x4320"):
        parse_size("16384x16384")


# ---- 7. options that look the same are the same; invisible-only options are empty


@pytest.mark.parametrize("wrong", ["Eason\u200b", "E\u00adason", "\u202eEason", "Eason\x00"])
def test_invisible_characters_do_not_make_a_new_option(tmp_path, wrong):
    path = tmp_path / "p.json"
    path.write_text(opentdb(correct_answer="Eason", incorrect_answers=[wrong, "Jay"]), encoding="utf-8")
    pack = load_file(path)
    assert not pack.ok and "same as the right answer" in messages(pack)


def test_two_unicode_forms_of_one_word_are_one_option(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(opentdb(correct_answer="Caf\u00e9", incorrect_answers=["Cafe\u0301", "Tea"]),
                    encoding="utf-8")
    assert "same as the right answer" in messages(load_file(path))


@pytest.mark.parametrize("blank", ["\u200b", "\u00ad", "\x00", "\u2066\u2069"])
def test_an_option_of_only_invisible_characters_is_empty(tmp_path, blank):
    path = tmp_path / "p.json"
    path.write_text(opentdb(incorrect_answers=[blank, "Jay"]), encoding="utf-8")
    assert "wrong answer 1 is empty" in messages(load_file(path))


def test_shown_text_is_in_one_form_without_invisible_characters(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(opentdb(question="Who\u200b sang Cafe\u0301?"), encoding="utf-8")
    assert load_file(path).questions(0)[0].question == "Who sang Caf\u00e9?"


def test_a_link_back_to_the_packs_folder_lists_no_pack_twice():
    import os

    write(packs_dir(), "good.yaml", GOOD)
    os.symlink(".", packs_dir() / "again")
    os.symlink("..", packs_dir() / "up")
    assert [p.id for p in discover_packs() if not p.builtin] == ["good"]
