"""Where everything goes on the question screen, for a window size and a number of options."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from quiz.ui import theme
from quiz.ui.kit.backdrop import film_edge


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
    pause: pygame.Rect  # while asking: a button that pauses, for the mouse and fingers


def option_grid(count: int) -> tuple[int, int]:
    """Columns and rows: four answers in a square, two or three side by side."""
    if count == 4:
        return 2, 2
    return max(1, count), 1


# After the answer the options give up some height to the feedback panel, so a long
# explanation is read at a readable size instead of shrinking.
ASKING_OPTIONS_SHARE = 0.33
FEEDBACK_OPTIONS_SHARE = 0.25


def make_layout(size: tuple[int, int], count: int, feedback: bool = False) -> Layout:
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
    share = FEEDBACK_OPTIONS_SHARE if feedback else ASKING_OPTIONS_SHARE
    options_area = pygame.Rect(margin, question.bottom + p(18), header.w, int(h * share))
    cols, rows = option_grid(count)
    if count == 2:
        # True/False and other pairs: one row of two boxes as tall as a row of four's, the
        # height left over goes to the feedback panel instead of empty space in the boxes.
        options_area.h = min(options_area.h, (int(h * ASKING_OPTIONS_SHARE) - gap) // 2)
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
    side = min(p(40), max(1, footer.h - p(8)))
    pause = pygame.Rect(footer.right - side - p(6), hint.centery - side // 2, side, side)
    pause.bottom = min(pause.bottom, footer.bottom)
    return Layout(size, s, header, timer, seconds, question, question_text, options, badges,
                  texts, footer, verdict, explanation, hint, pause)


# -- the scene -------------------------------------------------------------------
