"""Typed answers in a party: which parties are dealt them, who types, and a three-player
Take turns party typing its answers at the keyboard, driven headless by posted events."""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, key, make_app, step
from party_helpers import players
from quiz.clock import FakeClock
from quiz.kinds.choice import ChoiceQuestion
from quiz.kinds.number import NumberQuestion
from quiz.kinds.order import OrderQuestion
from quiz.kinds.typed import TypedQuestion
from quiz.party import formats
from quiz.party import game as party_game
from quiz.party.game import Party, PartyConfig
from quiz.party.players import PHONE, Controller, Lobby
from quiz.ui.party_start import PartyChoice

ZONES = [["1", "2", "3", "4"], ["7", "8", "9", "0"], ["q", "w", "e", "r"]]


def typed(n, answer, *others):
    return TypedQuestion(id=f"t{n}", fact=f"ft{n}", category="Film", difficulty="easy",
                         question=f"Typed question {n}?", answer=answer,
                         accepted=(answer, *others), explanation="", source="test")


def choice(n):
    return ChoiceQuestion(id=f"c{n}", fact=f"fc{n}", category="Film", difficulty="easy",
                          question=f"Choice question {n}?", choices=("A", "B", "C", "D"),
                          answer=1, explanation="", source="test")


def with_phones(keyboards, phones):
    """A lobby's players: ``keyboards`` at the zones, then ``phones`` phones."""
    lobby = Lobby()
    for zone in range(keyboards):
        lobby.join(Controller("keyboard", zone), f"Key {zone + 1}")
    for phone in range(phones):
        lobby.join(Controller(PHONE, phone + 1), f"Phone {phone + 1}")
    return lobby.players


# ---------------------------------------------------------------- the rule, pure


@pytest.mark.parametrize("keyboards, phones, typed_too", [
    (2, 0, False), (3, 0, False), (2, 3, False),   # two or more share the big screen
    (1, 1, True), (1, 5, True), (0, 2, True),       # one at the keyboard, the rest on phones
])
def test_everyone_answers_asks_typed_only_when_every_player_types_in_private(keyboards, phones,
                                                                              typed_too):
    seated = with_phones(keyboards, phones)
    kinds = formats.kinds_for("everyone", seated)
    assert ("typed" in kinds) is typed_too
    assert set(formats.KEY_KINDS) <= set(kinds)
    typist = formats.typist("everyone", seated, None)
    if typed_too and keyboards:
        assert typist == seated[0].seat          # the one player at the keyboard
    else:
        assert typist is None


def test_take_turns_asks_every_kind_and_buzz_in_only_options():
    for seated in (with_phones(3, 0), with_phones(1, 2), with_phones(0, 3)):
        assert formats.kinds_for("turns", seated) == formats.ALL_KINDS
        assert formats.kinds_for("buzz", seated) == ("choice", "true_false")
        assert formats.typist("buzz", seated, None) is None
    seated = with_phones(2, 1)
    assert formats.typist("turns", seated, 1) == 1          # a keyboard player's turn
    assert formats.typist("turns", seated, 2) is None       # a phone's: it types on the phone
    assert formats.hide_typing("everyone", seated) and not formats.hide_typing("turns", seated)


def test_a_reveal_gives_the_right_answer_in_each_kinds_own_form():
    asked = [choice(0),
             OrderQuestion(id="o", fact="fo", category="Film", difficulty="easy", question="Order?",
                           items=("a", "b", "c", "d"), order=(2, 0, 3, 1), explanation="",
                           source="test"),
             NumberQuestion(id="n", fact="fn", category="Film", difficulty="easy",
                            question="Number?", value=288.0, min=100.0, max=500.0, step=1.0,
                            unit="pages", margin=10.0, explanation="", source="test"),
             typed(0, "Rene Liu", "Liu Ruoying")]
    game = Party(players("Ann", "Bo"), asked, PartyConfig(mode="turns", rounds=1,
                 questions_per_round=4, round_types=("normal",)), FakeClock())
    game.next()
    rights = []
    while game.phase != party_game.PODIUM:
        game.answer(game.turn, {"choice": 1, "order": (2, 0, 3, 1), "number": 290.0,
                                "typed": "liu ruoying"}[game.question.kind])
        rights.append(game.reveal.right)
        assert any(r.correct for r in game.reveal.results), game.question.kind
        game.next()
    assert rights == [1, (2, 0, 3, 1), 288.0, "Rene Liu"]


