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
import os
import sys
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
    if os.name == "posix" and sys.platform != "darwin":
        return ENGLISH  # there the variables above are the whole locale: none names one of ours
    import locale  # elsewhere the system's own setting, which no variable shows

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


class Msg(str):
    """An English word kept with the context its translation depends on.

    It is still the English string (so it can be a key, compared and tested),
    and ``_`` translates it by its context when it is shown."""

    context = ""

    def __new__(cls, message: str, context: str = "") -> "Msg":
        word = super().__new__(cls, message)
        word.context = context
        return word


class lazy:
    """Marks taken by the catalogue's extraction, translated only when shown.

    ``lazy.pgettext("button", "Back")`` is extracted like ``pgettext`` but gives
    back a ``Msg``: widgets built once keep it and ``_`` it on every frame, so a
    language chosen in Settings shows at once."""

    @staticmethod
    def pgettext(context: str, message: str) -> Msg:
        return Msg(message, context)


def _(message: str) -> str:
    if not message:
        return message  # gettext("") is the catalogue's header, never a word to show
    context = getattr(message, "context", "")
    if context:
        return _translation.pgettext(context, str(message))
    return _translation.gettext(message)


def pgettext(context: str, message: str) -> str:
    if not message:
        return message
    return _translation.pgettext(context, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a word for the catalogue where it is defined; ``_`` translates it where it is shown."""
    return message
