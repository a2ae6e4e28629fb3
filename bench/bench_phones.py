"""Tap-to-arrival latency with 20 phones, what polling them costs the game each frame, and
the game's own frame time while 20 phones play a party.

Twenty WebSocket clients in a separate process (so they do not share the
game's interpreter) join a real phone server on this machine and answer every
question after a random pause, noting the monotonic clock as they send: the
tap. The game side runs as the party will: a 60 frames a second loop that
drains ``hub.events()``. Each answer's arrival time is the hub's stamp, on the
same system-wide monotonic clock, so tap to arrival is the network thread's
delay alone; "seen by the game" adds the wait for the next frame.

Then the game window itself (SDL's dummy driver, the real clock) runs a party of
every kind for one keyboard player and the twenty phones, from the lobby's
Phones to the podium, and each frame (events, phones, the party, drawing) is timed.

    python bench/bench_phones.py [--phones N] [--questions N] [--party-questions N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.phones.hub import Answered, Joined, PhoneResult, Standing  # noqa: E402
from quiz.phones.server import PhoneServer  # noqa: E402

TARGET_P99 = 0.030       # seconds from a tap to its arrival
FRAME_BUDGET = 0.001     # seconds of a 16.7 ms frame the hub may take
FRAME = 1 / 60
FRAME_TARGET = 1 / 60    # the game's whole frame, drawing included

PHONES = r"""
import json, random, sys, threading, time
from websockets.sync.client import connect

url, code, phones = sys.argv[1], sys.argv[2], int(sys.argv[3])
taps, lock = [], threading.Lock()

def phone(i):
    rng = random.Random(i)
    with connect(url, open_timeout=30) as ws:
        ws.send(json.dumps({"type": "join", "code": code, "name": f"Phone {i}"}))
        me = None
        for frame in ws:
            message = json.loads(frame)
            if message["type"] == "welcome":
                me = message["player"]
            elif message["type"] == "question":
                time.sleep(rng.uniform(0.0, 0.25))
                kind, options = message["kind"], message["options"]
                if kind == "order":
                    value = rng.sample(range(len(options)), len(options))
                elif kind == "number":
                    value = message["slider"]["min"]
                elif kind == "typed":
                    value = f"Guess {i}"
                else:
                    value = rng.randrange(len(options))
                sent = time.monotonic()
                ws.send(json.dumps({"type": "answer", "question": message["number"], "value": value}))
                with lock:
                    taps.append((me, message["number"], sent))
            elif message["type"] == "podium":
                return

