"""The Statistics screen: one player's figures, a bar chart of accuracy per category,
a line chart of their last rounds' scores and the achievements they have earned.

The numbers all come from ``quiz.statistics.figures``, the same as ``stats --json``.
"""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

import pygame

from quiz.i18n import N_, _, ngettext
from quiz import daily, statistics
from quiz.round_plan import DEFAULT_PLAYER, player_name
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.screen import Screen
from quiz.ui.kit.words import draw_fitted

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

ACHIEVEMENT_NAMES = {
    statistics.EVERY_QUESTION_SEEN: N_("Every question seen"),
    statistics.PERFECT_ROUND: N_("A perfect round"),
    statistics.STREAK_TEN: N_("10 right in a row"),
    statistics.DAILY_WEEK: N_("A week of dailies"),
    statistics.EVERY_CATEGORY_LEARNT: N_("Every category learnt"),
}
CHART_BACK = (34, 34, 40)


def facts_by_category(packs) -> dict[str, list[str]]:
    """category -> its facts, for the packs the player plays with."""
    from quiz.deck import all_questions

    found: dict[str, list[str]] = {}
    for question in all_questions(list(packs)):
        found.setdefault(question.category, []).append(question.fact)
    return found


def figure_lines(figures: statistics.Figures) -> list[tuple[str, str]]:
    """The figures as (what, how much) rows."""
    took = figures.average_seconds
    return [
        (_("Rounds played"), str(figures.rounds)),
        (_("Accuracy"), f"{figures.accuracy:.0%}" if figures.answers else "–"),
        (_("Questions seen"), _("{n} of {total}").format(n=figures.facts_seen, total=figures.facts_total)),
        (_("Questions learnt"), _("{n} of {total}").format(n=figures.facts_learnt, total=figures.facts_total)),
        (_("Best streak"), str(figures.best_streak)),
        (_("Daily streak"), ngettext("{n} day", "{n} days", figures.daily_streak).format(n=figures.daily_streak)),
        (_("Average answer"), "–" if took is None else _("{seconds} s").format(seconds=f"{took:.1f}")),
    ]


