"""Phones in the game window: a real WebSocket phone joins the lobby and plays with a keyboard player."""

from __future__ import annotations

import json
import time

import pygame
import pytest
from websockets.sync.client import connect

from app_helpers import TextBoxes, key, make_app, step
from quiz.party import game as party_game
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
    phone.send(type="answer", question=first["number"], value=party.question.answer)
    phone.until("answered")
    key(app, ZONE_0[party.question.answer])
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
    again.send(type="answer", question=shown["number"], value=party.question.answer)
    again.until("answered")
    key(app, ZONE_0[(party.question.answer + 1) % len(party.question.choices)])
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
            value = (n + number) % len(shown["options"])
            chosen[(n, number)] = value
            phone.send(type="answer", question=shown["number"], value=value)
        for phone in phones:
            phone.until("answered", app)
        steps_until(app, lambda: len(party.answered) == 20)   # every phone, no answer lost
        key(app, ZONE_0[0])                                      # Ann, last
        assert party.phase == party_game.REVEAL
        right = party.reveal.right
        for n, phone in enumerate(phones):
            seat = scene.lobby.player_for(Controller(PHONE, phone_seat_ident(scene, f"Friend {n + 1}"))).seat
            result = party.reveal.result(seat)
            assert result.chosen == chosen[(n, number)]
            assert result.correct == (chosen[(n, number)] == right)
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
