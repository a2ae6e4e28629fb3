"""Buttons, option rows, menus and lists shared by the screens.

Widgets keep their own layout (``rect``) and small interaction state (focus,
press, drag); they draw through the app's ``Text`` so labels always fit their
box. A ``Menu`` gives a column of widgets keyboard focus (arrows, Tab,
Shift-Tab, Enter, Space, Left/Right), mouse hover and click, and touch.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Optional, Sequence

import pygame

from quiz.ui import theme
from quiz.ui.scene import Scene

CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
# A press that moves further than this (in pixels) is a drag, not a click.
DRAG_SLOP = 8


def film_edge(size: tuple[int, int]) -> int:
    """Height of the backdrop's perforated film edges, so screens keep their words off them."""
    return theme.px(22, theme.layout_scale(size))


# ---------------------------------------------------------------- text drawing


def line_x(box: pygame.Rect, width: int, align: str) -> int:
    """Left edge of a line ``width`` wide set in ``box`` by ``align`` (left, center, right)."""
    if align == "center":
        return box.x + (box.w - width) // 2
    if align == "right":
        return box.right - width
    return box.x


def block_y(box: pygame.Rect, height: int, valign: str) -> int:
    """Top of a block ``height`` tall set in ``box`` (top, middle or center, bottom)."""
    if valign in ("middle", "center"):
        return box.y + (box.h - height) // 2
    if valign == "bottom":
        return box.bottom - height
    return box.y


def ellipsize(text: Any, line: str, px: int, width: int, bold: bool = False) -> str:
    """``line`` cut so that it and a closing "…" fit ``width``."""
    return text.ellipsize(line, px, width, bold)