def test_take_turns_judges_typed_answers_by_the_solo_rules():
    asked = [typed(0, "Rene Liu", "Liu Ruoying"), typed(1, "Tian Zhuangzhuang"),
             typed(2, "Jing Boran", "Jing"), typed(3, "Hailar")]
    game = Party(players("Ann", "Bo", "Cy"), asked, PartyConfig(mode="turns", rounds=1,
                 questions_per_round=4, round_types=("normal",)), FakeClock())
    game.next()
    given = ["  LIU-ruoying ", "Tian Zhuangzhuan", "Jing", "Hailer"]
    seats, results = [], []
    for text in given:
        seats.append(game.turn)
        assert not game.answer(game.turn, "   ")       # blank: no answer, not final
        others = [s for s in (0, 1, 2) if s != game.turn]
        assert not game.answer(others[0], asked[0].answer)   # not their turn
        assert game.answer(game.turn, text)
        results.append(game.reveal.result(seats[-1]))
        game.next()
    assert seats == [0, 1, 2, 0]
    # An alias with case, spacing and punctuation; one typo in a long name; a short alias;
    # a typo in a name too short to forgive one.
    assert [r.correct for r in results] == [True, True, True, False]
    assert [asked[i].close_enough(r.chosen) for i, r in enumerate(results)] == [
        False, True, False, False]
    assert results[1].points > 0 and results[3].points == 0


# ---------------------------------------------------------------- dealing


@pytest.mark.parametrize("mode, keyboards, phones, typed_too", [
    ("everyone", 3, 0, False), ("everyone", 1, 2, True), ("turns", 3, 0, True),
    ("buzz", 1, 2, False),
])
def test_a_party_is_dealt_typed_questions_only_where_the_rule_allows(apps, mode, keyboards,
                                                                     phones, typed_too):
    from quiz.ui.party_start import deal

    app = make_app()
    apps.append(app)
    seated = with_phones(keyboards, phones)
    dealt = deal(app, PartyChoice(mode=mode, rounds=3, questions=10, seed=4), 0,
                 [p.name for p in seated], seated)
    kinds = {q.kind for q in dealt}
    assert len(dealt) == 30
    assert ("typed" in kinds) is typed_too
    assert kinds <= set(formats.kinds_for(mode, seated))
    if mode == "buzz":
        assert kinds <= {"choice", "true_false"}
    else:
        assert "number" in kinds


# ---------------------------------------------------------------- on screen



def post(kind, **attrs):
    pygame.event.post(pygame.event.Event(kind, **attrs))


def press(app, name):
    code = pygame.key.key_code(name)
    post(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)
    step(app)


