"""Reading a film's facts: values, merging files, and every problem with its file and line."""

import shutil
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from quiz.facts.loader import load_film
from quiz.facts.records import DateValue, NumberValue, OneOf, Ref, TextValue
from quiz.facts.schema import film_from_documents
from quiz.generator import generate
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.problems import PackError
from quiz.safeyaml import load_yaml

TEST_FILM = Path(__file__).parent / "films" / "paper-lantern.yaml"

HEAD = """\
film:
  id: tiny
  title: Tiny Film
entities:
  - id: ann
    kind: person
    names: [Ann One, A. One]
    roles: [actor]
  - id: bob
    kind: person
    names: [Bob Two]
    roles: [actor]
pools:
  actor: [Cat Three, Dan Four, Eve Five]
"""

FACT = """\
facts:
  - id: lead
    section: Cast
    category: Cast
    difficulty: easy
    values:
      who: ann
    questions:
      - answer: who
        pool: actor
        phrasings: ["Who leads {film}?"]
    explanation: "{who} leads it."
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path):
    with pytest.raises(PackError) as caught:
        load_film(path)
    return caught.value.problems


def test_the_built_in_film_loads():
    film = load_film(questions_dir() / "us-and-them")
    assert (film.id, film.title, film.original_title) == ("us-and-them", "Us and Them", "后来的我们")
    assert film.description
    assert film.entities["rene-liu"].name == "Rene Liu"
    release = next(f for f in film.facts if f.id == "release-date").values["day"]
    assert release == DateValue(date(2018, 4, 28), "day") and release.show() == "April 28, 2018"
    gross = next(f for f in film.facts if f.id == "gross").values["gross"]
    assert gross.show() == "$209 million" and gross.value == Decimal("209")
    douban = next(f for f in film.facts if f.id == "douban").values
    assert douban["score"].show() == "5.9/10" and douban["ratings"].show() == "224,453"


def test_value_forms(tmp_path):
    path = write(tmp_path, "film.yaml", HEAD + """\
facts:
  - id: many
    section: S
    category: C
    difficulty: hard
    values:
      who: ann
      shown: {entity: ann, name: A. One}
      day: {date: 2018-06}
      cash: {money: 88.8, unit: million, currency: $}
      yuan: {money: 1, unit: billion, currency: yuan}
      count: {number: 224453}
      score: {number: 5.9, format: "{}/10", min: 0, max: 10}
      place: {text: Hailar, pool: city}
      both: [ann, bob]
    questions:
      - answer: count
        phrasings: ["How many?"]
    explanation: "{count}."
