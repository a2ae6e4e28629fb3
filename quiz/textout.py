"""Plain-text output for the command line: questions, the pack list and the score tables."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from quiz.model import Question

LETTERS = "ABCD"


def safe(text: str) -> str:
    """Text with control and bidi-control characters shown as escapes.

    A pack may hold ``\x1b[2J`` written as a YAML escape; printed raw it would
    clear or retitle the player's terminal. Line breaks are kept.
    """
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch == "\n" or ch.isprintable():
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                       else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def width(text: str) -> int:
    """Columns the text takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1
               for c in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def format_question(number: int, question: Question) -> str:
    lines = [f"{number}. {question.question}",
             f"   [{question.category}, {question.difficulty}]"]
    for index, choice in enumerate(question.choices):
        lines.append(f"   {LETTERS[index]}) {choice}")
    lines.append(f"   Answer: {LETTERS[question.answer]}) {question.correct}")
    if question.explanation:
        lines.append(f"   {question.explanation}")
    return safe("\n".join(lines)) + "\n"


def _status(pack) -> str:
    if not pack.ok:
        errors = len(pack.errors)
        return f"cannot be played ({errors} problem{'s' if errors != 1 else ''})"
    warnings = len(pack.warnings)
    if warnings:
        return f"ready ({warnings} warning{'s' if warnings != 1 else ''})"
    return "ready"


def _origin(pack) -> str:
    if pack.builtin:
        return "built-in"
    return {"facts": "film facts", "opentdb": "Open Trivia DB", "questions": "custom"}.get(pack.kind, pack.kind)


def format_pack_list(packs: Sequence, packs_folder: Path) -> str:
    lines = []
    if packs:
        id_width = max(width(p.id) for p in packs)
        for pack in packs:
            count = f"{pack.question_count} question{'s' if pack.question_count != 1 else ''}" \
                if pack.ok else "no questions"
            by = f" by {pack.author}" if pack.author else ""
            lines.append(f"{pad(pack.id, id_width)}  {pack.title}{by}: {count}, "
                         f"{_origin(pack)}, {_status(pack)}")
            if pack.path is not None and not pack.builtin:
                lines.append(f"{' ' * id_width}  {pack.path}")
            for problem in pack.problems:
                lines.append(f"{' ' * id_width}    {problem}")
    else:
        lines.append("No packs found.")
    lines.append("")
    lines.append(f"Your packs folder: {packs_folder}")
    if not Path(packs_folder).is_dir():
        lines.append("(It does not exist yet: create it and put .yaml or .json pack files in it.)")
    else:
        lines.append("Put .yaml or .json pack files there; "
                     "check one with 'us-and-them-quiz validate FILE'.")
    return safe("\n".join(lines))


def _when(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M")
        except (OverflowError, OSError, ValueError):
            return str(value)
    text = str(value or "")
    try:
        return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text


def _rows(entries: Iterable[dict]) -> list[list[str]]:
    rows = []
    for rank, entry in enumerate(entries, 1):
        rows.append([
            f"{rank}.",
            str(entry.get("name", "")),
            f"{entry.get('score', 0)} pts",
            f"{entry.get('correct', 0)}/{entry.get('total', 0)} right",
            f"streak {entry.get('best_streak', 0)}",
            _when(entry.get("played_at")),
        ])
    return rows


def format_score_tables(tables: Sequence[dict]) -> str:
    if not tables:
        return "No scores yet. Play a round to set one."
    blocks = []
    for table in tables:
        title = f"{table.get('pack_set', '')} ({table.get('label', '')})"
        lines = [title, "-" * width(title)]
        rows = _rows(table.get("entries") or [])
        if not rows:
            lines.append("  no scores yet")
        else:
            widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
            for row in rows:
                cells = [pad(cell, widths[i]) if i in (0, 1) else cell.rjust(widths[i])
                         for i, cell in enumerate(row)]
                lines.append("  " + "  ".join(cells).rstrip())
        blocks.append("\n".join(lines))
    return safe("\n\n".join(blocks))
