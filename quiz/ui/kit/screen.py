"""What the menu screens share: the backdrop, a heading over a centred column,
a line of key hints at the foot, and layout redone on resize."""

from __future__ import annotations

from typing import Optional, Sequence, TYPE_CHECKING

import pygame

from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.widgets import Widget
from quiz.ui.kit.words import draw_fitted
from quiz.ui.scene import Scene
from quiz.ui.kit.key_hints import with_keys
from quiz.i18n import _

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

class Screen(Scene):
    """What the menu screens share: the backdrop, a heading over a centred
    column, a line of key hints at the foot, and layout redone on resize."""

    heading = ""
    subheading = ""
    column_width = 820  # at the design size

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        self.regions: dict[str, pygame.Rect] = {}
        # A window of rows when they do not all fit (see scroll_rows).
        self.scroll_top = 0
        self.scroll_window: Optional[pygame.Rect] = None
        self.scroll_more = (False, False)

    # Subclasses place their widgets here, from the regions worked out below.
    def layout(self) -> None:
        pass

    def footer_text(self) -> str:
        return _("Arrows choose · Enter selects · Esc goes back")

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
        head_h = text.line_height(text.grown(theme.px(theme.HEADING, s)))
        heading = pygame.Rect(x, top, col_w, head_h)
        sub_h = text.line_height(theme.px(theme.LABEL, s)) * 2 if self.subheading else 0
        if sub_h and text.zoom > 1:
            # At a big text size the subheading keeps to as many lines as it needs.
            lines = text.wrap(self.subheading, theme.px(theme.LABEL, s), col_w)
            sub_h = text.line_height(theme.px(theme.LABEL, s)) * max(1, min(2, len(lines)))
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

    def row_height(self, design: int, px: int = theme.BODY) -> int:
        """A row's height: the design's, or more when the text size needs it."""
        s = self.app.scale
        return max(theme.px(design, s),
                   self.app.text.line_height(theme.px(px, s)) + theme.px(16, s))

    def scroll_rows(self, items: Sequence[Widget], area: pygame.Rect, row_h: int, gap: int,
                    focus: Optional[Widget] = None, extra_gap_before: Sequence[int] = ()) -> int:
        """Put widgets one under another at their full height; when they do not all
        fit (a big text size), ``area`` shows a window of them that follows the focus
        and the wheel, and the rest are hidden until scrolled to. Returns the bottom."""
        s = self.app.scale
        extra = theme.px(14, s)
        tops, y = [], 0
        for i in range(len(items)):
            if i in extra_gap_before:
                y += extra
            tops.append(y)
            y += row_h + gap
        total = y - gap if items else 0
        room = max(row_h, area.h)
        if total <= room:
            self.scroll_top = 0
        else:
            self.scroll_top = max(0, min(self.scroll_top, total - room))
            if focus is not None and focus in items:
                top = tops[list(items).index(focus)]
                if top < self.scroll_top:
                    self.scroll_top = top
                elif top + row_h > self.scroll_top + room:
                    self.scroll_top = top + row_h - room
        self.scroll_window = pygame.Rect(area.x, area.y, area.w, min(room, total))
        self.scroll_more = (self.scroll_top > 0, self.scroll_top + room < total)
        for item, top in zip(items, tops):
            item.rect = pygame.Rect(area.x, area.y + top - self.scroll_top, area.w, row_h)
            item.hidden = not self.scroll_window.contains(item.rect)
        return area.y + min(room, total)

    def scroll_by(self, rows: int, row_h: int) -> None:
        self.scroll_top = max(0, self.scroll_top + rows * row_h)

    def draw_scroll_marks(self, surface: pygame.Surface) -> None:
        """Small arrows at the window's edges where more rows wait above or below."""
        window = self.scroll_window
        if window is None:
            return
        s = self.app.scale
        size = theme.px(9, s)
        x = window.right + theme.px(12, s)
        up, down = self.scroll_more
        if up:
            y = window.y + size
            pygame.draw.polygon(surface, theme.AMBER, [(x, y - size), (x - size, y), (x + size, y)])
        if down:
            y = window.bottom - size
            pygame.draw.polygon(surface, theme.AMBER, [(x, y + size), (x - size, y), (x + size, y)])

    def kept_clear(self) -> list[pygame.Rect]:
        return [self.regions[name] for name in ("heading", "sub")
                if name in self.regions and self.regions[name].h > 0]

    def redraw_key(self):
        app = self.app
        return app.backdrop.redraw_key(app.size, app.time, app.settings.reduced_motion)

    def glow_only_area(self, before, now):
        """For a screen whose picture is still but for the drifting glow: where two keys
        (``(super's key, the screen's own...)``, nested) differ only in the glow's step,
        its path, widened to whole widgets it crosses (a border cut by the clip's edge
        could be drawn otherwise than in full); else None (draw everything)."""
        while (isinstance(before, tuple) and isinstance(now, tuple) and len(before) == len(now)
               and len(before) > 1 and isinstance(before[0], tuple) and isinstance(now[0], tuple)
               and isinstance(before[0][0], tuple)):
            if before[1:] != now[1:]:
                return None
            before, now = before[0], now[0]
        if not (isinstance(before, tuple) and isinstance(now, tuple) and len(before) == len(now) == 3):
            return None
        area = self.app.backdrop.glow_moved(before, now)
        if area is None:
            return None
        menu = getattr(self, "menu", None)
        for widget in getattr(menu, "items", ()):
            rect = getattr(widget, "rect", None)
            if rect is not None and area.colliderect(rect):
                area = area.union(rect.inflate(4, 4))
        return area

    def draw_frame(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        app.backdrop.draw(surface, app.time, still=app.settings.reduced_motion)
        heading = self.regions["heading"]
        rects = draw_fitted(surface, app.text, _(self.heading),
                            app.text.grown(theme.px(theme.HEADING, s)),
                            theme.PAPER, heading, bold=True)
        if rects:
            y = heading.bottom + theme.px(5, s)
            pygame.draw.line(surface, theme.AMBER, (heading.x, y),
                             (heading.x + theme.px(56, s), y), max(1, theme.px(3, s)))
        if self.subheading:
            draw_fitted(surface, app.text, _(self.subheading), theme.px(theme.LABEL, s), theme.SMOKE,
                        self.regions["sub"], valign="top", min_px=11)
        draw_fitted(surface, app.text, with_keys(self.footer_text(), app.settings.bindings), theme.px(theme.SMALL, s), theme.SMOKE,
                    self.regions["footer"], align="center", min_px=10)


class OptionsScreen(Screen):
    """A menu screen of option rows; the focused row explains itself under the buttons."""

    menu: Menu

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        self.help_box = pygame.Rect(0, 0, 0, 0)

    def rows_area(self) -> pygame.Rect:
        """The body less room at the foot for two lines of help."""
        body = self.regions["body"]
        s = self.app.scale
        # Two lines of help, at a big text size no more than a fifth of the body.
        help_h = min(self.app.text.line_height(theme.px(theme.LABEL, s)) * 2,
                     max(self.app.text.line_height(theme.px(theme.LABEL, s)), body.h // 5))
        return pygame.Rect(body.x, body.y, body.w, max(0, body.h - help_h - theme.px(12, s)))

    def place_help(self, above: int) -> None:
        body = self.regions["body"]
        gap = theme.px(12, self.app.scale)
        self.help_box = pygame.Rect(body.x, above + gap, body.w, max(0, body.bottom - above - gap))

    def handle_action(self, action: Action) -> Optional[Action]:
        focus = self.menu.focus
        if action.name == actions.SCROLL and self.scroll_window is not None and self.menu.items:
            self.scroll_by(int(action.value or 0), max(1, self.menu.items[0].rect.h))
            self.layout()
            return None
        left = self.menu.handle_action(action)
        if self.menu.focus != focus:
            self.layout()  # the focus may have moved into rows scrolled out of sight
        return left

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        self.menu.draw(surface)
        self.draw_scroll_marks(surface)
        focused = self.menu.focused
        if focused is not None and focused.help:
            draw_fitted(surface, self.app.text, _(focused.help), theme.px(theme.LABEL, self.app.scale),
                        theme.MIST, self.help_box, align="center", valign="top", min_px=11)
