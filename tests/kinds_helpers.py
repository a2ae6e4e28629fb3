"""A round made of one question of each kind, shown in a headless window."""

from __future__ import annotations

from quiz.generator import generate
from quiz.facts.loader import load_film
from quiz.kinds import KINDS
from quiz.paths import questions_dir

WRONG_TEXT = "Nobody at all"  # no typed answer's spelling, nor one typo from one


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


def answer_keys_for(question, right: bool) -> list[str]:
    """The keys (pygame names) that answer ``question`` fully right, or not right at all
    where the kind allows (a slider's far end; an order back to front)."""
    kind = question.kind
    if kind == "number":
        from quiz.ui.kinds import number as view

        goal = question.value if right else max((question.min, question.max),
                                                key=lambda end: abs(end - question.value))
        start = view.value_at(question, view.start(question).position)
        moves = round((goal - start) / question.step)
        return ["RIGHT" if moves > 0 else "LEFT"] * abs(moves) + ["RETURN"]
    if kind == "order":
        picks = question.order if right else tuple(reversed(question.order))
        return [str(i + 1) for i in picks[:-1]] + ["RETURN"]
    if kind == "typed":
        from app_helpers import TEXT  # typed text, posted as TEXTINPUT by app_helpers.key

        return [TEXT + response_for(question, right), "RETURN"]
    choice = question.answer if right else (question.answer + 1) % len(question.choices)
    return [str(choice + 1)]


def response_for(question, right: bool):
    """A response of the question's own kind: fully right, or not right."""
    kind = question.kind
    if kind == "number":
        return question.value if right else max((question.min, question.max),
                                                key=lambda end: abs(end - question.value))
    if kind == "order":
        return tuple(question.order) if right else tuple(reversed(question.order))
    if kind == "typed":
        return question.answer if right else WRONG_TEXT
    return question.answer if right else (question.answer + 1) % len(question.choices)
