"""High scores: the top 10 for each set of packs and each round length and timer."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

import pygame

from quiz.i18n import N_, _, lazy
from quiz.store import ScoreTable
from quiz.tables import TableKey, key_for, label
from quiz.ui import theme
from quiz.ui.kit import widgets
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import Screen
from quiz.ui.kit.shapes import round_rect
from quiz.ui.kit.words import draw_fitted, draw_text

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

# Column edges as fractions of the table's width: rank, name, score, right, streak, date.
COLUMNS = (("#", 0.0, 0.07, "right"), (N_("Name"), 0.10, 0.42, "left"), (N_("Score"), 0.42, 0.58, "right"),
           (lazy.pgettext("column of right answers", "Right"), 0.60, 0.72, "right"), (N_("Streak"), 0.74, 0.84, "right"),
           (N_("Date"), 0.86, 1.0, "right"))
RESET = N_("Reset this table")
CONFIRM_RESET = N_("Press again to reset")


def current_table(app: "Services") -> TableKey:
    """The table the next Play round would go into (by the questions it can really ask)."""
    _count, timer = app.round_length()
    plan = app.plan_round(False)
    return key_for((p.id for p in app.selected_packs()), app.next_length(), timer,
                   app.settings.streak_bonus, formats=plan.formats,
                   time_factor=plan.time_factor, speed_points=plan.speed_points)


def first_table(app: "Services") -> TableKey:
    """The table the screen opens on: the one the last timed round went to, else the next round's."""
    return app.last_table or current_table(app)


