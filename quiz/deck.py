"""Choosing what a round asks, from one or more packs.

A round never asks about one fact twice (nor both ways round), spreads its
questions over the categories on offer and, unless the player picked a
difficulty, mixes easy, medium and hard ones. Where the packs allow, no
question in a round names another question's answer in its text, options or
explanation, and no two share an answer (a question about an
actor's nomination, naming the actor, would give away "Who plays the lead?").
An answer counts under every spelling its pack knows: "Liu Ruoying" in one
question gives away "Rene Liu" in another, and the two are one answer.
"""

from __future__ import annotations

import random
import re
from typing import Mapping, Optional, Sequence

from quiz.facts.localise import category_names
from quiz.freshness import Seen, freshest_first, freshness_tiers
from quiz.model import DIFFICULTIES, Question


def _all_questions(packs: Sequence, seed: int) -> list[Question]:
    questions: list[Question] = []
    for pack in packs:
        questions.extend(pack.questions(seed))
    return questions


def available(questions: Sequence[Question], category: Optional[str] = None,
              difficulty: Optional[str] = None) -> int:
    """How many questions a round with these filters can hold: one per fact."""
    wanted = category_names(category) if category else None
    level = difficulty.lower() if difficulty else None
    return len({q.fact for q in questions
                if (wanted is None or q.category.casefold() in wanted)
                and (level is None or q.difficulty == level)})


def all_questions(packs: Sequence, seed: int = 0) -> list[Question]:
    """Every question of the packs, once each."""
    return _all_questions(packs, seed)


def categories(packs: Sequence, seed: int = 0) -> list[str]:
    """The categories the packs' questions fall in, sorted (case-insensitively)."""
    return categories_of(_all_questions(packs, seed))


def categories_of(questions: Sequence[Question]) -> list[str]:
    """The categories of these questions, each once (as first spelled), sorted."""
    found: dict[str, str] = {}
    for question in questions:
        found.setdefault(question.category.casefold(), question.category)
    return sorted(found.values(), key=str.casefold)


def same_category(name: Optional[str], names: Sequence[str]) -> Optional[str]:
    """The one of ``names`` that is category ``name`` in any language (a choice saved as
    "Box office" is 票房 among Chinese questions), else ``name`` itself."""
    if not name:
        return name
    wanted = category_names(name)
    return next((n for n in names if n and n.casefold() in wanted), name)


def build_deck(packs: Sequence, seed: int, count: Optional[int] = None,
               category: Optional[str] = None, difficulty: Optional[str] = None,
               history: Optional[Mapping[str, Seen]] = None,
               kinds: Optional[Sequence[str]] = None) -> list[Question]:
    """The questions of a round: all of them once with ``count=None``, else ``count`` of them.

    ``kinds`` keeps only questions of those kinds (``("choice",)`` is a classic round).

    Fewer than ``count`` come back when fewer match. With a player's ``history``
    (fact -> what they have seen), facts they missed and facts they never met
    come first (see ``quiz.freshness``); the same history and seed give the same
    round.
    """
    questions = _all_questions(packs, seed)
    if category:
        wanted = category_names(category)
        questions = [q for q in questions if q.category.casefold() in wanted]
    if difficulty:
        questions = [q for q in questions if q.difficulty == difficulty.lower()]
    if kinds is not None:
        questions = [q for q in questions if q.kind in kinds]
    rng = random.Random(f"deck\x00{seed}")
    if len(packs) > 1:
        rng.shuffle(questions)  # each pack comes shuffled; mixing packs needs one more
    tiers: dict[str, int] = {}
    if history:
        questions = freshest_first(questions, history)
        tiers = freshness_tiers(questions, history)
    if count is None:
        return questions
    return _spread(questions, count, rng, mix=difficulty is None, names=spellings(packs),
                   tiers=tiers)


def spellings(packs: Sequence) -> dict[str, tuple[str, ...]]:
    """Every spelling of each answer the packs know, keyed by any one of them (folded).

    Packs without named entities (question files, Open Trivia DB) know none, so
    their answers stand only for themselves."""
    found: dict[str, tuple[str, ...]] = {}
    for pack in packs:
        for names in getattr(pack, "spellings", tuple)():
            for name in names:
                found[name.casefold()] = tuple(names)
    return found


