"""The round on screen: answering by every input, time-outs, pausing, feedback,
layouts for two to four options, long text kept inside its boxes, and results.

Time is moved with the app's FakeClock; nothing sleeps.
"""

from __future__ import annotations

import pygame
import pytest
import yaml

import quiz.ui.sound
from app_helpers import TextBoxes, make_app
from quiz.clock import FakeClock
from quiz.packs import load_file
from quiz.round import Phase
from quiz.tables import label
from quiz.ui import theme
from quiz.ui.scenes.pause import PauseScene
from quiz.ui.rounds import start_round
from quiz.ui.question.layout import make_layout
from quiz.ui.question.view import AUTO_ADVANCE_SECONDS
from quiz.ui.question.answering import FEEDBACK_MIN_SECONDS
from quiz.ui.scenes.question import QuestionScene
from quiz.ui.scenes.results import ResultsScene

LONG = ("In a scene many viewers remember long after the credits, when the two old friends "
        "meet again on a plane years later and talk through the night about everything that "
        "went wrong between them, what do they keep coming back to as the cabin lights dim? "
        "Averyveryverylongwordwithoutanyspacesthatcannotbewrappedanywhereatallreally")
LONG_ANSWER = ("The little noodle shop her father kept in the old town, with its steamed buns "
               "and the neon sign that never quite worked, the place that stood for home")
LONG_CJK = "后来的我们在北京的地下室里度过了那个寒冷的冬天，一起吃泡面，一起梦想未来，一起等待春天"
LONG_EXPLANATION = " ".join(["The explanation goes on and on about the scene, the snow and the music."] * 6)


class Recorder:
    """Stands in for the sound player and remembers what was played."""

    played: list[str] = []
    music: list = []

    def __init__(self, enabled=True, volume=0.7, music=True) -> None:
        pass

    def play(self, name: str) -> None:
        Recorder.played.append(name)

    def play_music(self, name) -> None:
        Recorder.music.append(name)

    def set_music(self, enabled: bool) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def set_enabled(self, enabled: bool) -> None:
        pass

    def warm(self) -> None:
        pass

    def close(self) -> None:
        pass


def question(text, answer, wrong, category="Plot", difficulty="medium", explanation="Because."):
    return {"question": text, "answer": answer, "wrong": list(wrong), "category": category,
            "difficulty": difficulty, "explanation": explanation}


FOUR = [question(f"Question number {i}?", f"Right {i}", [f"Wrong {i}a", f"Wrong {i}b", f"Wrong {i}c"],
                 category=("Plot", "Cast", "Music")[i % 3]) for i in range(6)]


def write_pack(folder, questions, name="pack.yaml"):
    path = folder / name
    path.write_text(yaml.safe_dump({"title": "Test pack", "questions": questions},
                                   allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    Recorder.played = []
    monkeypatch.setattr(quiz.ui.sound, "Sound", Recorder)


@pytest.fixture
def open_app(tmp_path):
    apps = []

    def make(questions=FOUR, size=(1280, 720), **overrides):
        pack = load_file(write_pack(tmp_path, questions))
        assert pack.ok, pack.problems
        app = make_app(size, clock=FakeClock(1000.0), overrides={"seed": 5, **overrides},
                       chosen_packs=[pack], first_frame=False)
        clock = app.clock
        apps.append(app)
        return app, clock

    yield make
    for app in apps:
        app.close()


def post_key(key, mod=0):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))


def begin(app, practice=False) -> QuestionScene:
    app.step()
    assert start_round(app, practice=practice)
    scene = app.stack.top
    assert isinstance(scene, QuestionScene)
    app.step()
    return scene


# -- answering ----------------------------------------------------------------------


@pytest.mark.parametrize("key, choice", [
    (pygame.K_1, 0), (pygame.K_2, 1), (pygame.K_3, 2), (pygame.K_4, 3),
    (pygame.K_KP1, 0), (pygame.K_KP3, 2),
])
def test_the_first_players_number_keys_answer(open_app, key, choice):
    app, clock = open_app()
    scene = begin(app)
    asked = scene.round.question
    clock.advance(2.0)
    post_key(key)
    app.step()
    assert scene.round.phase is Phase.FEEDBACK
    assert scene.round.last.question == asked
    assert scene.round.last.chosen == choice
    assert scene.round.last.elapsed == pytest.approx(2.0)
    expected = "right" if choice == asked.answer else "wrong"
    assert Recorder.played[-1] == expected


