"""The question screen as learn mode draws it: the same question, answers and
explanation, but no countdown and no points. The header counts the facts learnt
(one mark per fact: filled when learnt, half when right once) and the feedback
says what the answer did to the fact's box."""

from __future__ import annotations

from quiz.i18n import N_, _, ngettext
import pygame

from quiz.learn import LEARNT_BOX
from quiz.ui import theme
from quiz.ui.kinds import view_for
from quiz.ui.kit.shapes import draw_cross, draw_tick
from quiz.ui.kit.words import draw_block, draw_text
from quiz.ui.names import difficulty_word
from quiz.ui.question.layout import Layout
from quiz.ui.question.view import MAX_DOTS, QuestionView, hash_index
from quiz.ui.kit.key_hints import with_keys

NO_TIMER = N_("Learn: no timer, no score")
GO_ON = N_("Enter, Space or click to go on   ·   Esc: back to Learn")


def box_words(answer) -> str:
    """What an answer did, in words, beside the verdict."""
    if answer.learnt:
        return _("Learnt")
    return _("{n} more to go").format(n=LEARNT_BOX - answer.box)


def schedule_words(answer, back_after) -> str:
    """When the fact comes back: ``back_after`` other questions first (None: not again)."""
    if answer.learnt:
        return _("Right twice in a row: this fact is learnt")
    if back_after is None:
        return ""
    if back_after == 0:
        later = _("it comes back next")
    else:
        later = ngettext("back after {n} other question", "back after {n} other questions",
                         back_after).format(n=back_after)
    if answer.correct:
        return _("Right once: once more to learn it, {later}").format(later=later)
    return _("Missed: {later}").format(later=later)


