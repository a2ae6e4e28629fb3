"""True/false statements from a film's facts: about half true, the rest made false
by putting in a wrong answer of the same kind that can never be true.

A statement is the fact's ``statement`` (or, when it has none, its
explanation) with every value filled in. Only a direction whose answer
appears in that sentence exactly once, as one value (not a list of
co-nominees), makes a statement. A false one swaps that value for a wrong
answer the four-option question could offer: never any spelling of the right
entity, never another fact's answer that would make the sentence true, and for
numbers and dates a near miss that is no true value of the film.
"""

from __future__ import annotations

import random

from quiz.distractors import SHORTLIST, norm
from quiz.facts.records import DateValue, Film, NumberValue, OneOf
from quiz.kinds.true_false import FALSE, TRUE, TrueFalseQuestion
from quiz.making.fill import fill

OPTIONS = 4


def template(fact) -> str:
    return fact.statement or fact.explanation


def can_state(fact, direction) -> bool:
    """Whether this direction of the fact can be said as a true-or-false sentence."""
    value = fact.values.get(direction.answer)
    return (value is not None and not isinstance(value, OneOf)
            and template(fact).count("{" + direction.answer + "}") == 1)


def statements(film: Film, drafts: list, maker, rng: random.Random,
               unfair: type = Exception) -> list[TrueFalseQuestion]:
    """A statement for each fact one of whose directions can be said as one; same rng, same list.

    ``maker`` is the generator's, for its wrong answers; ``unfair`` the error it
    raises when it has none to give (the statement is then said true)."""

    # One statement per fact: said true, any of its directions reads the same.
    usable: dict[str, list] = {}
    for draft in drafts:
        if draft.kind == "fact" and can_state(draft.item, draft.direction):
            usable.setdefault(draft.fact, []).append(draft)
    # Dealt, not drawn: half of them true (one more when the count is odd).
    truths = [k % 2 == 0 for k in range(len(usable))]
    rng.shuffle(truths)
    out = []
    for ways, true in zip(usable.values(), truths):
        draft = rng.choice(ways)
        fact, direction = draft.item, draft.direction
        value = fact.values[direction.answer]
        right = value.show()
        others = {k: v for k, v in fact.values.items() if k != direction.answer}
        # The sentence with the answer left out: a wrong answer it already names would read oddly.
        context = fill(template(fact), film, others)
        shown = right
        if not true:
            try:
                shown = _false_value(maker, fact, direction, value, context, rng)
            except unfair:
                shown = right
        statement = fill(template(fact), film, {**others, direction.answer: value},
                          words={direction.answer: shown})
        out.append(TrueFalseQuestion(
            id=f"{draft.fact}/true-false", fact=draft.fact, category=draft.category,
            difficulty=draft.difficulty, question=statement,
            explanation=fill(fact.explanation, film, fact.values, right),
            source=draft.source, answer=TRUE if shown == right else FALSE, subject=right))
    return out


def _false_value(maker, fact, direction, value, context: str, rng: random.Random) -> str:
    if isinstance(value, (NumberValue, DateValue)):
        options = maker._sorted_options(value, rng.randrange(OPTIONS), context)
        right = _show_value(value)
        return rng.choice([o for o in options if o != right])
    candidates = maker._candidates(fact, direction, value, value, [context], SHORTLIST)
    return rng.choice([c for c in candidates if norm(c) != norm(_show_value(value))])


def _show_value(value) -> str:
    return value.show()