def draw_lines(surface: pygame.Surface, text: Any, lines: Sequence[str], size: int,
               colour, box: pygame.Rect, align: str = "left", valign: str = "top",
               bold: bool = False) -> list[pygame.Rect]:
    """Blit already wrapped lines inside ``box``; returns where each line went.

    Every screen draws its words through here, so one check in the tests can
    hold all of them to their boxes. The clip keeps a rare overflow from
    spilling over neighbours on screen.
    """
    height = text.line_height(size)
    y = block_y(box, height * len(lines), valign)
    rects = []
    old_clip = surface.get_clip()
    surface.set_clip(box.clip(old_clip) if old_clip else box)
    for line in lines:
        image = text.render(line, size, colour, bold=bold)
        w = image.get_width()
        x = line_x(box, w, align)
        rect = pygame.Rect(x, y, w, height)
        surface.blit(image, (x, y + (height - image.get_height()) // 2))
        rects.append(rect)
        y += height
    surface.set_clip(old_clip)
    return rects


def draw_fitted(surface: pygame.Surface, text: Any, label: str, size: int, colour,
                box: pygame.Rect, align: str = "left", valign: str = "middle",
                bold: bool = False, min_px: int = 12) -> list[pygame.Rect]:
    """Shrink and wrap ``label`` until it fits ``box``, then draw it."""
    if box.w <= 0 or box.h <= 0 or not label:
        return []
    fitted, lines = text.fit(label, size, box.w, box.h, min_px=min_px, bold=bold)
    room = max(1, box.h // max(1, text.line_height(fitted)))
    if len(lines) > room:
        # Even the smallest size is too tall: keep what fits and say there is more.
        lines = lines[:room]
        lines[-1] = ellipsize(text, lines[-1], fitted, box.w, bold)
    return draw_lines(surface, text, lines, fitted, colour, box, align, valign, bold)


def round_rect(surface: pygame.Surface, colour, rect: pygame.Rect, radius: int,
               width: int = 0) -> None:
    pygame.draw.rect(surface, colour, rect, width, border_radius=max(0, radius))


# ---------------------------------------------------------------- widgets

class Widget:
    """Something in a menu: it has a box, may take focus and may be activated."""

    focusable = True
    help = ""  # one line about what it does, shown while it has focus
    _scale = 1.0  # the layout scale, kept by the menu so pointer maths matches the drawing

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

    def draw(self, surface: pygame.Surface, app: Any, focused: bool) -> None:
        raise NotImplementedError


def _plate(surface: pygame.Surface, rect: pygame.Rect, scale: float, focused: bool,
           pressed: bool = False) -> None:
    """The shared look of a menu item: grey plate, warm bar when focused."""
    radius = theme.px(10, scale)
    if focused:
        round_rect(surface, theme.ASH if pressed else theme.SLATE, rect, radius)
        bar = pygame.Rect(rect.x, rect.y + rect.h // 5, theme.px(5, scale), rect.h - 2 * (rect.h // 5))
        round_rect(surface, theme.AMBER, bar, theme.px(3, scale))
    else:
        round_rect(surface, theme.NIGHT, rect, radius)
        round_rect(surface, theme.SLATE, rect, radius, width=max(1, theme.px(1, scale)))


class Button(Widget):
    def __init__(self, label: str, action: Optional[Callable[[], Any]] = None,
                 size: int = theme.BODY, align: str = "left", hint: str = "") -> None:
        super().__init__()
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

    def draw(self, surface: pygame.Surface, app: Any, focused: bool) -> None:
        scale = app.scale
        _plate(surface, self.rect, scale, focused, self.pressed)
        colour = theme.PAPER if focused else theme.MIST
        box = self.label_box(scale)
        if self.hint and box.w > 0:
            hint_px = theme.px(theme.SMALL, scale)
            hint_w = min(app.text.size(self.hint, hint_px)[0], box.w // 3)
            hint_box = pygame.Rect(box.right - hint_w, box.y, hint_w, box.h)
            draw_fitted(surface, app.text, self.hint, hint_px, theme.SMOKE, hint_box,
                        align="right", min_px=10)
            box = pygame.Rect(box.x, box.y, box.w - hint_w - theme.px(12, scale), box.h)
        draw_fitted(surface, app.text, self.label, theme.px(self.size, scale), colour, box,
                    align=self.align, bold=focused)


class Link(Button):
    """A quieter button: words and an underline, no plate (e.g. the round settings line)."""

    def label_box(self, scale: float) -> pygame.Rect:
        return self.rect.inflate(-2 * theme.px(14, scale), -2 * theme.px(6, scale))

    def draw(self, surface: pygame.Surface, app: Any, focused: bool) -> None:
        scale = app.scale
        radius = theme.px(8, scale)
        if focused:
            round_rect(surface, theme.SLATE, self.rect, radius)
        colour = theme.PAPER if focused else theme.MIST
        box = self.label_box(scale)
        rects = draw_fitted(surface, app.text, self.label, theme.px(self.size, scale), colour,
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

    def draw(self, surface: pygame.Surface, app: Any, focused: bool) -> None:
        scale = app.scale
        _plate(surface, self.rect, scale, focused)
        label_box, value_box = self._boxes(scale)
        colour = theme.PAPER if focused else theme.MIST
        draw_fitted(surface, app.text, self.label, theme.px(theme.BODY, scale), colour,
                    label_box, bold=focused)
        self.draw_value(surface, app, value_box, focused)

    def draw_value(self, surface: pygame.Surface, app: Any, box: pygame.Rect, focused: bool) -> None:
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

    def draw_value(self, surface: pygame.Surface, app: Any, box: pygame.Rect, focused: bool) -> None:
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
        draw_fitted(surface, app.text, "On" if on else "Off", theme.px(theme.BODY, scale),
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
        _, value = self._boxes(self._scale)
        return self.adjust(-1 if pos[0] < value.x + value.h else 1)

    def value_text(self) -> str:
        return self.describe(self.get())

    def draw_value(self, surface: pygame.Surface, app: Any, box: pygame.Rect, focused: bool) -> None:
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
        _, value = self._boxes(scale)
        number_w = theme.px(70, scale)
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

    def draw_value(self, surface: pygame.Surface, app: Any, box: pygame.Rect, focused: bool) -> None:
        scale = app.scale
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


# ---------------------------------------------------------------- pointer helpers

def pointer_pos(event: pygame.event.Event, size: tuple[int, int]) -> Optional[tuple[int, int]]:
    """Where a mouse or finger event happened, in window pixels (None for other events)."""
    if event.type in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
        return int(event.x * size[0]), int(event.y * size[1])
    if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
        # SDL also turns every touch into a mouse event; the finger event is used instead.
        if getattr(event, "touch", False):
            return None
        return event.pos
    return None


def is_press(event: pygame.event.Event) -> bool:
    return (event.type == pygame.FINGERDOWN
            or (event.type == pygame.MOUSEBUTTONDOWN and event.button == 1))


def is_release(event: pygame.event.Event) -> bool:
    return (event.type == pygame.FINGERUP
            or (event.type == pygame.MOUSEBUTTONUP and event.button == 1))


def is_move(event: pygame.event.Event) -> bool:
    return event.type in (pygame.MOUSEMOTION, pygame.FINGERMOTION)


# ---------------------------------------------------------------- menu

class Menu:
    """Focus, keys and pointer for a list of widgets the screen has laid out."""

    def __init__(self, app: Any, items: Sequence[Widget], on_back: Optional[Callable[[], Any]] = None,
                 focus: int = 0) -> None:
        self.app = app
        self.items = list(items)
        self.on_back = on_back
        self.focus = focus
        self._pressed: Optional[Widget] = None

    @property
    def focused(self) -> Optional[Widget]:
        if 0 <= self.focus < len(self.items):
            return self.items[self.focus]
        return None

    def move(self, step: int) -> None:
        n = len(self.items)
        for _ in range(n):
            self.focus = (self.focus + step) % n
            if self.items[self.focus].focusable:
                return

    def item_at(self, pos: tuple[int, int]) -> Optional[int]:
        for i, item in enumerate(self.items):
            if item.focusable and item.rect.collidepoint(pos):
                return i
        return None

    def _click_sound(self) -> None:
        sound = getattr(self.app, "sound", None)
        if sound is not None:
            sound.play("click")

    def process_event(self, event: pygame.event.Event) -> Optional[pygame.event.Event]:
        for item in self.items:
            item._scale = self.app.scale
        if event.type == pygame.KEYDOWN:
            return self._key(event)
        pos = pointer_pos(event, self.app.size)
        if pos is None:
            return event
        hit = self.item_at(pos)
        if is_move(event):
            if self._pressed is not None:
                self._pressed.drag(pos)
                return None
            if hit is not None and event.type == pygame.MOUSEMOTION:
                self.focus = hit
            return event
        if is_press(event):
            if hit is None:
                return event
            self.focus = hit
            self._pressed = self.items[hit]
            if isinstance(self._pressed, Button):
                self._pressed.pressed = True
            if isinstance(self._pressed, Slider):
                self._pressed.drag(pos)
            return None
        if is_release(event):
            pressed, self._pressed = self._pressed, None
            if isinstance(pressed, Button):
                pressed.pressed = False
            if pressed is None:
                return event
            if hit is not None and self.items[hit] is pressed and not isinstance(pressed, Slider):
                self._click_sound()
                pressed.click(pos)
            return None
        return event

    def _key(self, event: pygame.event.Event) -> Optional[pygame.event.Event]:
        key = event.key
        shift = bool(event.mod & pygame.KMOD_SHIFT)
        if key in (pygame.K_UP, pygame.K_KP8) or (key == pygame.K_TAB and shift):
            self.move(-1)
        elif key in (pygame.K_DOWN, pygame.K_KP2, pygame.K_TAB):
            self.move(1)
        elif key in (pygame.K_HOME, pygame.K_PAGEUP):
            self.focus = len(self.items) - 1
            self.move(1)
        elif key in (pygame.K_END, pygame.K_PAGEDOWN):
            self.focus = 0
            self.move(-1)
        elif key in CONFIRM_KEYS:
            item = self.focused
            if item is None or not item.activate():
                return event
            self._click_sound()
        elif key in (pygame.K_LEFT, pygame.K_RIGHT):
            item = self.focused
            if item is None or not item.adjust(-1 if key == pygame.K_LEFT else 1):
                return event
            self._click_sound()
        elif key == pygame.K_ESCAPE and self.on_back is not None:
            self.on_back()
        else:
            return event
        return None

    def draw(self, surface: pygame.Surface) -> None:
        for i, item in enumerate(self.items):
            item.draw(surface, self.app, i == self.focus)


# ---------------------------------------------------------------- scrolling list

class ScrollList:
    """A tall column of rows seen through a window: wheel, keys, drag and tap.

    Rows are the screen's own objects; ``measure(row, width)`` gives a row's
    height and ``draw_row(surface, row, rect, focused)`` paints it, so wrapped
    rows of any height work.
    """

    def __init__(self, app: Any, rows: Sequence[Any], measure: Callable[[Any, int], int],
                 draw_row: Callable[[pygame.Surface, Any, pygame.Rect, bool], None],
                 on_activate: Optional[Callable[[int], Any]] = None) -> None:
        self.app = app
        self.rows = list(rows)
        self.measure = measure
        self.draw_row = draw_row
        self.on_activate = on_activate
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.focus = 0
        self.offset = 0
        self.gap = 0
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._press: Optional[tuple[int, int]] = None
        self._press_offset = 0
        self._dragging = False

    def layout(self, rect: pygame.Rect, gap: int = 0) -> None:
        self.rect = pygame.Rect(rect)
        self.gap = gap
        self._tops, self._heights = [], []
        y = 0
        for row in self.rows:
            h = max(1, self.measure(row, rect.w))
            self._tops.append(y)
            self._heights.append(h)
            y += h + gap
        self.content_height = max(0, y - gap)
        self.focus = min(self.focus, max(0, len(self.rows) - 1))
        self._clamp()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.rows = list(rows)
        self.layout(self.rect, self.gap)

    @property
    def max_offset(self) -> int:
        return max(0, getattr(self, "content_height", 0) - self.rect.h)

    def _clamp(self) -> None:
        self.offset = min(max(0, self.offset), self.max_offset)

    def scroll(self, pixels: int) -> None:
        self.offset += pixels
        self._clamp()

    def row_rect(self, i: int) -> pygame.Rect:
        return pygame.Rect(self.rect.x, self.rect.y + self._tops[i] - self.offset,
                           self.rect.w, self._heights[i])

    def reveal(self, i: int) -> None:
        if not self._tops:
            return
        top, h = self._tops[i], self._heights[i]
        if top < self.offset:
            self.offset = top
        elif top + h > self.offset + self.rect.h:
            self.offset = top + h - self.rect.h
        self._clamp()

    def set_focus(self, i: int) -> None:
        if self.rows:
            self.focus = max(0, min(len(self.rows) - 1, i))
            self.reveal(self.focus)

    def row_at(self, pos: tuple[int, int]) -> Optional[int]:
        if not self.rect.collidepoint(pos):
            return None
        for i in range(len(self.rows)):
            if self.row_rect(i).collidepoint(pos):
                return i
        return None

    def process_event(self, event: pygame.event.Event) -> Optional[pygame.event.Event]:
        if event.type == pygame.MOUSEWHEEL:
            self.scroll(-int(event.y * max(24, self.rect.h // 8)))
            return None
        if event.type == pygame.KEYDOWN:
            page = max(1, self.rect.h - self.rect.h // 6)
            if event.key == pygame.K_PAGEDOWN:
                self.scroll(page)
                self._focus_visible()
            elif event.key == pygame.K_PAGEUP:
                self.scroll(-page)
                self._focus_visible()
            elif event.key == pygame.K_HOME:
                self.set_focus(0)
            elif event.key == pygame.K_END:
                self.set_focus(len(self.rows) - 1)
            else:
                return event
            return None
        pos = pointer_pos(event, self.app.size)
        if pos is None:
            return event
        if is_press(event) and self.rect.collidepoint(pos):
            self._press, self._press_offset, self._dragging = pos, self.offset, False
            return None
        if is_move(event) and self._press is not None:
            dy = pos[1] - self._press[1]
            if self._dragging or abs(dy) > DRAG_SLOP:
                self._dragging = True
                self.offset = self._press_offset - dy
                self._clamp()
            return None
        if is_release(event) and self._press is not None:
            dragged, self._press, self._dragging = self._dragging, None, False
            if not dragged:
                hit = self.row_at(pos)
                if hit is not None:
                    self.focus = hit
                    if self.on_activate is not None:
                        self.on_activate(hit)
            return None
        if event.type == pygame.MOUSEMOTION and self._press is None:
            hit = self.row_at(pos)
            if hit is not None:
                self.focus = hit
        return event

    def _focus_visible(self) -> None:
        """After paging, keep the focus on a row that can be seen."""
        for i in range(len(self.rows)):
            r = self.row_rect(i)
            if r.top >= self.rect.top and (r.bottom <= self.rect.bottom or r.h > self.rect.h):
                if self.focus < i or not self._visible(self.focus):
                    self.focus = i
                break

    def _visible(self, i: int) -> bool:
        r = self.row_rect(i)
        return r.bottom > self.rect.top and r.top < self.rect.bottom

    def draw(self, surface: pygame.Surface, focused: bool = True) -> None:
        old_clip = surface.get_clip()
        surface.set_clip(self.rect.clip(old_clip) if old_clip else self.rect)
        for i in range(len(self.rows)):
            r = self.row_rect(i)
            if r.bottom < self.rect.top or r.top > self.rect.bottom:
                continue
            self.draw_row(surface, self.rows[i], r, focused and i == self.focus)
        surface.set_clip(old_clip)
        if self.max_offset > 0:
            # A thin track on the right says there is more to scroll.
            scale = self.app.scale
            w = theme.px(4, scale)
            track = pygame.Rect(self.rect.right + theme.px(6, scale), self.rect.y, w, self.rect.h)
            if track.right <= surface.get_width():
                round_rect(surface, theme.SLATE, track, w // 2)
                h = max(w * 4, int(track.h * self.rect.h / max(1, self.content_height)))
                y = track.y + int((track.h - h) * self.offset / max(1, self.max_offset))
                round_rect(surface, theme.MIST, pygame.Rect(track.x, y, w, h), w // 2)


# ---------------------------------------------------------------- background

class Backdrop:
    """The menus' motif: a strip of film in the greys of the present, with a
    warm leak of light, the colour of the past, drifting across it.

    The still parts are painted once per window size. The glow moves a few
    pixels a second, so the picture is put together again only when it has
    moved a step; most frames are a single opaque blit, which keeps a menu
    cheap to draw.
    """

    STEP = 2  # pixels the glow moves before the picture is put together again

    def __init__(self) -> None:
        self._size: Optional[tuple[int, int]] = None
        self._base: Optional[pygame.Surface] = None
        self._glow: Optional[pygame.Surface] = None
        self._picture: Optional[pygame.Surface] = None
        self._picture_key: Optional[tuple] = None

    def _build_base(self, size: tuple[int, int]) -> None:
        w, h = size
        scale = theme.layout_scale(size)
        base = pygame.Surface(size)
        # A soft vertical fall from night to ink, in bands (cheap, no per-pixel work).
        bands = 48
        for i in range(bands):
            t = i / (bands - 1)
            colour = theme.mix((30, 30, 35), theme.INK, t)
            y0 = h * i // bands
            y1 = h * (i + 1) // bands
            base.fill(colour, pygame.Rect(0, y0, w, y1 - y0 + 1))
        # Film edges: perforations along the top and bottom.
        edge = theme.px(22, scale)
        hole_w, hole_h = theme.px(16, scale), theme.px(10, scale)
        pitch = theme.px(34, scale)
        for y in (0, h - edge):
            base.fill(theme.INK, pygame.Rect(0, y, w, edge))
            for x in range(pitch // 2, w, pitch):
                hole = pygame.Rect(x, y + (edge - hole_h) // 2, hole_w, hole_h)
                pygame.draw.rect(base, (36, 36, 41), hole, border_radius=max(1, hole_h // 3))
        self._base = base.convert() if pygame.display.get_surface() else base
        self._glow = None
        self._picture = None
        self._picture_key = None
        self._size = size

    def _build_glow(self, size: tuple[int, int]) -> None:
        # A small radial fade, smoothly scaled up: no visible rings, little work.
        w, h = size
        radius = max(2, int(max(w, h) * 0.42))
        n = 32
        small = pygame.Surface((n, n), pygame.SRCALPHA)
        warm = theme.saturate(theme.AMBER, 0.75)
        for y in range(n):
            for x in range(n):
                d = math.hypot(x - n / 2 + 0.5, y - n / 2 + 0.5) / (n / 2)
                a = max(0.0, 1.0 - d) ** 2
                small.set_at((x, y), (*warm, int(60 * a)))
        self._glow = pygame.transform.smoothscale(small, (radius * 2, radius * 2))

    def _glow_at(self, size: tuple[int, int], time: float, still: bool) -> tuple[int, int]:
        w, h = size
        t = 0.0 if still else time
        gw = 2 * max(2, int(max(w, h) * 0.42))  # the glow's width, as _build_glow makes it
        cx = w * (0.78 + 0.05 * math.sin(t * 0.11))
        cy = h * (0.62 + 0.06 * math.cos(t * 0.07))
        return (int(cx - gw / 2) // self.STEP * self.STEP, int(cy - gw / 2) // self.STEP * self.STEP)

    def redraw_key(self, size: tuple[int, int], time: float = 0.0, still: bool = False) -> tuple:
        """Differs whenever ``draw`` with these arguments would paint another picture."""
        return (tuple(size), self._size == tuple(size), self._glow_at(tuple(size), time, still))

    def draw(self, surface: pygame.Surface, time: float = 0.0, still: bool = False,
             warmth: float = 1.0) -> None:
        """Paint the backdrop; ``warmth`` 0 leaves out the warm light (plain greys)."""
        size = surface.get_size()
        if self._size != size or warmth <= 0:
            # The first frame at a new size goes out without the glow; it joins on
            # the next one, so opening the window is not held up by it.
            if self._size != size:
                self._build_base(size)
            surface.blit(self._base, (0, 0))
            return
        if self._glow is None:
            self._build_glow(size)
        key = self._glow_at(size, time, still)
        if key != self._picture_key:
            picture = self._picture or self._base.copy()
            picture.blit(self._base, (0, 0))
            picture.blit(self._glow, key)
            self._picture, self._picture_key = picture, key
        surface.blit(self._picture, (0, 0))

    def edge(self, size: tuple[int, int]) -> int:
        return film_edge(size)


# ---------------------------------------------------------------- menu screens

class Screen(Scene):
    """What the menu screens share: the backdrop, a heading over a centred
    column, a line of key hints at the foot, and layout redone on resize."""

    heading = ""
    subheading = ""
    column_width = 820  # at the design size

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.regions: dict[str, pygame.Rect] = {}

    # Subclasses place their widgets here, from the regions worked out below.
    def layout(self) -> None:
        pass

    def footer_text(self) -> str:
        return "Arrows choose · Enter selects · Esc goes back"

    def on_enter(self) -> None:
        self.relayout()

    def on_resize(self, size: tuple[int, int]) -> None:
        self.relayout()

    def relayout(self) -> None:
        size = self.app.size
        w, h = size
        s = theme.layout_scale(size)
        text = self.app.text
        edge = self.app.backdrop.edge(size)
        col_w = min(w - 2 * max(theme.px(40, s), int(w * 0.05)), theme.px(self.column_width, s))
        x = (w - col_w) // 2
        top = edge + theme.px(30, s)
        head_h = text.line_height(theme.px(theme.HEADING, s))
        heading = pygame.Rect(x, top, col_w, head_h)
        sub_h = text.line_height(theme.px(theme.LABEL, s)) * 2 if self.subheading else 0
        sub = pygame.Rect(x, heading.bottom + theme.px(14, s), col_w, sub_h)
        foot_h = text.line_height(theme.px(theme.SMALL, s))
        footer = pygame.Rect(x, h - edge - theme.px(14, s) - foot_h, col_w, foot_h)
        body_top = (sub.bottom if sub_h else heading.bottom) + theme.px(24, s)
        body = pygame.Rect(x, body_top, col_w, max(0, footer.y - theme.px(18, s) - body_top))
        self.regions = {"heading": heading, "sub": sub, "body": body, "footer": footer}
        self.layout()

    def stack_rows(self, items: Sequence[Widget], area: pygame.Rect, row_h: int, gap: int,
                   extra_gap_before: Sequence[int] = ()) -> int:
        """Put widgets one under another in ``area``, shrinking rows to fit; returns the bottom."""
        s = self.app.scale
        extra = theme.px(14, s)
        need = len(items) * row_h + (len(items) - 1) * gap + extra * len(extra_gap_before)
        if need > area.h and items:
            shrink = max(0.45, area.h / need)
            row_h, gap, extra = int(row_h * shrink), int(gap * shrink), int(extra * shrink)
        y = area.y
        for i, item in enumerate(items):
            if i in extra_gap_before:
                y += extra
            item.rect = pygame.Rect(area.x, y, area.w, row_h)
            y += row_h + gap
        return y - gap

    def redraw_key(self):
        app = self.app
        return app.backdrop.redraw_key(app.size, app.time, app.settings.reduced_motion)

    def draw_frame(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        app.backdrop.draw(surface, app.time, still=app.settings.reduced_motion)
        heading = self.regions["heading"]
        rects = draw_fitted(surface, app.text, self.heading, theme.px(theme.HEADING, s),
                            theme.PAPER, heading, bold=True)
        if rects:
            y = heading.bottom + theme.px(5, s)
            pygame.draw.line(surface, theme.AMBER, (heading.x, y),
                             (heading.x + theme.px(56, s), y), max(1, theme.px(3, s)))
        if self.subheading:
            draw_fitted(surface, app.text, self.subheading, theme.px(theme.LABEL, s), theme.SMOKE,
                        self.regions["sub"], valign="top", min_px=11)
        draw_fitted(surface, app.text, self.footer_text(), theme.px(theme.SMALL, s), theme.SMOKE,
                    self.regions["footer"], align="center", min_px=10)


class OptionsScreen(Screen):
    """A menu screen of option rows; the focused row explains itself under the buttons."""

    menu: Menu

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.help_box = pygame.Rect(0, 0, 0, 0)

    def rows_area(self) -> pygame.Rect:
        """The body less room at the foot for two lines of help."""
        body = self.regions["body"]
        s = self.app.scale
        help_h = self.app.text.line_height(theme.px(theme.LABEL, s)) * 2
        return pygame.Rect(body.x, body.y, body.w, max(0, body.h - help_h - theme.px(12, s)))

    def place_help(self, above: int) -> None:
        body = self.regions["body"]
        gap = theme.px(12, self.app.scale)
        self.help_box = pygame.Rect(body.x, above + gap, body.w, max(0, body.bottom - above - gap))

    def process_event(self, event: pygame.event.Event):
        return self.menu.process_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        self.menu.draw(surface)
        focused = self.menu.focused
        if focused is not None and focused.help:
            draw_fitted(surface, self.app.text, focused.help, theme.px(theme.LABEL, self.app.scale),
                        theme.MIST, self.help_box, align="center", valign="top", min_px=11)