@pytest.mark.usefixtures("silent_sound")
def test_a_three_player_take_turns_party_types_its_answers_at_the_keyboard(apps, monkeypatch):
    from quiz.ui import party_start

    asked = [typed(0, "Beijing", "北京"), choice(1), typed(2, "Tian Zhuangzhuang"),
             typed(3, "Rene Liu", "Liu Ruoying")]
    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: list(asked))
    app = make_app((960, 540))
    apps.append(app)
    app.router.show("party_lobby", names=["Ann", "Bo", "Cy"],
                    choice=PartyChoice(mode="turns", rounds=1, questions=4, timer=20.0, seed=1))
    step(app)
    key(app, "UP")
    key(app, "RETURN")
    scene = app.router.top
    party = scene.party
    assert app.router.top_name == "party" and party.mode == "turns"
    boxes = TextBoxes(monkeypatch)
    key(app, "RETURN")                            # past the round's rule
    assert party.phase == party_game.ASKING and party.question.kind == "typed"

    # Ann's turn: the keyboard is hers and types text, so zone keys answer nothing.
    assert party.turn == 0 and scene.typist() == 0
    assert scene.input_mode == "typing" and scene.text_on
    press(app, ZONES[1][0])                       # Bo's key: no answer for anyone
    press(app, ZONES[0][1])
    assert party.answered == frozenset()
    post(pygame.TEXTEDITING, text="bei", start=3, length=0)   # an input method composing
    step(app)
    assert scene.typing.composing == "bei" and scene.typing.text == ""
    boxes.clear()
    app.invalidate()
    step(app)
    drawn = " ".join(boxes.texts)
    assert "Ann types the answer at the keyboard" in drawn and "bei" in drawn
    assert boxes.outside(app.size) == [] and boxes.smaller_than(14) == []
    post(pygame.TEXTEDITING, text="", start=0, length=0)
    post(pygame.TEXTINPUT, text="北京")             # ...and committing its text
    step(app)
    assert scene.typing.text == "北京" and party.answered == frozenset()
    key(app, "RETURN")
    assert party.phase == party_game.REVEAL
    first = party.reveal.result(0)
    assert first.correct and first.chosen == "北京" and first.points > 0
    assert not scene.text_on and scene.input_mode == "answering"
    app.clock.advance(3.0)
    boxes.clear()
    app.invalidate()
    step(app)
    assert "The answer: Beijing" in " ".join(boxes.texts)
    assert boxes.outside(app.size) == [] and boxes.smaller_than(14) == []
    key(app, "RETURN")

    # Bo's turn, a choice question: zone keys answer again.
    assert party.turn == 1 and party.question.kind == "choice" and scene.typist() is None
    press(app, ZONES[1][1])
    assert party.reveal.result(1).correct
    key(app, "RETURN")

    # Cy's turn: one typo in a long name is close enough; Backspace and Esc work as ever.
    assert party.turn == 2 and scene.typist() == 2
    post(pygame.TEXTINPUT, text="Tian Zhuangzhuanx")
    step(app)
    key(app, "BACKSPACE")
    assert scene.typing.text == "Tian Zhuangzhuan"
    key(app, "ESCAPE")                            # Esc pauses: nobody types meanwhile
    assert party.paused and scene.typist() is None
    step(app)
    assert not scene.text_on
    key(app, "RETURN")                            # Enter goes on, and the typing with it
    assert not party.paused and scene.typist() == 2
    step(app)
    assert scene.text_on and scene.typing.text == "Tian Zhuangzhuan"
    key(app, "RETURN")
    cy = party.reveal.result(2)
    assert cy.correct and party.question.close_enough(cy.chosen)
    app.clock.advance(3.0)
    boxes.clear()
    app.invalidate()
    step(app)
    assert "Cy: Tian Zhuangzhuan (close enough)" in " ".join(boxes.texts)
    key(app, "RETURN")

    # Ann again: a wrong name earns nothing; the reveal shows what was typed and the answer.
    assert party.turn == 0
    post(pygame.TEXTINPUT, text="Zhou Dongyu")
    step(app)
    key(app, "RETURN")
    ann = party.reveal.result(0)
    assert not ann.correct and ann.points == 0 and ann.chosen == "Zhou Dongyu"
    app.clock.advance(3.0)
    boxes.clear()
    app.invalidate()
    step(app)
    drawn = " ".join(boxes.texts)
    assert "The answer: Rene Liu" in drawn and "Ann: Zhou Dongyu" in drawn
    key(app, "RETURN")
    assert app.router.top_name == "party_podium"
    entries = app.router.top.podium.entries
    assert sorted(e.player.name for e in entries) == ["Ann", "Bo", "Cy"]
    assert {e.player.name: e.right for e in entries} == {"Ann": 1, "Bo": 1, "Cy": 1}


