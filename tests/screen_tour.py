"""A walk through every screen of the game, for tests that look at what each one draws."""

from __future__ import annotations

from app_helpers import key, keys, make_app, step
from quiz.ui.party_start import PartyChoice

SOLO = ("title", "setup", "packs", "high_scores", "settings", "controls", "command_keys",
        "statistics", "learn",
        "question", "feedback", "pause", "results", "learn_question", "learn_feedback")
PARTY = ("party_lobby", "party_rule", "party_question", "party_reveal", "party_podium")


def _round_to(app, name):
    from quiz.ui.scenes.question import QuestionScene

    key(app, "RETURN")  # Play
    step(app, 40)  # the slide-in has ended
    if name == "feedback":
        key(app, "1")
    elif name == "pause":
        key(app, "ESCAPE")
    elif name == "results":
        while isinstance(app.stack.top, QuestionScene):
            # Right answers: the score makes the top 10, so the name box shows too.
            key(app, str(app.stack.top.round.question.answer + 1))
            app.clock.advance(1.0)
            key(app, "RETURN")


def _party_to(app, name):
    app.router.show("party_lobby", names=["Ann", "Bo"],
                    choice=PartyChoice(rounds=1, questions=1, timer=20.0, seed=3))
    step(app)
    if name == "party_lobby":
        return
    keys(app, "UP", "RETURN")  # Start
    if name == "party_rule":
        return
    key(app, "RETURN")
    step(app, 30)
    if name == "party_question":
        return
    party = app.router.top.party
    for seat in (0, 1):
        party.answer(seat, 0, app.clock.now())
    step(app, 400)  # the reveal's show plays out
    if name == "party_reveal":
        return
    for _ in range(5):
        if app.router.top_name == "party_podium":
            break
        key(app, "RETURN")
        step(app, 200)
    assert app.router.top_name == "party_podium"


def open_screen(app, name):
    """Drive a fresh app (on the title) to the screen called ``name``."""
    if name in ("question", "feedback", "pause", "results"):
        _round_to(app, name)
    elif name in ("learn_question", "learn_feedback"):
        app.router.show("learn")
        step(app)
        key(app, "RETURN")  # every category
        step(app, 40)
        assert app.router.top_name == "learn_question"
        if name == "learn_feedback":
            key(app, "1")
    elif name in PARTY:
        _party_to(app, name)
    elif name != "title":
        app.router.show(name)
    step(app, 3)


def app_on(name, size=(960, 540), **settings):
    app = make_app(size, overrides={"seed": 4, "questions": 3})
    app.update_settings(sound=False, formats="classic", **settings)
    open_screen(app, name)
    return app
