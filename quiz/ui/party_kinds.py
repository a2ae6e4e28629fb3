"""The party screen's view of the kinds that are not a list of options: an order
to build, a number to place and an answer to type, while asked and at the reveal.

Every player shares the screen, so each one's unfinished answer is shown beside
their mark (how many items placed, where their marker stands); what they chose
in the end stays hidden until the reveal, as with options.
"""

from __future__ import annotations

from typing import Any, Mapping

import pygame

from quiz.i18n import N_, _
from quiz.party.entry import Entry, number_value
from quiz.ui import theme
from quiz.ui.kit.shapes import card, draw_cross, draw_tick
from quiz.ui.kit.words import draw_fitted, draw_text
from quiz.ui.party_look import draw_mark

# What each key does, said under the question.
HOW = {"order": N_("Press your keys in order, first to last: the last item falls into place."),
       "number": N_("Your 2nd key moves your marker down, your 3rd up; your 1st locks it in.")}


HIDDEN_LETTER = "\u2022"  # what the big screen shows for each letter others must not read


def has_options(question: Any) -> bool:
    return getattr(question, "kind", "choice") not in (*HOW, "typed")


def typing_box(area: pygame.Rect, s: float) -> pygame.Rect:
    """The box a typed answer appears in (an input method puts its window by it)."""
    how_h = theme.px(30, s) + theme.px(8, s)
    h = min(theme.px(64, s), max(theme.px(30, s), area.h - how_h - theme.px(8, s)))
    w = min(area.w, theme.px(720, s))
    return pygame.Rect(area.centerx - w // 2, area.y + how_h + theme.px(8, s), w, h)


def draw_typing(surface: pygame.Surface, app, area: pygame.Rect, how: str, typing,
                hidden: bool) -> None:
    """Who types where; with someone typing at the keyboard, the box with their text
    (a dot for each letter when others answer the same question)."""
    s = app.scale
    line = pygame.Rect(area.x, area.y, area.w, theme.px(30, s))
    draw_fitted(surface, app.text, how, theme.px(theme.SMALL, s), theme.MIST, line,
                align="center")
    if typing is None:
        return
    box = typing_box(area, s)
    pygame.draw.rect(surface, theme.NIGHT, box, border_radius=theme.px(10, s))
    pygame.draw.rect(surface, theme.AMBER, box, theme.px(3, s), border_radius=theme.px(10, s))
    inner = box.inflate(-2 * theme.px(16, s), 0)
    px = theme.text_px(28, s)
    typed, composing = typing.text, typing.composing
    if hidden:
        typed, composing = HIDDEN_LETTER * len(typed), HIDDEN_LETTER * len(composing)
    shown = typed + composing
    if not shown:
        draw_text(surface, app.text, _("Type your answer…"), theme.text_px(20, s), theme.SMOKE,
                  inner.midleft, "midleft", max_width=inner.w)
        caret_x = inner.x
    else:
        # The end of a long text stays in view: that is where the typing goes on.
        while len(shown) > 1 and app.text.size(shown, px, False)[0] > inner.w - theme.px(8, s):
            shown = shown[1:]
        used = draw_text(surface, app.text, shown, px, theme.PAPER, inner.midleft, "midleft",
                         max_width=inner.w - theme.px(8, s), min_px=px)
        if composing:  # an input method's text, not yet committed, is underlined
            cut = max(0, len(shown) - len(composing))
            typed_w = app.text.size(shown[:cut], px, False)[0]
            y = used.bottom - theme.px(2, s)
            pygame.draw.line(surface, theme.MIST, (used.x + typed_w, y), (used.right, y),
                             max(1, theme.px(2, s)))
        caret_x = used.right + theme.px(3, s)
    caret_h = min(box.h - theme.px(12, s), theme.px(34, s))
    pygame.draw.line(surface, theme.PAPER, (caret_x, box.centery - caret_h // 2),
                     (caret_x, box.centery + caret_h // 2), max(1, theme.px(2, s)))


def draw_asking(surface: pygame.Surface, app, question: Any, area: pygame.Rect,
                players, entries: Mapping[int, Entry], answered) -> None:
    s = app.scale
    how = pygame.Rect(area.x, area.y, area.w, theme.px(30, s))
    draw_fitted(surface, app.text, _(HOW[question.kind]), theme.px(theme.SMALL, s), theme.MIST, how,
                align="center")
    rest = pygame.Rect(area.x, how.bottom + theme.px(8, s), area.w,
                       area.bottom - how.bottom - theme.px(8, s))
    if question.kind == "order":
        _draw_items(surface, app, question, rest)
    else:
        _draw_track(surface, app, question, rest, players, entries, answered)


def _draw_items(surface, app, question, area: pygame.Rect) -> None:
    s = app.scale
    gap = theme.px(10, s)
    cw = (area.w - gap) // 2
    ch = (area.h - gap) // 2
    for i, item in enumerate(question.items):
        rect = pygame.Rect(area.x + (i % 2) * (cw + gap), area.y + (i // 2) * (ch + gap), cw, ch)
        card(surface, rect, s, focused=False)
        draw_fitted(surface, app.text, f"{i + 1}  {item}", theme.px(theme.BODY, s), theme.PAPER,
                    rect.inflate(-theme.px(20, s), -theme.px(8, s)))


def track_rect(area: pygame.Rect, s: float) -> pygame.Rect:
    margin = theme.px(60, s)
    return pygame.Rect(area.x + margin, area.centery, area.w - 2 * margin, theme.px(8, s))


def _x_of(question, track: pygame.Rect, value: float) -> int:
    share = (value - question.min) / (question.max - question.min)
    return track.x + round(track.w * max(0.0, min(1.0, share)))


def _draw_track(surface, app, question, area: pygame.Rect, players, entries, answered) -> None:
    s = app.scale
    track = track_rect(area, s)
    pygame.draw.rect(surface, theme.SLATE, track, border_radius=track.h // 2)
    ends = pygame.Rect(track.x - theme.px(60, s), track.bottom + theme.px(8, s),
                       theme.px(200, s), theme.px(30, s))
    draw_fitted(surface, app.text, question.show(question.min), theme.px(theme.SMALL, s),
                theme.MIST, ends)
    high = ends.copy()
    high.right = track.right + theme.px(60, s)
    draw_fitted(surface, app.text, question.show(question.max), theme.px(theme.SMALL, s),
                theme.MIST, high, align="right")
    # Each player's marker above the track, in rows so that markers at one place stay apart.
    mark = theme.px(30, s)
    for row, player in enumerate(players):
        entry = entries.get(player.seat) or Entry()
        x = _x_of(question, track, number_value(question, entry))
        y = track.y - mark - theme.px(6, s) - (row % 3) * (mark + theme.px(2, s))
        draw_mark(surface, player, pygame.Rect(x - mark // 2, y, mark, mark))
        if player.seat in answered:
            draw_tick(surface, pygame.Rect(x, y - mark // 3, mark // 2, mark // 2), theme.RIGHT,
                      theme.px(2, s))


def draw_reveal(surface: pygame.Surface, app, reveal, area: pygame.Rect, shown: bool,
                player_of) -> None:
    """The right order, or the right number and how near each guess came."""
    s = app.scale
    question = reveal.question
    if question.kind == "order":
        gap = theme.px(8, s)
        row_h = (area.h - 3 * gap) // 4
        for place, index in enumerate(question.order):
            rect = pygame.Rect(area.x, area.y + place * (row_h + gap), area.w, row_h)
            card(surface, rect, s, focused=shown, accent=theme.RIGHT)
            words = f"{place + 1}.  {question.items[index]}" if shown else f"{place + 1}.  ?"
            draw_fitted(surface, app.text, words, theme.px(theme.LABEL, s), theme.PAPER,
                        rect.inflate(-theme.px(20, s), -theme.px(8, s)))
        return
    title = pygame.Rect(area.x, area.y, area.w, theme.px(44, s))
    answer = _("The answer: {answer}").format(answer=question.right_text()) if shown else _("The answer: ?")
    draw_fitted(surface, app.text, answer, theme.px(theme.BODY, s),
                theme.RIGHT if shown else theme.PAPER, title, bold=True)
    if not shown:
        return
    gap = theme.px(4, s)
    guesses = [r for r in reveal.results if r.answered]
    top = title.bottom + theme.px(8, s)
    row_h = min(theme.px(36, s), (area.bottom - top) // max(1, len(guesses) or 1) - gap)
    for i, result in enumerate(guesses[: max(0, (area.bottom - top) // max(1, row_h + gap))]):
        rect = pygame.Rect(area.x, top + i * (row_h + gap), area.w, row_h)
        draw_mark(surface, player_of(result.seat), pygame.Rect(rect.x, rect.y, row_h, row_h))
        icon = pygame.Rect(rect.x + row_h + 6, rect.y + row_h // 4, row_h // 2, row_h // 2)
        (draw_tick if result.correct else draw_cross)(surface, icon,
                                                      theme.RIGHT if result.correct else theme.SMOKE,
                                                      theme.px(2, s))
        draw_fitted(surface, app.text,
                    f"{player_of(result.seat).name}: {said(question, result.chosen)}",
                    theme.px(theme.SMALL, s), theme.PAPER,
                    pygame.Rect(icon.right + 8, rect.y, rect.w - icon.right - 8 + rect.x, rect.h))



def said(question: Any, chosen: Any) -> str:
    """A player's answer as the reveal shows it beside their name."""
    if question.kind != "typed":
        return question.show(chosen)
    if chosen is None:
        return _("no answer")
    if question.close_enough(chosen):
        return _("{typed} (close enough)").format(typed=question.response_text(chosen))
    return question.response_text(chosen)
