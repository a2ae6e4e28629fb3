"""Reading a film's facts against the schema (docs/facts.md) into ``quiz.facts.records``.

Every scalar arrives as text; this module turns the text into entities,
dates, numbers and amounts, and reports each problem with its file and line.
"""

from __future__ import annotations

import re
from decimal import Decimal

from quiz.facts.records import (ENGLISH, PLACEHOLDER_RE, DateValue, Direction, Entity, Fact, Film,
                                Group, NumberValue, OneOf, Ref, Sequence, Text, Texts, TextValue)
from quiz.i18n import LANGUAGES
from quiz.model import DIFFICULTIES
from quiz.numbers import decimals, parse_date
from quiz.problems import LineLookup, PackError, Problem, no_lines

ENTITY_KINDS = ("person", "character", "place", "organisation", "work", "other")
TOP_KEYS = ("film", "entities", "pools", "relations", "facts", "sequences", "groups")
FACT_KEYS = ("id", "section", "category", "difficulty", "relation", "values", "questions",
             "explanation", "exclude", "statement", "same_as")
QUESTION_KEYS = ("answer", "pool", "phrasings", "wrong", "exclude")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SYMBOLS = ("$", "¥", "€", "£", "US$", "HK$", "NT$")
# Questions one film may make: several times a rich article's worth (the
# built-in film makes about 160), and few enough that making them all and
# starting a round stays well under a second.
MAX_QUESTIONS = 1000


def film_from_documents(docs) -> Film:
    """A film from loaded documents ``[(path, data, lines)]``; ``PackError`` lists every problem."""
    reader = _Reader()
    film = reader.read(docs)
    if reader.problems:
        raise PackError(reader.problems)
    from quiz.facts.localise import know_categories

    know_categories(film)
    return film


