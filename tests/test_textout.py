"""The command line's plain-text tables: columns line up in a terminal, where a
CJK character takes two columns."""

import unicodedata

from quiz.packs import Pack
from quiz.textout import format_pack_list, format_score_tables, pad, width


def columns(text):
    """Terminal columns, worked out here independently of the code under test."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_width_counts_cjk_characters_as_two_columns():
    assert width("周冬雨") == 6 and width("Ann") == 3 and width("後來的我們 Us") == 13
    assert pad("周冬雨", 8) == "周冬雨  " and pad("Ann", 8) == "Ann     "


def test_pack_titles_start_in_one_column_whatever_the_ids_script(tmp_path):
    packs = [Pack(id="後來的我們", title="Chinese ids", builtin=True),
             Pack(id="us-and-them", title="Latin ids", builtin=True),
             Pack(id="ab", title="Short ids", builtin=True)]
    lines = format_pack_list(packs, tmp_path).splitlines()
    starts = {columns(line[:line.index(pack.title)]) for line, pack in zip(lines, packs)}
    assert starts == {len("us-and-them") + 2}, lines


def test_score_columns_line_up_with_cjk_names():
    entries = [{"name": "周冬雨", "score": 1200, "correct": 9, "total": 10, "best_streak": 5,
                "played_at": "2026-01-02T10:00:00"},
               {"name": "Ann", "score": 950, "correct": 8, "total": 10, "best_streak": 3,
                "played_at": "2026-01-02T11:00:00"},
               {"name": "劉若英 Rene", "score": 80, "correct": 1, "total": 10, "best_streak": 1,
                "played_at": "2026-01-03T11:00:00"}]
    text = format_score_tables([{"pack_set": "後來的我們", "mode": "10 questions, 20 s",
                                 "entries": entries}])
    title, rule, *rows = text.splitlines()
    assert columns(rule) == columns(title)  # the rule under a CJK title is as wide as it
    assert len(rows) == 3
    # Every row's "pts" and "right" end in the same terminal column.
    for word in ("pts", "right", "streak"):
        ends = {columns(row[:row.index(word)]) for row in rows}
        assert len(ends) == 1, (word, rows)
