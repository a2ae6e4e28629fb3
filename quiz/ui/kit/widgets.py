"""Buttons and option rows: what a menu holds.

A widget keeps its own box (``rect``) and small interaction state (press,
drag); it draws its words through ``words`` so labels always fit their box.
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence, TYPE_CHECKING

import pygame

from quiz.ui import theme
from quiz.ui.kit.shapes import card, plate, round_rect
from quiz.ui.kit.words import draw_fitted
from quiz.i18n import _, pgettext

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


class Widget:
    """Something in a menu: it has a box, may take focus and may be activated."""

    focusable = True
    help = ""  # one line about what it does, shown while it has focus
    _scale = 1.0  # the layout scale, kept by the menu so pointer maths matches the drawing
    hidden = False  # scrolled out of a screen's window of rows: neither drawn nor hit

    def __init__(self) -> None:
        self.rect = pygame.Rect(0, 0, 0, 0)

    def activate(self) -> bool:
        return False

    def adjust(self, step: int) -> bool:
        """Left (-1) or Right (+1) while focused; True when it changed something."""
        return False

    def click(self, pos: tuple[int, int]) -> bool:
        """A completed click or tap at ``pos`` inside the widget."""
        return self.activate()

    def drag(self, pos: tuple[int, int]) -> bool:
        """The pointer moved while pressed on this widget (sliders follow it)."""
        return False

    def draw(self, surface: pygame.Surface, app: "Services", focused: bool) -> None:
        raise NotImplementedError


class Button(Widget):
    def __init__(self, label: str, action: Optional[Callable[[], Any]] = None,
                 size: int = theme.BODY, align: str = "left", hint: str = "",
                 look: str = "plate") -> None:
        super().__init__()
        self.look = look  # "plate" in the menus, "card" on the round's screens
        self.label = label
        self.action = action
        self.size = size
        self.align = align
        self.hint = hint  # small words on the right, e.g. a key to press
        self.pressed = False

    def activate(self) -> bool:
        if self.action is None:
            return False
        self.action()
        return True

    def label_box(self, scale: float) -> pygame.Rect:
        pad_x = theme.px(22, scale)
        pad_y = theme.px(6, scale)
        return self.rect.inflate(-2 * pad_x, -2 * pad_y)

    def draw(self, surface: pygame.Surface, app: "Services", focused: bool) -> None:
        scale = app.scale
        if self.look == "card":
            card(surface, self.rect, scale, focused)
            inner = self.rect.inflate(-theme.px(20, scale), -theme.px(8, scale))
            draw_fitted(surface, app.text, _(self.label), theme.px(self.size, scale), theme.PAPER,
                        inner, align="center", bold=True)
            return
        plate(surface, self.rect, scale, focused, self.pressed)
        colour = theme.PAPER if focused else theme.MIST
        box = self.label_box(scale)
        if self.hint and box.w > 0:
            hint_px = theme.px(theme.SMALL, scale)
            hint_w = min(app.text.size(_(self.hint), hint_px)[0], box.w // 3)
            hint_box = pygame.Rect(box.right - hint_w, box.y, hint_w, box.h)
            draw_fitted(surface, app.text, _(self.hint), hint_px, theme.SMOKE, hint_box,
                        align="right", min_px=10)
            box = pygame.Rect(box.x, box.y, box.w - hint_w - theme.px(12, scale), box.h)
        draw_fitted(surface, app.text, _(self.label), theme.px(self.size, scale), colour, box,
                    align=self.align, bold=focused)


class Link(Button):
    """A quieter button: words and an underline, no plate (e.g. the round settings line)."""

    def label_box(self, scale: float) -> pygame.Rect:
        return self.rect.inflate(-2 * theme.px(14, scale), -2 * theme.px(6, scale))

    def draw(self, surface: pygame.Surface, app: "Services", focused: bool) -> None:
        scale = app.scale
        radius = theme.px(8, scale)
        if focused:
            round_rect(surface, theme.SLATE, self.rect, radius)
        colour = theme.PAPER if focused else theme.MIST
        box = self.label_box(scale)
        rects = draw_fitted(surface, app.text, _(self.label), theme.px(self.size, scale), colour,
                            box, align=self.align)
        if rects:
            last = rects[-1]
            y = min(last.bottom - theme.px(2, scale), self.rect.bottom - theme.px(3, scale))
            accent = theme.AMBER if focused else theme.ASH
            pygame.draw.line(surface, accent, (last.x, y), (last.right, y),
                             max(1, theme.px(2, scale)))


class OptionRow(Widget):
    """A labelled setting: the label on the left, its value on the right."""

    def __init__(self, label: str, get: Callable[[], Any], set: Callable[[Any], None]) -> None:
        super().__init__()
        self.label = label
        self.get = get
        self.set = set

    def value_text(self) -> str:
        return str(self.get())

    def value_width(self, scale: float) -> int:
        return min(theme.px(320, scale), self.rect.w // 2)

    def _boxes(self, scale: float) -> tuple[pygame.Rect, pygame.Rect]:
        pad = theme.px(22, scale)
        inner = self.rect.inflate(-2 * pad, -theme.px(8, scale))
        vw = self.value_width(scale)
        value = pygame.Rect(inner.right - vw, inner.y, vw, inner.h)
        label = pygame.Rect(inner.x, inner.y, max(0, inner.w - vw - theme.px(16, scale)), inner.h)
        return label, value

    def draw(self, surface: pygame.Surface, app: "Services", focused: bool) -> None:
        scale = app.scale
        plate(surface, self.rect, scale, focused)
        label_box, value_box = self._boxes(scale)
        colour = theme.PAPER if focused else theme.MIST
        draw_fitted(surface, app.text, _(self.label), theme.px(theme.BODY, scale), colour,
                    label_box, bold=focused)
        self.draw_value(surface, app, value_box, focused)

    def draw_value(self, surface: pygame.Surface, app: "Services", box: pygame.Rect, focused: bool) -> None:
        draw_fitted(surface, app.text, self.value_text(), theme.px(theme.BODY, app.scale),
                    theme.PAPER, box, align="right")


class Toggle(OptionRow):
    def activate(self) -> bool:
        self.set(not self.get())
        return True

    def adjust(self, step: int) -> bool:
        want = step > 0
        if bool(self.get()) == want:
            return False
        self.set(want)
        return True

    def draw_value(self, surface: pygame.Surface, app: "Services", box: pygame.Rect, focused: bool) -> None:
        scale = app.scale
        on = bool(self.get())
        # A switch shape plus the word, so the state never rests on colour alone.
        sw_h = min(theme.px(30, scale), box.h)
        sw_w = sw_h * 2
        switch = pygame.Rect(box.right - sw_w, box.centery - sw_h // 2, sw_w, sw_h)
        round_rect(surface, theme.AMBER if on else theme.ASH, switch, sw_h // 2)
        knob_r = max(2, sw_h // 2 - theme.px(4, scale))
        knob_x = switch.right - sw_h // 2 if on else switch.x + sw_h // 2
        pygame.draw.circle(surface, theme.PAPER if on else theme.MIST, (knob_x, switch.centery), knob_r)
        word_box = pygame.Rect(box.x, box.y, max(0, box.w - sw_w - theme.px(12, scale)), box.h)
        draw_fitted(surface, app.text, pgettext("switch", "On") if on else pgettext("switch", "Off"), theme.px(theme.BODY, scale),
                    theme.PAPER if on else theme.SMOKE, word_box, align="right")


class Choice(OptionRow):
    """Cycles through a fixed list of values with Left/Right (or Enter, or a click)."""

    def __init__(self, label: str, options: Sequence[Any], get: Callable[[], Any],
                 set: Callable[[Any], None], describe: Callable[[Any], str] = str) -> None:
        super().__init__(label, get, set)
        self.options = list(options)
        self.describe = describe

    def index(self) -> int:
        try:
            return self.options.index(self.get())
        except ValueError:
            return 0

    def adjust(self, step: int) -> bool:
        if len(self.options) < 2:
            return False
        self.set(self.options[(self.index() + step) % len(self.options)])
        return True

    def activate(self) -> bool:
        return self.adjust(1)

    def click(self, pos: tuple[int, int]) -> bool:
        # The left arrow steps back; anywhere else steps on.
        _label, value = self._boxes(self._scale)
        return self.adjust(-1 if pos[0] < value.x + value.h else 1)

    def value_text(self) -> str:
        return self.describe(self.get())

    def draw_value(self, surface: pygame.Surface, app: "Services", box: pygame.Rect, focused: bool) -> None:
        scale = app.scale
        arrow = min(theme.px(20, scale), box.h // 2)
        colour = theme.AMBER if focused else theme.ASH
        cy = box.centery
        left = [(box.x + arrow // 2, cy), (box.x + arrow, cy - arrow // 2), (box.x + arrow, cy + arrow // 2)]
        right = [(box.right - arrow // 2, cy), (box.right - arrow, cy - arrow // 2),
                 (box.right - arrow, cy + arrow // 2)]
        if len(self.options) > 1:
            pygame.draw.polygon(surface, colour, left)
            pygame.draw.polygon(surface, colour, right)
        inner = box.inflate(-4 * arrow, 0)
        draw_fitted(surface, app.text, self.value_text(), theme.px(theme.BODY, scale),
                    theme.PAPER, inner, align="center")


class Slider(OptionRow):
    """A value from 0 to 1 in steps; Left/Right, click or drag on the bar."""

    def __init__(self, label: str, get: Callable[[], float], set: Callable[[float], None],
                 step: float = 0.1) -> None:
        super().__init__(label, get, set)
        self.step = step

    def _bar(self, scale: float) -> pygame.Rect:
        _label, value = self._boxes(scale)
        number_w = theme.px(70, scale)
        if self._text is not None:  # the number keeps its room at any text size
            number_w = max(number_w, self._text.size("100%", theme.px(theme.LABEL, scale))[0]
                           + theme.px(12, scale))
        return pygame.Rect(value.x, value.centery - theme.px(4, scale),
                           max(1, value.w - number_w), theme.px(8, scale))

    def _set(self, v: float) -> bool:
        v = round(min(1.0, max(0.0, v)) / self.step) * self.step
        v = round(v, 4)
        if abs(v - float(self.get())) < 1e-9:
            return False
        self.set(v)
        return True

    def adjust(self, step: int) -> bool:
        return self._set(float(self.get()) + step * self.step)

    def activate(self) -> bool:
        return False

    def click(self, pos: tuple[int, int]) -> bool:
        return self.drag(pos)

    def drag(self, pos: tuple[int, int]) -> bool:
        bar = self._bar(self._scale)
        return self._set((pos[0] - bar.x) / max(1, bar.w))

    _text = None  # the renderer, kept from drawing so the bar's maths matches it

    def draw_value(self, surface: pygame.Surface, app: "Services", box: pygame.Rect, focused: bool) -> None:
        scale = app.scale
        self._text = app.text
        bar = self._bar(scale)
        value = float(self.get())
        round_rect(surface, theme.ASH, bar, bar.h // 2)
        filled = pygame.Rect(bar.x, bar.y, max(bar.h, int(bar.w * value)), bar.h)
        round_rect(surface, theme.AMBER if focused else theme.MIST, filled, bar.h // 2)
        pygame.draw.circle(surface, theme.PAPER, (bar.x + int(bar.w * value), bar.centery),
                           theme.px(11, scale))
        number = pygame.Rect(bar.right + theme.px(8, scale), box.y,
                             max(0, box.right - bar.right - theme.px(8, scale)), box.h)
        draw_fitted(surface, app.text, f"{round(value * 100)}%", theme.px(theme.LABEL, scale),
                    theme.PAPER, number, align="right", min_px=10)

