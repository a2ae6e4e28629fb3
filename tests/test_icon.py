"""The window icon is drawn by code: two circles, a grey one and a warm one, overlapping."""

import pygame
import pytest

from quiz.ui import theme
from quiz.ui.icon import make_icon


def close(c, ref, tol=40):
    return all(abs(a - b) <= tol for a, b in zip(c[:3], ref[:3]))


@pytest.mark.parametrize("size", [16, 32, 64, 128])
def test_icon_size_and_transparent_corners(size):
    icon = make_icon(size)
    assert icon.get_size() == (size, size)
    assert icon.get_flags() & pygame.SRCALPHA
    assert icon.get_at((0, 0)).a < 64, "rounded tile: the corner is see-through"
    assert icon.get_at((size // 2, size // 10)).a == 255


def test_icon_shows_the_two_timelines():
    icon = make_icon(128)
    y = 64
    assert close(icon.get_at((int(128 * 0.2), y)), theme.MIST), "grey circle on the left"
    assert close(icon.get_at((int(128 * 0.8), y)), theme.AMBER), "warm circle on the right"
    middle = icon.get_at((64, y))
    assert not close(middle, theme.MIST) and not close(middle, theme.AMBER), "the overlap has its own colour"
