"""Plain-text output for the command line: questions, the pack list and the score tables."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from quiz.i18n import N_, _, ngettext, pgettext
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
        return ngettext("cannot be played ({n} problem)", "cannot be played ({n} problems)", errors).format(n=errors)
    warnings = len(pack.warnings)
    if warnings:
        return ngettext("ready ({n} warning)", "ready ({n} warnings)", warnings).format(n=warnings)
    return _("ready")


ORIGINS = {"facts": N_("film facts"), "opentdb": N_("Open Trivia DB"), "questions": N_("custom")}


def _origin(pack) -> str:
    if pack.builtin:
        return _("built-in")
    return _(ORIGINS.get(pack.kind, pack.kind))


def format_pack_list(packs: Sequence, packs_folder: Path) -> str:
    lines = []
    if packs:
        id_width = max(width(p.id) for p in packs)
        for pack in packs:
            count = ngettext("{n} question", "{n} questions", pack.question_count).format(n=pack.question_count) \
                if pack.ok else _("no questions")
            by = _(" by {author}").format(author=pack.author) if pack.author else ""
            lines.append(f"{pad(pack.id, id_width)}  {pack.shown_title()}{by}: "
                         + pgettext("list separator", ", ").join((count, _origin(pack), _status(pack))))
            if pack.path is not None and not pack.builtin:
                lines.append(f"{' ' * id_width}  {pack.path}")
            for problem in pack.problems:
                lines.append(f"{' ' * id_width}    {problem}")
    else:
        lines.append(_("No packs found."))
    lines.append("")
    lines.append(_("Your packs folder: {folder}").format(folder=packs_folder))
    if not Path(packs_folder).is_dir():
        lines.append(_("(It does not exist yet: create it and put .yaml or .json pack files in it.)"))
    else:
        lines.append(_("Put .yaml or .json pack files there; "
                       "check one with 'us-and-them-quiz validate FILE'."))
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
            _("{score} pts").format(score=entry.get('score', 0)),
            _("{right}/{total} right").format(right=entry.get('correct', 0), total=entry.get('total', 0)),
            _("streak {n}").format(n=entry.get('best_streak', 0)),
            _when(entry.get("played_at")),
        ])
    return rows


def format_score_tables(tables: Sequence[dict]) -> str:
    if not tables:
        return _("No scores yet. Play a round to set one.")
    blocks = []
    for table in tables:
        title = f"{table.get('pack_set', '')} ({table.get('label', '')})"
        lines = [title, "-" * width(title)]
        rows = _rows(table.get("entries") or [])
        if not rows:
            lines.append("  " + _("no scores yet"))
        else:
            widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
            for row in rows:
                cells = [pad(cell, widths[i]) if i in (0, 1) else cell.rjust(widths[i])
                         for i, cell in enumerate(row)]
                lines.append("  " + "  ".join(cells).rstrip())
        blocks.append("\n".join(lines))
    return safe("\n\n".join(blocks))


ACHIEVEMENT_LABELS = {
    "every_fact_seen": N_("Every question seen"),
    "perfect_round": N_("A perfect round"),
    "streak_10": N_("Ten right in a row"),
    "daily_week": N_("A week of daily challenges"),
    "every_category_learnt": N_("Every category learnt"),
}


LABEL_COLUMNS = 18  # where the statistics' figures start, in terminal columns


def format_statistics(player: str, figures) -> str:
    """A player's figures as the Statistics screen shows them, for the terminal."""
    if not figures.rounds and not figures.answers:
        return safe(_("{player}: no rounds played yet. Play one to start the statistics.").format(player=player))
    average = ("-" if figures.average_seconds is None
               else _("{seconds} s").format(seconds=f"{figures.average_seconds:.1f}"))
    title = _("Statistics for {player}").format(player=player)
    lines = [
        title,
        "-" * width(title),
        pad(_("Rounds played"), LABEL_COLUMNS) + f"{figures.rounds}",
        pad(_("Accuracy"), LABEL_COLUMNS) + f"{figures.accuracy:.0%} ({figures.right}/{figures.answers})",
        pad(_("Questions seen"), LABEL_COLUMNS) + _("{n} of {total}").format(n=figures.facts_seen, total=figures.facts_total),
        pad(_("Questions learnt"), LABEL_COLUMNS) + _("{n} of {total}").format(n=figures.facts_learnt, total=figures.facts_total),
        pad(_("Best streak"), LABEL_COLUMNS) + f"{figures.best_streak}",
        pad(_("Daily streak"), LABEL_COLUMNS) + ngettext("{n} day", "{n} days", figures.daily_streak).format(n=figures.daily_streak),
        pad(_("Average answer"), LABEL_COLUMNS) + average,
    ]
    if figures.categories:
        lines.append("")
        lines.append(_("By category"))
        name_width = max(width(c.category) for c in figures.categories)
        for c in figures.categories:
            lines.append(f"  {pad(c.category, name_width)}  {c.accuracy:>4.0%}  ({c.right}/{c.asked})")
    if figures.recent_scores:
        lines.append("")
        lines.append(pad(_("Last rounds"), LABEL_COLUMNS) + ", ".join(f"{s:,}" for s in figures.recent_scores[-10:]))
    if figures.achievements:
        lines.append("")
        lines.append(pad(_("Achievements"), LABEL_COLUMNS) + "; ".join(_(ACHIEVEMENT_LABELS.get(a, a))
                                                                      for a in figures.achievements))
    return safe("\n".join(lines))
