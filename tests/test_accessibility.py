"""The accessibility settings on every screen: no words under 14 px at 960x540 at any
text size, words in their boxes at 200%, and at least 7:1 contrast in high contrast."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, key, step
from screen_tour import PARTY, SOLO, app_on
from quiz.ui import theme
from quiz.ui.kit import words

SCREENS = SOLO + PARTY


@pytest.mark.parametrize("text_size", [100, 200])
@pytest.mark.parametrize("name", SCREENS)
def test_no_words_under_14_px_nor_out_of_their_boxes_at_the_smallest_window(monkeypatch, name,
                                                                           text_size):
    boxes = TextBoxes(monkeypatch)
    app = app_on(name, text_size=text_size)
    try:
        boxes.clear()
        app.invalidate()
        step(app, 2)
        assert boxes.sizes, f"{name}: nothing was drawn"
        assert boxes.smaller_than(theme.MIN_TEXT) == [], name
        assert boxes.outside(app.size) == [], name
        smallest = min(size for size, _ in boxes.sizes)
        assert smallest >= 14
    finally:
        app.close()


def test_a_bigger_text_size_draws_bigger_words(monkeypatch):
    sizes, question = {}, None
    for text_size in (100, 200):
        boxes = TextBoxes(monkeypatch)
        app = app_on("feedback", size=(1920, 1080), text_size=text_size)
        try:
            question = app.stack.top.round.question
            boxes.clear()
            app.invalidate()
            step(app)
            sizes[text_size] = {line: px for px, line in boxes.sizes}
        finally:
            app.close()
        monkeypatch.undo()
    # The words read most, the options and the explanation, grow by a quarter or more (as
    # far as their boxes allow: an option's box keeps the design's height); nothing shrinks.
    reading = [line for line in sizes[100] if line in sizes[200]
               and (line in question.choices or line in question.explanation)]
    assert len(reading) >= 3
    assert all(sizes[200][line] >= 1.25 * sizes[100][line] for line in reading), reading
    common = [line for line in sizes[100] if line in sizes[200]]
    assert all(sizes[200][line] >= sizes[100][line] for line in common)
    assert sum(sizes[200].values()) > 1.3 * sum(sizes[100].values())


def test_the_text_size_applies_at_once_on_the_screen_shown():
    app = app_on("settings", size=(1280, 720))
    try:
        scene = app.stack.top
        before = scene.rows[0].rect.h
        app.update_settings(text_size=200)
        step(app)
        assert app.text.zoom == 2.0
        assert scene.rows[0].rect.h > before  # laid out again, without leaving the screen
    finally:
        app.close()


# ---------------------------------------------------------------- contrast


def luminance(rgb) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb[:3]
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast((255, 255, 255), (0, 0, 0)) == pytest.approx(21.0)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.02)
    assert contrast((89, 89, 89), (255, 255, 255)) == pytest.approx(7.0, abs=0.05)


class ContrastProbe:
    """Wraps the kit's one blit of words: before each line is painted, the pixels under
    its glyphs are read, and the text's colour is measured against each of them."""

    def __init__(self, monkeypatch) -> None:
        self.worst: list[tuple[float, str, tuple, tuple]] = []
        original = words.paint_lines

        def probing(surface, text, lines, rects, px, colour, box, bold=False):
            clip = pygame.Rect(box).clip(surface.get_clip()).clip(surface.get_rect())
            for line, rect in zip(lines, rects):
                image = text.render(line, px, colour, bold=bold)
                at = (rect.x, rect.y + (rect.h - image.get_height()) // 2)
                self._measure(surface, image, at, clip, colour, line)
            original(surface, text, lines, rects, px, colour, box, bold)

        monkeypatch.setattr(words, "paint_lines", probing)

    def _measure(self, surface, image, at, clip, colour, line) -> None:
        mask = pygame.mask.from_surface(image, 127)  # the glyphs' own pixels
        w, h = mask.get_size()
        alpha = colour[3] / 255 if len(colour) > 3 else 1.0
        worst, under = None, None
        for y in range(0, h, 2):
            for x in range(0, w, 2):
                if not mask.get_at((x, y)):
                    continue
                spot = (at[0] + x, at[1] + y)
                if not clip.collidepoint(spot):
                    continue
                back = surface.get_at(spot)[:3]
                shown = tuple(round(c * alpha + b * (1 - alpha)) for c, b in zip(colour[:3], back))
                ratio = contrast(shown, back)
                if worst is None or ratio < worst:
                    worst, under = ratio, back
        if worst is not None:
            self.worst.append((worst, line, tuple(colour[:3]), under))

    def below(self, ratio: float) -> list[str]:
        return [f"{line!r}: {value:.2f}:1, {fg} on {bg}" for value, line, fg, bg in self.worst
                if value < ratio]


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
@pytest.mark.parametrize("name", SCREENS)
def test_every_word_has_7_to_1_contrast_in_high_contrast(monkeypatch, name, size):
    app = app_on(name, size=size, high_contrast=True)
    try:
        probe = ContrastProbe(monkeypatch)
        app.invalidate()
        step(app)
        if not name.startswith("party"):  # (Tab means nothing there)
            key(app, "TAB")  # the focus moved: focused looks must read as well
        assert probe.worst, f"{name}: no words were drawn"
        assert probe.below(7.0) == [], name
    finally:
        app.close()
        theme.set_high_contrast(False)


def test_the_film_look_is_below_7_to_1_somewhere_so_the_probe_can_tell(monkeypatch):
    app = app_on("title")
    try:
        probe = ContrastProbe(monkeypatch)
        app.invalidate()
        step(app)
        assert probe.below(7.0), "the normal look would pass as high contrast"
    finally:
        app.close()


def test_high_contrast_applies_at_once_and_goes_back():
    app = app_on("settings", size=(1280, 720))
    try:
        film = theme.SMOKE
        app.update_settings(high_contrast=True)
        assert theme.HIGH_CONTRAST and theme.SMOKE != film and theme.INK == (0, 0, 0)
        step(app)
        # The backdrop behind the words is black, painted again at once.
        assert app.surface.get_at((app.size[0] // 2, app.size[1] - 60))[:3] == (0, 0, 0)
        app.update_settings(high_contrast=False)
        assert not theme.HIGH_CONTRAST and theme.SMOKE == film
    finally:
        app.close()
        theme.set_high_contrast(False)


def test_every_accessibility_setting_is_a_row_of_settings_used_by_keys():
    from app_helpers import key

    app = app_on("settings", size=(1280, 720))
    try:
        scene = app.stack.top

        def change(label, *presses):
            row = next(r for r in scene.rows if getattr(r, "label", "").startswith(label))
            while scene.menu.focused is not row:
                key(app, "DOWN")
            assert not row.hidden  # scrolled into view with the focus
            for name in presses:
                key(app, name)

        change("Text size", "RIGHT", "RIGHT")
        assert app.settings.text_size == 150 and app.text.zoom == 1.5
        change("Time to answer", "RIGHT")
        assert app.settings.time_factor == 1.5
        change("Time to answer", "LEFT", "LEFT")
        assert app.settings.time_factor is None  # no limit, the last of the choices
        change("Speed points", "LEFT")
        assert app.settings.speed_points is False
        change("High contrast", "RIGHT")
        assert app.settings.high_contrast and theme.HIGH_CONTRAST
        change("Read aloud", "RIGHT")
        assert app.settings.read_aloud
        saved = app.store.load_settings()
        assert (saved.text_size, saved.time_factor, saved.speed_points, saved.high_contrast,
                saved.read_aloud) == (150, None, False, True, True)
        plan = app.plan_round(practice=False)
        assert plan.limit is None and plan.speed_points is False and plan.saves
    finally:
        app.close()
        theme.set_high_contrast(False)


def test_the_name_for_a_top_score_fits_its_box_at_200_percent(monkeypatch):
    from app_helpers import key

    boxes = TextBoxes(monkeypatch)
    app = app_on("results", text_size=200)
    try:
        scene = app.stack.top
        assert scene.name_pending  # the first score of a table is a top-10 score
        key(app, "TEXT:Xiaoxiao")
        boxes.clear()
        app.invalidate()
        step(app)
        assert any("Xiaoxiao" in line for line in boxes.texts), boxes.texts
        assert boxes.outside(app.size) == [] and boxes.smaller_than(14) == []
    finally:
        app.close()
