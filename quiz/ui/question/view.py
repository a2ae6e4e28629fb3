"""How the question screen is drawn: the header, the countdown, the question, the
kind's answers and the feedback, with the words fitted once per size and question."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Optional

from quiz.i18n import _
from quiz.ui.names import difficulty_word
import pygame

from quiz.ui import theme
from quiz.ui.kinds import view_for
from quiz.ui.kit.shapes import draw_cross, draw_tick, round_rect
from quiz.ui.kit.words import TextBlock, draw_block, draw_text, fit_block, group, place_lines
from quiz.ui.question.layout import Layout, make_layout
from quiz.ui.question.source import source_words
from quiz.ui.kit.key_hints import with_keys

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.scenes.question import QuestionScene

TICK_FROM = 5  # the countdown ticks and turns warm in its last seconds
AUTO_ADVANCE_SECONDS = 4.0  # feedback moves on by itself after this, when the player chose so
SLIDE_SECONDS = 0.28
MAX_DOTS = 30


class QuestionView:
    def __init__(self, scene: "QuestionScene") -> None:
        self.scene = scene
        self._blocks: dict = {}  # text fitted per (size, question, phase): fitting is slow
        # While a question waits for its answer only the countdown moves: the rest of
        # the picture is painted once into this surface and shown with one blit.
        self._still: Optional[pygame.Surface] = None
        self._still_key: Any = None

    def clear(self) -> None:
        """Forget the fitted text and the still picture (the window changed size)."""
        self._blocks.clear()
        self._still = self._still_key = None

    def blocks(self, size: Optional[tuple[int, int]] = None) -> dict[str, Any]:
        """Every wrapped text of the screen with its box: tests check they stay inside."""
        size = tuple(size or self.scene._size())
        q = self.scene.round.question
        last = self.scene.round.last if self.scene.in_feedback else None
        key = (size, self.scene.round.index, self.scene.in_feedback, self.scene.explanation_top,
               self._keys())
        cached = self._blocks.get(key)
        if cached is not None:
            return cached
        kind = view_for(q)
        lay = make_layout(size, kind.answer_count(q), last is not None)
        s = lay.scale
        text = self.scene.app.text
        out: dict[str, Any] = {
            "question": fit_block(text, q.question, lay.question_text, theme.px(36, s),
                                  min_px=theme.text_px(15, s), bold=True),
            "options": kind.fit_answers(text, q, lay, self._keys()),
        }
        if last is not None:
            # One line, cut short if need be: the marked options already say it all.
            out["verdict"] = fit_block(text, kind.verdict_text(last), self._verdict_box(lay, last),
                                       theme.px(30, s), min_px=theme.text_px(22, s), bold=True,
                                       align="left")
            room = lay.explanation
            where = source_words(q.source, self.scene.app.selected_packs())
            px = theme.text_px(14, s)
            line = text.line_height(px) if where else 0
            if q.explanation:
                # The explanation keeps one line free for its source below it.
                out["explanation"], out["explanation_lines"] = self._explanation(
                    q.explanation,
                    pygame.Rect(room.x, room.y, room.w, max(0, room.h - line - theme.px(2, s))), s)
            if where:
                # Small, right under the explanation, cut short if it must be.
                rects = out["explanation"].rects if "explanation" in out else []
                y = rects[-1].bottom + theme.px(4, s) if rects else room.y
                y = min(y, room.bottom - line)
                out["source"] = fit_block(text, where, pygame.Rect(room.x, y, room.w, line), px,
                                          min_px=px, align="left")
        if len(self._blocks) > 8:
            self._blocks.clear()
        self._blocks[key] = out
        return out

    def _explanation(self, words: str, box: pygame.Rect, s: float) -> tuple[TextBlock, tuple[int, int, int]]:
        """The explanation in ``box``: shrunk as far as the smallest readable size, and
        past that never cut: the lines shown start at the scene's ``explanation_top``
        and the rest are scrolled to. Also (first line shown, lines shown, lines in all)."""
        text = self.scene.app.text
        px, least = theme.px(theme.LABEL, s), theme.text_px(14, s)
        block = fit_block(text, words, box, px, min_px=least, align="left", valign="top")
        every = text.wrap(words, block.px, box.w) if box.w > 0 else []
        room = max(1, box.h // max(1, text.line_height(block.px)))
        if len(every) <= room:
            return block, (0, len(block.lines), len(block.lines))
        first = max(0, min(self.scene.explanation_top, len(every) - room))
        shown = every[first:first + room]
        return (TextBlock(pygame.Rect(box), block.px, shown,
                          place_lines(text, shown, block.px, box, "left", "top")),
                (first, len(shown), len(every)))

    def _verdict_box(self, lay: Layout, answer) -> pygame.Rect:
        s = lay.scale
        icon = theme.px(36, s)
        points_w = theme.px(230, s)
        box = pygame.Rect(lay.verdict.x + icon + theme.px(12, s), lay.verdict.y,
                          lay.verdict.w - icon - theme.px(12, s) - points_w, lay.verdict.h)
        return box

    # -- drawing --------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        size = surface.get_size()
        lay = self.scene.layout(size)
        seep = self.scene.seep()
        slide = 0
        if self.scene.asking and not self.scene.reduced_motion():
            t = (self.scene._now() - self.scene._shown_at) / SLIDE_SECONDS
            slide = int((1 - ease_out(t)) * theme.px(26, lay.scale))
        if self.scene.asking and not slide and not self.scene.round.paused:
            key = self._still_state(size, seep)
            if self._still is None or self._still_key != key or self._still.get_size() != size:
                self._still = pygame.Surface(size)
                self._paint(self._still, lay, seep, 0, timer=False)
                self._still_key = key
            surface.blit(self._still, (0, 0))
            self._draw_timer(surface, lay, seep)
            return
        self._paint(surface, lay, seep, slide, timer=True)

    def _still_state(self, size, seep: float) -> tuple:
        """Everything the picture besides the countdown depends on while a question is asked."""
        scene, r = self.scene, self.scene.round
        return (tuple(size), id(scene.app.text), self._keys(), r.index, id(r.question),
                len(r.answers), r.score, r.streak, scene.focus, scene.hover, seep)

    def countdown_key(self, size) -> Optional[tuple]:
        """While only the countdown moves, the still picture's key; None when more can move."""
        scene = self.scene
        if not scene.asking or scene.round.paused or scene.round.fraction_left() is None:
            return None
        if not scene.reduced_motion() and scene._now() - scene._shown_at < SLIDE_SECONDS:
            return None  # still sliding in
        return self._still_state(tuple(size), scene.seep())

    def untimed_key(self, size) -> Optional[tuple]:
        """With no countdown (practice, no time limit), the key of the whole picture while a
        question is asked: nothing in it moves by itself once it has slid in. None otherwise."""
        scene = self.scene
        if not scene.asking or scene.round.paused or scene.round.fraction_left() is not None:
            return None
        if not scene.reduced_motion() and scene._now() - scene._shown_at < SLIDE_SECONDS:
            return None
        return self._still_state(tuple(size), scene.seep())

    def countdown_area(self, size) -> pygame.Rect:
        """The band the countdown is drawn in: its bar and seconds, up to the header above
        and the question below (a tall digit stays inside)."""
        lay = self.scene.layout(tuple(size))
        band = pygame.Rect(lay.timer.x, lay.header.bottom, lay.seconds.right - lay.timer.x,
                           lay.question.y - lay.header.bottom)
        return band.union(lay.timer).union(lay.seconds)

    def _keys(self) -> tuple[str, ...]:
        """The player's own answer keys, which the badges and the hint name."""
        return self.scene.app.settings.bindings.answer_keys(self.scene.player)

    def _paint(self, surface: pygame.Surface, lay: Layout, seep: float, slide: int,
               timer: bool) -> None:
        size = surface.get_size()
        surface.blit(self.scene.app.backdrop.warmed(size, seep), (0, 0))
        self._draw_header(surface, lay, seep)
        if self.scene.round.paused:
            return  # the question stays hidden until play resumes
        if timer:
            self._draw_timer(surface, lay, seep)
        blocks = self.blocks(size)
        self._draw_question(surface, lay, blocks, seep, slide)
        q = self.scene.round.question
        last = self.scene.round.last if self.scene.in_feedback else None
        view_for(q).draw_answers(surface, self.scene.app.text, lay, blocks["options"], q, last,
                                 self.scene.focus, self.scene.hover, seep, slide, self._keys())
        self._draw_footer(surface, lay, blocks, seep)

    def _draw_header(self, surface, lay: Layout, seep: float) -> None:
        s, text, r = lay.scale, self.scene.app.text, self.scene.round
        h = lay.header
        progress = f"{r.number}/{r.total}"
        # The header's height is the design's: its big numerals keep their size at a
        # bigger text size, its words grow a quarter at most.
        shown = draw_text(surface, text, progress, text.grown(theme.px(34, s), 1.0), theme.PAPER,
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
        label = f"{q.category.upper()}  ·  {difficulty_word(q.difficulty).upper()}"
        accent = theme.saturate(theme.CATEGORY_COLOURS[hash_index(q.category)], seep)
        pill_px = text.grown(theme.px(theme.SMALL, s))
        max_w = int(h.w * 0.3)
        tw = min(text.size(label, pill_px, True)[0], max_w)
        pill = pygame.Rect(0, 0, tw + theme.px(28, s), theme.px(32, s))
        pill.center = (h.centerx + int(h.w * 0.04), h.centery)
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, accent, 0.25), pill, border_radius=pill.h // 2)
        pygame.draw.rect(surface, accent, pill, max(1, theme.px(1.5, s)), border_radius=pill.h // 2)
        draw_text(surface, text, label, pill_px, theme.PAPER, pill.center, "center", bold=True,
                  max_width=max_w)

        score_px = text.grown(theme.px(30, s), 1.0)
        shown = draw_text(surface, text, group(r.score), score_px, theme.PAPER,
                          (h.right, h.y + theme.px(2, s)), "topright", bold=True)
        draw_text(surface, text, _("SCORE"), text.grown(theme.text_px(14, s)), theme.SMOKE,
                  (shown.x - theme.px(10, s), shown.bottom - theme.px(7, s)), "bottomright", bold=True)
        if r.streak >= 2:
            streak, colour = _("streak of {n}").format(n=r.streak), theme.mix(theme.MIST, theme.saturate(theme.AMBER, seep), seep)
        elif r.streak == 1:
            streak, colour = _("1 right in a row"), theme.SMOKE
        else:
            streak, colour = _("no streak yet"), theme.SMOKE
        draw_text(surface, text, streak, text.grown(theme.text_px(15, s)), colour, (h.right, h.bottom),
                  "bottomright")

    def _draw_timer(self, surface, lay: Layout, seep: float) -> None:
        s, r = lay.scale, self.scene.round
        bar = lay.timer
        radius = bar.h // 2
        fraction = r.fraction_left()
        if fraction is None:
            label = _("Practice: no timer, and nothing is saved") if self.scene.plan.practice else _("No timer")
            shown = draw_text(surface, self.scene.app.text, label,
                              self.scene.app.text.grown(theme.px(theme.SMALL, s)), theme.SMOKE,
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
        seconds = math.ceil(left) if self.scene.asking else round(left)
        draw_text(surface, self.scene.app.text, f"{seconds}",
                  self.scene.app.text.grown(theme.px(32, s), 1.0), colour,
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
        draw_block(surface, self.scene.app.text, blocks["question"], theme.PAPER, (0, slide // 2))

    def _draw_footer(self, surface, lay: Layout, blocks, seep: float) -> None:
        s, text = lay.scale, self.scene.app.text
        last = self.scene.round.last if self.scene.in_feedback else None
        hint_px = theme.px(theme.SMALL, s)
        if last is None:
            q = self.scene.round.question
            kind = view_for(q)
            hint = with_keys(kind.answer_hint(q, self._keys()), self.scene.app.settings.bindings)
            # a kind with controls in the footer (Undo, Confirm) keeps the hint below them
            where = lay.hint.center if getattr(kind, "FOOTER_CONTROLS", False) else lay.footer.center
            room = lay.footer.w - 2 * (lay.pause.w + theme.px(16, s))
            draw_text(surface, text, hint, hint_px, theme.SMOKE, where, "center", max_width=room)
            self.draw_pause_button(surface, lay)
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
        if "source" in blocks:
            draw_block(surface, text, blocks["source"], theme.SMOKE)
        draw_text(surface, text, detail, hint_px, theme.SMOKE, lay.hint.midleft, "midleft",
                  max_width=lay.hint.w // 2)
        first, shown, total = blocks.get("explanation_lines", (0, 0, 0))
        if shown < total:
            # More explanation than room: where the reader is, and how to read on.
            more = _("Down for more") if first + shown < total else _("Up to read back")
            more = _("Lines {first}–{last} of {total} · {more} · Enter goes on").format(
                first=first + 1, last=first + shown, total=total, more=more)
        elif self.scene.auto_advance() and self.scene._feedback_at is not None:
            left = max(0, math.ceil(AUTO_ADVANCE_SECONDS - (self.scene._now() - self.scene.advance_from())))
            more = _("Next in {seconds} s   ·   Enter to go on now").format(seconds=left)
        else:
            more = _("Enter, Space or click to go on") if self.scene.round.number < self.scene.round.total \
                else _("Enter, Space or click for the results")
        draw_text(surface, text, more, hint_px, theme.MIST, lay.hint.midright, "midright",
                  max_width=lay.hint.w // 2)

    def draw_pause_button(self, surface, lay: Layout) -> None:
        """Two bars on a plate: a click or a tap pauses, as Esc does."""
        s, box = lay.scale, lay.pause
        hovered = self.scene.hover_pause
        round_rect(surface, theme.SLATE if hovered else theme.NIGHT, box, theme.px(8, s))
        round_rect(surface, theme.AMBER if hovered else theme.ASH, box, theme.px(8, s),
                   width=max(1, theme.px(2, s)))
        bar_w, bar_h = max(2, box.w // 7), box.h // 2
        for x in (box.centerx - bar_w * 3 // 2, box.centerx + bar_w // 2):
            pygame.draw.rect(surface, theme.PAPER, (x, box.centery - bar_h // 2, bar_w, bar_h))

    @staticmethod
    def points_detail(answer) -> str:
        if not answer.correct:
            if answer.points:
                return _("{points} for a partly right answer; the streak starts again").format(points=group(answer.points))
            return _("No points; the streak starts again") if answer.timed_out or answer.chosen is not None else ""
        if answer.bonus:
            return _("{points} for the answer + {bonus} streak bonus").format(
                points=group(answer.points - answer.bonus), bonus=group(answer.bonus))
        return _("Answered in {seconds} s").format(seconds=f"{answer.elapsed:.1f}")


def hash_index(word: str) -> int:
    """A stable colour per category (``hash`` of a str changes between runs)."""
    return sum(word.encode("utf-8")) % len(theme.CATEGORY_COLOURS)

def ease_out(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return 1 - (1 - t) ** 3


# -- layout --------------------------------------------------------------------
