"""Screens by name: the router makes, stacks and leaves screens without their classes."""

from __future__ import annotations

import pytest

from quiz.ui.router import Router
from quiz.ui.scene import Scene, SceneStack


class Named(Scene):
    def __init__(self, label: str = "") -> None:
        super().__init__(None)
        self.label = label
        self.entered = 0

    def on_enter(self) -> None:
        self.entered += 1


@pytest.fixture
def router():
    router = Router(SceneStack())
    for name in ("title", "setup", "question", "results"):
        router.add(name, lambda label="", name=name: Named(label or name))
    router.show("title")
    return router


def test_show_pushes_a_screen_made_by_name_with_its_arguments(router):
    shown = router.show("question", label="first question")
    assert router.stack.top is shown and shown.label == "first question"
    assert router.top_name == "question" and len(router.stack) == 2


def test_replace_swaps_the_top_screen(router):
    router.show("question")
    router.replace("results")
    assert router.top_name == "results" and len(router.stack) == 2


def test_back_to_leaves_every_screen_above_the_named_one(router):
    title = router.stack.top
    router.show("setup")
    router.show("question")
    router.show("results")
    router.back_to("title")
    assert router.stack.top is title and len(router.stack) == 1
    assert title.entered == 2  # shown again, so it can refresh what it says


def test_back_never_leaves_the_last_screen(router):
    router.back()
    assert router.top_name == "title"
    router.show("setup")
    router.back()
    assert router.top_name == "title"


def test_an_unknown_name_says_which_names_exist(router):
    with pytest.raises(KeyError, match="results"):
        router.show("nowhere")


def test_the_game_knows_every_screen_by_name():
    from app_helpers import make_app

    app = make_app()
    try:
        assert set(app.router.names) == {"title", "setup", "packs", "high_scores", "settings",
                                          "controls", "command_keys", "question", "pause", "results",
                                          "statistics", "learn", "learn_question", "party_lobby",
                                          "party", "party_podium"}
        assert app.router.top_name == "title"
    finally:
        app.close()


def test_no_screen_module_imports_another():
    import ast
    from pathlib import Path

    import quiz.ui.scenes as scenes

    folder = Path(scenes.__file__).parent
    names = {p.stem for p in folder.glob("*.py")} - {"__init__"}
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported = node.module.split(".")
                if node.module.startswith("quiz.ui.scenes"):
                    targets = imported[3:] or [alias.name for alias in node.names]
                    assert not set(targets) & names, f"{path.name} imports {node.module}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("quiz.ui.scenes."), f"{path.name} imports {alias.name}"


def test_every_question_is_drawn_by_the_view_of_its_kind():
    from quiz.kinds import KINDS
    from quiz.kinds.choice import ChoiceQuestion
    from quiz.ui import kinds

    question = ChoiceQuestion(id="q1", fact="f1", category="Plot", difficulty="easy",
                              question="Where?", choices=("Beijing", "Harbin"), answer=0,
                              explanation="", source="Plot")
    assert kinds.view_for(question) is kinds.VIEWS["choice"] is kinds.choice
    assert set(kinds.VIEWS) == set(KINDS)  # every kind of question has its view
    for view in kinds.VIEWS.values():
        for part in ("answer_count", "fit_answers", "draw_answers", "verdict_text", "answer_hint",
                     "review_lines"):
            assert callable(getattr(view, part)), part


def test_the_choice_review_names_the_right_answer_of_a_missed_question():
    from quiz.kinds.choice import ChoiceQuestion
    from quiz.round import Answer
    from quiz.ui.kinds import choice

    question = ChoiceQuestion(id="q1", fact="f1", category="Plot", difficulty="easy",
                              question="Where?", choices=("Beijing", "Harbin"), answer=0,
                              explanation="", source="Plot")
    missed = Answer(question=question, chosen=1, correct=False, elapsed=2.0, points=0, bonus=0,
                    streak=0)
    words = [line[1] for line in choice.review_lines(missed, "")]
    assert words == ["Your answer: Harbin  (wrong)", "Right answer: Beijing"]
