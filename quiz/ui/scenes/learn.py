"""The Learn screen: how much of each category the player has seen and learnt, and
the way into learn mode for one category or all of them.

Mastery is ``quiz.learn.mastery`` over the chosen packs' facts, the player's boxes
and their history; it is read again each time the screen comes back on top, so
leaving a sitting shows what it changed.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Optional

import pygame

from quiz.i18n import N_, _, lazy
from quiz import learn
from quiz.learn_sitting import LearnSitting
from quiz.round_plan import DEFAULT_PLAYER, player_name
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit import widgets
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import Screen
from quiz.ui.kit.shapes import plate, round_rect
from quiz.ui.kit.words import draw_fitted

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

EVERY = None  # the row that learns every category at once
COLUMNS = 2


def figures_text(m: learn.Mastery) -> str:
    return _("{seen} seen · {learnt} learnt · of {total}").format(seen=m.seen, learnt=m.learnt, total=m.total)


LEARN_KINDS = ("choice", "true_false")  # kinds answered by picking one option

class MasteryRow(widgets.Button):
    """A category with its figures and a bar: learnt filled, seen shaded."""

    def __init__(self, category: Optional[str], action) -> None:
        super().__init__(N_("Every category") if category is None else category, action)
        self.category = category
        self.mastery = learn.Mastery(0, 0, 0)

    def draw(self, surface: pygame.Surface, app: "Services", focused: bool) -> None:
        s = app.scale
        plate(surface, self.rect, s, focused, self.pressed)
        m = self.mastery
        inner = self.rect.inflate(-2 * theme.px(18, s), -2 * theme.px(6, s))
        bar_h = max(3, theme.px(7, s))
        words = pygame.Rect(inner.x, inner.y, inner.w, max(0, inner.h - bar_h - theme.px(4, s)))
        half = words.w // 2
        draw_fitted(surface, app.text, _(self.label) if self.category is None else self.label, theme.px(theme.SMALL + 2, s),
                    theme.PAPER if focused else theme.MIST,
                    pygame.Rect(words.x, words.y, half - theme.px(6, s), words.h),
                    bold=focused, min_px=14)
        draw_fitted(surface, app.text, figures_text(m), theme.px(theme.SMALL, s), theme.SMOKE,
                    pygame.Rect(words.x + half, words.y, words.w - half, words.h), align="right",
                    min_px=14)
        track = pygame.Rect(inner.x, inner.bottom - bar_h, inner.w, bar_h)
        # A focused plate is slate itself: its empty track goes darker to stay visible.
        round_rect(surface, theme.NIGHT if focused else theme.SLATE, track, bar_h // 2)
        if m.total:
            seen = track.copy()
            seen.w = int(track.w * m.seen / m.total)
            if seen.w:
                round_rect(surface, theme.ASH, seen, bar_h // 2)
            done = track.copy()
            done.w = int(track.w * m.learnt / m.total)
            if done.w:
                round_rect(surface, theme.AMBER, done, bar_h // 2)


class LearnScene(Screen):
    heading = N_("Learn")
    column_width = 1120

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        self.player = player_name(app.settings)
        self.every = MasteryRow(EVERY, lambda: self.start(EVERY))
        self.rows: list[MasteryRow] = []
        self.back = widgets.Button(lazy.pgettext("go back", "Back"), app.router.back, align="center")
        self.facts: dict[str, list[str]] = {}
        self.per_column = 1  # rows in a column, for Left and Right
        self.menu: Optional[Menu] = None
        self.read()

    # -- data ------------------------------------------------------------------

    def questions(self, seed: int = 0):
        from quiz.deck import all_questions

        try:
            made = all_questions(list(self.app.selected_packs()), seed)
        except Exception:  # a pack that broke after discovery: nothing to learn from it
            return []
        # Learning asks by picking an option; a fact asked only as an order or a number
        # is learnt in rounds, not here.
        return [q for q in made if q.kind in LEARN_KINDS]

    def read(self) -> None:
        """Each category's facts and the player's mastery of them, fresh from the store."""
        found: dict[str, list[str]] = {}
        for question in self.questions():
            found.setdefault(question.category, []).append(question.fact)
        self.facts = dict(sorted(found.items(), key=lambda item: item[0].casefold()))
        store = self.app.store
        self.boxes = store.learn_boxes(self.player)
        seen = store.seen(self.player)
        figures = learn.mastery(self.facts, self.boxes, seen)
        every = learn.mastery({"": [f for facts in self.facts.values() for f in facts]},
                              self.boxes, seen)[""]
        if [row.category for row in self.rows] != list(self.facts):
            self.rows = [MasteryRow(c, lambda c=c: self.start(c)) for c in self.facts]
        for row in self.rows:
            row.mastery = figures[row.category]
        self.every.mastery = every
        focus = self.menu.focus if self.menu is not None else 0
        self.menu = Menu(self.app, [self.every] + self.rows + [self.back],
                         on_back=self.app.router.back, focus=focus)
        whose = "" if self.player == DEFAULT_PLAYER else f"{self.player} · "
        self.subheading = whose + _("No timer, no score. Each fact is asked until you answer it "
                                    "right twice in a row; a miss comes back sooner.")

    def start(self, category: Optional[str]) -> None:
        from quiz.tables import pack_set_of

        questions = [q for q in self.questions(self.app.plan_round(True).seed)
                     if category is None or q.category == category]
        store, player = self.app.store, self.player
        sitting = LearnSitting(questions, self.boxes, self.app.clock,
                               save=lambda fact, box: store.save_learn_box(player, fact, box))
        if not sitting.facts:
            where = _("every category") if category is None else category
            self.app.notify(_("Every fact in {where} is learnt.").format(where=where) if questions
                            else _("There is nothing to learn here."))
            return
        packs = pack_set_of(p.id for p in self.app.selected_packs())
        self.app.router.show("learn_question", sitting=sitting, player=player, pack_set=packs)

    # -- scene -----------------------------------------------------------------

    def on_enter(self) -> None:
        self.read()  # a sitting just left has changed the figures
        super().on_enter()

    def footer_text(self) -> str:
        return _("Arrows choose · Enter learns · Esc goes back")

    def handle_action(self, action: Action) -> Optional[Action]:
        focused = self.menu.focused
        if action.name in (actions.LEFT, actions.RIGHT) and focused in self.rows:
            # Columns: Left and Right jump across, Up and Down go down each column.
            step = self.per_column
            i = self.rows.index(focused) + (step if action.name == actions.RIGHT else -step)
            if 0 <= i < len(self.rows):
                self.menu.focus = 1 + i
            return None
        return self.menu.handle_action(action)

    def layout(self) -> None:
        body = self.regions["body"]
        s = self.app.scale
        gap = theme.px(10, s)
        back_h = theme.px(52, s)
        least = self.app.text.line_height(theme.text_px(theme.SMALL, s)) + theme.px(20, s)
        room = body.h - back_h - 2 * gap
        # Two columns (one in a tall window) while the rows stay readable, more when a
        # pack brings many categories.
        w, h = self.app.size
        first = 1 if w < h else COLUMNS
        for columns in range(first, COLUMNS + 3):
            per_column = max(1, math.ceil(len(self.rows) / columns))
            row_h = min(theme.px(64, s), (room - per_column * gap) // (per_column + 1))
            if row_h >= least:
                break
        row_h = max(least, row_h)
        fits = max(0, min(per_column, (room - row_h) // (row_h + gap)))
        self.per_column = per_column
        self.every.rect = pygame.Rect(body.x, body.y, body.w, row_h)
        col_w = (body.w - gap * (columns - 1)) // columns
        top = self.every.rect.bottom + gap
        for i, row in enumerate(self.rows):
            column, place = divmod(i, per_column)
            row.focusable = place < fits
            if row.focusable:
                row.rect = pygame.Rect(body.x + column * (col_w + gap), top + place * (row_h + gap),
                                       col_w, row_h)
            else:
                row.rect = pygame.Rect(0, 0, 0, 0)  # no room: "Every category" still learns it
        bottom = top + fits * (row_h + gap)
        width = min(body.w, theme.px(300, s))
        self.back.rect = pygame.Rect(body.centerx - width // 2, min(bottom, body.bottom - back_h),
                                     width, back_h)

    def redraw_key(self):
        return (super().redraw_key(), self.menu.focus)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        for i, item in enumerate(self.menu.items):
            if item.rect.w and item.rect.h:
                item.draw(surface, self.app, i == self.menu.focus)
