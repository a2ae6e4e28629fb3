"""Custom packs: checking, questions, discovery and lookup."""

import shutil
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.facts.loader import load_film
from quiz.generator import generate
from quiz.model import DIFFICULTIES
from quiz.packs import Pack, discover_packs, find_pack, load_file, validate_paths
from quiz.paths import packs_dir, questions_dir
from quiz.problems import PackError

EXAMPLES = questions_dir() / "examples"
FILM = Path(__file__).parent / "films" / "paper-lantern.yaml"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def pack_from(tmp_path, text, name="pack.yaml") -> Pack:
    return load_file(write(tmp_path, name, text))


def errors(pack):
    return [p for p in pack.problems if p.severity == "error"]


def warnings(pack):
    return [p for p in pack.problems if p.severity == "warning"]


GOOD = """\
    title: Good pack
    description: Some questions
    author: Someone
    questions:
      - question: Who sings the theme song?
        answer: Eason Chan
        wrong: [Jay Chou, Faye Wong, Jacky Cheung]
        category: Music
        difficulty: easy
        explanation: He sang it.
      - question: Is this a two-option question?
        answer: Yes
        wrong: [No]
      - question: How many options here?
        answer: 3
        wrong: [2, 4]
        difficulty: HARD
"""


def test_example_pack_is_valid_and_has_two_and_three_option_questions():
    pack = load_file(EXAMPLES / "my-pack.yaml")
    assert pack.ok, pack.problems
    assert pack.problems == []
    assert pack.kind == "questions" and not pack.builtin
    made = pack.questions(0)
    sizes = Counter(len(q.choices) for q in made if q.kind == "choice")
    assert sizes[2] >= 1 and sizes[3] >= 1 and sizes[4] >= 1
    # and one of each other kind
    assert Counter(q.kind for q in made) == {"choice": sum(sizes.values()), "true_false": 1,
                                              "number": 1, "order": 1, "typed": 1}
    assert pack.question_count == len(made)


def test_questions_are_built_from_the_file(tmp_path):
    pack = pack_from(tmp_path, GOOD)
    assert (pack.id, pack.title, pack.description, pack.author) == ("pack", "Good pack", "Some questions", "Someone")
    assert pack.ok and pack.question_count == 3
    first, second, third = pack.questions(7)
    assert [q.id for q in (first, second, third)] == ["pack/1", "pack/2", "pack/3"]
    assert all(q.fact == q.id and q.source == "pack.yaml" for q in (first, second, third))
    assert first.correct == "Eason Chan"
    assert sorted(first.choices) == sorted(["Eason Chan", "Jay Chou", "Faye Wong", "Jacky Cheung"])
    assert (first.category, first.difficulty, first.explanation) == ("Music", "easy", "He sang it.")
    assert second.choices in (("Yes", "No"), ("No", "Yes")) and second.correct == "Yes"
    assert (second.category, second.difficulty, second.explanation) == ("General", "medium", "")
    assert third.correct == "3" and len(third.choices) == 3
    assert third.difficulty == "hard"


def test_same_seed_same_questions_and_seeds_move_answers(tmp_path):
    body = "".join(f"  - question: Q{i}?\n    answer: right{i}\n    wrong: [a{i}, b{i}, c{i}]\n"
                   for i in range(20))
    pack = pack_from(tmp_path, "title: T\nquestions:\n" + body)
    assert pack.questions(3) == pack.questions(3)
    layouts = {tuple(q.choices for q in pack.questions(seed)) for seed in range(5)}
    assert len(layouts) > 1


@pytest.mark.parametrize("size", [2, 3, 4])
def test_right_answer_positions_are_balanced(tmp_path, size):
    count = size * 5
    wrong = ", ".join(f"w{k}" for k in range(size - 1))
    body = "".join(f"  - question: Q{i}?\n    answer: right\n    wrong: [{wrong}]\n" for i in range(count))
    pack = pack_from(tmp_path, "title: T\nquestions:\n" + body)
    for seed in range(3):
        positions = Counter(q.answer for q in pack.questions(seed))
        assert positions == {p: 5 for p in range(size)}
        for q in pack.questions(seed):
            assert q.correct == "right"


