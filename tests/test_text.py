"""Text drawn with real fonts: fallback fonts per run, wrapping that never overflows,
fitting, caching. The line-breaking rules alone are in test_linebreak.py."""

import os

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.linebreak import ELLIPSIS, clean
from quiz.ui import text as textmod
from quiz.ui.fonts import bundled_font_path
from quiz.ui.text import Text

TITLE = "后来的我们"


@pytest.fixture(scope="module")
def text():
    pygame.font.init()
    return Text()


def widest_char(t: Text, s: str, px: int, bold: bool = False) -> int:
    return max((t.size(ch, px, bold)[0] for ch in s if not ch.isspace()), default=0)


def test_nothing_opened_at_import():
    # The module keeps no fonts of its own; a fresh Text opens nothing until asked.
    t = Text()
    assert t.stats()["fonts"] == 0
    assert t._faces is None


# -- fonts for every script ---------------------------------------------------


def test_chinese_title_renders_with_real_glyphs(text):
    if not text.has_cjk_font():
        if os.environ.get("CI"):
            pytest.fail("CI installs a CJK font (fonts-wqy-microhei); none was found")
        pytest.skip("no CJK font on this machine")
    runs = text.runs(TITLE)
    assert len(runs) == 1 and runs[0][0] == TITLE, "the whole title is one run"
    face = text._chains()[False][runs[0][1]]
    assert all(face.has(ch) for ch in TITLE), "drawn with a face that has the glyphs"
    cjk = pygame.font.Font(text.cjk_path, 40)
    default = pygame.font.Font(bundled_font_path(), 40)
    # The bundled font draws every one of these as the same box; the CJK face does not.
    boxes = {default.metrics(ch)[0] for ch in TITLE}
    assert len(boxes) == 1
    glyphs = [cjk.metrics(ch)[0] for ch in TITLE]
    assert all(g is not None for g in glyphs)
    assert pygame.image.tobytes(cjk.render(TITLE, True, (255, 255, 255)), "RGBA") != pygame.image.tobytes(
        default.render(TITLE, True, (255, 255, 255)), "RGBA"
    )
    # And the five characters come out as five different pictures.
    pictures = {pygame.image.tobytes(text.render(ch, 40, (255, 255, 255)), "RGBA") for ch in TITLE}
    assert len(pictures) == len(TITLE)


def test_mixed_script_line_is_cut_into_runs_and_drawn_on_one_surface(text):
    line = f"Us and Them {TITLE} (2018)"
    runs = text.runs(line)
    assert "".join(r for r, _ in runs) == line
    if text.has_cjk_font():
        chain = text._chains()[False]
        for run, n in runs:
            assert all(ch.isspace() or chain[n].has(ch) for ch in run), (run, chain[n].path)
    surface = text.render(line, 30, (240, 236, 228))
    w, h = text.size(line, 30)
    assert surface.get_size() == (w, h)
    # Ink reaches both ends: nothing was dropped or drawn off the surface.
    cols = [x for x in range(w) if any(surface.get_at((x, y)).a for y in range(h))]
    assert cols and cols[0] < w * 0.1 and cols[-1] > w * 0.9


def test_size_is_the_size_of_the_rendered_surface(text):
    for sample in ("Right", TITLE, "✗ Wrong — 后来 ✓", "two\nlines ✗", "", "é\u0301"):
        for bold in (False, True):
            assert text.render(sample, 26, (255, 255, 255), bold).get_size() == (
                max(1, text.size(sample, 26, bold)[0]), text.size(sample, 26, bold)[1]), sample


def test_line_height_and_surface_height_do_not_depend_on_script(text):
    latin = text.render("Right", 28, (255, 255, 255))
    chinese = text.render(TITLE, 28, (255, 255, 255))
    assert latin.get_height() == chinese.get_height()
    assert text.line_height(28) >= latin.get_height()
    assert text.line_height(56) > text.line_height(28)


def test_text_sdl_cannot_draw_is_cleaned_not_crashed(text):
    nasty = "a\x00b\ud800c\x07d\te\r\n" + "\U0001f600" + "\u2028f"
    s = text.render(nasty, 20, (255, 255, 255))
    assert s.get_width() > 0
    assert clean(nasty) == "abcd    e\n\U0001f600\nf"
    assert text.wrap(nasty, 20, 200)


def test_very_long_line_is_cut_to_a_surface_sdl_can_make(text):
    s = text.render("W" * 20000, 60, (255, 255, 255))
    assert s.get_width() <= textmod.MAX_LINE_WIDTH


# -- wrapping ---------------------------------------------------------------------

LATIN = "In the film, two strangers meet on a train home for the Spring Festival and fall in love."
CJK = "后来的我们是刘若英执导的电影，讲述了一对年轻人在春运火车上相遇的故事。十年后他们在飞机上重逢。"
MIXED = "《后来的我们》(Us and Them) stars Zhou Dongyu and Jing Boran as 小晓 and 见清, released 2018年4月28日."
LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3


@pytest.mark.parametrize("sample", [LATIN, CJK, MIXED, LONG_WORD, LATIN + " " + LONG_WORD + " " + CJK])
@pytest.mark.parametrize("px", [14, 28, 48])
@pytest.mark.parametrize("width", [60, 150, 333, 900])
def test_wrap_never_exceeds_width(text, sample, px, width):
    for bold in (False, True):
        if widest_char(text, sample, px, bold) > width:
            continue
        lines = text.wrap(sample, px, width, bold)
        for line in lines:
            assert text.size(line, px, bold)[0] <= width, (line, width)
        # Nothing lost, nothing invented (spaces aside).
        assert "".join(lines).replace(" ", "") == sample.replace(" ", "")


