"""A round made of one question of each kind, shown in a headless window."""

from __future__ import annotations

from quiz.generator import generate
from quiz.facts.loader import load_film
from quiz.kinds import KINDS
from quiz.paths import questions_dir


def one_of_each_kind(seed: int = 0) -> list:
    """The film's questions, the first of each kind for ``seed``, in ``KINDS`` order,
    on distinct facts."""
    made = generate(load_film(questions_dir() / "us-and-them"), seed)
    picked, facts = [], set()
    for kind in KINDS:
        question = next(q for q in made if q.kind == kind and q.fact not in facts)
        picked.append(question)
        facts.add(question.fact)
    return picked


def start_round(app, questions, timer: float = 20.0) -> None:
    """Show a round of exactly these questions, as Play would."""
    from quiz.round import Round, RoundConfig

    plan = app.plan_round(False)
    app.router.show("question", round_=Round(questions, RoundConfig(timer=timer), app.clock),
                    plan=plan)
