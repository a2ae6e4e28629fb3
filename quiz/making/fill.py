"""Filling a phrasing, statement or explanation's placeholders with a fact's values."""

from __future__ import annotations

from quiz.facts.records import PLACEHOLDER_RE


def fill(template: str, film, values: dict, answer: str = "", words: dict = None) -> str:
    """``{film}`` is the title, ``{answer}`` the answer given, a name in ``words`` that
    text, any other name its value as shown; unknown names are left as written."""
    def replace(match) -> str:
        name = match.group(1)
        if name == "film":
            return film.title
        if name == "answer":
            return answer
        if words and name in words:
            return words[name]
        return values[name].show() if name in values else match.group(0)

    return " ".join(PLACEHOLDER_RE.sub(replace, template).split())
