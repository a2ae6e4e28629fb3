"""Plain-text output for the command line: questions, the pack list and the score tables."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from quiz.model import Question


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
    lines.extend(f"   {line}" for line in question.text_lines())
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


ACHIEVEMENT_LABELS = {
    "every_fact_seen": "Every question seen",
    "perfect_round": "A perfect round",
    "streak_10": "Ten right in a row",
    "daily_week": "A week of daily challenges",
    "every_category_learnt": "Every category learnt",
}


def format_statistics(player: str, figures) -> str:
    """A player's figures as the Statistics screen shows them, for the terminal."""
    if not figures.rounds and not figures.answers:
        return safe(f"{player}: no rounds played yet. Play one to start the statistics.")
    average = ("-" if figures.average_seconds is None
               else f"{figures.average_seconds:.1f} s")
    lines = [
        f"Statistics for {player}",
        "-" * width(f"Statistics for {player}"),
        f"Rounds played     {figures.rounds}",
        f"Accuracy          {figures.accuracy:.0%} ({figures.right}/{figures.answers})",
        f"Questions seen    {figures.facts_seen} of {figures.facts_total}",
        f"Questions learnt  {figures.facts_learnt} of {figures.facts_total}",
        f"Best streak       {figures.best_streak}",
        f"Daily streak      {figures.daily_streak} {'day' if figures.daily_streak == 1 else 'days'}",
        f"Average answer    {average}",
    ]
    if figures.categories:
        lines.append("")
        lines.append("By category")
        name_width = max(width(c.category) for c in figures.categories)
        for c in figures.categories:
            lines.append(f"  {pad(c.category, name_width)}  {c.accuracy:>4.0%}  ({c.right}/{c.asked})")
    if figures.recent_scores:
        lines.append("")
        lines.append("Last rounds       " + ", ".join(f"{s:,}" for s in figures.recent_scores[-10:]))
    if figures.achievements:
        lines.append("")
        lines.append("Achievements      " + "; ".join(ACHIEVEMENT_LABELS.get(a, a)
                                                     for a in figures.achievements))
    return safe("\n".join(lines))