def test_letters_no_longer_answer(open_app):
    app, clock = open_app()
    scene = begin(app)
    for key in (pygame.K_a, pygame.K_b, pygame.K_c, pygame.K_d, pygame.K_q, pygame.K_7):
        post_key(key)
        app.step()
    assert scene.round.phase is Phase.ASKING and not scene.round.answers


def test_arrows_then_enter_answer(open_app):
    app, clock = open_app()
    scene = begin(app)
    post_key(pygame.K_DOWN)  # shows the cursor on the first option
    app.step()
    assert scene.focus == 0 and scene.round.phase is Phase.ASKING
    post_key(pygame.K_RIGHT)  # 2x2 grid: right of 1 is 2
    post_key(pygame.K_DOWN)  # below 2 is 4
    app.step()
    assert scene.focus == 3
    post_key(pygame.K_LEFT)
    post_key(pygame.K_RETURN)
    app.step()
    assert scene.round.last.chosen == 2


def test_mouse_click_answers_the_option_under_the_pointer(open_app):
    app, clock = open_app()
    scene = begin(app)
    target = scene.layout().options[1]
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=target.center, rel=(0, 0), buttons=(0, 0, 0)))
    app.step()
    assert scene.hover == 1
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=target.center, button=1))
    app.step()
    assert scene.round.last.chosen == 1
    # A click outside every option while asking does nothing.
    clock.advance(0.5)
    post_key(pygame.K_SPACE)
    app.step()
    corner = (2, app.size[1] - 2)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=corner, button=1))
    app.step()
    assert scene.round.phase is Phase.ASKING and len(scene.round.answers) == 1


def test_touch_answers_and_continues(open_app):
    app, clock = open_app()
    scene = begin(app)
    w, h = app.size
    target = scene.layout().options[3]
    pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=target.centerx / w, y=target.centery / h,
                                         dx=0, dy=0, touch_id=1, finger_id=1, pressure=1.0))
    pygame.event.post(pygame.event.Event(pygame.FINGERUP, x=target.centerx / w, y=target.centery / h,
                                         dx=0, dy=0, touch_id=1, finger_id=1, pressure=1.0))
    # SDL also makes a mouse click from the same touch; it must not count again.
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=target.center, button=1, touch=True))
    app.step()
    assert scene.round.last.chosen == 3
    assert scene.round.phase is Phase.FEEDBACK
    clock.advance(0.5)
    pygame.event.post(pygame.event.Event(pygame.FINGERUP, x=0.5, y=0.5, dx=0, dy=0, touch_id=1,
                                         finger_id=1, pressure=1.0))
    app.step()
    assert scene.round.phase is Phase.ASKING and scene.round.number == 2


# -- time ------------------------------------------------------------------------------


def test_time_out_shows_the_right_answer(monkeypatch, open_app):
    app, clock = open_app(timer=10)
    scene = begin(app)
    asked = scene.round.question
    clock.advance(9.9)
    app.step()
    assert scene.round.phase is Phase.ASKING
    clock.advance(0.2)
    app.step()
    assert scene.round.phase is Phase.FEEDBACK
    last = scene.round.last
    assert last.timed_out and last.points == 0
    assert Recorder.played[-1] == "timeup"
    seen = TextBoxes(monkeypatch)
    app.step()
    words = " ".join(seen.texts)
    assert f"Time's up — the answer was {asked.correct}" in words
    assert "RIGHT ANSWER" in words and "YOUR ANSWER" not in words
    # The right option is filled with the colour of "right" (beside its tick and its label).
    rect = scene.layout().options[asked.answer]
    inside = (rect.x + theme.px(8, app.scale), rect.bottom - theme.px(8, app.scale))
    assert tuple(app.surface.get_at(inside))[:3] == theme.mix(theme.NIGHT, theme.RIGHT, 0.28)


def test_countdown_ticks_each_of_the_last_five_seconds(open_app):
    app, clock = open_app(timer=10)
    begin(app)
    for _ in range(40):
        clock.advance(0.25)
        app.step()
    assert Recorder.played.count("tick") == 5
    assert Recorder.played[-1] == "timeup"


def test_a_stalled_frame_gives_no_extra_time(open_app):
    app, clock = open_app(timer=10)
    scene = begin(app)
    clock.advance(25.0)  # one frame that took 25 s
    post_key(pygame.K_1)  # the key arrives in that same late frame
    app.step()
    assert scene.round.last.timed_out