""")
    values = load_film(path).facts[0].values
    assert isinstance(values["who"], Ref) and values["who"].show() == "Ann One"
    assert values["shown"].show() == "A. One" and values["shown"].entity.id == "ann"
    assert values["day"].show() == "June 2018"
    assert values["cash"].show() == "$88.8 million"
    assert values["yuan"].show() == "1 billion yuan"
    assert values["count"].show() == "224,453"
    assert isinstance(values["score"], NumberValue) and values["score"].high == Decimal(10)
    assert values["score"].show() == "5.9/10"
    assert values["place"] == TextValue("Hailar", "city")
    assert isinstance(values["both"], OneOf) and values["both"].show() == "Ann One and Bob Two"


def test_a_folder_is_merged_in_name_order(tmp_path):
    write(tmp_path / "film", "b.yaml", FACT)
    write(tmp_path / "film", "a.yaml", HEAD)
    film = load_film(tmp_path / "film")
    assert film.id == "tiny" and [f.id for f in film.facts] == ["lead"]
    # the lead's name is also asked typed
    assert sorted(q.kind for q in generate(film, 0)) == ["choice", "true_false", "typed"]


def test_documents_from_safe_yaml_give_the_same_film():
    docs = []
    for file in sorted((questions_dir() / "us-and-them").glob("*.yaml")):
        data, lines = load_yaml(file)
        docs.append((str(file), data, lines))
    film = film_from_documents(docs)
    assert generate(film, 5) == generate(load_film(questions_dir() / "us-and-them"), 5)


def test_the_made_up_film_is_a_facts_pack():
    pack = load_file(TEST_FILM)
    assert pack.kind == "facts" and pack.ok, pack.problems
    assert pack.id == "paper-lantern" and pack.title == "The Paper Lantern"
    assert pack.question_count == len({q.fact for q in pack.questions(0)}) >= 15


@pytest.mark.parametrize("text,line,words", [
    # an unknown entity id, on the line of the value
    (HEAD + FACT.replace("who: ann", "who: zed"), 21, "'zed' is not an entity id"),
    (HEAD + FACT.replace("difficulty: easy", "difficulty: tricky"), 19, "easy, medium or hard"),
    (HEAD + FACT.replace("Who leads {film}?", "Who is {who}?"), 25, "its own answer"),
    (HEAD + FACT.replace("Who leads {film}?", "Who leads {movie}?"), 25, "{movie}"),
    (HEAD + FACT.replace("answer: who", "answer: whom"), 23, "names no value"),
    (HEAD + FACT.replace("who: ann", "who: {date: 2018-13-45}"), 21, "cannot be read"),
    (HEAD + FACT.replace("who: ann", "who: {number: lots}"), 21, "cannot be read"),
    (HEAD + FACT.replace("    explanation: \"{who} leads it.\"\n", ""), 16, "explanation: is missing"),
    (HEAD + FACT + "  - id: lead\n    relation: nothing\n    values: {who: ann}\n", 28, "no relation called"),
    (HEAD.replace("names: [Bob Two]", "names: [Bob Two, A. One]") + FACT, 11, "belongs to both"),
    (HEAD + FACT + "extra: 1\n", 27, "not part of the facts schema"),
    (FACT, None, "no file holds film:"),
])
def test_problems_name_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, "film.yaml", text)
    problems = problems_of(path)
    assert any(words in p.message and p.line == line for p in problems), problems
    if line:
        assert any(str(p).startswith(f"{path}:{line}: ") for p in problems)


def test_duplicate_fact_ids_are_reported(tmp_path):
    body = FACT + FACT.replace("facts:\n", "")
    problems = problems_of(write(tmp_path, "film.yaml", HEAD + body))
    assert any("used twice" in p.message for p in problems)


def test_a_pool_too_small_is_a_problem_when_questions_are_made(tmp_path):
    path = write(tmp_path, "film.yaml", HEAD.replace("[Cat Three, Dan Four, Eve Five]", "[Cat Three]") + FACT)
    film = load_film(path)
    with pytest.raises(PackError) as caught:
        generate(film, 0)
    assert "needs 3" in str(caught.value)
    pack = load_file(path)
    assert not pack.ok and pack.kind == "facts"
    assert any("needs 3" in p.message for p in pack.problems)


def test_a_question_that_contains_its_answer_is_refused(tmp_path):
    text = HEAD + FACT.replace("Who leads {film}?", "Who leads, Ann One or someone else?")
    with pytest.raises(PackError) as caught:
        generate(load_film(write(tmp_path, "film.yaml", text)), 0)
    assert "contains its answer" in str(caught.value)


def test_yaml_errors_in_a_folder_carry_lines(tmp_path):
    write(tmp_path / "film", "a.yaml", HEAD)
    write(tmp_path / "film", "b.yaml", "facts:\n  - id: x\n    values: [\n")
    problems = problems_of(tmp_path / "film")
    assert problems[0].path.endswith("b.yaml") and problems[0].line


def test_an_empty_folder_is_a_problem(tmp_path):
    (tmp_path / "empty").mkdir()
    assert "no YAML files" in problems_of(tmp_path / "empty")[0].message


def test_the_template_copies_into_a_working_pack(tmp_path):
    copy = tmp_path / "mine.yaml"
    shutil.copy(questions_dir() / "examples" / "film-template.yaml", copy)
    pack = load_file(copy)
    assert pack.kind == "facts" and pack.ok, pack.problems
    assert pack.question_count >= 10


def test_every_question_of_the_film_has_several_phrasings():
    film = load_film(questions_dir() / "us-and-them")
    for fact in film.facts:
        for direction in fact.directions:
            assert len(direction.phrasings) >= 2, (fact.id, direction.answer)
    for seq in film.sequences:
        assert len(seq.first) >= 2 and len(seq.last) >= 2
    for group in film.groups:
        assert len(group.phrasings) >= 2


def _mutations():
    from hypothesis import strategies as st

    values = st.sampled_from(["", "~", "[]", "{}", "[a, b]", "{date: 2018-02-30}", "{number: NaN}",
                              "{money: x}", "{text: ''}", "nobody", "{entity: keeper, name: Nope}",
                              "-1", "'{}'", "{number: 1e30, min: 2, max: 1}", "[keeper, [x]]",
                              "\"{film} {who} {answer}\""])
    return st.tuples(st.integers(0, 10_000), values)


def test_a_broken_facts_file_gives_problems_never_a_crash(tmp_path):
    """Any value in the made-up film replaced by junk: problems with lines, never a traceback."""
    from hypothesis import given, settings

    source = TEST_FILM.read_text(encoding="utf-8").split("\n")
    keyed = [i for i, line in enumerate(source) if ":" in line and not line.lstrip().startswith("#")]

    @settings(max_examples=150, deadline=None)
    @given(_mutations())
    def check(change):
        index, junk = change
        line = keyed[index % len(keyed)]
        key = source[line].split(":", 1)[0]
        text = "\n".join(source[:line] + [f"{key}: {junk}"] + source[line + 1:])
        path = tmp_path / "film.yaml"
        path.write_text(text, encoding="utf-8")
        pack = load_file(path)
        # The pack loader turns any unexpected exception into this message; it must never appear.
        assert not any("could not be made" in p.message for p in pack.problems), pack.problems
        if pack.ok:
            assert pack.questions(1) == pack.questions(1)

    check()


def test_a_film_without_film_is_told_at_a_file_not_at_an_empty_path(tmp_path):
    path = write(tmp_path, "facts.yaml", """\
        facts:
          - id: lonely
            section: Story
            category: Story
            difficulty: easy
            values: {x: {text: A}}
            questions: [{answer: x, pool: p, phrasings: ["What?"]}]
        """)
    pack = load_file(path)
    [problem] = [p for p in pack.errors if "no file holds film:" in p.message]
    assert problem.path == str(path)
    assert str(problem).startswith(f"{path}: no file holds film:")


def test_a_reused_list_is_blamed_where_it_is_reused_not_where_it_was_written(tmp_path):
    path = write(tmp_path, "film.yaml", """\
        film: {id: alias-film, title: Alias Film}
        pools:
          p: [One, Two, Three]
        facts:
          - id: first
            section: Story
            category: Story
            difficulty: easy
            explanation: It is so.
            values: {y: {text: Six}}
            questions: [{answer: y, pool: p, phrasings: ["What?"], exclude: &odd [{not: text}]}]
          - id: second
            section: Story
            category: Story
            difficulty: easy
            explanation: It is so.
            values: {y: {text: Seven}}
            questions:
              - answer: y
                pool: p
                phrasings: ["Which?"]
                exclude: *odd
        """)
    with pytest.raises(PackError) as caught:
        film_from_documents([(str(path), *load_yaml(path))])
    problems = caught.value.problems
    assert all("exclude: each entry should be non-empty text" in p.message for p in problems)
    # Once where the list is written, once where "exclude: *odd" reuses it.
    assert [p.line for p in problems] == [11, 22]


YEAR_FACT = """\
  - id: lead-year
    same_as: {target}
    section: Cast
    category: Cast
    difficulty: hard
    values:
      year: {{date: 2015}}
    questions:
      - answer: year
        phrasings: ["In what year did the lead first appear in {{film}}?"]
    explanation: "The lead first appeared in {{year}}."
