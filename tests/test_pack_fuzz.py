"""Random and mutated YAML and JSON fed to the pack loaders: only packs or clear errors come out."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.errors import QuizError
from quiz.opentdb import loads_opentdb
from quiz.packs import Pack, load_file
from quiz.paths import questions_dir
from quiz.safeyaml import loads_yaml

EXAMPLES = questions_dir() / "examples"
VALID_YAML = (EXAMPLES / "my-pack.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
VALID_JSON = (EXAMPLES / "opentdb-sample.json").read_text(encoding="utf-8").splitlines(keepends=True)

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that matter to YAML and JSON, so mutations hit the parsers' edges.
SYNTAX = st.sampled_from(list(":-[]{},&*!|>'\"#%@`?~\t\n \\") + ["\x00", "\ufeff", "é", "后", "\x85", "\u2028"])
NOISE = st.text(alphabet=st.one_of(SYNTAX, st.characters()), max_size=12)


@st.composite
def mutated(draw, lines):
    lines = list(lines)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "indent", "dedent", "swap", "truncate"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "insert":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(NOISE) + lines[i][at:]
        elif action == "indent":
            lines[i] = " " * draw(st.integers(1, 6)) + lines[i]
        elif action == "dedent":
            lines[i] = lines[i].lstrip(" ")
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    return "".join(lines)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.sampled_from(["", "Yes", "~", "multiple", "boolean", "easy"]))
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.sampled_from([
                                "response_code", "results", "type", "difficulty", "category", "question",
                                "correct_answer", "incorrect_answers", "x"]), inner, max_size=6)),
    max_leaves=25,
)
# Keys of the facts schema, so random documents also reach the film loader.
FACTS_KEYS = ["film", "entities", "facts", "pools", "relations", "sequences", "groups"]
YAMLISH = st.recursive(
    st.text(max_size=20),
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.sampled_from([
                                "title", "description", "author", "questions", "question", "answer", "wrong",
                                "category", "difficulty", "explanation", "x", *FACTS_KEYS]), inner, max_size=6)),
    max_leaves=25,
)


def check_pack(pack):
    assert isinstance(pack, Pack)
    if pack.ok:
        questions = pack.questions(1)
        assert len({q.fact for q in questions}) == pack.question_count > 0
        for q in questions:
            assert q.question and q.right_text().strip()
            if q.kind in ("choice", "true_false"):
                assert 2 <= len(q.choices) <= 4 and 0 <= q.answer < len(q.choices)
                assert all(q.choices)
    else:
        assert pack.problems and all(str(p) for p in pack.problems)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def load_text(folder, text, suffix):
    path = folder / f"case{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    return load_file(path)


def loads_or_clear_error(loader, text):
    try:
        loader(text)
    except QuizError as error:
        assert str(error)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_random_text_as_yaml_and_json(folder, text):
    check_pack(load_text(folder, text, ".yaml"))
    check_pack(load_text(folder, text, ".json"))
    loads_or_clear_error(loads_yaml, text)
    loads_or_clear_error(loads_opentdb, text)


@FUZZ
@given(text=mutated(VALID_YAML))
def test_mutated_yaml_pack(folder, text):
    check_pack(load_text(folder, text, ".yaml"))


@FUZZ
@given(text=mutated(VALID_JSON))
def test_mutated_json_pack(folder, text):
    check_pack(load_text(folder, text, ".json"))


@FUZZ
@given(data=JSONISH)
def test_random_json_structures(folder, data):
    check_pack(load_text(folder, json.dumps(data), ".json"))


@FUZZ
@given(data=YAMLISH, flow=st.booleans())
def test_random_yaml_structures(folder, data, flow):
    import yaml

    check_pack(load_text(folder, yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True), ".yaml"))
