"""CPU share of the game over 10 s on the title and on a question.

Runs the real main loop (``clock.tick(60)``, the monotonic clock) in a fresh
process for each screen and prints process CPU time / wall time (budget: 25%
of one core). The question screen uses the example pack with a 30 s timer,
so the 10 s are spent on one question.

    python bench/bench_cpu.py [--seconds S] [--size WxH]

Without a display it uses SDL's dummy video driver; run it under a real X
server (or xvfb-run) to include the cost of showing frames.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 0.25

CHILD = r"""
import json, sys, time
from quiz.ui.app import App, parse_size
from quiz.paths import questions_dir

screen, seconds, size = sys.argv[1], float(sys.argv[2]), parse_size(sys.argv[3])
chosen = None
if screen == "question":
    from quiz.packs import load_file
    chosen = [load_file(questions_dir() / "examples" / "my-pack.yaml")]
app = App(size, chosen_packs=chosen, overrides={"timer": 30, "seed": 1})
if screen == "question":
    app.stack.top.play(False)
    if len(app.stack) < 2:
        raise SystemExit("could not start a round")
app.step()
top = type(app.stack.top).__name__
frames = round(seconds * 60)
wall0, cpu0 = time.perf_counter(), time.process_time()
driver = __import__("pygame").display.get_driver()
app.run(frames=frames)
wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
import pygame
print(json.dumps({"screen": top, "wall": wall, "cpu": cpu, "frames": frames,
                  "driver": driver}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="quiz-bench-")
    env = dict(os.environ, PYGAME_HIDE_SUPPORT_PROMPT="1", US_AND_THEM_QUIZ_DATA=data)
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("SDL_VIDEODRIVER", "dummy")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    print(f"window {args.size}; {args.seconds:g} s per screen at 60 frames a second")
    worst = 0.0
    try:
        for screen in ("title", "question"):
            result = subprocess.run([sys.executable, "-c", CHILD, screen, str(args.seconds), args.size],
                                    env=env, capture_output=True, text=True)
            if result.returncode != 0:
                print(f"{screen:9} could not be measured: {result.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(result.stdout.strip().splitlines()[-1])
            share = r["cpu"] / r["wall"]
            worst = max(worst, share)
            fps = r["frames"] / r["wall"]
            print(f"{screen:9} ({r['screen']}, {r['driver']} video): CPU {r['cpu']:.2f} s over {r['wall']:.2f} s wall = "
                  f"{share * 100:5.1f}% of one core, {fps:.1f} frames a second")
    finally:
        shutil.rmtree(data, ignore_errors=True)
    verdict = "within" if worst <= BUDGET else "OVER"
    print(f"highest share {worst * 100:.1f}% ({verdict} the {BUDGET * 100:.0f}% budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
