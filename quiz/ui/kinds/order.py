"""An order question on screen: four items in a grid, picked first to last.

Keys 1–4 (the player's answer keys) or a pad's A/B/X/Y place the item, a click or
tap does the same; Backspace, Left or the Undo button takes the last pick back;
once all four are placed, Enter, Right, any answer key or the Confirm button
answers. Each placed item shows its place ("1st"); after the answer each shows
the right place, ticked where the player had it and crossed where not.

The picks so far are a ``Placing`` the question screen keeps in its ``focus``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Sequence

from quiz.i18n import N_, _
import pygame

from quiz.bindings import key_label
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.kinds.choice import option_colour
from quiz.ui.kit.pointer import is_click
from quiz.ui.kit.shapes import draw_cross, draw_tick
from quiz.ui.kit.words import TextBlock, draw_block, draw_text, fit_block

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.question.layout import Layout

PLACES = (N_("1st"), N_("2nd"), N_("3rd"), N_("4th"))
FOOTER_CONTROLS = True  # the Undo and Confirm row takes the top of the footer


@dataclass(frozen=True)
class Placing:
    picked: tuple[int, ...] = ()


def answer_count(question: Any) -> int:
    return len(question.items)


def fit_answers(text: Any, question: Any, lay: "Layout",
                keys: Optional[Sequence[str]] = None) -> list[TextBlock]:
    s = lay.scale
    return [fit_block(text, item, box, theme.px(theme.BODY, s), min_px=theme.text_px(14, s),
                      align="left")
            for item, box in zip(question.items, lay.option_texts)]


def controls(lay: "Layout") -> dict[str, pygame.Rect]:
    """The row under the items: the order so far, Undo and Confirm."""
    s = lay.scale
    row = pygame.Rect(lay.footer.x, lay.footer.y + theme.px(4, s), lay.footer.w,
                      min(theme.px(44, s), lay.footer.h // 2))
    button_w = theme.px(150, s)
    gap = theme.px(12, s)
    confirm = pygame.Rect(row.right - button_w, row.y, button_w, row.h)
    undo = pygame.Rect(confirm.x - gap - button_w, row.y, button_w, row.h)
    said = pygame.Rect(row.x + theme.px(8, s), row.y, undo.x - gap - row.x - theme.px(8, s), row.h)
    return {"row": row, "undo": undo, "confirm": confirm, "said": said}


def _place(question: Any, state: Placing, item: int) -> Placing:
    if item in state.picked or len(state.picked) >= len(question.items):
        return state
    picked = state.picked + (item,)
    if len(picked) == len(question.items) - 1:
        # the last item has one place left: it goes there by itself
        picked += tuple(i for i in range(len(question.items)) if i not in picked)
    return Placing(picked)


def _undo(question: Any, state: Placing) -> Placing:
    if len(state.picked) == len(question.items):
        return Placing(state.picked[:-2])  # the last pick and the item that followed it by itself
    return Placing(state.picked[:-1])


def handle_action(question: Any, action: Any, state: Optional[Placing], lay: "Layout",
                  player: int):
    """What an action does to the picks: ``(used, new state, response or None)``."""
    state = state if isinstance(state, Placing) else Placing()
    done = len(state.picked) == len(question.items)
    name = action.name
    if name == actions.ANSWER:
        if action.player != player:
            return False, state, None
        if done:
            return True, state, state.picked
        if 0 <= action.value < len(question.items):
            return True, _place(question, state, action.value), None
        return True, state, None
    if name in (actions.ERASE, actions.LEFT):
        return True, _undo(question, state), None
    if name in (actions.CONFIRM, actions.RIGHT):
        return True, state, (state.picked if done else None)
    if action.is_pointer and action.pos is not None:
        if not is_click(action):
            return True, state, None
        where = controls(lay)
        if where["undo"].collidepoint(action.pos):
            return True, _undo(question, state), None
        if where["confirm"].collidepoint(action.pos):
            return True, state, (state.picked if done else None)
        for i, rect in enumerate(lay.options):
            if rect.collidepoint(action.pos):
                return True, _place(question, state, i), None
        return True, state, None
    if name in (actions.UP, actions.DOWN, actions.NEXT, actions.PREVIOUS):
        return True, state, None
    return False, state, None


def kept(state: Optional[Placing]) -> Optional[tuple[int, ...]]:
    """The picks placed so far, which a time-out keeps."""
    return state.picked if isinstance(state, Placing) and state.picked else None


def _kept_in_place(answer: Any) -> int:
    return round(answer.credit * len(answer.question.items))


def verdict_text(answer: Any) -> str:
    q = answer.question
    if answer.timed_out and answer.kept:
        return (f"Time's up — {_kept_in_place(answer)} of the {len(answer.kept)} placed "
                "in the right place")
    if answer.timed_out:
        return _("Time's up — the right order is shown")
    if answer.correct:
        return _("Right — all four in place")
    placed = round(answer.credit * len(q.items))
    return _("{placed} of {total} in the right place").format(placed=placed, total=len(q.items))


def answer_hint(question: Any, keys: Sequence[str]) -> str:
    shown = tuple(keys[:len(question.items)])
    which = "/".join(key_label(k) for k in shown)
    return _("Pick first to last with {keys}   ·   Backspace undoes   ·   Enter confirms   ·   Esc pauses").format(
        keys=which)


def draw_answers(surface: pygame.Surface, text: Any, lay: "Layout", blocks: list[TextBlock],
                 question: Any, last: Any, focus: Any, hover: Optional[int],
                 seep: float, slide: int, keys: Optional[Sequence[str]] = None) -> None:
    s = lay.scale
    radius = theme.px(14, s)
    state = focus if isinstance(focus, Placing) else Placing()
    # the player's order; after a time-out, the picks it kept
    given = None if last is None else (last.chosen if last.chosen is not None else last.kept)
    mine = tuple(given) if given is not None else ()
    for i, rect in enumerate(lay.options):
        offset = (0, slide + i * slide // 3)
        box = rect.move(offset)
        accent = theme.saturate(option_colour(i), seep)
        fill, border, width = theme.mix(theme.NIGHT, theme.SLATE, 0.8), theme.ASH, 1
        badge = lay.option_badges[i].move(offset)
        if last is None:
            placed = state.picked.index(i) if i in state.picked else None
            if placed is not None:
                fill, border, width = theme.mix(theme.SLATE, accent, 0.22), theme.PAPER, 3
            pygame.draw.rect(surface, fill, box, border_radius=radius)
            pygame.draw.rect(surface, border, box, theme.px(width, s), border_radius=radius)
            colour = accent if placed is None else theme.PAPER
            pygame.draw.rect(surface, colour, badge, border_radius=theme.px(10, s))
            # the key that places it: the player's own when the screen says which
            shown = key_label(keys[i]) if keys and i < len(keys) else str(i + 1)
            label = shown if placed is None else _(PLACES[placed])
            draw_text(surface, text, label, theme.px(24 if placed is None else 17, s), theme.INK,
                      badge.center, "center", bold=True, max_width=badge.w)
            draw_block(surface, text, blocks[i], theme.PAPER, offset)
            continue
        right_place = question.order.index(i)
        their = mine.index(i) if i in mine else None
        good = their == right_place
        colour = theme.RIGHT if good else theme.WRONG
        pygame.draw.rect(surface, theme.mix(theme.NIGHT, colour, 0.22), box, border_radius=radius)
        pygame.draw.rect(surface, colour, box, theme.px(3, s), border_radius=radius)
        (draw_tick if good else draw_cross)(surface, badge, colour, theme.px(5, s))
        draw_block(surface, text, blocks[i], theme.PAPER, offset)
        tag = _("RIGHT: {place}").format(place=_(PLACES[right_place])) if good or their is None else \
            _("YOU: {yours} · RIGHT: {place}").format(yours=_(PLACES[their]), place=_(PLACES[right_place]))
        _draw_tag(surface, text, s, box, tag, colour)
    if last is None:
        _draw_controls(surface, text, lay, question, state)


def _draw_tag(surface: pygame.Surface, text: Any, s: float, box: pygame.Rect, label: str,
              colour) -> None:
    size = text.grown(theme.text_px(14, s), 1.0)  # a tag on an edge: it keeps its size
    w, h = text.size(label, size, True)
    w = min(w, box.w - theme.px(40, s))
    tag = pygame.Rect(0, 0, w + theme.px(18, s), h + theme.px(6, s))
    tag.midright = (box.right - theme.px(16, s), box.top)
    pygame.draw.rect(surface, colour, tag, border_radius=tag.h // 2)
    draw_text(surface, text, label, size, theme.INK, tag.center, "center", bold=True, max_width=w)


def _draw_controls(surface: pygame.Surface, text: Any, lay: "Layout", question: Any,
                   state: Placing) -> None:
    s = lay.scale
    where = controls(lay)
    done = len(state.picked) == len(question.items)
    said = (_("Your order: {order}").format(order=", ".join(str(i + 1) for i in state.picked)) if state.picked
            else _("Your order: nothing placed yet"))
    draw_text(surface, text, said, theme.text_px(18, s), theme.MIST, where["said"].midleft,
              "midleft", max_width=where["said"].w)
    for name, label, live in (("undo", _("Undo"), bool(state.picked)), ("confirm", _("Confirm"), done)):
        box = where[name]
        fill = theme.mix(theme.SLATE, theme.AMBER, 0.3) if live else theme.mix(theme.NIGHT, theme.SLATE, 0.6)
        pygame.draw.rect(surface, fill, box, border_radius=box.h // 2)
        pygame.draw.rect(surface, theme.PAPER if live else theme.ASH, box, theme.px(2, s),
                         border_radius=box.h // 2)
        draw_text(surface, text, label, theme.text_px(18, s), theme.PAPER if live else theme.SMOKE,
                  box.center, "center", bold=True, max_width=box.w - theme.px(12, s))


def review_lines(answer: Any, points: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    q = answer.question
    if answer.timed_out and answer.kept:
        placed = _kept_in_place(answer)
        lines = [("yours", _("Time ran out with {n} placed: {order}  ({placed} in place)").format(
            n=len(answer.kept), order=" → ".join(q.in_order(answer.kept)), placed=placed)
            + (points if placed else ""), theme.WARNING if placed else theme.WRONG)]
    elif answer.timed_out:
        lines = [("yours", _("Time ran out"), theme.WRONG)]
    elif answer.correct:
        lines = [("yours", _("Your order: {order}  (right)").format(order=q.response_text(answer.chosen)) + points,
                  theme.RIGHT)]
    else:
        placed = round(answer.credit * len(q.items))
        colour = theme.WARNING if placed else theme.WRONG
        lines = [("yours", _("Your order: {order}  ({placed} of {total} in place)").format(
            order=q.response_text(answer.chosen), placed=placed, total=len(q.items)) + (points if placed else ''), colour)]
    if not answer.correct:
        lines.append(("right", _("Right order: {order}").format(order=q.right_text()), theme.PAPER))
    return lines