def test_pause_hides_the_question_and_stops_the_timer(monkeypatch, open_app):
    app, clock = open_app(timer=10)
    scene = begin(app)
    clock.advance(3.0)
    app.step()
    left = scene.round.time_left()
    post_key(pygame.K_ESCAPE)
    app.step()
    assert isinstance(app.stack.top, PauseScene) and scene.round.paused
    clock.advance(100.0)
    seen = TextBoxes(monkeypatch)
    app.step()
    app.draw()  # a paused screen is still, so the step above need not draw: look at its picture
    assert scene.round.phase is Phase.ASKING
    assert scene.round.time_left() == pytest.approx(left)
    drawn = " ".join(seen.texts)
    assert "Paused" in drawn
    q = scene.round.question
    assert q.question not in drawn and not any(c in seen.texts for c in q.choices)
    # Answer keys do nothing while paused.
    post_key(pygame.K_1)
    app.step()
    assert scene.round.phase is Phase.ASKING
    post_key(pygame.K_ESCAPE)
    app.step()
    assert app.stack.top is scene and not scene.round.paused
    clock.advance(1.0)
    app.step()
    assert scene.round.time_left() == pytest.approx(left - 1.0)


@pytest.mark.parametrize("event_type", [pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED])
def test_losing_the_window_pauses(open_app, event_type):
    app, clock = open_app()
    scene = begin(app)
    pygame.event.post(pygame.event.Event(event_type, window=None))
    app.step()
    assert scene.round.paused and isinstance(app.stack.top, PauseScene)
    # Coming back waits for the player; a second loss does not stack another overlay.
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSGAINED, window=None))
    pygame.event.post(pygame.event.Event(event_type, window=None))
    app.step()
    assert len(app.stack) == 3 and scene.round.paused


def test_pause_back_to_title(open_app):
    from quiz.ui.scenes.title import TitleScene

    app, clock = open_app()
    begin(app)
    post_key(pygame.K_ESCAPE)
    post_key(pygame.K_DOWN)
    post_key(pygame.K_RETURN)
    app.step()
    assert isinstance(app.stack.top, TitleScene) and len(app.stack) == 1


def test_auto_advance_goes_on_after_a_few_seconds_and_waits_out_a_pause(open_app):
    app, clock = open_app()
    app.update_settings(auto_advance=True)
    scene = begin(app)
    post_key(pygame.K_1)
    app.step()
    clock.advance(AUTO_ADVANCE_SECONDS - 1)
    app.step()
    assert scene.round.phase is Phase.FEEDBACK
    post_key(pygame.K_ESCAPE)
    app.step()
    clock.advance(30)
    app.step()
    post_key(pygame.K_ESCAPE)
    app.step()
    assert scene.round.phase is Phase.FEEDBACK  # the pause did not use up the feedback time
    clock.advance(1.1)
    app.step()
    assert scene.round.phase is Phase.ASKING and scene.round.number == 2


def test_without_auto_advance_feedback_waits(open_app):
    app, clock = open_app()
    scene = begin(app)
    post_key(pygame.K_1)
    app.step()
    clock.advance(60)
    app.step()
    assert scene.round.phase is Phase.FEEDBACK


def test_inputs_of_one_instant_answer_only_the_question_on_screen(open_app):
    app, clock = open_app()
    scene = begin(app)
    target = scene.layout().options[0]
    # A click, then Enter and another answer key, all in one frame.
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=target.center, button=1))
    post_key(pygame.K_RETURN)
    post_key(pygame.K_2)
    app.step()
    assert len(scene.round.answers) == 1 and scene.round.last.chosen == 0
    assert scene.round.phase is Phase.FEEDBACK


def test_a_double_tap_does_not_skip_the_feedback(open_app):
    app, clock = open_app()
    scene = begin(app)
    w, h = app.size
    target = scene.layout().options[2]
    for _ in range(2):
        pygame.event.post(pygame.event.Event(pygame.FINGERUP, x=target.centerx / w, y=target.centery / h,
                                             dx=0, dy=0, touch_id=1, finger_id=1, pressure=1.0))
        clock.advance(FEEDBACK_MIN_SECONDS / 3)
        app.step()
    assert scene.round.phase is Phase.FEEDBACK and scene.round.last.chosen == 2
    clock.advance(FEEDBACK_MIN_SECONDS)
    post_key(pygame.K_SPACE)
    app.step()
    assert scene.round.phase is Phase.ASKING and scene.round.number == 2


# -- feedback ---------------------------------------------------------------------------


