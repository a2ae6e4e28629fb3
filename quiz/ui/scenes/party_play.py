"""A party in play: each round's rule, the questions, and the reveal after each one.

Every player answers with their own zone's keys or pad (the lobby's controller
map gives the seat); each press is timed when its event arrived. A typed
question is typed at the keyboard by the one player ``quiz.party.formats``
names (whose turn it is, or the only one not on a phone), as text and input-method
text, so any script works; Enter answers for them. Who has
answered is shown, never what, until the reveal. A pad that is unplugged holds
the party and says whose it was; plugged back, the party goes on.
"""

from __future__ import annotations

from typing import Optional

import pygame

from quiz.i18n import _, ngettext
from quiz.party import game as party_game
from quiz.party import history as party_history
from quiz.party.game import Party
from quiz.party.modes import BUZZ, TURNS
from quiz.party import entry, formats
from quiz.party.players import PAD, PHONE
from quiz.party.show import BUILDING, DONE, RevealShow, rows_before
from quiz.tables import pack_set_of
from quiz.ui import party_start, theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.ui.kinds import typed as typed_view
from quiz.ui.kit.shapes import card, draw_cross, draw_tick
from quiz.ui.kit.words import draw_fitted
from quiz.ui.party_look import MODE_NAMES, ROUND_NAMES, controller_of, draw_badge, draw_mark
from quiz.ui.party_kinds import has_options
from quiz.ui import party_kinds
from quiz.ui.party_stage import PartyStage


# What the typist's keyboard does to a typed answer (the solo view's own handling).
TYPING_ACTIONS = (actions.TEXT, actions.PASTE, actions.COMPOSE, actions.ERASE, actions.CONFIRM)
MANY = 8  # more players than this are shown by their marks, and the ranking by its best


def rule_words(party: Party) -> list[str]:
    rule = party.rule
    count = rule.params['questions']
    lines = [f"{_(MODE_NAMES[party.mode])} · " + ngettext("{n} question", "{n} questions", count).format(n=count)]
    if rule.key == "fastest_finger":
        lines.append(_("Right answers score by who was first: 400, 300, 200, then 100."))
    elif rule.key == "final":
        lines.append(_("Every point counts {times} times: the lead can change.").format(times=rule.multiplier))
    else:
        lines.append(_("Right and fast scores most."))
    if party.mode == BUZZ:
        lines.append(_("Press any of your keys to buzz; a wrong answer lets the others steal."))
    elif party.mode == TURNS:
        lines.append(_("Each question goes to the next player in turn."))
    else:
        lines.append(_("Everyone answers; your first answer is final."))
    return lines


