"""The pause overlay: the countdown is stopped and the question hidden until play resumes."""

from __future__ import annotations

from typing import Any, Optional

import pygame

from quiz.ui import theme
from quiz.ui.scene import Scene
from quiz.ui.scenes.question import (CONFIRM_KEYS, draw_button, draw_text, event_pos, fit_block,
                                     draw_block, is_click)

ITEMS = ("Resume", "Back to the title")


class PauseScene(Scene):
    transparent = True  # the round's header (progress, score) stays visible behind the veil

    def __init__(self, app: Any, question_scene: Any) -> None:
        super().__init__(app)
        self.question_scene = question_scene
        self.focus = 0
        self._veil: Optional[pygame.Surface] = None

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

    # -- events -------------------------------------------------------------

    def process_event(self, event):
        kind = event.type
        if kind == pygame.KEYDOWN:
            key = event.key
            if key in (pygame.K_ESCAPE, pygame.K_PAUSE):
                self.resume()
            elif key in (pygame.K_UP, pygame.K_LEFT):
                self.focus = (self.focus - 1) % len(ITEMS)
            elif key in (pygame.K_DOWN, pygame.K_RIGHT):
                self.focus = (self.focus + 1) % len(ITEMS)
            elif key == pygame.K_TAB:
                step = -1 if event.mod & pygame.KMOD_SHIFT else 1
                self.focus = (self.focus + step) % len(ITEMS)
            elif key in CONFIRM_KEYS:
                self.activate(self.focus)
            else:
                return event
            return None
        if kind == pygame.MOUSEMOTION and not getattr(event, "touch", False):
            hit = self._hit(event.pos)
            if hit is not None:
                self.focus = hit
            return None
        if is_click(event):
            hit = self._hit(event_pos(self.app, event))
            if hit is not None:
                self.activate(hit)
            return None
        if kind in (pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED, pygame.WINDOWFOCUSGAINED):
            return None  # already paused; coming back waits for the player
        return event

    def _hit(self, pos) -> Optional[int]:
        if pos is None:
            return None
        for i, rect in enumerate(self.layout()[2]):
            if rect.collidepoint(pos):
                return i
        return None

    def activate(self, index: int) -> None:
        self.app.sound.play("click")
        if index == 0:
            self.resume()
        else:
            self.to_title()

    def resume(self) -> None:
        if self.app.stack.top is self:
            self.app.stack.pop()
        self.question_scene.resume()

    def to_title(self) -> None:
        try:
            from quiz.ui.scenes.title import TitleScene
        except ImportError:  # pragma: no cover - the title ships with the game
            TitleScene = None
        if TitleScene is not None:
            self.app.stack.pop_to(TitleScene)
        else:
            while len(self.app.stack) > 1:
                self.app.stack.pop()

    # -- drawing --------------------------------------------------------------

    def redraw_key(self):
        return self.focus

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        s, card, buttons = self.layout((w, h))
        if self._veil is None or self._veil.get_size() != (w, h):
            # Made once per size; a fresh full-window alpha surface every frame costs a lot.
            self._veil = pygame.Surface((w, h), pygame.SRCALPHA)
            self._veil.fill((*theme.INK, 215))
        surface.blit(self._veil, (0, 0))
        pygame.draw.rect(surface, theme.NIGHT, card, border_radius=theme.px(20, s))
        pygame.draw.rect(surface, theme.ASH, card, theme.px(1, s), border_radius=theme.px(20, s))
        text = self.app.text
        draw_text(surface, text, "Paused", theme.px(theme.HEADING, s), theme.PAPER,
                  (card.centerx, card.y + theme.px(28, s)), "midtop", bold=True,
                  max_width=card.w - theme.px(40, s))
        note = pygame.Rect(card.x + theme.px(30, s), card.y + theme.px(80, s),
                           card.w - theme.px(60, s), theme.px(40, s))
        block = fit_block(text, "The clock is stopped and the question hidden.", note,
                          theme.px(theme.SMALL, s), min_px=10)
        draw_block(surface, text, block, theme.MIST)
        for i, (rect, label) in enumerate(zip(buttons, ITEMS)):
            draw_button(surface, text, rect, label, i == self.focus, s)
        draw_text(surface, text, "Esc resumes", theme.px(14, s), theme.SMOKE,
                  (card.centerx, card.bottom - theme.px(14, s)), "midbottom")