@pytest.mark.parametrize("wrong,count", [("[]", "none"), ("[a, b, c, d]", "4")])
def test_wrong_count_must_be_one_to_three(tmp_path, wrong, count):
    pack = pack_from(tmp_path, f"""\
        title: T
        questions:
          - question: Fine?
            answer: yes
            wrong: [no]
          - question: Bad?
            answer: right
            wrong: {wrong}
    """)
    assert not pack.ok
    [problem] = errors(pack)
    assert problem.line == 8
    assert f"it has {count}" in problem.message and "question 2" in problem.message
    assert str(problem) == f"{tmp_path / 'pack.yaml'}:8: {problem.message}"


def test_missing_wrong_and_wrong_as_text(tmp_path):
    pack = pack_from(tmp_path, """\
        title: T
        questions:
          - question: A?
            answer: a
          - question: B?
            answer: b
            wrong: c
    """)
    lines = sorted((p.line, p.message) for p in errors(pack))
    assert lines[0][0] == 3 and "no wrong: list" in lines[0][1]
    assert lines[1][0] == 7 and "should be a list" in lines[1][1]


def test_wrong_answer_equal_to_the_right_one_is_an_error(tmp_path):
    pack = pack_from(tmp_path, """\
        title: T
        questions:
          - question: Who?
            answer: Eason Chan
            wrong:
              - Jay Chou
              - "eason  CHAN "
    """)
    [problem] = errors(pack)
    assert problem.line == 7
    assert "same as the right answer" in problem.message


def test_repeated_wrong_answer_is_an_error(tmp_path):
    pack = pack_from(tmp_path, "title: T\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b, B]\n")
    [problem] = errors(pack)
    assert problem.line == 5 and "listed twice" in problem.message


def test_same_question_twice_is_a_warning_not_an_error(tmp_path):
    pack = pack_from(tmp_path, """\
        title: T
        questions:
          - question: Who directed it?
            answer: Rene Liu
            wrong: [Zhang Yibai]
          - question: Who  directed it?
            answer: Rene Liu
            wrong: [Ann Hui]
    """)
    assert pack.ok and pack.question_count == 2
    [warning] = warnings(pack)
    assert warning.line == 6
    assert "repeats question 1 (line 3)" in warning.message
    assert str(warning).endswith(f":6: warning: {warning.message}")


def test_very_long_question_and_answer_are_warnings(tmp_path):
    long_q, long_a = "Why " + "x" * 400 + "?", "y" * 200
    pack = pack_from(tmp_path, f"title: T\nquestions:\n  - question: {long_q}\n    answer: {long_a}\n    wrong: [n]\n")
    assert pack.ok
    assert {w.line for w in warnings(pack)} == {3}
    assert len(warnings(pack)) == 2
    assert any("very long option" in w.message for w in warnings(pack))


@pytest.mark.parametrize("text,line,words", [
    ("questions:\n  - question: Q?\n    answer: a\n    wrong: [b]\n", 1, "no title"),
    ("title:\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b]\n", 1, "no title"),
    ("title: [a, b]\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b]\n", 1, "title should be one piece of text"),
    ("title: T\n", 1, "no 'questions:' list"),
    ("title: T\nquestions: []\n", 2, "questions: list is empty"),
    ("title: T\nquestions:\n", 2, "questions: list is empty"),
    ("title: T\nquestions: some text\n", 2, "should be a list"),
    ("title: T\nquestions:\n  - just text\n", 3, "should be a mapping"),
    ("title: T\nquestions:\n  - question: Q?\n    wrong: [b]\n", 3, "no answer"),
    ("title: T\nquestions:\n  - question: Q?\n    answer: ''\n    wrong: [b]\n", 4, "right answer after 'answer:'"),
    ("title: T\nquestions:\n  - answer: a\n    wrong: [b]\n", 3, "no question: text"),
    ("title: T\nquestions:\n  - question: Q?\n    answer: [a]\n    wrong: [b]\n", 4, "answer: should be one piece of text"),
    ("title: T\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b]\n    difficulty: extreme\n", 6,
     "easy, medium or hard"),
    ("title: T\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [b, [c]]\n", 5, "should be text"),
])
def test_each_rule_has_a_plain_message_and_line(tmp_path, text, line, words):
    pack = pack_from(tmp_path, text)
    assert not pack.ok
    assert any(p.line == line and words in p.message for p in errors(pack)), pack.problems
    assert pack.question_count == 0
    with pytest.raises(PackError):
        pack.questions(0)


