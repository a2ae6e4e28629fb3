"""A choice question on screen: options in a grid with the player's answer keys, the right
and the chosen one marked after the answer, and its lines in the review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Sequence

from quiz.i18n import _
import pygame

from quiz.bindings import DEFAULT_KEYS, key_label
from quiz.ui import theme
from quiz.ui.kit.shapes import draw_cross, draw_tick
from quiz.ui.kit.words import TextBlock, draw_block, draw_text, fit_block

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.question.layout import Layout

# Each option keeps its own colour of the past, faded to grey until the round warms up.
OPTION_COLOURS = ("AMBER", "TEAL", "ROSE", "SKY")  # read from the theme as drawn (high contrast)


def option_colour(i: int):
    return getattr(theme, OPTION_COLOURS[i % len(OPTION_COLOURS)])


def answer_count(question: Any) -> int:
    """How many answers the layout makes room for."""
    return len(question.choices)


BADGE_PX = 24  # the key on a badge, at the design size


def badge_boxes(text: Any, lay: "Layout", keys: Sequence[str]) -> tuple[list[pygame.Rect], list[pygame.Rect]]:
    """Each option's badge and text box: the badges grow wider for a key with a long name
    ("Shift"), all alike so the options' words still line up, and the words move over,
    so a key is never cut short."""
    s = lay.scale
    px = theme.text_px(BADGE_PX, s)
    extra = 0
    for i, (badge, box) in enumerate(zip(lay.option_badges, lay.option_texts)):
        label = badge_label(keys[i]) if i < len(keys) else str(i + 1)
        need = text.size(label, px, True)[0] + theme.px(14, s)
        extra = max(extra, min(need - badge.w, box.w // 3))
    badges, texts = [], []
    for badge, box in zip(lay.option_badges, lay.option_texts):
        badges.append(pygame.Rect(badge.x, badge.y, badge.w + extra, badge.h))
        texts.append(pygame.Rect(box.x + extra, box.y, box.w - extra, box.h))
    return badges, texts


def fit_answers(text: Any, question: Any, lay: "Layout",
                keys: Sequence[str] = DEFAULT_KEYS[0]) -> list[TextBlock]:
    s = lay.scale
    _badges, boxes = badge_boxes(text, lay, keys)
    return [fit_block(text, choice, box, theme.px(theme.BODY, s), min_px=theme.text_px(13, s),
                      align="left")
            for choice, box in zip(question.choices, boxes)]


def verdict_text(answer: Any) -> str:
    q = answer.question
    if answer.timed_out:
        return _("Time's up — the answer was {answer}").format(answer=q.correct)
    if answer.correct:
        return _("Right")
    return _("Wrong — you chose {answer}").format(answer=q.choices[answer.chosen])


def answer_hint(question: Any, keys: Sequence[str]) -> str:
    keys = tuple(keys[:answer_count(question)])
    # a default row reads as a range; a remapped one may be in any order, so each key is named
    if any(row[:len(keys)] == keys for row in DEFAULT_KEYS):
        which = f"{key_label(keys[0])}–{key_label(keys[-1])}"
    else:
        which = "/".join(key_label(key) for key in keys)
    return _("Answer with {keys}, or the arrows and Enter   ·   Esc pauses").format(keys=which)


def badge_label(key: str) -> str:
    """The key on an option's badge: short, since the hint names it in full
    (``"q"`` → ``"Q"``, ``"[5]"`` → ``"5"``, ``"left shift"`` → ``"Shift"``)."""
    label = key_label(key)
    if label.startswith("Keypad "):
        return label[len("Keypad "):]
    return label.split()[-1] if label.split() else label


def draw_answers(surface: pygame.Surface, text: Any, lay: "Layout", blocks: list[TextBlock],
                 question: Any, last: Any, focus: Optional[int], hover: Optional[int],
                 seep: float, slide: int, keys: Sequence[str] = DEFAULT_KEYS[0]) -> None:
    """The options, each badge naming the key that answers it (``keys``, the player's
    own): lit under the cursor while asking; after the answer (``last``) the right one
    ticked and a wrong choice crossed, the others faded."""
    s = lay.scale
    radius = theme.px(14, s)
    badges, _boxes = badge_boxes(text, lay, keys)
    for i, rect in enumerate(lay.options):
        offset = (0, slide + i * slide // 3)
        box = rect.move(offset)
        accent = theme.saturate(option_colour(i), seep)
        fill, border, width = theme.mix(theme.NIGHT, theme.SLATE, 0.8), theme.ASH, 1
        ink = theme.PAPER
        mark = None
        if last is None:
            if i == focus or i == hover:
                fill = theme.mix(theme.SLATE, accent, 0.22)
                border, width = theme.PAPER, 3
        else:
            if i == question.answer:
                fill, border, width, mark = theme.mix(theme.NIGHT, theme.RIGHT, 0.28), theme.RIGHT, 3, "right"
            elif i == last.chosen:
                fill, border, width, mark = theme.mix(theme.NIGHT, theme.WRONG, 0.28), theme.WRONG, 3, "wrong"
            else:
                ink, border = theme.SMOKE, theme.SLATE
        pygame.draw.rect(surface, fill, box, border_radius=radius)
        pygame.draw.rect(surface, border, box, theme.px(width, s), border_radius=radius)

        badge = badges[i].move(offset)
        square = pygame.Rect(badge.x, badge.y, badge.h, badge.h)  # a mark keeps its shape
        if mark == "right":
            draw_tick(surface, square, theme.RIGHT, theme.px(5, s))
        elif mark == "wrong":
            draw_cross(surface, square, theme.WRONG, theme.px(5, s))
        else:
            colour = accent if last is None else theme.ASH
            pygame.draw.rect(surface, colour, badge, border_radius=theme.px(10, s))
            label = badge_label(keys[i]) if i < len(keys) else str(i + 1)
            draw_text(surface, text, label, theme.text_px(BADGE_PX, s), theme.INK, badge.center,
                      "center", bold=True, max_width=badge.w - theme.px(6, s),
                      min_px=theme.text_px(14, s))
        draw_block(surface, text, blocks[i], ink, offset)
        if mark:
            _draw_tag(surface, text, s, box, _("RIGHT ANSWER") if mark == "right" else _("YOUR ANSWER"),
                      theme.RIGHT if mark == "right" else theme.WRONG)


def _draw_tag(surface: pygame.Surface, text: Any, s: float, box: pygame.Rect, label: str,
              colour) -> None:
    size = text.grown(theme.text_px(14, s), 1.0)  # a tag on an edge: it keeps its size
    w, h = text.size(label, size, True)
    tag = pygame.Rect(0, 0, w + theme.px(18, s), h + theme.px(6, s))
    tag.midright = (box.right - theme.px(16, s), box.top)
    pygame.draw.rect(surface, colour, tag, border_radius=tag.h // 2)
    draw_text(surface, text, label, size, theme.INK, tag.center, "center", bold=True)


def review_lines(answer: Any, points: str) -> list[tuple[str, str, tuple[int, int, int]]]:
    """The review's lines for an answer under its question: (part, words, colour)."""
    q = answer.question
    if answer.timed_out:
        lines = [("yours", _("Time ran out"), theme.WRONG)]
    elif answer.correct:
        lines = [("yours", _("Your answer: {answer}  (right)").format(answer=q.choices[answer.chosen]) + points, theme.RIGHT)]
    else:
        lines = [("yours", _("Your answer: {answer}  (wrong)").format(answer=q.choices[answer.chosen]), theme.WRONG)]
    if not answer.correct:
        lines.append(("right", _("Right answer: {answer}").format(answer=q.correct), theme.PAPER))
    return lines
