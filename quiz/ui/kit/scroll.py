"""A tall column of rows seen through a window: wheel, keys, drag and tap."""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence, TYPE_CHECKING

import pygame

from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.pointer import DRAG_SLOP
from quiz.ui.kit.shapes import round_rect

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

class ScrollList:
    """A tall column of rows seen through a window: wheel, keys, drag and tap.

    Rows are the screen's own objects; ``measure(row, width)`` gives a row's
    height and ``draw_row(surface, row, rect, focused)`` paints it, so wrapped
    rows of any height work.
    """

    def __init__(self, app: "Services", rows: Sequence[Any], measure: Callable[[Any, int], int],
                 draw_row: Callable[[pygame.Surface, Any, pygame.Rect, bool], None],
                 on_activate: Optional[Callable[[int], Any]] = None, wheel_step: int = 0,
                 track=(4, 6, theme.SLATE, 4)) -> None:
        self.app = app
        self.wheel_step = wheel_step  # pixels a wheel notch scrolls at the design size; 0: an eighth
        # The scroll bar at the design size: width, gap from the rows, colour, shortest thumb (widths).
        self.track = track
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

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if name == actions.SCROLL:
            self.scroll(int(action.value * self._wheel_pixels()))
            return None
        page = max(1, self.rect.h - self.rect.h // 6)
        if name == actions.PAGE_DOWN:
            self.scroll(page)
            self._focus_visible()
        elif name == actions.PAGE_UP:
            self.scroll(-page)
            self._focus_visible()
        elif name == actions.FIRST:
            self.set_focus(0)
        elif name == actions.LAST:
            self.set_focus(len(self.rows) - 1)
        elif action.is_pointer:
            return self._point(action)
        else:
            return action
        return None

    def _point(self, action: Action) -> Optional[Action]:
        pos = action.pos
        if action.name == actions.PRESS:
            if not self.rect.collidepoint(pos):
                return action
            self._press, self._press_offset, self._dragging = pos, self.offset, False
            return None
        if action.name == actions.POINT and self._press is not None:
            dy = pos[1] - self._press[1]
            if self._dragging or abs(dy) > DRAG_SLOP:
                self._dragging = True
                self.offset = self._press_offset - dy
                self._clamp()
            return None
        if action.name == actions.RELEASE and self._press is not None:
            dragged, self._press, self._dragging = self._dragging, None, False
            if not dragged:
                hit = self.row_at(pos)
                if hit is not None:
                    self.focus = hit
                    if self.on_activate is not None:
                        self.on_activate(hit)
            return None
        if action.name == actions.POINT and not action.touch:
            hit = self.row_at(pos)
            if hit is not None:
                self.focus = hit
        return action

    @property
    def pressed(self) -> bool:
        """A press on the list has not been let go yet (it may become a drag)."""
        return self._press is not None

    def _wheel_pixels(self) -> int:
        if self.wheel_step:
            return theme.px(self.wheel_step, self.app.scale)
        return max(24, self.rect.h // 8)

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
            width, gap, colour, shortest = self.track
            w = theme.px(width, scale)
            track = pygame.Rect(self.rect.right + theme.px(gap, scale), self.rect.y, w, self.rect.h)
            if track.right <= surface.get_width():
                round_rect(surface, colour, track, w // 2)
                h = max(w * shortest, int(track.h * self.rect.h / max(1, self.content_height)))
                y = track.y + int((track.h - h) * self.offset / max(1, self.max_offset))
                round_rect(surface, theme.MIST, pygame.Rect(track.x, y, w, h), w // 2)