def test_unknown_keys_are_warnings_with_a_suggestion(tmp_path):
    pack = pack_from(tmp_path, """\
        title: T
        autor: me
        questions:
          - question: Q?
            answer: a
            wrong: [b]
            explenation: because
    """)
    assert pack.ok
    messages = {w.line: w.message for w in warnings(pack)}
    assert "did you mean 'author'" in messages[2]
    assert "did you mean 'explanation'" in messages[7]


def test_loading_problems_become_pack_problems(tmp_path):
    pack = pack_from(tmp_path, "- a\n- b\n", name="list.yaml")
    assert not pack.ok and pack.id == "list" and pack.title == "list"
    assert "top level" in errors(pack)[0].message


def test_discovery_lists_bad_packs_with_problems_and_loads_the_rest(tmp_path):
    folder = packs_dir()
    write(folder, "good.yaml", GOOD)
    write(folder, "broken.yaml", "title: Broken\nquestions:\n  - question: Q?\n    answer: a\n    wrong: []\n")
    write(folder, "evil.yml", "title: !!python/object/apply:os.system [ls]\n")
    shutil.copy(EXAMPLES / "opentdb-sample.json", folder / "trivia.json")
    write(folder, "notes.txt", "not a pack")
    write(folder, ".hidden.yaml", "junk: [")
    write(folder / "more", "extra.yaml", GOOD)
    packs = discover_packs()
    mine = {p.id: p for p in packs if not p.builtin}
    assert set(mine) == {"good", "broken", "evil", "trivia", "extra"}
    assert mine["good"].ok and mine["good"].question_count == 3
    assert mine["extra"].ok
    assert mine["trivia"].ok and mine["trivia"].kind == "opentdb"
    assert not mine["broken"].ok and errors(mine["broken"])[0].line == 5
    assert not mine["evil"].ok and "not allowed" in errors(mine["evil"])[0].message
    for pack in packs:
        assert pack.path is None or EXAMPLES not in pack.path.parents


def test_missing_packs_folder_is_fine():
    assert not packs_dir().exists()
    assert all(p.builtin for p in discover_packs())


def test_pack_ids_are_unique(tmp_path):
    write(packs_dir(), "quiz.yaml", GOOD)
    write(packs_dir(), "Quiz.yml", GOOD)
    extra = write(tmp_path / "elsewhere", "quiz.yaml", GOOD)
    packs = discover_packs([extra])
    ids = [p.id for p in packs]
    assert len(ids) == len(set(ids))
    assert {"quiz", "quiz-2", "quiz-3"} <= set(ids)


def test_examples_are_not_built_in_packs():
    assert all(p.path is None or p.path.name != "examples" for p in discover_packs())
    assert all(p.builtin for p in discover_packs())


def test_extra_paths_come_last_and_missing_ones_carry_an_error(tmp_path):
    good = write(tmp_path, "extra.yaml", GOOD)
    packs = discover_packs([good, tmp_path / "missing.yaml"])
    assert packs[-2].path == good and packs[-2].ok
    assert not packs[-1].ok and "no such file" in packs[-1].problems[0].message


def test_find_pack_by_id_and_by_path(tmp_path):
    write(packs_dir(), "mine.yaml", GOOD)
    packs = discover_packs()
    assert find_pack("mine", packs).title == "Good pack"
    other = write(tmp_path, "other.yaml", GOOD)
    before = len(packs)
    found = find_pack(str(other), packs)
    assert found.ok and len(packs) == before + 1 and packs[-1] is found
    assert find_pack(str(other), packs) is found  # not loaded twice
    assert len(packs) == before + 1


def test_find_pack_missing_is_a_plain_sentence():
    with pytest.raises(QuizError) as caught:
        find_pack("nothing-like-this", discover_packs())
    assert not isinstance(caught.value, PackError)
    assert str(caught.value) == "No pack called 'nothing-like-this'. Run 'us-and-them-quiz packs' to list them."


def test_find_pack_with_problems_raises_pack_error(tmp_path):
    write(packs_dir(), "bad.yaml", "title: T\nquestions: []\n")
    packs = discover_packs()
    with pytest.raises(PackError) as caught:
        find_pack("bad", packs)
    assert caught.value.problems[0].line == 2
    bad_file = write(tmp_path, "bad2.yaml", "title: T\n")
    with pytest.raises(PackError):
        find_pack(str(bad_file), packs)


