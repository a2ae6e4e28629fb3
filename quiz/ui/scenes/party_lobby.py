"""The party lobby: players join with a key of a free keyboard zone or a pad button, get ready,
and the host picks the mode and the number of rounds.

A zone's first key (or a pad's A) joins, then toggles ready; its last key (or Y)
leaves. Up/Down choose a setting, Left/Right change it, Enter on Start begins.
On the Player row Left/Right pick a player, Enter types a new name for them (or
a click on their card does), and Delete sends them away, phones included.
Phones (Enter on it) starts the phone server: the lobby then shows the QR
code, the address and the room code, and each phone that joins takes a seat,
ready. The server stops when the lobby is left or the game quits.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Optional, Sequence

import pygame

from quiz.i18n import _
from quiz.party.players import (KEYBOARD, MAX_LOCAL, MAX_PLAYERS, MIN_PLAYERS, PAD, PHONE,
                                Controller,
                                Lobby)
from quiz.ui import party_start, theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.shapes import card, draw_tick
from quiz.ui.kit.pointer import is_click
from quiz.ui.kit.words import draw_fitted
from quiz.ui.name_field import NameField
from quiz.ui.party_look import (KEYBOARD_ZONES, MODE_NAMES, MODE_ORDER, controller_of,
                                controller_words, draw_badge, zone_keys)
from quiz.ui.party_start import PartyChoice
from quiz.ui.phone_link import PhoneLink
from quiz.ui.scene import Scene
from quiz.ui.kit.key_hints import with_keys

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

ROWS = ("mode", "rounds", "player", "phones", "start")
# With phones on, a row to show or hide the question's text on the phones.
PHONE_ROWS = ("mode", "rounds", "player", "text", "phones", "start")
MAX_ROUNDS = 9
LEAVE_OPTION = 3


class PartyLobbyScene(Scene):
    input_mode = actions.ANSWERING  # every zone's keys and every pad's buttons reach the lobby
    every_player_keys = True

    def __init__(self, app: "Services", names: Sequence[str] = (),
                 choice: Optional[PartyChoice] = None,
                 phones: Optional[PhoneLink] = None) -> None:
        super().__init__(app)
        self.lobby = Lobby()
        self.phones = phones or PhoneLink(app.clock)
        self.choice = choice or PartyChoice(timer=app.round_length()[1])
        self.focus = 0
        self.picked = 0                       # the seat the Player row points at
        self.naming: Optional[NameField] = None  # a name being typed for ``picked``
        # Names from the command line sit at the keyboard zones in order, ready to
        # play; names past the zones wait for the next gamepads to join.
        names = list(names)
        for zone, name in enumerate(names[:KEYBOARD_ZONES]):
            player = self.lobby.join(Controller(KEYBOARD, zone), name)
            if player is not None:
                self.lobby.set_ready(player.seat)
        self.pad_names = names[KEYBOARD_ZONES:MAX_LOCAL]

    # ------------------------------------------------------------ choosing

    def change(self, row: str, step: int) -> None:
        if row == "mode":
            index = (MODE_ORDER.index(self.choice.mode) + step) % len(MODE_ORDER)
            self.choice = replace(self.choice, mode=MODE_ORDER[index])
        elif row == "rounds":
            self.choice = replace(self.choice, rounds=max(1, min(MAX_ROUNDS, self.choice.rounds + step)))
        elif row == "player":
            self.pick(step)
        elif row == "phones":
            self.toggle_phones()
        elif row == "text":
            self.choice = replace(self.choice, phone_text=not self.choice.phone_text)
            self.phones.show_text = self.choice.phone_text

    # ------------------------------------------------------------ one player

    def picked_player(self):
        """The player the Player row points at; the first one when that seat emptied."""
        players = self.lobby.players
        if not players:
            return None
        return self.lobby.player(self.picked) or players[0]

    def pick(self, step: int) -> None:
        players = self.lobby.players
        if not players:
            return
        seats = [p.seat for p in players]
        here = self.picked_player().seat
        self.picked = seats[(seats.index(here) + step) % len(seats)]

    def begin_naming(self, seat: Optional[int] = None) -> None:
        if seat is not None:
            self.picked = seat
        player = self.picked_player()
        if player is None:
            self.app.notify(_("Nobody to rename yet: join first."))
            return
        self.picked = player.seat
        self.naming = NameField(player.name)
        pygame.key.start_text_input()

    def end_naming(self, keep: bool) -> None:
        field, self.naming = self.naming, None
        pygame.key.stop_text_input()
        player = self.picked_player()
        if not keep or field is None or player is None:
            return
        try:
            self.lobby.rename(player.seat, field.value)
        except ValueError as error:  # another player has that name
            self.app.notify(_("{problem}: choose another name.").format(problem=error))
            self.naming = field
            pygame.key.start_text_input()

    def remove_picked(self) -> None:
        player = self.picked_player()
        if player is None:
            return
        self.phones.remove(self.lobby, player)
        self.app.notify(_("{name} left the party.").format(name=player.name))

    def on_enter(self) -> None:
        self.app.sound.play_music("lobby")

    def on_exit(self) -> None:
        if self.naming is not None:
            self.end_naming(keep=False)
        self.app.sound.play_music(None)  # the next screen asks for its own

    @property
    def input_mode(self) -> str:
        return actions.TYPING if self.naming is not None else actions.ANSWERING

    # ------------------------------------------------------------ phones

    def start_phones(self) -> bool:
        self.phones.show_text = self.choice.phone_text
        try:
            self.phones.start()
        except OSError as error:   # the port is taken, or no network
            self.app.notify(_("Could not start the phone server: {error}").format(error=error))
            return False
        self.phones.show_lobby(self.lobby.players)
        return True

    def stop_phones(self) -> None:
        """The server stops; phone players leave the lobby (a phone cannot play without it)."""
        if not self.phones.running:
            return
        self.phones.stop()
        for player in self.lobby.players:
            if player.controller.kind == PHONE:
                self.lobby.remove(player.seat)

    def toggle_phones(self) -> None:
        if self.phones.running:
            self.stop_phones()
        else:
            self.start_phones()
        self.focus = self.rows().index("phones")  # the rows above it change; the focus stays

    def update(self, dt: float) -> None:
        if not self.phones.running:
            return
        self.phones.poll(self.lobby)   # in the lobby an answer means nothing
        self.phones.show_lobby(self.lobby.players)
        while self.phones.notes:
            self.app.notify(self.phones.notes.pop(0))

    def on_quit(self) -> None:
        self.phones.stop()

    def start(self) -> bool:
        if not self.lobby.can_start:
            self.app.notify(_("{least} to {most} players, all ready, can start.").format(least=MIN_PLAYERS, most=MAX_PLAYERS))
            return False
        return party_start.start(self.app, self.lobby, self.choice,
                                 phones=self.phones if self.phones.running else None)

    def press(self, controller: Controller, option: Optional[int]) -> None:
        """A player's key: join, toggle ready, or leave (the zone's last key)."""
        player = self.lobby.player_for(controller)
        if player is None:
            name = self.pad_names[0] if controller.kind == PAD and self.pad_names else ""
            try:
                joined = self.lobby.join(controller, name)
            except ValueError:  # someone took that name meanwhile: a default one, then
                joined = self.lobby.join(controller)
            if joined is None:
                self.app.notify(_("The party is full."))
            elif name and name == self.pad_names[0]:
                self.pad_names.pop(0)
                self.lobby.set_ready(joined.seat)  # as the names from the command line are
            return
        if option == LEAVE_OPTION:
            self.lobby.leave(controller)
        else:
            self.lobby.toggle_ready(player.seat)

    def handle_naming(self, action: Action) -> Optional[Action]:
        """Keys while a name is typed: text goes in, Enter keeps it, Esc keeps the old one."""
        field = self.naming
        name = action.name
        if name == actions.TEXT:
            field.insert(action.value)
        elif name == actions.COMPOSE:
            field.composing = action.value
        elif name == actions.ERASE:
            field.backspace()
        elif name == actions.PASTE:
            field.insert(action.value or "")
        elif name == actions.CONFIRM:
            self.end_naming(keep=True)
        elif name == actions.BACK:
            self.end_naming(keep=False)
        elif action.is_pointer:
            return action
        return None

    def handle_pointer(self, action: Action) -> Optional[Action]:
        """A click on a player's card renames them; on a setting, changes it (as Enter does)."""
        if action.pos is None:
            return None
        b = self.layout()
        if action.name == actions.POINT and not action.touch:
            for i, rect in enumerate(self.row_rects(b["side"])):
                if rect.collidepoint(action.pos):
                    self.focus = i
            return None
        if not is_click(action):
            return None
        for seat, box in enumerate(self.seat_boxes(b["grid"])):
            if box.collidepoint(action.pos) and self.lobby.player(seat) is not None:
                self.focus = self.rows().index("player")
                self.begin_naming(seat)
                return None
        for i, rect in enumerate(self.row_rects(b["side"])):
            if rect.collidepoint(action.pos):
                self.focus = i
                if self.rows()[i] == "start":
                    self.start()
                elif self.rows()[i] == "player":
                    self.begin_naming()
                else:
                    self.change(self.rows()[i], 1)
                return None
        return None

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if self.naming is not None:
            return self.handle_naming(action)
        if action.is_pointer:
            return self.handle_pointer(action)
        if name == actions.ERASE and self.rows()[self.focus] == "player":
            self.remove_picked()
            return None
        if name == actions.ANSWER or (name == actions.PAUSE and action.device.startswith("pad")):
            controller = controller_of(action)
            if controller is not None:
                self.press(controller, action.value if name == actions.ANSWER else None)
            return None
        if name in (actions.UP, actions.PREVIOUS):
            self.focus = (self.focus - 1) % len(self.rows())
        elif name in (actions.DOWN, actions.NEXT):
            self.focus = (self.focus + 1) % len(self.rows())
        elif name in (actions.LEFT, actions.RIGHT):
            self.change(self.rows()[self.focus], -1 if name == actions.LEFT else 1)
        elif name == actions.CONFIRM:
            if self.rows()[self.focus] == "start":
                self.start()
            elif self.rows()[self.focus] == "player":
                self.begin_naming()
            else:
                self.change(self.rows()[self.focus], 1)
        elif name == actions.BACK:
            self.stop_phones()
            self.app.router.back()
        else:
            return action
        return None

    # ------------------------------------------------------------ drawing

    def redraw_key(self):
        app = self.app
        naming = None if self.naming is None else (self.naming.text, self.naming.composing)
        return (app.backdrop.redraw_key(app.size, app.time, True), self.lobby.players,
                self.choice, self.focus, self.picked, naming, tuple(self.pad_names),
                self.phones.announcement, self.phones.away)

    def layout(self) -> dict:
        w, h = self.app.size
        s = theme.layout_scale((w, h))
        m = theme.px(36, s)
        title = pygame.Rect(m, theme.px(24, s), w - 2 * m, theme.px(52, s))
        hint = pygame.Rect(m, title.bottom, w - 2 * m, theme.px(30, s))
        side_w = int(w * 0.3)
        grid = pygame.Rect(m, hint.bottom + theme.px(12, s), w - 3 * m - side_w,
                           h - hint.bottom - theme.px(12, s) - theme.px(70, s))
        side = pygame.Rect(grid.right + m, grid.y, side_w, grid.h)
        footer = pygame.Rect(m, h - theme.px(56, s), w - 2 * m, theme.px(40, s))
        return {"title": title, "hint": hint, "grid": grid, "side": side, "footer": footer}

    def seat_count(self) -> int:
        """Cards on screen: the eight local seats, and more once phones fill past them."""
        top = max((p.seat for p in self.lobby.players), default=-1)
        if top < MAX_LOCAL - 1 or (top == MAX_LOCAL - 1 and not self.phones.running):
            return MAX_LOCAL
        # One free card past the last player while there is room, in whole rows of four.
        wanted = min(MAX_PLAYERS, top + 2)
        return min(MAX_PLAYERS, -(-wanted // 4) * 4)

    def seat_boxes(self, grid: pygame.Rect) -> list[pygame.Rect]:
        gap = theme.px(10, self.app.scale)
        count = self.seat_count()
        cols = 2 if count <= MAX_LOCAL else 4
        rows = -(-count // cols)
        cw, ch = (grid.w - (cols - 1) * gap) // cols, (grid.h - (rows - 1) * gap) // rows
        return [pygame.Rect(grid.x + (i % cols) * (cw + gap), grid.y + (i // cols) * (ch + gap), cw, ch)
                for i in range(count)]

    def draw(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        text = app.text
        app.backdrop.draw(surface, app.time, still=True)
        b = self.layout()
        draw_fitted(surface, text, _("Party"), theme.px(theme.HEADING, s), theme.PAPER, b["title"],
                    bold=True)
        zones = " · ".join(f"{zone_keys(app, z)}" for z in range(KEYBOARD_ZONES))
        phones = _(", or scan the code with a phone") if self.phones.running else ""
        waiting = (_(" · {pads}: a pad's A").format(pads=", ".join(self.pad_names)) if self.pad_names else "")
        draw_fitted(surface, text,
                    _("Join: press a key of a free zone ({zones}) or a pad's A").format(zones=zones) + phones + waiting,
                    theme.px(theme.SMALL, s), theme.MIST, b["hint"])
        for seat, box in enumerate(self.seat_boxes(b["grid"])):
            self.draw_seat(surface, seat, box)
        self.draw_side(surface, b["side"])
        draw_fitted(surface, text, with_keys(self.footer_words(), self.app.settings.bindings), theme.px(theme.SMALL, s), theme.SMOKE, b["footer"])

    def draw_seat(self, surface: pygame.Surface, seat: int, box: pygame.Rect) -> None:
        app = self.app
        s = app.scale
        player = self.lobby.player(seat)
        card(surface, box, s, focused=bool(player and player.ready))
        inner = box.inflate(-theme.px(16, s), -theme.px(8, s))
        if player is None:
            free = [z for z in range(KEYBOARD_ZONES)
                    if self.lobby.player_for(Controller(KEYBOARD, z)) is None]
            first_free = min(s for s in range(MAX_PLAYERS) if self.lobby.player(s) is None)
            words = (_("Free · a pad's A to join") if not free or seat != first_free
                     else _("Free · {keys} or a pad's A to join").format(keys=zone_keys(app, free[0])))
            if self.seat_count() > MAX_LOCAL:
                words = _("Free")
            draw_fitted(surface, app.text, words, theme.px(theme.SMALL, s), theme.SMOKE, inner)
            return
        compact = self.seat_count() > MAX_LOCAL  # many phones: name and mark only
        top = pygame.Rect(inner.x, inner.y, inner.w, inner.h if compact else inner.h // 2)
        chosen = self.rows()[self.focus] == "player" and self.picked_player() == player
        if chosen:
            # White and thicker than a ready card's amber edge: the one the Player row means.
            pygame.draw.rect(surface, theme.PAPER, box.inflate(theme.px(4, s), theme.px(4, s)),
                             width=max(3, theme.px(4, s)), border_radius=theme.px(10, s))
        if chosen and self.naming is not None:
            typed = self.naming.text + self.naming.composing
            draw_badge(surface, app, replace(player, name=typed + "|"), top, colour=theme.AMBER)
        else:
            draw_badge(surface, app, player, top)
        if compact:
            return
        low = pygame.Rect(inner.x, top.bottom, inner.w, inner.h - top.h)
        tick_w = low.h if player.ready else 0
        if player.ready:
            draw_tick(surface, pygame.Rect(low.x, low.y, low.h, low.h), theme.RIGHT, theme.px(3, s))
        state = _("Ready") if player.ready else _("Not ready")
        device = controller_words(app, player.controller)
        if player.controller.kind == PHONE and player.controller.ident in self.phones.away:
            device += _(", away")
        draw_fitted(surface, app.text, f"{state} · {device}",
                    theme.px(theme.SMALL, s), theme.MIST,
                    pygame.Rect(low.x + tick_w, low.y, low.w - tick_w, low.h))

    def rows(self) -> tuple[str, ...]:
        return PHONE_ROWS if self.phones.running else ROWS

    def player_row_words(self) -> str:
        player = self.picked_player()
        return _("Player: {name}").format(name=player.name) if player is not None else _("Player: nobody yet")

    def footer_words(self) -> str:
        if self.naming is not None:
            return _("Type a name · Enter: keep it · Esc: keep the old one")
        if self.rows()[self.focus] == "player":
            return _("Left/Right: another player · Enter: rename · Delete: remove from the party")
        ready = sum(1 for p in self.lobby.players if p.ready)
        return _("{ready} of {count} ready · "
                 "first key: ready · last key: leave · Esc: back").format(ready=ready, count=len(self.lobby.players))

    def row_rects(self, side: pygame.Rect) -> list[pygame.Rect]:
        s = self.app.scale
        gap = theme.px(12, s)
        tallest = theme.px(40, s) if self.phones.running else theme.px(60, s)
        row_h = min(tallest, (side.h - 2 * gap) // len(self.rows()))
        return [pygame.Rect(side.x, side.y + i * (row_h + gap), side.w, row_h)
                for i in range(len(self.rows()))]

    def draw_side(self, surface: pygame.Surface, side: pygame.Rect) -> None:
        app = self.app
        s = app.scale
        values = {"mode": _("Mode: {mode}").format(mode=_(MODE_NAMES[self.choice.mode])),
                  "rounds": _("Rounds: {n}").format(n=self.choice.rounds),
                  "player": self.player_row_words(),
                  "text": (_("Question on phones: shown") if self.choice.phone_text
                           else _("Question on phones: hidden")),
                  "phones": _("Phones: on") if self.phones.running else _("Phones: off"),
                  "start": _("Start") if self.lobby.can_start else _("Start (2+ ready)")}
        rects = self.row_rects(side)
        for i, (row, rect) in enumerate(zip(self.rows(), rects)):
            card(surface, rect, s, focused=(i == self.focus))
            label = values[row] if row == "start" or i != self.focus else f"< {values[row]} >"
            draw_fitted(surface, app.text, label, theme.px(theme.LABEL, s), theme.PAPER,
                        rect.inflate(-theme.px(16, s), -theme.px(6, s)), align="center",
                        bold=(row == "start"))
        if self.phones.running:
            top = rects[-1].bottom + theme.px(12, s)
            self.draw_join(surface, pygame.Rect(side.x, top, side.w, side.bottom - top))

    def draw_join(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """The QR code of the join address, the address and the room code."""
        app = self.app
        s = app.scale
        line_h = theme.px(24, s)
        qr = self.phones.qr
        words = pygame.Rect(area.x, area.bottom - 2 * line_h, area.w, line_h)
        draw_fitted(surface, app.text, self.phones.url, theme.px(theme.SMALL, s), theme.PAPER,
                    words, align="center")
        draw_fitted(surface, app.text, _("Room {code}").format(code=self.phones.room_code), theme.px(theme.LABEL, s),
                    theme.AMBER, words.move(0, line_h), align="center", bold=True)
        if qr is None:
            return
        # Four light modules around the code, as scanners expect.
        modules = qr.size + 8
        side = min(area.w, words.y - area.y - theme.px(6, s))
        cell = max(1, side // modules)
        full = cell * modules
        box = pygame.Rect(0, 0, full, full)
        box.midtop = (area.centerx, area.y)
        pygame.draw.rect(surface, (255, 255, 255), box)
        for y, row in enumerate(qr.rows):
            for x, dark in enumerate(row):
                if dark:
                    surface.fill((0, 0, 0), (box.x + (x + 4) * cell, box.y + (y + 4) * cell, cell, cell))