def _kind_word(value) -> str:
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else "text"


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.file = ""
        self.lines: LineLookup = no_lines
        self.first = ""  # the first file read: where a problem of the whole film is told
        self.doc_lines: dict[str, LineLookup] = {}

    # -- reporting

    def where(self, path: tuple) -> tuple:
        return (self.file, self.lines(path))

    def error(self, path: tuple, message: str) -> None:
        self.problems.append(Problem(self.file, self.lines(path), message))

    def text(self, data: dict, key: str, path: tuple, required: bool = True,
             words: bool = False) -> str:
        """The text at ``key``; with ``words`` (text a player reads) it may be a
        mapping by language, {en: ..., zh_CN: ...}, and comes back as a ``Text``."""
        value = data.get(key, "")
        if words:
            return self.words(value, path + (key,), key, required, path)
        if not isinstance(value, str):
            self.error(path + (key,), f"{key}: should be text, not {_kind_word(value)}")
            return ""
        value = " ".join(value.split())
        if required and not value:
            self.error(path, f"{key}: is missing")
        return value

    def words(self, value, spot: tuple, key: str, required: bool = True, missing_at: tuple = None) -> Text:
        """A text a player reads: plain (English) or {en: ..., zh_CN: ...}."""
        where = (self.file, self.lines, spot)
        if isinstance(value, dict):
            tr = self._by_language(value, spot, key, lambda v: isinstance(v, str) and v.strip(), "text")
            english = tr.pop(ENGLISH, "")
            if not english:
                self.error(spot, f"{key}: needs its English text under en:")
            return Text(english, tr, where)
        if not isinstance(value, str):
            self.error(spot, f"{key}: should be text (or a mapping such as {{en: ..., zh_CN: ...}}), "
                             f"not {_kind_word(value)}")
            return Text("", {}, where)
        text = " ".join(value.split())
        if required and not text:
            self.error(missing_at if missing_at is not None else spot, f"{key}: is missing")
        return Text(text, {}, where)

    def _by_language(self, value: dict, spot: tuple, key: str, good, what: str) -> dict:
        """A mapping by language read into {code: value}, each code and value checked."""
        out = {}
        for code, item in value.items():
            if code not in LANGUAGES:
                self.error(spot + (code,), f"{key}: '{code}' is not a language code "
                                           f"({', '.join(LANGUAGES)})")
                continue
            if not good(item):
                self.error(spot + (code,), f"{key}: {code}: should be non-empty {what}")
                continue
            out[code] = (" ".join(item.split()) if isinstance(item, str)
                         else tuple(" ".join(i.split()) for i in item))
        return out

    def texts(self, data: dict, key: str, path: tuple, required: bool = True,
              words: bool = False, wordings: bool = False) -> tuple[str, ...]:
        """A list of texts. With ``words`` each entry may be {en: ..., zh_CN: ...}
        (one thing named in each language); with ``wordings`` the whole list may be
        {en: [...], zh_CN: [...]} (each language its own wordings)."""
        value = data.get(key, [])
        if wordings and isinstance(value, dict):
            spot = path + (key,)
            tr = self._by_language(value, spot, key, _text_list, "text or a list of texts")
            tr = {code: (items,) if isinstance(items, str) else items for code, items in tr.items()}
            english = tr.pop(ENGLISH, ())
            if required and not english:
                self.error(spot, f"{key}: needs its English list under en:")
            return Texts(english, tr, (self.file, self.lines, spot))
        if isinstance(value, str):
            value = [value] if value.strip() else []
        if not isinstance(value, list):
            self.error(path + (key,), f"{key}: should be a list, not {_kind_word(value)}")
            return ()
        out = []
        for index, item in enumerate(value):
            if words and isinstance(item, dict):
                text = self.words(item, path + (key, index), key)
                if text:
                    out.append(text)
                continue
            if not isinstance(item, str) or not item.strip():
                self.error(path + (key, index), f"{key}: each entry should be non-empty text")
                continue
            text = " ".join(item.split())
            out.append(Text(text, {}, (self.file, self.lines, path + (key, index))) if words else text)
        if required and not out:
            self.error(path + (key,) if key in data else path, f"{key}: needs at least one entry")
        return Texts(out, {}, (self.file, self.lines, path + (key,))) if wordings else tuple(out)

    # -- the whole film

    def read(self, docs) -> Film:
        self.first = docs[0][0] if docs else ""
        self.doc_lines = {name: lines or no_lines for name, _data, lines in docs}
        film_meta = None
        parts: dict[str, list] = {key: [] for key in ("entities", "facts", "sequences", "groups")}
        pools: dict[str, tuple] = {}
        relations: dict[str, tuple] = {}
        for name, data, lines in docs:
            self.file, self.lines = name, lines or no_lines
            if not isinstance(data, dict):
                self.error((), "a facts file should be a mapping of keys such as film: and facts:")
                continue
            for key, value in data.items():
                if key not in TOP_KEYS:
                    self.error((key,), f"the key '{key}' is not part of the facts schema "
                                       f"({', '.join(TOP_KEYS)})")
                elif key == "film":
                    if film_meta is not None:
                        self.error((key,), "film: appears more than once; keep one")
                    elif not isinstance(value, dict):
                        self.error((key,), "film: should be a mapping with id: and title:")
                    else:
                        film_meta = (name, lines, value)
                elif key in ("pools", "relations"):
                    target = pools if key == "pools" else relations
                    if value == "":
                        continue
                    if not isinstance(value, dict):
                        self.error((key,), f"{key}: should be a mapping of names")
                        continue
                    for sub, item in value.items():
                        if sub in target:
                            self.error((key, sub), f"{key}: '{sub}' is defined twice")
                        target[sub] = (name, lines, item)
                else:
                    if value == "":
                        continue
                    if not isinstance(value, list):
                        self.error((key,), f"{key}: should be a list, not {_kind_word(value)}")
                        continue
                    parts[key].extend((name, lines, index, item) for index, item in enumerate(value))
        film = self._film(film_meta)
        film.pools = self._pools(pools)
        film.entities = self._entities(parts["entities"])
        rels = self._relations(relations)
        self.same_as = []
        film.facts = self._facts(parts["facts"], film, rels)
        self._check_same_as(film)
        film.sequences = self._sequences(parts["sequences"])
        film.groups = self._groups(parts["groups"])
        self._check_size(film, relations)
        ids = [f.id for f in film.facts] + [s.id for s in film.sequences] + [g.id for g in film.groups]
        seen = set()
        for item in film.facts + film.sequences + film.groups:
            if item.id in seen:
                self.problems.append(Problem(item.where[0], item.where[1],
                                             f"the id '{item.id}' is used twice; ids must be unique"))
            seen.add(item.id)
        if not ids and not self.problems:
            self.file = docs[0][0] if docs else ""
            self.lines = no_lines
            self.error((), "the film has no facts:, sequences: or groups:")
        return film

    def _check_same_as(self, film: Film) -> None:
        """A fact's ``same_as`` names another fact of the film, one that is not itself joined to a
        third: one level keeps every question of a shared fact under one name."""
        by_id = {fact.id: fact for fact in film.facts}
        for target, fact_id, (file, line) in self.same_as:
            other = by_id.get(target)
            if other is None or target == fact_id:
                self.problems.append(Problem(file, line, f"fact '{fact_id}': same_as: '{target}' "
                                                         "names no other fact of this film"))
            elif other.same_as:
                self.problems.append(Problem(file, line, f"fact '{fact_id}': same_as: '{target}' is "
                                                         f"itself the same as '{other.same_as}'; "
                                                         "name that one"))

    def _check_size(self, film: Film, relations: dict) -> None:
        """Refuse a film that would make more than MAX_QUESTIONS, naming its biggest part."""
        parts: dict[tuple, list] = {}  # where -> [questions, what it is]

        def count(where: tuple, questions: int, what: str) -> None:
            parts.setdefault(where, [0, what])[0] += questions

        for fact in film.facts:
            if fact.relation in relations:
                file, lines = relations[fact.relation][:2]
                count((file, lines(("relations", fact.relation))), len(fact.directions),
                      f"the relation '{fact.relation}' makes {{n:,}} (one per fact and question)")
            else:
                file = fact.where[0]
                count((file, self.doc_lines.get(file, no_lines)(("facts",))), len(fact.directions),
                      "the facts: of this file make {n:,}")
        for seq in film.sequences:
            n = len(seq.items)
            count(seq.where, max(0, n - 3) * (bool(seq.first) + bool(seq.last)),
                  f"the sequence '{seq.id}' makes {{n:,}} (one per item, for first and for last)")
        for group in film.groups:
            count(group.where, len(group.members),
                  f"the group '{group.id}' makes {{n:,}} (one per member)")
        total = sum(n for n, _ in parts.values())
        if total <= MAX_QUESTIONS:
            return
        (file, line), (n, what) = max(parts.items(), key=lambda item: item[1][0])
        self.problems.append(Problem(file, line, f"the film would make {total:,} questions, more than "
                                                 f"the {MAX_QUESTIONS:,} a film may make; "
                                                 + what.format(n=n) + "; split it into several films"))

    def _film(self, meta) -> Film:
        if meta is None:
            self.file, self.lines = self.first, no_lines
            self.problems.append(Problem(self.first, None, "no file holds film: (id: and title: of the film)"))
            return Film(id="film", title="Film")
        self.file, self.lines, data = meta
        here = ("film",)
        film_id = self.text(data, "id", here)
        if film_id and not ID_RE.match(film_id):
            self.error(here + ("id",), f"film id '{film_id}' should use lowercase letters, digits and dashes")
        for key in data:
            if key not in ("id", "title", "original_title", "year", "description", "categories"):
                self.error(here + (key,), f"film: the key '{key}' is not part of the schema")
        return Film(id=film_id or "film",
                    title=self.text(data, "title", here, words=True) or Text("Film"),
                    categories=self._categories(data.get("categories", {}), here + ("categories",)),
                    original_title=self.text(data, "original_title", here, False),
                    year=self.text(data, "year", here, False),
                    description=self.text(data, "description", here, False, words=True))

    def _categories(self, value, here: tuple) -> dict:
        """film: categories: {Crew: {zh_CN: 幕后}}: each category's name in other languages."""
        if value == "":
            return {}
        if not isinstance(value, dict):
            self.error(here, "categories: should map each category to its names, "
                             "as in Crew: {zh_CN: 幕后}")
            return {}
        out = {}
        for name, names in value.items():
            if not isinstance(names, dict):
                self.error(here + (name,), f"categories: {name}: should be a mapping such as {{zh_CN: ...}}")
                continue
            tr = self._by_language(names, here + (name,), f"categories: {name}",
                                   lambda v: isinstance(v, str) and v.strip(), "text")
            out[name] = {code: text for code, text in tr.items() if code != ENGLISH}
        return out

    def _pools(self, pools) -> dict:
        out = {}
        for name, (file, lines, value) in pools.items():
            self.file, self.lines = file, lines
            out[name] = self.texts({name: value}, name, ("pools",), words=True)
        return out

    def _entities(self, items) -> dict:
        out: dict[str, Entity] = {}
        for file, lines, index, data in items:
            self.file, self.lines = file, lines
            here = ("entities", index)
            if not isinstance(data, dict):
                self.error(here, "each entity should be a mapping with id:, kind: and names:")
                continue
            entity_id = self.text(data, "id", here)
            kind = self.text(data, "kind", here) or "other"
            if kind not in ENTITY_KINDS:
                self.error(here + ("kind",), f"kind: should be one of {', '.join(ENTITY_KINDS)}")
            raw_names = data.get("names")
            tr: dict = {}
            if isinstance(raw_names, dict):
                tr = self._by_language(raw_names, here + ("names",), "names", _text_list,
                                       "text or a list of texts")
                tr = {code: (n,) if isinstance(n, str) else n for code, n in tr.items()}
                names = tr.pop(ENGLISH, ())
                if not names:
                    self.error(here + ("names",), "names: needs its English names under en:")
            else:
                names = self.texts(data, "names", here)
            roles = self.texts(data, "roles", here, False)
            source = self.text(data, "name_source", here, False)
            if not source and any(n not in names for own in tr.values() for n in own):
                self.error(here + ("names",), "names in another language need a name_source: "
                                              "saying where they come from")
            for key in data:
                if key not in ("id", "kind", "names", "roles", "note", "name_source"):
                    self.error(here + (key,), f"entity: the key '{key}' is not part of the schema")
            if not entity_id or not names:
                continue
            if entity_id in out:
                self.error(here, f"the entity '{entity_id}' is recorded twice; record it once "
                                 "with every spelling in names:")
                continue
            out[entity_id] = Entity(entity_id, kind, names, roles, self.text(data, "note", here, False),
                                    tr, source)
        # One spelling must never belong to two entities, or a wrong answer could be a right one.
        owner: dict[str, str] = {}
        for file, lines, index, data in items:
            if not isinstance(data, dict) or not isinstance(data.get("id"), str) or data["id"] not in out:
                continue
            entity = out[data["id"]]
            for name in (*entity.names, *(n for names in entity.tr.values() for n in names)):
                key = name.casefold()
                if key in owner and owner[key] != entity.id:
                    self.file, self.lines = file, lines
                    self.error(("entities", index, "names"),
                               f"the name '{name}' belongs to both '{owner[key]}' and '{entity.id}'")
                owner[key] = entity.id
        return out

    def _relations(self, relations) -> dict:
        out = {}
        for name, (file, lines, data) in relations.items():
            self.file, self.lines = file, lines
            here = ("relations", name)
            if not isinstance(data, dict):
                self.error(here, "a relation should be a mapping with questions: and explanation:")
                continue
            for key in data:
                if key not in ("category", "questions", "explanation", "section", "difficulty",
                               "statement"):
                    self.error(here + (key,), f"relation: the key '{key}' is not part of the schema")
            out[name] = {
                "category": self.text(data, "category", here, False),
                "section": self.text(data, "section", here, False),
                "difficulty": self.text(data, "difficulty", here, False),
                "explanation": self.text(data, "explanation", here, False, words=True),
                "statement": self.text(data, "statement", here, False, words=True),
                "questions": self._directions(data.get("questions"), here + ("questions",)),
                "file": file, "lines": lines,
            }
        return out

    def _directions(self, value, here: tuple) -> tuple:
        if not isinstance(value, list) or not value:
            self.error(here, "questions: should be a list with at least one entry (answer:, pool:, phrasings:)")
            return ()
        out = []
        for index, data in enumerate(value):
            spot = here + (index,)
            if not isinstance(data, dict):
                self.error(spot, "each questions: entry should be a mapping with answer: and phrasings:")
                continue
            for key in data:
                if key not in QUESTION_KEYS:
                    self.error(spot + (key,), f"the key '{key}' is not part of a question "
                                              f"({', '.join(QUESTION_KEYS)})")
            answer = self.text(data, "answer", spot)
            out.append((Direction(answer, self.text(data, "pool", spot, False),
                                  self.texts(data, "phrasings", spot, wordings=True),
                                  self.texts(data, "wrong", spot, False, words=True),
                                  self.texts(data, "exclude", spot, False)), spot))
        return tuple(out)

    def _facts(self, items, film: Film, relations: dict) -> list:
        out = []
        for file, lines, index, data in items:
            self.file, self.lines = file, lines
            here = ("facts", index)
            if not isinstance(data, dict):
                self.error(here, "each fact should be a mapping with id:, section:, values: and questions:")
                continue
            for key in data:
                if key not in FACT_KEYS:
                    self.error(here + (key,), f"fact: the key '{key}' is not part of the schema")
            fact_id = self.text(data, "id", here)
            if fact_id and not ID_RE.match(fact_id):
                self.error(here + ("id",), f"the id '{fact_id}' should use lowercase letters, digits and dashes")
            relation_name = self.text(data, "relation", here, False)
            relation = relations.get(relation_name) if relation_name else None
            if relation_name and relation is None:
                self.error(here + ("relation",), f"no relation called '{relation_name}' in relations:")
            base = relation or {}
            section = self.text(data, "section", here, not base.get("section")) or base.get("section", "")
            category = self.text(data, "category", here, not base.get("category")) or base.get("category", "")
            difficulty = (self.text(data, "difficulty", here, not base.get("difficulty"))
                          or base.get("difficulty", "")).lower()
            if difficulty and difficulty not in DIFFICULTIES:
                self.error(here + ("difficulty",), "difficulty: must be easy, medium or hard")
            explanation = self.text(data, "explanation", here, not base.get("explanation"),
                                    words=True) or base.get("explanation", "")
            statement = self.text(data, "statement", here, False, words=True) \
                or base.get("statement", "")
            values = self._values(data.get("values"), here + ("values",), film)
            if "questions" in data:
                directions = self._directions(data.get("questions"), here + ("questions",))
            elif relation is not None:
                directions = relation["questions"]
            else:
                self.error(here, "a fact needs questions: (or a relation: that has them)")
                directions = ()
            exclude = self.texts(data, "exclude", here, False)
            same_as = self.text(data, "same_as", here, False)
            if same_as:
                self.same_as.append((same_as, fact_id, self.where(here + ("same_as",))))
            fact = Fact(fact_id, section, category, difficulty, values,
                        tuple(d for d, _ in directions), explanation, exclude, relation_name,
                        self.where(here), statement, same_as)
            self._check_fact(fact, directions, here, film)
            out.append(fact)
        return out

    def _values(self, data, here: tuple, film: Film) -> dict:
        if not isinstance(data, dict) or not data:
            self.error(here, "values: should be a mapping of names to values")
            return {}
        out = {}
        for name, value in data.items():
            if name == "film" or name == "answer":
                self.error(here + (name,), f"'{name}' is a reserved placeholder; name the value otherwise")
            parsed = self._value(value, here + (name,), film)
            if parsed is not None:
                out[name] = parsed
        return out

    def _value(self, value, here: tuple, film: Film, in_list: bool = False):
        if isinstance(value, str):
            entity = film.entities.get(value.strip())
            if entity is None:
                self.error(here, f"'{value}' is not an entity id; write literal text as {{text: ..., pool: ...}}")
                return None
            return Ref(entity, entity.name)
        if isinstance(value, list):
            if in_list or not value:
                self.error(here, "a list value should hold one or more plain values")
                return None
            items = [self._value(item, here + (i,), film, True) for i, item in enumerate(value)]
            if any(item is None for item in items):
                return None
            return OneOf(tuple(items))
        if not isinstance(value, dict):
            self.error(here, "a value should be an entity id, a list, or a mapping such as {date: ...}")
            return None
        try:
            if "entity" in value:
                entity = film.entities.get(str(value["entity"]).strip())
                if entity is None:
                    self.error(here, f"'{value['entity']}' is not an entity id")
                    return None
                shown = str(value.get("name", "") or entity.name).strip()
                if shown not in entity.names:
                    self.error(here, f"'{shown}' is not one of the names of '{entity.id}'")
                    return None
                return Ref(entity, shown)
            if "date" in value:
                day, precision = parse_date(str(value["date"]))
                precision = str(value.get("precision", "") or precision)
                if precision not in ("day", "month", "year"):
                    raise ValueError("precision: should be day, month or year")
                return DateValue(day, precision)
            if "money" in value or "number" in value:
                key = "money" if "money" in value else "number"
                raw = str(value[key]).strip().replace(",", "")
                number = _plain_number(raw, key)
                money = None
                if key == "money":
                    money = (str(value.get("currency", "$")).strip(), str(value.get("unit", "")).strip())
                    template = _money_template(*money)
                else:
                    template = self.words(value.get("format", "{}"), here + ("format",), "format")
                    if isinstance(value.get("format"), dict) and not template:
                        return None
                for shown in (template, *getattr(template, "tr", {}).values()):
                    if "{}" not in shown:
                        raise ValueError("format: needs {} where the number goes")
                low = _plain_number(str(value["min"]).strip(), "min") if value.get("min", "") != "" else None
                high = _plain_number(str(value["max"]).strip(), "max") if value.get("max", "") != "" else None
                if (low is not None and number < low) or (high is not None and number > high):
                    raise ValueError("the number lies outside its own min: and max:")
                if abs(number) >= Decimal("1e15"):
                    raise ValueError("the number is too large to show")
                return NumberValue(number, decimals(raw), template, low, high, money)
            if "text" in value:
                raw = value["text"]
                text = self.words(raw if isinstance(raw, dict) else str(raw), here + ("text",), "text",
                                  required=False)
                if not text:
                    if isinstance(raw, dict):
                        return None  # already told
                    raise ValueError("text: is empty")
                return TextValue(text, str(value.get("pool", "")).strip())
        except (ValueError, ArithmeticError, TypeError) as error:
            self.error(here, f"this value cannot be read: {error}")
            return None
        self.error(here, "a value mapping needs one of entity:, date:, money:, number: or text:")
        return None

    def _check_fact(self, fact: Fact, directions, here: tuple, film: Film) -> None:
        if not fact.values:
            return
        known = set(fact.values) | {"film", "answer"}
        for text, spot in [(fact.explanation, here + ("explanation",)),
                           (fact.statement, here + ("statement",))]:
            for name in {n for t in _variants(text) for n in PLACEHOLDER_RE.findall(t)}:
                if name not in known:
                    self.error(spot, f"the placeholder {{{name}}} names no value of this fact")
        for direction, spot in directions:
            if direction.answer and direction.answer not in fact.values:
                self.error(spot + ("answer",), f"fact '{fact.id}': answer: '{direction.answer}' "
                                               "names no value of this fact")
                continue
            for phrasing in _wordings(direction.phrasings):
                names = PLACEHOLDER_RE.findall(phrasing)
                for name in names:
                    if name not in known - {"answer"}:
                        self.error(spot + ("phrasings",), f"fact '{fact.id}': the placeholder "
                                                          f"{{{name}}} names no value of this fact")
                    elif name == direction.answer:
                        self.error(spot + ("phrasings",), f"fact '{fact.id}': a phrasing would "
                                                          f"show its own answer {{{name}}}")

    def _sequences(self, items) -> list:
        out = []
        for file, lines, index, data in items:
            self.file, self.lines = file, lines
            here = ("sequences", index)
            if not isinstance(data, dict):
                self.error(here, "each sequence should be a mapping with id:, items: and phrasings:")
                continue
            phrasings = data.get("phrasings", {})
            if not isinstance(phrasings, dict):
                self.error(here + ("phrasings",), "phrasings: should be a mapping with first: and last:")
                phrasings = {}
            items_ = self.texts(data, "items", here, words=True)
            if items_ and len(items_) < 4:
                self.error(here + ("items",), "a sequence needs at least four items")
            first = self.texts(phrasings, "first", here + ("phrasings",), False, wordings=True)
            last = self.texts(phrasings, "last", here + ("phrasings",), False, wordings=True)
            ordering = self.texts(phrasings, "order", here + ("phrasings",), False, wordings=True)
            if not first and not last:
                self.error(here + ("phrasings",), "phrasings: needs first: or last: phrasings")
            out.append(Sequence(self.text(data, "id", here), self.text(data, "section", here),
                                self.text(data, "category", here),
                                self._difficulty(data, here), items_, first, last,
                                self.text(data, "explanation", here, words=True), self.where(here),
                                ordering))
        return out

    def _groups(self, items) -> list:
        out = []
        for file, lines, index, data in items:
            self.file, self.lines = file, lines
            here = ("groups", index)
            if not isinstance(data, dict):
                self.error(here, "each group should be a mapping with id:, members: and others:")
                continue
            others = self.texts(data, "others", here, words=True)
            if others and len(others) < 3:
                self.error(here + ("others",), "a group needs at least three others: (the wrong answers)")
            out.append(Group(self.text(data, "id", here), self.text(data, "section", here),
                             self.text(data, "category", here), self._difficulty(data, here),
                             self.texts(data, "members", here, words=True), others,
                             self.texts(data, "phrasings", here, wordings=True),
                             self.text(data, "explanation", here, words=True),
                             self.where(here)))
        return out

    def _difficulty(self, data: dict, here: tuple) -> str:
        value = self.text(data, "difficulty", here).lower()
        if value and value not in DIFFICULTIES:
            self.error(here + ("difficulty",), "difficulty: must be easy, medium or hard")
        return value or "medium"