@pytest.mark.usefixtures("silent_sound")
def test_a_typed_question_times_out_with_what_was_typed_left_unsent(apps, monkeypatch):
    from quiz.ui import party_start

    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: [typed(0, "Hailar"), choice(1)])
    app = make_app()
    apps.append(app)
    app.router.show("party_lobby", names=["Ann", "Bo"],
                    choice=PartyChoice(mode="turns", rounds=1, questions=2, timer=10.0, seed=1))
    step(app)
    key(app, "UP")
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")
    post(pygame.TEXTINPUT, text="Hail")
    step(app)
    step(app, frames=1, seconds=10.5)
    assert party.phase == party_game.REVEAL
    result = party.reveal.result(0)
    assert result.answered and result.chosen is None and not result.correct
    assert not app.router.top.text_on


@pytest.mark.usefixtures("silent_sound")
def test_in_everyone_answers_the_one_keyboard_player_types_and_the_screen_shows_only_dots(
        apps, monkeypatch):
    from quiz.ui import party_start
    from quiz.ui.party_kinds import HIDDEN_LETTER

    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: [typed(0, "Hailar")])
    app = make_app((960, 540))
    apps.append(app)
    app.router.show("party_lobby", names=["Ann"],
                    choice=PartyChoice(mode="everyone", rounds=1, questions=1, timer=20.0, seed=1))
    step(app)
    lobby = app.router.top.lobby
    mei = lobby.join(Controller(PHONE, 1), "Mei")
    lobby.set_ready(mei.seat)
    key(app, "UP")
    key(app, "RETURN")
    scene = app.router.top
    party = scene.party
    key(app, "RETURN")
    assert scene.typist() == 0 and scene.input_mode == "typing"
    boxes = TextBoxes(monkeypatch)
    post(pygame.TEXTINPUT, text="Hail")
    post(pygame.TEXTEDITING, text="ar", start=2, length=0)
    step(app)
    boxes.clear()
    app.invalidate()
    step(app)
    drawn = " ".join(boxes.texts)
    assert HIDDEN_LETTER * 6 in drawn and "Hail" not in drawn     # the phone player cannot read it
    assert "Mei" in drawn and boxes.outside(app.size) == [] and boxes.smaller_than(14) == []
    post(pygame.TEXTEDITING, text="", start=0, length=0)
    post(pygame.TEXTINPUT, text="ar")
    step(app)
    key(app, "RETURN")
    assert party.answered == frozenset({0}) and party.phase == party_game.ASKING
    assert scene.typist() is None and scene.input_mode == "answering"   # Ann's answer is final
    party.answer(mei.seat, "hailar ")
    assert party.phase == party_game.REVEAL
    assert party.reveal.result(0).correct and party.reveal.result(mei.seat).correct


@pytest.mark.usefixtures("silent_sound")
def test_an_order_half_placed_at_the_keys_when_time_runs_out_keeps_its_picks(apps, monkeypatch):
    from kinds_helpers import one_of_each_kind
    from quiz.ui import party_start

    order = next(q for q in one_of_each_kind() if q.kind == "order")
    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: [order])
    app = make_app()
    apps.append(app)
    app.router.show("party_lobby", names=["Ann", "Bo"],
                    choice=PartyChoice(mode="everyone", rounds=1, questions=1, timer=10.0, seed=1))
    step(app)
    key(app, "UP")
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")                               # past the rule
    assert party.question is order
    for index in order.order[:2]:                    # Ann's zone: keys 1-4 pick items 1-4
        press(app, str(index + 1))
    step(app, frames=1, seconds=10.5)
    assert party.phase == party_game.REVEAL
    ann, bo = party.reveal.result(0), party.reveal.result(1)
    assert ann.kept == tuple(order.order[:2]) and ann.points > 0 and not ann.correct
    assert bo.kept is None and bo.points == 0
