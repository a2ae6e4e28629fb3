"""A question on screen, its countdown, and the feedback after an answer.

The countdown lives on the ``quiz.round.Round`` (a monotonic clock), never on
frames: this scene only asks the round every frame whether time ran out. Colour
seeps into the screen as the round goes on, as the film's black-and-white present
turns back to colour at its end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional, TYPE_CHECKING

import pygame

from quiz.ui import theme
from quiz.ui.scene import Scene
from quiz.ui.kit.backdrop import film_edge
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kit.pointer import is_click
from quiz.ui.kit.shapes import draw_cross, draw_tick
from quiz.ui.kit.words import draw_block, draw_text, fit_block, group

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services

# Each option keeps its own colour of the past, faded to grey until the round warms up.
OPTION_COLOURS = (theme.AMBER, theme.TEAL, theme.ROSE, theme.SKY)
PLAYER = 0  # one player today; party play gives each player a part of the screen
FOCUS_MOVES = (actions.UP, actions.DOWN, actions.LEFT, actions.RIGHT, actions.NEXT, actions.PREVIOUS)
AUTO_ADVANCE_SECONDS = 4.0
# Feedback stays at least this long: a double tap or a key pressed twice must not skip it.
FEEDBACK_MIN_SECONDS = 0.3
TICK_FROM = 5  # the countdown ticks and turns warm in its last seconds
SLIDE_SECONDS = 0.28
MAX_DOTS = 30


def ease_out(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return 1 - (1 - t) ** 3


# -- layout --------------------------------------------------------------------


@dataclass
class Layout:
    size: tuple[int, int]
    scale: float
    header: pygame.Rect
    timer: pygame.Rect  # the bar; the seconds sit to its right
    seconds: pygame.Rect
    question: pygame.Rect  # the panel; its text goes inside question_text
    question_text: pygame.Rect
    options: list[pygame.Rect]
    option_badges: list[pygame.Rect]
    option_texts: list[pygame.Rect]
    footer: pygame.Rect
    verdict: pygame.Rect
    explanation: pygame.Rect
    hint: pygame.Rect


def option_grid(count: int) -> tuple[int, int]:
    """Columns and rows: four answers in a square, two or three side by side."""
    if count == 4:
        return 2, 2
    return max(1, count), 1


def make_layout(size: tuple[int, int], count: int) -> Layout:
    w, h = size
    s = theme.layout_scale(size)
    p = lambda v: theme.px(v, s)  # noqa: E731
    margin = max(p(32), int(w * 0.035))
    edge = film_edge(size)
    top = edge + p(10)
    header = pygame.Rect(margin, top, w - 2 * margin, p(58))
    seconds_w = p(64)
    timer = pygame.Rect(margin, header.bottom + p(16), header.w - seconds_w - p(12), p(10))
    seconds = pygame.Rect(timer.right + p(12), timer.centery - p(18), seconds_w, p(36))
    question = pygame.Rect(margin, timer.bottom + p(16), header.w, int(h * 0.21))
    pad = p(22)
    question_text = question.inflate(-2 * pad, -2 * p(14))

    gap = p(16)
    options_area = pygame.Rect(margin, question.bottom + p(18), header.w, int(h * 0.33))
    cols, rows = option_grid(count)
    cell_w = (options_area.w - gap * (cols - 1)) // cols
    cell_h = (options_area.h - gap * (rows - 1)) // rows
    options, badges, texts = [], [], []
    for i in range(count):
        c, r = i % cols, i // cols
        rect = pygame.Rect(options_area.x + c * (cell_w + gap), options_area.y + r * (cell_h + gap),
                           cell_w, cell_h)
        inner = p(14)
        badge_size = min(p(44), rect.h - 2 * inner)
        badge = pygame.Rect(rect.x + inner, rect.centery - badge_size // 2, badge_size, badge_size)
        text = pygame.Rect(badge.right + p(14), rect.y + p(10), 0, rect.h - 2 * p(10))
        text.w = rect.right - inner - text.x
        options.append(rect)
        badges.append(badge)
        texts.append(text)

    footer_top = options_area.bottom + p(16)
    footer = pygame.Rect(margin, footer_top, header.w, h - edge - p(10) - footer_top)
    hint_h = p(24)
    verdict = pygame.Rect(footer.x + p(20), footer.y + p(10), footer.w - p(40), p(40))
    hint = pygame.Rect(footer.x + p(20), footer.bottom - hint_h - p(6), footer.w - p(40), hint_h)
    explanation = pygame.Rect(verdict.x, verdict.bottom + p(4), verdict.w,
                              max(0, hint.y - verdict.bottom - p(8)))
    return Layout(size, s, header, timer, seconds, question, question_text, options, badges,
                  texts, footer, verdict, explanation, hint)


# -- the scene -------------------------------------------------------------------


class QuestionScene(Scene):
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
        # True from the moment feedback or the next question appears until the next
        # update: inputs queued in the same frame were aimed at what was on screen before.
        self._fresh = False
        self._blocks: dict = {}  # text fitted per (size, question, phase): fitting is slow

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
        return len(self.round.question.choices)

    def layout(self, size: Optional[tuple[int, int]] = None) -> Layout:
        return make_layout(size or self._size(), self.option_count)

    def seep(self) -> float:
        """How much colour has come back: none at the first question, most by the last."""
        total = max(1, self.round.total)
        return min(1.0, 0.08 + 0.92 * len(self.round.answers) / total)

    def auto_advance(self) -> bool:
        return self.app.settings.auto_advance

    def reduced_motion(self) -> bool:
        return self.app.settings.reduced_motion

    def option_at(self, pos) -> Optional[int]:
        if pos is None:
            return None
        for i, rect in enumerate(self.layout().options):
            if rect.collidepoint(pos):
                return i
        return None

    # -- events -------------------------------------------------------------

    @property
    def input_mode(self) -> str:
        return actions.ANSWERING if self.asking else actions.MENU

    def handle_action(self, action: Action) -> Optional[Action]:
        name = action.name
        if name in (actions.LOST_FOCUS, actions.PAUSE, actions.BACK):
            self.pause()
            return None
        if name == actions.POINT:
            if not action.touch:
                self.hover = self.option_at(action.pos) if self.asking else None
            return None
        if action.is_pointer:
            if is_click(action):
                if self.asking:
                    choice = self.option_at(action.pos)
                    if choice is not None:
                        self._input_choose(choice)
                elif self.in_feedback:
                    self._input_proceed()
            return None
        if self.in_feedback:
            if name == actions.CONFIRM:
                self._input_proceed()
                return None
            return action
        if not self.asking:
            return action
        if name == actions.ANSWER:
            if action.player != PLAYER:
                return action
            if action.value < self.option_count:
                self._input_choose(action.value)
            return None  # a key for an option this question lacks does nothing
        if name in FOCUS_MOVES:
            self._move_focus(name)
            return None
        if name == actions.CONFIRM:
            if self.focus is None:
                self.focus = 0  # the first Enter shows where the cursor is
            else:
                self._input_choose(self.focus)
            return None
        return action

    def _move_focus(self, move: str) -> None:
        n = self.option_count
        cols, rows = option_grid(n)
        if self.focus is None:
            self.focus = self.hover if self.hover is not None else 0
            return
        c, r = self.focus % cols, self.focus // cols
        if move in (actions.NEXT, actions.PREVIOUS):
            self.focus = (self.focus + (1 if move == actions.NEXT else -1)) % n
            return
        if move == actions.LEFT:
            c = (c - 1) % cols
        elif move == actions.RIGHT:
            c = (c + 1) % cols
        elif move == actions.UP:
            if rows == 1:
                c = (c - 1) % cols
            else:
                r = (r - 1) % rows
        elif move == actions.DOWN:
            if rows == 1:
                c = (c + 1) % cols
            else:
                r = (r + 1) % rows
        self.focus = min(n - 1, r * cols + c)

    # -- actions ------------------------------------------------------------

    def _input_choose(self, choice: int) -> None:
        """An answer from the player's input: never for a question not yet on screen."""
        if not self._fresh:
            self.choose(choice)

    def _input_proceed(self) -> None:
        """Go on from feedback by input: not in the frame it appeared, nor within
        ``FEEDBACK_MIN_SECONDS`` (a double tap or a key pressed twice)."""
        if self._fresh:
            return
        if self._feedback_at is not None and 0 <= self._now() - self._feedback_at < FEEDBACK_MIN_SECONDS:
            return
        self.proceed()

    def choose(self, choice: int) -> None:
        answer = self.round.answer(choice)
        if answer is not None:
            self._show_feedback(answer)

    def _show_feedback(self, answer) -> None:
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
        self._paused_at = None
        self.round.resume()

    # -- time ---------------------------------------------------------------

    def update(self, dt: float) -> None:
        self._fresh = False  # what is on screen now is what the next inputs answer
        now = self._now()
        # A clock that stepped backwards must not freeze the slide-in or hold the feedback.
        self._shown_at = min(self._shown_at, now)
        if self._feedback_at is not None:
            self._feedback_at = min(self._feedback_at, now)
        if self.round.paused:
            return
        timed_out = self.round.update()
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
            if self._now() - self._feedback_at >= AUTO_ADVANCE_SECONDS:
                self.proceed()

    def on_resize(self, size) -> None:
        self._blocks.clear()

    # -- text fitted into the layout (cached per size and question) ---------

    def blocks(self, size: Optional[tuple[int, int]] = None) -> dict[str, Any]:
        """Every wrapped text of the screen with its box: tests check they stay inside."""
        size = tuple(size or self._size())
        q = self.round.question
        last = self.round.last if self.in_feedback else None
        key = (size, self.round.index, self.in_feedback)
        cached = self._blocks.get(key)
        if cached is not None:
            return cached
        lay = make_layout(size, len(q.choices))
        s = lay.scale
        text = self.app.text
        out: dict[str, Any] = {
            "question": fit_block(text, q.question, lay.question_text, theme.px(36, s),
                                  min_px=theme.text_px(15, s), bold=True),
            "options": [
                fit_block(text, choice, box, theme.px(theme.BODY, s), min_px=theme.text_px(13, s),
                          align="left")
                for choice, box in zip(q.choices, lay.option_texts)
            ],
        }
        if last is not None:
            # One line, cut short if need be: the marked options already say it all.
            out["verdict"] = fit_block(text, self.verdict_text(last), self._verdict_box(lay, last),
                                       theme.px(30, s), min_px=theme.text_px(22, s), bold=True,
                                       align="left")
            if q.explanation:
                out["explanation"] = fit_block(text, q.explanation, lay.explanation,
                                               theme.px(theme.LABEL, s), min_px=theme.text_px(13, s),
                                               align="left", valign="top")
        if len(self._blocks) > 8:
            self._blocks.clear()
        self._blocks[key] = out
        return out

    def _verdict_box(self, lay: Layout, answer) -> pygame.Rect:
        s = lay.scale
        icon = theme.px(36, s)
        points_w = theme.px(230, s)
        box = pygame.Rect(lay.verdict.x + icon + theme.px(12, s), lay.verdict.y,
                          lay.verdict.w - icon - theme.px(12, s) - points_w, lay.verdict.h)
        return box

    @staticmethod
    def verdict_text(answer) -> str:
        q = answer.question
        if answer.timed_out:
            return f"Time's up — the answer was {q.correct}"
        if answer.correct:
            return "Right"
        return f"Wrong — you chose {q.choices[answer.chosen]}"

    # -- drawing --------------------------------------------------------------

    def redraw_key(self):
        if self.round.paused:
            return "paused"  # the question is hidden and the clock stopped: nothing moves
        return super().redraw_key()

    def draw(self, surface: pygame.Surface) -> None:
        size = surface.get_size()
        lay = make_layout(size, self.option_count)
        seep = self.seep()
        surface.blit(self.app.backdrop.warmed(size, seep), (0, 0))
        self._draw_header(surface, lay, seep)
        if self.round.paused:
            return  # the question stays hidden until play resumes
        self._draw_timer(surface, lay, seep)
        blocks = self.blocks(size)
        slide = 0
        if self.asking and not self.reduced_motion():
            t = (self._now() - self._shown_at) / SLIDE_SECONDS
            slide = int((1 - ease_out(t)) * theme.px(26, lay.scale))
        self._draw_question(surface, lay, blocks, seep, slide)
        self._draw_options(surface, lay, blocks, seep, slide)
        self._draw_footer(surface, lay, blocks, seep)

    def _draw_header(self, surface, lay: Layout, seep: float) -> None:
        s, text, r = lay.scale, self.app.text, self.round
        h = lay.header
        progress = f"{r.number}/{r.total}"
        shown = draw_text(surface, text, progress, theme.px(34, s), theme.PAPER,
                          (h.x, h.centery), "midleft", bold=True)
        # One mark per question: filled when right, a ring when wrong, grey ahead.
        if r.total <= MAX_DOTS:
            radius = theme.px(5, s)
            step = theme.px(16, s)
            x = shown.right + theme.px(22, s)
            room = h.w * 0.34 - (x - h.x)
            if step * r.total > room:
                step = max(radius * 2 + 2, int(room / max(1, r.total)))
            for i in range(r.total):
                centre = (x + i * step + radius, h.centery)
                if i < len(r.answers):
                    a = r.answers[i]
                    colour = theme.saturate(theme.RIGHT if a.correct else theme.WRONG, seep)
                    if a.correct:
                        pygame.draw.circle(surface, colour, centre, radius)
                    else:
                        pygame.draw.circle(surface, colour, centre, radius, max(1, radius // 2))
                elif i == r.index:
                    pygame.draw.circle(surface, theme.PAPER, centre, radius)
                    pygame.draw.circle(surface, theme.INK, centre, max(1, radius - theme.px(3, s)))
                else:
                    pygame.draw.circle(surface, theme.ASH, centre, max(2, radius - 2))

        q = r.question
        label = f"{q.category.upper()}  ·  {q.difficulty.upper()}"
        accent = theme.saturate(theme.CATEGORY_COLOURS[hash_index(q.category)], seep)
        pill_px = theme.px(theme.SMALL, s)
        max_w = int(h.w * 0.3)
        tw = min(text.size(label, pill_px, True)[0], max_w)
        pill = pygame.Rect(0, 0, tw + theme.px(28, s), theme.px(32, s))
        pill.center = (h.centerx + int(h.w * 0.04), h.centery)
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, accent, 0.25), pill, border_radius=pill.h // 2)
        pygame.draw.rect(surface, accent, pill, max(1, theme.px(1.5, s)), border_radius=pill.h // 2)
        draw_text(surface, text, label, pill_px, theme.PAPER, pill.center, "center", bold=True,
                  max_width=max_w)

        score_px = theme.px(30, s)
        shown = draw_text(surface, text, group(r.score), score_px, theme.PAPER,
                          (h.right, h.y + theme.px(2, s)), "topright", bold=True)
        draw_text(surface, text, "SCORE", theme.text_px(14, s), theme.SMOKE,
                  (shown.x - theme.px(10, s), shown.bottom - theme.px(7, s)), "bottomright", bold=True)
        if r.streak >= 2:
            streak, colour = f"streak of {r.streak}", theme.mix(theme.MIST, theme.saturate(theme.AMBER, seep), seep)
        elif r.streak == 1:
            streak, colour = "1 right in a row", theme.SMOKE
        else:
            streak, colour = "no streak yet", theme.SMOKE
        draw_text(surface, text, streak, theme.text_px(15, s), colour, (h.right, h.bottom), "bottomright")

    def _draw_timer(self, surface, lay: Layout, seep: float) -> None:
        s, r = lay.scale, self.round
        bar = lay.timer
        radius = bar.h // 2
        fraction = r.fraction_left()
        if fraction is None:
            label = "Practice: no timer, and nothing is saved" if self.plan.practice else "No timer"
            shown = draw_text(surface, self.app.text, label, theme.px(theme.SMALL, s), theme.SMOKE,
                              (lay.seconds.right, lay.seconds.centery), "midright",
                              max_width=lay.header.w // 2)
            # A dotted line where the countdown would be: the pace is the player's own.
            step = theme.px(14, s)
            for x in range(bar.x, shown.x - theme.px(16, s), step):
                pygame.draw.circle(surface, theme.ASH, (x + radius, bar.centery), max(1, radius // 3))
            return
        pygame.draw.rect(surface, theme.SLATE, bar, border_radius=radius)
        left = r.time_left() or 0.0
        colour = self.timer_colour(left, seep)
        if fraction > 0:
            fill = pygame.Rect(bar.x, bar.y, max(bar.h, int(bar.w * fraction)), bar.h)
            pygame.draw.rect(surface, colour, fill, border_radius=radius)
        seconds = math.ceil(left) if self.asking else round(left)
        draw_text(surface, self.app.text, f"{seconds}", theme.px(32, s), colour,
                  lay.seconds.midright, "midright", bold=True)

    @staticmethod
    def timer_colour(left: float, seep: float):
        calm = theme.mix(theme.MIST, theme.saturate(theme.AMBER, seep), min(1.0, 2 * seep))
        if left > TICK_FROM:
            return calm
        # Yellow at five seconds, red at the end: urgency does not wait for the colour to return.
        return theme.mix(theme.WARNING, theme.WRONG, 1 - left / TICK_FROM)

    def _draw_question(self, surface, lay: Layout, blocks, seep: float, slide: int) -> None:
        s = lay.scale
        panel = lay.question
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, theme.SLATE, 0.6), panel,
                         border_radius=theme.px(18, s))
        draw_block(surface, self.app.text, blocks["question"], theme.PAPER, (0, slide // 2))

    def _draw_options(self, surface, lay: Layout, blocks, seep: float, slide: int) -> None:
        s, text = lay.scale, self.app.text
        q = self.round.question
        last = self.round.last if self.in_feedback else None
        radius = theme.px(14, s)
        for i, rect in enumerate(lay.options):
            offset = (0, slide + i * slide // 3)
            box = rect.move(offset)
            accent = theme.saturate(OPTION_COLOURS[i], seep)
            fill, border, width = theme.mix(theme.NIGHT, theme.SLATE, 0.8), theme.ASH, 1
            ink = theme.PAPER
            mark = None
            if last is None:
                if i == self.focus or i == self.hover:
                    fill = theme.mix(theme.SLATE, accent, 0.22)
                    border, width = theme.PAPER, 3
            else:
                if i == q.answer:
                    fill, border, width, mark = theme.mix(theme.NIGHT, theme.RIGHT, 0.28), theme.RIGHT, 3, "right"
                elif i == last.chosen:
                    fill, border, width, mark = theme.mix(theme.NIGHT, theme.WRONG, 0.28), theme.WRONG, 3, "wrong"
                else:
                    ink, border = theme.SMOKE, theme.SLATE
            pygame.draw.rect(surface, fill, box, border_radius=radius)
            pygame.draw.rect(surface, border, box, theme.px(width, s), border_radius=radius)

            badge = lay.option_badges[i].move(offset)
            if mark == "right":
                draw_tick(surface, badge, theme.RIGHT, theme.px(5, s))
            elif mark == "wrong":
                draw_cross(surface, badge, theme.WRONG, theme.px(5, s))
            else:
                colour = accent if last is None else theme.ASH
                pygame.draw.rect(surface, colour, badge, border_radius=theme.px(10, s))
                draw_text(surface, text, str(i + 1), theme.px(24, s), theme.INK, badge.center,
                          "center", bold=True)
            draw_block(surface, text, blocks["options"][i], ink, offset)
            if mark:
                self._draw_tag(surface, lay, box, "RIGHT ANSWER" if mark == "right" else "YOUR ANSWER",
                               theme.RIGHT if mark == "right" else theme.WRONG)

    def _draw_tag(self, surface, lay: Layout, box: pygame.Rect, label: str, colour) -> None:
        s, text = lay.scale, self.app.text
        size = theme.text_px(14, s)
        w, h = text.size(label, size, True)
        tag = pygame.Rect(0, 0, w + theme.px(18, s), h + theme.px(6, s))
        tag.midright = (box.right - theme.px(16, s), box.top)
        pygame.draw.rect(surface, colour, tag, border_radius=tag.h // 2)
        draw_text(surface, text, label, size, theme.INK, tag.center, "center", bold=True)

    def _draw_footer(self, surface, lay: Layout, blocks, seep: float) -> None:
        s, text = lay.scale, self.app.text
        last = self.round.last if self.in_feedback else None
        hint_px = theme.px(theme.SMALL, s)
        if last is None:
            keys = actions.DEFAULT_ANSWER_KEYS[PLAYER]
            hint = (f"Answer with {keys[0]}–{keys[self.option_count - 1]}, or the arrows and Enter"
                    "   ·   Esc pauses")
            draw_text(surface, text, hint, hint_px, theme.SMOKE, lay.footer.center, "center",
                      max_width=lay.footer.w)
            return
        panel = lay.footer
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, theme.SLATE, 0.5), panel,
                         border_radius=theme.px(16, s))
        colour = theme.RIGHT if last.correct else theme.WRONG
        icon = pygame.Rect(lay.verdict.x, lay.verdict.centery - theme.px(18, s), theme.px(36, s),
                           theme.px(36, s))
        (draw_tick if last.correct else draw_cross)(surface, icon, colour, theme.px(5, s))
        draw_block(surface, text, blocks["verdict"], colour)
        points = f"+{group(last.points)}"
        draw_text(surface, text, points, theme.px(34, s), theme.PAPER if last.points else theme.SMOKE,
                  (lay.verdict.right, lay.verdict.centery), "midright", bold=True)
        detail = self.points_detail(last)
        if "explanation" in blocks:
            draw_block(surface, text, blocks["explanation"], theme.MIST)
        draw_text(surface, text, detail, hint_px, theme.SMOKE, lay.hint.midleft, "midleft",
                  max_width=lay.hint.w // 2)
        if self.auto_advance() and self._feedback_at is not None:
            left = max(0, math.ceil(AUTO_ADVANCE_SECONDS - (self._now() - self._feedback_at)))
            more = f"Next in {left} s   ·   Enter to go on now"
        else:
            more = "Enter, Space or click to go on" if self.round.number < self.round.total \
                else "Enter, Space or click for the results"
        draw_text(surface, text, more, hint_px, theme.MIST, lay.hint.midright, "midright",
                  max_width=lay.hint.w // 2)

    @staticmethod
    def points_detail(answer) -> str:
        if not answer.correct:
            return "No points; the streak starts again" if answer.timed_out or answer.chosen is not None else ""
        if answer.bonus:
            return f"{group(answer.points - answer.bonus)} for the answer + {group(answer.bonus)} streak bonus"
        return f"Answered in {answer.elapsed:.1f} s"


def hash_index(word: str) -> int:
    """A stable colour per category (``hash`` of a str changes between runs)."""
    return sum(word.encode("utf-8")) % len(theme.CATEGORY_COLOURS)
