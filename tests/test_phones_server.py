"""The phone server with real WebSocket clients: joining, answering, dropping out, and hostile phones."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from quiz.clock import FakeClock
from quiz.phones.hub import Answered, Joined, Left, PhoneHub, PhoneResult, PlayerCard, Slider, Standing
from quiz.phones.looks import OPTION_LOOKS
from quiz.phones.protocol import MAX_FRAME, MAX_NAME
from quiz.phones.server import PhoneServer, lan_address

OPTIONS = ["Beijing", "Jiangxi", "Shanghai", "Harbin"]


class Phone:
    """A scripted phone: a real WebSocket client that keeps every frame it was sent."""

    def __init__(self, server: PhoneServer) -> None:
        # Entered like a context manager: how websockets wants a connection it did not open itself.
        self.ws = connect(f"ws://{server.host}:{server.port}/ws", open_timeout=5).__enter__()
        self.seen: list[dict] = []
        self.player = None
        self.token = None

    def send(self, **message) -> None:
        self.ws.send(json.dumps(message))

    def next(self, timeout: float = 5.0) -> dict:
        message = json.loads(self.ws.recv(timeout=timeout))
        self.seen.append(message)
        return message

    def until(self, kind: str, where=lambda message: True, timeout: float = 5.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            message = self.next(max(0.01, deadline - time.monotonic()))
            if message["type"] == kind and where(message):
                return message

    def join(self, code: str, name: str | None = None, token: str | None = None) -> dict:
        message = {"type": "join", "code": code}
        if name is not None:
            message["name"] = name
        if token is not None:
            message["token"] = token
        self.send(**message)
        welcome = self.until("welcome")
        self.player, self.token = welcome["player"], welcome["token"]
        return welcome

    def answer(self, question: int, value: int) -> None:
        self.send(type="answer", question=question, value=value)

    def close(self) -> None:
        self.ws.close()


def wait_events(hub, count: int, kind=None, timeout: float = 5.0) -> list:
    """Poll the hub like a game loop until ``count`` events (of ``kind``) have come."""
    got: list = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got += [e for e in hub.events() if kind is None or isinstance(e, kind)]
        if len(got) >= count:
            return got
        time.sleep(0.005)
    raise AssertionError(f"only {len(got)} of {count} events came: {got}")


@pytest.fixture
def server():
    srv = PhoneServer("127.0.0.1", 0)
    srv.start()
    yield srv
    srv.stop()


def cards_for(phones: list[Phone]) -> list[PlayerCard]:
    shapes = ["circle", "square", "star", "hexagon"]
    return [PlayerCard(f"P{p.player}", f"#{(p.player * 40) % 256:02x}3355", shapes[p.player % 4], p.player)
            for p in phones]


def test_twenty_phones_play_a_party_to_the_podium_and_every_answer_counts(server):
    hub = server.hub
    phones = [Phone(server) for _ in range(20)]
    for i, phone in enumerate(phones):
        phone.join(hub.room_code, name=f"Phone {i}")
    joined = wait_events(hub, 20, Joined)
    assert sorted(e.phone for e in joined) == sorted(p.player for p in phones)
    assert len({p.token for p in phones}) == 20

    cards = cards_for(phones)
    hub.lobby(cards)
    for phone, card in zip(phones, cards):
        lobby = phone.until("lobby", lambda m: m["you"])
        assert lobby["you"] == {"name": card.name, "colour": card.colour, "shape": card.shape}
        assert len(lobby["players"]) == 20 and sum(p["you"] for p in lobby["players"]) == 1

    scores = {p.player: 0 for p in phones}
    for number in range(1, 6):
        right = number % 4
        hub.show_question(number, "choice", f"Question {number}?", OPTIONS, hub.clock.now() + 30)
        for phone in phones:
            shown = phone.until("question")
            assert shown["number"] == number and [o["text"] for o in shown["options"]] == OPTIONS
            assert [(o["colour"], o["shape"]) for o in shown["options"]] == [(l.colour, l.shape) for l in OPTION_LOOKS]
        chosen = {p.player: (p.player + number) % 4 for p in phones}
        # All twenty tap at once, from twenty threads.
        with ThreadPoolExecutor(20) as pool:
            list(pool.map(lambda p: p.answer(number, chosen[p.player]), phones))
        answers = wait_events(hub, 20, Answered)
        assert {(a.phone, a.question, a.value) for a in answers} == {(p, number, v) for p, v in chosen.items()}
        for phone in phones:
            assert phone.until("answered") == {"type": "answered", "question": number, "value": chosen[phone.player]}
        results = {}
        ranking = sorted(scores, key=lambda p: -scores[p])
        for phone_id, value in chosen.items():
            gained = 100 if value == right else 0
            scores[phone_id] += gained
            results[phone_id] = PhoneResult(value == right, gained, scores[phone_id], ranking.index(phone_id) + 1)
        hub.reveal(right, results)
        for phone in phones:
            shown = phone.until("reveal")
            mine = results[phone.player]
            assert shown["right"] == right
            assert shown["you"] == {"chose": chosen[phone.player], "correct": mine.correct, "close": False,
                                    "played": True, "points": mine.points, "score": mine.score,
                                    "rank": mine.rank}

    order = sorted(scores, key=lambda p: -scores[p])
    hub.podium([Standing(f"P{p}", scores[p], i + 1, "#ffffff", "circle", p) for i, p in enumerate(order)])
    for phone in phones:
        podium = phone.until("podium")
        assert [s["score"] for s in podium["standings"]] == [scores[p] for p in order]
        assert [s["name"] for s in podium["standings"] if s["you"]] == [f"P{phone.player}"]
    assert sum(scores.values()) == 100 * 5 * 5   # each question: five of twenty chose the right option
    for phone in phones:
        phone.close()


def test_answers_carry_the_game_clock_at_arrival_and_late_ones_do_not_count():
    clock = FakeClock(1000.0)
    with PhoneServer("127.0.0.1", clock=clock) as server:
        hub = server.hub
        ann, bo = Phone(server), Phone(server)
        ann.join(hub.room_code, name="Ann")
        bo.join(hub.room_code, name="Bo")
        wait_events(hub, 2, Joined)
        hub.show_question(1, "choice", "Q?", OPTIONS, ends_at=1010.0)
        ann.until("question"), bo.until("question")
        clock.advance(4.25)
        ann.answer(1, 2)
        ann.until("answered")
        [answered] = wait_events(hub, 1, Answered)
        assert answered.time == 1004.25 and answered.phone == ann.player
        clock.advance(6.0)
        bo.answer(1, 0)
        assert bo.until("error")["code"] == "too_late"
        time.sleep(0.05)
        assert hub.events() == []
        ann.close(), bo.close()


def test_an_answer_event_becomes_the_games_answer_action(server):
    from quiz.ui.input.actions import ANSWER, Action

    phone = Phone(server)
    phone.join(server.hub.room_code, name="Ann")
    server.hub.show_question(7, "choice", "Q?", OPTIONS, None)
    phone.until("question")
    phone.answer(7, 3)
    [event] = wait_events(server.hub, 1, Answered)
    action = Action(ANSWER, player=5, value=event.value, device=event.device, time=event.time)
    assert action == Action("answer", 5, 3, device=f"phone:{phone.player}", time=event.time)
    phone.close()


def test_first_answer_is_final(server):
    hub = server.hub
    phone = Phone(server)
    phone.join(hub.room_code, name="Ann")
    hub.show_question(1, "choice", "Q?", OPTIONS, None)
    phone.until("question")
    phone.answer(1, 1)
    phone.until("answered")
    phone.answer(1, 2)
    assert phone.until("error")["code"] == "already_answered"
    phone.answer(2, 2)
    assert phone.until("error")["code"] == "not_open"
    phone.answer(1, 9)
    assert phone.until("error")["code"] == "already_answered"
    answers = wait_events(hub, 1, Answered)
    time.sleep(0.05)
    assert [a.value for a in answers + hub.events() if isinstance(a, Answered)] == [1]
    phone.close()


@pytest.mark.parametrize("kind, options, slider, wrong, right, counted", [
    ("true_false", ["True", "False"], None, [2, -1, "0", [0, 1]], 1, 1),
    ("order", OPTIONS, None, [[0, 1, 2], [0, 0, 1, 2], [0, 1, 2, 4], 1, "0123"], [2, 0, 3, 1], [2, 0, 3, 1]),
    ("number", [], Slider(1990, 2030, 1, ""), [1989, 2030.5, "2018", [2018]], 2018, 2018),
    ("number", [], Slider(0, 1.5, 0.1, "billion yuan", places=1), [-0.1, 2], 1.3, 1.3),
    ("typed", [], None, ["", " \u202e ", 5, [1]], "  Rene\u200b Liu ", "Rene Liu"),
])
def test_every_kind_takes_its_own_answers_and_a_misfit_uses_up_nothing(server, kind, options, slider, wrong,
                                                                       right, counted):
    hub = server.hub
    phone = Phone(server)
    phone.join(hub.room_code, name="Ann")
    hub.show_question(1, kind, "Q?", options, None, slider=slider)
    shown = phone.until("question")
    assert shown["kind"] == kind and [o["text"] for o in shown["options"]] == options
    assert shown["slider"] == (None if slider is None else
                               {"min": slider.min, "max": slider.max, "step": slider.step, "unit": slider.unit,
                                "prefix": slider.prefix, "places": slider.places, "grouped": slider.grouped})
    for value in wrong:
        phone.answer(1, value)
        assert phone.until("error")["code"] in ("bad_answer", "bad_message"), value
    phone.answer(1, right)
    assert phone.until("answered")["value"] == counted
    [answer] = wait_events(hub, 1, Answered)
    assert answer.value == (tuple(counted) if isinstance(counted, list) else counted)
    phone.close()


def test_closing_a_question_stops_answers_before_the_reveal(server):
    hub = server.hub
    ann, bo = Phone(server), Phone(server)
    ann.join(hub.room_code, name="Ann")
    bo.join(hub.room_code, name="Bo")
    hub.show_question(4, "choice", "Q?", OPTIONS, None)
    ann.until("question"), bo.until("question")
    ann.answer(4, 0)
    ann.until("answered")
    hub.close_question()
    assert ann.until("closed") == bo.until("closed") == {"type": "closed", "question": 4}
    bo.answer(4, 1)
    assert bo.until("error")["code"] == "not_open"
    assert [(e.phone, e.value) for e in wait_events(hub, 3) if isinstance(e, Answered)] == [(ann.player, 0)]
    hub.close_question()          # twice is harmless, and says nothing more
    hub.reveal(0, {})
    assert ann.until("reveal")["right"] == 0 and [m["type"] for m in ann.seen].count("closed") == 1
    ann.close(), bo.close()


def test_a_phone_that_drops_mid_question_rejoins_as_the_same_player(server):
    hub = server.hub
    ann, bo = Phone(server), Phone(server)
    ann.join(hub.room_code, name="Ann")
    bo.join(hub.room_code, name="Bo")
    wait_events(hub, 2, Joined)
    hub.lobby(cards_for([ann, bo]))
    hub.show_question(1, "choice", "Q?", OPTIONS, None)
    ann.until("question")
    ann.ws.socket.close()          # Wi-Fi gone: no closing handshake
    [left] = wait_events(hub, 1, Left)
    assert left.phone == ann.player
    assert {p.name: p.connected for p in hub.players()} == {"Ann": False, "Bo": True}

    back = Phone(server)
    welcome = back.join(hub.room_code, name="Ann", token=ann.token)
    assert welcome["rejoined"] is True and welcome["player"] == ann.player and welcome["token"] == ann.token
    assert back.until("roster")["you"]["name"] == f"P{ann.player}"
    shown = back.until("question")
    assert shown["number"] == 1 and shown["answered"] is None
    [joined] = wait_events(hub, 1, Joined)
    assert joined == Joined(ann.player, "Ann", True, joined.time)
    back.answer(1, 3)
    back.until("answered")
    [answer] = wait_events(hub, 1, Answered)
    assert answer.phone == ann.player

    # A reload after answering shows the answer already given.
    back.close()
    wait_events(hub, 1, Left)
    again = Phone(server)
    again.join(hub.room_code, token=ann.token)
    assert again.until("question")["answered"] == 3
    assert len(hub.players()) == 2
    hub.reveal(3, {ann.player: PhoneResult(True, 100, 100, 1)})
    assert again.until("reveal")["you"]["correct"] is True
    # Back during the reveal: the question comes first, so the page can name the right option.
    again.close()
    wait_events(hub, 1, Left)
    last = Phone(server)
    last.join(hub.room_code, token=ann.token)
    assert [m["type"] for m in last.seen[-1:]] == ["welcome"]
    assert last.next()["type"] == "roster" and last.next()["type"] == "question"
    assert last.next()["you"] == {"chose": 3, "correct": True, "close": False, "played": True,
                                  "points": 100, "score": 100, "rank": 1}
    last.answer(1, 0)
    assert last.until("error")["code"] == "not_open"
    last.close(), bo.close()


def test_a_phone_joining_mid_question_plays_from_the_next_one(server):
    hub = server.hub
    ann = Phone(server)
    ann.join(hub.room_code, name="Ann")
    hub.show_question(1, "choice", "Q?", OPTIONS, None)
    late = Phone(server)
    late.join(hub.room_code, name="Late")
    assert late.until("wait")["message"]
    late.answer(1, 0)
    assert late.until("error")["code"] == "wait_next"
    hub.reveal(0, {})
    assert late.until("reveal")["you"] is None
    hub.show_question(2, "choice", "Q2?", OPTIONS, None)
    late.until("question")
    late.answer(2, 1)
    late.until("answered")
    answers = wait_events(hub, 1, Answered)
    assert [(a.phone, a.question) for a in answers] == [(late.player, 2)]
    ann.close(), late.close()


def test_the_host_removes_a_player(server):
    hub = server.hub
    ann, bo = Phone(server), Phone(server)
    ann.join(hub.room_code, name="Ann")
    bo.join(hub.room_code, name="Bo")
    assert hub.remove(ann.player) is True
    assert ann.until("removed")["message"]
    with pytest.raises(ConnectionClosed) as closed:
        ann.next()
    assert closed.value.rcvd.code == 4001
    assert [p.name for p in hub.players()] == ["Bo"]
    again = Phone(server)
    again.send(type="join", code=hub.room_code, token=ann.token)
    assert again.until("error")["code"] == "unknown_player"
    assert hub.remove(ann.player) is False
    assert [p.name for p in hub.players()] == ["Bo"]
    again.close(), bo.close()


def assert_still_serving(server, hub) -> None:
    """Another phone can still join and have an answer counted."""
    hub.events()
    check = Phone(server)
    check.join(hub.room_code, name="Check")
    number = int(time.monotonic() * 1000)
    hub.show_question(number, "choice", "Still there?", OPTIONS, None)
    check.until("question")
    check.answer(number, 2)
    check.until("answered")
    answers = wait_events(hub, 1, Answered)
    assert [(a.phone, a.value) for a in answers] == [(check.player, 2)]
    check.close()


def test_a_wrong_room_code_is_refused_and_changes_nothing(server):
    hub = server.hub
    phone = Phone(server)
    wrong = "".join("B" if c != "B" else "C" for c in hub.room_code)
    phone.send(type="join", code=wrong, name="Mallory")
    error = phone.until("error")
    assert error["code"] == "wrong_code" and "room code" in error["message"]
    phone.answer(1, 0)
    assert phone.until("error")["code"] == "not_joined"
    assert hub.players() == [] and hub.events() == []
    phone.join(hub.room_code.lower(), name="Mallory")   # the same phone, typed right
    assert [p.name for p in hub.players()] == ["Mallory"]
    phone.close()


def test_guessing_room_codes_is_slowed_for_the_whole_room():
    clock = FakeClock(0.0)
    with PhoneServer("127.0.0.1", hub=PhoneHub(clock, room_code="KXRT")) as server:
        guessers = [Phone(server) for _ in range(5)]     # more connections do not mean more guesses
        codes = iter(f"{a}{b}AA" for a in "BCDEFGH" for b in "BCDEFGHJKM")
        for _ in range(10):
            for guesser in guessers:
                guesser.send(type="join", code=next(codes), name="G")
                assert guesser.until("error")["code"] == "wrong_code"
        honest = Phone(server)
        honest.send(type="join", code="KXRT", name="Ann")
        assert honest.until("error")["code"] == "too_many_codes"   # not even the right code is checked
        assert server.hub.players() == []
        clock.advance(1.0)
        assert honest.join("KXRT", name="Ann")["name"] == "Ann"
        for phone in guessers + [honest]:
            phone.close()


def test_oversized_frames_close_only_that_connection(server):
    hub = server.hub
    ann, bo = Phone(server), Phone(server)
    ann.join(hub.room_code, name="Ann")
    bo.join(hub.room_code, name="Bo")
    wait_events(hub, 2, Joined)
    ann.ws.send(json.dumps({"type": "join", "code": hub.room_code, "name": "x" * MAX_FRAME}))
    with pytest.raises(ConnectionClosed) as closed:
        while True:
            ann.next()
    assert closed.value.rcvd.code == 1009
    wait_events(hub, 1, Left)
    assert len(hub.players()) == 2          # Ann is still in the party, only disconnected
    back = Phone(server)
    assert back.join(hub.room_code, token=ann.token)["player"] == ann.player
    assert_still_serving(server, hub)
    back.close(), bo.close()


def test_a_thousand_junk_messages_change_nothing(server):
    hub = server.hub
    junk, honest = Phone(server), Phone(server)
    junk.join(hub.room_code, name="Junk")
    honest.join(hub.room_code, name="Honest")
    wait_events(hub, 2, Joined)
    hub.show_question(1, "choice", "Q?", OPTIONS, None)
    junk.until("question"), honest.until("question")
    frames = ["{", "null", "[1,2]", '{"type":"reveal","right":0}', '{"type":"answer","question":1,"value":99}',
              '{"type":"answer","question":"1","value":0}', '{"type":"join","code":"ZZZZ","name":"x"}', "\x00" * 50]
    for i in range(1000):
        junk.ws.send(frames[i % len(frames)] if i % 97 else b"\xff\xfe")
    honest.answer(1, 2)
    honest.until("answered")
    replies = []
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        try:
            replies.append(junk.next(timeout=0.2))
        except TimeoutError:
            pass
    assert replies and all(r["type"] == "error" for r in replies)
    assert len(replies) < 60          # rate-limited: most junk is dropped without a reply
    answers = [e for e in hub.events() if isinstance(e, Answered)]
    assert [(a.phone, a.value) for a in answers] == [(honest.player, 2)]
    assert sorted(p.name for p in hub.players()) == ["Honest", "Junk"]
    time.sleep(2.1)                     # the limit refills: the junk phone is still a player
    junk.answer(1, 1)
    junk.until("answered")
    assert [(a.phone, a.value) for a in wait_events(hub, 1, Answered)] == [(junk.player, 1)]
    assert_still_serving(server, hub)
    junk.close(), honest.close()


def test_bad_json_gets_a_clear_error(server):
    phone = Phone(server)
    phone.ws.send("{not json")
    error = phone.until("error")
    assert error["code"] == "bad_json" and error["message"]
    phone.send(type="dance")
    assert phone.until("error")["code"] == "unknown_type"
    assert server.hub.players() == []
    assert_still_serving(server, server.hub)
    phone.close()


@pytest.mark.parametrize("raw, shown", [
    ("<script>alert(1)</script>", "<script>alert(1)</sc"),
    ("<img src=x onerror=alert(1)>", "<img src=x onerror=a"),
    ("\u202eevil.exe\u202c", "evil.exe"),
    ("Ann\u200f\u2067x", "Annx"),
])
def test_hostile_names_are_cleaned_and_sent_as_plain_text(server, raw, shown):
    hub = server.hub
    phone = Phone(server)
    welcome = phone.join(hub.room_code, name=raw)
    assert welcome["name"] == shown and len(shown) <= MAX_NAME
    [joined] = wait_events(hub, 1, Joined)
    assert joined.name == shown
    assert [p.name for p in hub.players()] == [shown]
    empty = Phone(server)
    empty.send(type="join", code=hub.room_code, name="\u202e\u200b ")
    assert empty.until("error")["code"] == "bad_name"
    assert len(hub.players()) == 1
    phone.close(), empty.close()


def test_the_answer_never_reaches_a_phone_before_the_reveal():
    """Every frame before the reveal is the same whichever option is right."""
    transcripts = []
    for right in range(4):
        clock = FakeClock(50.0)
        with PhoneServer("127.0.0.1", hub=PhoneHub(clock, room_code="KXRT")) as server:
            hub = server.hub
            early, late = Phone(server), Phone(server)
            early.join(hub.room_code, name="Early")
            hub.lobby([PlayerCard("Early", "#ff0000", "star", early.player)])
            hub.show_question(1, "choice", "Which city?", OPTIONS, 80.0)
            early.until("question")
            late.join(hub.room_code, name="Late")
            late.until("wait")
            early.answer(1, 1)
            early.until("answered")
            hub.reveal(right, {early.player: PhoneResult(right == 1, 100 * (right == 1), 0, 1)})
            early.until("reveal"), late.until("reveal")
            for phone in (early, late):
                before = phone.seen[:[m["type"] for m in phone.seen].index("reveal")]
                assert all("right" not in m and "correct" not in json.dumps(m) for m in before)
                transcripts.append((right, phone is early, [{k: v for k, v in m.items() if k != "token"}
                                                            for m in before]))
            early.close(), late.close()
    for who in (True, False):
        seen = [t for r, e, t in transcripts if e is who]
        assert all(t == seen[0] for t in seen) and seen[0]


def get(server, path: str, method: str = "GET", headers: dict | None = None):
    conn = http.client.HTTPConnection(server.host, server.port, timeout=5)
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def test_only_the_page_and_its_websocket_exist(server):
    response, body = get(server, "/")
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert "default-src 'none'" in response.getheader("Content-Security-Policy")
    page = body.decode("utf-8")
    assert '<input id="name" name="name"' in page and '<button id="join"' in page and "data-answer" in page
    assert "innerHTML" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert response.getheader("Content-Length") == str(len(body))
    for path in ["/index.html", "/page/index.html", "/x", "/favicon.ico", "/../../etc/passwd",
                 "/%2e%2e/%2e%2e/etc/passwd", "/quiz/phones/server.py", "//etc/passwd", "/ws/../", "/?/../"]:
        response, body = get(server, path)
        if path == "/?/../":
            assert response.status == 200   # a query string on the page is still only the page
            continue
        assert response.status == 404, path
        assert b"root:" not in body and b"import" not in body
    assert get(server, "/ws")[0].status == 426            # plain HTTP to the socket's address
    assert get(server, "/", method="POST")[0].status == 405
    assert get(server, "/ws", headers={"Origin": "http://evil.example", "Connection": "Upgrade",
                                       "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                                       "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})[0].status == 403
    assert_still_serving(server, server.hub)


def test_stop_closes_every_phone_promptly_and_frees_the_port():
    server = PhoneServer("127.0.0.1")
    server.start()
    phones = [Phone(server) for _ in range(20)]
    for i, phone in enumerate(phones):
        phone.join(server.hub.room_code, name=f"P{i}")
    # Sockets that never finish opening would otherwise hold the server for its open timeout.
    silent = socket.create_connection((server.host, server.port))
    halfway = socket.create_connection((server.host, server.port))
    halfway.sendall(b"GET /ws HTTP/1.1\r\nHost: x\r\n")
    # And a phone that stopped reading, its buffers full, would block a polite close.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect((server.host, server.port))
    asleep = connect(f"ws://{server.host}:{server.port}/ws", sock=sock).__enter__()
    asleep.send(json.dumps({"type": "join", "code": server.hub.room_code, "name": "Asleep"}))
    time.sleep(0.2)
    for number in range(150):
        server.hub.show_question(number, "choice", "z" * 30000, OPTIONS, None)
    time.sleep(0.1)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 3.0
    for phone in phones:
        with pytest.raises(ConnectionClosed):
            while True:
                phone.next(timeout=2)
    with pytest.raises(OSError):
        socket.create_connection((server.host, server.port), timeout=1).close()
    assert silent.recv(100) == b"" and halfway.recv(100) == b""   # closed, not left hanging
    silent.close(), halfway.close()
    asleep.close_socket()
    assert not [t for t in threading.enumerate() if t.name in ("phone-server", "phone-writer")]


def test_defaults_listen_on_the_local_network_address_and_a_free_port():
    address = lan_address()
    socket.inet_aton(address)
    assert not address.startswith("0.")
    server = PhoneServer()
    assert server.host == address
    url = server.start()
    try:
        assert server.port > 0 and url == f"http://{address}:{server.port}/"
        assert server.announcement == f"Join at {url} room {server.hub.room_code}"
        assert server.join_url == f"{url}#{server.hub.room_code}"
        assert get(server, "/")[0].status == 200
    finally:
        server.stop()


def test_hiding_the_question_text_on_phones(server):
    hub = server.hub
    hub.show_text = False
    phone = Phone(server)
    phone.join(hub.room_code, name="Ann")
    hub.show_question(1, "choice", "Secret wording", OPTIONS, None)
    shown = phone.until("question")
    assert shown["text"] is None and "Secret wording" not in json.dumps(phone.seen)
    assert [o["text"] for o in shown["options"]] == OPTIONS
    phone.close()


def test_the_room_holds_twenty_phones(server):
    hub = server.hub
    phones = [Phone(server) for _ in range(21)]
    for i, phone in enumerate(phones[:20]):
        phone.join(hub.room_code, name=f"P{i}")
    phones[20].send(type="join", code=hub.room_code, name="One too many")
    assert phones[20].until("error")["code"] == "room_full"
    assert len(hub.players()) == 20
    for phone in phones:
        phone.close()



def test_a_phone_that_stops_reading_holds_up_neither_the_game_nor_the_others(server):
    hub = server.hub
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect((server.host, server.port))
    stuck = connect(f"ws://{server.host}:{server.port}/ws", sock=sock).__enter__()
    stuck.send(json.dumps({"type": "join", "code": hub.room_code, "name": "Asleep"}))
    stuck_id = json.loads(stuck.recv(timeout=5))["player"]
    reader = Phone(server)
    reader.join(hub.room_code, name="Awake")
    wait_events(hub, 2, Joined)
    got: list[int] = []

    def read_all():
        while len(got) < 400:
            message = reader.next(timeout=20)
            if message["type"] == "question":
                got.append(message["number"])

    listening = threading.Thread(target=read_all)
    listening.start()
    text = "slow " * 6000           # 30 KB a question: the sleeping phone's buffers fill fast
    slowest = 0.0
    for number in range(1, 401):
        started = time.monotonic()
        hub.show_question(number, "choice", text, OPTIONS, None)
        slowest = max(slowest, time.monotonic() - started)
        time.sleep(0.004)
    # Waiting for the phone would take until a keepalive timed out (10 s and
    # more); the margin is for a busy machine.
    assert slowest < 1.0
    [left] = wait_events(hub, 1, Left, timeout=15)
    assert left.phone == stuck_id   # the sleeping phone was let go...
    listening.join(30)
    assert got == list(range(1, 401))   # ...and the awake one saw every question, in order
    assert {p.name: p.connected for p in hub.players()} == {"Asleep": False, "Awake": True}
    stuck.close_socket()
    reader.close()
