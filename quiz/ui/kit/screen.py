"""What the menu screens share: the backdrop, a heading over a centred column,
a line of key hints at the foot, and layout redone on resize."""

from __future__ import annotations

from typing import Optional, Sequence, TYPE_CHECKING

import pygame

from quiz.ui import theme
from quiz.ui.input.actions import Action
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.widgets import Widget
from quiz.ui.kit.words import draw_fitted
from quiz.ui.scene import Scene
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

    def kept_clear(self) -> list[pygame.Rect]:
        return [self.regions[name] for name in ("heading", "sub")
                if name in self.regions and self.regions[name].h > 0]

    def redraw_key(self):
        app = self.app
        return app.backdrop.redraw_key(app.size, app.time, app.settings.reduced_motion)

    def draw_frame(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        app.backdrop.draw(surface, app.time, still=app.settings.reduced_motion)
        heading = self.regions["heading"]
        rects = draw_fitted(surface, app.text, _(self.heading), theme.px(theme.HEADING, s),
                            theme.PAPER, heading, bold=True)
        if rects:
            y = heading.bottom + theme.px(5, s)
            pygame.draw.line(surface, theme.AMBER, (heading.x, y),
                             (heading.x + theme.px(56, s), y), max(1, theme.px(3, s)))
        if self.subheading:
            draw_fitted(surface, app.text, _(self.subheading), theme.px(theme.LABEL, s), theme.SMOKE,
                        self.regions["sub"], valign="top", min_px=11)
        draw_fitted(surface, app.text, self.footer_text(), theme.px(theme.SMALL, s), theme.SMOKE,
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
        help_h = self.app.text.line_height(theme.px(theme.LABEL, s)) * 2
        return pygame.Rect(body.x, body.y, body.w, max(0, body.h - help_h - theme.px(12, s)))

    def place_help(self, above: int) -> None:
        body = self.regions["body"]
        gap = theme.px(12, self.app.scale)
        self.help_box = pygame.Rect(body.x, above + gap, body.w, max(0, body.bottom - above - gap))

    def handle_action(self, action: Action) -> Optional[Action]:
        return self.menu.handle_action(action)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        self.menu.draw(surface)
        focused = self.menu.focused
        if focused is not None and focused.help:
            draw_fitted(surface, self.app.text, _(focused.help), theme.px(theme.LABEL, self.app.scale),
                        theme.MIST, self.help_box, align="center", valign="top", min_px=11)