def test_feedback_words_for_right_and_wrong(monkeypatch, open_app):
    app, clock = open_app()
    scene = begin(app)
    q = scene.round.question
    wrong = next(i for i in range(len(q.choices)) if i != q.answer)
    post_key(pygame.K_1 + wrong)
    app.step()
    seen = TextBoxes(monkeypatch)
    app.step()
    drawn = " ".join(seen.texts)
    assert f"Wrong — you chose {q.choices[wrong]}" in drawn
    assert "YOUR ANSWER" in drawn and "RIGHT ANSWER" in drawn
    assert q.explanation in drawn
    clock.advance(0.5)
    post_key(pygame.K_RETURN)
    app.step()
    q = scene.round.question
    clock.advance(1.0)
    post_key(pygame.K_1 + q.answer)
    app.step()
    seen.clear()
    app.step()
    drawn = " ".join(seen.texts)
    assert "Right" in seen.texts
    assert f"+{scene.round.last.points:,}" in drawn
    assert "YOUR ANSWER" not in drawn


def test_colour_seeps_in_as_the_round_goes_on(open_app):
    app, clock = open_app()
    scene = begin(app)
    first = scene.seep()
    for _ in range(3):
        post_key(pygame.K_1)
        app.step()
        clock.advance(0.5)
        post_key(pygame.K_RETURN)
        app.step()
    assert scene.seep() > first
    calm = theme.saturate(theme.AMBER, scene.seep())
    assert calm != theme.saturate(theme.AMBER, first)


# -- two and three options ----------------------------------------------------------------


TWO = [question(f"Two {i}?", "Yes", ["No"]) for i in range(3)]
THREE = [question(f"Three {i}?", "Alpha", ["Beta", "Gamma"]) for i in range(3)]


@pytest.mark.parametrize("questions, count", [(TWO, 2), (THREE, 3)])
@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_fewer_options_lay_out_and_take_only_their_keys(monkeypatch, open_app, questions, count, size):
    app, clock = open_app(questions, size=size)
    scene = begin(app)
    lay = scene.layout()
    assert len(lay.options) == count
    window = pygame.Rect((0, 0), size)
    for i, rect in enumerate(lay.options):
        assert window.contains(rect)
        assert rect.w > size[0] // 5  # the row is shared out, not left with gaps
        for other in lay.options[i + 1:]:
            assert not rect.colliderect(other)
    for key in (pygame.K_4, pygame.K_1 + count):
        post_key(key)
        app.step()
        assert scene.round.phase is Phase.ASKING
    post_key(pygame.K_RIGHT)  # the cursor appears on the first option
    for _ in range(count):  # and wraps round the row
        post_key(pygame.K_RIGHT)
    app.step()
    assert scene.focus == 0
    post_key(pygame.K_1 + count - 1)
    app.step()
    assert scene.round.last.chosen == count - 1
    seen = TextBoxes(monkeypatch)
    clock.advance(0.5)
    post_key(pygame.K_RETURN)
    app.step()
    assert any(f"Answer with 1–{count}," in s for s in seen.texts)


# -- long text stays in its boxes ---------------------------------------------------------------


LONG_PACK = [
    question(LONG, LONG_ANSWER, [LONG_CJK, LONG_ANSWER[::-1], "Short"], category="A category with a long name",
             explanation=LONG_EXPLANATION),
    question(LONG_CJK + "？", LONG_CJK[:20], [LONG_ANSWER], explanation=LONG_CJK * 4),
    question(LONG, "Short", [LONG_ANSWER, LONG_CJK], explanation=LONG_EXPLANATION),
]


def assert_inside(app, block, window):
    assert block.lines, "text vanished"
    assert window.contains(block.box)
    for line, rect in zip(block.lines, block.rects):
        assert block.box.contains(rect), (line, rect, block.box)
        assert app.text.size(line, block.px, block.bold)[0] <= block.box.w
    assert len(block.lines) * app.text.line_height(block.px) <= block.box.h


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
def test_long_text_wraps_inside_its_boxes(open_app, size):
    app, clock = open_app(LONG_PACK, size=size)
    scene = begin(app)
    window = pygame.Rect((0, 0), size)
    for _ in range(len(LONG_PACK)):
        blocks = scene.blocks()
        assert_inside(app, blocks["question"], window)
        lay = scene.layout()
        for block, option in zip(blocks["options"], lay.options):
            assert option.contains(block.box)
            assert_inside(app, block, window)
        post_key(pygame.K_2)
        app.step()
        blocks = scene.blocks()
        lay = scene.layout()  # the feedback's own layout: the panel is taller after the answer
        assert_inside(app, blocks["verdict"], window)
        assert_inside(app, blocks["explanation"], window)
        assert lay.footer.contains(blocks["explanation"].box)
        assert blocks["explanation"].px >= theme.MIN_TEXT
        clock.advance(0.5)
        post_key(pygame.K_RETURN)
        app.step()
    assert isinstance(app.stack.top, ResultsScene)


