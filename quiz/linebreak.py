"""Where a line of text may break, and breaking it to a width, for any script.

Pure Python: every function measures text through a ``measure(text) -> width``
function it is handed (the screens hand one that asks their fonts, the tests
one that counts characters), so the rules hold, and are tested, without a
window or a font.
"""

from __future__ import annotations

import unicodedata
from typing import Callable, Iterator, Optional

Measure = Callable[[str], int]

ELLIPSIS = "…"

# Opening and closing punctuation: a line may not end with the first or start
# with the second, in Latin or Chinese typesetting alike.
NO_LINE_END = set("([{‘“（〔［｛〈《「『【〖〘〚＜«￥＄")
NO_LINE_START = set(
    ")]},.;:!?%’”…‥、。，．：；！？）〕］｝〉》」』】〗〙〛＞〜～ー・·»"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "％‰℃々〃"  # units and marks that belong to what comes before them
)

# Spaces that hold their neighbours on one line ("+1,760 points").
NO_BREAK_SPACES = set("\u00a0\u202f\u2007")

# Inside a word a line may break after these (and nowhere else but where the word is too long).
BREAK_AFTER = set("-‐–—/")


def is_cjk(ch: str) -> bool:
    """True for characters of scripts written without spaces (a line may break around them)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x2FDF  # radicals
        or 0x3000 <= o <= 0x30FF  # CJK punctuation, kana
        or 0x3100 <= o <= 0x31FF  # bopomofo, kana extensions
        or 0x3200 <= o <= 0x4DBF  # enclosed, compatibility, extension A
        or 0x4E00 <= o <= 0x9FFF  # unified ideographs
        or 0xAC00 <= o <= 0xD7AF  # hangul syllables
        or 0xF900 <= o <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= o <= 0xFE4F  # compatibility forms
        or 0xFF00 <= o <= 0xFFEF  # full- and half-width forms
        or 0x20000 <= o <= 0x3FFFF  # extensions B and on
    )


def can_break(prev: str, ch: str) -> bool:
    """May a line break fall between prev and ch, with no space between them?"""
    if ch in NO_LINE_START or prev in NO_LINE_END:
        return False
    if unicodedata.combining(ch):
        return False
    if prev in BREAK_AFTER and ch.isalnum():
        return True  # "black-and-white" may wrap after a hyphen
    return is_cjk(prev) or is_cjk(ch)


def clean(text: str) -> str:
    """Text a font can draw: no control characters (but newlines), no lone surrogates, no NULs."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        elif ch == "\r":
            continue
        else:
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Cs", "Co", "Cn"):
                continue
            if cat in ("Zl", "Zp"):
                out.append("\n")
            else:
                out.append(ch)
    return "".join(out)


def tokens(paragraph: str) -> Iterator[tuple[bool, str]]:
    """Unbreakable pieces of a paragraph, each with whether a space came before it."""
    word = ""
    spaced = False
    prev = ""
    for ch in paragraph:
        if ch.isspace() and ch not in NO_BREAK_SPACES:
            if word:
                yield (spaced, word)
                word = ""
            spaced = True
            prev = ch
            continue
        if word and can_break(prev, ch) and not (prev in BREAK_AFTER and len(word) < 2):
            yield (spaced, word)
            word = ""
            spaced = False
        word += ch
        prev = ch
    if word:
        yield (spaced, word)


def longest_prefix(text: str, width: int, measure: Measure) -> int:
    """How many characters from the start of ``text`` fit ``width``.

    Searched by doubling, then halving, so a 10,000-character word costs a few
    measurements of line-sized pieces, not one per character."""
    if width <= 0 or not text:
        return 0
    lo, hi = 0, 8
    while hi < len(text) and measure(text[:hi]) <= width:
        lo, hi = hi, hi * 2
    hi = min(hi, len(text))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    # Never split a character from its combining marks.
    while 0 < lo < len(text) and unicodedata.combining(text[lo]):
        lo -= 1
    return lo


def ellipsize(line: str, width: int, measure: Measure) -> str:
    """``line`` cut so that it and a closing ellipsis fit ``width`` (always cut)."""
    line = line.rstrip()
    n = longest_prefix(line, width - measure(ELLIPSIS), measure)
    return line[:n].rstrip() + ELLIPSIS


def truncate(line: str, width: int, measure: Measure) -> str:
    """``line`` as it is if it fits ``width``, else cut with an ellipsis."""
    return line if measure(line) <= width else ellipsize(line, width, measure)


def wrap(text: str, width: int, measure: Measure, limit: Optional[int] = None) -> list[str]:
    """Lines no wider than ``width``: broken at spaces, between CJK characters,
    after hyphens, inside words only when a word alone is too wide; newlines are
    kept. A single character wider than the width gets a line of its own.

    With ``limit``, wrapping stops once there are more than ``limit`` lines (the
    rest cannot fit a box of that many anyway)."""
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        _wrap_paragraph(paragraph, width, measure, lines, limit)
        if limit is not None and len(lines) > limit:
            break
    return lines


def _wrap_paragraph(paragraph: str, width: int, measure: Measure, lines: list[str],
                    limit: Optional[int]) -> None:
    line = ""
    for spaced, word in tokens(paragraph):
        if limit is not None and len(lines) > limit:
            return
        candidate = (line + " " + word if spaced else line + word) if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        # A word wider than the line is cut where it must be (measuring only
        # line-sized pieces of it, however long it is).
        while not (limit is not None and len(lines) > limit):
            n = longest_prefix(line, width, measure)
            if n >= len(line):
                break
            n = max(1, n)
            lines.append(line[:n])
            line = line[n:]
    lines.append(line)


def fit(text: str, px: int, min_px: int, width: int, height: int,
        measure_at: Callable[[int], Measure], line_height: Callable[[int], int]) -> tuple[int, list[str]]:
    """The largest size from ``min_px`` to ``px`` whose wrapped lines fit the box, and those lines.

    ``measure_at(size)`` measures text at a size, ``line_height(size)`` is the
    step from one line to the next. If even ``min_px`` is too big, the lines at
    ``min_px`` that fit come back with the last ending in an ellipsis, so text
    never spills out of its box. Sizes are tried by binary search, and each
    wrap stops once the box is full, so a pasted novel costs no more than the
    box can show."""

    def attempt(size: int) -> tuple[bool, list[str]]:
        room = max(1, height // line_height(size))
        lines = wrap(text, width, measure_at(size), limit=room)
        return len(lines) * line_height(size) <= height, lines

    ok, lines = attempt(px)
    if ok:
        return px, lines
    lo, hi = min_px, px - 1  # the largest size in [lo, hi] that fits, if any
    found = None
    while lo <= hi:
        mid = (lo + hi) // 2
        ok, lines = attempt(mid)
        if ok:
            found = (mid, lines)
            lo = mid + 1
        else:
            hi = mid - 1
    if found:
        return found
    room = max(1, height // line_height(min_px))
    lines = wrap(text, width, measure_at(min_px), limit=room)
    if len(lines) > room:
        lines = lines[:room]
        lines[-1] = truncate(lines[-1].rstrip() + ELLIPSIS, width, measure_at(min_px))
    return min_px, lines
