"""Tap-to-arrival latency with 20 phones, and what polling them costs the game each frame.

Twenty WebSocket clients in a separate process (so they do not share the
game's interpreter) join a real phone server on this machine and answer every
question after a random pause, noting the monotonic clock as they send: the
tap. The game side runs as the party will: a 60 frames a second loop that
drains ``hub.events()``. Each answer's arrival time is the hub's stamp, on the
same system-wide monotonic clock, so tap to arrival is the network thread's
delay alone; "seen by the game" adds the wait for the next frame.

    python bench/bench_phones.py [--phones N] [--questions N]
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
                value = rng.randrange(len(message["options"]))
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
    print("within target" if ok else "OVER target" + (f": {len(lost)} taps lost" if lost else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