def test_a_resize_lays_the_question_out_again(open_app):
    app, clock = open_app(LONG_PACK)
    scene = begin(app)
    before = scene.blocks()["question"]
    app.resize((960, 540))
    app.step()
    after = scene.blocks()["question"]
    assert after.box.right <= 960 and after.box != before.box
    assert make_layout((960, 540), 4).question == after.box.inflate(2 * theme.px(22, 0.75), 2 * theme.px(14, 0.75))


# -- results -------------------------------------------------------------------------------


def play_through(app, scene, keys=None):
    n = 0
    while isinstance(app.stack.top, QuestionScene):
        app.clock.advance(1.5)
        key = keys[n % len(keys)] if keys else pygame.K_1 + scene.round.question.answer
        post_key(key)
        app.step()
        app.clock.advance(0.5)
        post_key(pygame.K_RETURN)
        app.step()
        n += 1
    return app.stack.top


def test_results_ask_for_a_name_and_save_it(open_app):
    app, clock = open_app()
    scene = begin(app)
    results = play_through(app, scene)
    assert isinstance(results, ResultsScene)
    assert Recorder.played[-1] == "fanfare"
    r = results.results
    assert r.right == r.total == 6 and r.best_streak == 6
    assert results.high_score and results.focus == "name"
    # The default is the computer's user name (or empty); clear it and type a new one.
    for _ in range(40):
        post_key(pygame.K_BACKSPACE)
    app.step()
    assert results.name.text == ""
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Xiǎoxiǎo 小晓"))
    app.step()
    post_key(pygame.K_RETURN)
    app.step()
    assert results.saved_rank == 1 and not results.name_pending
    table = app.store.top_scores(results.table)
    assert [(e.name, e.score, e.correct, e.total) for e in table] == [("Xiǎoxiǎo 小晓", r.score, 6, 6)]
    assert label(results.table) == "6 questions, 20 s"
    assert app.settings.last_name == "Xiǎoxiǎo 小晓"
    assert app.store.load_settings().last_name == "Xiǎoxiǎo 小晓"


@pytest.mark.parametrize("button", [0, 1])  # Play again, Title
def test_leaving_by_a_button_before_enter_keeps_the_score(open_app, button):
    app, clock = open_app()
    app.update_settings(last_name="Jianqing")
    results = play_through(app, begin(app))
    assert results.name_pending
    pos = results.layout().buttons[button].center
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.step()
    assert app.stack.top is not results
    table = app.store.top_scores(results.table)
    assert [(e.name, e.score) for e in table] == [("Jianqing", results.results.score)]


def test_closing_the_window_before_enter_keeps_the_score(open_app):
    app, clock = open_app()
    app.update_settings(last_name="Jianqing")
    results = play_through(app, begin(app))
    assert results.name_pending
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.step()
    assert not app.running
    table = app.store.top_scores(results.table)
    assert [(e.name, e.score) for e in table] == [("Jianqing", results.results.score)]


def test_name_is_capped_and_never_overflows(open_app):
    app, clock = open_app(size=(960, 540))
    scene = begin(app)
    results = play_through(app, scene)
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="W" * 100))
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="more\nlines\there"))
    app.step()
    assert len(results.name.text) == results.name.limit == 24
    assert "\n" not in results.name.text
    results.name.clear()
    results.name.insert("e\u0301")  # e + combining accent
    results.name.backspace()
    assert results.name.text == ""


def test_pasting_a_long_text_into_the_name_is_cut_to_the_cap(open_app, monkeypatch):
    from quiz.ui.input import clipboard

    app, clock = open_app(size=(960, 540))
    results = play_through(app, begin(app))
    results.name.clear()
    monkeypatch.setattr(clipboard, "clipboard_text", lambda: "后来的我们\n" + "Lin Jianqing " * 40)
    post_key(pygame.K_v, pygame.KMOD_LCTRL)
    app.step()
    assert results.name.text == ("后来的我们" + "Lin Jianqing " * 2)[:24]
    assert isinstance(app.stack.top, type(results))  # Ctrl+V pressed no button