class LearnView(QuestionView):
    def draw_back_button(self, surface, lay: Layout) -> None:
        """Where the round has its pause button: an arrow back to Learn, as Esc does."""
        s, box = lay.scale, lay.pause
        hovered = self.scene.hover_pause
        pygame.draw.rect(surface, theme.SLATE if hovered else theme.NIGHT, box,
                         border_radius=theme.px(8, s))
        pygame.draw.rect(surface, theme.AMBER if hovered else theme.ASH, box,
                         max(1, theme.px(2, s)), border_radius=theme.px(8, s))
        r = box.w // 4
        pygame.draw.polygon(surface, theme.PAPER, [(box.centerx - r, box.centery),
                                                   (box.centerx + r // 2, box.centery - r),
                                                   (box.centerx + r // 2, box.centery + r)])

    def _still_state(self, size, seep: float) -> tuple:
        sitting = self.scene.round
        return super()._still_state(size, seep) + (sitting.learnt,)

    def _draw_header(self, surface, lay: Layout, seep: float) -> None:
        s, text, sitting = lay.scale, self.scene.app.text, self.scene.round
        h = lay.header
        # As the round's header: its place is the design's, so its words grow a quarter at most.
        shown = draw_text(surface, text, _("Learnt {learnt} of {total}").format(learnt=sitting.learnt, total=sitting.total),
                          text.grown(theme.px(30, s), 1.0), theme.PAPER, (h.x, h.centery), "midleft", bold=True,
                          max_width=int(h.w * 0.3))
        if sitting.total <= MAX_DOTS:
            radius = theme.px(5, s)
            step = theme.px(16, s)
            x = shown.right + theme.px(22, s)
            room = h.w * 0.36 - (x - h.x)
            if step * sitting.total > room:
                step = max(radius * 2 + 2, int(room / max(1, sitting.total)))
            current = sitting.question.fact if sitting.question is not None else None
            for i, fact in enumerate(sitting.facts):
                centre = (x + i * step + radius, h.centery)
                box = sitting.box(fact)
                colour = theme.saturate(theme.RIGHT, seep)
                if box >= LEARNT_BOX:
                    pygame.draw.circle(surface, colour, centre, radius)
                elif box > 0:
                    pygame.draw.circle(surface, colour, centre, radius, max(1, radius // 2))
                else:
                    pygame.draw.circle(surface, theme.ASH, centre, max(2, radius - 2))
                if fact == current:
                    pygame.draw.circle(surface, theme.PAPER, centre, radius + theme.px(3, s), 1)

        q = sitting.question
        label = f"{q.category.upper()}  ·  {difficulty_word(q.difficulty).upper()}"
        accent = theme.saturate(theme.CATEGORY_COLOURS[hash_index(q.category)], seep)
        pill_px = text.grown(theme.px(theme.SMALL, s))
        max_w = int(h.w * 0.26)
        tw = min(text.size(label, pill_px, True)[0], max_w)
        pill = pygame.Rect(0, 0, tw + theme.px(28, s), theme.px(32, s))
        pill.center = (h.centerx + int(h.w * 0.06), h.centery)
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, accent, 0.25), pill, border_radius=pill.h // 2)
        pygame.draw.rect(surface, accent, pill, max(1, theme.px(1.5, s)), border_radius=pill.h // 2)
        draw_text(surface, text, label, pill_px, theme.PAPER, pill.center, "center", bold=True,
                  max_width=max_w)

        box = sitting.box(q.fact)
        if self.scene.in_feedback and sitting.last is not None:
            box = sitting.last.box
        draw_text(surface, text, _("THIS FACT"), text.grown(theme.text_px(14, s)), theme.SMOKE,
                  (h.right, h.y + theme.px(4, s)), "topright", bold=True)
        draw_text(surface, text, _("right {box} of {most} in a row").format(box=box, most=LEARNT_BOX),
                  text.grown(theme.text_px(16, s)),
                  theme.MIST, (h.right, h.bottom), "bottomright", max_width=int(h.w * 0.22))

    def _draw_timer(self, surface, lay: Layout, seep: float) -> None:
        s = lay.scale
        bar = lay.timer
        radius = bar.h // 2
        shown = draw_text(surface, self.scene.app.text, _(NO_TIMER),
                          self.scene.app.text.grown(theme.px(theme.SMALL, s)),
                          theme.SMOKE, (lay.seconds.right, lay.seconds.centery), "midright",
                          max_width=lay.header.w // 2)
        step = theme.px(14, s)
        for x in range(bar.x, shown.x - theme.px(16, s), step):
            pygame.draw.circle(surface, theme.ASH, (x + radius, bar.centery), max(1, radius // 3))

    def _draw_footer(self, surface, lay: Layout, blocks, seep: float) -> None:
        last = self.scene.round.last if self.scene.in_feedback else None
        s, text = lay.scale, self.scene.app.text
        hint_px = theme.px(theme.SMALL, s)
        if last is None:
            q = self.scene.round.question
            keys = self.scene.app.settings.bindings.answer_keys(self.scene.player)
            # Nothing to pause without a timer: Esc leaves, and every answer is already kept.
            hint = view_for(q).answer_hint(q, keys).replace(_("Esc pauses"), _("Esc: back to Learn"))
            hint = with_keys(hint, self.scene.app.settings.bindings)
            room = lay.footer.w - 2 * (lay.pause.w + theme.px(16, s))
            draw_text(surface, text, hint, hint_px, theme.SMOKE, lay.footer.center, "center",
                      max_width=room)
            self.draw_back_button(surface, lay)
            return
        panel = lay.footer
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, theme.SLATE, 0.5), panel,
                         border_radius=theme.px(16, s))
        colour = theme.RIGHT if last.correct else theme.WRONG
        icon = pygame.Rect(lay.verdict.x, lay.verdict.centery - theme.px(18, s), theme.px(36, s),
                           theme.px(36, s))
        (draw_tick if last.correct else draw_cross)(surface, icon, colour, theme.px(5, s))
        draw_block(surface, text, blocks["verdict"], colour)
        draw_text(surface, text, box_words(last), theme.px(28, s),
                  theme.RIGHT if last.learnt else theme.PAPER,
                  (lay.verdict.right, lay.verdict.centery), "midright", bold=True,
                  max_width=theme.px(220, s))
        if "explanation" in blocks:
            draw_block(surface, text, blocks["explanation"], theme.MIST)
        if "source" in blocks:
            draw_block(surface, text, blocks["source"], theme.SMOKE)
        plan = schedule_words(last, self.scene.round.comes_back_after(last.question.fact))
        draw_text(surface, text, plan, hint_px, theme.SMOKE, lay.hint.midleft, "midleft",
                  max_width=lay.hint.w // 2)
        draw_text(surface, text, _(GO_ON), hint_px, theme.MIST, lay.hint.midright, "midright",
                  max_width=lay.hint.w // 2)
