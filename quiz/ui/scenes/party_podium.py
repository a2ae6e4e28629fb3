"""The end of a party: every player ranked, with right answers, best streak and average time.

Enter plays again with the same players; Esc goes back to the lobby, which keeps them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import pygame

from quiz.i18n import _, ngettext
from quiz.party.game import Party
from quiz.party.players import Lobby
from quiz.ui import party_start, theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.shapes import card
from quiz.ui.kit.words import draw_fitted
from quiz.ui.party_look import draw_badge
from quiz.ui.party_start import PartyChoice
from quiz.ui.phone_link import PhoneLink
from quiz.ui.party_stage import PartyStage
from quiz.ui.kit.key_hints import with_keys

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services


COMPACT_AFTER = 8  # more players than this (phones) are listed in two columns


def winner_words(party: Party) -> str:
    winners = party.podium().winners
    names = _(" and ").join(e.player.name for e in winners)
    return ngettext("{names} wins!", "{names} win!", len(winners)).format(names=names)


class PartyPodiumScene(PartyStage):
    def __init__(self, app: "Services", party: Party, lobby: Lobby, choice: PartyChoice,
                 game: int = 0, phones: Optional[PhoneLink] = None) -> None:
        super().__init__(app, party, lobby, choice, game, phones)
        self.podium = party.podium()

    def on_enter(self) -> None:
        self.app.sound.play_music(None)
        self.app.sound.play("fanfare")

    def play_again(self) -> bool:
        return party_start.start(self.app, self.lobby, self.choice, game=self.game + 1,
                                 replace_top=True, phones=self.phones)

    def update(self, dt: float) -> None:
        if self.phones is not None:
            # Phones that join now sit in the lobby and play the next party; late answers count for nothing.
            self.phones.poll(self.lobby)

    def handle_action(self, action: Action) -> Optional[Action]:
        if action.name == actions.CONFIRM or (action.name == actions.PAUSE
                                              and action.device.startswith("pad")):
            self.play_again()
        elif action.name == actions.BACK:
            self.app.router.back_to("party_lobby")
        elif action.name == actions.ANSWER:
            return None
        else:
            return action
        return None

    def redraw_key(self):
        return (self.podium, self.app.size)

    def draw(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        w, h = app.size
        app.backdrop.draw(surface, app.time, still=True)
        m = theme.px(36, s)
        title = pygame.Rect(m, theme.px(20, s), w - 2 * m, theme.px(56, s))
        draw_fitted(surface, app.text, winner_words(self.party), theme.px(theme.HEADING, s),
                    theme.AMBER, title, align="center", bold=True)
        footer = pygame.Rect(m, h - theme.px(50, s), w - 2 * m, theme.px(34, s))
        draw_fitted(surface, app.text, with_keys(_("Enter: play again with the same players · Esc: lobby"), app.settings.bindings),
                    theme.px(theme.SMALL, s), theme.SMOKE, footer, align="center")
        area = pygame.Rect(m, title.bottom + theme.px(12, s), w - 2 * m,
                           footer.y - title.bottom - theme.px(24, s))
        entries = self.podium.entries
        if len(entries) > COMPACT_AFTER:
            self.draw_columns(surface, area)
            return
        gap = theme.px(10, s)
        row_h = min(theme.px(72, s), (area.h - gap * (len(entries) - 1)) // max(1, len(entries)))
        # A few players sit in the middle of the screen rather than under its title.
        top = area.y + max(0, (area.h - len(entries) * (row_h + gap) + gap) // 3)
        for i, entry in enumerate(entries):
            rect = pygame.Rect(area.x, top + i * (row_h + gap), area.w, row_h)
            card(surface, rect, s, focused=entry.place == 1)
            inner = rect.inflate(-theme.px(16, s), -theme.px(8, s))
            place = pygame.Rect(inner.x, inner.y, theme.px(70, s), inner.h)
            draw_fitted(surface, app.text, place_words(entry), theme.px(theme.BODY, s),
                        theme.PAPER, place, bold=True)
            name_w = int(inner.w * 0.3)
            draw_badge(surface, app, entry.player, pygame.Rect(place.right, inner.y, name_w, inner.h),
                       size=theme.BODY)
            stats = _("{score} pts · {right} of {answered} right · "
                      "best streak {streak} · {seconds} s average").format(
                          score=f"{entry.score:,}", right=entry.right, answered=entry.answered,
                          streak=entry.best_streak, seconds=f"{entry.average_time:.1f}")
            draw_fitted(surface, app.text, stats, theme.px(theme.LABEL, s), theme.MIST,
                        pygame.Rect(place.right + name_w + theme.px(12, s), inner.y,
                                    inner.right - place.right - name_w - theme.px(12, s), inner.h),
                        align="right")

    def draw_columns(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """Many players (phones): two columns of short rows, still every one of them."""
        app = self.app
        s = app.scale
        entries = self.podium.entries
        gap = theme.px(4, s)
        per_column = -(-len(entries) // 2)
        col_w = (area.w - theme.px(16, s)) // 2
        row_h = (area.h - gap * (per_column - 1)) // per_column
        small = theme.px(theme.SMALL, s)
        for i, entry in enumerate(entries):
            column, row = divmod(i, per_column)
            rect = pygame.Rect(area.x + column * (col_w + theme.px(16, s)),
                               area.y + row * (row_h + gap), col_w, row_h)
            card(surface, rect, s, focused=entry.place == 1)
            inner = rect.inflate(-theme.px(10, s), -2)
            place = pygame.Rect(inner.x, inner.y, theme.px(46, s), inner.h)
            draw_fitted(surface, app.text, place_words(entry), small, theme.PAPER, place, bold=True)
            name_w = int(inner.w * 0.40)
            draw_badge(surface, app, entry.player,
                       pygame.Rect(place.right, inner.y, name_w, inner.h), size=theme.SMALL)
            stats = _("{score} · {right}/{answered} right · "
                      "streak {streak} · {seconds} s").format(
                          score=f"{entry.score:,}", right=entry.right, answered=entry.answered,
                          streak=entry.best_streak, seconds=f"{entry.average_time:.1f}")
            words = pygame.Rect(place.right + name_w + theme.px(6, s), inner.y,
                                inner.right - place.right - name_w - theme.px(6, s), inner.h)
            draw_fitted(surface, app.text, stats, small, theme.MIST, words, align="right")


def place_words(entry) -> str:
    return f"{entry.place}{'=' if entry.tied else ''}."
