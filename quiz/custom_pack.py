"""Checking a custom questions pack: our YAML format, and Open Trivia DB files once read.

``check_questions`` turns a pack's parsed data into checked entries and the
problems found, each at its file:line, without raising for bad content.
"""

from __future__ import annotations

import re

import difflib
import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from quiz.model import DIFFICULTIES
from quiz.problems import LineLookup, Problem, no_lines


MIN_WRONG, MAX_WRONG = 1, 3
LONG_QUESTION = 300
LONG_ANSWER = 120

# Hard limits, far above any real pack, so no text can freeze a screen that
# fits it. Longer text is an error (the warnings above come first).
MAX_CHARS = {"question": 1000, "answer": 200, "wrong": 200, "category": 100, "title": 100,
             "author": 100, "description": 1000, "explanation": 1000}

TOP_KEYS = ("title", "description", "author", "language", "questions")
# A language code as gettext writes it: en, zh_CN, pt_BR (zh-CN is read as zh_CN).
LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:_[A-Z][A-Za-z]{1,3})?")
QUESTION_KEYS = ("question", "answer", "wrong", "category", "difficulty", "explanation", "type",
                 "min", "max", "step", "unit", "margin", "items", "accept")
# A question's type: (the default) choice, or one of the other question kinds.
TYPES = ("choice", "true_false", "number", "order", "typed")
MIN_ITEMS, MAX_ITEMS = 3, 4  # what fits the screen as one row of three or a square of four
TRUE_FALSE = ("true", "false")

@dataclass(frozen=True)
class Entry:
    """One checked question of a custom pack, as written (right answer first)."""

    question: str
    answer: str
    wrong: tuple[str, ...]
    category: str = "General"
    difficulty: str = "medium"
    explanation: str = ""
    line: Optional[int] = field(default=None, compare=False)  # where, not what
    type: str = "choice"  # one of TYPES; true_false has answer "true" or "false" and no wrong
    number: tuple = ()  # for type number: (value, min, max, step, unit, margin), checked
    items: tuple[str, ...] = ()  # for type order: the items, first to last
    accept: tuple[str, ...] = ()  # for type typed: other spellings that count, besides answer




