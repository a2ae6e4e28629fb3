"""A typed question on screen: a box to type the answer in, and a Submit button.

Letters arrive as text (``TEXT``), so any script and an input method's
composition (``COMPOSE``, shown underlined until it is committed) work; the
question screen is in ``TYPING`` mode while it asks one, so letter keys are
never answer keys. Backspace erases the last character, Enter or the Submit
button answers; an empty box answers nothing. After the answer the box shows
what was typed and the right answer, and says when a typo was forgiven.

The text so far is a ``Typing`` the question screen keeps in its ``focus``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Sequence

from quiz.i18n import _
import pygame

from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.kit.pointer import is_click
from quiz.ui.kit.shapes import draw_cross, draw_tick
from quiz.ui.kit.words import TextBlock, draw_text
from quiz.ui.name_field import clean

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.question.layout import Layout

INPUT_MODE = actions.TYPING  # the question screen's input mode while this kind is asked
LIMIT = 60  # characters: longer than any answer, short enough to fit the box


@dataclass(frozen=True)
class Typing:
    text: str = ""
    composing: str = ""  # what an input method is still building


def answer_count(question: Any) -> int:
    return 1


def fit_answers(text: Any, question: Any, lay: "Layout",
                keys: Optional[Sequence[str]] = None) -> list[TextBlock]:
    return []  # every word is one line, drawn with draw_text into its part


def parts(lay: "Layout") -> dict[str, pygame.Rect]:
    """Where the box and the Submit button go inside the answer area."""
    s = lay.scale
    area = lay.options[0]
    pad = theme.px(22, s)
    submit_w = theme.px(170, s)
    box_h = min(theme.px(64, s), area.h - 2 * theme.px(8, s))
    box = pygame.Rect(area.x + pad, area.centery - box_h // 2,
                      area.w - 3 * pad - submit_w, box_h)
    submit = pygame.Rect(box.right + pad, box.y, submit_w, box_h)
    return {"area": area, "box": box, "submit": submit}


def _backspace(text: str) -> str:
    import unicodedata

    while text and unicodedata.combining(text[-1]):
        text = text[:-1]
    return text[:-1]


def handle_action(question: Any, action: Any, state: Optional[Typing], lay: "Layout",
                  player: int):
    """What an action does to the typed text: ``(used, new state, response or None)``."""
    state = state if isinstance(state, Typing) else Typing()
    name = action.name
    if name in (actions.TEXT, actions.PASTE):
        added = clean(str(action.value or ""))
        return True, Typing((state.text + added)[:LIMIT]), None
    if name == actions.COMPOSE:
        return True, Typing(state.text, clean(str(action.value or ""))), None
    if name == actions.ERASE:
        return True, Typing(_backspace(state.text)), None
    if name == actions.CONFIRM:
        return True, state, (state.text if state.text.strip() else None)
    if action.is_pointer and action.pos is not None:
        if is_click(action) and parts(lay)["submit"].collidepoint(action.pos):
            return True, state, (state.text if state.text.strip() else None)
        return True, state, None
    if name in (actions.UP, actions.DOWN, actions.LEFT, actions.RIGHT, actions.NEXT,
                actions.PREVIOUS, actions.ANSWER, actions.FIRST, actions.LAST):
        return True, state, None  # no cursor to move: the box takes text at its end
    return False, state, None


def text_rect(lay: "Layout") -> pygame.Rect:
    """Where an input method's candidate window should appear: at the box."""
    return parts(lay)["box"]


def verdict_text(answer: Any) -> str:
    q = answer.question
    if answer.timed_out:
        return _("Time's up — it was {answer}").format(answer=q.right_text())
    if answer.correct:
        if q.close_enough(answer.chosen):
            return _("Close enough — {answer}").format(answer=q.right_text())
        return _("Right — {answer}").format(answer=q.right_text())
    return _("Wrong — it was {answer}").format(answer=q.right_text())


def answer_hint(question: Any, keys: Sequence[str]) -> str:
    return _("Type the answer   ·   Backspace erases   ·   Enter answers   ·   Esc pauses")


