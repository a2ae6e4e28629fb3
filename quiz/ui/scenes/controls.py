"""Controls: each player's four answer keys, changed one at a time, and how pads answer.

Choosing a key cell waits for the next key pressed (the screen's input mode
becomes CAPTURE, so the keyboard sends that key as a KEY action instead of
its usual meaning). A key that is fixed or already someone's is refused with
a sentence saying whose it is, and the screen keeps waiting; Esc, or Back on
a pad, stops waiting and keeps the old key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

import pygame

from quiz.i18n import N_, _, lazy
from quiz.bindings import OPTIONS, PLAYERS, key_label
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.screen import Screen
from quiz.ui.kit.shapes import round_rect
from quiz.ui.kit.widgets import Button
from quiz.ui.kit.words import draw_fitted

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

BUTTON_ROW = PLAYERS  # the focus row of Reset and Back, under the players
RESET, BACK = 0, 1
PAD_LINE = N_("Gamepads: A, B, X, Y answer options 1 to 4 · Start pauses · D-pad or stick moves")


class ControlsScene(Screen):
    heading = N_("Controls")
    subheading = N_("Each player answers with four keys. Choose one and press the key you want instead.")
    column_width = 900

    def __init__(self, app: "Services") -> None:
        super().__init__(app)
        self.cells = [[Button("", align="center") for _ in range(OPTIONS)]
                      for _ in range(PLAYERS)]
        self.reset_button = Button(N_("Reset to defaults"), self.reset, align="center")
        self.back_button = Button(lazy.pgettext("go back", "Back"), self.leave, align="center")
        self.focus: tuple[int, int] = (0, 0)
        self.capturing: Optional[tuple[int, int]] = None  # (player, option) waiting for a key
        self.message = ""
        self.refused = False  # the message is a refusal (drawn in the warning colour)
        self.labels: list[pygame.Rect] = []
        self.headers: list[pygame.Rect] = []
        self.message_box = pygame.Rect(0, 0, 0, 0)
        self.pad_box = pygame.Rect(0, 0, 0, 0)

    # -- what the app asks of a screen

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
        return _("Arrows choose · Enter changes a key · Esc goes back")

    def redraw_key(self):
        return (super().redraw_key(), self.focus, self.capturing, self.message, self.bindings)

    # -- actions

    def handle_action(self, action: Action) -> Optional[Action]:
        """Do what the action means here; the action back when it meant nothing here."""
        return None if self._handle(action) else action

    def _handle(self, action: Action) -> bool:
        name = action.name
        if action.is_pointer:
            return self._pointer(action)
        if self.capturing is not None:
            if name == actions.KEY:
                if action.value in self.bindings.command_keys("back"):  # as Command keys does
                    return self._stop_capture()
                return self._assign(action.value)
            if name == actions.BACK:
                return self._stop_capture()
            return False
        if name in _STEPS:
            self._move(*_STEPS[name])
            return True
        if name in (actions.NEXT, actions.PREVIOUS):
            self._cycle(1 if name == actions.NEXT else -1)
            return True
        if name == actions.FIRST:
            self.focus = (0, 0)
            return True
        if name == actions.LAST:
            self.focus = (BUTTON_ROW, BACK)
            return True
        if name == actions.CONFIRM:
            return self._activate(self.focus)
        if name == actions.RESET:
            self.reset()
            return True
        if name == actions.BACK:
            self.leave()
            return True
        return False

    def reset(self) -> None:
        self.capturing = None
        if self.bindings.is_default:
            self._say(_("These are already the usual keys."))
            return
        self.app.update_settings(bindings=self.bindings.reset())
        self._say(_("Every player has the usual keys again."))

    def leave(self) -> None:
        self.capturing = None
        self.app.router.back()

    def _say(self, message: str, refused: bool = False) -> None:
        self.message, self.refused = message, refused
        self._label_cells()

    def _label_cells(self) -> None:
        for row in range(PLAYERS):
            keys = self.bindings.answer_keys(row)
            for col, cell in enumerate(self.cells[row]):
                waiting = self.capturing == (row, col)
                cell.label = _("Press a key") if waiting else key_label(keys[col])
                cell.size = theme.SMALL if waiting else theme.BODY

    def _activate(self, spot: tuple[int, int]) -> bool:
        row, col = spot
        self.focus = spot
        if row == BUTTON_ROW:
            (self.reset_button if col == RESET else self.back_button).activate()
            return True
        self.capturing = spot
        self._say(_("Press the key for Player {player}, option {option}.").format(player=row + 1, option=col + 1))
        return True

    def _stop_capture(self) -> bool:
        self.capturing = None
        self._say(_("The key stays as it was."))
        return True

    def _assign(self, key: Any) -> bool:
        player, option = self.capturing
        refused = self.bindings.refusal(player, option, key)
        if refused is not None:
            self._say(refused.message, refused=True)
            return True
        self.app.update_settings(bindings=self.bindings.remap(player, option, key))
        self.capturing = None
        self._say(_("Player {player} now answers option {option} with {key}.").format(
            player=player + 1, option=option + 1, key=key_label(self.bindings.answer_keys(player)[option])))
        return True

    # -- focus

    def _order(self) -> list[tuple[int, int]]:
        spots = [(row, col) for row in range(PLAYERS) for col in range(OPTIONS)]
        return spots + [(BUTTON_ROW, RESET), (BUTTON_ROW, BACK)]

    def _cycle(self, step: int) -> None:
        order = self._order()
        self.focus = order[(order.index(self.focus) + step) % len(order)]

    def _move(self, d_row: int, d_col: int) -> None:
        row, col = self.focus
        if d_col:
            width = 2 if row == BUTTON_ROW else OPTIONS
            self.focus = (row, max(0, min(width - 1, col + d_col)))
            return
        new_row = (row + d_row) % (PLAYERS + 1)
        if row == BUTTON_ROW:
            col = col * (OPTIONS // 2)       # Reset above options 1-2, Back above 3-4
        elif new_row == BUTTON_ROW:
            col = col // (OPTIONS // 2)
        self.focus = (new_row, col)

    def _widget(self, spot: tuple[int, int]) -> Button:
        row, col = spot
        if row == BUTTON_ROW:
            return self.reset_button if col == RESET else self.back_button
        return self.cells[row][col]

    def _spot_at(self, pos: tuple[int, int]) -> Optional[tuple[int, int]]:
        for spot in self._order():
            if self._widget(spot).rect.collidepoint(pos):
                return spot
        return None

    def _pointer(self, action: Action) -> bool:
        if action.pos is None:
            return False
        spot = self._spot_at(action.pos)
        if spot is None:
            return False
        if action.name == actions.POINT:
            if not action.touch:
                self.focus = spot
            return True
        if action.name == actions.PRESS:
            return True
        self.capturing = None
        return self._activate(spot)

    # -- layout and drawing

    def on_enter(self) -> None:
        self._label_cells()  # the keys may have changed while another screen was on top
        super().on_enter()

    def layout(self) -> None:
        s = self.app.scale
        text = self.app.text
        body = self.regions["body"]
        label_w = min(theme.px(180, s), body.w // 5)
        gap = theme.px(10, s)
        # The grid's words grow with the text size as far as the window has room: a
        # quarter at most for the headings and lines around it, the keys as the rows allow.
        head_h = text.line_height(self.small_px(theme.LABEL))
        msg_h = text.line_height(self.small_px(theme.LABEL))
        pad_h = text.line_height(self.small_px(theme.SMALL))
        button_h = max(theme.px(56, s), text.line_height(self.small_px(theme.BODY)) + theme.px(12, s))
        spare = body.h - head_h - msg_h - pad_h - button_h - 5 * gap
        # Never so low that a key's name drops under a readable size.
        least = text.line_height(text.asked_px(theme.min_text_px(s))) + theme.px(14, s)
        row_h = max(least, theme.px(28, s),
                    min(theme.px(60, s), (spare - (PLAYERS - 1) * gap) // PLAYERS))
        cell_w = (body.w - label_w - gap * OPTIONS) // OPTIONS
        grid_x = body.x + label_w + gap
        self.headers = [pygame.Rect(grid_x + c * (cell_w + gap), body.y, cell_w, head_h)
                        for c in range(OPTIONS)]
        y = body.y + head_h + gap
        self.labels = []
        for row in range(PLAYERS):
            self.labels.append(pygame.Rect(body.x, y, label_w, row_h))
            for col in range(OPTIONS):
                self.cells[row][col].rect = pygame.Rect(grid_x + col * (cell_w + gap), y, cell_w, row_h)
            y += row_h + gap
        self.message_box = pygame.Rect(body.x, y, body.w, msg_h)
        y += msg_h + gap
        self.pad_box = pygame.Rect(body.x, y, body.w, pad_h)
        y += pad_h + gap * 2
        button_w = min(theme.px(340, s), (body.w - gap) // 2)
        middle = body.centerx
        self.reset_button.rect = pygame.Rect(middle - gap // 2 - button_w, y, button_w, button_h)
        self.back_button.rect = pygame.Rect(middle + gap - gap // 2, y, button_w, button_h)

    def small_px(self, px: int) -> float:
        return self.app.text.grown(theme.px(px, self.app.scale))

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface)
        app, s = self.app, self.app.scale
        label_px = self.small_px(theme.LABEL)
        for col, box in enumerate(self.headers):
            draw_fitted(surface, app.text, _("Option {number}").format(number=col + 1), label_px, theme.SMOKE, box,
                                align="center", min_px=14)
        for row in range(PLAYERS):
            draw_fitted(surface, app.text, _("Player {number}").format(number=row + 1), self.small_px(theme.BODY),
                                theme.MIST, self.labels[row], bold=self.focus[0] == row, min_px=14)
            for col in range(OPTIONS):
                cell = self.cells[row][col]
                cell.draw(surface, app, self.focus == (row, col))
                if self.capturing == (row, col):
                    round_rect(surface, theme.AMBER, cell.rect, theme.px(10, s),
                                       width=max(1, theme.px(2, s)))
        if self.message:
            draw_fitted(surface, app.text, self.message, label_px,
                                theme.WARNING if self.refused else theme.PAPER, self.message_box,
                                align="center", min_px=14)
        draw_fitted(surface, app.text, _(PAD_LINE), self.small_px(theme.SMALL), theme.SMOKE,
                            self.pad_box, align="center", min_px=14)
        for spot, button in (((BUTTON_ROW, RESET), self.reset_button),
                             ((BUTTON_ROW, BACK), self.back_button)):
            button.draw(surface, app, self.focus == spot)


_STEPS = {actions.UP: (-1, 0), actions.DOWN: (1, 0), actions.LEFT: (0, -1), actions.RIGHT: (0, 1)}
