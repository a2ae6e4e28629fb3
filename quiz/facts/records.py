"""A film's facts as records: the film, its entities, facts, sequences and groups, and their values.

What ``quiz.facts.schema`` reads a film's YAML into and ``quiz.generator``
makes questions from. Values know how to show themselves ("$5.9 million",
"3 May 2018").
"""

from __future__ import annotations

import re
from typing import Union

from quiz.numbers import format_date, format_number, format_money, join_names

# A value's name in braces inside a phrasing or an explanation: "Who plays {role}?".
PLACEHOLDER_RE = re.compile(r"\{([A-Za-z0-9_-]+)\}")
ENGLISH = "en"


class Text(str):
    """A text the player reads, in English, carrying its other languages.

    A plain ``str`` everywhere the English film is used; ``tr`` maps a language
    code to the same text in that language and ``where`` is its (file, line),
    so ``quiz.facts.localise`` can swap it and say where one is missing.
    """

    __slots__ = ("tr", "spot")

    def __new__(cls, text: str, tr: dict = None, spot: tuple = ("", None, ())):
        made = super().__new__(cls, text)
        made.tr = tr or {}
        # (file, line lookup, key path): the line is looked up only when it is
        # told, as looking up every text's line would double a film's loading.
        made.spot = spot
        return made

    @property
    def where(self) -> tuple:
        return _where(self.spot)


def _where(spot: tuple) -> tuple:
    file, lines, path = spot
    return (file, lines(path) if callable(lines) else lines)


class Texts(tuple):
    """Several wordings (phrasings) in English, with each language's own list in ``tr``.

    A language's list need not match the English one entry for entry: it is
    another set of wordings of the same question."""

    def __new__(cls, items=(), tr: dict = None, spot: tuple = ("", None, ())):
        made = super().__new__(cls, items)
        made.tr = tr or {}
        made.spot = spot
        return made

    @property
    def where(self) -> tuple:
        return _where(self.spot)


class _Record:
    """A small value record: fields from ``__slots__``, equality and repr by value.

    Plain classes rather than dataclasses: making a dozen dataclasses costs
    more start-up time than loading the whole film.
    """

    __slots__ = ()
    _defaults: dict = {}

    def __init__(self, *args, **kwargs) -> None:
        names = self.__slots__
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes at most {len(names)} values")
        for name, value in zip(names, args):
            object.__setattr__(self, name, value)
        for name in names[len(args):]:
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in self._defaults:
                value = self._defaults[name]
                value = value() if callable(value) else value
            else:
                raise TypeError(f"{type(self).__name__} needs {name}")
            object.__setattr__(self, name, value)
        if kwargs:
            raise TypeError(f"{type(self).__name__} has no field {next(iter(kwargs))}")

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._fields()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({inner})"


class _Frozen(_Record):
    __slots__ = ()

    def __setattr__(self, name, value) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")


class Entity(_Frozen):
    # names: every spelling the source uses, the first shown; roles: the pools
    # the entity may stand in as a wrong answer.
    # tr: language -> that language's names (刘若英), shown first in it; name_source:
    # where those names come from.
    __slots__ = ("id", "kind", "names", "roles", "note", "tr", "name_source")
    _defaults = {"note": "", "tr": dict, "name_source": ""}

    def __hash__(self) -> int:
        return hash(("Entity", self.id))

    @property
    def name(self) -> str:
        return self.names[0]


class Ref(_Frozen):
    """An entity as a value, shown under one of its names (the first unless a fact says)."""

    __slots__ = ("entity", "shown")

    def show(self) -> str:
        return self.shown


class DateValue(_Frozen):
    __slots__ = ("day", "precision", "lang")  # precision: day | month | year
    _defaults = {"lang": ENGLISH}

    def show(self) -> str:
        return format_date(self.day, self.precision, self.lang)


class NumberValue(_Frozen):
    # template: "{}" is replaced by the number, as in "${} million" or "{}/10";
    # low and high bound the near-miss values; money: (currency, unit) of an
    # amount, which a language other than English writes its own way (2.09亿美元).
    __slots__ = ("value", "places", "template", "low", "high", "money", "lang")
    _defaults = {"low": None, "high": None, "money": None, "lang": ENGLISH}

    def show(self) -> str:
        if self.money is not None and self.lang != ENGLISH:
            shown = format_money(self.value, self.places, *self.money, self.lang)
            if shown:
                return shown
        return format_number(self.value, self.places, self.template, self.lang)

    def like(self, value) -> "NumberValue":
        """Another number written as this one is (a near miss)."""
        return NumberValue(value, self.places, self.template, money=self.money, lang=self.lang)


class TextValue(_Frozen):
    # aliases: the same text in the film's other languages (a typed answer takes them too).
    __slots__ = ("text", "pool", "aliases")
    _defaults = {"pool": "", "aliases": ()}

    def show(self) -> str:
        return self.text


class OneOf(_Frozen):
    """Several values that are all true (co-nominees, the stars): asked one at a time."""

    __slots__ = ("items", "lang")
    _defaults = {"lang": ENGLISH}

    def show(self) -> str:
        return join_names([item.show() for item in self.items], self.lang)


Value = Union[Ref, DateValue, NumberValue, TextValue, OneOf]


class Direction(_Frozen):
    """One way round a fact is asked: which value is the answer and where wrong ones come from."""

    __slots__ = ("answer", "pool", "phrasings", "wrong", "exclude")
    _defaults = {"wrong": (), "exclude": ()}


class Fact(_Frozen):
    # statement: the fact as a plain sentence for true/false (placeholders allowed);
    # "" means the explanation says it plainly enough. same_as: the id of another fact
    # this one asks about in other terms (a date's year), so a round never holds both.
    __slots__ = ("id", "section", "category", "difficulty", "values", "directions",
                 "explanation", "exclude", "relation", "where", "statement", "same_as")
    _defaults = {"exclude": (), "relation": "", "where": ("", None), "statement": "",
                 "same_as": ""}

    __hash__ = None  # holds a dict


class Sequence(_Frozen):
    # items: earliest first; first and last: phrasings asking for the earliest or latest;
    # ordering: phrasings asking to put four of them in order.
    __slots__ = ("id", "section", "category", "difficulty", "items", "first", "last",
                 "explanation", "where", "ordering")
    _defaults = {"where": ("", None), "ordering": ()}


class Group(_Frozen):
    __slots__ = ("id", "section", "category", "difficulty", "members", "others", "phrasings",
                 "explanation", "where")
    _defaults = {"where": ("", None)}


class Film(_Record):
    # entities: id -> Entity; pools: name -> tuple of texts; language: the one its
    # texts are in; categories: English category -> {language: its name};
    # localised: language -> this film in it, made once (quiz.facts.localise);
    # missing: in a localised film, (file, line, English) of each text it lacked.
    __slots__ = ("id", "title", "original_title", "year", "description", "entities", "pools",
                 "facts", "sequences", "groups", "language", "categories", "localised", "missing")
    _defaults = {"original_title": "", "year": "", "description": "", "entities": dict,
                 "pools": dict, "facts": list, "sequences": list, "groups": list,
                 "language": ENGLISH, "categories": dict, "localised": dict, "missing": list}
    __hash__ = None

    def languages(self) -> tuple[str, ...]:
        """The languages its questions can be asked in: English and any its title is given in."""
        tr = getattr(self.title, "tr", {})
        return (ENGLISH, *sorted(tr))