"""


def test_a_fact_the_same_as_another_shares_its_fact_in_every_kind(tmp_path):
    path = write(tmp_path, "film.yaml", HEAD + FACT + YEAR_FACT.format(target="lead"))
    film = load_film(path)
    assert [f.same_as for f in film.facts] == ["", "lead"]
    for seed in range(4):
        made = [q for q in generate(film, seed) if q.id.startswith("tiny/lead-year/")]
        assert {q.kind for q in made} >= {"choice", "number"}
        assert {q.fact for q in made} == {"tiny/lead"}  # so a round never asks both
        # the statement is one per shared fact, whichever fact it was made from
        statements = [q for q in generate(film, seed) if q.kind == "true_false"]
        assert [q.fact for q in statements] == ["tiny/lead"]


@pytest.mark.parametrize("target, words", [("nobody", "names no other fact"),
                                           ("lead-year", "names no other fact")])
def test_same_as_must_name_another_fact_at_its_line(tmp_path, target, words):
    path = write(tmp_path, "film.yaml", HEAD + FACT + YEAR_FACT.format(target=target))
    problems = problems_of(path)
    line = (HEAD + FACT).count("\n") + 2  # the same_as: line of the second fact
    assert any(words in p.message and p.line == line for p in problems), problems


def test_same_as_names_the_fact_itself_not_one_joined_to_it(tmp_path):
    third = YEAR_FACT.format(target="lead-year").replace("id: lead-year", "id: lead-decade")
    path = write(tmp_path, "film.yaml", HEAD + FACT + YEAR_FACT.format(target="lead") + third)
    assert any("is itself the same as 'lead'" in p.message for p in problems_of(path))
