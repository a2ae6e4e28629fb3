"""The title screen: the film's name, the main menu and the next round's settings."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from quiz.i18n import N_, _, ngettext, pgettext
from quiz.ui.names import difficulty_word
import pygame

from quiz import daily
from quiz.round_plan import player_name
from quiz.ui import rounds, theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit import widgets
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.words import draw_fitted
from quiz.ui.scene import Scene
from quiz.ui.kit.key_hints import with_keys

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

SUBTITLE = "后来的我们"
TAGLINE = N_("A trivia game about Rene Liu's 2018 film")
BUILTIN_FILM = "us-and-them"
COLOUR_IN = 2.4  # seconds for the subtitle to take on its colour
# The first frames show without reading the packs, so the window opens at once;
# then the packs are read and the title says what the round will really hold.
LOOK_AT_FRAME = 10


def round_summary(app: "Services", look: bool = True) -> str:
    """The next round in a few words, e.g. "10 questions · 20 s · all categories · mixed".

    With ``look`` the packs are read to say when fewer questions fit than chosen."""
    settings = app.settings
    count, timer = app.round_length()
    fit = app.questions_that_fit() if look else None
    length = ngettext("{n} question", "{n} questions", count).format(n=count)
    if fit and fit < count:
        # Said here, before Play, so a shorter round (and its own score table) is no surprise.
        length = ngettext("only {fit} question fits (of {count})", "only {fit} questions fit (of {count})",
                          fit).format(fit=fit, count=count)
    if timer is None:
        pace = _("no timer")
    elif settings.time_factor is None:
        pace = _("no time limit")
    elif settings.time_factor != 1:
        # The seconds the player really has, relaxed (Settings' Time to answer).
        pace = _("{seconds} s").format(seconds=f"{float(timer) * settings.time_factor:g}")
    else:
        pace = _("{seconds} s").format(seconds=f"{float(timer):g}")
    category = shown_category(app, settings.category) if look else settings.category
    parts = [length, pace, category or _("all categories"),
             difficulty_word(settings.difficulty)]
    if not settings.speed_points:
        parts.append(_("accuracy only"))
    return " · ".join(parts)


def shown_category(app: "Services", category: Optional[str]) -> Optional[str]:
    """The saved category as the packs name it in the game's language now."""
    if not category:
        return category
    from quiz.deck import categories, same_category

    try:
        found = categories(app.selected_packs())  # seed 0, as Round settings lists them
    except Exception:  # a pack that cannot be read must not stop the title
        return category
    return same_category(category, found)


def tagline(app: "Services") -> str:
    """The line under the title: the film, unless the round only asks about other packs."""
    try:
        packs = app.selected_packs()
    except Exception:
        return _(TAGLINE)
    if not packs or any(p.id == BUILTIN_FILM for p in packs):
        return _(TAGLINE)
    return _("A trivia game · questions from {packs}").format(packs=" + ".join(p.shown_title() for p in packs))


