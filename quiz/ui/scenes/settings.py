"""Settings: sound, volume, music, auto-advance, streak bonus, fullscreen, reduced motion, language."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from quiz.i18n import N_, _, lazy
from quiz.settings import LANGUAGES
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
        controls = widgets.Button(N_("Controls: answer keys and gamepads"),
                                  lambda: app.router.show("controls"))
        controls.help = N_("Which four keys each player answers with, and how gamepads answer.")
        self.rows.append(controls)
        self.back = widgets.Button(lazy.pgettext("go back", "Back"), app.router.back, align="center")
        self.menu = Menu(app, self.rows + [self.back], on_back=app.router.back)

    def layout(self) -> None:
        s = self.app.scale
        row_h, gap = theme.px(56, s), theme.px(6, s)
        self.stack_rows(self.rows + [self.back], self.rows_area(), row_h, gap,
                        extra_gap_before=(len(self.rows),))
        back = self.back.rect
        width = min(back.w, theme.px(300, s))
        self.back.rect = pygame.Rect(back.centerx - width // 2, back.y, width, back.h)
        self.place_help(self.back.rect.bottom)

    def footer_text(self) -> str:
        return _("Up/Down choose · Left off, Right on · Enter switches · Esc goes back")


# Each language by its own name, so a player who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文"}


def language_name(code) -> str:
    return _("System") if code is None else LANGUAGE_NAMES.get(code, code)