threads = [threading.Thread(target=phone, args=(i,)) for i in range(phones)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps(taps))
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=20)
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--party-questions", type=int, default=10)
    args = parser.parse_args()

    server = PhoneServer("127.0.0.1")
    server.start()
    hub = server.hub
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen([sys.executable, "-c", PHONES, f"ws://127.0.0.1:{server.port}/ws", hub.room_code,
                              str(args.phones)], stdout=subprocess.PIPE, text=True, env=env)
    arrived: dict[tuple[int, int], float] = {}
    seen: dict[tuple[int, int], float] = {}
    frame_costs: list[float] = []
    joined = 0

    def frame() -> list:
        started = time.perf_counter()
        events = hub.events()
        frame_costs.append(time.perf_counter() - started)
        now = time.monotonic()
        for event in events:
            if isinstance(event, Answered):
                arrived[(event.phone, event.question)] = event.time
                seen[(event.phone, event.question)] = now
        time.sleep(FRAME)
        return events

    try:
        deadline = time.monotonic() + 60
        while joined < args.phones:
            joined += sum(isinstance(e, Joined) for e in frame())
            if time.monotonic() > deadline:
                raise SystemExit(f"only {joined} of {args.phones} phones joined")
        for number in range(1, args.questions + 1):
            hub.show_question(number, "choice", f"Question {number}", ["A", "B", "C", "D"], time.monotonic() + 10)
            deadline = time.monotonic() + 10
            while sum(q == number for _, q in arrived) < args.phones and time.monotonic() < deadline:
                frame()
            hub.reveal(0, {p: PhoneResult(False, 0, 0, 1) for p in range(1, args.phones + 1)})
            frame()
        hub.podium([Standing(f"Phone {i}", 0, 1, "#ffffff", "circle", i + 1) for i in range(args.phones)])
        out, _ = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        server.stop()

    taps = {(phone, number): sent for phone, number, sent in json.loads(out.strip().splitlines()[-1])}
    lost = set(taps) - set(arrived)
    to_arrival = [(arrived[k] - sent) * 1000 for k, sent in taps.items() if k in arrived]
    to_game = [(seen[k] - sent) * 1000 for k, sent in taps.items() if k in seen]
    costs = [c * 1000 for c in frame_costs]
    p99 = percentile(to_arrival, 0.99)
    print(f"{args.phones} phones, {args.questions} questions, {len(taps)} taps, {len(lost)} lost")
    print(f"tap to arrival     p50 {statistics.median(to_arrival):6.2f} ms  p99 {p99:6.2f} ms  "
          f"max {max(to_arrival):6.2f} ms   (target: p99 under {TARGET_P99 * 1000:.0f} ms)")
    print(f"seen by the game   p50 {statistics.median(to_game):6.2f} ms  p99 {percentile(to_game, 0.99):6.2f} ms  "
          f"max {max(to_game):6.2f} ms   (includes waiting for a {FRAME * 1000:.1f} ms frame)")
    print(f"hub per frame      p50 {statistics.median(costs):6.3f} ms  p99 {percentile(costs, 0.99):6.3f} ms  "
          f"max {max(costs):6.3f} ms   (budget: {FRAME_BUDGET * 1000:.0f} ms of a {FRAME * 1000:.1f} ms frame)")
    ok = p99 < TARGET_P99 * 1000 and not lost and percentile(costs, 0.99) < FRAME_BUDGET * 1000
    frames, drawn, answers = game_frames(args.phones, args.party_questions)
    print(f"game frame         p50 {statistics.median(frames):6.2f} ms  p99 {percentile(frames, 0.99):6.2f} ms  "
          f"max {max(frames):6.2f} ms   (target: p99 under {FRAME_TARGET * 1000:.1f} ms; {len(frames)} frames "
          f"of a party of {args.party_questions} questions, 1 keyboard player + {args.phones} phones, "
          f"{answers} phone answers)")
    print(f"  frames drawn     p50 {statistics.median(drawn):6.2f} ms  p99 {percentile(drawn, 0.99):6.2f} ms  "
          f"max {max(drawn):6.2f} ms   (the slowest are the first frame of a new question, reveal or podium)")
    ok = ok and percentile(frames, 0.99) < FRAME_TARGET * 1000 and answers == args.phones * args.party_questions
    print("within target" if ok else "OVER target" + (f": {len(lost)} taps lost" if lost else ""))
    return 0


def game_frames(phones: int, questions: int) -> tuple[list[float], list[float], int]:
    """The game window's frame times (every frame, and those that drew) while ``phones``
    phones and one keyboard player play a party of ``questions`` questions."""
    import tempfile

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from quiz.party import game as party_game
    from quiz.party.judging import right_response
    from quiz.store import Store
    from quiz.ui.app import App
    from quiz.ui.party_start import PartyChoice
    from quiz.ui.phone_link import PhoneLink

    with tempfile.TemporaryDirectory() as data:
        app = App((1280, 720), store=Store(Path(data)))
        link = PhoneLink(app.clock, host="127.0.0.1")
        app.update_settings(sound=False)
        app.router.show("party_lobby", names=["Ann"], phones=link,
                        choice=PartyChoice(rounds=1, questions=questions, timer=20.0, seed=7))
        lobby = app.router.top
        lobby.start_phones()
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        child = subprocess.Popen([sys.executable, "-c", PHONES, f"ws://127.0.0.1:{link.server.port}/ws",
                                  link.room_code, str(phones)], stdout=subprocess.PIPE, text=True, env=env)
        times: list[float] = []
        drawn: list[float] = []
        answers = 0

        def frame() -> None:
            started = time.perf_counter()
            app.step()
            spent = time.perf_counter() - started
            times.append(spent * 1000)
            if app.drew:
                drawn.append(spent * 1000)
            time.sleep(max(0.0, FRAME - spent))

        try:
            deadline = time.monotonic() + 60
            while len(lobby.lobby.players) < phones + 1:
                frame()
                if time.monotonic() > deadline:
                    raise SystemExit("the phones did not all join the lobby")
            times.clear()
            drawn.clear()
            if not lobby.start():
                raise SystemExit("the party did not start")
            scene = app.router.top
            party = scene.party
            while app.router.top_name == "party":
                if party.phase == party_game.ASKING:
                    if len(party.answered) >= phones:      # every phone is in: Ann answers too
                        answers += len(party.answered)
                        party.answer(0, right_response(party.question))
                    frame()
                    continue
                for _ in range(30):                        # the rule, or the reveal's show
                    frame()
                scene.next()
            for _ in range(30):
                frame()
            child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            link.stop()
            app.close()
    return times, drawn, answers


if __name__ == "__main__":
    sys.exit(main())
