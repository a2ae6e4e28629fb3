"""The game's look: colour, type sizes and spacing.

The film shows its past in colour and its present in black and white until
colour returns at the end. The game borrows that: screens start in greys and
gain colour as a round goes on; results are in full colour.
"""

from __future__ import annotations

import colorsys

# Greys of the present day, from deep shadow to paper.
INK = (14, 14, 16)
NIGHT = (24, 24, 28)
SLATE = (44, 45, 50)
ASH = (78, 79, 86)
SMOKE = (128, 129, 136)
MIST = (186, 186, 190)
PAPER = (240, 236, 228)

# Colours of the past: warm, a little faded, like old film stock.
AMBER = (236, 168, 72)
ROSE = (222, 96, 110)
TEAL = (62, 170, 160)
SKY = (98, 150, 220)
PLUM = (150, 100, 190)

RIGHT = (74, 190, 120)  # always paired with a tick shape and the word "Right"
WRONG = (232, 86, 80)  # always paired with a cross shape and the word "Wrong"
WARNING = (244, 196, 64)

CATEGORY_COLOURS = (AMBER, TEAL, ROSE, SKY, PLUM, RIGHT, WARNING)

# The colours above are the film's; high contrast swaps in these. Words are white,
# near-white or a light accent on black, every one at least 7:1 against what it is
# drawn on (WCAG's enhanced contrast), and colours keep their full strength rather
# than seeping in as a round goes on.
_NAMES = ("INK", "NIGHT", "SLATE", "ASH", "SMOKE", "MIST", "PAPER", "AMBER", "ROSE", "TEAL",
          "SKY", "PLUM", "RIGHT", "WRONG", "WARNING")
FILM = {name: globals()[name] for name in _NAMES}
HIGH_CONTRAST_COLOURS = {
    "INK": (0, 0, 0), "NIGHT": (0, 0, 0), "SLATE": (34, 34, 38), "ASH": (150, 150, 156),
    "SMOKE": (222, 222, 226), "MIST": (244, 244, 246), "PAPER": (255, 255, 255),
    "AMBER": (255, 204, 64), "ROSE": (255, 160, 176), "TEAL": (96, 226, 214),
    "SKY": (150, 196, 255), "PLUM": (214, 176, 255), "RIGHT": (104, 234, 150),
    "WRONG": (255, 138, 128), "WARNING": (255, 232, 96),
}
HIGH_CONTRAST = False


def set_high_contrast(on: bool) -> None:
    """Switch every screen's colours at once: screens read them from here as they draw."""
    global HIGH_CONTRAST, CATEGORY_COLOURS
    HIGH_CONTRAST = bool(on)
    globals().update(HIGH_CONTRAST_COLOURS if on else FILM)
    CATEGORY_COLOURS = (AMBER, TEAL, ROSE, SKY, PLUM, RIGHT, WARNING)

# Design size; layout scales from here to the real window.
BASE_SIZE = (1280, 720)
MIN_SIZE = (960, 540)

# Type sizes at the design size.
TITLE = 64
HEADING = 40
BODY = 28
LABEL = 22
SMALL = 18


def layout_scale(size: tuple[int, int]) -> float:
    """How much bigger or smaller than the design size the window is."""
    w, h = size
    return max(0.5, min(w / BASE_SIZE[0], h / BASE_SIZE[1]))


def px(value: float, scale: float) -> int:
    return max(1, int(round(value * scale)))


# No words smaller than this in a window of at least MIN_SIZE. A smaller window
# is below what the game supports: its words shrink with everything else.
MIN_TEXT = 14


def min_text_px(scale: float) -> int:
    return MIN_TEXT if scale >= layout_scale(MIN_SIZE) else 1


def saturate(color: tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    """Blend a colour with its own grey: amount 0 is black and white, 1 is full colour."""
    amount = 1.0 if HIGH_CONTRAST else min(1.0, max(0.0, amount))
    r, g, b = (c / 255 for c in color[:3])
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    r2, g2, b2 = colorsys.hls_to_rgb(h, l, s * amount)
    return (round(r2 * 255), round(g2 * 255), round(b2 * 255))


def mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    t = min(1.0, max(0.0, t))
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3]))  # type: ignore[return-value]


def text_px(value: float, scale: float) -> int:
    """A type size at this layout scale, never below what stays readable."""
    return max(px(value, scale), min_text_px(scale))
