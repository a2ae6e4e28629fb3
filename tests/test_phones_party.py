"""Phones in the game window: a real WebSocket phone joins the lobby and plays with a keyboard player."""

from __future__ import annotations

import json
import time

import pygame
import pytest
from websockets.sync.client import connect

from app_helpers import TextBoxes, key, make_app, step
from party_helpers import typed_words, zone_presses
from quiz.party import game as party_game
from quiz.party.judging import right_response
from quiz.party.players import KEYBOARD, PHONE, Controller
from quiz.ui.party_start import PartyChoice
from quiz.ui.phone_link import PhoneLink

ZONE_0 = ["1", "2", "3", "4"]


# No sound device is opened in these tests.
pytestmark = pytest.mark.usefixtures("silent_sound", "kinds_with_options")


@pytest.fixture
def kinds_with_options(monkeypatch):
    """These parties answer by option from the phones: deal only the kinds that have options
    (the slider's and the order's phone views are tested with the browser)."""
    from quiz.ui import party_start

    monkeypatch.setattr(party_start, "PARTY_KINDS", party_start.BUZZ_KINDS)
    monkeypatch.setattr(party_start, "typed_fits", lambda mode, players: False)


@pytest.fixture
def apps():
    """The conftest's apps, but a party's phone server is stopped before its app closes."""
    opened = []
    yield opened
    for app in opened:
        for scene in app.stack:
            phones = getattr(scene, "phones", None)
            if phones is not None:
                phones.stop()
        app.close()


class Phone:
    """A phone's page, scripted: a real WebSocket client keeping every message it was sent."""

    def __init__(self, host: str, port: int) -> None:
        self.ws = connect(f"ws://{host}:{port}/ws", open_timeout=5).__enter__()
        self.seen: list[dict] = []

    def send(self, **message) -> None:
        self.ws.send(json.dumps(message))

    def until(self, kind: str, app=None, where=lambda message: True, timeout: float = 5.0) -> dict:
        """The next message of ``kind``, stepping the game meanwhile (it sends from its frames)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if app is not None:
                step(app)
            try:
                message = json.loads(self.ws.recv(timeout=0.02))
            except TimeoutError:
                continue
            self.seen.append(message)
            if message["type"] == kind and where(message):
                return message
        raise AssertionError(f"no {kind!r} came; saw {[m['type'] for m in self.seen]}")

    def close(self) -> None:
        self.ws.close()


def right_value(question):
    """What a phone sends to answer ``question`` right, whatever its kind."""
    right = right_response(question)
    return list(right) if isinstance(right, tuple) else right


def wrong_value(question, n=0):
    """What a phone sends to answer ``question`` wrong (and earn nothing), whatever its kind."""
    kind = question.kind
    if kind == "order":
        right = list(question.order)
        return right[1:] + right[:1]
    if kind == "number":
        return question.min if question.value > (question.min + question.max) / 2 else question.max
    if kind == "typed":
        return typed_words(question, right=False)
    count = len(question.choices)
    return (question.answer + 1 + n % (count - 1)) % count


def keys_answer(app, question, right, zone=ZONE_0):
    """The keyboard player answers ``question`` with their zone's keys, or by typing it."""
    if question.kind == "typed":
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=typed_words(question, right)))
        step(app)
        key(app, "RETURN")
        return
    for option in zone_presses(question, right):
        key(app, zone[option])