class HighScoresScene(Screen):
    heading = N_("High scores")
    column_width = 980

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        tables = list(app.store.all_tables())
        here = first_table(app)
        self.index = 0
        for i, table in enumerate(tables):
            if table.key == here:
                self.index = i
                break
        else:
            tables.insert(0, ScoreTable(here))
        self.tables = tables
        titles = {p.id: p.shown_title() for p in app.packs()}
        self.titles = titles
        self.prev_button = widgets.Button("‹", lambda: self.switch(-1), align="center",
                                          size=theme.HEADING)
        self.next_button = widgets.Button("›", lambda: self.switch(1), align="center",
                                          size=theme.HEADING)
        self.back_button = widgets.Button(lazy.pgettext("go back", "Back"), app.router.back, align="center")
        self.reset_button = widgets.Button(RESET, self.press_reset, align="center")
        self.armed = False  # the first press of Reset only asks; the second one resets
        self.menu = Menu(app, [self.back_button, self.reset_button, self.prev_button,
                               self.next_button], on_back=app.router.back)
        self._offer_reset()

    def switch(self, step: int) -> None:
        if len(self.tables) > 1:
            self.index = (self.index + step) % len(self.tables)
        self.disarm()
        self._offer_reset()

    # -- resetting one table ----------------------------------------------------

    def _offer_reset(self) -> None:
        self.reset_button.focusable = bool(self.table.entries)
        if not self.reset_button.focusable and self.menu.focused is self.reset_button:
            self.menu.focus = self.menu.items.index(self.back_button)

    def disarm(self) -> None:
        self.armed = False
        self.reset_button.label = RESET

    def press_reset(self) -> None:
        if not self.table.entries:
            return
        if not self.armed:
            self.armed = True
            self.reset_button.label = CONFIRM_RESET
            return
        self.disarm()
        removed = self.app.store.reset_scores(key=self.table.key)
        if removed is None:
            self.app.notify(_("The scores could not be reset: the file cannot be written"))
            return
        self.tables[self.index] = ScoreTable(self.table.key)
        self.app.notify(_("Scores reset for {packs}, {table}").format(packs=self.table_name(), table=label(self.table.key)))
        self._offer_reset()

    @property
    def table(self) -> ScoreTable:
        return self.tables[self.index]

    def table_name(self, table: Optional[ScoreTable] = None) -> str:
        table = table or self.table
        names = [self.titles.get(i, i) for i in table.key.pack_ids]
        return " + ".join(names) or _("No packs")

    def footer_text(self) -> str:
        if self.armed:
            return _("Press Reset again to forget this table's scores · Esc keeps them")
        if len(self.tables) > 1:
            return _("Left/Right switch tables · Esc goes back")
        return _("Esc goes back")

    def layout(self) -> None:
        body = self.regions["body"]
        s = self.app.scale
        text = self.app.text
        # The table's name and its rules, one line each, at whatever text size.
        nav_h = max(theme.px(58, s), text.line_height(theme.px(theme.BODY, s))
                    + text.line_height(theme.px(theme.SMALL, s)))
        arrow_w = nav_h
        self.prev_button.rect = pygame.Rect(body.x, body.y, arrow_w, nav_h)
        self.next_button.rect = pygame.Rect(body.right - arrow_w, body.y, arrow_w, nav_h)
        gap = theme.px(12, s)
        self.name_box = pygame.Rect(body.x + arrow_w + gap, body.y, body.w - 2 * (arrow_w + gap), nav_h)
        back_h = theme.px(52, s)
        back_w = min(theme.px(260, s), (body.w - gap) // 2)
        self.back_button.rect = pygame.Rect(body.centerx - gap // 2 - back_w, body.bottom - back_h,
                                            back_w, back_h)
        reset_w = min(theme.px(360, s), body.w - back_w - gap)
        self.reset_button.rect = pygame.Rect(body.centerx + gap // 2, body.bottom - back_h,
                                             reset_w, back_h)
        top = body.y + nav_h + theme.px(16, s)
        self.table_box = pygame.Rect(body.x, top, body.w, max(0, self.back_button.rect.y - theme.px(14, s) - top))

    def handle_action(self, action: Action) -> Optional[Action]:
        if self.armed and action.name == actions.BACK:
            self.disarm()  # Esc first takes the question back
            return None
        if action.name in (actions.LEFT, actions.RIGHT):
            self.switch(-1 if action.name == actions.LEFT else 1)
            return None
        if action.name == actions.CONFIRM and self.menu.focused is self.back_button:
            self.app.router.back()
            return None
        left = self.menu.handle_action(action)
        if self.armed and self.menu.focused is not self.reset_button:
            self.disarm()  # moving away from Reset takes the question back
        return left

    def changed_area(self, before, now, size):
        return self.glow_only_area(before, now)

    def draw(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        text = app.text
        self.draw_frame(surface)
        many = len(self.tables) > 1
        for i, button in enumerate(self.menu.items):
            if button is self.back_button or (button is self.reset_button and button.focusable) \
                    or (button in (self.prev_button, self.next_button) and many):
                button.draw(surface, app, i == self.menu.focus)
        name_px = theme.px(theme.BODY, s)
        mode_px = theme.px(theme.SMALL, s)
        name_box = pygame.Rect(self.name_box.x, self.name_box.y, self.name_box.w,
                               self.name_box.h - text.line_height(mode_px))
        # One line: a long list of packs is cut with an ellipsis rather than shrunk or wrapped.
        draw_text(surface, text, self.table_name(), name_px, theme.PAPER, name_box.center, "center",
                  bold=True, max_width=name_box.w, min_px=theme.text_px(theme.LABEL, s))
        place = label(self.table.key) + (_("  ·  table {number} of {count}").format(
            number=self.index + 1, count=len(self.tables)) if many else "")
        draw_fitted(surface, text, place, mode_px, theme.AMBER,
                            pygame.Rect(self.name_box.x, name_box.bottom, self.name_box.w,
                                        self.name_box.bottom - name_box.bottom),
                            align="center", min_px=10)
        entries = self.table.entries
        box = self.table_box
        if not entries:
            draw_fitted(surface, text,
                                _("No scores here yet. Finish a timed round with these packs and this "
                                  "length to set the first one; Practice rounds are not kept."),
                                theme.px(theme.BODY, s), theme.MIST, box.inflate(-theme.px(80, s), 0),
                                align="center")
            return
        rows = len(entries) + 1
        row_h = min(max(theme.px(40, s), text.line_height(theme.px(theme.LABEL, s)) + theme.px(4, s)),
                    box.h // max(1, rows))
        # row_h is real pixels; the size asked for is before the text size's zoom.
        size = min(theme.px(theme.LABEL, s), text.asked_px(max(10, int(row_h * 0.62))))
        pad = theme.px(14, s)
        inner = box.inflate(-2 * pad, 0)
        for c, (title, a, b, align) in enumerate(COLUMNS):
            cell = pygame.Rect(inner.x + int(inner.w * a), box.y, int(inner.w * (b - a)), row_h)
            draw_fitted(surface, text, _(title), size, theme.SMOKE, cell, align=align, min_px=9)
        for r, entry in enumerate(entries):
            y = box.y + (r + 1) * row_h
            band = pygame.Rect(box.x, y, box.w, row_h)
            if r % 2 == 0:
                round_rect(surface, theme.NIGHT, band, theme.px(6, s))
            colour = theme.AMBER if r == 0 else theme.PAPER
            cells = (f"{r + 1}", entry.name, f"{entry.score:,}", f"{entry.correct}/{entry.total}",
                     str(entry.best_streak), entry.played_at[:10])
            for (title, a, b, align), value in zip(COLUMNS, cells):
                cell = pygame.Rect(inner.x + int(inner.w * a), y, int(inner.w * (b - a)), row_h)
                ink = colour if title != "Date" else theme.SMOKE
                if title == "Name":
                    # Every name at the table's size on one line; a long one ends with "…".
                    draw_text(surface, text, value, size, ink, cell.midleft, "midleft",
                              max_width=cell.w, min_px=size)
                    continue
                draw_fitted(surface, text, value, size, ink, cell, align=align, min_px=9,
                            bold=(title == "Score"))