def _text_list(value) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return (isinstance(value, list) and bool(value)
            and all(isinstance(item, str) and item.strip() for item in value))


def _variants(text: str) -> list:
    """A text and its other languages' forms."""
    return [text, *getattr(text, "tr", {}).values()]


def _wordings(texts) -> list:
    """A list of wordings and every other language's wordings."""
    return [*texts, *(t for items in getattr(texts, "tr", {}).values() for t in items)]


# Numbers as people write them: digits, an optional sign and at most six decimals.
# Exponents ("1e999999999") and long fractions would overflow the arithmetic
# that makes look-alike wrong answers, and no film's facts need them.
MAX_DIGITS, MAX_DECIMALS = 15, 6
_NUMBER_RE = re.compile(r"[+-]?(\d+)(?:\.(\d+))?")


def _plain_number(raw: str, key: str) -> Decimal:
    match = _NUMBER_RE.fullmatch(raw)
    if match is None:
        raise ValueError(f"{key}: '{_short(raw)}' is not a plain number such as 209 or 5.9")
    whole, fraction = match.group(1), match.group(2) or ""
    if len(whole.lstrip("0")) > MAX_DIGITS:
        raise ValueError(f"{key}: the number is too large to show (at most {MAX_DIGITS} digits)")
    if len(fraction) > MAX_DECIMALS:
        raise ValueError(f"{key}: the number has {len(fraction)} decimals; at most {MAX_DECIMALS}")
    return Decimal(raw)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _money_template(currency: str, unit: str) -> str:
    currency = currency.strip()
    unit = f" {unit.strip()}" if unit.strip() else ""
    if currency in SYMBOLS:
        return f"{currency}{{}}{unit}"
    return f"{{}}{unit} {currency}".rstrip()
