"""Turns a film's facts into fair four-option questions.

Nothing here knows any particular film: everything comes from the ``Film``.
One call makes every distinct question once (each fact in each direction,
each plot-order and group question), in a phrasing, option set and order
chosen by the seed. The right answer's position is dealt from a balanced
deck, so each of the four places holds it equally often; for numbers and
dates, which are shown sorted, the deck decides how many wrong options fall
below the right one.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass
from typing import Optional

from quiz.distractors import SHORTLIST, TrickBalance, norm
from quiz.facts.localise import localise
from quiz.facts.records import (PLACEHOLDER_RE, DateValue, Fact, Film, NumberValue, OneOf, Ref,
                                TextValue)
from quiz.kinds.choice import ChoiceQuestion
from quiz.making import number, order, true_false, typed
from quiz.making.fill import fill as _fill
from quiz.model import Question
from quiz.numbers import near_dates, near_numbers
from quiz.problems import PackError, Problem

OPTIONS = 4
# Longer than any real film's list of candidates: a longer list is sampled
# rather than shuffled whole for each question (see _Maker._shuffled).
BIG = 64
SAMPLE = 16  # enough to find the few wrong answers the balance picks from


@dataclass
class _Draft:
    """A question before its options are chosen."""

    id: str
    fact: str
    category: str
    difficulty: str
    source: str
    where: tuple
    kind: str  # "fact" | "first" | "last" | "group"
    item: object  # the Fact, Sequence or Group
    direction: object = None
    index: int = 0  # sequence item or group member


def drafts(film: Film) -> list[_Draft]:
    """Every distinct question the film can ask, before phrasing and options."""
    out: list[_Draft] = []
    for fact in film.facts:
        used: dict[str, int] = {}
        for direction in fact.directions:
            key = direction.answer
            used[key] = used.get(key, 0) + 1
            suffix = key if used[key] == 1 else f"{key}-{used[key]}"
            shared = fact.same_as or fact.id
            out.append(_Draft(f"{film.id}/{fact.id}/{suffix}", f"{film.id}/{shared}", fact.category,
                              fact.difficulty, fact.section, fact.where, "fact", fact, direction))
    for seq in film.sequences:
        n = len(seq.items)
        for side, phrasings, answers in (("first", seq.first, range(0, n - 3)),
                                         ("last", seq.last, range(3, n))):
            if not phrasings:
                continue
            for index in answers:
                out.append(_Draft(f"{film.id}/{seq.id}/{side}-{index + 1}",
                                  f"{film.id}/{seq.id}/{index + 1}", seq.category, seq.difficulty,
                                  seq.section, seq.where, side, seq, index=index))
    for group in film.groups:
        for index in range(len(group.members)):
            out.append(_Draft(f"{film.id}/{group.id}/{index + 1}", f"{film.id}/{group.id}/{index + 1}",
                              group.category, group.difficulty, group.section, group.where,
                              "group", group, index=index))
    return out


def generate(film: Film, seed: int, language: Optional[str] = None) -> list[Question]:
    """Every distinct question of ``film``, once each; the same seed gives the same list.

    ``language`` asks them in another language the facts give (``Film.languages``):
    the same questions, ids and facts, in its words."""
    if language is not None:
        film = localise(film, language)
    rng = random.Random(f"{film.id}\x00{seed}")
    items = drafts(film)
    positions = [k % OPTIONS for k in range(len(items))]
    rng.shuffle(positions)
    maker = _Maker(film, rng)
    questions, problems = [], []
    for draft, position in zip(items, positions):
        try:
            questions.append(maker.make(draft, position))
        except _Unfair as error:
            problems.append(Problem(draft.where[0], draft.where[1], f"{draft.id}: {error}"))
    if problems:
        raise PackError(problems)
    # The other kinds draw from their own generators, so the choice questions stay as they were.
    questions.extend(_other_kinds(film, items, seed))
    rng.shuffle(questions)
    return questions


def _other_kinds(film: Film, items: list, seed: int) -> list[Question]:
    tf_rng = random.Random(f"{film.id}\x00{seed}\x00true_false")
    number_rng = random.Random(f"{film.id}\x00{seed}\x00number")
    order_rng = random.Random(f"{film.id}\x00{seed}\x00order")
    typed_rng = random.Random(f"{film.id}\x00{seed}\x00typed")
    return (true_false.statements(film, items, _Maker(film, tf_rng), tf_rng, _Unfair)
            + number.sliders(film, items, number_rng) + order.orderings(film, order_rng)
            + typed.typed_questions(film, items, _Maker(film, typed_rng), typed_rng))


_SEASONS = ("spring", "summer", "autumn", "winter")  # a year's winter is its last
_SEASON_RE = re.compile(r"(spring|summer|autumn|winter) (\d{4})", re.IGNORECASE)
_ZH_SEASONS = "春夏秋冬"
_ZH_SEASON_RE = re.compile(r"(\d{4})年([春夏秋冬])[季天]?")


def season_order(text: str):
    """Where a "season year" answer ("Winter 2017", "2017年冬") falls in time, or None for other text."""
    match = _SEASON_RE.fullmatch(text.strip())
    if match is not None:
        return int(match.group(2)), _SEASONS.index(match.group(1).casefold())
    match = _ZH_SEASON_RE.fullmatch(text.strip())
    if match is not None:
        return int(match.group(1)), _ZH_SEASONS.index(match.group(2))
    return None


# Words the generator puts into a question or an explanation itself, by language.
WORDS = {
    "en": {"earliest": "earliest", "latest": "latest"},
    "zh_CN": {"earliest": "最早", "latest": "最晚"},
}


def words_for(film: Film) -> dict:
    return WORDS.get(film.language, WORDS["en"])


_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def leak_names(value) -> list[str]:
    """The texts a question must not contain for this answer: as shown, and for a
    person or thing every name written in Chinese characters (a question in
    Chinese naming 刘若英 gives away Rene Liu). Short romanised spellings
    ("Liu", "Jing") are left out: they sit inside other words ("Beijing")."""
    out = [_show(value)]
    if isinstance(value, Ref):
        out.extend(n for n in value.entity.names if _CJK_RE.search(n))
    if isinstance(value, TextValue):
        out.extend(value.aliases)
    return list(dict.fromkeys(out))


class _Unfair(Exception):
    """A question that cannot be made fair from the facts given."""


def _show(value) -> str:
    return value.show()


def _same(a, b) -> bool:
    if isinstance(a, Ref) and isinstance(b, Ref):
        return a.entity.id == b.entity.id
    if isinstance(a, OneOf):
        return any(_same(x, b) for x in a.items)
    if isinstance(b, OneOf):
        return any(_same(a, y) for y in b.items)
    return type(a) is type(b) and _show(a) == _show(b)


def _members(value) -> tuple:
    return value.items if isinstance(value, OneOf) else (value,)


def _identities(value) -> set:
    """What ``_same`` compares, as keys: two values are the same when these overlap."""
    return {("entity", v.entity.id) if isinstance(v, Ref) else (type(v).__name__, _show(v))
            for v in _members(value)}


class _Maker:
    def __init__(self, film: Film, rng: random.Random) -> None:
        self.film = film
        self.rng = rng
        self.balance = TrickBalance()
        self.owner: dict[str, str] = {}  # any spelling -> entity id
        for entity in film.entities.values():
            for name in entity.names:
                self.owner[norm(name)] = entity.id
        # True values of every fact, kept out of near-miss numbers and dates.
        self.dates = frozenset(v.day for f in film.facts for value in f.values.values()
                               for v in _members(value) if isinstance(v, DateValue))
        self.numbers: dict[str, set] = {}
        for f in film.facts:
            for value in f.values.values():
                for v in _members(value):
                    if isinstance(v, NumberValue):
                        self.numbers.setdefault(v.template, set()).add(v.value)
        # Worked out once, not per question, so a big film makes its questions in
        # time proportional to its size.
        # pool -> the film's own candidates: (entity id, name) of the entities in that
        # role, in film order, then (None, text) of the facts' text values in that pool.
        self.pool_own: dict[str, list] = {}
        for entity in film.entities.values():
            for role in dict.fromkeys(entity.roles):
                self.pool_own.setdefault(role, []).append((entity.id, entity.name))
        self._pool_shown: dict[str, list] = {}
        texts: dict[str, list] = {}
        # (relation, value name) -> value identity -> facts of that relation holding it
        self.related: dict[tuple, dict] = {}
        self._by_relation: dict[str, list] = {}
        self._without: dict[tuple, list] = {}
        for f in film.facts:
            if f.relation:
                self._by_relation.setdefault(f.relation, []).append(f)
            for name, value in f.values.items():
                for v in _members(value):
                    if isinstance(v, TextValue):
                        texts.setdefault(v.pool, []).append((None, _show(v)))
                if f.relation:
                    holders = self.related.setdefault((f.relation, name), {})
                    for identity in _identities(value):
                        holders.setdefault(identity, []).append(f)
        for pool, found in texts.items():
            self.pool_own.setdefault(pool, []).extend(found)
        # In a language with its own script, a name as shown there -> its romanised
        # form: the options beside an answer known only by a romanised name are
        # romanised too, so the script never tells the right one.
        self.romanised: dict[str, str] = {}
        if film.language != "en":
            for entity in film.entities.values():
                latin = next((n for n in entity.names if not _CJK_RE.search(n)), None)
                if latin and _CJK_RE.search(entity.name):
                    self.romanised[norm(entity.name)] = latin
            for texts in (*film.pools.values(), *(d.wrong for f in film.facts for d in f.directions)):
                for text in texts:
                    english = getattr(text, "tr", {}).get("en")
                    if english and _CJK_RE.search(text):
                        self.romanised[norm(text)] = english

    def make(self, draft: _Draft, position: int) -> Question:
        if draft.kind == "fact":
            return self._fact(draft, position)
        if draft.kind in ("first", "last"):
            return self._sequence(draft, position)
        return self._group(draft, position)

    # -- facts

    def _fact(self, draft: _Draft, position: int) -> Question:
        fact: Fact = draft.item
        direction = draft.direction
        value = fact.values[direction.answer]
        # Checked for every phrasing and every right answer, not just the ones the
        # seed picks, so a film is either fair for all seeds or refused for all.
        phrasings = [_fill(p, self.film, fact.values) for p in direction.phrasings]
        for text in phrasings:
            for member in _members(value):
                for name in leak_names(member):
                    if norm(name) in norm(text):
                        raise _Unfair(f"the question '{text}' contains its answer '{name}'")
        right = self.rng.choice(value.items) if isinstance(value, OneOf) else value
        question = self.rng.choice(phrasings)
        answer_text = _show(right)
        if isinstance(right, (NumberValue, DateValue)):
            choices = self._sorted_options(right, position, question)
            answer = choices.index(answer_text)
        elif season_order(answer_text) is not None:
            candidates = self._candidates(fact, direction, value, right, phrasings)
            choices = self._in_time_order(answer_text, candidates, position, question)
            answer = choices.index(answer_text)
        else:
            wrong = self._wrong(fact, direction, value, right, question, phrasings)
            choices = wrong[:position] + [answer_text] + wrong[position:]
            answer = position
        self._check(question, choices, answer_text)
        explanation = _fill(fact.explanation, self.film, fact.values, answer_text)
        return self._question(draft, question, choices, answer, explanation)

    def _question(self, draft: _Draft, question: str, choices: list, answer: int,
                  explanation: str) -> ChoiceQuestion:
        return ChoiceQuestion(id=draft.id, fact=draft.fact, category=draft.category,
                        difficulty=draft.difficulty, question=question, choices=tuple(choices),
                        answer=answer, explanation=explanation, source=draft.source)

    def _check(self, question: str, choices: list, answer_text: str) -> None:
        if len({norm(c) for c in choices}) != len(choices):
            raise _Unfair(f"two options are the same: {choices}")
        if norm(answer_text) in norm(question):
            raise _Unfair(f"the question '{question}' contains its answer '{answer_text}'")

    def _excluded(self, fact: Fact, direction, value) -> tuple[set, set]:
        """Entity ids and texts that must not be wrong answers: every true answer and its spellings."""
        ids: set[str] = set()
        texts: set[str] = set()

        def add(item) -> None:
            for v in _members(item):
                if isinstance(v, Ref):
                    ids.add(v.entity.id)
                else:
                    texts.add(norm(_show(v)))

        add(value)
        for name in (*fact.exclude, *direction.exclude):
            if name in self.film.entities:
                ids.add(name)
            else:
                texts.add(norm(name))
        if fact.relation:
            # Another fact of the same relation that shares the other values makes its answer true too.
            for other in self._siblings(fact, direction.answer):
                if other is fact or direction.answer not in other.values:
                    continue
                shared = [k for k in fact.values if k != direction.answer and k in other.values]
                if shared and all(_same(fact.values[k], other.values[k]) for k in shared):
                    add(other.values[direction.answer])
        for entity_id in ids:
            texts.update(norm(n) for n in self.film.entities[entity_id].names)
        return ids, texts

    def _siblings(self, fact: Fact, answer: str) -> list:
        """Facts of ``fact``'s relation that may share all its values but ``answer``: a few, not all.

        Such a fact either holds the same value under a name, or lacks that name;
        of the names, the one with the fewest such facts is looked through.
        """
        best = None
        for name, mine in fact.values.items():
            if name == answer:
                continue
            holders = self.related.get((fact.relation, name), {})
            identities = _identities(mine)
            lacking = self._lacking(fact.relation, name)
            size = sum(len(holders.get(i, ())) for i in identities) + len(lacking)
            if best is None or size < best[0]:
                best = (size, holders, identities, lacking)
        if best is None:
            return []
        _, holders, identities, lacking = best
        found = {id(f): f for i in identities for f in holders.get(i, ())}
        found.update((id(f), f) for f in lacking)
        return list(found.values())

    def _lacking(self, relation: str, name: str) -> list:
        """The facts of a relation that have no value called ``name``, worked out once."""
        key = (relation, name)
        if key not in self._without:
            self._without[key] = [f for f in self._by_relation.get(relation, ())
                                  if name not in f.values]
        return self._without[key]

    def _wrong(self, fact: Fact, direction, value, right, question: str,
               phrasings: list) -> list[str]:
        candidates = self._candidates(fact, direction, value, right, phrasings, SHORTLIST)
        wrong = self.balance.pick(question, _show(right), candidates, self.rng, OPTIONS - 1)
        self.rng.shuffle(wrong)
        return wrong

    def _in_time_order(self, answer: str, candidates: list, position: int,
                       question: str) -> list[str]:
        """Seasons are shown in time order, like numbers and dates: ``position`` of
        the wrong ones come before the right one where the pool allows."""
        key = season_order(answer)
        seasons = [c for c in candidates if season_order(c) not in (None, key)]
        earlier = [c for c in seasons if season_order(c) < key]
        later = [c for c in seasons if season_order(c) > key]
        if len(seasons) < OPTIONS - 1:
            raise _Unfair(f"only {len(seasons)} other season(s) to offer; it needs 3")
        below = min(max(position, OPTIONS - 1 - len(later)), len(earlier))
        wrong = self.rng.sample(earlier, below) + self.rng.sample(later, OPTIONS - 1 - below)
        shown = sorted([answer, *wrong], key=season_order)
        self.balance.record(question, shown, shown.index(answer))
        return shown

    def _candidates(self, fact: Fact, direction, value, right, phrasings: list,
                    limit: Optional[int] = None) -> list[str]:
        """The fair wrong answers, most plausible first: all of them, or the first ``limit``."""
        pool = direction.pool or (right.pool if isinstance(right, TextValue) else "")
        if not pool:
            raise _Unfair("no pool: says where wrong answers come from")
        ids, texts = self._excluded(fact, direction, value)
        taken = set(texts) | {norm(_show(right))}
        # Curated for this question first, then the film's own, then the pool.
        curated = (self._shown(w) for w in direction.wrong if self._allowed(w, ids))
        mine = self.pool_own.get(pool, ())
        if len(mine) <= BIG:
            own = [name for entity_id, name in mine if entity_id is None or entity_id not in ids]
            self.rng.shuffle(own)
        else:
            own = (name if entity_id is None or entity_id not in ids else ""
                   for entity_id, name in self._shuffled(mine))
        shown = self._pool_entries(pool)
        if len(shown) <= BIG:
            pooled = [text for owner, text in shown if owner is None or owner not in ids]
            self.rng.shuffle(pooled)
        else:
            pooled = (text if owner is None or owner not in ids else ""
                      for owner, text in self._shuffled(shown))
        found = itertools.chain(curated, own, pooled)
        if self.romanised:
            found = self._same_script(found, _show(right))
        # An option that any wording of the question names would look odd, or give the game away.
        candidates = self._front(found, taken, phrasings, limit)
        if len(candidates) < OPTIONS - 1:
            raise _Unfair(f"pool '{pool}' leaves only {len(candidates)} wrong answer(s); it needs 3")
        return candidates

    def _same_script(self, candidates, right: str):
        """Wrong answers in the right one's script: romanised beside a name known only
        romanised; beside a name in Chinese characters, those in characters first."""
        if not _CJK_RE.search(right):
            return (self.romanised.get(norm(c), c) for c in candidates)
        listed = list(candidates)
        return [c for c in listed if _CJK_RE.search(c)] + [c for c in listed if not _CJK_RE.search(c)]

    def _pool_entries(self, pool: str) -> list:
        """A pool's entries as ``(owner entity id or None, text shown)``, worked out once."""
        found = self._pool_shown.get(pool)
        if found is None:
            found = self._pool_shown[pool] = [(self.owner.get(norm(w)), self._shown(w))
                                              for w in self.film.pools.get(pool, ())]
        return found

    def _shuffled(self, items: list):
        """A long list in a random order, lazily: a random handful first, then the rest in order.

        Shuffling it whole for every question would make a big film quadratic;
        the balance only ever looks at the first few that pass.
        """
        picked = self.rng.sample(range(len(items)), SAMPLE)
        chosen = set(picked)
        yield from (items[i] for i in picked)
        yield from (item for i, item in enumerate(items) if i not in chosen)

    @staticmethod
    def _front(candidates, taken: set, phrasings, limit: Optional[int] = SHORTLIST) -> list:
        """The first candidates, up to ``limit`` (None: all), that are new (not in
        ``taken``, normalised) and that no phrasing names."""
        worded = [norm(p) for p in phrasings]
        out = []
        for candidate in candidates:
            key = norm(candidate)
            if not key or key in taken:
                continue
            taken.add(key)
            if not any(key in p for p in worded):
                out.append(candidate)
                if limit is not None and len(out) == max(limit, OPTIONS - 1):
                    break
        return out

    def _shown(self, text: str) -> str:
        """A pool entry that names one of the film's entities, shown as that entity is shown."""
        owner = self.owner.get(norm(text))
        return self.film.entities[owner].name if owner else text

    def _allowed(self, text: str, ids: set) -> bool:
        owner = self.owner.get(norm(text))
        return owner is None or owner not in ids

    def _sorted_options(self, right, position: int, question: str) -> list[str]:
        try:
            return self._near_options(right, position, question)
        except (ArithmeticError, ValueError, OverflowError) as error:
            raise _Unfair(f"no near values can be made around {_show(right)} ({error})") from None

    def _near_options(self, right, position: int, question: str) -> list[str]:
        shown = None
        # The dealt place first (retried, as spacing is random), then any other.
        for below in [position] * 8 + [b for b in range(OPTIONS) if b != position]:
            if isinstance(right, DateValue):
                days = near_dates(right.day, right.precision, below, self.rng, self.dates)
                values = sorted([right.day, *days])
                shown = [DateValue(d, right.precision, right.lang).show() for d in values]
            else:
                avoid = frozenset(self.numbers.get(right.template, ()))
                found = near_numbers(right.value, right.places, below, self.rng,
                                     right.low, right.high, avoid)
                if found is None:
                    continue
                values = sorted([right.value, *found])
                shown = [right.like(v).show() for v in values]
            if len(set(shown)) == OPTIONS:
                break
            shown = None
        if shown is None:
            raise _Unfair(f"no room for three near values around {_show(right)}")
        self.balance.record(question, shown, shown.index(_show(right)))
        return shown

    # -- sequences and groups

    def _sequence(self, draft: _Draft, position: int) -> Question:
        seq = draft.item
        right = seq.items[draft.index]
        if draft.kind == "first":
            pool, phrasings = list(seq.items[draft.index + 1:]), seq.first
        else:
            pool, phrasings = list(seq.items[:draft.index]), seq.last
        order = words_for(self.film)["earliest" if draft.kind == "first" else "latest"]
        return self._pick_one(draft, position, right, pool, phrasings, seq.explanation, {"order": order})

    def _group(self, draft: _Draft, position: int) -> Question:
        group = draft.item
        return self._pick_one(draft, position, group.members[draft.index], list(group.others),
                              group.phrasings, group.explanation)

    def _pick_one(self, draft, position, right, pool, phrasings, explanation,
                  words: dict = None) -> Question:
        texts = [_fill(p, self.film, {}) for p in phrasings]
        for text in texts:
            if norm(right) in norm(text):
                raise _Unfair(f"the question '{text}' contains its answer '{right}'")
        question = self.rng.choice(texts)
        if len(pool) <= BIG:
            self.rng.shuffle(pool)
            ordered = pool
        else:
            ordered = self._shuffled(pool)
        wrong = self.balance.pick(question, right, self._front(ordered, {norm(right)}, ()), self.rng,
                                  OPTIONS - 1)
        if len(wrong) < OPTIONS - 1:
            raise _Unfair("needs at least three wrong items")
        self.rng.shuffle(wrong)
        choices = wrong[:position] + [right] + wrong[position:]
        self._check(question, choices, right)
        return self._question(draft, question, choices, position,
                              _fill(explanation, self.film, {}, right, words or {}))


def question_count(film: Film) -> int:
    return len(drafts(film))
