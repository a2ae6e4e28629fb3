"""What the party screens share: whose controller an action came from, and a player's badge.

A player is told apart by colour *and* shape (and name), so every badge draws
both: nobody needs to see colours to know who is who.
"""

from __future__ import annotations

import math
from typing import Optional

from quiz.i18n import N_, _
import pygame

from quiz.bindings import key_label
from quiz.party.modes import BUZZ, EVERYONE, TURNS
from quiz.party.players import KEYBOARD, PAD, PHONE, Controller, Player
from quiz.ui import theme
from quiz.ui.input.actions import Action
from quiz.ui.kit.words import draw_fitted

MODE_NAMES = {EVERYONE: N_("Everyone answers"), BUZZ: N_("Buzz in"), TURNS: N_("Take turns")}
MODE_ORDER = (EVERYONE, BUZZ, TURNS)
ROUND_NAMES = {"normal": N_("Normal round"), "fastest_finger": N_("Fastest finger"), "final": N_("Final round")}
KEYBOARD_ZONES = 4


def controller_of(action: Action) -> Optional[Controller]:
    """The controller a press came from: a keyboard zone (the action's player), a pad or a phone."""
    if action.device.startswith("phone:"):
        ident = action.device[len("phone:"):]
        return Controller(PHONE, int(ident)) if ident.isdigit() else None
    if action.device.startswith("pad"):
        return Controller(PAD, action.player)
    if action.device == "keyboard" and 0 <= action.player < KEYBOARD_ZONES:
        return Controller(KEYBOARD, action.player)
    return None


def zone_keys(app, zone: int) -> str:
    """A keyboard zone's four answer keys as players read them, e.g. "Q W E R"."""
    return " ".join(key_label(k) for k in app.settings.bindings.answer_keys(zone))


def controller_words(app, controller: Controller) -> str:
    if controller.kind == KEYBOARD and isinstance(controller.ident, int):
        return _("keys {keys}").format(keys=zone_keys(app, controller.ident))
    if controller.kind == PAD:
        return _("gamepad {number}").format(number=int(controller.ident) + 1)
    if controller.kind == PHONE:
        return _("phone")
    return controller.kind


def rgb(player: Player) -> tuple[int, int, int]:
    code = player.colour_hex.lstrip("#")
    return tuple(int(code[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def _polygon(cx: float, cy: float, r: float, corners: int, turn: float = -math.pi / 2,
             inner: Optional[float] = None) -> list[tuple[float, float]]:
    points = []
    steps = corners * (2 if inner else 1)
    for i in range(steps):
        radius = r if not inner or i % 2 == 0 else inner
        angle = turn + 2 * math.pi * i / steps
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw_shape(surface: pygame.Surface, shape: str, rect: pygame.Rect, colour) -> None:
    """The player's shape filling ``rect`` (a square is best)."""
    r = min(rect.w, rect.h) / 2
    cx, cy = rect.center
    if shape == "circle":
        pygame.draw.circle(surface, colour, (cx, cy), int(r))
    elif shape == "square":
        side = int(r * 1.6)
        pygame.draw.rect(surface, colour, pygame.Rect(cx - side // 2, cy - side // 2, side, side))
    elif shape == "triangle":
        pygame.draw.polygon(surface, colour, _polygon(cx, cy + r * 0.15, r, 3))
    elif shape == "diamond":
        pygame.draw.polygon(surface, colour, _polygon(cx, cy, r, 4))
    elif shape == "star":
        pygame.draw.polygon(surface, colour, _polygon(cx, cy, r, 5, inner=r * 0.45))
    elif shape == "hexagon":
        pygame.draw.polygon(surface, colour, _polygon(cx, cy, r, 6, turn=0))
    elif shape == "cross":
        bar = int(r * 0.6)
        pygame.draw.rect(surface, colour, pygame.Rect(cx - bar // 2, cy - int(r), bar, int(2 * r)))
        pygame.draw.rect(surface, colour, pygame.Rect(cx - int(r), cy - bar // 2, int(2 * r), bar))
    else:  # heart
        lobe = r * 0.5
        pygame.draw.circle(surface, colour, (int(cx - lobe), int(cy - lobe * 0.4)), int(lobe))
        pygame.draw.circle(surface, colour, (int(cx + lobe), int(cy - lobe * 0.4)), int(lobe))
        pygame.draw.polygon(surface, colour, [(cx - 2 * lobe, cy - lobe * 0.2),
                                              (cx + 2 * lobe, cy - lobe * 0.2), (cx, cy + r)])


def draw_mark(surface: pygame.Surface, player: Player, rect: pygame.Rect) -> None:
    """The player's shape in their colour on a dark disc, so light colours stay visible."""
    pygame.draw.circle(surface, theme.INK, rect.center, min(rect.w, rect.h) // 2 + 2)
    draw_shape(surface, player.shape, rect.inflate(-4, -4), rgb(player))


def draw_badge(surface: pygame.Surface, app, player: Player, rect: pygame.Rect,
               size: int = theme.LABEL, colour=theme.PAPER) -> None:
    """Shape, then name, in one row."""
    mark = pygame.Rect(rect.x, rect.y, rect.h, rect.h)
    draw_mark(surface, player, mark)
    gap = max(4, rect.h // 4)
    words = pygame.Rect(mark.right + gap, rect.y, max(1, rect.w - mark.w - gap), rect.h)
    draw_fitted(surface, app.text, player.name, theme.px(size, app.scale), colour, words)