def draw_answers(surface: pygame.Surface, text: Any, lay: "Layout", blocks: list[TextBlock],
                 question: Any, last: Any, focus: Any, hover: Optional[int],
                 seep: float, slide: int, keys: Optional[Sequence[str]] = None) -> None:
    s = lay.scale
    where = {k: r.move(0, slide) for k, r in parts(lay).items()}
    area, box = where["area"], where["box"]
    pygame.draw.rect(surface, theme.mix(theme.NIGHT, theme.SLATE, 0.8), area,
                     border_radius=theme.px(14, s))
    pygame.draw.rect(surface, theme.ASH, area, theme.px(1, s), border_radius=theme.px(14, s))
    px = theme.px(30, s)
    inner = box.inflate(-2 * theme.px(16, s), 0)
    if last is None:
        state = focus if isinstance(focus, Typing) else Typing()
        accent = theme.saturate(theme.AMBER, max(seep, 0.35))
        pygame.draw.rect(surface, theme.NIGHT, box, border_radius=theme.px(10, s))
        pygame.draw.rect(surface, accent, box, theme.px(3, s), border_radius=theme.px(10, s))
        shown = state.text + state.composing
        if shown:
            # The end of a long text stays in view: that is where the typing goes on.
            while len(shown) > 1 and text.size(shown, px, False)[0] > inner.w - theme.px(8, s):
                shown = shown[1:]
            used = draw_text(surface, text, shown, px, theme.PAPER, inner.midleft, "midleft",
                             max_width=inner.w - theme.px(8, s), min_px=px)
            if state.composing:
                typed_w = text.size(shown[:len(shown) - len(state.composing)], px, False)[0]
                y = used.bottom - theme.px(2, s)
                pygame.draw.line(surface, theme.MIST, (used.x + typed_w, y), (used.right, y),
                                 max(1, theme.px(2, s)))
            caret_x = used.right + theme.px(3, s)
        else:
            draw_text(surface, text, _("Type your answer…"), theme.text_px(20, s), theme.SMOKE,
                      inner.midleft, "midleft", max_width=inner.w)
            caret_x = inner.x
        caret_h = theme.px(34, s)
        pygame.draw.line(surface, theme.PAPER, (caret_x, box.centery - caret_h // 2),
                         (caret_x, box.centery + caret_h // 2), max(1, theme.px(2, s)))
        _draw_submit(surface, text, s, where["submit"], hover == 0 or bool(state.text.strip()))
        return
    said = last.chosen if isinstance(last.chosen, str) else None
    colour = theme.RIGHT if last.correct else theme.WRONG
    icon = pygame.Rect(0, 0, theme.px(30, s), theme.px(30, s))
    half = box.h // 2
    top = pygame.Rect(box.x, box.y, box.w + where["submit"].w, half)
    bottom = pygame.Rect(box.x, box.y + half, top.w, box.h - half)
    icon.midleft = top.midleft
    (draw_tick if last.correct else draw_cross)(surface, icon, colour, theme.px(4, s))
    line_px = theme.px(26, s)
    label = (_("No answer") if said is None else _("You typed: {answer}").format(answer=said.strip()))
    if said is not None and last.correct and question.close_enough(said):
        label += _("  (close enough)")
    gap = icon.w + theme.px(12, s)
    draw_text(surface, text, label, line_px, colour, (top.x + gap, top.centery), "midleft",
              bold=True, max_width=top.w - gap, min_px=theme.text_px(16, s))
    draw_text(surface, text, _("Right answer: {answer}").format(answer=question.right_text()), line_px, theme.PAPER,
              (bottom.x + gap, bottom.centery), "midleft", bold=True, max_width=bottom.w - gap,
              min_px=theme.text_px(16, s))


def _draw_submit(surface: pygame.Surface, text: Any, s: float, box: pygame.Rect,
                 lit: bool) -> None:
    fill = theme.mix(theme.SLATE, theme.AMBER, 0.35 if lit else 0.15)
    pygame.draw.rect(surface, fill, box, border_radius=box.h // 2)
    pygame.draw.rect(surface, theme.PAPER, box, theme.px(2, s), border_radius=box.h // 2)
    draw_text(surface, text, _("Submit"), theme.text_px(20, s), theme.PAPER, box.center, "center",
              bold=True, max_width=box.w - theme.px(12, s))


def review_lines(answer: Any, points: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    q = answer.question
    if answer.timed_out:
        lines = [("yours", _("Time ran out"), theme.WRONG)]
    elif answer.correct:
        close = _("  (close enough)") if q.close_enough(answer.chosen) else _("  (right)")
        lines = [("yours", _("You typed: {answer}").format(answer=answer.chosen.strip()) + close + points, theme.RIGHT)]
    else:
        lines = [("yours", _("You typed: {answer}  (wrong)").format(answer=answer.chosen.strip()), theme.WRONG)]
    if not answer.correct or q.close_enough(answer.chosen):
        lines.append(("right", _("Right answer: {answer}").format(answer=q.right_text()), theme.PAPER))
    return lines