class StatisticsScene(Screen):
    heading = N_("Statistics")
    column_width = 1120

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        current = player_name(app.settings)
        names = list(app.store.players())
        if current not in names:
            names.insert(0, current)
        self.players = names
        self.index = names.index(current)
        try:
            self.facts = facts_by_category(app.selected_packs())
        except Exception:  # a broken pack: figures without the totals rather than no screen
            self.facts = {}
        self.today = daily.today
        self.figures = self.read()

    @property
    def player(self) -> str:
        return self.players[self.index]

    def read(self) -> statistics.Figures:
        store = self.app.store
        name = self.player
        return statistics.figures(store.answer_records(name), store.round_records(name),
                                  self.facts, store.learn_boxes(name), self.today())

    def switch(self, step: int) -> None:
        if len(self.players) > 1:
            self.index = (self.index + step) % len(self.players)
            self.figures = self.read()

    def footer_text(self) -> str:
        if len(self.players) > 1:
            return _("Left/Right switch players · Esc goes back")
        return _("Esc goes back")

    def handle_action(self, action: Action) -> Optional[Action]:
        if action.name in (actions.LEFT, actions.RIGHT):
            self.switch(-1 if action.name == actions.LEFT else 1)
            return None
        if action.name in (actions.BACK, actions.CONFIRM):
            self.app.router.back()
            return None
        return action

    def redraw_key(self):
        return (super().redraw_key(), self.index)

    def changed_area(self, before, now, size):
        return self.glow_only_area(before, now)

    # ------------------------------------------------------------------ layout

    def layout(self) -> None:
        body = self.regions["body"]
        s = self.app.scale
        line = self.app.text.line_height(theme.px(theme.LABEL, s))
        gap = theme.px(20, s)
        self.name_box = pygame.Rect(body.x, body.y, body.w, line)
        top = self.name_box.bottom + theme.px(12, s)
        left_w = int(body.w * 0.36)
        self.figures_box = pygame.Rect(body.x, top, left_w, max(0, body.bottom - top))
        right = pygame.Rect(body.x + left_w + gap, top, body.w - left_w - gap, body.bottom - top)
        half = (right.h - gap) // 2
        self.bars_box = pygame.Rect(right.x, right.y, right.w, half)
        self.line_box = pygame.Rect(right.x, right.y + half + gap, right.w, right.h - half - gap)

    # ------------------------------------------------------------------ drawing

    def draw(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        self.draw_frame(surface)
        name = _("Player") if self.player == DEFAULT_PLAYER else self.player  # the unnamed player
        if len(self.players) > 1:
            name = f"‹  {name}  ›"
        draw_fitted(surface, app.text, name, theme.px(theme.LABEL, s), theme.AMBER, self.name_box,
                    bold=True, min_px=14)
        self._draw_figures(surface)
        self._draw_bars(surface)
        self._draw_line(surface)

    def _draw_figures(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        box = self.figures_box
        rows = figure_lines(self.figures)
        earned = [_(ACHIEVEMENT_NAMES.get(a, a)) for a in self.figures.achievements]
        px = theme.px(theme.SMALL + 2, s)
        row_h = max(app.text.line_height(px), app.text.line_height(14))
        y = box.y
        for what, value in rows:
            row = pygame.Rect(box.x, y, box.w, row_h)
            label_box = pygame.Rect(row.x, row.y, int(row.w * 0.58), row.h)
            value_box = pygame.Rect(label_box.right, row.y, row.w - label_box.w, row.h)
            draw_fitted(surface, app.text, what, px, theme.MIST, label_box, min_px=14)
            draw_fitted(surface, app.text, value, px, theme.PAPER, value_box, align="right",
                        bold=True, min_px=14)
            y += row_h
        y += theme.px(10, s)
        head = pygame.Rect(box.x, y, box.w, row_h)
        draw_fitted(surface, app.text, _("Achievements"), px, theme.AMBER, head, bold=True, min_px=14)
        rest = pygame.Rect(box.x, head.bottom, box.w, max(0, box.bottom - head.bottom))
        words = " · ".join(earned) if earned else _("None yet: play on.")
        draw_fitted(surface, app.text, words, px, theme.PAPER if earned else theme.SMOKE, rest,
                    valign="top", min_px=14)

    def _chart_title(self, surface: pygame.Surface, box: pygame.Rect, title: str) -> pygame.Rect:
        """Draw a chart's panel and title; the room left for the chart itself."""
        app = self.app
        s = app.scale
        pygame.draw.rect(surface, CHART_BACK, box, border_radius=theme.px(8, s))
        pad = theme.px(12, s)
        px = theme.px(theme.SMALL, s)
        title_h = app.text.line_height(max(px, 14))
        title_box = pygame.Rect(box.x + pad, box.y + pad // 2, box.w - 2 * pad, title_h)
        draw_fitted(surface, app.text, title, px, theme.MIST, title_box, min_px=14)
        return pygame.Rect(box.x + pad, title_box.bottom + pad // 2, box.w - 2 * pad,
                           max(0, box.bottom - title_box.bottom - pad))

    def _draw_bars(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        area = self._chart_title(surface, self.bars_box, _("Accuracy per category"))
        cats = self.figures.categories
        px = theme.px(theme.SMALL, s)
        if not cats:
            draw_fitted(surface, app.text, _("Answer a few questions to see this."), px, theme.SMOKE,
                        area, align="center", min_px=14)
            return
        line_h = app.text.line_height(max(px, 14))
        fits = max(1, area.h // line_h)
        # When not every category fits, the last row says how many are left out.
        shown = cats if len(cats) <= fits else cats[:max(1, fits - 1)]
        left_out = len(cats) - len(shown)
        row_h = min(area.h // (len(shown) + (1 if left_out else 0)), int(line_h * 1.6))
        label_w = int(area.w * 0.34)
        value_w = int(area.w * 0.14)
        for i, cat in enumerate(shown):
            row = pygame.Rect(area.x, area.y + i * row_h, area.w, row_h)
            draw_fitted(surface, app.text, cat.category, px, theme.PAPER,
                        pygame.Rect(row.x, row.y, label_w, row.h), min_px=14)
            track = pygame.Rect(row.x + label_w + theme.px(8, s), row.y + row.h // 4,
                                row.w - label_w - value_w - theme.px(16, s), max(2, row.h // 2))
            pygame.draw.rect(surface, theme.SLATE, track)
            fill = track.copy()
            fill.w = int(track.w * cat.accuracy)
            colour = theme.CATEGORY_COLOURS[i % len(theme.CATEGORY_COLOURS)]
            if fill.w:
                pygame.draw.rect(surface, colour, fill)
            draw_fitted(surface, app.text, f"{cat.accuracy:.0%}", px, theme.MIST,
                        pygame.Rect(row.right - value_w, row.y, value_w, row.h), align="right",
                        min_px=14)
        if left_out:
            row = pygame.Rect(area.x, area.y + len(shown) * row_h, area.w, row_h)
            draw_fitted(surface, app.text, _("and {n} more").format(n=left_out), px, theme.SMOKE, row,
                        min_px=14)

    def _draw_line(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        scores = self.figures.recent_scores
        area = self._chart_title(surface, self.line_box,
                                 ngettext("Score, last {n} round", "Score, last {n} rounds", len(scores)).format(n=len(scores))
                                 if scores else _("Score per round"))
        px = theme.px(theme.SMALL, s)
        if not scores:
            draw_fitted(surface, app.text, _("Finish a scored round to see this."), px, theme.SMOKE,
                        area, align="center", min_px=14)
            return
        top = max(scores) or 1
        label_w = app.text.size(f"{top:,}", max(px, 14))[0] + theme.px(8, s)
        label_h = app.text.line_height(max(px, 14))
        draw_fitted(surface, app.text, f"{top:,}", px, theme.SMOKE,
                    pygame.Rect(area.x, area.y, label_w, label_h), min_px=14)
        draw_fitted(surface, app.text, "0", px, theme.SMOKE,
                    pygame.Rect(area.x, area.bottom - label_h, label_w, label_h), min_px=14)
        plot = pygame.Rect(area.x + label_w, area.y + label_h // 2, area.w - label_w,
                           max(1, area.h - label_h))
        pygame.draw.line(surface, theme.ASH, plot.bottomleft, plot.bottomright, 1)
        pygame.draw.line(surface, theme.ASH, plot.topleft, plot.bottomleft, 1)
        step = plot.w / max(1, len(scores) - 1)
        points = [(int(plot.x + i * step) if len(scores) > 1 else plot.centerx,
                   int(plot.bottom - plot.h * score / top)) for i, score in enumerate(scores)]
        if len(points) > 1:
            pygame.draw.lines(surface, theme.AMBER, False, points, max(2, theme.px(3, s)))
        for point in points:
            pygame.draw.circle(surface, theme.PAPER, point, max(2, theme.px(4, s)))