class TitleScene(Scene):
    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        self.daily_button = widgets.Button(N_("Daily"), self.play_daily, hint=N_("today's 10"))
        self.buttons = [
            widgets.Button(N_("Play"), lambda: self.play(False), hint=N_("Enter")),
            widgets.Button(N_("Practice"), lambda: self.play(True), hint=N_("no timer")),
            widgets.Button(N_("Learn"), self.open_learn, hint=N_("fact by fact")),
            self.daily_button,
            widgets.Button(N_("Packs"), self.open_packs),
            widgets.Button(N_("High scores"), self.open_scores),
            widgets.Button(N_("Statistics"), self.open_statistics),
            widgets.Button(N_("Settings"), self.open_settings),
            widgets.Button(N_("Party"), self.open_party, hint=N_("2-8 players")),
            widgets.Button(N_("Quit"), app.quit),
        ]
        # The local date, read through ``today`` so a test can cross midnight.
        self.today = daily.today
        self.day = self.today()
        self.looked = False
        self.round_link = widgets.Link(round_summary(app, look=False), self.open_setup,
                                       size=theme.LABEL)
        self.menu = Menu(app, self.buttons + [self.round_link])
        self.quit_index = len(self.buttons) - 1
        self.boxes: dict[str, pygame.Rect] = {}
        self.tagline = TAGLINE
        self.layout(app.size)

    # ------------------------------------------------------------ actions

    def play(self, practice: bool) -> None:
        rounds.start_round(self.app, practice=practice)

    def play_daily(self) -> None:
        self.check_day()
        rounds.start_daily(self.app, self.day)

    def check_day(self) -> None:
        """A game left open past midnight offers the new day's challenge."""
        now = self.today()
        if daily.is_new_day(self.day, now):
            self.day = now
            self.app.notify(_("A new day: a new daily challenge is ready."))
            self.daily_hint()

    def daily_hint(self) -> None:
        """The daily button says the player's streak of days in a row."""
        days = [r.daily for r in self.app.store.round_records(player_name(self.app.settings))
                if r.daily is not None]
        run = daily.streak(days, self.day)
        self.daily_button.hint = (ngettext("streak {n} day", "streak {n} days", run).format(n=run) if run
                                  else N_("today's 10"))

    def open_setup(self) -> None:
        self.app.router.show("setup")

    def open_party(self) -> None:
        self.app.router.show("party_lobby")

    def open_packs(self) -> None:
        self.app.router.show("packs")

    def open_scores(self) -> None:
        self.app.router.show("high_scores")

    def open_learn(self) -> None:
        self.app.router.show("learn")

    def open_statistics(self) -> None:
        self.app.router.show("statistics")

    def open_settings(self) -> None:
        self.app.router.show("settings")

    # ------------------------------------------------------------ scene

    def on_enter(self) -> None:
        # Round settings may have changed on another screen.
        if self.looked:
            self.refresh()

    def refresh(self) -> None:
        self.looked = True
        self.check_day()
        self.daily_hint()
        self.round_link.label = round_summary(self.app)
        self.tagline = tagline(self.app)
        self.layout(self.app.size)

    def update(self, dt: float) -> None:
        if not self.looked and self.app.frames >= LOOK_AT_FRAME:
            self.refresh()
        elif self.app.frames % 600 == 0:  # about every ten seconds
            self.check_day()

    def on_resize(self, size: tuple[int, int]) -> None:
        self.layout(size)

    def layout(self, size: tuple[int, int]) -> None:
        w, h = size
        s = theme.layout_scale(size)
        text = self.app.text
        edge = self.app.backdrop.edge(size)
        margin = max(theme.px(48, s), int(w * 0.07))
        # A window taller than it is wide puts the menu under the title instead of beside it.
        stacked = w < h * 1.2
        self.align = "center" if stacked else "left"
        gap = theme.px(12, s)
        bw = min(theme.px(420, s), w - 2 * margin) if stacked else min(theme.px(360, s), int(w * 0.34))
        # Taller rows for a bigger text size, where the window has the room.
        bh = max(theme.px(58, s), text.line_height(theme.px(theme.BODY, s)) + theme.px(14, s))
        n = len(self.buttons)
        title_h = text.line_height(text.grown(theme.px(theme.TITLE * 1.25, s))) * 2
        sub_h = text.line_height(theme.px(46, s))
        tag_h = text.line_height(theme.px(theme.LABEL, s)) * 2
        link_h = text.line_height(theme.px(theme.LABEL, s)) * 2 + theme.px(16, s)
        caption_h = text.line_height(theme.px(theme.SMALL, s))
        block = title_h + sub_h + tag_h + caption_h + link_h + theme.px(52, s)
        footer_h = text.line_height(theme.px(theme.SMALL, s))
        usable = h - 2 * edge - footer_h - theme.px(40, s)
        over = block - usable
        if over > 0 and not stacked:
            # A big text size in a small window: the title gives up room first (it is
            # drawn fitted, so it shrinks into what is left), then the subtitle.
            least = text.line_height(theme.px(theme.HEADING, s) / text.zoom)
            cut = min(over, max(0, title_h - least))
            title_h -= cut
            cut_sub = min(over - cut, max(0, sub_h - least))
            sub_h -= cut_sub
            block -= cut + cut_sub
        menu_h = n * bh + (n - 1) * gap
        avail = usable - (block + theme.px(24, s) if stacked else theme.px(50, s))
        if menu_h > avail > 0:  # a squat window: tighter rows rather than spilling off
            k = max(0.5, avail / menu_h)
            bh, gap = int(bh * k), int(gap * k)
            menu_h = n * bh + (n - 1) * gap

        if stacked:
            col_w = w - 2 * margin
            col_x = margin
            top = max(edge + theme.px(24, s), (h - block - theme.px(24, s) - menu_h) // 2)
            x, y = (w - bw) // 2, top + block + theme.px(24, s)
        else:
            x, y = w - margin - bw, (h - menu_h) // 2
            col_x = margin
            col_w = max(theme.px(200, s), x - margin - theme.px(48, s))
            top = max(edge + theme.px(24, s), (h - block) // 2)
        for button in self.buttons:
            button.rect = pygame.Rect(x, y, bw, bh)
            y += bh + gap

        title = pygame.Rect(col_x, top, col_w, title_h)
        sub = pygame.Rect(col_x, title.bottom + theme.px(4, s), col_w, sub_h)
        tag = pygame.Rect(col_x, sub.bottom + theme.px(14, s), col_w, tag_h)
        caption = pygame.Rect(col_x, tag.bottom + theme.px(22, s), col_w, caption_h)
        pad = theme.px(14, s)  # the link's own inner margin, so its words line up with the title
        link_w = min(text.size(self.round_link.label, theme.px(theme.LABEL, s))[0] + 2 * pad,
                     col_w + 2 * pad)
        link_x = (w - link_w) // 2 if stacked else col_x - pad
        self.round_link.rect = pygame.Rect(link_x, caption.bottom + theme.px(4, s), link_w, link_h)
        self.round_link.align = self.align
        footer = pygame.Rect(margin, h - edge - theme.px(14, s) - footer_h, w - 2 * margin, footer_h)
        self.boxes = {"title": title, "sub": sub, "tag": tag, "caption": caption, "footer": footer}

    def kept_clear(self) -> list[pygame.Rect]:
        if not self.boxes:
            return []
        # The title's box has room for two lines; one line, set at its foot, is drawn.
        title = pygame.Rect(self.boxes["title"])
        line = self.app.text.line_height(self.app.text.grown(
            theme.px(theme.TITLE * 1.25, theme.layout_scale(self.app.size))))
        title.h, title.bottom = min(title.h, line), title.bottom
        return [title] + [self.boxes[name] for name in ("sub", "tag", "caption")]

    def handle_action(self, action: Action) -> Optional[Action]:
        left = self.menu.handle_action(action)
        if left is None:
            return None
        if left.name == actions.BACK:
            # Nothing harmful: point at Quit, so leaving is one more key away.
            self.menu.focus = self.quit_index
            return None
        if left.name == actions.LEFT:
            self.menu.focus = len(self.buttons)
            return None
        if left.name == actions.RIGHT and self.menu.focused is self.round_link:
            self.menu.focus = 0
            return None
        return left

    def warmth(self) -> float:
        if self.app.settings.reduced_motion:
            return 1.0
        return round(min(1.0, self.app.time / COLOUR_IN) * 12) / 12  # few steps: few cached renders

    def redraw_key(self):
        app = self.app
        return (app.backdrop.redraw_key(app.size, app.time, app.settings.reduced_motion),
                self.warmth(), self.menu.focus, self.round_link.label, self.tagline,
                self.daily_button.hint)

    def changed_area(self, before, now, size):
        # Most frames only the glow has drifted a step: the rest is drawn clipped to its path.
        if before[1:] != now[1:]:
            return None
        return self.app.backdrop.glow_moved(before[0], now[0])

    def draw(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        text = app.text
        app.backdrop.draw(surface, app.time, still=app.settings.reduced_motion)
        b = self.boxes
        draw_fitted(surface, text, _("Us and Them"), text.grown(theme.px(theme.TITLE * 1.25, s)), theme.PAPER,
                            b["title"], align=self.align, valign="bottom")
        # The subtitle takes on colour as the game opens, as colour returns in the film.
        draw_fitted(surface, text, pgettext("subtitle: the film's name in the other language", "后来的我们"), theme.px(46, s),
                            theme.saturate(theme.AMBER, self.warmth()), b["sub"], align=self.align)
        draw_fitted(surface, text, _(self.tagline), theme.px(theme.LABEL, s), theme.SMOKE, b["tag"],
                            align=self.align, valign="top", min_px=11)
        draw_fitted(surface, text, _("NEXT ROUND  ·  select to change"), theme.px(theme.SMALL, s),
                            theme.SMOKE, b["caption"], align=self.align, min_px=10)
        self.menu.draw(surface)
        draw_fitted(surface, text, with_keys(_("Arrows or Tab choose · Enter selects · F11 full screen"), app.settings.bindings),
                            theme.px(theme.SMALL, s), theme.ASH, b["footer"], align=self.align,
                            min_px=10)