def test_latin_breaks_between_words_when_it_can(text):
    lines = text.wrap(LATIN, 24, 300)
    assert len(lines) > 1
    words = LATIN.split()
    assert " ".join(lines).split() == words  # no word was cut


def test_cjk_breaks_between_characters_and_keeps_punctuation_on_the_line(text):
    lines = text.wrap(CJK, 24, 200)
    assert len(lines) > 2
    for line in lines[1:]:
        assert line[0] not in "，。", "a line never starts with a comma or full stop"


def test_long_word_is_broken(text):
    lines = text.wrap(LONG_WORD, 20, 120)
    assert len(lines) > 3
    assert "".join(lines) == LONG_WORD


def test_hyphenated_words_wrap_after_the_hyphen(text):
    phrase = "the present in black-and-white"
    width = text.size("the present in black-", 24)[0]
    lines = text.wrap(phrase, 24, width)
    assert lines == ["the present in black-", "and-white"]
    # A leading minus is not a hyphen: "-5" stays whole.
    assert text.wrap("-5", 24, text.size("-5", 24)[0]) == ["-5"]


def test_explicit_newlines_are_kept(text):
    assert text.wrap("one\ntwo\n\nthree", 20, 500) == ["one", "two", "", "three"]


texts = st.text(
    alphabet=st.sampled_from(list("abcdefghij KLMNOP,.!?-") + list("后来的我们电影，。《》") + [" ", "\n"]),
    max_size=160,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=texts, px=st.integers(10, 60), width=st.integers(40, 1200), bold=st.booleans())
def test_wrap_property(text, sample, px, width, bold):
    lines = text.wrap(sample, px, width, bold)
    assert len(lines) >= sample.count("\n") + 1
    if widest_char(text, sample, px, bold) <= width:
        assert all(text.size(line, px, bold)[0] <= width for line in lines)
    assert "".join(lines).replace(" ", "") == sample.replace(" ", "").replace("\n", "")


# -- fitting -----------------------------------------------------------------------


def test_fit_keeps_the_size_when_it_fits(text):
    px, lines = text.fit("Play", 40, 600, 100)
    assert px == 40 and lines == ["Play"]


def test_fit_shrinks_until_the_box_holds_the_text(text):
    question = "Which city do Jianqing and Xiaoxiao both come from, the small town they return to every Spring Festival?"
    px, lines = text.fit(question, 48, 420, 120)
    assert 12 <= px < 48
    assert len(lines) * text.line_height(px) <= 120
    assert all(text.size(line, px)[0] <= 420 for line in lines)
    # It is the largest such size: one size up does not fit.
    bigger = text.wrap(question, px + 1, 420)
    assert len(bigger) * text.line_height(px + 1) > 120


def test_fit_shrinks_chinese_too(text):
    px, lines = text.fit(CJK, 40, 300, 150, min_px=10)
    assert px < 40
    assert len(lines) * text.line_height(px) <= 150


def test_fit_cuts_with_an_ellipsis_when_even_the_smallest_size_is_too_big(text):
    px, lines = text.fit(LATIN * 5, 30, 200, 40, min_px=14)
    assert px == 14
    assert len(lines) * text.line_height(14) <= 40
    assert lines[-1].endswith(ELLIPSIS)
    assert all(text.size(line, 14)[0] <= 200 for line in lines)


# -- caching ----------------------------------------------------------------------


def test_render_is_cached(text):
    a = text.render("Cached", 30, (1, 2, 3))
    b = text.render("Cached", 30, (1, 2, 3))
    assert a is b
    assert text.render("Cached", 30, (1, 2, 4)) is not a
    assert text.render("Cached", 30, (1, 2, 3), bold=True) is not a
    assert text.render("Cached", 30, pygame.Color(1, 2, 3)) is a


def test_caches_stay_bounded(monkeypatch):
    monkeypatch.setattr(textmod, "MAX_SURFACES", 20)
    monkeypatch.setattr(textmod, "MAX_FONTS", 8)
    t = Text()
    for i in range(200):
        t.render(f"line {i}", 10 + i % 40, (255, 255, 255))
    stats = t.stats()
    assert stats["surfaces"] <= 20
    assert stats["fonts"] <= 8
    # The newest is still cached.
    assert t.render("line 199", 10 + 199 % 40, (255, 255, 255)) is t.render("line 199", 10 + 199 % 40, (255, 255, 255))


def test_surface_cache_is_bounded_by_bytes(monkeypatch):
    monkeypatch.setattr(textmod, "MAX_SURFACE_BYTES", 1_000_000)
    t = Text()
    for i in range(50):
        t.render(f"A rather wide line of text number {i}", 60, (255, 255, 255))
    stats = t.stats()
    assert 1 < stats["surfaces"] < 50
    assert stats["surface_bytes"] <= 1_000_000


def test_fit_of_a_pasted_novel_fills_the_box_and_ends_with_an_ellipsis(text):
    for novel in ("W" * 20000, "后来的我们 " * 4000):
        px, lines = text.fit(novel, 40, 600, 300, min_px=12)
        assert px == 12
        assert 1 < len(lines) <= 300 // text.line_height(12)
        assert lines[-1].endswith(ELLIPSIS)
        assert all(text.size(line, 12)[0] <= 600 for line in lines)
