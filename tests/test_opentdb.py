"""Open Trivia DB files: decoding, checking with lines, and conversion to our YAML."""

import json

import pytest
import yaml

from quiz.errors import QuizError
from quiz.opentdb import convert_file, load_opentdb, loads_opentdb
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.problems import PackError
from quiz.safeyaml import load_yaml

SAMPLE = questions_dir() / "examples" / "opentdb-sample.json"


def result(**fields):
    base = {"type": "multiple", "difficulty": "easy", "category": "General Knowledge",
            "question": "Q?", "correct_answer": "a", "incorrect_answers": ["b", "c", "d"]}
    base.update(fields)
    return base


def write_json(tmp_path, payload, name="trivia.json", indent=2):
    path = tmp_path / name
    path.write_text(json.dumps(payload, indent=indent, ensure_ascii=False), encoding="utf-8")
    return path


def test_sample_decodes_html_entities():
    data, _ = load_opentdb(SAMPLE)
    questions = data["questions"]
    texts = [q["question"] for q in questions]
    assert 'Which planet is known as the "Red Planet"?' in texts
    assert "What is the name of Earth's only natural satellite?" in texts
    assert not any("&" in t and ";" in t for t in texts)
    assert {q["category"] for q in questions} >= {"Science & Nature", "Geography"}
    pride = next(q for q in questions if "Pride" in q["question"])
    assert "Charlotte Brontë" in pride["wrong"]


def test_sample_loads_as_a_pack_with_boolean_and_multiple_questions():
    pack = load_file(SAMPLE)
    assert pack.ok and pack.kind == "opentdb", pack.problems
    questions = pack.questions(0)
    assert pack.question_count == len(questions) == 7
    sizes = {len(q.choices) for q in questions}
    assert sizes == {2, 4}
    boolean = next(q for q in questions if q.question == "Sound travels faster than light.")
    assert set(boolean.choices) == {"True", "False"} and boolean.correct == "False"
    assert {q.difficulty for q in questions} == {"easy", "medium"}
    assert all(q.source == "opentdb-sample.json" for q in questions)


def test_non_zero_response_code_is_refused(tmp_path):
    path = write_json(tmp_path, {"response_code": 1, "results": []})
    with pytest.raises(PackError) as caught:
        load_opentdb(path)
    message = caught.value.problems[0].message
    assert "response_code 1" in message and "no results" in message


@pytest.mark.parametrize("payload,words", [
    ([result()], "should be a JSON object"),
    ({"response_code": 0}, "no 'results' list"),
    ({"response_code": 0, "results": {"a": 1}}, "no 'results' list"),
    ({"response_code": 0, "results": []}, "empty 'results' list"),
    ({"response_code": "0", "results": [result()]}, "response_code \"0\""),
    ({"response_code": 3, "results": [result()]}, "token was not found"),
])
def test_wrong_shapes_have_plain_messages(tmp_path, payload, words):
    with pytest.raises(PackError) as caught:
        load_opentdb(write_json(tmp_path, payload))
    assert words in caught.value.problems[0].message


def test_problems_point_at_the_line_of_the_result(tmp_path):
    payload = {"response_code": 0, "results": [
        result(),
        result(type="essay"),
        result(incorrect_answers="b"),
        "not an object",
    ]}
    path = write_json(tmp_path, payload)
    lines = path.read_text().splitlines()
    type_line = [i for i, l in enumerate(lines, 1) if '"essay"' in l][0]
    wrong_line = [i for i, l in enumerate(lines, 1) if '"incorrect_answers": "b"' in l][0]
    string_line = [i for i, l in enumerate(lines, 1) if '"not an object"' in l][0]
    with pytest.raises(PackError) as caught:
        load_opentdb(path)
    found = {(p.line, p.message.split(":")[0]) for p in caught.value.problems}
    assert found == {(type_line, "result 2"), (wrong_line, "result 3"), (string_line, "result 4 should be an object")}


