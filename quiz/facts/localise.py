"""A film's facts in another language: every text the player reads swapped for its own.

The facts record each text once in English and beside it the same text in
other languages (``quiz.facts.records.Text``). ``localise`` makes the film
the generator reads in a language: the same entities, facts, values and ids,
so every rule that keeps the English questions fair (who may be a wrong
answer, which values are the same thing) keeps the translated ones fair too.
Entities answer to their names in both scripts (刘若英 is Rene Liu), a text
value keeps its English as an alias, and a literal ``exclude:`` written in
English keeps out its translations as well. A text with no translation stays
English and is listed in the film's ``missing``.
"""

from __future__ import annotations

from quiz.facts.records import (ENGLISH, DateValue, Direction, Entity, Fact, Film, Group,
                                NumberValue, OneOf, Ref, Sequence, Text, Texts, TextValue)


# A category's name in any language (casefolded) -> all its names, casefolded: a
# round limited to "Crew" in English is limited to 幕后 when the game speaks
# Chinese, as the player's saved choice names it in whichever language it was made.
_CATEGORY_NAMES: dict[str, set] = {}


def know_categories(film: Film) -> None:
    """Remember the film's categories in every language it names them."""
    for english, names in film.categories.items():
        every = {english.casefold(), *(n.casefold() for n in names.values())}
        for name in every:
            _CATEGORY_NAMES.setdefault(name, set()).update(every)


def category_names(name: str) -> set:
    """``name`` and its names in other languages, casefolded."""
    key = name.strip().casefold()
    return _CATEGORY_NAMES.get(key, set()) | {key}


def localise(film: Film, language: str) -> Film:
    """``film`` in ``language``, made once and kept on the film."""
    if language == film.language or language == ENGLISH and film.language == ENGLISH:
        return film
    made = film.localised.get(language)
    if made is None:
        made = _Localiser(film, language).film()
        film.localised[language] = made
    return made


class _Localiser:
    def __init__(self, film: Film, language: str) -> None:
        self.source = film
        self.lang = language
        self.missing: list[tuple] = []
        self.entities = {eid: self._entity(e) for eid, e in film.entities.items()}
        # English text -> its translations, from every paired text of the film, so
        # an exclude: written in English reaches the translated options too.
        self.terms: dict[str, set] = {}
        for fact in film.facts:
            for value in fact.values.values():
                for item in (value.items if isinstance(value, OneOf) else (value,)):
                    if isinstance(item, TextValue):
                        self._term(item.text)
            for direction in fact.directions:
                for text in direction.wrong:
                    self._term(text)
        for entries in film.pools.values():
            for text in entries:
                self._term(text)

    def _term(self, text) -> None:
        shown = getattr(text, "tr", {}).get(self.lang)
        if shown:
            self.terms.setdefault(str(text).casefold(), set()).add(shown)

    # -- texts

    def text(self, text) -> str:
        """One text in the language; English (noted as missing) where it has none."""
        if not isinstance(text, Text):
            return text
        shown = text.tr.get(self.lang)
        if shown is None:
            if text:
                self.missing.append((*text.where, str(text)))
            return str(text)
        return shown

    def named(self, text) -> str:
        """A pool entry in the language, keeping its English (its romanised name)
        for options beside an answer that has no name in the language's script."""
        shown = self.text(text)
        return Text(shown, {ENGLISH: str(text)}) if shown != text else shown

    def wordings(self, texts) -> tuple:
        """A list of wordings: the language's own list, or each entry's translation."""
        if isinstance(texts, Texts) and self.lang in texts.tr:
            return tuple(texts.tr[self.lang])
        if texts and not all(isinstance(t, Text) and self.lang in t.tr for t in texts):
            where = getattr(texts, "where", ("", None))
            self.missing.append((*where, " / ".join(texts)))
            return tuple(str(t) for t in texts)
        return tuple(self.text(t) for t in texts)

    def excluded(self, names) -> tuple:
        out = []
        for name in names:
            out.append(name)
            if name not in self.source.entities:
                out.extend(sorted(self.terms.get(str(name).casefold(), ())))
        return tuple(dict.fromkeys(out))

    def category(self, name: str) -> str:
        found = self.source.categories.get(name, {}).get(self.lang)
        if found is None:
            self.missing.append(("", None, f"category {name}"))
            return name
        return found

    # -- records

    def _entity(self, entity: Entity) -> Entity:
        own = entity.tr.get(self.lang)
        if own is None:
            self.missing.append(("", None, f"names of {entity.id}"))
            own = ()
        names = tuple(dict.fromkeys((*own, *entity.names)))
        return Entity(entity.id, entity.kind, names, entity.roles, entity.note, {},
                      entity.name_source)

    def value(self, value):
        if isinstance(value, Ref):
            entity = self.entities[value.entity.id]
            own = value.entity.tr.get(self.lang)
            return Ref(entity, own[0] if own else value.shown)
        if isinstance(value, DateValue):
            return DateValue(value.day, value.precision, self.lang)
        if isinstance(value, NumberValue):
            return NumberValue(value.value, value.places, self.text(value.template), value.low,
                               value.high, value.money, self.lang)
        if isinstance(value, TextValue):
            shown = self.text(value.text)
            aliases = (str(value.text),) if shown != value.text else ()
            return TextValue(shown, value.pool, aliases)
        if isinstance(value, OneOf):
            return OneOf(tuple(self.value(v) for v in value.items), self.lang)
        return value

    def direction(self, direction: Direction) -> Direction:
        return Direction(direction.answer, direction.pool, self.wordings(direction.phrasings),
                         tuple(self.named(w) for w in direction.wrong),
                         self.excluded(direction.exclude))

    def fact(self, fact: Fact) -> Fact:
        return Fact(fact.id, fact.section, self.category(fact.category), fact.difficulty,
                    {name: self.value(v) for name, v in fact.values.items()},
                    tuple(self.direction(d) for d in fact.directions),
                    self.text(fact.explanation), self.excluded(fact.exclude), fact.relation,
                    fact.where, self.text(fact.statement) if fact.statement else "",
                    fact.same_as)

    def sequence(self, seq: Sequence) -> Sequence:
        return Sequence(seq.id, seq.section, self.category(seq.category), seq.difficulty,
                        tuple(self.text(i) for i in seq.items), self.wordings(seq.first),
                        self.wordings(seq.last), self.text(seq.explanation), seq.where,
                        self.wordings(seq.ordering))

    def group(self, group: Group) -> Group:
        return Group(group.id, group.section, self.category(group.category), group.difficulty,
                     tuple(self.text(m) for m in group.members),
                     tuple(self.text(o) for o in group.others), self.wordings(group.phrasings),
                     self.text(group.explanation), group.where)

    def film(self) -> Film:
        film = self.source
        made = Film(id=film.id, title=self.text(film.title), original_title=film.original_title,
                    year=film.year, description=self.text(film.description),
                    entities=self.entities,
                    pools={name: tuple(self.named(t) for t in texts)
                           for name, texts in film.pools.items()},
                    facts=[self.fact(f) for f in film.facts],
                    sequences=[self.sequence(s) for s in film.sequences],
                    groups=[self.group(g) for g in film.groups],
                    language=self.lang, categories=film.categories)
        made.missing = self.missing
        return made
