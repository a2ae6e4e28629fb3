"""The results of a round, in full colour: the score, a chart by category, a review
of every question, and a name for a top-10 score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, TYPE_CHECKING

import pygame

from quiz.i18n import N_, _
from quiz.finish import SAVED, describe, finish_round
from quiz.round_plan import player_name
from quiz.ui import rounds, theme
from quiz.ui.scene import Scene
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kinds import view_for
from quiz.ui.question.source import source_words
from quiz.ui.name_field import NameField, default_name
from quiz.ui.kit.backdrop import film_edge
from quiz.ui.kit.pointer import is_click
from quiz.ui.kit.scroll import ScrollList
from quiz.ui.kit.shapes import draw_cross, draw_tick, round_rect
from quiz.ui.kit.widgets import Button
from quiz.ui.kit import words as kit_words
from quiz.ui.kit.words import TextBlock, draw_block, draw_fitted, draw_text, fit_block, group

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

BUTTONS = (N_("Play again"), N_("Title"))
CARD = (44, 34, 37)  # panels on the warm results backdrop
REVIEW_HINTS = (N_("scroll with the wheel, arrows or Page Up/Down"),
                N_("wheel, arrows, Page Up/Down"), N_("wheel or arrows"))
REVIEW_TRACK = (48, 38, 40)


@dataclass
class ResultsLayout:
    scale: float
    heading: pygame.Rect
    score: pygame.Rect
    stats: list[pygame.Rect]
    chart: pygame.Rect
    review_title: pygame.Rect
    review: pygame.Rect
    bar: pygame.Rect
    name_label: pygame.Rect
    name_box: pygame.Rect
    status: pygame.Rect
    buttons: list[pygame.Rect]


def make_layout(size: tuple[int, int]) -> ResultsLayout:
    w, h = size
    s = theme.layout_scale(size)
    p = lambda v: theme.px(v, s)  # noqa: E731
    margin = max(p(32), int(w * 0.035))
    edge = film_edge(size)
    top = edge + p(12)
    inner_w = w - 2 * margin
    left_w = int(inner_w * 0.42)
    gap = p(36)
    bar = pygame.Rect(margin, h - edge - p(10) - p(74), inner_w, p(74))

    heading = pygame.Rect(margin, top, left_w, p(40))
    score = pygame.Rect(margin, heading.bottom + p(4), left_w, p(72))
    stats_top = score.bottom + p(12)
    cell_w = (left_w - p(12)) // 2
    cell_h = p(62)
    stats = [pygame.Rect(margin + (i % 2) * (cell_w + p(12)), stats_top + (i // 2) * (cell_h + p(10)),
                         cell_w, cell_h) for i in range(4)]
    chart_top = stats[-1].bottom + p(18)
    chart = pygame.Rect(margin, chart_top, left_w, bar.y - p(16) - chart_top)

    right_x = margin + left_w + gap
    review_title = pygame.Rect(right_x, top, w - margin - right_x, p(40))
    review = pygame.Rect(right_x, review_title.bottom + p(8), review_title.w,
                         bar.y - p(16) - review_title.bottom - p(8))

    buttons_w = p(200)
    buttons = [pygame.Rect(bar.right - (2 - i) * buttons_w - (1 - i) * p(14), bar.y + p(12),
                           buttons_w, bar.h - p(24)) for i in range(2)]
    entry_w = buttons[0].x - p(24) - bar.x
    name_label = pygame.Rect(bar.x, bar.y + p(2), entry_w, p(24))
    name_box = pygame.Rect(bar.x, name_label.bottom + p(4), min(entry_w, p(440)), bar.h - p(32))
    status = pygame.Rect(name_box.right + p(16), name_box.y, max(0, entry_w - name_box.w - p(16)),
                         name_box.h)
    return ResultsLayout(s, heading, score, stats, chart, review_title, review, bar, name_label,
                         name_box, status, buttons)


def result_colour(right: int, asked: int):
    """A category's bar says how it went: green all right, amber some, red few."""
    share = right / asked if asked else 0.0
    if share >= 1.0:
        return theme.RIGHT
    if share >= 0.5:
        return theme.AMBER
    return theme.WRONG