def test_pack_checks_apply_with_json_lines(tmp_path):
    payload = {"response_code": 0, "results": [result(), result(question="Other?", incorrect_answers=["b", "A"])]}
    path = write_json(tmp_path, payload)
    pack = load_file(path)
    assert not pack.ok
    [problem] = pack.problems
    lines = path.read_text().splitlines()
    # The second result's incorrect_answers key is where the author looks.
    second_key = [i for i, l in enumerate(lines, 1) if '"incorrect_answers"' in l][1]
    assert problem.line == second_key
    assert "same as the right answer" in problem.message


def test_compact_json_reports_line_one_and_still_loads(tmp_path):
    path = write_json(tmp_path, {"response_code": 0, "results": [result(), result(question="Two?")]}, indent=None)
    pack = load_file(path)
    assert pack.ok and pack.question_count == 2


def test_invalid_json_has_its_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "response_code": 0,\n  "results": [\n    {"question": "x",}\n  ]\n}\n')
    with pytest.raises(PackError) as caught:
        load_opentdb(path)
    problem = caught.value.problems[0]
    assert problem.line == 4 and "not valid JSON" in problem.message


def test_deep_json_is_refused_not_crashed():
    with pytest.raises(PackError, match="nested too deeply"):
        loads_opentdb("[" * 100_000 + "]" * 100_000)


def test_binary_and_empty_json(tmp_path):
    with pytest.raises(PackError, match="binary"):
        loads_opentdb(b'{"a": "\x00"}')
    with pytest.raises(PackError, match="is empty"):
        loads_opentdb(b"  \n")


def facts_of(pack):
    return [(q.question, q.correct, sorted(q.choices), q.category, q.difficulty) for q in pack.questions(0)]


def test_import_round_trip_gives_the_same_questions(tmp_path):
    output = tmp_path / "converted.yaml"
    assert convert_file(SAMPLE, output) == 7
    converted = load_file(output)
    assert converted.ok and converted.kind == "questions", converted.problems
    assert facts_of(converted) == facts_of(load_file(SAMPLE))
    assert converted._entries == load_file(SAMPLE)._entries


TRICKY = ["Yes", "no", "055", "0x1F", "~", "null", "a: b", "#hash", " leading", "trailing ",
          'say "hi"', "it's", "back\\slash", "后来的我们", "- dash", "[x]", "{y}", "&amp;-decoded", "@at",
          "%percent", "`tick`", "*star", "!bang", "|pipe", ">fold", "2018-04-28", "1e3", "tab\there"]


def test_round_trip_keeps_tricky_strings(tmp_path):
    results = [result(question=f"Q{i} {text}", correct_answer=text.strip() or "x",
                      incorrect_answers=[f"w {text}"]) for i, text in enumerate(TRICKY)]
    source = write_json(tmp_path, {"response_code": 0, "results": results})
    output = tmp_path / "out.yaml"
    convert_file(source, output)
    ours, _ = load_yaml(output)
    plain = yaml.safe_load(output.read_text(encoding="utf-8"))
    expected, _ = load_opentdb(source)
    assert ours["questions"] == expected["questions"]
    assert plain["questions"] == expected["questions"]  # any YAML reader sees the same text
    assert [q["answer"] for q in ours["questions"]][:2] == ["Yes", "no"]


def test_convert_refuses_bad_input_and_writes_nothing(tmp_path):
    source = write_json(tmp_path, {"response_code": 0, "results": [result(incorrect_answers=[])]})
    output = tmp_path / "out.yaml"
    with pytest.raises(PackError, match="needs 1 to 3 wrong answers"):
        convert_file(source, output)
    assert not output.exists()
    with pytest.raises(QuizError, match="no file"):
        convert_file(tmp_path / "missing.json", output)
    assert not output.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_convert_into_a_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(QuizError, match="Cannot write"):
        convert_file(SAMPLE, tmp_path / "no" / "such" / "folder" / "out.yaml")
