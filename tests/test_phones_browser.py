"""The phone page in a real browser: headless Chromium, driven over the DevTools protocol.

It opens the join address as a phone would (a narrow touch screen), types a
name, taps Join, taps an answer and reads its result, then reloads and comes
back as the same player. Set ``QUIZ_PHONE_SCREENSHOTS`` to a folder to keep
the screenshots (the README's come from here).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from websockets.sync.client import connect

from quiz.phones.hub import Answered, Joined, PhoneResult, PlayerCard, Slider
from quiz.phones.server import PhoneServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)")

OPTIONS = ["On a train home", "In a Beijing bookshop", "At a wedding", "At a noodle stall in their home town"]


class Chromium:
    def __init__(self, folder: Path) -> None:
        profile = folder / "profile"
        profile.mkdir()
        args = [CHROMIUM, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-dev-shm-usage",
                "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")   # Chromium refuses to sandbox as root
        self.log = open(folder / "chromium.log", "wb")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=self.log, start_new_session=True)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                pytest.fail("chromium did not start: " + (folder / "chromium.log").read_text(errors="replace")[-2000:])
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            targets = json.load(response)
        page = next(t for t in targets if t["type"] == "page")
        self.ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=20).__enter__()
        self._id = 0

    def call(self, method: str, **params):
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            reply = json.loads(self.ws.recv(timeout=30))
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply["result"]

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"never true: {expression}; page: {self.js('document.body.innerText')!r}")
            time.sleep(0.05)

    def tap(self, selector: str) -> None:
        """A real click at the element's centre, as a finger would land (scrolled to it first, as
        a player would scroll down to a button below the fold)."""
        box = self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                      f" e.scrollIntoView({{block: 'nearest'}}); const r = e.getBoundingClientRect();"
                      f" return [r.x + r.width / 2, r.y + r.height / 2]; }})()")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def type_into(self, selector: str, text: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).focus()")
        self.js(f"document.querySelector({json.dumps(selector)}).select()")
        self.call("Input.insertText", text=text)

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        if getattr(self, "ws", None) is not None:
            self.ws.close()
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def has_cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    return bool(subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True).stdout.strip())


def wait_events(hub, kind, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [e for e in hub.events() if isinstance(e, kind)]
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"no {kind.__name__} event")


@pytest.fixture
def browser(tmp_path):
    chromium = Chromium(tmp_path)
    yield chromium
    chromium.close()


def test_a_phone_browser_joins_answers_sees_its_result_and_comes_back(browser, tmp_path):
    shots = Path(os.environ.get("QUIZ_PHONE_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with PhoneServer("127.0.0.1") as server:
        hub = server.hub
        browser.call("Emulation.setDeviceMetricsOverride", width=360, height=740, deviceScaleFactor=2, mobile=True)
        browser.call("Emulation.setTouchEmulationEnabled", enabled=True)
        browser.call("Page.enable")
        browser.call("Page.navigate", url=server.join_url)
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('join')")
        assert browser.js("document.querySelector('input[name=code]').value") == hub.room_code

        browser.type_into("input[name=name]", "Xiaoxiao")
        browser.tap("#join")
        [joined] = wait_events(hub, Joined)
        assert joined.name == "Xiaoxiao" and not joined.rejoined
        hub.lobby([PlayerCard(joined.name, "#e0a526", "star", joined.phone), PlayerCard("Bo", "#3b7dd8", "circle")])
        browser.wait_for("!!document.querySelector('#me-badge svg')")
        assert browser.js("document.getElementById('me-name').textContent") == joined.name
        assert browser.js("[...document.querySelectorAll('#roster li')].map(li => li.textContent)") == \
            [joined.name + " (you)", "Bo"]
        assert browser.js("document.querySelector('#me-badge path').getAttribute('fill')") == "#e0a526"

        hub.show_question(1, "choice", "Where do Jianqing and Xiaoxiao first meet?", OPTIONS,
                          hub.clock.now() + 30)
        browser.wait_for("document.querySelectorAll('[data-answer]').length === 4")
        assert browser.js("document.getElementById('q-text').textContent").startswith("Where do")
        assert browser.js("[...document.querySelectorAll('[data-answer]')].map(b => b.dataset.answer)") == \
            ["0", "1", "2", "3"]
        # Narrow screen: nothing sticks out sideways, the buttons are big enough to hit.
        assert browser.js("document.documentElement.scrollWidth <= window.innerWidth")
        assert browser.js("Math.min(...[...document.querySelectorAll('[data-answer]')]"
                          ".map(b => b.getBoundingClientRect().height))") >= 48
        browser.screenshot(shots / "phone-question.png")

        browser.tap('[data-answer="2"]')
        [answered] = wait_events(hub, Answered)
        assert (answered.phone, answered.question, answered.value) == (joined.phone, 1, 2)
        browser.wait_for("document.getElementById('status').textContent.includes('locked in: 3')")

        hub.reveal(2, {joined.phone: PhoneResult(True, 850, 850, 1)})
        browser.wait_for("document.getElementById('verdict').textContent === 'Right'")
        assert browser.js("document.getElementById('points').textContent") == "+850 points"
        assert browser.js("document.getElementById('rank').textContent") == "Rank: 1"
        browser.screenshot(shots / "phone-reveal.png")

        # A reload (or a phone that slept) comes back as the same player, from the stored token.
        hub.show_question(2, "choice", "Next?", OPTIONS[:2], None)
        browser.call("Page.reload")
        [back] = wait_events(hub, Joined)
        assert (back.phone, back.rejoined) == (joined.phone, True)
        browser.wait_for("document.querySelectorAll('[data-answer]').length === 2")
        browser.tap('[data-answer="0"]')
        [second] = wait_events(hub, Answered)
        assert (second.phone, second.question, second.value) == (joined.phone, 2, 0)
        assert len(hub.players()) == 1


def test_names_are_text_and_chinese_reaches_the_page_as_sent(browser):
    with PhoneServer("127.0.0.1") as server:
        hub = server.hub
        browser.call("Page.navigate", url=server.join_url)
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('join')")
        browser.type_into("input[name=name]", "<b>见清</b>\u202e<i>")
        browser.tap("#join")
        [joined] = wait_events(hub, Joined)
        assert joined.name == "<b>见清</b><i>"
        hub.lobby([PlayerCard(joined.name, "#e0a526", "star", joined.phone),
                   PlayerCard("<img src=x onerror=alert(1)>", "#3b7dd8", "circle")])
        browser.wait_for("document.querySelectorAll('#roster li').length === 2")
        # Names are text on the page, never markup.
        assert browser.js("document.getElementById('me-name').textContent") == joined.name
        assert browser.js("document.querySelectorAll('main b, main i, main img').length") == 0
        assert browser.js("[...document.querySelectorAll('#roster li')].map(li => li.textContent)") == \
            [joined.name + " (you)", "<img src=x onerror=alert(1)>"]
        hub.show_question(1, "choice", "《后来的我们》是谁导演的？", ["刘若英", "周冬雨"], None)
        browser.wait_for("document.querySelectorAll('[data-answer]').length === 2")
        assert browser.js("document.getElementById('q-text').textContent") == "《后来的我们》是谁导演的？"
        assert browser.js("document.querySelector('[data-answer=\"0\"]').textContent") == "1刘若英"


@pytest.mark.skipif(not has_cjk_font(), reason="no Chinese system font here (Debian: apt-get install fonts-wqy-microhei)")
def test_chinese_text_renders_with_a_system_font(browser):
    """Two different characters must draw differently: missing glyphs all draw as the same box."""
    with PhoneServer("127.0.0.1") as server:
        browser.call("Page.navigate", url=server.url)
        browser.wait_for("document.readyState === 'complete'")
        drawn = browser.js("""(() => {
            const font = getComputedStyle(document.body).fontFamily;
            const draw = (ch) => { const c = document.createElement('canvas'); c.width = c.height = 40;
                const g = c.getContext('2d'); g.font = '32px ' + font; g.fillText(ch, 2, 32);
                return c.toDataURL(); };
            return [draw('后'), draw('我'), draw('们')];
        })()""")
        assert len(set(drawn)) == 3


def test_order_number_and_typed_questions_on_a_phone(browser, tmp_path):
    with PhoneServer("127.0.0.1") as server:
        hub = server.hub
        browser.call("Emulation.setDeviceMetricsOverride", width=360, height=740, deviceScaleFactor=2, mobile=True)
        browser.call("Page.navigate", url=server.join_url)
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('join')")
        browser.type_into("input[name=name]", "Ann")
        browser.tap("#join")
        [joined] = wait_events(hub, Joined)

        beats = ["They meet on the train", "Xiaoxiao loses her job", "They split up", "They meet again on a plane"]
        hub.show_question(1, "order", "Put these in the order they happen", beats, None)
        browser.wait_for("document.querySelectorAll('[data-answer]').length === 4")
        for pick in ("2", "0", "3"):
            browser.tap(f'[data-answer="{pick}"]')
        browser.tap("#undo")                          # takes back the 3
        browser.tap('[data-answer="1"]')
        assert browser.js("document.getElementById('confirm').disabled") is True   # one still to place
        browser.tap('[data-answer="3"]')
        browser.screenshot(tmp_path / "phone-order-made-up.png")   # the README's is a real question
        browser.tap("#confirm")
        [order] = wait_events(hub, Answered)
        assert (order.phone, order.value) == (joined.phone, (2, 0, 1, 3))
        hub.reveal((0, 1, 2, 3), {joined.phone: PhoneResult(False, 250, 250, 1)})
        browser.wait_for("document.getElementById('verdict').textContent === 'Wrong'")
        assert browser.js("document.querySelectorAll('#right-answer .option').length") == 4
        assert browser.js("document.getElementById('chose').textContent") == "You answered: 3, 1, 2, 4"

        hub.show_question(2, "number", "The year of its release?", [], None, slider=Slider(2010, 2024, 1, grouped=False))
        browser.wait_for("!!document.getElementById('slider')")
        for _ in range(8):
            browser.tap("#more")
        assert browser.js("document.getElementById('slider-value').textContent") == "2018"
        browser.tap("#confirm")
        [number] = wait_events(hub, Answered)
        assert (number.question, number.value) == (2, 2018)
        browser.wait_for("document.getElementById('status').textContent === 'Answer locked in: 2018'")

        hub.show_question(3, "typed", "Who directed it?", [], None)
        browser.wait_for("!!document.querySelector('input[name=answer]')")
        browser.type_into("input[name=answer]", "Rene Liu")
        browser.tap("#confirm")
        [typed] = wait_events(hub, Answered)
        assert (typed.question, typed.value) == (3, "Rene Liu")
        hub.reveal("Rene Liu", {joined.phone: PhoneResult(True, 900, 1150, 1)})
        browser.wait_for("document.getElementById('verdict').textContent === 'Right'")
        assert browser.js("document.getElementById('right-value').textContent") == "Rene Liu"


@pytest.mark.usefixtures("silent_sound")
def test_a_phone_browser_types_an_answer_in_a_real_party_and_hears_close_enough(browser, tmp_path,
                                                                               monkeypatch):
    """The game window (headless) runs a party; Chromium is a phone player beside a keyboard one."""
    import pygame

    from app_helpers import key, make_app, step
    from quiz.deck import build_deck
    from quiz.party import game as party_game
    from quiz.ui import party_start
    from quiz.ui.party_start import PartyChoice
    from quiz.ui.phone_link import PhoneLink

    shots = Path(os.environ.get("QUIZ_PHONE_SCREENSHOTS") or tmp_path)
    app = make_app()
    link = PhoneLink(app.clock, host="127.0.0.1")
    try:
        packs = [p for p in app.packs() if p.id == "us-and-them"]
        father = next(q for q in build_deck(packs, 5, None, kinds=("typed",))
                      if q.accepted == ("Tian Zhuangzhuang",))
        number = build_deck(packs, 5, 1, kinds=("number",))[0]
        order = build_deck(packs, 5, 1, kinds=("order",))[0]
        monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: [father, number, order])
        app.router.show("party_lobby", names=["Ann"], phones=link,
                        choice=PartyChoice(rounds=1, questions=3, timer=60.0, seed=3))
        step(app)
        for name in ("DOWN", "DOWN", "DOWN", "RETURN"):     # Phones on
            key(app, name)
        lobby = app.router.top.lobby
        browser.call("Emulation.setDeviceMetricsOverride", width=360, height=740, deviceScaleFactor=2,
                     mobile=True)
        browser.call("Page.navigate", url=link.server.join_url)
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('join')")
        browser.type_into("input[name=name]", "Mei")
        browser.tap("#join")

        def frames_until(condition, timeout=20.0):
            deadline = time.monotonic() + timeout
            while not condition():
                assert time.monotonic() < deadline, "the game never got there"
                step(app)
                time.sleep(0.01)

        frames_until(lambda: len(lobby.players) == 2)
        key(app, "DOWN")
        key(app, "RETURN")                                   # Start
        party = app.router.top.party
        key(app, "RETURN")                                   # past the rule
        assert party.question is father
        mei = next(p for p in party.players if p.name == "Mei")
        step(app)
        browser.wait_for("!!document.querySelector('input[name=answer]')")
        assert browser.js("document.getElementById('q-text').textContent") == father.question
        assert browser.js("document.querySelectorAll('[data-answer]').length") == 0
        browser.type_into("input[name=answer]", "tian zhuangzhuan")   # one letter short
        browser.screenshot(shots / "phone-typed.png")
        browser.tap("#confirm")
        frames_until(lambda: mei.seat in party.answered)
        browser.wait_for("document.getElementById('status').textContent === "
                         "'Answer locked in: tian zhuangzhuan'")
        # Ann, the one player at the keyboard, types too; the big screen shows dots for her letters.
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Jing Boran"))
        step(app)
        assert app.router.top.typing.text == "Jing Boran"
        key(app, "RETURN")
        assert party.phase == party_game.REVEAL
        assert party.reveal.result(mei.seat).correct and not party.reveal.result(0).correct
        step(app)
        browser.wait_for("document.getElementById('verdict').textContent === 'Close enough'")
        assert browser.js("document.getElementById('right-value').textContent") == "Tian Zhuangzhuang"
        assert browser.js("document.getElementById('chose').textContent") == "You typed: tian zhuangzhuan"
        assert browser.js("document.getElementById('points').textContent") == \
            f"+{party.reveal.result(mei.seat).points} points"
        browser.screenshot(shots / "phone-typed-reveal.png")

        key(app, "RETURN")                                   # the number question
        step(app)
        browser.wait_for("!!document.getElementById('slider')")
        for _ in range(3):
            browser.tap("#more")
        # the phone reads the number as the big screen does, prefix and unit included
        assert browser.js("document.getElementById('slider-value').textContent") == \
            number.show(number.min + 3 * number.step)
        browser.screenshot(shots / "phone-number.png")
        browser.tap("#confirm")
        frames_until(lambda: mei.seat in party.answered)
        assert party.phase == party_game.ASKING
        assert party.reveal is None                          # Ann has not answered yet
        key(app, "1")                                        # her first key locks her marker in
        assert party.phase == party_game.REVEAL
        step(app)
        browser.wait_for("document.getElementById('screen-reveal').offsetParent !== null")
        assert browser.js("document.getElementById('right-value').textContent") == number.show(number.value)

        key(app, "RETURN")                                   # the order question
        step(app)
        browser.wait_for("document.querySelectorAll('[data-answer]').length === 4")
        assert browser.js("[...document.querySelectorAll('[data-answer]')].map(b => b.textContent)") == \
            [f"{i + 1}{item}" for i, item in enumerate(order.items)]
        for pick in order.order[:3]:
            browser.tap(f'[data-answer="{pick}"]')
        browser.screenshot(shots / "phone-order.png")
        browser.tap(f'[data-answer="{order.order[3]}"]')
        browser.tap("#confirm")
        frames_until(lambda: mei.seat in party.answered)
        for option in (1, 0, 2):                             # Ann's keys: a wrong order
            key(app, str(option + 1))
        assert party.phase == party_game.REVEAL
        assert party.reveal.result(mei.seat).correct and party.reveal.result(mei.seat).chosen == order.order
        step(app)
        browser.wait_for("document.getElementById('verdict').textContent === 'Right'")
        assert browser.js("document.querySelectorAll('#right-answer .option').length") == 4
        key(app, "RETURN")
        step(app)
        browser.wait_for("document.getElementById('screen-podium').offsetParent !== null")
        assert browser.js("document.querySelectorAll('#podium li').length") == 2
    finally:
        link.stop()
        app.close()
