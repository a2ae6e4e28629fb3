"""Settings: sound, volume, music, auto-advance, streak bonus, fullscreen, reduced motion."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

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
        controls = widgets.Button("Controls: answer keys and gamepads",
                                  lambda: app.router.show("controls"))
        controls.help = "Which four keys each player answers with, and how gamepads answer."
        self.rows.append(controls)
        self.back = widgets.Button("Back", app.router.back, align="center")
        self.menu = Menu(app, self.rows + [self.back], on_back=app.router.back)

    def layout(self) -> None:
        s = self.app.scale
        row_h, gap = theme.px(62, s), theme.px(8, s)
        self.stack_rows(self.rows + [self.back], self.rows_area(), row_h, gap,
                        extra_gap_before=(len(self.rows),))
        back = self.back.rect
        width = min(back.w, theme.px(300, s))
        self.back.rect = pygame.Rect(back.centerx - width // 2, back.y, width, back.h)
        self.place_help(self.back.rect.bottom)

    def footer_text(self) -> str:
        return "Up/Down choose · Left off, Right on · Enter switches · Esc goes back"