def steps_until(app, condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the game never got there")
        step(app)
        time.sleep(0.002)


def phone_lobby(apps, names=("Ann",), size=(1280, 720), **choice):
    app = make_app(size)
    apps.append(app)
    choice.setdefault("timer", 20.0)
    choice.setdefault("seed", 3)
    choice.setdefault("rounds", 1)
    choice.setdefault("questions", 2)
    link = PhoneLink(app.clock, host="127.0.0.1")
    app.router.show("party_lobby", names=names, choice=PartyChoice(**choice), phones=link)
    step(app)
    return app, link


def press_phones_row(app) -> None:
    key(app, "DOWN")
    key(app, "DOWN")
    key(app, "DOWN")
    key(app, "RETURN")


def test_phones_in_the_lobby_start_the_server_and_show_the_qr_code_address_and_room(apps):
    app, link = phone_lobby(apps)
    assert not link.running
    press_phones_row(app)
    assert link.running and link.url.startswith("http://127.0.0.1:")
    scene = app.router.top
    # The QR code is drawn where the lobby says: its dark modules are black on white.
    surface = app.surface
    scene.draw(surface)
    qr = link.qr
    assert qr.text == f"{link.url}#{link.room_code}"
    side = scene.layout()["side"]
    black = sum(1 for x in range(side.x, side.right, 2) for y in range(side.y, side.bottom, 2)
                if surface.get_at((x, y))[:3] == (0, 0, 0))
    white = sum(1 for x in range(side.x, side.right, 2) for y in range(side.y, side.bottom, 2)
                if surface.get_at((x, y))[:3] == (255, 255, 255))
    assert black > 200 and white > 200
    # Pressed again, the server stops.
    key(app, "RETURN")
    assert not link.running


def mei_joins(apps, questions):
    """A lobby with Ann on the keyboard and Phones on, which a phone named Mei joins."""
    app, link = phone_lobby(apps, questions=questions)
    press_phones_row(app)
    scene = app.router.top
    phone = Phone("127.0.0.1", link.server.port)
    phone.send(type="join", code=link.room_code, name="Mei")
    welcome = phone.until("welcome", app)
    steps_until(app, lambda: len(scene.lobby.players) == 2)
    return app, link, scene, phone, welcome


def test_a_phone_joins_the_lobby_and_answers_a_question_with_a_keyboard_player(apps):
    app, link, scene, phone, welcome = mei_joins(apps, questions=1)
    mei = scene.lobby.players[1]
    assert (mei.name, mei.controller, mei.ready) == ("Mei", Controller(PHONE, welcome["player"]), True)
    # The phone first sees the lobby as it was when it joined, then with itself in.
    lobby = phone.until("lobby", app, lambda m: len(m["players"]) == 2)
    assert [p["name"] for p in lobby["players"]] == ["Ann", "Mei"]
    assert lobby["you"]["colour"] == mei.colour_hex and lobby["you"]["shape"] == mei.shape

    key(app, "DOWN")      # from Phones to Start
    key(app, "RETURN")
    assert app.router.top_name == "party"
    party = app.router.top.party
    key(app, "RETURN")    # past the round's rule
    asked_at = app.clock.now()
    assert party.phase == party_game.ASKING
    shown = phone.until("question", app)
    question = party.question
    assert shown["text"] == question.question
    assert [o["text"] for o in shown["options"]] == list(question.choices)
    assert not {"answer", "right", "correct"} & set(shown)   # never the right answer before the reveal

    right = question.answer
    waited = app.clock.now() - asked_at
    app.clock.advance(1.5)
    phone.send(type="answer", question=shown["number"], value=right)
    # The game stamps the answer when it arrives, on its own clock, not at the next frame.
    phone.until("answered")
    app.clock.advance(1.0)
    step(app)
    assert mei.seat in party.answered and party.phase == party_game.ASKING
    wrong = (right + 1) % len(question.choices)
    key(app, ZONE_0[wrong])
    assert party.phase == party_game.REVEAL
    mine = party.reveal.result(mei.seat)
    ann = party.reveal.result(0)
    assert mine.correct and mine.points > 0 and mine.chosen == right
    assert waited + 1.5 - 0.001 <= mine.elapsed <= waited + 1.5 + 0.001
    assert not ann.correct and ann.chosen == wrong and ann.elapsed > mine.elapsed + 0.99

    reveal = phone.until("reveal", app)
    assert reveal["right"] == right
    assert reveal["you"]["correct"] is True and reveal["you"]["points"] == mine.points
    assert reveal["you"]["rank"] == 1

    key(app, "RETURN")    # the last question: the podium
    assert app.router.top_name == "party_podium"
    podium = phone.until("podium", app)
    assert podium["type"] == "podium"
    assert "Mei" in json.dumps(podium)
    phone.close()


def test_a_gone_phone_keeps_its_seat_marked_away_and_leaving_the_lobby_stops_the_server(apps, monkeypatch):
    app, link = phone_lobby(apps)
    press_phones_row(app)
    port = link.server.port
    phone = Phone("127.0.0.1", port)
    phone.send(type="join", code=link.room_code, name="Mei")
    phone.until("welcome", app)
    scene = app.router.top
    steps_until(app, lambda: len(scene.lobby.players) == 2)
    phone.close()
    steps_until(app, lambda: link.away)
    boxes = TextBoxes(monkeypatch)
    scene.draw(app.surface)
    assert "Ready · phone, away" in boxes.texts   # the seat is kept for the phone to come back
    key(app, "ESCAPE")
    assert app.router.top_name != "party_lobby"
    assert not link.running
    assert all(p.controller.kind == KEYBOARD for p in scene.lobby.players)
    with pytest.raises(OSError):
        Phone("127.0.0.1", port)


def test_phones_play_buzz_in_a_tap_buzzes_and_answers_and_a_miss_lets_them_steal(apps):
    app, link = phone_lobby(apps, mode="buzz", questions=2)
    press_phones_row(app)
    scene = app.router.top
    mei, kai = Phone("127.0.0.1", link.server.port), Phone("127.0.0.1", link.server.port)
    for phone, name in ((mei, "Mei"), (kai, "Kai")):
        phone.send(type="join", code=link.room_code, name=name)
        phone.until("welcome", app)
    steps_until(app, lambda: len(scene.lobby.players) == 3)
    key(app, "DOWN")      # from Phones to Start
    key(app, "RETURN")
    assert app.router.top_name == "party"
    party = app.router.top.party
    seats = {p.name: p.seat for p in party.players}
    key(app, "RETURN")    # past the rule
    shown = mei.until("question", app)
    kai.until("question", app)
    right = party.question.answer
    wrong = (right + 1) % len(shown["options"])
    mei.send(type="answer", question=shown["number"], value=wrong)   # Mei buzzes in, wrong
    mei.until("answered", app)
    steps_until(app, lambda: party.phase == party_game.REVEAL or party.buzzer is None
                and seats["Mei"] in party.answered)
    assert party.phase == party_game.ASKING                          # open to steal
    kai.send(type="answer", question=shown["number"], value=right)   # Kai steals
    kai.until("answered", app)
    steps_until(app, lambda: party.phase == party_game.REVEAL)
    assert party.reveal.result(seats["Kai"]).correct
    assert not party.reveal.result(seats["Mei"]).correct
    assert kai.until("reveal", app)["you"]["correct"] is True

    key(app, "RETURN")    # question 2: Kai buzzes first, so Mei waits
    shown = kai.until("question", app, lambda m: m["number"] == 2)
    mei.until("question", app, lambda m: m["number"] == 2)
    key(app, ZONE_0[0])   # Ann buzzes on the keyboard first
    assert party.buzzer == 0
    held = mei.until("wait", app)
    assert "Ann is answering" in held["message"]
    kai.until("wait", app)
    right = party.question.answer
    kai.send(type="answer", question=2, value=right)   # a tap while Ann answers counts for nothing
    kai.until("answered", app)
    step(app)
    assert seats["Kai"] not in party.answered
    key(app, ZONE_0[(right + 1) % 4])                  # Ann misses: open to steal
    again = kai.until("question", app, lambda m: m["number"] == 2)
    assert again["answered"] is None                   # Kai may tap again
    mei.until("question", app, lambda m: m["number"] == 2)
    kai.send(type="answer", question=2, value=right)
    kai.until("answered", app)
    steps_until(app, lambda: party.phase == party_game.REVEAL)
    assert party.reveal.result(seats["Kai"]).correct and not party.reveal.result(0).correct
    mei.close()
    kai.close()


def test_party_phones_command_prints_the_join_line_and_stops_the_server(capsys, monkeypatch):
    from quiz.cli import main
    from quiz.ui.app import App

    seen = {}

    def run(self, frames=None, screenshot=None):
        scene = self.router.top
        seen["running"] = scene.phones.running
        seen["port"] = scene.phones.server.port
        self.close()

    monkeypatch.setattr(App, "run", run)
    assert main(["party", "--phones", "--host", "127.0.0.1", "--port", "0", "--frames", "2"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert seen["running"]
    assert out[-1].startswith(f"Join at http://127.0.0.1:{seen['port']}/ room ")
    assert len(out[-1].split("room ")[1]) == 4
    with pytest.raises(OSError):
        Phone("127.0.0.1", seen["port"])
    with pytest.raises(SystemExit):
        main(["party", "--port", "70000"])


def test_a_phone_that_drops_mid_question_rejoins_as_the_same_player_and_its_answer_counts(apps):
    app, link, scene, phone, welcome = mei_joins(apps, questions=2)
    key(app, "DOWN")
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")
    first = phone.until("question", app)
    phone.send(type="answer", question=first["number"], value=right_value(party.question))
    phone.until("answered")
    keys_answer(app, party.question, right=True)
    assert party.phase == party_game.REVEAL
    score = party.standings()
    mei = next(p for p in party.players if p.name == "Mei")
    before = next(st.score for st in score if st.seat == mei.seat)
    assert before > 0
    key(app, "RETURN")                       # the second question
    assert party.phase == party_game.ASKING
    phone.close()                            # the Wi-Fi drops
    for _ in range(5):
        step(app)
    again = Phone("127.0.0.1", link.server.port)
    again.send(type="join", code=link.room_code, token=welcome["token"])
    back = again.until("welcome", app)
    assert back["player"] == welcome["player"]
    shown = again.until("question", app)     # where everyone else is
    assert shown["number"] == first["number"] + 1
    assert [p.controller for p in scene.lobby.players].count(mei.controller) == 1
    again.send(type="answer", question=shown["number"], value=right_value(party.question))
    again.until("answered")
    keys_answer(app, party.question, right=False)
    assert party.phase == party_game.REVEAL
    assert party.reveal.result(mei.seat).correct
    after = next(st.score for st in party.standings() if st.seat == mei.seat)
    assert after > before
    assert again.until("reveal", app)["you"]["score"] == after
    again.close()


def test_the_join_words_stay_in_their_boxes_and_readable_at_the_smallest_window(apps, monkeypatch):
    boxes = TextBoxes(monkeypatch)
    app, link = phone_lobby(apps, size=(960, 540))
    press_phones_row(app)
    app.invalidate()
    boxes.clear()
    step(app)
    assert link.url in boxes.texts and f"Room {link.room_code}" in boxes.texts
    assert boxes.outside(app.size) == []
    assert boxes.smaller_than(14) == []


def test_quitting_the_game_during_a_phone_party_stops_the_server(apps):
    app, link = phone_lobby(apps)
    press_phones_row(app)
    phone = Phone("127.0.0.1", link.server.port)
    phone.send(type="join", code=link.room_code, name="Mei")
    phone.until("welcome", app)
    scene = app.router.top
    steps_until(app, lambda: len(scene.lobby.players) == 2)
    key(app, "DOWN")
    key(app, "RETURN")
    assert app.router.top_name == "party" and link.running
    port = link.server.port
    app.quit()
    assert not link.running
    with pytest.raises(OSError):
        Phone("127.0.0.1", port)


def test_twenty_phones_and_a_keyboard_player_play_a_whole_party_and_every_answer_counts(apps):
    app, link = phone_lobby(apps, questions=3, timer=30.0)
    press_phones_row(app)
    scene = app.router.top
    phones = [Phone("127.0.0.1", link.server.port) for _ in range(20)]
    for n, phone in enumerate(phones):
        phone.send(type="join", code=link.room_code, name=f"Friend {n + 1}")
    for phone in phones:
        phone.until("welcome", app)
    steps_until(app, lambda: len(scene.lobby.players) == 21)
    key(app, "DOWN")      # from Phones to Start
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")    # past the round's rule
    chosen = {}
    for number in range(3):
        assert party.phase == party_game.ASKING
        for n, phone in enumerate(phones):
            shown = phone.until("question", app, lambda m, q=party.question_number: m["number"] == q)
            assert not {"answer", "right", "correct"} & set(shown)
            question = party.question
            if question.kind in ("choice", "true_false"):
                value = (n + number) % len(shown["options"])
            else:   # every other kind: half of the phones right, half wrong
                value = right_value(question) if n % 2 else wrong_value(question, n)
            chosen[(n, number)] = tuple(value) if isinstance(value, list) else value
            phone.send(type="answer", question=shown["number"], value=value)
        for phone in phones:
            phone.until("answered", app)
        steps_until(app, lambda: len(party.answered) == 20)   # every phone, no answer lost
        keys_answer(app, party.question, right=False)            # Ann, last
        assert party.phase == party_game.REVEAL
        for n, phone in enumerate(phones):
            seat = scene.lobby.player_for(Controller(PHONE, phone_seat_ident(scene, f"Friend {n + 1}"))).seat
            result = party.reveal.result(seat)
            assert result.chosen == chosen[(n, number)]
            assert result.correct == (party.question.credit(chosen[(n, number)]) == 1.0)
            reveal = phone.until("reveal", app)
            assert reveal["you"]["correct"] == result.correct
            assert reveal["you"]["points"] == result.points
        key(app, "RETURN")
    assert app.router.top_name == "party_podium"
    podium = app.router.top.podium
    assert len(podium.entries) == 21 and all(e.answered == 3 for e in podium.entries)
    for phone in phones:
        standings = phone.until("podium", app)["standings"]
        assert len(standings) == 21
        phone.close()


def phone_seat_ident(scene, name):
    """The phone id of the lobby player with this name."""
    return next(p.controller.ident for p in scene.lobby.players if p.name == name)


def test_a_phone_joining_mid_question_waits_then_plays_from_the_next_question(apps):
    app, link, scene, phone, welcome = mei_joins(apps, questions=2)
    key(app, "DOWN")      # from Phones to Start
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")    # past the rule: question 1
    phone.until("question", app)
    late = Phone("127.0.0.1", link.server.port)
    late.send(type="join", code=link.room_code, name="Kai")
    late.until("welcome", app)
    assert "next one" in late.until("wait", app)["message"]
    steps_until(app, lambda: any(p.name == "Kai" for p in party.players))
    kai = next(p for p in party.players if p.name == "Kai")
    key(app, ZONE_0[0])
    phone.send(type="answer", question=1, value=0)
    steps_until(app, lambda: party.phase == party_game.REVEAL)
    assert not party.reveal.result(kai.seat).answered
    key(app, "RETURN")    # question 2: Kai's too
    shown = late.until("question", app, lambda m: m["number"] == 2)
    late.send(type="answer", question=2, value=party.question.answer)
    late.until("answered", app)
    steps_until(app, lambda: kai.seat in party.answered)
    key(app, ZONE_0[0])
    phone.send(type="answer", question=2, value=0)
    steps_until(app, lambda: party.phase == party_game.REVEAL)
    assert party.reveal.result(kai.seat).correct and party.stats(kai.seat).score > 0
    assert late.until("reveal", app)["you"]["correct"] is True
    assert shown["options"]
    phone.close()
    late.close()


def test_the_lobby_can_hide_the_question_text_from_the_phones(apps):
    app, link = phone_lobby(apps, questions=1)
    press_phones_row(app)
    scene = app.router.top
    assert scene.rows()[scene.focus] == "phones"        # the focus stays on Phones
    key(app, "UP")                                        # the row that appeared above it
    assert scene.rows()[scene.focus] == "text"
    key(app, "RETURN")
    assert scene.choice.phone_text is False and link.server.hub.show_text is False
    phone = Phone("127.0.0.1", link.server.port)
    phone.send(type="join", code=link.room_code, name="Mei")
    phone.until("welcome", app)
    steps_until(app, lambda: len(scene.lobby.players) == 2)
    key(app, "DOWN")
    key(app, "DOWN")                                      # Start
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")
    shown = phone.until("question", app)
    assert shown["text"] is None and [o["text"] for o in shown["options"]] == list(
        party.question.choices)
    phone.close()


# ---------------------------------------------------------------- every kind on phones


def film_question(app, kind, seed=5, pick=None):
    """A question of ``kind`` from the built-in film (the one ``pick`` chooses, if given)."""
    from quiz.deck import build_deck

    packs = [p for p in app.packs() if p.id == "us-and-them"]
    made = build_deck(packs, seed, None, kinds=(kind,))
    return next(q for q in made if pick is None or pick(q))


def giveaways(question) -> list[str]:
    """Every text that would tell a phone the answer to ``question`` before its reveal."""
    if question.kind == "typed":
        return list(question.accepted)
    if question.kind == "number":
        return [question.show(question.value)]
    return []


def dealt(monkeypatch, asked):
    from quiz.ui import party_start

    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: list(asked))


QUESTION_KEYS = {"type", "number", "kind", "text", "options", "slider", "seconds_left", "answered"}


def test_phones_play_a_party_of_every_kind_and_nothing_before_a_reveal_gives_the_answer(
        apps, monkeypatch):
    app, link = phone_lobby(apps, questions=6, timer=30.0)
    long_name = lambda q: any(len(s.replace(" ", "")) >= 8 for s in q.accepted)  # noqa: E731
    asked = [film_question(app, "choice"), film_question(app, "true_false"),
             film_question(app, "order"), film_question(app, "number"),
             film_question(app, "typed", pick=lambda q: long_name(q) and len(q.accepted) > 1),
             film_question(app, "typed", pick=lambda q: not long_name(q))]
    dealt(monkeypatch, asked)
    press_phones_row(app)
    scene = app.router.top
    phones = [Phone("127.0.0.1", link.server.port) for _ in range(3)]
    for n, phone in enumerate(phones):
        phone.send(type="join", code=link.room_code, name=f"Friend {n + 1}")
        phone.until("welcome", app)
    steps_until(app, lambda: len(scene.lobby.players) == 4)
    key(app, "DOWN")
    key(app, "RETURN")
    party = app.router.top.party
    assert party.mode == "everyone"
    key(app, "RETURN")
    seat = {n: phone_seat_ident(scene, f"Friend {n + 1}") for n in range(3)}
    for number, question in enumerate(asked, start=1):
        assert party.phase == party_game.ASKING and party.question is question
        for phone in phones:
            phone.seen.clear()
        shown = [phone.until("question", app, lambda m: m["number"] == number) for phone in phones]
        for message in shown:
            assert set(message) == QUESTION_KEYS and message["kind"] == question.kind
        if question.kind == "order":
            assert [o["text"] for o in shown[0]["options"]] == list(question.items)
        elif question.kind == "number":
            assert shown[0]["options"] == [] and shown[0]["slider"] == {
                "min": question.min, "max": question.max, "step": question.step,
                "unit": question.unit, "prefix": question.prefix, "places": question.places(),
                "grouped": question.grouped}
        elif question.kind == "typed":
            assert shown[0]["options"] == [] and shown[0]["slider"] is None
        else:
            assert [o["text"] for o in shown[0]["options"]] == list(question.choices)
        # Friend 1 right, Friend 2 wrong (a typed answer far too long, with control and
        # format characters); on a typed question with a long name Friend 3 is one typo off.
        values = [right_value(question), wrong_value(question), wrong_value(question, 1)]
        if question.kind == "typed":
            values[1] = "\x07Nobody\u202e at\u200b all" + " " * 40 + "z" * 3000
        if question.kind == "typed" and long_name(question):
            spelling = next(s for s in question.accepted if len(s.replace(" ", "")) >= 8)
            values[2] = "\x07" + spelling[:-1] + "\u202e\u200b"
        for phone, value in zip(phones, values):
            phone.send(type="answer", question=number, value=value)
            phone.until("answered", app)
        steps_until(app, lambda: len(party.answered) == 3)
        keys_answer(app, question, right=False)          # Ann at the keyboard, last
        assert party.phase == party_game.REVEAL
        reveals = [phone.until("reveal", app) for phone in phones]
        # Nothing any phone was sent before its reveal gave the answer away; only what it
        # sent itself came back to it.
        for n, phone in enumerate(phones):
            before = phone.seen[:phone.seen.index(reveals[n])]
            assert all("right" not in m and "correct" not in m for m in before)
            others = [json.dumps(m, ensure_ascii=False).casefold() for m in before
                      if m["type"] != "answered"]
            for text in giveaways(question):
                assert not any(text.casefold() in o for o in others), (question.kind, text)
        for n, reveal in enumerate(reveals):
            result = party.reveal.result(scene.lobby.player_for(Controller(PHONE, seat[n])).seat)
            assert reveal["right"] == right_value(question)
            assert reveal["you"]["correct"] == result.correct
            assert reveal["you"]["chose"] == (list(result.chosen) if isinstance(result.chosen, tuple)
                                              else result.chosen)
        assert reveals[0]["you"]["correct"] and not reveals[1]["you"]["correct"]
        if question.kind == "typed":
            assert reveals[0]["right"] == question.answer    # the canonical answer
            long_wrong = reveals[1]["you"]["chose"]
            assert long_wrong.startswith("Nobody at all ") and len(long_wrong) == 100
            assert long_wrong.isprintable() and "  " not in long_wrong
            if long_name(question):
                assert reveals[2]["you"]["correct"] and reveals[2]["you"]["close"]
                assert reveals[2]["you"]["chose"].isprintable()
                assert not reveals[0]["you"]["close"]
        key(app, "RETURN")
    assert app.router.top_name == "party_podium"
    for phone in phones:
        phone.close()


def test_take_turns_with_phones_the_phone_whose_turn_it_is_types_and_the_others_wait(
        apps, monkeypatch):
    app, link = phone_lobby(apps, questions=3, mode="turns")
    asked = [film_question(app, "typed", pick=lambda q: len(q.accepted) > 1)] * 1 + [
        film_question(app, "typed", seed=6), film_question(app, "typed", seed=7)]
    dealt(monkeypatch, asked)
    press_phones_row(app)
    scene = app.router.top
    mei, bo = Phone("127.0.0.1", link.server.port), Phone("127.0.0.1", link.server.port)
    for phone, name in ((mei, "Mei"), (bo, "Bo")):
        phone.send(type="join", code=link.room_code, name=name)
        phone.until("welcome", app)
    steps_until(app, lambda: len(scene.lobby.players) == 3)
    key(app, "DOWN")
    key(app, "RETURN")
    party = app.router.top.party
    key(app, "RETURN")
    # Ann's turn, at the keyboard: both phones wait, told whose turn it is.
    assert party.turn == 0 and app.router.top.typist() == 0
    for phone in (mei, bo):
        assert "Ann's turn" in phone.until("wait", app)["message"]
    keys_answer(app, party.question, right=True)
    assert party.reveal.result(0).correct
    assert mei.until("reveal", app)["you"]["played"] is False
    key(app, "RETURN")
    # Mei's turn, on her phone: the big screen has no typist; Bo waits and cannot answer.
    assert party.player(party.turn).name == "Mei" and app.router.top.typist() is None
    shown = mei.until("question", app, lambda m: m["number"] == 2)
    assert shown["kind"] == "typed" and shown["options"] == []
    assert "Mei's turn" in bo.until("wait", app)["message"]
    bo.send(type="answer", question=2, value=party.question.answer)
    assert bo.until("error", app)["code"] == "not_your_turn"
    alias = party.question.accepted[-1]
    mei.send(type="answer", question=2, value=f"  {alias.lower()}  ")
    mei.until("answered", app)
    steps_until(app, lambda: party.phase == party_game.REVEAL)
    turn = party.reveal.result(party.players[1].seat)
    assert turn.correct and turn.chosen == alias.lower()
    reveal = mei.until("reveal", app)
    assert reveal["you"]["correct"] and reveal["you"]["played"] and reveal["right"] == party.question.answer
    assert not any(r.answered for r in party.reveal.results if r.seat != turn.seat)
    mei.close()
    bo.close()
