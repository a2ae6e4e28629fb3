"""The phone page's words, so the catalogue holds them and the server can hand
the page their translations.

The page is plain HTML and script: it marks fixed words with ``data-t`` and
passes the others through ``t("...")``; a test checks that every one of them is
listed here. ``{name}`` parts are filled in by the page.
"""

from __future__ import annotations

import json

from quiz import i18n
from quiz.i18n import N_, _

PAGE_WORDS = (
    N_("Us and Them: the quiz"),
    N_("Join the quiz"),
    N_("Room code (on the big screen)"),
    N_("Your name"),
    N_("Join"),
    N_("You are in. Watch the big screen."),
    N_("Final scores"),
    N_("You are playing from another page now. Reload this one to play here."),
    N_("Connection lost: reconnecting…"),
    N_(" (you)"),
    N_("Sending…"),
    N_("Answer locked in: {answer}"),
    N_("Confirm order"),
    N_("Undo"),
    N_("Your order: {order}"),
    N_("Tap them first to last."),
    N_("Your guess"),
    N_("Confirm"),
    N_("Your answer"),
    N_("Send"),
    N_("{seconds} s"),
    N_("Welcome back. Watch the big screen."),
    N_("You are in. The game starts from the big screen."),
    N_("Question {number}"),
    N_("Time is up."),
    N_("Right"),
    N_("No answer"),
    N_("Wrong"),
    N_("Close enough"),
    N_("You typed: {answer}"),
    N_("Answer"),
    N_("The order:"),
    N_("The answer:"),
    N_("You answered: {answer}"),
    N_("+{points} points"),
    N_("Score: {score}"),
    N_("Rank: {rank}"),
)

# The html lang attribute for each game language.
HTML_LANG = {"en": "en", "zh_CN": "zh-Hans"}


def translations() -> dict[str, str]:
    """Each page word in the current language (only those that differ from the English)."""
    return {word: _(word) for word in PAGE_WORDS if _(word) != word}


def localise(page: str) -> str:
    """The page with its words' translations put in, and its language said."""
    table = json.dumps(translations(), ensure_ascii=False).replace("<", "\\u003c")
    page = page.replace('<html lang="en">', f'<html lang="{HTML_LANG.get(i18n.language(), "en")}">', 1)
    return page.replace("<script>", f'<script id="words" type="application/json">{table}</script>\n<script>', 1)