@dataclass
class ReviewCard:
    """One reviewed question laid out at a width: its blocks relative to the card's top."""

    height: int
    parts: list  # (kind, TextBlock) with blocks at card-relative positions
    answer: Any
    number: int


class ResultsScene(Scene):
    def __init__(self, app: "Services", results: Any, plan: Any) -> None:
        super().__init__(app)
        self.results = results
        self.plan = plan
        self._cards: dict = {}
        # The review: cards seen through a window, scrolled by wheel, keys, drag or finger.
        self.review = ScrollList(app, [], lambda card, width: card.height, self._draw_card,
                                 wheel_step=60, track=(6, 12, REVIEW_TRACK, 5))
        self.buttons = [Button(label, look="card") for label in BUTTONS]
        self._entered = False
        self.finished = finish_round(results, app.store, pack_ids=plan.pack_ids, timer=plan.timer,
                                     streak_bonus=plan.streak_bonus, practice=plan.practice,
                                     mode=plan.mode, player=player_name(app.settings),
                                     daily=plan.daily, formats=plan.formats,
                                     time_factor=plan.time_factor,
                                     speed_points=plan.speed_points)
        self.table = self.finished.key
        if self.finished.saves:
            app.last_table = self.table  # High scores opens here next
        self.high_score = self.finished.high_score
        self._placed: Optional[tuple[int, int]] = None
        self.name = NameField(default_name(app.settings.last_name))
        self.focus = "name" if self.name_pending else "again"
        self._place()

    # -- saved data -------------------------------------------------------------

    @property
    def name_pending(self) -> bool:
        """A top-10 score still waiting for its name."""
        return self.finished.name_pending

    @property
    def saved_rank(self) -> Optional[int]:
        return self.finished.rank

    @property
    def status(self) -> str:
        said = describe(self.finished.status)
        if self.plan.daily is not None and not self.name_pending:
            said = (said + " " + _("C copies your daily result to share.")).strip()
        return said

    @property
    def status_ok(self) -> bool:
        return self.finished.status.ok

    def on_enter(self) -> None:
        if self._entered:
            return
        self._entered = True
        self.app.sound.play("fanfare")
        if self.name_pending:
            pygame.key.start_text_input()

    def on_exit(self) -> None:
        pygame.key.stop_text_input()

    def save_name(self) -> None:
        status = self.finished.save(self.name.value)
        if status.kind != SAVED:
            return
        self.app.update_settings(last_name=status.name)
        pygame.key.stop_text_input()
        self.focus = "again"

    def on_quit(self) -> None:
        """Closing the window before Enter keeps a top-10 score, as leaving by a button does."""
        if self.name_pending and self.name.value:
            self.save_name()

    # -- events -------------------------------------------------------------------

    def focus_order(self) -> list[str]:
        return (["name"] if self.name_pending else []) + ["again", "title"]

    @property
    def input_mode(self) -> str:
        return actions.TYPING if self.focus == "name" else actions.MENU

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if name in (actions.TEXT, actions.COMPOSE):
            if self.focus == "name":
                if name == actions.TEXT:
                    self.name.insert(action.value)
                else:
                    self.name.composing = action.value
            return None
        if action.is_pointer or name == actions.SCROLL:
            return self._point(action)
        lay = self.layout()
        if name in (actions.NEXT, actions.PREVIOUS):
            order = self.focus_order()
            i = order.index(self.focus) if self.focus in order else 0
            self.focus = order[(i + (1 if name == actions.NEXT else -1)) % len(order)]
        elif name in (actions.UP, actions.DOWN):
            self.scroll_by(theme.px(48, lay.scale) * (1 if name == actions.DOWN else -1))
        elif name in (actions.PAGE_UP, actions.PAGE_DOWN):
            self.scroll_by(int(lay.review.h * 0.9) * (1 if name == actions.PAGE_DOWN else -1))
        elif name in (actions.FIRST, actions.LAST):
            # The name box has no cursor to move, so these scroll the review wherever focus is.
            self.scroll_by(-10**9 if name == actions.FIRST else 10**9)
        elif self.focus == "name":
            if name == actions.ERASE:
                self.name.backspace()
            elif name == actions.CONFIRM:
                self.save_name()
            elif name == actions.PASTE:
                self.name.insert(action.value)
            elif name == actions.BACK:
                self.focus = "again"  # leave the name for now; Tab comes back to it
                pygame.key.stop_text_input()
            else:
                return action
        elif name in (actions.LEFT, actions.RIGHT):
            self.focus = "title" if self.focus == "again" else "again"
        elif name == actions.CONFIRM:
            self.activate(self.focus)
        elif name == actions.BACK:
            self.activate("title")
        elif name == actions.COPY and self.plan.daily is not None:
            self.copy_share_line()
        else:
            return action
        return None

    def share_line(self) -> str:
        """The daily's result as friends are sent it (the clipboard may show emoji)."""
        from quiz import daily

        marks = daily.marks_of([(a.correct, a.timed_out) for a in self.results.answers])
        return daily.share_line(_("Us and Them"), daily.DailyResult(self.plan.daily, marks,
                                                                 self.results.score))

    def copy_share_line(self) -> None:
        from quiz.ui.input.clipboard import copy_text

        if copy_text(self.share_line()):
            self.app.notify(_("Your daily result is on the clipboard, ready to paste."))
        else:
            self.app.notify(_("No clipboard here to copy the result to."))

    def _point(self, action: Action) -> Optional[Action]:
        self._place()
        if action.name == actions.POINT and not action.touch and not self.review.pressed:
            hit = self._button_at(action.pos)
            if hit is not None:
                self.focus = hit
                return None
        if is_click(action):
            lay = self.layout()
            copy = self.copy_rect(lay)
            if copy is not None and action.pos is not None and copy.collidepoint(action.pos):
                self.copy_share_line()  # C's button, for the mouse and fingers
                return None
            hit = self._button_at(action.pos)
            if hit is not None:
                self.activate(hit)
                return None
            if self.name_pending and lay.name_box.collidepoint(action.pos):
                self.focus = "name"
                pygame.key.start_text_input()
                return None
        self.review.handle_action(action)
        return None  # the pointer is never anyone else's on this screen

    def copy_rect(self, lay: ResultsLayout) -> Optional[pygame.Rect]:
        """A daily's Copy button, at the end of its heading's line; None for other rounds."""
        if self.plan.daily is None:
            return None
        s, text = lay.scale, self.app.text
        px = theme.px(theme.SMALL, s)
        w = min(text.size(_("Copy"), px, True)[0] + theme.px(24, s), lay.heading.w // 4)
        h = min(lay.heading.h, text.line_height(px) + theme.px(10, s))
        return pygame.Rect(lay.heading.right - w, lay.heading.centery - h // 2, w, h)

    def _button_at(self, pos) -> Optional[str]:
        if pos is None:
            return None
        for name, rect in zip(("again", "title"), self.layout().buttons):
            if rect.collidepoint(pos):
                return name
        return None

    def activate(self, what: str) -> None:
        if what == "name":
            self.save_name()
            return
        # Leaving without pressing Enter keeps the score under the name in the box:
        # a top-10 score is never dropped because a button was pressed first.
        self.on_quit()
        self.app.sound.play("click")
        if what == "again":
            rounds.play_again(self.app, self.plan)
        elif what == "title":
            self.app.router.back_to("title")

    # -- the review list ------------------------------------------------------------

    def layout(self, size=None) -> ResultsLayout:
        return make_layout(tuple(size or self.app.size))

    def cards(self, size=None) -> list[ReviewCard]:
        """Every answer as a card laid out for the review column (cached per size)."""
        size = tuple(size or self.app.size)
        cached = self._cards.get(size)
        if cached is not None:
            return cached
        lay = make_layout(size)
        s, text = lay.scale, self.app.text
        p = lambda v: theme.px(v, s)  # noqa: E731
        width = lay.review.w - p(18)  # room for the scroll bar
        inner = pygame.Rect(p(56), 0, width - p(56) - p(16), 0)
        cards = []
        packs = self.app.selected_packs()
        for n, a in enumerate(self.results.answers, 1):
            q = a.question
            parts = []
            y = p(14)

            def add(kind, content, px, bold=False, colour=theme.PAPER, indent=0):
                nonlocal y
                lines = text.wrap(content, px, inner.w - indent, bold)
                box = pygame.Rect(inner.x + indent, y, inner.w - indent,
                                  max(1, len(lines)) * text.line_height(px))
                block = fit_block(text, content, box, px, min_px=px, bold=bold, align="left",
                                  valign="top")
                parts.append((kind, block, colour))
                y = box.bottom + p(4)

            add("question", f"{q.question}", p(theme.LABEL), bold=True)
            # No-break spaces: the figure and its word wrap as one.
            points = "   ·   " + _("+{points}\u00a0points").format(points=group(a.points)) if a.points else ""
            for part, words, colour in view_for(q).review_lines(a, points):
                add(part, words, p(theme.SMALL), colour=colour)
            if q.explanation:
                add("explanation", q.explanation, theme.text_px(16, s), colour=theme.MIST)
            where = source_words(q.source, packs)
            if where:
                add("source", where, theme.text_px(14, s), colour=theme.SMOKE)
            cards.append(ReviewCard(y + p(10), parts, a, n))
        self._cards = {size: cards}
        return cards

    def _place(self) -> None:
        """Lay the review and the buttons out for the window's size (once per size)."""
        size = tuple(self.app.size)
        if self.review.rows and self._placed == size:
            return
        self._placed = size
        lay = self.layout(size)
        self.review.rows = self.cards(size)
        view = lay.review
        self.review.layout(pygame.Rect(view.x, view.y, view.w - theme.px(18, lay.scale), view.h),
                           gap=theme.px(10, lay.scale))
        for button, rect in zip(self.buttons, lay.buttons):
            button.rect = rect

    @property
    def scroll(self) -> int:
        return self.review.offset

    def max_scroll(self) -> int:
        self._place()
        return self.review.max_offset

    def scroll_by(self, amount: float) -> None:
        self._place()
        self.review.scroll(int(amount))

    def on_resize(self, size) -> None:
        self._cards.clear()
        self._place()

    # -- drawing -----------------------------------------------------------------

    def redraw_key(self):
        return None  # nothing moves by itself: drawn again only after input

    def draw(self, surface: pygame.Surface) -> None:
        size = surface.get_size()
        lay = make_layout(size)
        surface.blit(self.app.backdrop.warmed(size, 1.0), (0, 0))
        self._draw_summary(surface, lay)
        self._draw_chart(surface, lay)
        self._draw_review(surface, lay, size)
        self._draw_bar(surface, lay)

    def _draw_summary(self, surface, lay: ResultsLayout) -> None:
        s, text, r = lay.scale, self.app.text, self.results
        heading = _("Practice round") if r.practice else _("Round complete")
        if self.plan.daily is not None:
            heading = _("Daily {day}").format(day=self.plan.daily.isoformat())
        # The summary's places are the design's: its big words keep their size at a bigger
        # text size, and the small ones grow as far as their place allows.
        shown_heading = draw_text(surface, text, heading, text.grown(theme.px(30, s), 1.0), theme.AMBER,
                                  lay.heading.midleft, "midleft", bold=True,
                                  max_width=lay.heading.w)
        if self.plan.daily is not None:
            self._draw_marks(surface, lay, shown_heading)
        shown = draw_text(surface, text, group(r.score), text.grown(theme.px(theme.TITLE, s), 1.0),
                          theme.PAPER,
                          lay.score.midleft, "midleft", bold=True, max_width=lay.score.w * 3 // 4)
        draw_text(surface, text, _("points"), text.grown(theme.px(theme.LABEL, s), 1.0), theme.MIST,
                  (shown.right + theme.px(12, s), shown.bottom - theme.px(12, s)), "bottomleft")
        stats = [
            (f"{r.right} / {r.total}", _("right answers"), theme.RIGHT),
            (f"{round(r.accuracy * 100)}%", _("accuracy"), theme.SKY),
            (_("{seconds} s").format(seconds=f"{r.average_time:.1f}"), _("average answer time"), theme.TEAL),
            (f"{r.best_streak}", _("best streak"), theme.AMBER),
        ]
        for rect, (value, label, colour) in zip(lay.stats, stats):
            fill = theme.INK if theme.HIGH_CONTRAST else theme.mix(CARD, colour, 0.16)
            pygame.draw.rect(surface, fill, rect, border_radius=theme.px(12, s))
            if theme.HIGH_CONTRAST:  # the tile's edge, as its tint would show it
                pygame.draw.rect(surface, colour, rect, max(1, theme.px(2, s)),
                                 border_radius=theme.px(12, s))
            pad = theme.px(14, s)
            draw_text(surface, text, value, text.grown(theme.px(28, s), 1.0), colour,
                      (rect.x + pad, rect.y + theme.px(6, s)),
                      bold=True, max_width=rect.w - 2 * pad)
            draw_text(surface, text, label, text.grown(theme.px(15, s), 1.15), theme.MIST,
                      (rect.x + pad, rect.bottom - theme.px(6, s)), "bottomleft", max_width=rect.w - 2 * pad)

    def chart_rows(self, lay: ResultsLayout) -> tuple[list[tuple], int, int, int]:
        """The chart's rows that fit: (category, right, asked, row centre y, bar track),
        with the label size, the label width and how many rows were left out."""
        s, text = lay.scale, self.app.text
        box = lay.chart
        title_h = text.line_height(theme.px(theme.SMALL, s)) + theme.px(8, s)
        rows = list(self.results.by_category.items())
        area = pygame.Rect(box.x, box.y + title_h, box.w, box.h - title_h)
        if not rows or area.h <= 0:
            return [], 0, 0, len(rows)
        label_px = theme.text_px(17, s)
        shortest = text.line_height(label_px) + theme.px(2, s)  # never shrunk below a readable line
        row_h = max(shortest, min(theme.px(34, s), area.h // len(rows)))
        fits = len(rows) if row_h * len(rows) <= area.h else max(1, area.h // row_h - 1)
        # The names take the room they need, up to a little over half: a bar can be short
        # and still read, a name cut short cannot.
        widest = max(text.size(category, label_px)[0] for category, _ in rows[:fits])
        label_w = max(int(box.w * 0.36), min(int(box.w * 0.55), widest + theme.px(8, s) + 1))
        count_w = theme.px(52, s)
        out = []
        for i, (category, (right, asked)) in enumerate(rows[:fits]):
            y = area.y + i * row_h + row_h // 2
            track = pygame.Rect(box.x + label_w, y - max(3, row_h // 5),
                                box.w - label_w - count_w, max(6, 2 * (row_h // 5)))
            out.append((category, right, asked, y, track))
        return out, label_px, label_w, len(rows) - fits

    def _draw_marks(self, surface, lay: ResultsLayout, after: pygame.Rect) -> None:
        """The daily's marks as the share line has them, drawn here (no emoji font needed):
        a tick, a cross, or an empty square for a question whose time ran out."""
        s = lay.scale
        gap = max(2, theme.px(4, s))
        x = after.right + theme.px(16, s)
        count = max(1, len(self.results.answers))
        copy = self.copy_rect(lay)
        right = copy.x - theme.px(10, s) if copy is not None else lay.heading.right
        # Smaller marks rather than fewer: every question has its mark.
        size = max(8, min(theme.px(22, s), (right - x + gap) // count - gap))
        y = lay.heading.centery - size // 2
        if copy is not None:
            round_rect(surface, theme.SLATE, copy, theme.px(8, s))
            draw_fitted(surface, self.app.text, _("Copy"), theme.px(theme.SMALL, s), theme.PAPER,
                        copy.inflate(-theme.px(8, s), -theme.px(4, s)), align="center", bold=True)
        for answer in self.results.answers:
            if x + size > right:
                break
            box = pygame.Rect(x, y, size, size)
            if answer.timed_out:
                pygame.draw.rect(surface, theme.MIST, box, max(1, theme.px(2, s)))
            else:
                colour = theme.RIGHT if answer.correct else theme.WRONG
                pygame.draw.rect(surface, colour, box, border_radius=theme.px(3, s))
                mark = box.inflate(-theme.px(6, s), -theme.px(6, s))
                (draw_tick if answer.correct else draw_cross)(surface, mark, theme.INK,
                                                              max(2, theme.px(3, s)))
            x += size + gap

    def _draw_chart(self, surface, lay: ResultsLayout) -> None:
        s, text = lay.scale, self.app.text
        box = lay.chart
        draw_text(surface, text, _("BY CATEGORY"), theme.px(theme.SMALL, s), theme.SMOKE, box.topleft,
                  bold=True)
        rows, label_px, label_w, left_out = self.chart_rows(lay)
        for category, right, asked, y, track in rows:
            # One size for every name; a long one is cut with an ellipsis, never shrunk.
            draw_text(surface, text, category, label_px, theme.PAPER, (box.x, y), "midleft",
                      max_width=label_w - theme.px(8, s), min_px=label_px)
            # A neutral track: a tinted one read as a dim full bar where nothing was right.
            pygame.draw.rect(surface, theme.mix((30, 22, 24), theme.ASH, 0.45), track,
                             border_radius=track.h // 2)
            if right:
                fill = track.copy()
                fill.w = max(track.h, int(track.w * right / asked))
                pygame.draw.rect(surface, result_colour(right, asked), fill, border_radius=track.h // 2)
            draw_text(surface, text, f"{right}/{asked}", label_px, theme.MIST,
                      (track.right + theme.px(8, s), y), "midleft")
        if left_out and rows:
            last_y = rows[-1][3]
            step = rows[1][3] - rows[0][3] if len(rows) > 1 else text.line_height(label_px)
            draw_text(surface, text, _("and {n} more").format(n=left_out), label_px, theme.SMOKE,
                      (box.x, last_y + step), "midleft")

    def _draw_review(self, surface, lay: ResultsLayout, size) -> None:
        s, text = lay.scale, self.app.text
        shown = draw_text(surface, text, _("Review"), theme.px(30, s), theme.PAPER,
                          lay.review_title.midleft, "midleft", bold=True)
        # The longest wording that fits beside the heading, so the hint is never cut short.
        room = lay.review_title.right - shown.right - theme.px(16, s)
        hint_px = theme.text_px(15, s)
        hint = next((_(words) for words in REVIEW_HINTS if text.size(_(words), hint_px)[0] <= room),
                    _(REVIEW_HINTS[-1]))
        draw_text(surface, text, hint, hint_px, theme.SMOKE, lay.review_title.midright,
                  "midright", max_width=room)
        self.review.draw(surface, focused=False)

    def _draw_card(self, surface, card: ReviewCard, rect: pygame.Rect, focused: bool) -> None:
        s, text, number = self.app.scale, self.app.text, card.number
        a = card.answer
        colour = theme.RIGHT if a.correct else theme.WRONG
        pygame.draw.rect(surface, theme.INK if theme.HIGH_CONTRAST else CARD, rect,
                         border_radius=theme.px(12, s))
        if theme.HIGH_CONTRAST:
            pygame.draw.rect(surface, theme.ASH, rect, 1, border_radius=theme.px(12, s))
        pygame.draw.rect(surface, colour, (rect.x, rect.y + theme.px(10, s), theme.px(4, s),
                                           rect.h - theme.px(20, s)), border_radius=theme.px(2, s))
        icon = pygame.Rect(rect.x + theme.px(16, s), rect.y + theme.px(14, s), theme.px(28, s),
                           theme.px(28, s))
        (draw_tick if a.correct else draw_cross)(surface, icon, colour, theme.px(4, s))
        draw_text(surface, text, str(number), theme.px(14, s), theme.SMOKE,
                  (icon.centerx, icon.bottom + theme.px(6, s)), "midtop")
        view = surface.get_clip()
        for kind, block, ink in card.parts:
            if not block.box.move(rect.topleft).colliderect(view):
                continue  # lines scrolled out are not drawn
            if view.contains(block.box.move(rect.topleft)):
                draw_block(surface, text, block, ink, rect.topleft)
                continue
            # Cut by the window's edge: only the lines wholly in view, inside the part of
            # the box that shows (the rest comes into view as the list scrolls).
            shown = [(line, r) for line, r in zip(block.lines, block.rects)
                     if view.contains(r.move(rect.topleft))]
            if shown:
                box = block.box.move(rect.topleft).clip(view)
                part = TextBlock(box.move(-rect.x, -rect.y), block.px, [l for l, _ in shown],
                                 [r for _, r in shown], block.bold)
                draw_block(surface, text, part, ink, rect.topleft)

    def _draw_bar(self, surface, lay: ResultsLayout) -> None:
        s, text = lay.scale, self.app.text
        for name, button in zip(("again", "title"), self.buttons):
            button.draw(surface, self.app, self.focus == name)
        status_colour = theme.MIST if self.status_ok else theme.WARNING
        if self.name_pending:
            draw_text(surface, text, _("A top-10 score! Type your name and press Enter"),
                      theme.px(theme.SMALL, s), theme.AMBER, lay.name_label.midleft, "midleft",
                      bold=True, max_width=lay.name_label.w)
            self._draw_name_box(surface, lay)
            if self.status and not self.status_ok:
                block = fit_block(text, self.status, lay.status, theme.text_px(16, s),
                                  min_px=theme.text_px(10, s),
                                  align="left")
                draw_block(surface, text, block, status_colour)
        elif self.status:
            box = pygame.Rect(lay.bar.x, lay.bar.y, lay.name_label.w, lay.bar.h)
            block = fit_block(text, self.status, box, theme.px(theme.LABEL, s), min_px=theme.text_px(10, s),
                              align="left")
            draw_block(surface, text, block, status_colour)

    def _draw_name_box(self, surface, lay: ResultsLayout) -> None:
        s, text = lay.scale, self.app.text
        box = lay.name_box
        focused = self.focus == "name"
        pygame.draw.rect(surface, (20, 16, 18), box, border_radius=theme.px(10, s))
        pygame.draw.rect(surface, theme.AMBER if focused else theme.ASH, box,
                         theme.px(3 if focused else 1, s), border_radius=theme.px(10, s))
        counter = f"{len(self.name.text)}/{self.name.limit}"
        counter_px = text.grown(theme.text_px(13, s), 1.0)  # the box is the design's height
        inner = box.inflate(-theme.px(28, s), -theme.px(8, s))
        inner.w -= text.size(counter, counter_px)[0] + theme.px(8, s)
        shown = self.name.text + self.name.composing
        px = theme.px(theme.BODY, s)
        # As big as the box holds (a big text size may not fit it), never under readable.
        least = text.asked_px(theme.min_text_px(s))
        step = text.asked_px(1)
        while px - step >= least and (text.size(shown, px)[0] > inner.w - theme.px(6, s)
                                      or text.line_height(px) > inner.h):
            px -= step
        caret_x = inner.x
        if shown:
            w, h = text.size(shown, px)
            # Too long even at the smallest size: show the end, where typing happens.
            x = inner.x if w <= inner.w - theme.px(6, s) else inner.right - theme.px(6, s) - w
            line = pygame.Rect(x, inner.centery - h // 2, w, h)
            # Through the kit's module, as every word is painted (the tests watch that one).
            kit_words.paint_lines(surface, text, [shown], [line], px, theme.PAPER, inner)
            caret_x = x + w + theme.px(2, s)
        if focused:
            h = text.line_height(px)
            pygame.draw.line(surface, theme.AMBER, (caret_x, inner.centery - h // 2),
                             (caret_x, inner.centery + h // 2), max(2, theme.px(2, s)))
        draw_text(surface, text, counter, counter_px, theme.SMOKE,
                  (box.right - theme.px(8, s), box.bottom - theme.px(3, s)), "bottomright")
