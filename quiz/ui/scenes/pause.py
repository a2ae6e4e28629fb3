"""The pause overlay: the countdown is stopped and the question hidden until play resumes."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

import pygame

from quiz.i18n import N_, _
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.menu import Menu
from quiz.ui.kit.widgets import Button
from quiz.ui.kit.words import draw_fitted, draw_text
from quiz.ui.scene import Scene
from quiz.ui.kit.key_hints import with_keys

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

ITEMS = (N_("Resume"), N_("Back to the title"))


class PauseScene(Scene):
    transparent = True  # the round's header (progress, score) stays visible behind the veil

    def __init__(self, app: "Services", question_scene: Any) -> None:
        super().__init__(app)
        self.question_scene = question_scene
        self.buttons = [Button(ITEMS[0], lambda: self.activate(0), look="card"),
                        Button(ITEMS[1], lambda: self.activate(1), look="card")]
        self.menu = Menu(app, self.buttons, on_back=self.resume)
        self.relayout()

    @property
    def focus(self) -> int:
        return self.menu.focus

    def layout(self, size: Optional[tuple[int, int]] = None):
        w, h = size or tuple(self.app.size)
        s = theme.layout_scale((w, h))
        card = pygame.Rect(0, 0, min(w - theme.px(40, s), theme.px(560, s)), theme.px(340, s))
        card.center = (w // 2, h // 2)
        bw, bh, gap = card.w - theme.px(96, s), theme.px(58, s), theme.px(14, s)
        first = card.y + theme.px(132, s)
        buttons = [pygame.Rect(card.centerx - bw // 2, first + i * (bh + gap), bw, bh)
                   for i in range(len(ITEMS))]
        return s, card, buttons

    def relayout(self) -> None:
        for button, rect in zip(self.buttons, self.layout()[2]):
            button.rect = rect
        # Made once per size; a fresh full-window alpha surface every frame costs a lot.
        self._veil = pygame.Surface(tuple(self.app.size), pygame.SRCALPHA)
        self._veil.fill((*theme.INK, 215))

    def on_resize(self, size) -> None:
        self.relayout()

    # -- events -------------------------------------------------------------

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if name == actions.PAUSE:
            self.resume()
            return None
        if name in (actions.LEFT, actions.RIGHT):
            self.menu.move(-1 if name == actions.LEFT else 1)
            return None
        if name == actions.LOST_FOCUS:
            return None  # already paused; coming back waits for the player
        return self.menu.handle_action(action)

    def activate(self, index: int) -> None:
        if index == 0:
            self.resume()
        else:
            self.to_title()

    def resume(self) -> None:
        if self.app.router.top is self:
            self.app.router.back()
        self.question_scene.resume()

    def to_title(self) -> None:
        self.app.router.back_to("title")

    # -- drawing --------------------------------------------------------------

    def redraw_key(self):
        return self.focus

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        s, card, _items = self.layout((w, h))
        surface.blit(self._veil, (0, 0))
        pygame.draw.rect(surface, theme.NIGHT, card, border_radius=theme.px(20, s))
        pygame.draw.rect(surface, theme.ASH, card, theme.px(1, s), border_radius=theme.px(20, s))
        text = self.app.text
        # The card is the design's size: its heading keeps its size at a bigger text size.
        draw_text(surface, text, _("Paused"), text.grown(theme.px(theme.HEADING, s), 1.0), theme.PAPER,
                  (card.centerx, card.y + theme.px(28, s)), "midtop", bold=True,
                  max_width=card.w - theme.px(40, s))
        note = pygame.Rect(card.x + theme.px(30, s), card.y + theme.px(80, s),
                           card.w - theme.px(60, s), theme.px(40, s))
        draw_fitted(surface, text, _("The clock is stopped and the question hidden."), theme.px(theme.SMALL, s),
                    theme.MIST, note, align="center", min_px=10)
        self.menu.draw(surface)
        draw_text(surface, text, with_keys(_("Esc resumes"), self.app.settings.bindings), theme.px(14, s), theme.SMOKE,
                  (card.centerx, card.bottom - theme.px(14, s)), "midbottom")