class PartyScene(PartyStage):
    _kept = None  # the reveal whose answers are already in the history
    filed = False  # the scores are in the party high scores
    show: Optional[RevealShow] = None  # the reveal on screen, as a show on the clock
    shown_reveal = None                # the party's reveal that ``show`` is playing
    show_stage: Optional[str] = None   # its stage last frame: a sound marks each change
    entries: dict = {}                 # seat -> quiz.party.entry.Entry, for ``entries_for``
    entries_for: Optional[tuple] = None
    typing: typed_view.Typing = typed_view.Typing()  # the text typed for the question on screen
    typing_for: Optional[tuple] = None
    text_on = False                    # SDL's text input (and an input method) is on for it

    # ------------------------------------------------------------ typing

    def typist(self) -> Optional[int]:
        """The seat that types at the keyboard now, or None when nobody does."""
        party = self.party
        question = party.question
        if (party.phase != party_game.ASKING or party.paused or question is None
                or question.kind != "typed"):
            return None
        seat = formats.typist(party.mode, party.players, party.turn)
        return seat if seat in party.waiting_on else None

    @property
    def input_mode(self) -> str:
        # While someone types, letters (zone keys included) are text, not answers.
        return actions.TYPING if self.typist() is not None else actions.ANSWERING

    def typing_now(self) -> typed_view.Typing:
        if self.typing_for != self.where():
            self.typing_for, self.typing = self.where(), typed_view.Typing()
        return self.typing

    def type_action(self, seat: int, action: Action) -> bool:
        """Text, input-method text, Backspace, paste and Enter for the typist, as the solo
        typed view takes them; True when used."""
        if action.name not in TYPING_ACTIONS:
            return False
        _used, self.typing, typed = typed_view.handle_action(
            self.party.question, action, self.typing_now(), None, seat)
        if typed is not None:
            self.party.answer(seat, typed, action.time)
        return True

    def follow_typing(self) -> None:
        """SDL's text input on while someone types, its input-method window at the box."""
        wanted = self.typist() is not None
        if wanted == self.text_on:
            return
        self.text_on = wanted
        if wanted:
            pygame.key.set_text_input_rect(party_kinds.typing_box(self.answer_area(), self.app.scale))
            pygame.key.start_text_input()
        else:
            pygame.key.stop_text_input()

    # ------------------------------------------------------------ input

    def seat_of(self, action: Action) -> Optional[int]:
        controller = controller_of(action)
        player = self.lobby.player_for(controller) if controller is not None else None
        if player is None or self.party.player(player.seat) is None:
            return None
        return player.seat

    def handle_action(self, action: Action) -> Optional[Action]:
        party = self.party
        name = action.name
        if name == actions.ANSWER:
            seat = self.seat_of(action)
            if seat is not None and party.phase == party_game.ASKING:
                self.answer(seat, action)
            return None
        if name == actions.PAUSE and action.device.startswith("pad"):
            # A pad's Start moves on like Enter (an unplugged pad also sends a pause:
            # ``update`` sees it gone).
            if party.phase != party_game.ASKING and not party.paused:
                self.next()
            return None
        typist = self.typist()
        if typist is not None and self.type_action(typist, action):
            return None
        if party.paused:
            if name == actions.CONFIRM and not party.waiting_for:
                party.resume()
            elif name == actions.BACK:
                self.app.router.back_to("party_lobby")
            return None
        if name in (actions.BACK, actions.PAUSE, actions.LOST_FOCUS):
            party.pause()
        elif name == actions.CONFIRM:
            self.next()
        else:
            return action
        return None

    def answer(self, seat: int, action: Action) -> None:
        party = self.party
        question = party.question
        phone = party.player(seat).controller.kind == PHONE
        if phone or has_options(question):
            if party.mode == BUZZ and party.buzzer is None and phone:
                # A phone sends its answer in one tap: the tap buzzes in and answers at once.
                party.answer(seat, action.value, action.time)
            party.answer(seat, action.value, action.time)
            return
        if question.kind == "typed":
            return  # four keys cannot type: the typist types at the keyboard
        # Keys and pads build an order or a number press by press (``quiz.party.entry``).
        if seat in party.answered or (party.mode == TURNS and party.turn != seat):
            return
        entries = self.entries_now()
        entries[seat], whole = entry.press(question, entries.get(seat), action.value)
        if whole is not None:
            party.answer(seat, whole, action.time)
        elif entries[seat].picked:
            party.hold_unfinished(seat, entries[seat].picked)  # a time-out keeps these

    def entries_now(self) -> dict:
        """Each seat's unfinished answer to the question on screen (new for each question)."""
        where = (self.party.round_number, self.party.question_number)
        if self.entries_for != where:
            self.entries_for, self.entries = where, {}
        return self.entries

    def keep_answers(self) -> None:
        """Each reveal's answers join the players' histories, once."""
        reveal = self.party.reveal if self.party.phase == party_game.REVEAL else None
        if reveal is not None and reveal is not self._kept:
            self._kept = reveal
            pack_set = pack_set_of(p.id for p in self.app.selected_packs())
            party_history.keep(self.app.store, self.party, reveal, pack_set)

    def next(self) -> None:
        self.keep_answers()  # a reveal may be gone on within the frame it came
        if self.party.next() == party_game.PODIUM:
            self.to_podium()
        elif self.phones is not None:
            self.phones.follow(self.party)

    def to_podium(self) -> None:
        if not self.filed:  # once, though the last reveal and the clock may both end it
            self.filed = True
            party_start.record(self.app, self.party)
        if self.phones is not None:
            self.phones.follow(self.party)
        self.app.router.replace("party_podium", party=self.party, lobby=self.lobby,
                                choice=self.choice, game=self.game, phones=self.phones)

    def follow_reveal(self) -> None:
        """A new reveal starts its show; the build-up and the answer each get their sound."""
        reveal = self.party.reveal if self.party.phase == party_game.REVEAL else None
        if reveal is None:
            self.show, self.shown_reveal, self.show_stage = None, None, None
            return
        now = self.app.time
        if reveal is not self.shown_reveal:
            self.shown_reveal = reveal
            self.show = RevealShow(now, reduced_motion=self.app.settings.reduced_motion)
            self.show_stage = None
        stage = self.show.stage(now)
        if stage == self.show_stage:
            return
        if stage == BUILDING:
            self.app.sound.play("buildup")
        elif self.show_stage in (None, BUILDING):
            anyone = any(r.correct for r in reveal.results)
            self.app.sound.play("right" if anyone else "wrong")
        self.show_stage = stage

    def track(self) -> Optional[str]:
        """The music for what the party is doing: a tense loop under a question, none while held."""
        party = self.party
        if party.paused:
            return None
        return "question" if party.phase == party_game.ASKING else "lobby"

    def on_enter(self) -> None:
        self.app.sound.play_music(self.track())

    def on_exit(self) -> None:
        self.app.sound.play_music(None)
        if self.text_on:
            self.text_on = False
            pygame.key.stop_text_input()

    def pads_in(self) -> set[int]:
        return {pad.player for pad in self.app.gamepads.connected()}

    def update(self, dt: float) -> None:
        party = self.party
        present = self.pads_in()
        for player in party.players:
            if player.controller.kind != PAD:
                continue
            if player.controller.ident in present:
                party.controller_back(player.seat)
            else:
                party.controller_lost(player.seat)
        if self.phones is not None:
            # A phone's answer counts like a key press, timed when it reached the game.
            for action in self.phones.poll(self.lobby):
                self.handle_action(action)
            for player in self.lobby.players:   # a phone that joined now plays from the next question
                if player.controller.kind == PHONE and party.player(player.seat) is None:
                    party.join(player)
        party.update()
        self.follow_typing()
        self.keep_answers()
        self.follow_reveal()
        self.app.sound.play_music(self.track())
        if party.phase == party_game.PODIUM:
            self.to_podium()
        elif self.phones is not None:
            self.phones.follow(party)

    # ------------------------------------------------------------ drawing

    def redraw_key(self):
        party = self.party
        left = party.time_left()
        show = self.show
        moving = None
        if show is not None and show.stage(self.app.time) != DONE:
            moving = int(self.app.time * 30)  # the show moves: a new frame 30 times a second
        return (party.phase, party.question_number, party.round_number, party.answered,
                party.paused, party.buzzer, party.waiting_for,
                None if left is None else int(left * 10), moving,
                None if show is None else show.stage(self.app.time),
                tuple(sorted(self.entries.items())) if self.entries_for == self.where() else (),
                self.typing if self.typing_for == self.where() else None)

    def boxes(self) -> dict:
        w, h = self.app.size
        s = theme.layout_scale((w, h))
        m = theme.px(32, s)
        head = pygame.Rect(m, theme.px(18, s), w - 2 * m, theme.px(34, s))
        strip = pygame.Rect(m, h - theme.px(70, s), w - 2 * m, theme.px(50, s))
        body = pygame.Rect(m, head.bottom + theme.px(10, s), w - 2 * m,
                           strip.y - head.bottom - theme.px(20, s))
        return {"head": head, "body": body, "strip": strip}

    def draw(self, surface: pygame.Surface) -> None:
        app = self.app
        party = self.party
        app.backdrop.draw(surface, app.time, still=True)
        b = self.boxes()
        s = app.scale
        head = _("Round {number} of {count}").format(number=party.round_number, count=party.round_count)
        if party.phase != party_game.RULE:
            head += _(" · Question {number} of {count}").format(number=party.question_number,
                                                                 count=party.questions_in_round)
        draw_fitted(surface, app.text, head, theme.px(theme.LABEL, s), theme.MIST, b["head"])
        if party.phase == party_game.RULE:
            self.draw_rule(surface, b["body"])
        elif party.phase == party_game.REVEAL and party.reveal is not None:
            self.draw_reveal(surface, b["body"])
        else:
            self.draw_question(surface, b["body"])
            self.draw_strip(surface, b["strip"])
        if party.paused:
            self.draw_paused(surface)

    def draw_rule(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app = self.app
        s = app.scale
        party = self.party
        title = pygame.Rect(body.x, body.y + body.h // 8, body.w, theme.px(64, s))
        draw_fitted(surface, app.text, _(ROUND_NAMES.get(party.rule.key, party.rule.key)),
                    theme.px(theme.TITLE, s), theme.AMBER, title, align="center", bold=True)
        y = title.bottom + theme.px(16, s)
        for line in rule_words(party):
            box = pygame.Rect(body.x, y, body.w, theme.px(40, s))
            draw_fitted(surface, app.text, line, theme.px(theme.BODY, s), theme.PAPER, box,
                        align="center")
            y = box.bottom + theme.px(6, s)
        draw_fitted(surface, app.text, _("Enter or a pad's Start begins"),
                    theme.px(theme.SMALL, s), theme.SMOKE,
                    pygame.Rect(body.x, body.bottom - theme.px(30, s), body.w, theme.px(30, s)),
                    align="center")

    def option_boxes(self, area: pygame.Rect, count: int) -> list[pygame.Rect]:
        gap = theme.px(12, self.app.scale)
        rows = (count + 1) // 2
        cw = (area.w - gap) // 2
        ch = (area.h - (rows - 1) * gap) // max(1, rows)
        return [pygame.Rect(area.x + (i % 2) * (cw + gap), area.y + (i // 2) * (ch + gap), cw, ch)
                for i in range(count)]

    def draw_question(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app = self.app
        s = app.scale
        party = self.party
        question = party.question
        if question is None:
            return
        parts = self.question_boxes(body)
        bar, status, ask, area = parts["bar"], parts["status"], parts["ask"], parts["area"]
        fraction = party.fraction_left()
        pygame.draw.rect(surface, theme.SLATE, bar, border_radius=bar.h // 2)
        if fraction is not None:
            filled = pygame.Rect(bar.x, bar.y, int(bar.w * max(0.0, min(1.0, fraction))), bar.h)
            pygame.draw.rect(surface, theme.AMBER, filled, border_radius=bar.h // 2)
        left = party.time_left()
        who = self.whose_question()
        words = (_("{seconds} s left").format(seconds=f"{left:.0f}") if left is not None else _("no timer")) + (f" · {who}" if who else "")
        draw_fitted(surface, app.text, words, theme.px(theme.LABEL, s), theme.MIST, status,
                    align="center")
        draw_fitted(surface, app.text, question.question, theme.px(theme.HEADING, s), theme.PAPER,
                    ask, align="center", bold=True)
        if question.kind == "typed":
            typist = formats.typist(party.mode, party.players, party.turn)
            typing = self.typing if self.typing_for == self.where() else typed_view.Typing()
            party_kinds.draw_typing(surface, app, area, self.typing_words(typist),
                                    typing if typist is not None and typist in party.waiting_on
                                    else None,
                                    formats.hide_typing(party.mode, party.players))
            return
        if not has_options(question):
            party_kinds.draw_asking(surface, app, question, area, party.players,
                                    self.entries if self.entries_for == self.where() else {},
                                    party.answered)
            return
        for i, (choice, rect) in enumerate(zip(question.choices,
                                               self.option_boxes(area, len(question.choices)))):
            card(surface, rect, s, focused=False)
            draw_fitted(surface, app.text, f"{i + 1}  {choice}", theme.px(theme.BODY, s),
                        theme.PAPER, rect.inflate(-theme.px(20, s), -theme.px(8, s)))

    def question_boxes(self, body: pygame.Rect) -> dict:
        """The question screen's parts: countdown bar, status line, question, answers."""
        s = self.app.scale
        bar = pygame.Rect(body.x, body.y, body.w, theme.px(10, s))
        status = pygame.Rect(body.x, bar.bottom + theme.px(6, s), body.w, theme.px(30, s))
        ask = pygame.Rect(body.x, status.bottom + theme.px(6, s), body.w, int(body.h * 0.32))
        area = pygame.Rect(body.x, ask.bottom + theme.px(10, s), body.w,
                           body.bottom - ask.bottom - theme.px(10, s))
        return {"bar": bar, "status": status, "ask": ask, "area": area}

    def answer_area(self) -> pygame.Rect:
        return self.question_boxes(self.boxes()["body"])["area"]

    def typing_words(self, typist: Optional[int]) -> str:
        """Who types a typed question, and where."""
        party = self.party
        phones = any(p.controller.kind == PHONE for p in party.players)
        if party.mode == TURNS:
            name = party.player(party.turn).name if party.turn is not None else ""
            if typist is None:
                return _("{name} types the answer on their phone.").format(name=name)
            return _("{name} types the answer at the keyboard · Enter answers").format(name=name)
        if typist is None:
            return _("Type the answer on your phone and send it.")
        name = party.player(typist).name
        if phones:
            return _("Phones: type on your phone · {name}: type at the keyboard, Enter answers"
                     ).format(name=name)
        return _("{name} types the answer at the keyboard · Enter answers").format(name=name)

    def where(self) -> tuple:
        return (self.party.round_number, self.party.question_number)

    def whose_question(self) -> str:
        party = self.party
        if party.mode == TURNS and party.turn is not None:
            return _("{name}'s turn").format(name=party.player(party.turn).name)
        if party.mode == BUZZ:
            if party.buzzer is not None:
                return _("{name} is answering").format(name=party.player(party.buzzer).name)
            return _("press a key to buzz")
        return ""

    def draw_strip(self, surface: pygame.Surface, strip: pygame.Rect) -> None:
        """Every player, and whether they have answered (not what)."""
        app = self.app
        s = app.scale
        players = self.party.players
        if len(players) > MANY:
            self.draw_marks(surface, strip)
            return
        gap = theme.px(8, s)
        w = (strip.w - gap * (len(players) - 1)) // len(players)
        for i, player in enumerate(players):
            rect = pygame.Rect(strip.x + i * (w + gap), strip.y, w, strip.h)
            done = player.seat in self.party.answered
            card(surface, rect, s, focused=done)
            inner = rect.inflate(-theme.px(10, s), -theme.px(14, s))
            mark_w = inner.h if done else 0
            building = self.entries.get(player.seat) if self.entries_for == self.where() else None
            building = None if done else building
            badge_w = inner.w // 2 if building is not None else inner.w - mark_w
            draw_badge(surface, app, player, pygame.Rect(inner.x, inner.y, badge_w, inner.h),
                       size=theme.SMALL)
            if building is not None:  # an order or a number on its way
                words = entry.entry_words(self.party.question, building)
                draw_fitted(surface, app.text, words, theme.px(theme.SMALL, s), theme.AMBER,
                            pygame.Rect(inner.x + inner.w // 2, inner.y, inner.w // 2, inner.h),
                            align="right")
            if done:
                draw_tick(surface, pygame.Rect(inner.right - mark_w, inner.y, mark_w, mark_w),
                          theme.RIGHT, theme.px(3, s))

    def draw_marks(self, surface: pygame.Surface, strip: pygame.Rect) -> None:
        """Too many players for names: the count, then each player's mark, ticked once answered."""
        app = self.app
        s = app.scale
        players = self.party.players
        answered = self.party.answered
        count = pygame.Rect(strip.x, strip.y, theme.px(200, s), strip.h)
        draw_fitted(surface, app.text, _("{n} of {count} answered").format(n=len(answered), count=len(players)),
                    theme.px(theme.SMALL, s), theme.MIST, count)
        area = pygame.Rect(count.right, strip.y, strip.right - count.right, strip.h)
        size = min(area.h, area.w // len(players))
        for i, player in enumerate(players):
            rect = pygame.Rect(area.x + i * size, area.y + (area.h - size) // 2, size, size)
            inner = rect.inflate(-theme.px(6, s), -theme.px(6, s))
            if player.seat in answered:
                pygame.draw.rect(surface, theme.RIGHT, rect, width=max(2, theme.px(2, s)),
                                 border_radius=theme.px(6, s))
                draw_mark(surface, player, inner)
                draw_tick(surface, inner.inflate(-inner.w // 3, -inner.h // 3).move(
                    inner.w // 4, inner.h // 4), theme.RIGHT, theme.px(3, s))
            else:
                draw_mark(surface, player, inner)

    def draw_reveal(self, surface: pygame.Surface, body: pygame.Rect) -> None:
        app = self.app
        s = app.scale
        party = self.party
        reveal = party.reveal
        question = reveal.question
        ask = pygame.Rect(body.x, body.y, body.w, theme.px(48, s))
        draw_fitted(surface, app.text, question.question, theme.px(theme.BODY, s), theme.PAPER,
                    ask, align="center", bold=True)
        left = pygame.Rect(body.x, ask.bottom + theme.px(8, s), int(body.w * 0.56),
                           body.bottom - ask.bottom - theme.px(8, s))
        show = self.show or RevealShow(app.time, reduced_motion=True)
        shown = show.answer_shown(app.time)
        ranking = pygame.Rect(left.right + theme.px(16, s), left.y,
                              body.right - left.right - theme.px(16, s), left.h)
        if not has_options(question):
            party_kinds.draw_reveal(surface, app, reveal, left, shown, party.player)
            self.draw_ranking(surface, ranking)
            return
        gap = theme.px(8, s)
        row_h = (left.h - gap * (len(question.choices) - 1)) // max(1, len(question.choices))
        for i, choice in enumerate(question.choices):
            rect = pygame.Rect(left.x, left.y + i * (row_h + gap), left.w, row_h)
            right = i == reveal.right and shown
            card(surface, rect, s, focused=right, accent=theme.RIGHT)
            inner = rect.inflate(-theme.px(12, s), -theme.px(8, s))
            icon = pygame.Rect(inner.x, inner.y, inner.h, inner.h)
            if shown:
                (draw_tick if right else draw_cross)(surface, icon.inflate(-4, -4),
                                                     theme.RIGHT if right else theme.SMOKE,
                                                     theme.px(3, s))
            choosers = reveal.chose(i) if shown else ()
            mark = min(inner.h, theme.px(36, s))
            marks_w = len(choosers) * (mark + 4)
            draw_fitted(surface, app.text, f"{i + 1}  {choice}", theme.px(theme.LABEL, s),
                        theme.PAPER, pygame.Rect(icon.right + 6, inner.y,
                                                 max(1, inner.w - icon.w - 6 - marks_w), inner.h))
            x = inner.right - marks_w
            for seat in choosers:
                draw_mark(surface, party.player(seat),
                          pygame.Rect(x, inner.centery - mark // 2, mark, mark))
                x += mark + 4
        self.draw_ranking(surface, ranking)

    def draw_ranking(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """The ranking after this question, each with what they earned and how they moved."""
        app = self.app
        s = app.scale
        reveal = self.party.reveal
        show = self.show or RevealShow(app.time, reduced_motion=True)
        now = app.time
        if not show.answer_shown(now):
            words = pygame.Rect(area.x, area.y, area.w, theme.px(44, s))
            draw_fitted(surface, app.text, _("And the answer is…"), theme.px(theme.BODY, s),
                        theme.AMBER, words, align="center", bold=True)
            return
        before = {st.seat: st.place for st in reveal.before}
        old_scores = {st.seat: st.score for st in reveal.before}
        old_rows = rows_before(reveal.before, reveal.after)
        rows = reveal.after
        gap = theme.px(6, s)
        hidden = max(0, len(rows) - MANY)
        if hidden:
            # The best few here; every phone shows its own player's place and points.
            rows = rows[:MANY - 1]
            hidden = len(reveal.after) - len(rows)
            more = pygame.Rect(area.x, area.bottom - theme.px(30, s), area.w, theme.px(30, s))
            draw_fitted(surface, app.text, _("and {n} more: each phone shows its own place").format(n=hidden),
                        theme.px(theme.SMALL, s), theme.SMOKE, more, align="right")
            area = pygame.Rect(area.x, area.y, area.w, more.y - area.y - gap)
        row_h = min(theme.px(44, s), (area.h - gap * (len(rows) - 1)) // max(1, len(rows)))
        for i, standing in enumerate(rows):
            at = min(show.row(old_rows[standing.seat], i, now), len(rows))
            rect = pygame.Rect(area.x, area.y + round(at * (row_h + gap)), area.w, row_h)
            result = reveal.result(standing.seat)
            player = self.party.player(standing.seat)
            was = before.get(standing.seat, standing.place)
            arrow = _(" · up from {place}.").format(place=was) if was > standing.place else (
                _(" · down from {place}.").format(place=was) if was < standing.place else "")
            score = show.score(old_scores.get(standing.seat, 0), standing.score, now)
            place = pygame.Rect(rect.x, rect.y, theme.px(34, s), rect.h)
            draw_fitted(surface, app.text, f"{standing.place}.", theme.px(theme.LABEL, s),
                        theme.MIST, place)
            score_w = int(rect.w * 0.52)
            draw_badge(surface, app, player, pygame.Rect(place.right, rect.y,
                                                          rect.w - place.w - score_w, rect.h),
                       size=theme.LABEL)
            earned = f"+{result.points:,}" if result and result.points else "+0"
            draw_fitted(surface, app.text, f"{score:,} ({earned}){arrow}",
                        theme.px(theme.SMALL, s), theme.RIGHT if result and result.correct else theme.MIST,
                        pygame.Rect(rect.right - score_w, rect.y, score_w, rect.h), align="right")

    def draw_paused(self, surface: pygame.Surface) -> None:
        app = self.app
        s = app.scale
        w, h = app.size
        shade = pygame.Surface((w, h), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 170))
        surface.blit(shade, (0, 0))
        box = pygame.Rect(w // 8, h // 3, w * 3 // 4, h // 3)
        card(surface, box, s, focused=True)
        waiting = self.party.waiting_for
        if waiting:
            names = ", ".join(p.name for p in waiting)
            words = _("Waiting for {names}'s gamepad: plug it back in to go on.").format(names=names)
        else:
            words = _("Paused. Enter goes on · Esc leaves the party")
        draw_fitted(surface, app.text, words, theme.px(theme.BODY, s), theme.PAPER,
                    box.inflate(-theme.px(30, s), -theme.px(20, s)), align="center")
