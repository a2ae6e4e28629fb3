"""Start-to-first-frame: the game against a bare pygame window drawing one line.

Each run is a fresh process: ``us-and-them-quiz play --frames 1`` (import,
open the window, draw the title once, quit) next to a script that imports
pygame, opens a window of the same size, draws one line of text and quits.
Prints the median of several runs of each and their ratio (budget: 0.8x).

    python bench/bench_startup.py [--runs N]

Without a display it uses SDL's dummy video driver, so it runs anywhere.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 0.8

BARE = """
import pygame
pygame.display.init()
pygame.font.init()
screen = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
pygame.display.set_caption("bare")
font = pygame.font.Font(None, 40)
screen.fill((24, 24, 28))
screen.blit(font.render("Us and Them", True, (240, 236, 228)), (80, 80))
pygame.display.flip()
pygame.quit()
"""


def game_command() -> list[str]:
    script = Path(sys.executable).with_name("us-and-them-quiz")
    if script.exists():
        return [str(script), "play", "--frames", "1"]
    return [sys.executable, "-m", "quiz", "play", "--frames", "1"]


def environment(data: str) -> dict:
    env = dict(os.environ)
    env["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    env["US_AND_THEM_QUIZ_DATA"] = data
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("SDL_VIDEODRIVER", "dummy")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed game starts from compiled bytecode; keep it in a scratch
    # folder (written by the warm-up run) so the checkout stays clean.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(data, "pycache")
    return env


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock seconds of a run, and the processor seconds it used (user and system):
    on a machine shared with other work the second is the steadier."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return elapsed, (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="quiz-bench-")
    try:
        env = environment(data)
        # The game shows frames through X11's shared memory rather than OpenGL; the bare
        # window is timed both ways and the faster one is the yardstick.
        direct = dict(env, SDL_FRAMEBUFFER_ACCELERATION="0")
        game, bare = game_command(), [sys.executable, "-c", BARE]
        timed(game, env)  # first run makes the data folder, the bytecode and warms the disk cache
        timed(bare, env)
        game_times, bare_times, direct_times = [], [], []
        for _ in range(args.runs):  # interleaved, so drift in machine load hits all alike
            game_times.append(timed(game, env))
            bare_times.append(timed(bare, env))
            direct_times.append(timed(bare, direct))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    driver = env.get("SDL_VIDEODRIVER", "default (x11 or wayland)")
    print(f"video driver: {driver}; {args.runs} runs each, fresh process per run, interleaved")

    def line(label: str, times: list[tuple[float, float]]) -> tuple[float, float]:
        wall = statistics.median(t[0] for t in times)
        cpu = statistics.median(t[1] for t in times)
        print(f"{label:40} median {wall * 1000:7.1f} ms wall (min {min(t[0] for t in times) * 1000:.1f}), "
              f"{cpu * 1000:7.1f} ms processor")
        return wall, cpu

    bare = min(line("bare pygame window, one line of text:", bare_times),
               line("  the same, X11 shared-memory frames:", direct_times))
    game = line("us-and-them-quiz play --frames 1:", game_times)
    wall_ratio, cpu_ratio = game[0] / bare[0], game[1] / bare[1]
    verdict = "within" if max(wall_ratio, cpu_ratio) <= BUDGET else "OVER"
    print(f"ratio to the faster bare window: {wall_ratio:.2f}x wall clock, {cpu_ratio:.2f}x processor time "
          f"({verdict} the {BUDGET}x budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
