"""Learn mode's question screen: a ``quiz.learn_sitting.LearnSitting`` asked one
question at a time, no timer, the explanation after every answer until the player
goes on, and back to the Learn screen when every fact is learnt or on Esc.

Each box is saved as it changes (the sitting's ``save``); the answers join the
player's history, under the mode ``learn``, whenever the screen is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

import pygame

from quiz.i18n import _
from quiz.round import Phase
from quiz.store.history import LEARN
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kinds import view_for
from quiz.ui.kit.pointer import is_click
from quiz.ui.question.layout import Layout, make_layout
from quiz.ui.question.learn_view import LearnView
from quiz.ui.question.view import SLIDE_SECONDS
from quiz.ui.question.answering import OptionAnswering
from quiz.ui.question.aloud import ReadAloud
from quiz.ui.question.explanation import ExplanationScroll
from quiz.ui.scene import Scene

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

PLAYER = 0
SEEP = 0.55  # learn mode sits halfway between the grey menus and a round's full colour


class LearnQuestionScene(OptionAnswering, ExplanationScroll, ReadAloud, Scene):
    def __init__(self, app: "Services", sitting: Any, player: str, pack_set: str) -> None:
        super().__init__(app)
        self.round = sitting  # the name the question view reads
        self.player_name = player
        self.pack_set = pack_set
        self.player = PLAYER
        self.focus: Optional[int] = None
        self.hover: Optional[int] = None
        self._shown_at = self._now()
        self._feedback_at: Optional[float] = None
        self._fresh = False
        self._recorded = 0  # answers already in the history
        self.hover_pause = False  # the mouse is over the button back to Learn
        self.view = LearnView(self)

    # -- what the view reads -------------------------------------------------

    def _now(self) -> float:
        return self.app.clock.now()

    def _size(self) -> tuple[int, int]:
        return tuple(self.app.size)

    @property
    def asking(self) -> bool:
        return self.round.phase is Phase.ASKING

    @property
    def in_feedback(self) -> bool:
        return self.round.phase is Phase.FEEDBACK

    @property
    def option_count(self) -> int:
        q = self.round.question
        return view_for(q).answer_count(q)

    def layout(self, size: Optional[tuple[int, int]] = None) -> Layout:
        return make_layout(size or self._size(), self.option_count, self.in_feedback)

    def seep(self) -> float:
        return SEEP

    def auto_advance(self) -> bool:
        return False  # the explanation stays until the player goes on

    def reduced_motion(self) -> bool:
        return self.app.settings.reduced_motion

    # -- input ---------------------------------------------------------------

    @property
    def input_mode(self) -> str:
        return actions.ANSWERING if self.asking else actions.MENU

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if name in (actions.BACK, actions.PAUSE):
            self.leave()  # no clock to stop: every answer is already kept
            return None
        if name == actions.LOST_FOCUS:
            return None
        if action.is_pointer and self.asking:
            over = action.pos is not None and self.layout().pause.collidepoint(action.pos)
            if name == actions.POINT and not action.touch:
                self.hover_pause = over
            if over and is_click(action):
                self.leave()  # the button back to Learn, for the mouse and fingers
                return None
        return self.answer_input(action)

    # -- what happens --------------------------------------------------------

    def choose(self, choice: int) -> None:
        answer = self.round.answer(choice)
        if answer is None:
            return
        self._fresh = True
        self._feedback_at = self._now()
        self.reset_explanation()
        self.focus = self.hover = None
        self.app.sound.play("right" if answer.correct else "wrong")

    def proceed(self) -> None:
        if not self.in_feedback:
            return
        if self.round.next() is Phase.FINISHED:
            self.app.notify(_("Every fact here is learnt."))
            self.leave()
            return
        self._shown_at = self._now()
        self._feedback_at = None
        self.focus = None
        self._fresh = True

    def leave(self) -> None:
        if self.app.router.top is self:
            self.app.router.back()

    def record(self) -> None:
        """Put the answers not yet kept into the player's history (seen, right or wrong)."""
        answers = self.round.answers
        if len(answers) > self._recorded:
            self.app.store.record_round(self.player_name, self.pack_set,
                                        self.round.results(self._recorded), mode=LEARN)
            self._recorded = len(answers)

    def on_exit(self) -> None:
        self.stop_reading()
        self.record()

    def on_quit(self) -> None:
        self.record()

    # -- time and drawing ----------------------------------------------------

    def update(self, dt: float) -> None:
        self._fresh = False
        self._shown_at = min(self._shown_at, self._now())
        self.read_aloud()

    def on_resize(self, size) -> None:
        self.view.clear()

    def blocks(self, size: Optional[tuple[int, int]] = None) -> dict[str, Any]:
        return self.view.blocks(size)

    def redraw_key(self):
        # Without a countdown the picture moves only while a question slides in.
        if self.asking and not self.reduced_motion() and self._now() - self._shown_at < SLIDE_SECONDS:
            return object()
        return (self.round.phase, len(self.round.answers), self.focus, self.hover)

    def draw(self, surface: pygame.Surface) -> None:
        self.view.draw(surface)
