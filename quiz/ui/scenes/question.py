"""The question screen: what the player's actions do to the round, and its time.

Where things go is ``quiz.ui.question.layout``; how they are drawn,
``quiz.ui.question.view`` and the question kind's view. The countdown lives on the ``quiz.round.Round`` (a monotonic clock), never on
frames: this scene only asks the round every frame whether time ran out. Colour
seeps into the screen as the round goes on, as the film's black-and-white present
turns back to colour at its end.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Optional

import pygame

from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kinds import view_for
from quiz.ui.kit.pointer import is_click
from quiz.ui.question.layout import Layout, make_layout
from quiz.ui.question.view import AUTO_ADVANCE_SECONDS, TICK_FROM, QuestionView
from quiz.ui.question.answering import OptionAnswering
from quiz.ui.question.aloud import ReadAloud
from quiz.ui.question.explanation import ExplanationScroll
from quiz.ui.scene import Scene

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

PLAYER = 0  # one player today; party play gives each player a part of the screen



class QuestionScene(OptionAnswering, ExplanationScroll, ReadAloud, Scene):
    def __init__(self, app: "Services", round_: Any, plan: Any) -> None:
        super().__init__(app)
        self.round = round_
        self.plan = plan
        self.focus: Optional[int] = None  # option picked with the arrows
        self.hover: Optional[int] = None  # option under the mouse
        self._shown_at = self._now()
        self._feedback_at: Optional[float] = None
        self._ticked: Optional[int] = None
        self._paused_at: Optional[float] = None
        self._held_at: Optional[float] = None  # last moment a long explanation was still unread
        # True from the moment feedback or the next question appears until the next
        # update: inputs queued in the same frame were aimed at what was on screen before.
        self._fresh = False
        self.player = PLAYER
        # The first line of a long explanation shown in the feedback panel (Up/Down scroll).
        self.explanation_top = 0
        self.view = QuestionView(self)
        self._typing = False  # text input is on for a kind that takes typed text
        self.hover_pause = False  # the mouse is over the pause button

    # -- small reads --------------------------------------------------------

    def _now(self) -> float:
        return self.app.clock.now()

    def _size(self) -> tuple[int, int]:
        return tuple(self.app.size)

    @property
    def phase(self):
        return self.round.phase

    @property
    def asking(self) -> bool:
        from quiz.round import Phase

        return self.round.phase is Phase.ASKING

    @property
    def in_feedback(self) -> bool:
        from quiz.round import Phase

        return self.round.phase is Phase.FEEDBACK

    @property
    def option_count(self) -> int:
        q = self.round.question
        return view_for(q).answer_count(q)

    def layout(self, size: Optional[tuple[int, int]] = None) -> Layout:
        return make_layout(size or self._size(), self.option_count, self.in_feedback)

    def seep(self) -> float:
        """How much colour has come back: none at the first question, most by the last."""
        total = max(1, self.round.total)
        return min(1.0, 0.08 + 0.92 * len(self.round.answers) / total)

    def auto_advance(self) -> bool:
        return self.app.settings.auto_advance

    def reduced_motion(self) -> bool:
        return self.app.settings.reduced_motion

    # -- events -------------------------------------------------------------

    @property
    def input_mode(self) -> str:
        if not self.asking:
            return actions.MENU
        # A kind that takes typed text (a typed answer) asks for letters as text.
        return getattr(view_for(self.round.question), "INPUT_MODE", actions.ANSWERING)

    def _text_input(self) -> None:
        """Text input (and an input method's window, by the box) on while a kind takes text."""
        typing = self.input_mode == actions.TYPING and not self.round.paused
        if typing == self._typing:
            return
        self._typing = typing
        if typing:
            kind = view_for(self.round.question)
            if hasattr(kind, "text_rect"):
                pygame.key.set_text_input_rect(kind.text_rect(self.layout()))
            pygame.key.start_text_input()
        else:
            pygame.key.stop_text_input()

    def on_exit(self) -> None:
        self.stop_reading()  # covered by the pause, or the round is over
        if self._typing:
            self._typing = False
            pygame.key.stop_text_input()

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if name in (actions.LOST_FOCUS, actions.PAUSE, actions.BACK):
            self.pause()
            return None
        if action.is_pointer and self.asking and self._pause_pointer(action):
            return None
        if self.asking:
            kind = view_for(self.round.question)
            if hasattr(kind, "handle_action"):
                return self._kind_action(kind, action)
        return self.answer_input(action)

    def _kind_action(self, kind, action: Action) -> Optional[Action]:
        """A kind with controls of its own (a slider) keeps its state in ``focus`` and
        says when the player has answered."""
        if action.name == actions.ANSWER and action.player != self.player:
            return action
        used, self.focus, response = kind.handle_action(self.round.question, action, self.focus,
                                                        self.layout(), self.player)
        if response is not None:
            self._input_choose(response)
        return None if used else action

    def _pause_pointer(self, action: Action) -> bool:
        """The pause button: hovered, pressed, and a click or a tap on it pauses."""
        over = action.pos is not None and self.layout().pause.collidepoint(action.pos)
        if action.name == actions.POINT and not action.touch:
            self.hover_pause = over
        if over and is_click(action):
            self.pause()
        return over and action.name != actions.POINT

    def _kept(self) -> object:
        """What a time-out keeps of the answer under way: the kind says (order keeps its picks)."""
        if not self.asking:
            return None
        kind = view_for(self.round.question)
        return kind.kept(self.focus) if hasattr(kind, "kept") else None

    # -- actions ------------------------------------------------------------

    def choose(self, choice: int) -> None:
        answer = self.round.answer(choice)
        if answer is not None:
            self._show_feedback(answer)

    def _show_feedback(self, answer) -> None:
        self.reset_explanation()
        self._fresh = True
        self._feedback_at = self._now()
        self.focus = None
        self.hover = None
        if answer.timed_out:
            self.app.sound.play("timeup")
        else:
            self.app.sound.play("right" if answer.correct else "wrong")

    def proceed(self) -> None:
        """From feedback to the next question, or to the results after the last."""
        if not self.in_feedback:
            return
        from quiz.round import Phase

        if self.round.next() is Phase.FINISHED:
            self.app.router.replace("results", results=self.round.results(), plan=self.plan)
            return
        self._shown_at = self._now()
        self._feedback_at = None
        self._ticked = None
        self.focus = None
        self._fresh = True

    def pause(self) -> None:
        """Stop the countdown and cover the question (Esc, focus lost, minimised)."""
        if self.round.paused or self.app.router.top is not self:
            return
        self.round.pause()
        self._paused_at = self._now()
        self.app.router.show("pause", question_scene=self)

    def resume(self) -> None:
        if not self.round.paused:
            return
        if self._paused_at is not None and self._feedback_at is not None:
            # Auto-advance counts from when the feedback appeared; a pause gives that time back.
            self._feedback_at += self._now() - self._paused_at
            if self._held_at is not None:
                self._held_at += self._now() - self._paused_at
        self._paused_at = None
        self.round.resume()

    # -- time ---------------------------------------------------------------

    def update(self, dt: float) -> None:
        self._fresh = False  # what is on screen now is what the next inputs answer
        self._text_input()
        now = self._now()
        # A clock that stepped backwards must not freeze the slide-in or hold the feedback.
        self._shown_at = min(self._shown_at, now)
        if self._feedback_at is not None:
            self._feedback_at = min(self._feedback_at, now)
        if self._held_at is not None:
            self._held_at = min(self._held_at, now)
        if self.round.paused:
            return
        self.read_aloud()
        timed_out = self.round.update(self._kept())
        if timed_out is not None:
            self._show_feedback(timed_out)
            return
        if self.asking:
            left = self.round.time_left()
            if left is not None and 0 < left <= TICK_FROM:
                second = math.ceil(left)
                if second != self._ticked:
                    self._ticked = second
                    self.app.sound.play("tick")
        elif self.in_feedback and self.auto_advance() and self._feedback_at is not None:
            if self.explanation_unread:
                # Lines not yet read hold the auto-advance; it counts from the last of them.
                self._held_at = self._now()
            elif self._now() - self.advance_from() >= AUTO_ADVANCE_SECONDS:
                self.proceed()

    def on_resize(self, size) -> None:
        self.view.clear()

    # -- drawing ------------------------------------------------------------

    def blocks(self, size: Optional[tuple[int, int]] = None) -> dict[str, Any]:
        """Every wrapped text of the screen with its box: tests check they stay inside."""
        return self.view.blocks(size)

    def redraw_key(self):
        if self.round.paused:
            return "paused"  # the question is hidden and the clock stopped: nothing moves
        still = self.view.countdown_key(self._size())
        if still is not None:
            return ("countdown", still, object())  # the countdown moves every frame
        untimed = self.view.untimed_key(self._size())
        if untimed is not None:
            return ("untimed", untimed)  # drawn again only after an event
        return super().redraw_key()

    def changed_area(self, before, now, size):
        if (isinstance(before, tuple) and isinstance(now, tuple) and before[0] == now[0] == "countdown"
                and before[1] == now[1]):
            return self.view.countdown_area(size)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        self.view.draw(surface)

    # -- text fitted into the layout (cached per size and question) ---------