def test_find_pack_with_only_warnings_is_usable(tmp_path):
    path = write(tmp_path, "warn.yaml", GOOD + "    extra: ignored\n")
    pack = find_pack(str(path), [])
    assert pack.ok and pack.warnings


def test_validate_paths(tmp_path):
    good = write(tmp_path, "good.yaml", GOOD)
    bad = write(tmp_path, "bad.yaml", "title: T\nquestions:\n  - question: Q?\n    answer: a\n    wrong: [A]\n")
    missing = tmp_path / "missing.yaml"
    assert validate_paths([good]) == []
    problems = validate_paths([good, bad, missing])
    assert [(p.path, p.line) for p in problems] == [(str(bad), 5), (str(missing), None)]
    assert all(p.severity == "error" for p in problems)
    assert {(p.path, p.line) for p in validate_paths([tmp_path])} == {(str(bad), 5)}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "holds no pack files" in validate_paths([empty])[0].message


def test_examples_folder_validates():
    problems = validate_paths([EXAMPLES / "my-pack.yaml", EXAMPLES / "opentdb-sample.json"])
    assert problems == []


def test_every_question_of_a_pack_is_well_formed():
    for seed in range(3):
        for q in load_file(EXAMPLES / "my-pack.yaml").questions(seed):
            if q.kind in ("number", "order", "typed"):
                continue  # their own tests check them
            assert 2 <= len(q.choices) <= 4
            assert len(set(q.choices)) == len(q.choices)
            assert q.difficulty in DIFFICULTIES


# ---- facts packs


def test_facts_pack_in_the_packs_folder(tmp_path):
    template = EXAMPLES / "film-template.yaml"
    packs_dir().mkdir(parents=True)
    shutil.copy(template, packs_dir() / "film.yaml")
    [pack] = [p for p in discover_packs() if not p.builtin]
    assert pack.kind == "facts", pack.problems
    assert pack.ok, pack.problems
    assert pack.question_count == len({q.fact for q in pack.questions(0)}) > 0
    assert pack.questions(1) == pack.questions(1)


def test_broken_facts_file_is_a_pack_with_problems():
    write(packs_dir(), "film.yaml", "film:\n  id: x\nfacts: not a list\n")
    [pack] = [p for p in discover_packs() if not p.builtin]
    assert pack.kind == "facts" and not pack.ok


def test_built_in_film_is_a_facts_pack():
    packs = discover_packs()
    film = find_pack("us-and-them", packs)
    assert film.builtin and film.kind == "facts" and film.ok
    # A round can ask each fact once, however many ways the pack can ask it.
    questions = film.questions(0)
    assert film.question_count == len({q.fact for q in questions}) < len(questions)
    assert questions == generate(load_film(questions_dir() / "us-and-them"), 0)


def test_a_question_reusing_wrong_answers_by_alias_is_blamed_at_its_own_line(tmp_path):
    path = write(tmp_path, "alias.yaml", """\
        title: Aliases
        questions:
          - question: First?
            answer: A
            wrong: &w [B, C, D]
          - question: Second?
            answer: B
            wrong: *w
        """)
    [problem] = load_file(path).errors
    assert "the wrong answer 'B' is the same as the right answer" in problem.message
    assert problem.line == 8


def test_a_facts_pack_makes_its_questions_once_for_counting_and_the_deck(monkeypatch):
    import quiz.generator
    from quiz.deck import build_deck, categories

    made = []
    real = quiz.generator.generate
    monkeypatch.setattr(quiz.generator, "generate", lambda film, seed: made.append(seed) or real(film, seed))
    pack = load_file(FILM)
    assert pack.ok and pack.question_count > 0
    categories([pack], 0)
    deck = build_deck([pack], seed=0, count=10)
    assert len(deck) == 10 and made == [0]
    build_deck([pack], seed=5, count=10)
    build_deck([pack], seed=5, count=10)
    assert made == [0, 5]


def test_kept_questions_are_handed_out_afresh_and_only_for_a_few_seeds():
    from quiz.packs import KEPT_SEEDS

    pack = load_file(FILM)
    first = pack.questions(3)
    first.reverse()
    assert pack.questions(3) == first[::-1]  # a caller's changes do not reach the pack
    assert pack.questions(3) != pack.questions(4)
    for seed in range(10, 10 + 3 * KEPT_SEEDS):
        pack.questions(seed)
    assert len(pack._made) == KEPT_SEEDS
    assert pack.questions(10) == load_file(FILM).questions(10)  # made again, the same
