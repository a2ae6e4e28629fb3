"""Settings: sound, volume, music, auto-advance, streak bonus, fullscreen, reduced motion,
and the accessibility settings: text size, relaxed timers, accuracy only, high contrast,
read aloud."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from quiz.i18n import _
from quiz.settings import TEXT_SIZES, TIME_FACTORS
from quiz.ui import theme
from quiz.ui.kit import widgets
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import OptionsScreen

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


class SettingsScene(OptionsScreen):
    heading = "Settings"
    subheading = "Changes are kept at once, for this game and the next."
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
            toggle("Sound", "sound", "Sound effects for answers, the last seconds and the results."),
            widgets.Slider("Volume", lambda: s().volume, lambda v: app.update_settings(volume=v)),
            toggle("Music", "music", "Music in the party lobby and under party questions."),
            toggle("Auto-advance", "auto_advance",
                   "Move on to the next question by itself a moment after the answer."),
            toggle("Streak bonus", "streak_bonus",
                   "Extra points for right answers in a row: +100 a step, at most +500."),
            toggle("Fullscreen", "fullscreen", "Fill the screen. F11 switches at any time."),
            toggle("Reduced motion", "reduced_motion",
                   "Keep the screen still: no drifting light, slides or pulses."),
        ]
        self.rows[1].help = "How loud the effects are. Left and Right change it in tenths."
        size = widgets.Choice(_("Text size"), TEXT_SIZES, lambda: s().text_size,
                              lambda v: app.update_settings(text_size=v), lambda v: f"{v}%")
        size.help = _("Bigger words on every screen; long lists scroll. Left and Right change it.")
        timers = widgets.Choice(_("Time to answer"), TIME_FACTORS, lambda: s().time_factor,
                                lambda v: app.update_settings(time_factor=v), time_factor_words)
        timers.help = _("More time for every timed question, or no time limit at all. "
                        "Relaxed rounds keep their own high scores.")
        speed = toggle(_("Speed points"), "speed_points",
                       _("Off: accuracy only, full points for any right answer however long it "
                         "took. Such rounds keep their own high scores."))
        contrast = toggle(_("High contrast"), "high_contrast",
                          _("White and yellow words on black, and plainer shapes."))
        # Where there is no engine the row itself says so: turning it on would do nothing.
        aloud = toggle(_("Read aloud") if app.speech.available
                       else _("Read aloud: no speech engine found"), "read_aloud", "")
        aloud.help = (_("Speak each question and its options as it appears.")
                      if app.speech.available else
                      _("No speech engine was found on this system (such as espeak-ng), "
                        "so the game stays silent."))
        self.rows += [size, timers, speed, contrast, aloud]
        commands = widgets.Button(_("Command keys: moving, choosing, pausing"),
                                  lambda: app.router.show("command_keys"))
        commands.help = _("Which keys move, choose, go back, pause and the rest; each can be "
                          "changed, and Reset brings the usual ones back.")
        self.rows.append(commands)
        controls = widgets.Button("Controls: answer keys and gamepads",
                                  lambda: app.router.show("controls"))
        controls.help = "Which four keys each player answers with, and how gamepads answer."
        self.rows.append(controls)
        self.back = widgets.Button("Back", app.router.back, align="center")
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
        return "Up/Down choose · Left off, Right on · Enter switches · Esc goes back"


def time_factor_words(factor) -> str:
    if factor is None:
        return _("No limit")
    if factor == 1:
        return _("Normal")
    return _("{factor} times").format(factor=f"{factor:g}")
