"""A number question on screen: a slider from the question's min to max, the value
chosen shown large above it, and a Confirm button.

Arrows move one step (Shift: ten), Page Up/Down a tenth of the range, Home/End
to the ends; a pad's d-pad or stick moves five steps; the mouse or a finger
drags the thumb or presses anywhere on the bar. Enter, the player's first
answer key, a pad's A or the Confirm button answers. After the answer the bar
shows the band of full points around the right value, the right value ticked
and the player's guess.

The slider's state between actions is a ``Slider`` the question screen keeps
in its ``focus``, so drawing stays a function of what the screen holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Sequence

from quiz.i18n import _
import pygame

from quiz.bindings import key_label
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.kit.pointer import is_click
from quiz.ui.kit.shapes import draw_cross, draw_tick
from quiz.ui.kit.words import TextBlock, draw_text

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.question.layout import Layout

BIG_STEPS = 10  # Shift with an arrow
PAD_STEPS = 5  # a pad's d-pad or stick: it has no Shift and no Page keys
PAGE_SHARE = 0.1  # Page Up/Down: a tenth of the range


@dataclass(frozen=True)
class Slider:
    position: int  # steps from min
    dragging: bool = False


def steps(question: Any) -> int:
    return max(1, round((question.max - question.min) / question.step))


def value_at(question: Any, position: int) -> float:
    position = max(0, min(steps(question), position))
    value = question.min + position * question.step
    return round(min(question.max, value), 10)


def start(question: Any) -> Slider:
    """Where the thumb starts: the middle of the range, which the answer never is."""
    return Slider(steps(question) // 2)


def answer_count(question: Any) -> int:
    return 1


def fit_answers(text: Any, question: Any, lay: "Layout",
                keys: Optional[Sequence[str]] = None) -> list[TextBlock]:
    return []  # every word is one line, drawn with draw_text into its part


def parts(lay: "Layout") -> dict[str, pygame.Rect]:
    """Where the slider's pieces go inside the answer area."""
    s = lay.scale
    area = lay.options[0]
    pad = theme.px(22, s)
    confirm_w = theme.px(190, s)
    value_h = min(theme.px(56, s), area.h // 3)
    value = pygame.Rect(area.x + pad, area.y + theme.px(8, s), area.w - 2 * pad - confirm_w, value_h)
    confirm = pygame.Rect(area.right - pad - confirm_w, value.y + theme.px(4, s), confirm_w,
                          max(theme.px(30, s), value_h - theme.px(8, s)))
    label_h = theme.px(24, s)
    track_y = value.bottom + (area.bottom - value.bottom - label_h) // 2
    track = pygame.Rect(area.x + pad + theme.px(12, s), track_y - theme.px(5, s),
                        area.w - 2 * pad - theme.px(24, s), theme.px(10, s))
    # The part that takes presses and drags is taller than the bar itself.
    grab = track.inflate(theme.px(24, s), max(theme.px(44, s), track.h))
    labels = pygame.Rect(track.x, area.bottom - label_h - theme.px(6, s), track.w, label_h)
    return {"area": area, "value": value, "confirm": confirm, "track": track, "grab": grab,
            "labels": labels}


def _x_of(question: Any, track: pygame.Rect, value: float) -> int:
    share = (value - question.min) / (question.max - question.min)
    return track.x + round(max(0.0, min(1.0, share)) * track.w)


def _position_at(question: Any, track: pygame.Rect, x: int) -> int:
    share = (x - track.x) / max(1, track.w)
    return max(0, min(steps(question), round(share * steps(question))))


def handle_action(question: Any, action: Any, state: Optional[Slider], lay: "Layout",
                  player: int):
    """What an action does to the slider while the question is asked:
    ``(used, new state, response or None)``."""
    state = state if isinstance(state, Slider) else start(question)
    name = action.name
    n = steps(question)
    move = {actions.LEFT: -1, actions.DOWN: -1, actions.RIGHT: 1, actions.UP: 1}
    if name in move:
        size = PAD_STEPS if action.device.startswith("pad") else 1
        if action.value == actions.BIG:
            size = BIG_STEPS
        return True, Slider(max(0, min(n, state.position + move[name] * size))), None
    if name in (actions.PAGE_UP, actions.PAGE_DOWN):
        size = max(1, round(n * PAGE_SHARE)) * (1 if name == actions.PAGE_UP else -1)
        return True, Slider(max(0, min(n, state.position + size))), None
    if name in (actions.FIRST, actions.LAST):
        return True, Slider(0 if name == actions.FIRST else n), None
    if name == actions.CONFIRM or (name == actions.ANSWER and action.player == player
                                   and action.value == 0):
        return True, Slider(state.position), value_at(question, state.position)
    if name == actions.ANSWER:
        return True, state, None  # the other answer keys mean nothing on a slider
    if action.is_pointer and action.pos is not None:
        where = parts(lay)
        if name == actions.PRESS and where["grab"].collidepoint(action.pos):
            return True, Slider(_position_at(question, where["track"], action.pos[0]), True), None
        if name == actions.POINT and state.dragging:
            return True, Slider(_position_at(question, where["track"], action.pos[0]), True), None
        if is_click(action) and where["confirm"].collidepoint(action.pos) and not state.dragging:
            return True, Slider(state.position), value_at(question, state.position)
        if name == actions.RELEASE and state.dragging:
            return True, Slider(state.position), None
        return True, state, None
    return False, state, None


def verdict_text(answer: Any) -> str:
    q = answer.question
    if answer.timed_out:
        return _("Time's up — it was {answer}").format(answer=q.right_text())
    if answer.correct:
        return _("Right — {answer}").format(answer=q.right_text())
    if answer.credit > 0:
        return _("Close — it was {answer}; {percent} of the points").format(
            answer=q.right_text(), percent=f"{round(answer.credit * 100)}%")
    return _("Too far — it was {answer}").format(answer=q.right_text())


def answer_hint(question: Any, keys: Sequence[str]) -> str:
    return _("Arrows move (Shift: faster), Page Up/Down jump   ·   Enter or {key} "
             "answers   ·   Esc pauses").format(key=key_label(keys[0]))


def draw_answers(surface: pygame.Surface, text: Any, lay: "Layout", blocks: list[TextBlock],
                 question: Any, last: Any, focus: Any, hover: Optional[int],
                 seep: float, slide: int, keys: Optional[Sequence[str]] = None) -> None:
    s = lay.scale
    where = {k: r.move(0, slide) for k, r in parts(lay).items()}
    area, track = where["area"], where["track"]
    pygame.draw.rect(surface, theme.mix(theme.NIGHT, theme.SLATE, 0.8), area,
                     border_radius=theme.px(14, s))
    pygame.draw.rect(surface, theme.ASH, area, theme.px(1, s), border_radius=theme.px(14, s))
    accent = theme.saturate(theme.AMBER, max(seep, 0.35))
    state = focus if isinstance(focus, Slider) else start(question)
    guess = last.chosen if last is not None and last.chosen is not None else None
    shown = value_at(question, state.position) if last is None else guess

    radius = track.h // 2
    pygame.draw.rect(surface, theme.mix(theme.SLATE, theme.ASH, 0.5), track, border_radius=radius)
    if last is not None:
        # the band of full points around the right value, then the right value itself
        lo = _x_of(question, track, question.value - question.margin)
        hi = _x_of(question, track, question.value + question.margin)
        band = pygame.Rect(lo, track.y - theme.px(6, s), max(theme.px(4, s), hi - lo),
                           track.h + theme.px(12, s))
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, theme.RIGHT, 0.55), band,
                         border_radius=theme.px(4, s))
    elif shown is not None:
        fill = pygame.Rect(track.x, track.y, max(track.h, _x_of(question, track, shown) - track.x),
                           track.h)
        pygame.draw.rect(surface, accent, fill, border_radius=radius)

    label_px = theme.text_px(15, s)
    labels = where["labels"]
    draw_text(surface, text, question.show(question.min), label_px, theme.SMOKE, labels.midleft,
              "midleft", max_width=labels.w // 3)
    draw_text(surface, text, question.show(question.max), label_px, theme.SMOKE, labels.midright,
              "midright", max_width=labels.w // 3)

    thumb_r = theme.px(14, s)
    if shown is not None:
        x = _x_of(question, track, shown)
        colour = theme.PAPER if last is None else (theme.RIGHT if last.correct else theme.WRONG)
        pygame.draw.circle(surface, colour, (x, track.centery), thumb_r)
        pygame.draw.circle(surface, theme.INK, (x, track.centery), thumb_r, theme.px(3, s))
    if last is not None:
        x = _x_of(question, track, question.value)
        mark = pygame.Rect(0, 0, thumb_r * 2, thumb_r * 2)
        mark.midbottom = (x, track.y - theme.px(8, s))
        draw_tick(surface, mark, theme.RIGHT, theme.px(4, s))
        if guess is not None and not last.correct:
            cross = pygame.Rect(0, 0, thumb_r * 2, thumb_r * 2)
            cross.midtop = (_x_of(question, track, guess), track.bottom + theme.px(8, s))
            draw_cross(surface, cross, theme.WRONG, theme.px(4, s))

    value_box = where["value"]
    big = theme.px(34, s)
    if last is None:
        draw_text(surface, text, question.show(shown), big, theme.PAPER, value_box.midleft,
                  "midleft", bold=True, max_width=value_box.w)
        _draw_confirm(surface, text, s, where["confirm"], hover == 0)
    else:
        said = _("No answer") if guess is None else _("You: {answer}").format(answer=question.show(guess))
        used = draw_text(surface, text, said, theme.px(26, s),
                         theme.RIGHT if last.correct else theme.WRONG, value_box.midleft,
                         "midleft", bold=True, max_width=value_box.w // 2)
        draw_text(surface, text, _("Right: {answer}").format(answer=question.right_text()), theme.px(26, s), theme.PAPER,
                  (used.right + theme.px(24, s), value_box.centery), "midleft", bold=True,
                  max_width=value_box.right - used.right - theme.px(24, s) + where["confirm"].w)


def _draw_confirm(surface: pygame.Surface, text: Any, s: float, box: pygame.Rect,
                  lit: bool) -> None:
    fill = theme.mix(theme.SLATE, theme.AMBER, 0.35 if lit else 0.15)
    pygame.draw.rect(surface, fill, box, border_radius=box.h // 2)
    pygame.draw.rect(surface, theme.PAPER, box, theme.px(2, s), border_radius=box.h // 2)
    draw_text(surface, text, _("Confirm"), theme.text_px(20, s), theme.PAPER, box.center, "center",
              bold=True, max_width=box.w - theme.px(12, s))


def review_lines(answer: Any, points: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    q = answer.question
    if answer.timed_out:
        lines = [("yours", _("Time ran out"), theme.WRONG)]
    elif answer.correct:
        lines = [("yours", _("Your answer: {answer}  (right)").format(answer=q.show(answer.chosen)) + points, theme.RIGHT)]
    elif answer.credit > 0:
        lines = [("yours", _("Your answer: {answer}  (close: {percent} of the points)").format(
            answer=q.show(answer.chosen), percent=f"{round(answer.credit * 100)}%") + points, theme.WARNING)]
    else:
        lines = [("yours", _("Your answer: {answer}  (too far)").format(answer=q.show(answer.chosen)), theme.WRONG)]
    if not answer.correct:
        lines.append(("right", (_("Right answer: {answer} (full points within {margin})").format(
            answer=q.right_text(), margin=q.show(q.margin)) if q.margin else
            _("Right answer: {answer} (full points only when exact)").format(answer=q.right_text())), theme.PAPER))
    return lines
