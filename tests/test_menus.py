"""The menu screens: reachable by keyboard alone, by mouse and by touch; words kept in their boxes."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from app_helpers import TextBoxes, add_packs, click, key, keys, make_app, step, tap
from quiz.store import Store
from quiz.ui import theme
from quiz.ui.scenes.high_scores import HighScoresScene
from quiz.ui.scenes.pack_picker import PackPickerScene
from quiz.ui.scenes.settings import SettingsScene
from quiz.ui.scenes.setup import SetupScene
from quiz.ui.scenes.title import TitleScene, round_summary

# Title menu order: Play, Practice, Learn, Daily, Packs, High scores, Statistics, Settings, Party, Quit,
# then the round line.
DOWNS = {"Packs": 4, "High scores": 5, "Settings": 7, "Quit": 9, "round": 10}
SCREENS = {"Packs": PackPickerScene, "High scores": HighScoresScene, "Settings": SettingsScene,
           "round": SetupScene}


@pytest.fixture
def app():
    app = make_app()
    yield app
    app.close()


@pytest.fixture
def rounds(monkeypatch):
    """Records round starts instead of playing them."""
    import quiz.ui.rounds as rounds

    started = []

    def start_round(app, practice, over=None):
        started.append(practice)
        if over:
            app.router.back_to(over)  # where the round would be shown
        return True

    monkeypatch.setattr(rounds, "start_round", start_round)
    return started


def title_button(app, label):
    title = app.stack._scenes[0]
    return next(b for b in title.menu.items if getattr(b, "label", None) == label)


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_every_screen_opens_by_keyboard_and_esc_comes_back(app, name):
    keys(app, *["DOWN"] * DOWNS[name], "RETURN")
    assert isinstance(app.stack.top, SCREENS[name])
    key(app, "ESCAPE")
    assert isinstance(app.stack.top, TitleScene)
    assert len(app.stack) == 1


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_tab_and_shift_tab_reach_the_same_screens(app, name):
    for _ in range(DOWNS[name]):
        key(app, "TAB")
    key(app, "TAB")
    key(app, "TAB", shift=True)
    key(app, "SPACE")
    assert isinstance(app.stack.top, SCREENS[name])


def test_enter_on_the_title_starts_a_round_at_once(app, rounds):
    key(app, "RETURN")
    assert rounds == [False]


def test_practice_starts_an_untimed_round(app, rounds):
    keys(app, "DOWN", "RETURN")
    assert rounds == [True]


def test_enter_on_the_title_plays_a_real_round_from_a_pack(_data_folder):
    from quiz.packs import load_file
    from app_helpers import EXAMPLES

    app = make_app(chosen_packs=[load_file(EXAMPLES / "my-pack.yaml")])
    try:
        key(app, "RETURN")
        assert not isinstance(app.stack.top, TitleScene)
        assert len(app.stack) == 2
        key(app, "ESCAPE")  # pauses, never quits
        assert app.running
    finally:
        app.close()


def test_escape_on_the_title_does_not_quit_but_points_at_quit(app):
    key(app, "ESCAPE")
    assert app.running
    title = app.stack.top
    assert title.menu.focused.label == "Quit"
    key(app, "RETURN")
    assert not app.running


def test_quit_by_arrows_wraps_around(app):
    keys(app, "UP", "UP", "RETURN")  # up from Play: the round line, then Quit
    assert not app.running


def test_left_and_right_move_between_menu_and_round_line(app):
    title = app.stack.top
    key(app, "LEFT")
    assert title.menu.focused is title.round_link
    key(app, "RIGHT")
    assert title.menu.focused.label == "Play"


def test_mouse_hover_focuses_and_click_opens(app):
    button = title_button(app, "Settings")
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=button.rect.center, rel=(0, 0),
                                         buttons=(0, 0, 0), touch=False))
    step(app)
    assert app.stack.top.menu.focused is button
    click(app, button.rect.center)
    assert isinstance(app.stack.top, SettingsScene)


def test_a_click_that_slides_off_a_button_does_nothing(app):
    button = title_button(app, "Settings")
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=button.rect.center, button=1, touch=False))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(2, 2), button=1, touch=False))
    step(app)
    assert isinstance(app.stack.top, TitleScene)


def test_touch_taps_activate_once(app):
    button = title_button(app, "High scores")
    tap(app, button.rect.center, with_mouse_echo=True)
    assert isinstance(app.stack.top, HighScoresScene)
    assert len(app.stack) == 2  # the mouse echo of the tap did not open a second screen
    back = app.stack.top.back_button
    tap(app, back.rect.center)
    assert isinstance(app.stack.top, TitleScene)


def test_settings_change_by_keys_and_are_kept(app):
    keys(app, *["DOWN"] * DOWNS["Settings"], "RETURN")
    keys(app, "RETURN")  # sound off
    assert app.settings.sound is False
    keys(app, "DOWN", "LEFT", "LEFT")  # volume 70% -> 50%
    assert app.settings.volume == pytest.approx(0.5)
    keys(app, "DOWN", "LEFT")  # music off
    assert app.settings.music is False
    keys(app, "DOWN", "RIGHT")  # auto-advance on
    keys(app, "DOWN", "LEFT")  # streak bonus off
    keys(app, "DOWN", "DOWN", "SPACE")  # reduced motion on
    saved = Store().load_settings()
    assert (saved.sound, saved.music, saved.auto_advance, saved.streak_bonus,
            saved.reduced_motion) == (False, False, True, False, True)
    assert saved.volume == pytest.approx(0.5)
    keys(app, "UP", "RETURN")  # fullscreen from the settings screen
    assert app.fullscreen and Store().load_settings().fullscreen


def test_volume_slider_follows_a_drag(app):
    keys(app, *["DOWN"] * DOWNS["Settings"], "RETURN")
    slider = app.stack.top.rows[1]
    bar = slider._bar(app.scale)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(bar.x + 2, bar.centery), button=1, touch=False))
    step(app)
    assert app.settings.volume == pytest.approx(0.0)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(bar.right + 40, bar.centery), rel=(0, 0),
                                         buttons=(1, 0, 0), touch=False))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(bar.right + 40, bar.centery), button=1,
                                         touch=False))
    step(app)
    assert app.settings.volume == pytest.approx(1.0)


def test_round_settings_change_and_show_on_the_title(app):
    keys(app, "LEFT", "RETURN")
    setup = app.stack.top
    assert isinstance(setup, SetupScene)
    keys(app, "DOWN", "RIGHT", "RIGHT")  # difficulty: mixed -> easy -> medium
    keys(app, "DOWN", "RIGHT")  # questions 10 -> 15
    keys(app, "DOWN", "LEFT", "LEFT", "LEFT", "LEFT")  # timer 20 -> 15 -> 10 -> off -> 30
    assert (app.settings.difficulty, app.settings.questions, app.settings.timer) == ("medium", 15, 30)
    key(app, "ESCAPE")
    title = app.stack.top
    assert title.round_link.label == "15 questions · 30 s · all categories · medium"
    assert Store().load_settings().questions == 15


def test_round_settings_play_button_starts_a_round(app, rounds):
    keys(app, "LEFT", "RETURN")
    setup = app.stack.top
    click(app, setup.play.rect.center)
    assert rounds == [False]
    assert isinstance(app.stack.top, TitleScene)


def test_round_settings_with_nothing_to_ask_stay_open_and_say_why(app, monkeypatch):
    import quiz.deck

    keys(app, "LEFT", "RETURN")
    setup = app.stack.top
    assert isinstance(setup, SetupScene)
    monkeypatch.setattr(quiz.deck, "build_deck", lambda *args, **kwargs: [])
    click(app, setup.play.rect.center)
    assert app.stack.top is setup and len(app.stack) == 2
    assert [t.message for t in app.toasts.items] == ["The chosen packs have no questions to ask. Pick other packs."]


def test_round_settings_show_how_many_questions_each_choice_holds(app):
    from quiz.deck import all_questions, available

    keys(app, "LEFT", "RETURN")
    setup = app.stack.top
    questions = all_questions(app.selected_packs())
    assert setup.category.value_text() == f"All categories ({available(questions)})"
    keys(app, "DOWN", "RIGHT")  # difficulty: mixed -> easy
    assert setup.difficulty.value_text() == f"Easy ({available(questions, None, 'easy')})"
    # Some category has no easy question (the reviews are all medium or hard):
    # its choice says so before Play is pressed.
    empty = next(c for c in setup.category.options if c and not available(questions, c, "easy"))
    key(app, "UP")
    while app.settings.category != empty:
        key(app, "RIGHT")
    assert setup.category.value_text() == f"{empty} (none)"
    assert setup.difficulty.value_text() == "Easy (none)"


def test_choosing_in_game_beats_the_command_line():
    app = make_app(overrides={"questions": 7, "timer": "off"})
    try:
        assert round_summary(app).startswith("7 questions · no timer")
        keys(app, "LEFT", "RETURN", "DOWN", "DOWN", "RIGHT")
        assert app.overrides["questions"] is None
        assert round_summary(app).startswith(f"{app.settings.questions} questions · no timer")
    finally:
        app.close()


def test_categories_come_from_the_chosen_packs(_data_folder):
    add_packs(_data_folder, ("my-pack.yaml",))
    app = make_app()
    try:
        app.choose_packs([p.id for p in app.packs() if p.path and p.path.name == "my-pack.yaml"])
        keys(app, "LEFT", "RETURN")
        setup = app.stack.top
        options = setup.category.options
        assert options[0] is None and "Music" in options
        key(app, "RIGHT")
        assert app.settings.category == options[1]
    finally:
        app.close()


# ---------------------------------------------------------------- packs screen

@pytest.fixture
def packs_app(_data_folder):
    folder = add_packs(_data_folder)
    (folder / "broken.yaml").write_text(
        "title: A pack with a long title about a train home at Spring Festival, and what came after\n"
        "questions:\n  - question: What?\n    answer: Yes\n", encoding="utf-8")
    app = make_app()
    yield app
    app.close()


def open_packs(app):
    keys(app, *["DOWN"] * DOWNS["Packs"], "RETURN")
    scene = app.stack.top
    assert isinstance(scene, PackPickerScene)
    return scene


def test_pack_list_shows_every_pack_with_its_status(packs_app):
    scene = open_packs(packs_app)
    titles = [p.title for p in scene.packs]
    assert any("Spring Festival" in t for t in titles)
    broken = next(p for p in scene.packs if not p.ok)
    lines = scene._row_lines(broken, 600)
    assert "cannot be played" in " ".join(lines["meta"])
    assert any("line" in line for line in lines["problems"])


def test_ticking_packs_to_play_together(packs_app):
    app = packs_app
    scene = open_packs(app)
    custom = [i for i, p in enumerate(scene.packs) if p.ok and not p.builtin]
    scene.list.set_focus(custom[0])
    key(app, "SPACE")
    scene.list.set_focus(custom[1])
    key(app, "RETURN")
    ids = [scene.packs[i].id for i in custom]
    assert [p.id for p in app.selected_packs()] == [i for i in scene.selected]
    assert set(ids) <= set(scene.selected)
    assert set(Store().load_settings().packs) == set(scene.selected)


def test_the_last_pack_cannot_be_unticked_and_a_broken_one_cannot_be_ticked(packs_app):
    app = packs_app
    scene = open_packs(app)
    only = scene.selected[0]
    scene.list.set_focus([p.id for p in scene.packs].index(only))
    key(app, "SPACE")
    assert scene.selected == [only]
    assert app.toasts.items
    broken = next(i for i, p in enumerate(scene.packs) if not p.ok)
    scene.list.set_focus(broken)
    key(app, "SPACE")
    assert scene.packs[broken].id not in scene.selected


def test_pack_screen_buttons_by_keyboard(packs_app):
    app = packs_app
    scene = open_packs(app)
    key(app, "TAB")
    assert not scene.in_list and scene.buttons.focused is scene.reload_button
    key(app, "RETURN")  # reload
    assert isinstance(app.stack.top, PackPickerScene)
    keys(app, "RIGHT", "RETURN")  # done
    assert isinstance(app.stack.top, TitleScene)


def test_pack_screen_r_reloads_and_finds_new_packs(packs_app, _data_folder):
    app = packs_app
    scene = open_packs(app)
    before = len(scene.packs)
    (_data_folder / "packs" / "extra.yaml").write_text(
        "title: Extra\nquestions:\n  - question: Q?\n    answer: A\n    wrong: [B]\n", encoding="utf-8")
    key(app, "r")
    assert len(scene.packs) == before + 1
    assert any("Found" in t.message for t in app.toasts.items)


def test_pack_rows_can_be_tapped_and_the_list_scrolls(_data_folder):
    folder = add_packs(_data_folder)
    for n in range(12):
        (folder / f"pack{n:02}.yaml").write_text(
            f"title: Pack number {n}\nauthor: A fan\ndescription: A small pack made to fill the list.\n"
            "questions:\n  - question: Q?\n    answer: A\n    wrong: [B, C]\n", encoding="utf-8")
    app = make_app((960, 540))
    try:
        scene = open_packs(app)
        lst = scene.list
        assert lst.max_offset > 0
        pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-3, flipped=False, touch=False))
        step(app)
        assert lst.offset > 0
        key(app, "PAGEDOWN")
        key(app, "END")
        assert lst.focus == len(scene.packs) - 1 and lst.offset == lst.max_offset
        key(app, "HOME")
        assert lst.offset == 0
        # A drag scrolls without ticking anything.
        chosen = list(scene.selected)
        start = (lst.rect.centerx, lst.rect.bottom - 10)
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1, touch=False))
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(start[0], start[1] - 150),
                                             rel=(0, -150), buttons=(1, 0, 0), touch=False))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(start[0], start[1] - 150),
                                             button=1, touch=False))
        step(app)
        assert lst.offset == min(150, lst.max_offset)
        assert scene.selected == chosen
        # A tap on a row ticks it.
        target = next(i for i, p in enumerate(scene.packs) if p.ok and p.id not in scene.selected
                      and lst.rect.contains(lst.row_rect(i)))
        tap(app, lst.row_rect(target).center)
        assert scene.packs[target].id in scene.selected
    finally:
        app.close()


# ---------------------------------------------------------------- high scores

def _scores(app):
    from quiz.ui.scenes.high_scores import current_table

    table = current_table(app)
    for n, name in enumerate(["林见清", "Fang Xiaoxiao", "A player with a very long name indeed"]):
        app.store.add_score(table, name, 9000 - n * 1000, 9 - n, 10, 5 - n)
    app.store.add_score(replace(table, questions=5, timer=10), "Other", 1234, 3, 5, 2)


def test_high_scores_switch_tables_with_left_and_right(app):
    _scores(app)
    keys(app, *["DOWN"] * DOWNS["High scores"], "RETURN")
    scene = app.stack.top
    assert len(scene.tables) == 2
    first = scene.index
    assert [e.name for e in scene.table.entries][0] == "林见清"
    key(app, "RIGHT")
    assert scene.index != first
    key(app, "LEFT")
    assert scene.index == first
    click(app, scene.next_button.rect.center)
    assert scene.index != first


def test_high_scores_empty_state(app, monkeypatch):
    boxes = TextBoxes(monkeypatch)
    keys(app, *["DOWN"] * DOWNS["High scores"])
    boxes.clear()
    key(app, "RETURN")
    scene = app.stack.top
    assert scene.tables and scene.table.entries == []
    step(app)
    assert any("No scores here yet" in line[0] for _, _, line in boxes.drawn)


# ---------------------------------------------------------------- every screen, every size

def _open(app, name):
    if name != "title":
        keys(app, *["DOWN"] * DOWNS[name], "RETURN")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size,text_size", [((960, 540), 100), ((1920, 1080), 100),
                                             ((1280, 720), 100), ((720, 900), 100),
                                             ((960, 540), 200), ((1920, 1080), 200)])
@pytest.mark.parametrize("name", ["title", "Packs", "High scores", "Settings", "round"])
def test_every_screen_keeps_its_words_in_their_boxes(monkeypatch, _data_folder, size, text_size,
                                                     name, language):
    monkeypatch.setenv("LANGUAGE", language)  # the game follows the locale when nothing is chosen
    add_packs(_data_folder)
    boxes = TextBoxes(monkeypatch)
    app = make_app((1280, 720))
    try:
        app.update_settings(text_size=text_size)
        _scores(app)
        _open(app, name)
        app.resize(size)
        boxes.clear()
        step(app, 2)
        assert boxes.drawn
        assert boxes.outside(size) == []
        if size == theme.MIN_SIZE:
            assert boxes.smaller_than(theme.MIN_TEXT) == []
        for widget in getattr(getattr(app.stack.top, "menu", None), "items", []):
            if not widget.hidden:  # rows scrolled out of sight are neither drawn nor hit
                assert pygame.Rect((0, 0), size).contains(widget.rect), widget.rect
        # Walking through every item with its focus drawn keeps words inside too.
        for _ in range(12):
            key(app, "TAB")
        assert boxes.outside(size) == []
    finally:
        app.close()


@pytest.mark.parametrize("name", ["title", "Packs", "High scores", "Settings", "round"])
def test_odd_window_sizes_never_crash_a_screen(_data_folder, name):
    add_packs(_data_folder)
    app = make_app((1280, 720))
    try:
        _scores(app)
        _open(app, name)
        for size in [(1, 1), (40, 30), (200, 900), (3000, 500), (959, 539), (1920, 1080)]:
            app.resize(size)
            step(app, 2)
            for k in ("DOWN", "TAB", "RIGHT", "LEFT"):
                key(app, k)
            tap(app, (size[0] // 2, size[1] // 2))
            assert app.running
    finally:
        app.close()


def test_a_pack_problem_on_screen_names_its_file_and_line():
    from quiz.problems import Problem
    from quiz.ui.scenes.pack_picker import problem_words

    problem = Problem("/somewhere/packs/broken.yaml", 5, "question 1: wrong: needs 1 to 3 wrong answers")
    assert problem_words(problem) == "broken.yaml, line 5: question 1: wrong: needs 1 to 3 wrong answers"
    assert problem_words(Problem("/somewhere/packs/blob.json", None, "is empty")) == "blob.json: is empty"


# ---------------------------------------------------------------- what the screens say will be played

def test_round_settings_show_the_command_lines_length_and_timer():
    app = make_app(overrides={"questions": 3, "timer": 5.0})
    try:
        assert round_summary(app).startswith("3 questions · 5 s")
        keys(app, "LEFT", "RETURN")
        setup = app.stack.top
        assert setup.count.value_text() == "3"
        assert setup.timer.value_text() == "5 seconds"
        keys(app, "DOWN", "DOWN", "DOWN", "RIGHT")  # the timer moves on from 5, not from the saved 20
        assert app.settings.timer == 10 and app.overrides["timer"] is None
    finally:
        app.close()


def test_round_settings_say_when_fewer_questions_fit_than_chosen(app):
    app.update_settings(category="Dates", difficulty="medium", questions=15)
    fit = app.questions_that_fit()
    assert 0 < fit < 15
    keys(app, "LEFT", "RETURN")
    setup = app.stack.top
    assert setup.count.value_text().startswith("15 (only ")
    assert round_summary(app).startswith(f"only {fit} question")
    from quiz.ui.scenes.high_scores import current_table

    assert current_table(app).questions == fit


def test_only_custom_packs_chosen_drop_the_film_wording(_data_folder):
    add_packs(_data_folder, ("my-pack.yaml",))
    app = make_app()
    try:
        title = app.stack.top
        assert "Rene Liu" in title.tagline
        mine = [p for p in app.packs() if p.path and p.path.name == "my-pack.yaml"]
        app.choose_packs([p.id for p in mine])
        step(app, 10)  # the title reads the packs once the window is up
        assert "film" not in title.tagline and mine[0].title in title.tagline
        keys(app, "LEFT", "RETURN")
        assert "film" not in app.stack.top.category.help
    finally:
        app.close()


def test_settings_toggles_left_is_off_right_is_on_as_the_hint_says(app):
    keys(app, *["DOWN"] * DOWNS["Settings"], "RETURN")
    scene = app.stack.top
    assert "Left off, Right on" in scene.footer_text()
    assert app.settings.sound
    key(app, "RIGHT")
    assert app.settings.sound  # already on
    key(app, "LEFT")
    assert not app.settings.sound
    key(app, "LEFT")
    assert not app.settings.sound
    key(app, "RETURN")
    assert app.settings.sound


def test_high_scores_reset_asks_once_then_forgets_only_the_table_shown(app):
    _scores(app)
    keys(app, *["DOWN"] * DOWNS["High scores"], "RETURN")
    scene = app.stack.top
    shown = scene.table.key
    other = next(t.key for t in scene.tables if t.key != shown)
    click(app, scene.reset_button.rect.center)
    assert scene.armed and len(app.store.top_scores(shown)) == 3  # one press loses nothing
    key(app, "ESCAPE")
    assert not scene.armed and app.stack.top is scene  # Esc takes the question back
    click(app, scene.reset_button.rect.center)
    click(app, scene.reset_button.rect.center)
    assert app.store.top_scores(shown) == [] and scene.table.entries == []
    assert len(app.store.top_scores(other)) == 1
    assert not scene.reset_button.focusable  # nothing left to reset here


def test_high_scores_reset_by_keyboard_is_disarmed_by_moving_away(app):
    _scores(app)
    keys(app, *["DOWN"] * DOWNS["High scores"], "RETURN")
    scene = app.stack.top
    shown = scene.table.key
    keys(app, "DOWN")
    assert scene.menu.focused is scene.reset_button
    key(app, "RETURN")
    assert scene.armed
    keys(app, "UP", "DOWN", "RETURN")  # moved away and back: asked again, nothing lost
    assert scene.armed and len(app.store.top_scores(shown)) == 3
    key(app, "RETURN")
    assert app.store.top_scores(shown) == []


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_high_scores_keep_long_names_and_headings_on_one_readable_line(monkeypatch, size):
    app = make_app(size)
    try:
        from quiz.ui.scenes.high_scores import current_table

        table = replace(current_table(app), pack_set="+".join(f"a-long-pack-name-{i}" for i in range(6)))
        long_name = "W" * 24
        app.store.add_score(table, long_name, 9000, 9, 10, 5)
        app.store.add_score(table, "Fang", 8000, 8, 10, 4)
        app.last_table = table
        boxes = TextBoxes(monkeypatch)
        app.router.show("high_scores")
        scene = app.stack.top
        assert scene.table.key == table
        boxes.clear()
        step(app)
        heading = [(px, line) for px, line in boxes.sizes if "a-long-pack-name-0" in line]
        assert len(heading) == 1 and heading[0][1].endswith("…")  # one line, cut
        assert heading[0][0] >= theme.MIN_TEXT
        names = {line: px for px, line in boxes.sizes if line.startswith("WWW") or line == "Fang"}
        assert len(names) == 2  # the long name is one line
        assert len(set(names.values())) == 1 and min(names.values()) >= theme.MIN_TEXT
        assert boxes.outside(size) == []
    finally:
        app.close()
