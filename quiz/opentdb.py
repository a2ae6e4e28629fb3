"""Open Trivia DB files: their JSON response format read as a pack, or converted to our YAML.

The file is turned into the same data a custom YAML pack holds, so one set of
checks (quiz.custom_pack.check_questions) covers both formats.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from bisect import bisect_right
from pathlib import Path
from typing import Optional, Union

import yaml

from quiz.custom_pack import check_questions
from quiz.errors import QuizError
from quiz.problems import PackError, Problem
from quiz.safeyaml import decode, read_text

PathLike = Union[str, Path]

# What the API means by each response code, in words a player can act on.
RESPONSE_CODES = {
    1: "the query had no results (Open Trivia DB had too few questions for it)",
    2: "the query had an invalid parameter",
    3: "the session token was not found",
    4: "the session token has returned every question; reset it",
    5: "too many requests were made; wait a few seconds",
}
TYPES = ("multiple", "boolean")
# Our field for each Open Trivia DB field, so line lookups work on the converted data.
FIELD_OF = {"question": "question", "answer": "correct_answer", "wrong": "incorrect_answers",
            "category": "category", "difficulty": "difficulty"}

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _JsonLines:
    """A ``LineLookup`` for converted data: ``("questions", i, field)`` -> line in the JSON."""

    def __init__(self, result_lines: list[Optional[int]], field_lines: list[dict]) -> None:
        self.result_lines = result_lines
        self.field_lines = field_lines

    def __call__(self, path: tuple) -> Optional[int]:
        if len(path) < 2 or path[0] != "questions" or not isinstance(path[1], int):
            return 1
        index = path[1]
        if not 0 <= index < len(self.result_lines):
            return 1
        if len(path) >= 3:
            line = self.field_lines[index].get(FIELD_OF.get(path[2], path[2]))
            if line:
                return line
        return self.result_lines[index]


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()


def _members(text: str, i: int) -> dict:
    """Key -> offset of its value, for the JSON object starting at ``i`` (text is valid JSON)."""
    out: dict = {}
    i = _skip(text, i + 1)
    while i < len(text) and text[i] != "}":
        key, i = _DECODER.raw_decode(text, i)
        i = _skip(text, _skip(text, i) + 1)  # past the colon
        out[key] = i
        _, i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
    return out


def _elements(text: str, i: int) -> list[int]:
    """Offsets of the items of the JSON array starting at ``i``."""
    out = []
    i = _skip(text, i + 1)
    while i < len(text) and text[i] != "]":
        out.append(i)
        _, i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
    return out


def _locate(text: str) -> tuple[list[Optional[int]], list[dict]]:
    """Line of each result and of each field in it; empty if the layout is unexpected."""
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line(offset: int) -> int:
        return bisect_right(newlines, offset - 1) + 1

    start = _skip(text, 0)
    if not text.startswith("{", start):
        return [], []
    results = _members(text, start).get("results")
    if results is None or not text.startswith("[", results):
        return [], []
    result_lines, field_lines = [], []
    for offset in _elements(text, results):
        result_lines.append(line(offset))
        fields = _members(text, offset) if text.startswith("{", offset) else {}
        field_lines.append({key: line(at) for key, at in fields.items()})
    return result_lines, field_lines


def _has_surrogate(value) -> bool:
    """True if any text in the decoded JSON cannot be written as UTF-8."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(\\u[dD][89a-fA-F][0-9a-fA-F]{2})")


def _surrogate_line(text: str) -> int:
    for match in _PAIR.finditer(text):
        if match.group(1):
            return text.count("\n", 0, match.start()) + 1
    return 1


