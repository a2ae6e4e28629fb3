"""Choosing what a round asks, from one or more packs.

A round never asks about one fact twice (nor both ways round), spreads its
questions over the categories on offer and, unless the player picked a
difficulty, mixes easy, medium and hard ones. Where the packs allow, no
question in a round names another question's answer in its text, options or
explanation, and no two share an answer (a question about an
actor's nomination, naming the actor, would give away "Who plays the lead?").
"""

from __future__ import annotations

import random
import re
from typing import Mapping, Optional, Sequence

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
    wanted = category.strip().casefold() if category else None
    level = difficulty.lower() if difficulty else None
    return len({q.fact for q in questions
                if (wanted is None or q.category.casefold() == wanted)
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


def build_deck(packs: Sequence, seed: int, count: Optional[int] = None,
               category: Optional[str] = None, difficulty: Optional[str] = None,
               history: Optional[Mapping[str, Seen]] = None) -> list[Question]:
    """The questions of a round: all of them once with ``count=None``, else ``count`` of them.

    Fewer than ``count`` come back when fewer match. With a player's ``history``
    (fact -> what they have seen), facts they missed and facts they never met
    come first (see ``quiz.freshness``); the same history and seed give the same
    round.
    """
    questions = _all_questions(packs, seed)
    if category:
        wanted = category.strip().casefold()
        questions = [q for q in questions if q.category.casefold() == wanted]
    if difficulty:
        questions = [q for q in questions if q.difficulty == difficulty.lower()]
    rng = random.Random(f"deck\x00{seed}")
    if len(packs) > 1:
        rng.shuffle(questions)  # each pack comes shuffled; mixing packs needs one more
    tiers: dict[str, int] = {}
    if history:
        questions = freshest_first(questions, history)
        tiers = freshness_tiers(questions, history)
    if count is None:
        return questions
    return _spread(questions, count, rng, mix=difficulty is None, tiers=tiers)


def _spread(questions: list[Question], count: int, rng: random.Random, mix: bool,
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
            choice = _next(queue, used_facts, levels if mix else None, picked, strict, tiers)
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


def _pattern(answer: str) -> "re.Pattern":
    """One compiled whole-words pattern per answer text, reused across candidates."""
    found = _PATTERNS.get(answer)
    if found is None:
        found = _PATTERNS[answer] = re.compile(rf"(?<!\w){re.escape(answer.casefold())}(?!\w)")
    return found


def _blob(question: Question) -> str:
    """Everything a player reads of a question (text, options, explanation), folded once."""
    text = _BLOBS.get(question)
    if text is None:
        if len(_BLOBS) > 50000:
            _BLOBS.clear()
        text = _BLOBS[question] = "\n".join((question.question, *question.choices,
                                         question.explanation)).casefold()
    return text


def _gives_away(question: Question, picked: Sequence[Question]) -> bool:
    """Whether ``question`` and a picked one share an answer, or either's text,
    options or explanation names the other's answer."""
    mine = _pattern(question.correct)
    own = _blob(question)
    for other in picked:
        if other.correct.casefold() == question.correct.casefold():
            return True
        if mine.search(_blob(other)) or _pattern(other.correct).search(own):
            return True
    return False


def _next(queue: list[Question], used_facts: set[str], levels: Optional[dict],
          picked: Sequence[Question] = (), strict: bool = False,
          tiers: Optional[dict[str, int]] = None) -> Optional[Question]:
    """Take the queue's next question on an unused fact, preferring one that gives
    nothing away about the picked ones, then the least-asked difficulty, and
    never one less fresh (a higher tier) than a clean one already found.

    The queue is read in order and the first question that fits wins, so a big
    pack costs only as many checks as it takes to find one."""
    fewest = min(levels.values()) if levels else None
    first_clean = first_any = None
    for question in queue:
        if question.fact in used_facts:
            continue
        if (tiers and first_clean is not None
                and tiers.get(question.fact, 2) > tiers.get(first_clean.fact, 2)):
            break  # the queue is in freshness order: the rest are all staler
        if first_any is None or (levels and levels.get(question.difficulty, 0)
                                 < levels.get(first_any.difficulty, 0)):
            first_any = question
        if _gives_away(question, picked):
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
