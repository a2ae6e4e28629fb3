"""Command keys: the keys for moving, choosing, going back, pausing and the rest,
each changed by choosing its row and pressing the new key.

Like the Controls screen, a chosen row waits for the next key (CAPTURE). A key
another command has, or one a player answers with while a question needs the
command, is refused with a sentence naming who has it, and the row keeps
waiting; the Back keys (or Back on a pad) stop waiting and keep the old key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

import pygame

from quiz.bindings import COMMAND_NAMES, command_words, key_label
from quiz.i18n import _, lazy
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit import widgets
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.screen import OptionsScreen
from quiz.ui.kit.words import draw_fitted

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


class KeyRow(widgets.OptionRow):
    """A command and its keys; choosing it waits for a new key."""

    def __init__(self, scene: "CommandKeysScene", command: str) -> None:
        super().__init__(command_words(command), lambda: self.keys_text(), lambda _v: None)
        self.scene = scene
        self.command = command

    def keys_text(self) -> str:
        if self.scene.capturing == self.command:
            return _("Press a key")
        keys = self.scene.app.settings.bindings.command_keys(self.command)
        return " / ".join(key_label(key) for key in keys)

    def value_width(self, scale: float) -> int:
        return self.rect.w * 2 // 5

    def activate(self) -> bool:
        self.scene.capture(self.command)
        return True


class CommandKeysScene(OptionsScreen):
    column_width = 900

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        self.heading = _("Command keys")
        self.subheading = _("The keys that move, choose, go back and pause. Choose one and "
                            "press the key you want instead.")
        self.capturing: Optional[str] = None
        self.message = ""
        self.refused = False
        self.rows = [KeyRow(self, command) for command in COMMAND_NAMES]
        self.reset_button = widgets.Button(_("Reset to defaults"), self.reset, align="center")
        self.back_button = widgets.Button(lazy.pgettext("go back", "Back"), self.leave, align="center")
        self.menu = Menu(app, self.rows + [self.reset_button, self.back_button],
                         on_back=self.leave)

    @property
    def input_mode(self) -> str:
        return actions.CAPTURE if self.capturing is not None else actions.MENU

    @property
    def bindings(self):
        return self.app.settings.bindings

    def footer_text(self) -> str:
        if self.capturing is not None:
            back = key_label(self.bindings.command_keys("back")[0])
            return _("Press the new key · {back} keeps the old one").format(back=back)
        return _("Choose a command · press its new key · Reset brings the usual keys back")

    def redraw_key(self):
        return (super().redraw_key(), self.menu.focus, self.capturing, self.message,
                self.bindings, self.scroll_top)

    # -- actions

    def capture(self, command: str) -> None:
        self.capturing = command
        self._say(_("Press the key for “{command}”.").format(command=command_words(command)))

    def reset(self) -> None:
        self.capturing = None
        if self.bindings.commands == type(self.bindings)().commands:
            self._say(_("These are already the usual keys."))
            return
        self.app.update_settings(bindings=type(self.bindings)(self.bindings.keys))
        self._say(_("Every command has its usual keys again."))

    def leave(self) -> None:
        self.capturing = None
        self.app.router.back()

    def _say(self, message: str, refused: bool = False) -> None:
        self.message, self.refused = message, refused

    def _assign(self, key: Any) -> None:
        command = self.capturing
        refused = self.bindings.command_refusal(command, key)
        if refused is not None:
            self._say(refused.message, refused=True)
            return
        self.app.update_settings(bindings=self.bindings.remap_command(command, key))
        self.capturing = None
        self._say(_("“{command}” is now {key}.").format(
            command=command_words(command), key=key_label(self.bindings.command_keys(command)[0])))

    def handle_action(self, action: Action) -> Optional[Action]:
        if self.capturing is not None:
            if action.name == actions.KEY:
                if action.value in self.bindings.command_keys("back"):
                    self.capturing = None
                    self._say(_("The key stays as it was."))
                else:
                    self._assign(action.value)
                return None
            if action.name == actions.BACK or (action.is_pointer and action.name == actions.RELEASE):
                # A pad's Back, or a click elsewhere, stops waiting.
                self.capturing = None
                self._say(_("The key stays as it was."))
                return None
            return None if action.is_pointer else action
        if action.name == actions.RESET:
            self.reset()
            return None
        return super().handle_action(action)

    # -- layout and drawing

    def layout(self) -> None:
        s = self.app.scale
        row_h, gap = self.row_height(52), theme.px(6, s)
        area = self.rows_area()
        button_h = self.row_height(56)
        area.h = max(row_h, area.h - button_h - theme.px(16, s))
        bottom = self.scroll_rows(self.rows, area, row_h, gap, focus=self.menu.focused)
        body = self.regions["body"]
        y = bottom + theme.px(12, s)
        half = (body.w - gap) // 2
        self.reset_button.rect = pygame.Rect(body.x, y, half, button_h)
        self.back_button.rect = pygame.Rect(body.x + half + gap, y, body.w - half - gap, button_h)
        self.place_help(self.back_button.rect.bottom)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        self.menu.draw(surface)
        self.draw_scroll_marks(surface)
        words = self.message or _("Moving, choosing and going back also work with the mouse, "
                                  "a finger or a gamepad, whatever keys they have.")
        colour = theme.WARNING if self.refused else theme.MIST
        draw_fitted(surface, self.app.text, words, theme.px(theme.LABEL, self.app.scale), colour,
                    self.help_box, align="center", valign="top", min_px=14)
