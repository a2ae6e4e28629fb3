"""Whole rounds, driven headless through the window's own event queue.

Start the game, press Enter on the title, answer every question with posted
keys, clicks and taps, read the results, type a name, save it, find it in the
store, and play again; then a round from a custom pack with two- and
three-option questions. Time moves on the app's FakeClock only.
"""

from __future__ import annotations

import pygame
import pytest

from app_helpers import make_app, post_key
from quiz.clock import FakeClock
from quiz.packs import load_file
from quiz.paths import questions_dir
from quiz.round import Phase
from quiz.tables import TableKey
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.title import TitleScene
from kinds_helpers import answer_keys_for


# No sound device is opened in these tests.
pytestmark = pytest.mark.usefixtures("silent_sound")


def key(k, unicode=""):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode=unicode, scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode=unicode, scancode=0))


def click(pos):
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))


def tap(app, pos):
    w, h = app.size
    for kind in (pygame.FINGERDOWN, pygame.FINGERUP):
        pygame.event.post(pygame.event.Event(kind, x=pos[0] / w, y=pos[1] / h, dx=0, dy=0,
                                             touch_id=1, finger_id=1, pressure=1.0))


def frames(app, n=2, seconds=1 / 60):
    for _ in range(n):
        app.clock.advance(seconds)
        app.step()


def answer_everything(app, choose):
    """Answer each question with ``choose(number, question, scene)``; returns the option counts seen."""
    counts = []
    number = 0
    while isinstance(app.stack.top, QuestionScene):
        scene = app.stack.top
        assert scene.round.phase is Phase.ASKING
        number += 1
        assert scene.round.number == number
        counts.append(len(getattr(scene.round.question, "choices", ())))
        frames(app, 30)  # half a second of looking at it
        choose(number, scene.round.question, scene)
        frames(app)
        assert scene.round.phase is Phase.FEEDBACK, f"question {number} was not answered"
        frames(app, 30)  # half a second to read it
        key(pygame.K_RETURN)
        frames(app)
    return counts


def test_a_whole_round_from_the_title(apps):
    clock = FakeClock(50.0)
    app = make_app((1280, 720), clock=clock, overrides={"seed": 11}, first_frame=False)
    apps.append(app)
    frames(app)
    assert isinstance(app.stack.top, TitleScene)

    key(pygame.K_RETURN)  # Enter on the title plays at once
    frames(app)
    scene = app.stack.top
    assert isinstance(scene, QuestionScene)
    total = scene.round.total
    assert total == app.settings.questions == 10
    assert scene.plan.pack_ids == ["us-and-them"]

    def choose(number, q, scene):
        if q.kind not in ("choice", "true_false"):  # a kind with its own controls: its keys
            for name in answer_keys_for(q, right=number % 4 != 0):
                post_key(name)
                frames(app)
            return
        if number % 4 == 0:  # a wrong answer, clicked
            wrong = next(i for i in range(len(q.choices)) if i != q.answer)
            click(scene.layout().options[wrong].center)
        elif number % 4 == 1:
            key(pygame.K_1 + q.answer)
        elif number % 4 == 2:
            key(pygame.K_1 + q.answer, unicode="1234"[q.answer])
        else:
            tap(app, scene.layout().options[q.answer].center)

    answer_everything(app, choose)
    results = app.stack.top
    assert isinstance(results, ResultsScene)
    r = results.results
    assert r.total == total and r.right == total - total // 4
    assert r.score > 0 and r.best_streak == 3
    assert sum(asked for _, asked in r.by_category.values()) == total

    # A first score always makes the top 10: type a name and save it.
    assert results.name_pending and results.focus == "name"
    for _ in range(30):
        key(pygame.K_BACKSPACE)
    frames(app)
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Fang Xiaoxiao"))
    frames(app)
    key(pygame.K_RETURN)
    frames(app)
    assert results.saved_rank == 1
    tables = app.store.all_tables()
    assert len(tables) == 1
    table = tables[0]
    assert table.key == TableKey("us-and-them", 10, 20)
    entry = table.entries[0]
    assert (entry.name, entry.score, entry.correct, entry.total) == \
        ("Fang Xiaoxiao", r.score, r.right, total)

    # Play again: a new round with the same settings replaces the results.
    assert results.focus == "again"
    key(pygame.K_RETURN)
    frames(app)
    again = app.stack.top
    assert isinstance(again, QuestionScene) and again is not scene
    assert again.round.number == 1 and again.round.total == total
    assert len(app.stack) == 2  # title, question: nothing piles up
    assert again.plan.seed != scene.plan.seed

    # Esc, then back to the title from the pause menu.
    key(pygame.K_ESCAPE)
    key(pygame.K_DOWN)
    key(pygame.K_RETURN)
    frames(app)
    assert isinstance(app.stack.top, TitleScene)


def test_a_round_from_a_custom_pack_with_two_and_three_options(apps):
    pack = load_file(questions_dir() / "examples" / "my-pack.yaml")
    assert pack.ok
    clock = FakeClock(0.0)
    app = make_app((960, 540), clock=clock, chosen_packs=[pack], first_frame=False,
                   overrides={"seed": 3, "questions": pack.question_count, "timer": 15})
    apps.append(app)
    frames(app)
    key(pygame.K_RETURN)
    frames(app)
    assert isinstance(app.stack.top, QuestionScene)

    def choose(number, q, scene):
        if q.kind in ("number", "order", "typed"):  # the pack's one of each other kind
            for name in answer_keys_for(q, right=True):
                post_key(name)
                frames(app)
            return
        n = len(q.choices)
        # Keys past the last option do nothing; the last option's key answers.
        key(pygame.K_1 + n)
        frames(app)
        assert scene.round.phase is Phase.ASKING
        if n < 4:
            key(pygame.K_4)
            frames(app)
            assert scene.round.phase is Phase.ASKING
        key(pygame.K_1 + q.answer)

    counts = answer_everything(app, choose)
    assert {2, 3} <= set(counts)
    results = app.stack.top
    assert isinstance(results, ResultsScene)
    assert results.results.right == pack.question_count
    assert results.table == TableKey(pack.id, pack.question_count, 15)
    if not results.name.value:  # no user name on this computer to offer
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Lin Jianqing"))
    key(pygame.K_RETURN)  # save under the default name
    frames(app)
    saved = app.store.top_scores(results.table)
    assert len(saved) == 1 and saved[0].score == results.results.score
    key(pygame.K_RIGHT)  # to "Title"
    key(pygame.K_RETURN)
    frames(app)
    assert isinstance(app.stack.top, TitleScene)
