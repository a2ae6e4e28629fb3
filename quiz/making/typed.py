"""Type-the-answer questions from a film's facts: the answer a person, a company, a
place or a short title (four words at most).

Every spelling the facts record for the answer's entity is accepted (the
article names some people twice, as Rene Liu and Liu Ruoying). A direction
is left out when another fact of the same relation makes a second answer
true (a typed answer must have one right entity), and a phrasing is left out
when it names any accepted spelling (the leak rule): a direction with no
phrasing left is not asked this way.
"""

from __future__ import annotations

import random

from quiz.distractors import norm
from quiz.facts.records import Film, Ref, TextValue
from quiz.kinds.typed import TypedQuestion, normal
from quiz.making.fill import fill

ENTITY_KINDS = ("person", "organisation", "place", "work")
# Text values that name a place or a title, by their pool.
TEXT_POOLS = ("origin", "country", "city", "territory", "story-title", "song-title")
MAX_WORDS = 4


def spellings(film: Film, value) -> tuple[str, ...]:
    """The answer's spellings, the one shown first; () when it is not typed-answer material."""
    if isinstance(value, Ref):
        entity = value.entity
        if entity.kind not in ENTITY_KINDS:
            return ()
        names = (value.show(), *entity.names)
    elif isinstance(value, TextValue) and value.pool in TEXT_POOLS:
        names = (value.show(), *value.aliases)
    else:
        return ()
    # Counted in English, the film's own words (a Chinese title has no spaces to count).
    english = value.aliases[0] if isinstance(value, TextValue) and value.aliases else value.show()
    if isinstance(value, Ref):
        english = max((n for n in value.entity.names if n.isascii()), key=len, default=english)
    if len(english.split()) > MAX_WORDS:
        return ()
    return tuple(dict.fromkeys(n for n in names if normal(n)))


def _one_answer(maker, fact, direction, value, accepted) -> bool:
    """Whether the facts make only this answer true (its own spellings and exclusions aside)."""
    ids, texts = maker._excluded(fact, direction, value)
    listed = {*fact.exclude, *direction.exclude}
    own_ids = {value.entity.id} if isinstance(value, Ref) else set()
    own_ids |= {name for name in listed if name in maker.film.entities}
    own_texts = {norm(s) for s in accepted} | {norm(n) for n in listed}
    for entity_id in own_ids:
        own_texts.update(norm(n) for n in maker.film.entities[entity_id].names)
    return ids <= own_ids and texts <= own_texts


def typed_questions(film: Film, drafts: list, maker, rng: random.Random) -> list[TypedQuestion]:
    """A typed question for each direction of a fact whose answer can be typed; same rng, same list."""
    out = []
    for draft in drafts:
        if draft.kind != "fact":
            continue
        fact, direction = draft.item, draft.direction
        value = fact.values.get(direction.answer)
        accepted = spellings(film, value) if value is not None else ()
        if not accepted or not _one_answer(maker, fact, direction, value, accepted):
            continue
        keys = [normal(s) for s in accepted]
        phrasings = [fill(p, film, fact.values) for p in direction.phrasings]
        fair = [p for p in phrasings
                if not any(k in normal(p) for k in keys)
                and not any(norm(s) in norm(p) for s in accepted)]
        if not fair:
            continue
        out.append(TypedQuestion(
            id=f"{draft.id}/typed", fact=draft.fact, category=draft.category,
            difficulty=draft.difficulty, question=rng.choice(fair),
            explanation=fill(fact.explanation, film, fact.values, value.show()),
            source=draft.source, answer=value.show(), accepted=accepted))
    return out
