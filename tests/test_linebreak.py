"""Line breaking, tested without pygame: text is measured by a stand-in that
gives every character one unit and a CJK character two, as a terminal would."""

import subprocess
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.linebreak import (ELLIPSIS, can_break, clean, ellipsize, fit, is_cjk,
                            longest_prefix, wrap)


def units(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class Counting:
    """A measure that counts how often it is asked."""

    def __init__(self):
        self.calls = 0

    def __call__(self, text):
        self.calls += 1
        return units(text)


def test_the_line_breaker_needs_no_pygame():
    code = "import sys, quiz.linebreak; sys.exit('pygame' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_break_rules():
    assert can_break("后", "来") and can_break("a", "后") and can_break("后", "a")
    assert not can_break("a", "b")
    assert not can_break("后", "，") and not can_break("《", "后")
    assert can_break("-", "a") and not can_break("a", "\u0301")
    assert is_cjk("后") and is_cjk("。") and not is_cjk("a")


def test_latin_breaks_at_spaces_and_after_hyphens():
    assert wrap("the present in black-and-white", 21, units) == ["the present in black-", "and-white"]
    assert wrap("one two three", 7, units) == ["one two", "three"]
    assert wrap("-5", 2, units) == ["-5"]  # a leading minus is no hyphen
    assert wrap("one\ntwo\n\nthree", 50, units) == ["one", "two", "", "three"]


def test_chinese_breaks_between_characters_but_never_before_a_full_stop():
    lines = wrap("后来的我们是电影。十年后重逢。", 8, units)
    assert lines == ["后来的我", "们是电", "影。十年", "后重逢。"]
    assert all(units(line) <= 8 for line in lines)


def test_a_word_wider_than_the_line_is_cut_and_nothing_is_lost():
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    lines = wrap(word, 10, units)
    assert "".join(lines) == word and all(len(line) <= 10 for line in lines)


def test_a_combining_mark_stays_with_its_letter():
    text = "e\u0301" * 6
    n = longest_prefix(text, 5, len)
    assert n % 2 == 0 and not unicodedata.combining(text[n])


def test_long_text_costs_a_logarithmic_number_of_measurements():
    measure = Counting()
    assert ellipsize("w" * 1_000_000, 300, measure) == "w" * 299 + ELLIPSIS
    assert measure.calls < 60
    measure = Counting()
    assert 3 < len(wrap("w" * 1_000_000, 100, measure, limit=3)) <= 5  # stops once past the box
    assert measure.calls < 200


def test_fit_takes_the_largest_size_that_fits():
    text = "one two three four five six seven eight nine ten"

    def measure_at(size):
        return lambda s: units(s) * size

    def step(size):
        return size + 2

    size, lines = fit(text, 20, 4, 200, 60, measure_at, step)
    assert len(lines) * step(size) <= 60
    assert all(units(line) * size <= 200 for line in lines)
    assert len(wrap(text, 200, measure_at(size + 1))) * step(size + 1) > 60
    assert fit("Play", 20, 4, 200, 60, measure_at, step) == (20, ["Play"])


def test_fit_ends_with_an_ellipsis_when_even_the_smallest_size_overflows():
    size, lines = fit("word " * 1000, 20, 10, 100, 30, lambda p: lambda s: len(s) * p, lambda p: p)
    assert size == 10 and len(lines) == 3
    assert lines[-1].endswith(ELLIPSIS) and all(len(line) * 10 <= 100 for line in lines)


def test_clean_drops_what_no_font_can_draw():
    assert clean("a\x00b\rc\td\u2028e\ud800") == "abc    d\ne"


texts = st.text(alphabet=st.sampled_from(list("abcdefghij KLMNOP,.!?-") + list("后来的我们电影，。《》")
                                         + [" ", "\n", "\u0301"]),
                max_size=200)


@settings(max_examples=300, deadline=None)
@given(sample=texts, width=st.integers(2, 60))
def test_wrap_property(sample, width):
    lines = wrap(sample, width, units)
    assert len(lines) >= sample.count("\n") + 1
    # Nothing lost, nothing invented (spaces aside), and no line wider than the width.
    assert "".join(lines).replace(" ", "") == sample.replace(" ", "").replace("\n", "")
    assert all(units(line) <= width for line in lines)


# Chinese layout: a line may break between any two characters, but never before
# closing punctuation (，。！？」、） and the like) nor after an opening mark.
CLOSERS = "，。！？」』、）》：；…％"
OPENERS = "「『（《"
HAN = "后来的我们见清小晓北京春运十年重逢电影"

phrases = st.lists(
    st.tuples(st.sampled_from(["", *OPENERS]), st.text(alphabet=HAN, min_size=1, max_size=6),
              st.sampled_from(["", *CLOSERS]), st.sampled_from(["", "，", "。", "——", " Rene Liu "])),
    min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(parts=phrases, width=st.integers(12, 40))
def test_chinese_lines_never_start_with_closing_or_end_with_opening_punctuation(parts, width):
    text = "".join(a + b + c + d for a, b, c, d in parts)
    lines = wrap(text, width, units)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines[1:]:
        assert line[0] not in CLOSERS, (text, lines)
    for line in lines[:-1]:
        assert line[-1] not in OPENERS, (text, lines)
        assert not (line.endswith("—") and not line.endswith("——")), (text, lines)  # a dash stays whole


def test_a_chinese_sentence_breaks_between_characters_and_keeps_its_punctuation_on():
    lines = wrap("答错了——你选的是「林见清」。再想想！", 10, units)
    assert all(units(line) <= 10 for line in lines)
    assert [line[0] for line in lines[1:]] and all(line[0] not in CLOSERS for line in lines[1:])
    assert "".join(lines) == "答错了——你选的是「林见清」。再想想！"
    assert wrap("正确率 75％", 8, units) == ["正确率", "75％"]  # the unit keeps to its number
    assert not can_break("个", "％") and not can_break("￥", "5") and can_break("题", "数")
