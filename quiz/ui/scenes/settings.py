"""Settings: sound, volume, music, auto-advance, streak bonus, fullscreen, reduced motion,
language, and the accessibility settings: text size, relaxed timers, accuracy only, high
contrast, read aloud."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from quiz.i18n import N_, _, lazy
from quiz.settings import LANGUAGES, TEXT_SIZES, TIME_FACTORS
from quiz.ui import theme
from quiz.ui.kit import widgets
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import OptionsScreen

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


class SettingsScene(OptionsScreen):
    heading = N_("Settings")
    subheading = N_("Changes are kept at once, for this game and the next.")
    column_width = 780

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        s = lambda: app.settings  # noqa: E731 (read fresh each time)

        def toggle(label: str, key: str, help: str) -> widgets.Toggle:
            row = widgets.Toggle(label, lambda: getattr(s(), key),
                                 lambda v: app.update_settings(**{key: bool(v)}))
            row.help = help
            return row

        self.rows: list[widgets.Widget] = [
            toggle(N_("Sound"), "sound", N_("Sound effects for answers, the last seconds and the results.")),
            widgets.Slider(N_("Volume"), lambda: s().volume, lambda v: app.update_settings(volume=v)),
            toggle(N_("Music"), "music", N_("Music in the party lobby and under party questions.")),
            toggle(N_("Auto-advance"), "auto_advance",
                   N_("Move on to the next question by itself a moment after the answer.")),
            toggle(N_("Streak bonus"), "streak_bonus",
                   N_("Extra points for right answers in a row: +100 a step, at most +500.")),
            toggle(N_("Fullscreen"), "fullscreen", N_("Fill the screen. F11 switches at any time.")),
            toggle(N_("Reduced motion"), "reduced_motion",
                   N_("Keep the screen still: no drifting light, slides or pulses.")),
        ]
        language = widgets.Choice(N_("Language"), (None,) + LANGUAGES, lambda: s().language,
                                  lambda v: app.update_settings(language=v), describe=language_name)
        language.help = N_("The language of the game's words. System follows the computer's language.")
        self.rows.append(language)
        self.rows[1].help = N_("How loud the effects are. Left and Right change it in tenths.")
        size = widgets.Choice(N_("Text size"), TEXT_SIZES, lambda: s().text_size,
                              lambda v: app.update_settings(text_size=v), lambda v: f"{v}%")
        size.help = N_("Bigger words on every screen; long lists scroll. Left and Right change it.")
        timers = widgets.Choice(N_("Time to answer"), TIME_FACTORS, lambda: s().time_factor,
                                lambda v: app.update_settings(time_factor=v), time_factor_words)
        timers.help = N_("More time for every timed question, or no time limit at all. "
                         "Relaxed rounds keep their own high scores.")
        speed = toggle(N_("Speed points"), "speed_points",
                       N_("Off: accuracy only, full points for any right answer however long it "
                          "took. Such rounds keep their own high scores."))
        contrast = toggle(N_("High contrast"), "high_contrast",
                          N_("White and yellow words on black, and plainer shapes."))
        # Where there is no engine the row itself says so: turning it on would do nothing.
        aloud = toggle(N_("Read aloud") if app.speech.available
                       else N_("Read aloud: no speech engine found"), "read_aloud", "")
        aloud.help = (N_("Speak each question and its options as it appears.")
                      if app.speech.available else
                      N_("No speech engine was found on this system (such as espeak-ng), "
                         "so the game stays silent."))
        self.rows += [size, timers, speed, contrast, aloud]
        commands = widgets.Button(N_("Command keys: moving, choosing, pausing"),
                                  lambda: app.router.show("command_keys"))
        commands.help = N_("Which keys move, choose, go back, pause and the rest; each can be "
                           "changed, and Reset brings the usual ones back.")
        self.rows.append(commands)
        controls = widgets.Button(N_("Controls: answer keys and gamepads"),
                                  lambda: app.router.show("controls"))
        controls.help = N_("Which four keys each player answers with, and how gamepads answer.")
        self.rows.append(controls)
        self.back = widgets.Button(lazy.pgettext("go back", "Back"), app.router.back, align="center")
        self.menu = Menu(app, self.rows + [self.back], on_back=app.router.back)

    def layout(self) -> None:
        s = self.app.scale
        row_h, gap = self.row_height(62), theme.px(8, s)
        bottom = self.scroll_rows(self.rows + [self.back], self.rows_area(), row_h, gap,
                                  focus=self.menu.focused, extra_gap_before=(len(self.rows),))
        back = self.back.rect
        width = min(back.w, theme.px(300, s))
        self.back.rect = pygame.Rect(back.centerx - width // 2, back.y, width, back.h)
        self.place_help(bottom)

    def footer_text(self) -> str:
        return _("Up/Down choose · Left off, Right on · Enter switches · Esc goes back")


# Each language by its own name, so a player who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文"}


def language_name(code) -> str:
    return _("System") if code is None else LANGUAGE_NAMES.get(code, code)


def time_factor_words(factor) -> str:
    if factor is None:
        return _("No limit")
    if factor == 1:
        return _("Normal")
    return _("{factor} times").format(factor=f"{factor:g}")
