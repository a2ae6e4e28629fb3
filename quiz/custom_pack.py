"""Checking a custom questions pack: our YAML format, and Open Trivia DB files once read.

``check_questions`` turns a pack's parsed data into checked entries and the
problems found, each at its file:line, without raising for bad content.
"""

from __future__ import annotations

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

TOP_KEYS = ("title", "description", "author", "questions")
QUESTION_KEYS = ("question", "answer", "wrong", "category", "difficulty", "explanation")

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

    meta = {key: _text(data, key, "", error) for key in ("title", "description", "author")}
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
    under = _lines_below(lines)
    for index, item in enumerate(questions):
        number = index + 1
        if not isinstance(item, dict):
            error(("questions", index), f"question {number} should be a mapping with question:, "
                                        f"answer: and wrong:, not {_kind_word(item)}")
            continue
        # One walk down to the question for all its lines: a pack with a warning
        # on every question asks several.
        at = under(("questions", index))
        before = errors[0]

        def q_error(path: tuple, message: str) -> None:
            errors[0] += 1
            problems.append(Problem(name, at(path), message))

        for key in item:
            if key not in _QUESTION_KEYS:
                problems.append(Problem(name, at((key,)), f"question {number}: the key '{key}' is not "
                                        f"part of a question and is ignored{_suggest(key, QUESTION_KEYS)}",
                                        "warning"))
        label = f"question {number}: "
        asked = _text(item, "question", label, q_error)
        answer = _text(item, "answer", label, q_error)
        if not asked and isinstance(item.get("question", ""), str):
            q_error((), f"question {number} has no question: text")
        if not answer and isinstance(item.get("answer", ""), str):
            if "answer" in item:
                q_error(("answer",), f"question {number} has no answer: write the right answer "
                                     f"after 'answer:'")
            else:
                q_error((), f"question {number} has no answer: add a line 'answer: ...' "
                            f"with the right answer")
        wrong = _check_wrong(item, number, answer, q_error)
        category = _text(item, "category", label, q_error) or "General"
        difficulty = _text(item, "difficulty", label, q_error).lower() or "medium"
        if difficulty not in DIFFICULTIES:
            q_error(("difficulty",), f"question {number}: difficulty: must be easy, medium or hard, "
                                     f"not '{item['difficulty']}'")
        explanation = _text(item, "explanation", label, q_error)

        if asked:
            key = _norm(asked)
            if key in seen:
                problems.append(Problem(name, at(()), f"question {number} repeats question "
                                        f"{seen[key] + 1} (line {lines(('questions', seen[key]))}); "
                                        "players may get it twice", "warning"))
            else:
                seen[key] = index
            if len(asked) > LONG_QUESTION:
                problems.append(Problem(name, at(("question",)), f"question {number} is very long "
                                        f"({len(asked)} characters); keep it under {LONG_QUESTION} "
                                        "so it reads well", "warning"))
        for option in [answer, *wrong]:
            if len(option) > LONG_ANSWER:
                problems.append(Problem(name, at(()), f"question {number} has a very long option "
                                        f"({len(option)} characters); keep options under {LONG_ANSWER}",
                                        "warning"))
                break
        if errors[0] == before:
            entries.append(Entry(asked, answer, tuple(wrong), category, difficulty, explanation,
                                 at(())))
    return meta, entries, in_line_order(problems)


_QUESTION_KEYS = frozenset(QUESTION_KEYS)


def _lines_below(lines: LineLookup):
    """``under(path)``: the ``LineLookup`` of the part at ``path`` (``under(p)(q) == lines(p + q)``)."""
    below = getattr(lines, "below", None)
    if below is not None:
        return below
    return lambda path: (lambda rest: lines(path + rest))


def _text(container: dict, key: str, label: str, error, path: tuple = ()) -> str:
    """The text at ``key``, cleaned and cut to its limit. ``label`` starts the messages
    about it ("question 3: " makes "question 3: answer:"; "" leaves the key alone)."""
    value = container.get(key, "")
    if isinstance(value, str):
        value = _clean(value)
        limit = MAX_CHARS.get(key)
        if limit and len(value) > limit:
            error(path + (key,), f"{label + key + ':' if label else key} is {len(value):,} characters "
                                 f"long; it may be at most {limit:,}")
            return value[:limit]  # cut, so no second "missing" error follows
        return value
    error(path + (key,), f"{label + key + ':' if label else key} should be one piece of text, "
                         f"not {_kind_word(value)}")
    return ""


def in_line_order(problems: list[Problem]) -> list[Problem]:
    """Problems as a reader meets them in the file: by file, then line (stable within a line)."""
    return sorted(problems, key=lambda p: (p.path, p.line or 0))


def _check_wrong(item: dict, number: int, answer: str, error) -> list[str]:
    """The wrong answers; ``error(path, message)`` takes paths within the question."""
    if "wrong" not in item:
        error((), f"question {number} has no wrong: list (1 to 3 wrong answers)")
        return []
    value = item["wrong"]
    where = ("wrong",)
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
