"""CPU share of the game over 10 s on the title, a question, the pause overlay and the results.

Runs the real main loop (60 frames a second while anything moves, waiting for
input on a still screen; the monotonic clock) in a fresh process for each
screen and prints process CPU time / wall time beside that screen's budget.
The question screen uses the example pack with a 30 s timer, so the 10 s are
spent on one question; the pause overlay covers that question; the results
come from a round answered in full.

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
BUDGETS = {"title": 0.03, "question": 0.08, "pause": 0.03, "results": 0.03}

CHILD = r"""
import json, sys, time
import pygame
from quiz.ui.app import App, parse_size
from quiz.paths import questions_dir

screen, seconds, size = sys.argv[1], float(sys.argv[2]), parse_size(sys.argv[3])
chosen = None
if screen != "title":
    from quiz.packs import load_file
    chosen = [load_file(questions_dir() / "examples" / "my-pack.yaml")]
app = App(size, chosen_packs=chosen, overrides={"timer": 30, "seed": 1, "questions": 3})
def press(key):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    app.step()
if screen != "title":
    app.stack.top.play(False)
    if len(app.stack) < 2:
        raise SystemExit("could not start a round")
if screen == "pause":
    press(pygame.K_ESCAPE)
if screen == "results":
    for _ in range(400):  # answers and moves on; feedback ignores Enter for its first moments
        if type(app.stack.top).__name__ == "ResultsScene":
            break
        press(pygame.K_1)
        time.sleep(0.05)
        press(pygame.K_RETURN)
app.step()
top = type(app.stack.top).__name__
driver = pygame.display.get_driver()
pygame.time.set_timer(pygame.QUIT, int(seconds * 1000), 1)
wall0, cpu0 = time.perf_counter(), time.process_time()
app.run()
wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
print(json.dumps({"screen": top, "wall": wall, "cpu": cpu, "frames": app.frames,
                  "redraws": app.redraws, "driver": driver}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="quiz-bench-")
    env = dict(os.environ, PYGAME_HIDE_SUPPORT_PROMPT="1", US_AND_THEM_QUIZ_DATA=data)
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("SDL_VIDEODRIVER", "dummy")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    print(f"window {args.size}; {args.seconds:g} s per screen at 60 frames a second")
    over = []
    try:
        for screen in BUDGETS:
            result = subprocess.run([sys.executable, "-c", CHILD, screen, str(args.seconds), args.size],
                                    env=env, capture_output=True, text=True)
            if result.returncode != 0:
                print(f"{screen:9} could not be measured: {result.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(result.stdout.strip().splitlines()[-1])
            share = r["cpu"] / r["wall"]
            budget = BUDGETS[screen]
            if share > budget:
                over.append(screen)
            fps = r["redraws"] / r["wall"]
            print(f"{screen:9} ({r['screen']}, {r['driver']} video): CPU {r['cpu']:.2f} s over {r['wall']:.2f} s wall = "
                  f"{share * 100:5.1f}% of one core (budget {budget * 100:.0f}%), {fps:.1f} frames drawn a second")
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print("every screen within its budget" if not over else f"OVER budget: {', '.join(over)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