def test_reading_the_clipboard_never_fails_without_one():
    from quiz.ui.input.clipboard import clipboard_text

    assert isinstance(clipboard_text(), str)


def test_default_name_is_the_last_name_used(open_app):
    app, clock = open_app()
    app.update_settings(last_name="Jianqing")
    results = play_through(app, begin(app))
    assert results.name.text == "Jianqing"


def test_a_failed_save_says_so_and_keeps_the_results(open_app, monkeypatch):
    app, clock = open_app()
    results = play_through(app, begin(app))
    monkeypatch.setattr(app.store, "add_score", lambda *a, **k: None)
    seen = TextBoxes(monkeypatch)
    post_key(pygame.K_RETURN)
    app.step()
    assert app.stack.top is results and results.name_pending
    assert "could not be saved" in results.status
    assert any("could not be saved" in s for s in seen.texts)
    assert any(s.startswith("Round complete") for s in seen.texts)


def test_practice_saves_nothing(open_app):
    app, clock = open_app()
    scene = begin(app, practice=True)
    assert scene.round.time_left() is None
    clock.advance(500)
    app.step()
    assert scene.round.phase is Phase.ASKING  # no timer
    results = play_through(app, scene)
    assert not results.high_score and not results.name_pending
    assert app.store.all_tables() == []
    assert "nothing is saved" in results.status


def test_review_scrolls(open_app):
    app, clock = open_app(LONG_PACK + FOUR, size=(960, 540))
    results = play_through(app, begin(app), keys=[pygame.K_2])
    post_key(pygame.K_ESCAPE)  # leave the name field
    app.step()
    top = results.max_scroll()
    assert top > 0
    post_key(pygame.K_END)
    app.step()
    assert results.scroll == top
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False))
    app.step()
    assert 0 < results.scroll < top
    post_key(pygame.K_HOME)
    app.step()
    assert results.scroll == 0
    post_key(pygame.K_PAGEDOWN)
    app.step()
    assert results.scroll > 0
    # Every question is reviewed, with the right answer of each one missed.
    assert len(results.cards()) == len(LONG_PACK + FOUR)


def test_results_chart_and_review_stay_inside_at_every_size(open_app):
    app, clock = open_app(LONG_PACK + FOUR, size=(960, 540))
    results = play_through(app, begin(app), keys=[pygame.K_1])
    for size in ((960, 540), (1920, 1080)):
        app.resize(size)
        app.step()
        lay = results.layout()
        window = pygame.Rect((0, 0), size)
        for rect in [lay.chart, lay.review, lay.bar, lay.name_box, *lay.buttons, *lay.stats]:
            assert window.contains(rect)
        assert not lay.chart.colliderect(lay.review)
        width = lay.review.w
        for card in results.cards():
            for kind, block, colour in card.parts:
                assert block.box.right <= width
                for line in block.lines:
                    assert app.text.size(line, block.px, block.bold)[0] <= block.box.w


def test_text_too_long_for_its_box_is_cut_with_an_ellipsis(open_app):
    from quiz.ui.kit.words import fit_block

    app, clock = open_app()
    box = pygame.Rect(10, 10, 200, 40)
    block = fit_block(app.text, LONG_EXPLANATION, box, 28, min_px=14)
    assert block.lines and block.lines[-1].endswith("…")
    assert len(block.lines) * app.text.line_height(block.px) <= box.h
    for line, rect in zip(block.lines, block.rects):
        assert box.contains(rect)
        assert app.text.size(line, block.px)[0] <= box.w


def test_typing_a_space_in_the_name_does_not_press_a_button(open_app):
    app, clock = open_app()
    results = play_through(app, begin(app))
    results.name.clear()
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, unicode=" ", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Lin Jianqing"))
    app.step()
    assert app.stack.top is results and results.name.text == "Lin Jianqing"


def test_a_round_with_nothing_to_ask_says_why(open_app, monkeypatch):
    app, clock = open_app()
    told = []
    monkeypatch.setattr(app, "notify", told.append)
    app.update_settings(category="No such category")
    app.step()
    assert start_round(app, practice=False) is False
    assert len(app.stack) == 1
    assert told and "No such category" in told[0]


@pytest.mark.parametrize("off", [0, "off", False])
def test_timer_off_from_the_command_line(open_app, off):
    app, clock = open_app(timer=off)
    scene = begin(app)
    assert scene.round.time_left() is None and not scene.plan.practice
    results = play_through(app, scene)
    assert not results.name_pending and app.store.all_tables() == []
    assert "only timed rounds" in results.status


