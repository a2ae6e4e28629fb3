"""Round settings: category, difficulty, length and timer, kept between runs."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from quiz.i18n import N_, _, lazy, ngettext, pgettext
import pygame

from quiz.settings import FORMATS, QUESTION_COUNTS, TIMERS
from quiz.ui import rounds, theme
from quiz.ui.kit import widgets
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import OptionsScreen
from quiz.ui.names import difficulty_name, format_name

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

DIFFICULTY_CHOICES = (None, "easy", "medium", "hard")


def _questions(app: "Services") -> list:
    try:
        from quiz.deck import all_questions

        return all_questions(app.selected_packs())
    except Exception:  # packs that cannot be read offer no categories; "All" still works
        return []


def _categories(app: "Services", questions: list) -> list[Optional[str]]:
    from quiz.deck import categories_of, same_category

    found = categories_of(questions)
    current = same_category(app.settings.category, found)
    if current and current not in found:
        found.append(current)  # keep showing a choice the packs no longer have
    return [None] + found


class SetupScene(OptionsScreen):
    heading = N_("Round settings")
    subheading = N_("Play uses these. Practice uses them too, without the timer, and saves nothing.")
    column_width = 780

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        titles = [p.shown_title() for p in app.selected_packs()]
        if titles:
            self.subheading = _("Questions from {packs}. Practice rounds use these "
                                "settings too, without the timer, and save nothing.").format(packs=" + ".join(titles))
        s = lambda: app.settings  # noqa: E731 (read fresh each time)
        self._questions = _questions(app)
        self._available: dict[tuple, int] = {}
        from quiz.deck import same_category

        self._category_names = _categories(app, self._questions)
        self.category = widgets.Choice(
            N_("Category"), self._category_names, lambda: same_category(s().category, self._category_names),
            lambda v: app.update_settings(category=v),
            describe=lambda v: self._with_count(v or _("All categories"), v, s().difficulty))
        film = any(p.id == "us-and-them" for p in app.selected_packs())
        self.category.help = (_("Ask only about one part of the film, or everything. In brackets: how many "
                                "questions a round can hold with these choices.") if film else
                              _("Ask only about one category, or everything. In brackets: how many "
                                "questions a round can hold with these choices."))
        self.difficulty = widgets.Choice(
            N_("Difficulty"), DIFFICULTY_CHOICES, lambda: s().difficulty,
            lambda v: app.update_settings(difficulty=v),
            describe=lambda v: self._with_count(difficulty_name(v), s().category, v))
        self.difficulty.help = N_("Hard questions are worth twice as much as easy ones.")
        # Values given on the command line for this run show here, as they will be played.
        self.count = widgets.Choice(
            N_("Questions"), self._counts(), lambda: self._length()[0], self._set_count,
            describe=self._describe_count)
        self.count.help = N_("How many questions in a round.")
        self.timer = widgets.Choice(
            N_("Timer"), self._timers(), lambda: self._timer_value(), self._set_timer,
            describe=lambda v: pgettext("timer", "Off") if v is None else _("{seconds} seconds").format(seconds=f"{float(v):g}"))
        self.timer.help = N_("Seconds per question; faster right answers score more. Off saves no score.")
        self.formats = widgets.Choice(
            N_("Formats"), FORMATS, lambda: app.plan_round(False).formats, self._set_formats,
            describe=format_name)
        self.formats.help = N_("Mixed asks every kind: options, true or false, orders and numbers. "
                               "Classic asks four options only. Each keeps its own high scores.")
        self.play = widgets.Button(N_("Play with these"), self._play, align="center")
        self.back = widgets.Button(lazy.pgettext("go back", "Back"), app.router.back, align="center")
        self.rows = [self.category, self.difficulty, self.count, self.timer, self.formats]
        self.menu = Menu(app, self.rows + [self.play, self.back], on_back=app.router.back)

    def available(self, category: Optional[str], difficulty: Optional[str]) -> int:
        """Questions a round with these choices can hold (worked out once per pair)."""
        key = (category, difficulty)
        if key not in self._available:
            from quiz.deck import available

            self._available[key] = available(self._questions, category, difficulty)
        return self._available[key]

    def _with_count(self, name: str, category: Optional[str], difficulty: Optional[str]) -> str:
        # So a player sees before pressing Play that a choice leaves nothing to ask.
        n = self.available(category, difficulty)
        return _("{name} ({count})").format(name=name, count=n) if n else _("{name} (none)").format(name=name)

    def _length(self) -> tuple[int, Optional[float]]:
        return self.app.round_length()

    def _set_formats(self, value: str) -> None:
        self.app.choose_round_setting(formats=value)

    def _timer_value(self):
        timer = self._length()[1]
        return None if timer is None else (int(timer) if float(timer).is_integer() else timer)

    def _describe_count(self, value: int) -> str:
        fit = self.available(self.app.settings.category, self.app.settings.difficulty)
        if 0 < fit < value:
            return ngettext("{value} (only {fit} fits)", "{value} (only {fit} fit)", fit).format(value=value, fit=fit)
        return str(value)

    def _counts(self) -> list[int]:
        counts = list(QUESTION_COUNTS)
        for value in (self.app.settings.questions, self._length()[0]):
            if value not in counts:
                counts.append(value)
        return sorted(counts)

    def _timers(self) -> list:
        timers = list(TIMERS)
        for value in (self.app.settings.timer, self._timer_value()):
            if value not in timers:
                timers.append(value)
        return [None] * (None in timers) + sorted(t for t in timers if t is not None)

    # Choosing here beats a value given on the command line for this run.
    def _set_count(self, value: int) -> None:
        self.app.choose_round_setting(questions=value)

    def _set_timer(self, value: Optional[int]) -> None:
        self.app.choose_round_setting(timer=value)

    def _play(self) -> None:
        # With nothing to ask this screen stays, where the choices can be changed.
        rounds.start_round(self.app, practice=False, over="title")

    def layout(self) -> None:
        body = self.regions["body"]
        s = self.app.scale
        row_h, gap = self.row_height(66), theme.px(10, s)
        area = self.rows_area()
        button_h = self.row_height(58)
        # Room below the rows for the buttons and two lines of help. The rows keep their
        # height; when they do not all fit (a big text size), they scroll.
        area.h = max(row_h, area.h - button_h - theme.px(26, s))
        bottom = self.scroll_rows(self.rows, area, row_h, gap, focus=self.menu.focused)
        y = bottom + theme.px(20, s)
        half = (body.w - gap) // 2
        self.play.rect = pygame.Rect(body.x, y, half, button_h)
        self.back.rect = pygame.Rect(body.x + half + gap, y, body.w - half - gap, button_h)
        self.place_help(self.back.rect.bottom)

    def footer_text(self) -> str:
        return _("Up/Down choose · Left/Right change · Esc goes back")
