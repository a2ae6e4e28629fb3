"""The daily challenge in the window: the day's ten questions, one scored attempt a
day per player, its own table per date, the share line and the new day at midnight."""

from __future__ import annotations

import datetime as dt

import pytest

from app_helpers import TEXT, key, make_app
from quiz import daily
from quiz.tables import TableKey, label
from quiz.ui.input import clipboard
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene
from quiz.ui.scenes.title import TitleScene

DAY = dt.date(2026, 12, 2)


@pytest.fixture
def app():
    app = make_app()
    app.update_settings(sound=False, last_name="Ana")
    yield app
    app.close()


def _play_daily(app, day=DAY):
    title = app.stack.top
    assert isinstance(title, TitleScene)
    title.today = lambda: day
    title.check_day()
    title.play_daily()
    asked = []
    while isinstance(app.stack.top, QuestionScene):
        asked.append(app.stack.top.round.question)
        if asked[-1].kind == "typed":  # a text box: type something, then Enter
            key(app, TEXT + "x")
            key(app, "RETURN")
        else:
            key(app, "1")
        app.clock.advance(1.0)
        key(app, "RETURN")
    assert isinstance(app.stack.top, ResultsScene)
    return app.stack.top, asked


def _leave(app):
    while isinstance(app.stack.top, ResultsScene):
        key(app, "ESCAPE")


def test_the_daily_asks_the_days_ten_in_order(app):
    results, asked = _play_daily(app)
    expected = daily.daily_deck(app.selected_packs(), DAY)
    assert [q.id for q in asked] == [q.id for q in expected] and len(asked) == 10
    assert [q.to_dict() for q in asked] == [q.to_dict() for q in expected]


def test_one_scored_attempt_a_day_then_practice(app):
    first, _ = _play_daily(app)
    assert first.finished.saves and first.finished.key.mode == "daily:2026-12-02"
    _leave(app)
    second, _ = _play_daily(app)
    assert second.plan.practice and not second.finished.saves
    assert "practice" in second.status.lower()
    rounds = app.store.round_records("Ana")
    assert [r.daily for r in rounds] == [DAY]
    _leave(app)
    # Another player still has their scored attempt today.
    app.update_settings(last_name="Bo")
    third, _ = _play_daily(app)
    assert third.finished.saves
    _leave(app)
    # And the next day is scored again.
    app.update_settings(last_name="Ana")
    fourth, _ = _play_daily(app, DAY + dt.timedelta(days=1))
    assert fourth.finished.saves and fourth.finished.key.mode == "daily:2026-12-03"


def test_a_daily_table_is_named_by_its_date():
    key_ = TableKey("us-and-them", 10, 20.0, True, "daily:2026-12-02")
    assert label(key_).startswith("daily challenge 2026-12-02")


def test_the_title_offers_the_new_day_and_shows_the_streak(app):
    _play_daily(app)
    _leave(app)
    title = app.stack.top
    title.refresh()
    assert title.daily_button.hint == "streak 1 day"
    title.today = lambda: DAY + dt.timedelta(days=1)
    title.check_day()
    assert title.day == DAY + dt.timedelta(days=1)
    assert any("new day" in t.message.lower() for t in app.toasts.items)


def test_c_copies_the_share_line_or_says_there_is_no_clipboard(app, monkeypatch):
    results, asked = _play_daily(app)
    copied = []
    monkeypatch.setattr(clipboard, "copy_text", lambda text: copied.append(text) or True)
    if results.name_pending:
        key(app, "ESCAPE")
    key(app, "c")
    assert len(copied) == 1
    line = copied[0]
    assert line.startswith("Us and Them daily 2026-12-02 · ")
    assert f"{results.results.right}/10" in line
    assert len(line.splitlines()[1]) == 10
    monkeypatch.setattr(clipboard, "copy_text", lambda text: False)
    key(app, "c")
    assert any("no clipboard" in t.message.lower() for t in app.toasts.items)
    assert app.stack.top is results


def test_the_daily_results_name_the_day(app, monkeypatch):
    from app_helpers import TextBoxes, step

    boxes = TextBoxes(monkeypatch)
    results, _ = _play_daily(app)
    key(app, "TAB")
    step(app)
    assert "Daily 2026-12-02" in boxes.texts
    assert boxes.outside(app.size) == []


def test_the_copy_button_copies_by_mouse_and_by_finger(app, monkeypatch):
    from app_helpers import click, tap

    results, asked = _play_daily(app)
    copied = []
    monkeypatch.setattr(clipboard, "copy_text", lambda text: copied.append(text) or True)
    button = results.copy_rect(results.layout())
    assert button is not None and button.w > 0
    click(app, button.center)
    tap(app, button.center)
    assert len(copied) == 2 and copied[0].startswith("Us and Them daily 2026-12-02 · ")
    assert app.stack.top is results
