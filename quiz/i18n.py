"""The language the game speaks to its players.

Every word a player reads goes through ``_`` (or ``pgettext`` where one English
word means two things, ``ngettext`` where a count decides the form), so the
catalogues under ``quiz/locale`` can give it in another language. Words are
looked up when they are shown, not when a module is imported, so switching
the language in Settings takes effect on the next frame.

Languages are gettext codes: ``en`` (the words in the code) and ``zh_CN``.
"""

from __future__ import annotations

import gettext
import locale
import os
from pathlib import Path
from typing import Optional

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "quiz"
ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = ENGLISH


def normalise(code: Optional[str]) -> Optional[str]:
    """One of LANGUAGES for a locale name such as ``zh_CN.UTF-8``, ``zh-Hans`` or ``en_GB``; None if unknown."""
    if not code or not isinstance(code, str):
        return None
    code = code.split(".")[0].split("@")[0].replace("-", "_").strip()
    lowered = code.lower()
    if lowered in ("c", "posix", ""):
        return None
    if lowered.startswith("zh"):
        # Traditional-script locales still read Simplified better than English.
        return CHINESE
    if lowered.startswith("en"):
        return ENGLISH
    return None


def system_language() -> str:
    """The language the system's locale asks for, English when it asks for one we lack."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            found = normalise(part)
            if found:
                return found
    try:
        found = normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or ENGLISH


def set_language(code: Optional[str]) -> str:
    """Speak ``code`` (None: the system's language) from now on; returns the language chosen."""
    global _translation, _language
    language = normalise(code) or system_language()
    if language == ENGLISH:
        _translation = gettext.NullTranslations()
    else:
        _translation = gettext.translation(
            DOMAIN, localedir=str(LOCALE_DIR), languages=[language], fallback=True
        )
    _language = language
    return language


def language() -> str:
    """The language the game speaks now."""
    return _language


def _(message: str) -> str:
    return _translation.gettext(message)


def pgettext(context: str, message: str) -> str:
    return _translation.pgettext(context, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a word for the catalogue where it is defined; ``_`` translates it where it is shown."""
    return message
