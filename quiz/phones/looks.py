"""How each answer option looks, on phones and (so players match them) on the big screen.

Colour alone fails colour-blind players, so every option also has a shape and
its number. The colours are dark enough for white text on them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OptionLook:
    colour: str   # "#rrggbb"
    shape: str    # one of SHAPES


SHAPES = ("triangle", "diamond", "circle", "square", "star", "hexagon", "heart", "cross")

OPTION_LOOKS = (
    OptionLook("#c0392b", "triangle"),
    OptionLook("#1f5fbf", "diamond"),
    OptionLook("#9a6700", "circle"),
    OptionLook("#237a3b", "square"),
)


def option_look(index: int) -> OptionLook:
    return OPTION_LOOKS[index % len(OPTION_LOOKS)]