def _clean(text: str) -> str:
    """Text as players will see it: one Unicode form (NFC), no invisible or control characters.

    Without this, "Café" typed two ways, or "Eason" with a zero-width space,
    would be two different options that look the same, and a NUL or a soft
    hyphen alone would be a blank button.
    """
    if text.isascii() and text.isprintable():
        return text.strip()  # most text: already in NFC, nothing to strip but spaces
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = "".join(" " if ch in "\t\n\r" else ch for ch in text
                       if ch in "\t\n\r" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cn", "Cs"))
    return text.strip()


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.lru_cache(maxsize=256)  # the same misspelt key is often repeated in every question
def _suggest(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _kind_word(value) -> str:
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else "text"


def check_questions(name: str, data: dict, lines: LineLookup = no_lines):
    """Check a custom pack's data: ``(meta, entries, problems)``.

    ``meta`` holds title, description and author; entries are only
    trustworthy when no problem is an error.
    """
    problems: list[Problem] = []
    errors = [0]  # a running count, so checking stays linear in the pack's size

    def error(path: tuple, message: str) -> None:
        errors[0] += 1
        problems.append(Problem(name, lines(path), message))

    def warn(path: tuple, message: str) -> None:
        problems.append(Problem(name, lines(path), message, "warning"))

    def text(container: dict, key: str, path: tuple, label: str) -> str:
        value = container.get(key, "")
        if isinstance(value, str):
            value = _clean(value)
            limit = MAX_CHARS.get(key)
            if limit and len(value) > limit:
                error(path + (key,), f"{label} is {len(value):,} characters long; "
                                     f"it may be at most {limit:,}")
                return value[:limit]  # cut, so no second "missing" error follows
            return value
        error(path + (key,), f"{label} should be one piece of text, not {_kind_word(value)}")
        return ""

    meta = {key: text(data, key, (), key) for key in ("title", "description", "author")}
    meta["language"] = "en"
    if "language" in data:
        code = text(data, "language", (), "language:").replace("-", "_")
        if code and LANGUAGE_RE.fullmatch(code):
            meta["language"] = code
        elif isinstance(data.get("language"), str):
            error(("language",), f"language: '{code}' is not a language code such as en or zh_CN")
    if not meta["title"] and isinstance(data.get("title", ""), str):
        error(("title",) if "title" in data else (),
              "the pack has no title; add a line such as 'title: My pack'")
    for key in data:
        if key not in TOP_KEYS:
            warn((key,), f"the key '{key}' is not part of a pack and is ignored{_suggest(key, TOP_KEYS)}")

    entries: list[Entry] = []
    questions = data.get("questions")
    if "questions" not in data:
        error((), "the pack has no 'questions:' list")
        return meta, entries, in_line_order(problems)
    if not isinstance(questions, list):
        if questions == "":
            error(("questions",), "the questions: list is empty; add at least one question")
        else:
            error(("questions",), "questions: should be a list, each question starting with '- question:'")
        return meta, entries, in_line_order(problems)
    if not questions:
        error(("questions",), "the questions: list is empty; add at least one question")
        return meta, entries, in_line_order(problems)

    seen: dict[str, int] = {}
    for index, item in enumerate(questions):
        number = index + 1
        here = ("questions", index)
        if not isinstance(item, dict):
            error(here, f"question {number} should be a mapping with question:, answer: and wrong:, "
                        f"not {_kind_word(item)}")
            continue
        before = errors[0]
        for key in item:
            if key not in QUESTION_KEYS:
                warn(here + (key,), f"question {number}: the key '{key}' is not part of a question "
                                    f"and is ignored{_suggest(key, QUESTION_KEYS)}")
        kind = item.get("type", "choice")
        if not isinstance(kind, str) or kind.strip().lower() not in TYPES:
            error(here + ("type",), f"question {number}: type: must be one of {', '.join(TYPES)}, "
                                    f"not '{kind}'")
            kind = "choice"
        kind = kind.strip().lower()
        asked = text(item, "question", here, f"question {number}: question:")
        answer = text(item, "answer", here, f"question {number}: answer:") if kind != "order" else ""
        if not asked and isinstance(item.get("question", ""), str):
            error(here, f"question {number} has no question: text")
        if kind != "order" and not answer and isinstance(item.get("answer", ""), str):
            if "answer" in item:
                error(here + ("answer",), f"question {number} has no answer: write the right answer "
                                          f"after 'answer:'")
            else:
                error(here, f"question {number} has no answer: add a line 'answer: ...' "
                            f"with the right answer")
        numbers: tuple = ()
        items: tuple = ()
        accept: tuple = ()
        if kind == "true_false":
            wrong = []
            if answer and answer.lower() not in TRUE_FALSE:
                error(here + ("answer",), f"question {number}: a true_false question's answer: is "
                                          f"true or false, not '{answer}'")
            answer = answer.lower()
        elif kind == "number":
            wrong = []
            numbers = _check_number(item, number, here, error)
        elif kind == "order":
            wrong = []
            items = _check_items(item, number, here, error, _clean)
        elif kind == "typed":
            wrong = []
            accept = _check_accept(item, number, here, answer, asked, error)
        else:
            wrong = _check_wrong(item, number, here, answer, error)
        category = text(item, "category", here, f"question {number}: category:") or "General"
        difficulty = text(item, "difficulty", here, f"question {number}: difficulty:").lower() or "medium"
        if difficulty not in DIFFICULTIES:
            error(here + ("difficulty",), f"question {number}: difficulty: must be easy, medium or hard, "
                                          f"not '{item['difficulty']}'")
        explanation = text(item, "explanation", here, f"question {number}: explanation:")

        if asked:
            key = _norm(asked)
            if key in seen:
                warn(here, f"question {number} repeats question {seen[key] + 1} "
                           f"(line {lines(('questions', seen[key]))}); players may get it twice")
            else:
                seen[key] = index
            if len(asked) > LONG_QUESTION:
                warn(here + ("question",), f"question {number} is very long ({len(asked)} characters); "
                                           f"keep it under {LONG_QUESTION} so it reads well")
        for option in [answer, *wrong]:
            if len(option) > LONG_ANSWER:
                warn(here, f"question {number} has a very long option ({len(option)} characters); "
                           f"keep options under {LONG_ANSWER}")
                break
        if errors[0] == before:
            entries.append(Entry(asked, answer, tuple(wrong), category, difficulty, explanation,
                                 lines(here), kind, numbers, items, accept))
    return meta, entries, in_line_order(problems)


def in_line_order(problems: list[Problem]) -> list[Problem]:
    """Problems as a reader meets them in the file: by file, then line (stable within a line)."""
    return sorted(problems, key=lambda p: (p.path, p.line or 0))


def _check_wrong(item: dict, number: int, here: tuple, answer: str, error) -> list[str]:
    if "wrong" not in item:
        error(here, f"question {number} has no wrong: list (1 to 3 wrong answers)")
        return []
    value = item["wrong"]
    where = here + ("wrong",)
    if isinstance(value, str):
        if not value.strip():
            error(where, f"question {number}: wrong: is empty; it needs 1 to 3 wrong answers")
        else:
            error(where, f"question {number}: wrong: should be a list such as [{value.strip()}, ...], "
                         "not a single piece of text")
        return []
    if not isinstance(value, list):
        error(where, f"question {number}: wrong: should be a list of 1 to 3 wrong answers, not a mapping")
        return []
    if not MIN_WRONG <= len(value) <= MAX_WRONG:
        count = "none" if not value else str(len(value))
        error(where, f"question {number}: wrong: needs 1 to 3 wrong answers; it has {count}")
        return []
    options: list[str] = []
    right = _norm(answer) if answer else None
    seen = {right} if answer else set()
    for position, option in enumerate(value):
        spot = where + (position,)
        if not isinstance(option, str):
            error(spot, f"question {number}: each wrong answer should be text, not {_kind_word(option)}")
            continue
        option = _clean(option)
        if len(option) > MAX_CHARS["wrong"]:
            error(spot, f"question {number}: wrong answer {position + 1} is {len(option):,} characters "
                        f"long; it may be at most {MAX_CHARS['wrong']:,}")
        elif not option:
            error(spot, f"question {number}: wrong answer {position + 1} is empty")
        elif (key := _norm(option)) == right:
            error(spot, f"question {number}: the wrong answer '{option}' is the same as the right answer")
        elif key in seen:
            error(spot, f"question {number}: the wrong answer '{option}' is listed twice")
        else:
            seen.add(key)
            options.append(option)
    return options


def _check_number(item: dict, number: int, here: tuple, error) -> tuple:
    """A number question's (value, min, max, step, unit, margin), or () after an error."""
    from quiz.kinds.number import check_range, parse_number

    values = {}
    for key, needed in (("answer", True), ("min", True), ("max", True), ("step", False),
                        ("margin", False)):
        raw = item.get(key)
        if raw is None or raw == "":
            if key == "answer":
                return ()  # a missing answer is already named above
            if needed:
                error(here if key not in item else here + (key,),
                      f"question {number}: a number question needs {key}: (a number)")
                return ()
            continue
        value = parse_number(raw)
        if value is None:
            error(here + (key,), f"question {number}: {key}: should be a number, not '{raw}'")
            return ()
        values[key] = value
    unit = item.get("unit", "")
    if not isinstance(unit, str):
        error(here + ("unit",), f"question {number}: unit: should be text, such as 'million' or '%'")
        return ()
    problem = check_range(values["answer"], values["min"], values["max"], values.get("step"),
                          values.get("margin"))
    if problem:
        error(here, f"question {number}: {problem}")
        return ()
    return (values["answer"], values["min"], values["max"], values.get("step"), _clean(unit),
            values.get("margin"))


def _check_items(item: dict, number: int, here: tuple, error, clean) -> tuple:
    """An order question's items, first to last, or () after an error."""
    value = item.get("items")
    where = here + ("items",) if "items" in item else here
    if not isinstance(value, list) or not MIN_ITEMS <= len(value) <= MAX_ITEMS:
        error(where, f"question {number}: an order question needs items: a list of "
                     f"{MIN_ITEMS} or {MAX_ITEMS} texts, first to last")
        return ()
    out: list[str] = []
    for position, entry in enumerate(value):
        text = clean(entry) if isinstance(entry, str) else ""
        if not text or len(text) > MAX_CHARS["wrong"]:
            error(where + (position,), f"question {number}: item {position + 1} should be a text of "
                                       f"1 to {MAX_CHARS['wrong']} characters")
            return ()
        if _norm(text) in {_norm(t) for t in out}:
            error(where + (position,), f"question {number}: the item '{text}' is listed twice")
            return ()
        out.append(text)
    return tuple(out)


def _check_accept(item: dict, number: int, here: tuple, answer: str, asked: str, error) -> tuple:
    """A typed question's other accepted spellings, or () after an error (or when it has none)."""
    from quiz.kinds.typed import normal

    if answer and not normal(answer):
        error(here + ("answer",), f"question {number}: a typed answer needs letters or digits "
                                  f"to type, not '{answer}'")
        return ()
    value = item.get("accept", [])
    where = here + ("accept",) if "accept" in item else here
    if value is None:
        return ()
    if not isinstance(value, list):
        error(where, f"question {number}: accept: should be a list of other spellings, "
                     f"such as [{answer or 'another spelling'}, ...]")
        return ()
    out: list[str] = []
    seen = {normal(answer)} if answer else set()
    for position, entry in enumerate(value):
        text = _clean(entry) if isinstance(entry, str) else ""
        if not normal(text) or len(text) > MAX_CHARS["answer"]:
            error(where + (position,), f"question {number}: accepted spelling {position + 1} "
                                       f"should be a text of 1 to {MAX_CHARS['answer']} characters "
                                       f"with letters or digits")
            return ()
        if normal(text) in seen:
            error(where + (position,), f"question {number}: the spelling '{text}' is already "
                                       f"accepted (case, accents, spaces and punctuation are ignored)")
            return ()
        seen.add(normal(text))
        out.append(text)
    if asked:
        shown = _norm(asked)
        for spelling in [answer, *out]:
            if spelling and re.search(r"(?<!\w)" + re.escape(_norm(spelling)) + r"(?!\w)", shown):
                error(here + ("question",), f"question {number}: the question contains its "
                                            f"answer '{spelling}'; a typed answer must not be "
                                            f"given away")
                return ()
    return tuple(out)