def test_play_again_with_a_fixed_seed_moves_it_on(open_app):
    app, clock = open_app(seed=40)
    first = begin(app)
    assert first.plan.seed == 40
    results = play_through(app, first)
    post_key(pygame.K_ESCAPE)  # leave the name field; focus goes to "Play again"
    post_key(pygame.K_RETURN)
    app.step()
    again = app.stack.top
    assert isinstance(again, QuestionScene) and again.plan.seed == 41
    assert again.plan.count == first.plan.count and again.plan.timer == first.plan.timer


class BackwardsClock(FakeClock):
    def back(self, seconds: float) -> None:
        self._t -= seconds


def test_a_clock_stepping_backwards_holds_up_nothing(tmp_path):
    pack = load_file(write_pack(tmp_path, FOUR))
    clock = BackwardsClock(1000.0)
    app = make_app((1280, 720), clock=clock, overrides={"seed": 5}, chosen_packs=[pack],
                   first_frame=False)
    try:
        scene = begin(app)
        post_key(pygame.K_1)
        app.step()
        clock.back(5.0)
        app.step()
        clock.advance(0.5)
        post_key(pygame.K_RETURN)
        app.step()
        assert scene.round.phase is Phase.ASKING and scene.round.number == 2
        clock.back(5.0)
        app.step()
        assert scene._now() - scene._shown_at >= 0  # the slide-in is not stuck at its start
    finally:
        app.close()


# -- a round shorter than chosen ------------------------------------------------------


def test_a_round_shorter_than_chosen_is_told_before_it_starts_and_its_table_opens(open_app):
    from quiz.ui.scenes.high_scores import HighScoresScene
    from quiz.ui.scenes.title import TitleScene, round_summary

    app, clock = open_app()
    app.overrides["questions"] = 15  # as --questions 15 sets it
    app.step()
    # The pack holds 6 questions: the title says so before Play is pressed.
    assert round_summary(app).startswith("only 6 questions fit (of 15) · 20 s")
    scene = begin(app)
    assert [t.message for t in app.toasts.items] == [
        "Only 6 questions fit these choices, so this round has 6, not 15."]
    results = play_through(app, scene)
    assert label(results.table) == "6 questions, 20 s"
    results.activate("title")  # leaves with the name in the box: the score is kept
    assert isinstance(app.stack.top, TitleScene)
    scores = HighScoresScene(app)
    assert scores.table.key == results.table
    assert [e.score for e in scores.table.entries] == [results.results.score]


def test_home_and_end_scroll_the_review_while_the_name_box_has_focus(open_app):
    app, clock = open_app(size=(960, 540))
    results = play_through(app, begin(app))
    assert results.focus == "name" and results.max_scroll() > 0
    post_key(pygame.K_END)
    app.step()
    assert results.scroll == results.max_scroll()
    post_key(pygame.K_HOME)
    app.step()
    assert results.scroll == 0 and results.focus == "name"


def test_the_answer_hint_names_the_players_own_keys(monkeypatch, open_app):
    app, clock = open_app(THREE)
    app.update_settings(bindings=app.settings.bindings.remap(0, 0, "z"))
    scene = begin(app)
    seen = TextBoxes(monkeypatch)
    app.step()
    assert any("Answer with Z/2/3," in s for s in seen.texts)
    assert not any("Answer with 1–3," in s for s in seen.texts)


def _badge_texts(seen, scene, app):
    from quiz.ui.kinds.choice import badge_boxes

    lay = scene.layout(app.size)
    badges, texts = badge_boxes(app.text, lay, app.settings.bindings.answer_keys(0))
    for badge, words in zip(badges, texts):
        assert not badge.colliderect(words)  # a wide key pushes its option's words over
    return [[line for rect, _, (line,) in seen.drawn if badge.collidepoint(rect.center)]
            for badge in badges]


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
def test_the_answer_badges_name_the_players_own_keys(monkeypatch, open_app, size):
    app, clock = open_app(FOUR, size=size)
    scene = begin(app)
    clock.advance(1.0)  # past the options' slide: from here on the still picture is kept
    app.step()
    seen = TextBoxes(monkeypatch)
    scene.view.clear()
    app.step()
    assert _badge_texts(seen, scene, app) == [["1"], ["2"], ["3"], ["4"]]
    seen.clear()
    app.step()
    assert _badge_texts(seen, scene, app) == [[], [], [], []]  # kept, not painted again
    # Remapped keys reach the badges, the still picture painted before the change included.
    bindings = app.settings.bindings.remap(0, 0, "z").remap(0, 2, "left shift")
    app.update_settings(bindings=bindings)
    seen.clear()
    app.step()
    assert _badge_texts(seen, scene, app) == [["Z"], ["2"], ["Shift"], ["4"]]
    assert seen.smaller_than(14) == [] and seen.outside(app.size) == []
    # After the answer the options neither ticked nor crossed keep their keys.
    post_key(pygame.K_z)
    app.step()
    assert scene.in_feedback
    seen.clear()
    app.step()
    badges = _badge_texts(seen, scene, app)
    right = scene.round.last.question.answer
    assert all(badges[i] == [label] for i, label in enumerate(["Z", "2", "Shift", "4"])
               if i not in (right, 0))