def _spread(questions: list[Question], count: int, rng: random.Random, mix: bool,
            names: Optional[dict] = None,
            tiers: Optional[dict[str, int]] = None) -> list[Question]:
    """``count`` questions on distinct facts, taken from the categories in turn.

    With ``tiers`` (fact -> 0 for a miss to bring back, 1 unseen, 2 seen), the
    categories holding a miss take their turn first, and within a category a
    fresher question always beats a better mix of difficulties."""
    by_category: dict[str, list[Question]] = {}
    for question in questions:
        by_category.setdefault(question.category.casefold(), []).append(question)
    queues = list(by_category.values())
    rng.shuffle(queues)
    if tiers:
        queues.sort(key=lambda queue: tiers.get(queue[0].fact, 2) != 0)  # stable: keeps the shuffle
    used_facts: set[str] = set()
    levels = {level: 0 for level in DIFFICULTIES}
    picked: list[Question] = []
    strict = True  # a round gives nothing away while any category can still avoid it
    while len(picked) < count and queues:
        took = False
        for queue in list(queues):
            if len(picked) >= count:
                break
            choice = _next(queue, used_facts, levels if mix else None, picked, strict, names or {},
                           tiers)
            if choice is None:
                if not any(q.fact not in used_facts for q in queue):
                    queues.remove(queue)
                continue
            took = True
            picked.append(choice)
            used_facts.add(choice.fact)
            levels[choice.difficulty] = levels.get(choice.difficulty, 0) + 1
        if not took:
            strict = False
    rng.shuffle(picked)
    return picked


_PATTERNS: dict[str, "re.Pattern"] = {}
_BLOBS: dict[Question, str] = {}  # keyed by value: equal questions read the same


def _pattern(answers: tuple[str, ...]) -> "re.Pattern":
    """One compiled whole-words pattern per set of spellings, reused across candidates."""
    found = _PATTERNS.get(answers)
    if found is None:
        if len(_PATTERNS) > 50000:
            _PATTERNS.clear()
        # Longest first, so "Liu Ruoying" is matched whole rather than as "Liu".
        either = "|".join(re.escape(a.casefold()) for a in sorted(answers, key=len, reverse=True))
        found = _PATTERNS[answers] = re.compile(rf"(?<!\w)(?:{either})(?!\w)")
    return found


def _answers(question: Question, names: dict) -> tuple[str, ...]:
    """The right answer under each of its spellings."""
    key = question.key_answer()
    return names.get(key.casefold(), (key,)) if key else ()


def _blob(question: Question) -> str:
    """Everything a player reads of a question (text, options, explanation), folded once."""
    text = _BLOBS.get(question)
    if text is None:
        if len(_BLOBS) > 50000:
            _BLOBS.clear()
        text = _BLOBS[question] = "\n".join((question.question, *question.shown_texts(),
                                         question.explanation)).casefold()
    return text


def _gives_away(question: Question, picked: Sequence[Question], names: dict) -> bool:
    """Whether ``question`` and a picked one share an answer, or either's text,
    options or explanation names the other's answer, under any spelling."""
    answers = _answers(question, names)
    same = {a.casefold() for a in answers}
    own = _blob(question)
    for other in picked:
        if other.key_answer().casefold() in same:
            return True
        if _names(answers, same, _blob(other)):
            return True
        theirs = _answers(other, names)
        if _names(theirs, {a.casefold() for a in theirs}, own):
            return True
    return False


def _names(answers: tuple[str, ...], folded: set, blob: str) -> bool:
    """Whether ``blob`` names one of the spellings as whole words. A plain
    substring test comes first: it is fast whatever the text, and most pairs
    fail it, so the whole-words pattern runs only on the few that pass."""
    return any(a in blob for a in folded) and _pattern(answers).search(blob) is not None


# How many candidates one pick weighs, at most. The queues come shuffled, so
# a fitting question is nearly always among the first few; without a bound a
# big pack with few distinct answers (thousands of true-or-false questions)
# would weigh every one of them against the round for each pick.
_LOOK_AHEAD = 100


def _next(queue: list[Question], used_facts: set[str], levels: Optional[dict],
          picked: Sequence[Question] = (), strict: bool = False,
          names: Optional[dict] = None,
          tiers: Optional[dict[str, int]] = None) -> Optional[Question]:
    """Take the queue's next question on an unused fact, preferring one that gives
    nothing away about the picked ones, then the least-asked difficulty, and
    never one less fresh (a higher tier) than a clean one already found.

    The queue is read in order and the first question that fits wins, so a big
    pack costs only as many checks as it takes to find one (and never more
    than ``_LOOK_AHEAD``)."""
    fewest = min(levels.values()) if levels else None
    first_clean = first_any = None
    weighed = 0
    for question in queue:
        if question.fact in used_facts:
            continue
        if (tiers and first_clean is not None
                and tiers.get(question.fact, 2) > tiers.get(first_clean.fact, 2)):
            break  # the queue is in freshness order: the rest are all staler
        if weighed >= _LOOK_AHEAD:
            break
        weighed += 1
        if first_any is None or (levels and levels.get(question.difficulty, 0)
                                 < levels.get(first_any.difficulty, 0)):
            first_any = question
        if _gives_away(question, picked, names or {}):
            continue
        if fewest is None or levels.get(question.difficulty, 0) == fewest:
            first_clean = question
            break
        if first_clean is None or (levels and levels.get(question.difficulty, 0)
                                   < levels.get(first_clean.difficulty, 0)):
            first_clean = question
    # Only a queue with nothing else left may give an answer away: a short pack
    # still fills its round.
    choice = first_clean if first_clean is not None else (None if strict else first_any)
    if choice is not None:
        queue.remove(choice)
    return choice
