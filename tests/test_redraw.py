"""Frames are drawn only when the picture can have changed."""

from __future__ import annotations

import time

import pygame

from tests.app_helpers import EXAMPLES, key, make_app, step


def _still(app):
    app.update_settings(reduced_motion=True)  # the backdrop's glow holds still
    step(app, 3)
    return app.redraws


def test_a_still_title_is_not_drawn_again():
    app = make_app()
    before = _still(app)
    step(app, 30)
    assert app.redraws == before
    assert not app.drew
    app.close()


def test_a_key_press_on_a_still_title_is_drawn_in_that_frame():
    app = make_app()
    before = _still(app)
    focus = app.stack.top.menu.focus
    key(app, "DOWN")
    assert app.stack.top.menu.focus != focus
    assert app.redraws == before + 1 and app.drew
    app.close()


def test_the_drifting_glow_is_drawn_when_it_moves_a_step():
    app = make_app()
    step(app, 3)
    before = app.redraws
    step(app, 20, seconds=1.0)  # the glow drifts a few pixels a second
    assert app.redraws > before
    app.close()


def test_a_toast_keeps_frames_coming_until_it_is_gone():
    app = make_app()
    before = _still(app)
    app.notify("Saved.")
    step(app, 5)
    assert app.redraws == before + 5
    step(app, 1, seconds=10.0)  # past its time: drawn once more without it
    drawn = app.redraws
    step(app, 10)
    assert app.redraws == drawn
    app.close()


def test_a_question_with_a_countdown_is_drawn_every_frame_and_not_while_paused():
    from quiz.packs import load_file

    app = make_app(chosen_packs=[load_file(EXAMPLES / "my-pack.yaml")],
                   overrides={"timer": 30, "seed": 1})
    app.stack.top.play(False)
    step(app, 2)
    before = app.redraws
    step(app, 10)
    assert app.redraws == before + 10
    key(app, "ESCAPE")
    assert type(app.stack.top).__name__ == "PauseScene"
    paused = app.redraws
    step(app, 20)
    assert app.redraws == paused
    app.close()


def test_the_idle_wait_hands_its_event_to_the_next_frame():
    app = make_app()
    _still(app)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode="", scancode=0))
    focus = app.stack.top.menu.focus
    app.wait_for_event(1000)
    assert app.stack.top.menu.focus == focus  # taken off the queue, not yet handled
    step(app)
    assert app.stack.top.menu.focus != focus and app.drew
    app.close()


def test_a_question_waiting_for_its_answer_repaints_only_its_countdown():
    """The still part of a question is painted once and shown as it would be painted afresh."""
    from app_helpers import key, make_app, step

    for size in ((960, 540), (1920, 1080)):
        app = make_app(size=size)
        app.update_settings(sound=False, formats="classic")  # no caret blinking in a text box
        key(app, "RETURN")
        step(app, 60)
        key(app, "DOWN")  # a focused option is part of the still picture
        scene = app.stack.top
        view = scene.view
        first = view._still
        step(app, 10)
        assert view._still is first is not None  # not painted again while only time passed
        cached = pygame.Surface(size)
        view.draw(cached)
        fresh = pygame.Surface(size)
        view._paint(fresh, scene.layout(size), scene.seep(), 0, timer=True)
        assert pygame.image.tobytes(cached, "RGB") == pygame.image.tobytes(fresh, "RGB")
        before = view._still_key
        key(app, "DOWN")  # the focus moves: the still picture is painted again
        assert view._still_key != before and view._still_key[-3] == scene.focus
        app.close()


def _whole_frame(app):
    fresh = pygame.Surface(app.size)
    app.stack.draw(fresh)
    app.toasts.draw(fresh, app, app.clock.now())
    return pygame.image.tobytes(fresh, "RGB")


def _drawn_in_part(app):
    parts = []
    draw_in = app._draw_in

    def spy(area):
        parts.append(pygame.Rect(area))
        draw_in(area)

    app._draw_in = spy
    return parts