LONG_EXPLANATION = " ".join(f"word{i:03d}" for i in range(110))  # about 990 characters, a pack's most


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_a_long_explanation_is_scrolled_never_cut(monkeypatch, open_app, size):
    app, clock = open_app([question("Long?", "Yes", ["No"], explanation=LONG_EXPLANATION)] * 2,
                          size=size)
    app.update_settings(auto_advance=True)
    scene = begin(app)
    seen = TextBoxes(monkeypatch)
    post_key(pygame.K_1)
    app.step()
    assert scene.in_feedback
    first, shown, total = scene.explanation_lines()
    if size == (1920, 1080):  # room for all of it: no scrolling, nothing cut
        block = scene.blocks()["explanation"]
        assert first == 0 and shown == total and block.px >= 14
        assert " ".join(block.lines).split() == LONG_EXPLANATION.split()
        return
    assert first == 0 and 0 < shown < total
    read = []
    while True:
        seen.clear()
        clock.advance(AUTO_ADVANCE_SECONDS + 1)  # unread lines hold the auto-advance
        app.step()
        assert scene.in_feedback
        block = scene.blocks()["explanation"]
        assert block.px >= 14 and not any("…" in line for line in block.lines)
        assert set(block.lines) <= set(seen.texts)  # drawn as well as laid out
        read += [line for line in block.lines if line not in read]
        assert any("Enter goes on" in t for t in seen.texts)
        assert seen.smaller_than(14) == [] and seen.outside(size) == []
        if not scene.explanation_unread:
            break
        post_key(pygame.K_DOWN)
    assert " ".join(read).split() == LONG_EXPLANATION.split()  # every word reached, in order
    assert scene.explanation_lines()[0] == total - shown
    # Read to the end, the auto-advance counts its seconds from there.
    app.step()
    clock.advance(AUTO_ADVANCE_SECONDS / 2)
    app.step()
    assert scene.in_feedback
    clock.advance(AUTO_ADVANCE_SECONDS)
    app.step()
    assert scene.asking and scene.round.number == 2
    # Enter still goes on at once from an explanation not yet read.
    app.step()
    post_key(pygame.K_1)
    app.step()
    clock.advance(1)
    app.step()
    assert scene.in_feedback and scene.explanation_unread
    post_key(pygame.K_RETURN)
    app.step()
    assert isinstance(app.stack.top, ResultsScene)


def test_the_wheel_and_home_end_move_a_long_explanation(open_app):
    app, clock = open_app([question("Long?", "Yes", ["No"], explanation=LONG_EXPLANATION)],
                          size=(960, 540))
    scene = begin(app)
    post_key(pygame.K_1)
    app.step()
    first, shown, total = scene.explanation_lines()
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False,
                                         precise_x=0.0, precise_y=-1.0, touch=False))
    app.step()
    assert scene.explanation_lines()[0] > 0
    post_key(pygame.K_END)
    app.step()
    assert scene.explanation_lines()[0] == total - shown
    post_key(pygame.K_HOME)
    app.step()
    assert scene.explanation_lines()[0] == 0


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
def test_the_review_hint_fits_beside_its_heading_uncut(monkeypatch, open_app, size):
    app, clock = open_app(THREE, size=size)
    results = play_through(app, begin(app))
    seen = TextBoxes(monkeypatch)
    results.draw(app.surface)
    hints = [t for t in seen.texts if "wheel" in t]
    assert len(hints) == 1 and "…" not in hints[0] and "arrows" in hints[0]
    heading = next(rect for rect, _, (line,) in seen.drawn if line == "Review")
    hint = next(rect for rect, _, (line,) in seen.drawn if line == hints[0])
    assert hint.left > heading.right and seen.smaller_than(14) == []
