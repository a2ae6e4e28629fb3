"""A film's facts as records: the film, its entities, facts, sequences and groups, and their values.

What ``quiz.facts.schema`` reads a film's YAML into and ``quiz.generator``
makes questions from. Values know how to show themselves ("$5.9 million",
"3 May 2018").
"""

from __future__ import annotations

import re
from typing import Union

from quiz.numbers import format_date, format_number

# A value's name in braces inside a phrasing or an explanation: "Who plays {role}?".
PLACEHOLDER_RE = re.compile(r"\{([A-Za-z0-9_-]+)\}")


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
    __slots__ = ("id", "kind", "names", "roles", "note")
    _defaults = {"note": ""}

    @property
    def name(self) -> str:
        return self.names[0]


class Ref(_Frozen):
    """An entity as a value, shown under one of its names (the first unless a fact says)."""

    __slots__ = ("entity", "shown")

    def show(self) -> str:
        return self.shown


class DateValue(_Frozen):
    __slots__ = ("day", "precision")  # precision: day | month | year

    def show(self) -> str:
        return format_date(self.day, self.precision)


class NumberValue(_Frozen):
    # template: "{}" is replaced by the number, as in "${} million" or "{}/10";
    # low and high bound the near-miss values.
    __slots__ = ("value", "places", "template", "low", "high")
    _defaults = {"low": None, "high": None}

    def show(self) -> str:
        return format_number(self.value, self.places, self.template)


class TextValue(_Frozen):
    __slots__ = ("text", "pool")
    _defaults = {"pool": ""}

    def show(self) -> str:
        return self.text


class OneOf(_Frozen):
    """Several values that are all true (co-nominees, the stars): asked one at a time."""

    __slots__ = ("items",)

    def show(self) -> str:
        shown = [item.show() for item in self.items]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


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
    # entities: id -> Entity; pools: name -> tuple of texts.
    __slots__ = ("id", "title", "original_title", "year", "description", "entities", "pools",
                 "facts", "sequences", "groups")
    _defaults = {"original_title": "", "year": "", "description": "", "entities": dict,
                 "pools": dict, "facts": list, "sequences": list, "groups": list}
    __hash__ = None