def test_frames_drawn_in_part_show_what_whole_frames_would():
    """The title's drifting glow and a question's countdown are drawn clipped to what moved;
    every such frame equals the frame drawn in full."""
    from quiz.packs import load_file

    app = make_app(size=(1920, 1080), chosen_packs=[load_file(EXAMPLES / "my-pack.yaml")],
                   overrides={"timer": 8, "seed": 1, "formats": "classic"})
    step(app, 2)
    parts = _drawn_in_part(app)
    for _ in range(60):
        step(app, seconds=0.25)
        if app.drew:
            assert pygame.image.tobytes(app.surface, "RGB") == _whole_frame(app)
    assert len(parts) > 10 and all(p.w < 1920 for p in parts)  # the left of the title stays
    app.stack.top.play(False)
    parts.clear()
    for _ in range(9 * 60):  # the countdown to its end, through its change of colour
        step(app)
        assert app.drew
        assert pygame.image.tobytes(app.surface, "RGB") == _whole_frame(app)
    assert len(parts) > 300 and all(p.h < 1080 // 4 for p in parts)
    assert app.stack.top.in_feedback  # the time ran out
    app.close()


def test_a_key_posted_while_the_loop_idles_is_handled_in_the_next_iteration():
    """A still screen sleeps between frames, but wakes for input: a key arriving while it
    waits (here with a minute to wait) is handled by the very next step."""
    app = make_app()
    _still(app)
    focus = app.stack.top.menu.focus
    steps, waits = [], []
    real_step, real_wait = app.step, app.wait_for_event

    def step_once():
        going = real_step()
        steps.append((app.stack.top.menu.focus, app.drew))
        if app.stack.top.menu.focus != focus or len(steps) > 50:
            app.quit()
        return going

    def wait(timeout_ms):
        waits.append(len(steps))
        if len(waits) == 1:
            down = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode="", scancode=0)
            pygame.time.set_timer(down, 30, 1)
            timeout_ms = 60_000
        real_wait(timeout_ms)

    app.step, app.wait_for_event = step_once, wait
    started = time.perf_counter()
    app.run()
    assert time.perf_counter() - started < 30  # woken by the key, not by the minute's end
    first_wait = waits[0]
    assert all(f == focus and not drew for f, drew in steps[:first_wait])
    assert steps[first_wait][0] != focus and steps[first_wait][1]  # the next step: handled, drawn


def test_the_first_round_uses_questions_made_in_the_opening_frames(monkeypatch):
    """The title counts the questions from the next round's seed, so Play only builds the deck."""
    import quiz.generator
    from quiz.ui.app import WARM_ROUND_AT

    for overrides in ({"seed": 5}, {}):
        app = make_app(overrides=overrides)
        step(app, WARM_ROUND_AT + 3)
        made = []
        real = quiz.generator.generate
        monkeypatch.setattr(quiz.generator, "generate", lambda film, seed: made.append(seed) or real(film, seed))
        key(app, "RETURN")
        assert type(app.stack.top).__name__ == "QuestionScene"
        assert made == []
        monkeypatch.setattr(quiz.generator, "generate", real)
        app.close()


def test_each_round_without_a_seed_gets_a_new_one():
    app = make_app()
    seeds = {app.plan_round(False).seed for _ in range(5)}
    assert len(seeds) == 5
    app.close()


def test_a_menu_screen_draws_only_the_glow_s_path_and_it_equals_a_whole_frame():
    """Statistics (charts) and High scores sit still but for the drifting glow: those
    frames are drawn clipped to its path, and each equals the frame drawn in full."""
    app = make_app(size=(1920, 1080))
    for name in ("statistics", "high_scores"):
        app.router.show(name)
        step(app, 2)
        parts = _drawn_in_part(app)
        for _ in range(40):
            step(app, seconds=0.25)
            if app.drew:
                assert pygame.image.tobytes(app.surface, "RGB") == _whole_frame(app), name
        assert len(parts) > 5 and all(p.w < 1920 or p.h < 1080 for p in parts), name
        app.router.back()
    app.close()


def test_a_question_with_no_time_limit_is_drawn_only_when_something_happens():
    """Practice and "No limit" rounds have no countdown: once the question has slid in,
    nothing moves by itself, so frames are drawn only after input."""
    from quiz.packs import load_file

    for overrides in ({"timer": 0, "seed": 1, "formats": "classic"}, {"seed": 1, "formats": "classic"}):
        app = make_app(chosen_packs=[load_file(EXAMPLES / "my-pack.yaml")], overrides=overrides)
        if "timer" not in overrides:
            app.update_settings(time_factor=None)  # Settings' Time to answer: No limit
        app.stack.top.play(False)
        step(app, 2)
        assert app.stack.top.round.fraction_left() is None
        step(app, 30, seconds=0.05)  # past the slide-in
        before = app.redraws
        step(app, 30)
        assert app.redraws == before
        focus = app.stack.top.focus
        key(app, "RIGHT")
        assert app.stack.top.focus != focus and app.redraws == before + 1
        app.close()