def _number_line(text: str) -> int:
    """The line of the first run of digits long enough to be refused, else 1."""
    match = re.search(r"\d{4000,}", text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def load_opentdb(path: PathLike):
    """An Open Trivia DB file as custom-pack data: ``(data, lines)``; ``PackError`` if unusable."""
    return loads_opentdb(read_text(path), str(path), Path(path).stem)


def loads_opentdb(text: Union[str, bytes], name: str = "<json>", stem: str = "Open Trivia DB"):
    if isinstance(text, bytes):
        text = decode(text, name)
    if not text.strip():
        raise PackError([Problem(name, 1, "is empty; an Open Trivia DB file holds "
                                          "{\"response_code\": 0, \"results\": [...]}")])
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise PackError([Problem(name, error.lineno, f"is not valid JSON here: {error.msg}")]) from None
    except RecursionError:
        raise PackError([Problem(name, 1, "is nested too deeply to be an Open Trivia DB file")]) from None
    except ValueError as error:  # e.g. an integer of thousands of digits
        raise PackError([Problem(name, _number_line(text), f"holds a value JSON cannot read here: "
                                                           f"{str(error).split(';')[0]}")]) from None
    if _has_surrogate(raw):
        raise PackError([Problem(name, _surrogate_line(text),
                                 "holds a \\u escape of half a character (a lone surrogate such as "
                                 "\\ud800), which is not text; remove it or write the whole pair")])
    try:
        result_lines, field_lines = _locate(text)
    except (RecursionError, ValueError):  # lines are a help, never a reason to fail
        result_lines, field_lines = [], []

    def problem(index: Optional[int], key: Optional[str], message: str) -> Problem:
        line = 1
        if index is not None and index < len(result_lines):
            line = (key and field_lines[index].get(key)) or result_lines[index]
        return Problem(name, line, message)

    if not isinstance(raw, dict):
        raise PackError([problem(None, None, "should be a JSON object with response_code and results, "
                                             "as Open Trivia DB returns")])
    code = raw.get("response_code", 0)
    if isinstance(code, bool) or code != 0:  # true and false are not codes, though false == 0
        meaning = RESPONSE_CODES.get(code, "it is not a successful response") \
            if isinstance(code, int) and not isinstance(code, bool) \
            else "it is not a number"
        raise PackError([problem(None, None, f"has response_code {json.dumps(code)}: {meaning}; "
                                             "only a response with code 0 holds questions")])
    results = raw.get("results")
    if not isinstance(results, list):
        raise PackError([problem(None, None, "has no 'results' list of questions")])
    if not results:
        raise PackError([problem(None, None, "has an empty 'results' list; it holds no questions")])

    problems: list[Problem] = []
    questions = []
    for index, item in enumerate(results):
        number = index + 1
        if not isinstance(item, dict):
            problems.append(problem(index, None, f"result {number} should be an object"))
            continue
        kind = item.get("type", "multiple")
        if kind not in TYPES:
            problems.append(problem(index, "type", f"result {number}: type must be 'multiple' or "
                                                   f"'boolean', not {json.dumps(kind)}"))
        entry = {}
        for key, ours in (("question", "question"), ("correct_answer", "answer"),
                          ("category", "category"), ("difficulty", "difficulty")):
            value = item.get(key, "")
            if not isinstance(value, str):
                problems.append(problem(index, key, f"result {number}: {key} should be text"))
                continue
            if value:
                entry[ours] = html.unescape(value)
        wrong = item.get("incorrect_answers")
        if not isinstance(wrong, list) or not all(isinstance(w, str) for w in wrong):
            problems.append(problem(index, "incorrect_answers",
                                    f"result {number}: incorrect_answers should be a list of text"))
        else:
            entry["wrong"] = [html.unescape(w) for w in wrong]
            if kind == "boolean" and sorted([entry.get("answer", ""), *entry["wrong"]]) != ["False", "True"]:
                problems.append(problem(index, "incorrect_answers",
                                        f"result {number}: a boolean question's answers are True and "
                                        "False, one right and the other wrong"))
        questions.append(entry)
    if problems:
        raise PackError(problems)
    title = stem.replace("_", " ").replace("-", " ").strip() or "Open Trivia DB"
    data = {
        "title": title[:1].upper() + title[1:],
        "description": f"Imported from Open Trivia DB ({len(questions)} questions).",
        "questions": questions,
    }
    return data, _JsonLines(result_lines, field_lines)


class _Dumper(yaml.SafeDumper):
    """Plain keys, double-quoted text values.

    Quoting every value means any YAML reader gets the same text back:
    "Yes", "1984" and "~" stay text, not a boolean, a number or a null.
    """

    def increase_indent(self, flow=False, indentless=False):
        # Indent lists under their key, as people write them by hand.
        return super().increase_indent(flow, False)

    def represent_text(self, value: str):
        return self.represent_scalar(_STR, value, style='"')

    def represent_plain_keys(self, mapping: dict):
        node = yaml.MappingNode("tag:yaml.org,2002:map", [], flow_style=False)
        for key, value in mapping.items():
            node.value.append((yaml.ScalarNode(_STR, str(key)), self.represent_data(value)))
        return node


_STR = "tag:yaml.org,2002:str"
_Dumper.add_representer(str, _Dumper.represent_text)
_Dumper.add_representer(dict, _Dumper.represent_plain_keys)


def dump_pack(data: dict) -> str:
    """Custom-pack data as YAML text in our format."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1 << 16)


def convert_file(source: PathLike, output: PathLike) -> int:
    """Write the Open Trivia DB file ``source`` as a YAML pack at ``output``; return the count."""
    source, output = Path(source), Path(output)
    if not source.exists():
        raise QuizError(f"There is no file at '{source}'.")
    if source.suffix.lower() in (".yaml", ".yml"):
        raise QuizError(f"'{source}' is a YAML file; import converts Open Trivia DB .json files. "
                        f"A YAML pack needs no import: put it in your packs folder as it is.")
    data, lines = load_opentdb(source)
    _, entries, problems = check_questions(str(source), data, lines)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise PackError(errors)
    try:
        if output.resolve() == source.resolve():
            raise QuizError("The output file must not be the Open Trivia DB file itself.")
    except OSError:
        pass
    text = (f"# Converted from {source.name} (Open Trivia DB) by us-and-them-quiz import.\n"
            + dump_pack(data))
    _write_atomically(output, text)
    return len(entries)


def _write_atomically(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise QuizError(f"Cannot write '{path}': {error.strerror or error}.") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temp, path)
    except OSError as error:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise QuizError(f"Cannot write '{path}': {error.strerror or error}.") from None
