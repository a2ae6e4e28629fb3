#!/usr/bin/env python3
"""Soak: the monkey plays every screen for minutes; memory and frame times are printed.

    python bench/bench_soak.py [--minutes 3] [--seed 1] [--calm] [--no-tracemalloc]

The game runs headless (SDL's dummy video and audio drivers) on a fake clock
that moves 1/60 s a frame, with now and then a stalled frame of half a second.
Every few seconds the monkey is sent to another screen, so all of them get
their share. Printed every interval: frames, Python heap (tracemalloc), resident
memory, the text caches and the frame times (median, 99th percentile, worst).
At the end: how memory moved after warming up, the slowest frames and what
was happening in them, and the longest run of frames over the 60 fps budget.

--calm throws a tenth as many window resizes (each resize re-lays out and
re-renders a screen at a new size, which a player does rarely). Frame times
here are the cost of a frame on this machine with software rendering; the
game itself then waits in clock.tick(60).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

BUDGET_MS = 1000 / 60
HITCH_FRAMES = 3  # more frames than this in a row over budget would be a visible stutter


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def trim_malloc() -> None:
    """Ask glibc to return freed memory to the system (elsewhere: nothing)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--interval", type=float, default=20.0, help="seconds between reports")
    parser.add_argument("--switch", type=int, default=240, help="frames between screen changes")
    parser.add_argument("--calm", action="store_true", help="a tenth as many window resizes")
    parser.add_argument("--no-tracemalloc", action="store_true", help="faster; RSS figures only")
    args = parser.parse_args(argv)

    data = tempfile.TemporaryDirectory(prefix="quiz-soak-")
    os.environ["US_AND_THEM_QUIZ_DATA"] = data.name

    import random

    import pygame

    from monkey import SCENES, Monkey, enter, make_app, scene_name

    if not args.no_tracemalloc:
        tracemalloc.start()
    app = make_app((1280, 720))  # on a fake clock, its first frame shown
    clock = app.clock
    monkey = Monkey(app, clock, seed=args.seed)
    if args.calm:
        monkey.weights["resize"] = 1
    app.quit = lambda: None  # the monkey's Quit presses are not obeyed
    chooser = random.Random(args.seed)

    print(f"soak: {args.minutes:g} min, seed {args.seed}, {'calm' if args.calm else 'stormy'} resizes, "
          f"tracemalloc {'off' if args.no_tracemalloc else 'on'}")
    print(f"{'time':>6} {'frames':>7} {'heap MB':>8} {'RSS MB':>7} {'surfaces':>8} {'text MB':>7} "
          f"{'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}  screens")

    start = time.perf_counter()
    end = start + args.minutes * 60
    next_report = start + args.interval
    window: list[float] = []
    # Frame times over the whole run as a histogram of 0.1 ms steps: a list of
    # every frame would itself grow and hide a leak in the game.
    histogram = [0] * 20001
    slowest: list[tuple[float, int, str, list[str]]] = []
    memory: list[tuple[float, float, float]] = []
    streak = longest_streak = 0
    run: list[str] = []  # what the frames of the current over-budget run were doing
    longest_run: list[str] = []
    scenes_seen: dict[str, int] = {}
    errors = 0
    target = "title"
    warm_snapshot = None  # the heap after warming up, to see what grew since

    while True:
        now = time.perf_counter()
        if now >= end:
            break
        if monkey.frames % args.switch == 0:
            target = SCENES[chooser.randrange(len(SCENES))]
            try:
                enter(app, target)
            except AssertionError as error:
                print(f"  could not reach {target}: {error}")
        t0 = time.perf_counter()
        try:
            monkey.step()
        except Exception as error:  # a soak reports every failure and keeps going
            errors += 1
            print(f"  ERROR at frame {monkey.frames} on {scene_name(app.stack.top)}: "
                  f"{type(error).__name__}: {error}")
            monkey.frames += 1
            continue
        ms = (time.perf_counter() - t0) * 1000
        name = scene_name(app.stack.top)
        scenes_seen[name] = scenes_seen.get(name, 0) + 1
        window.append(ms)
        histogram[min(len(histogram) - 1, int(ms * 10))] += 1
        if len(slowest) < 10 or ms > slowest[-1][0]:
            slowest.append((ms, monkey.frames, name, monkey.last[:6]))
            slowest.sort(key=lambda x: -x[0])
            del slowest[10:]
        if ms > BUDGET_MS:
            streak += 1
            run.append(f"{ms:.0f} ms {name} [{', '.join(monkey.last) or '-'}]")
            if streak > longest_streak:
                longest_streak = streak
                longest_run = list(run)
        else:
            streak = 0
            run = []

        if time.perf_counter() >= next_report:
            next_report += args.interval
            # Measure at one window size, with freed memory handed back to the
            # system, so the figures compare like with like: otherwise resident
            # memory mostly says how big the window happened to be.
            pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
            pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1280, 720), w=1280, h=720))
            clock.advance(1 / 60)
            app.step()
            gc.collect()
            trim_malloc()
            heap = tracemalloc.get_traced_memory()[0] / 2**20 if tracemalloc.is_tracing() else float("nan")
            rss = rss_mb()
            memory.append((time.perf_counter() - start, heap, rss))
            if warm_snapshot is None and tracemalloc.is_tracing() and now - start >= (end - start) / 4:
                warm_snapshot = tracemalloc.take_snapshot()
            stats = app.text.stats()
            window.sort()
            p50 = window[len(window) // 2]
            p99 = window[min(len(window) - 1, int(len(window) * 0.99))]
            top = sorted(scenes_seen.items(), key=lambda kv: -kv[1])
            share = " ".join(f"{k}:{v}" for k, v in top)
            print(f"{time.perf_counter() - start:6.0f} {monkey.frames:7d} {heap:8.1f} {rss:7.1f} "
                  f"{stats['surfaces']:8d} {stats['surface_bytes'] / 2**20:7.1f} "
                  f"{p50:7.2f} {p99:7.2f} {window[-1]:7.1f}  {share}", flush=True)
            window = []
            scenes_seen = {}

    print()
    print(f"frames: {monkey.frames}, events thrown: {monkey.events}, quits ignored: {monkey.quits}, "
          f"errors: {errors}")
    total = sum(histogram)
    if total:
        def percentile(q: float) -> float:
            need, seen = q * total, 0
            for i, n in enumerate(histogram):
                seen += n
                if seen >= need:
                    return i / 10
            return (len(histogram) - 1) / 10

        over = sum(n for i, n in enumerate(histogram) if i / 10 > BUDGET_MS)
        worst = max(i for i, n in enumerate(histogram) if n) / 10
        print(f"frame time: median {percentile(0.5):.1f} ms, 99th percentile {percentile(0.99):.1f} ms, "
              f"worst {worst:.0f} ms; {over} frames ({100 * over / total:.2f}%) over {BUDGET_MS:.1f} ms; "
              f"longest run over budget: {longest_streak} frames (a hitch is up to {HITCH_FRAMES})")
    if len(memory) >= 3:
        # After warming up (the first quarter of the run) memory should stay flat:
        # the least-squares slope says whether it drifts; the range how much it
        # moves with the window's size (a bigger window, bigger surfaces).
        warm = memory[len(memory) // 4:]
        for label, column in (("heap", 1), ("RSS", 2)):
            values = [m[column] for m in warm]
            if any(v != v for v in values):  # tracemalloc off: no heap figures
                continue
            times = [m[0] / 60 for m in warm]
            mean_t, mean_v = statistics.fmean(times), statistics.fmean(values)
            spread = sum((t - mean_t) ** 2 for t in times)
            slope = sum((t - mean_t) * (v - mean_v) for t, v in zip(times, values)) / spread if spread else 0.0
            print(f"{label} after warm-up: {min(values):.1f} to {max(values):.1f} MB, "
                  f"trend {slope:+.2f} MB/min over {len(values)} samples")
    if longest_run:
        print("the longest run over budget, frame by frame:")
        for line in longest_run:
            print(f"  {line}")
    print("slowest frames:")
    for ms, frame, name, events in slowest:
        print(f"  {ms:7.1f} ms  frame {frame:6d}  {name:9s}  events: {', '.join(events) or '-'}")
    if tracemalloc.is_tracing():
        snapshot = tracemalloc.take_snapshot()
        print("largest Python allocations by line:")
        for stat in snapshot.statistics("lineno")[:8]:
            print(f"  {stat.size / 2**20:7.2f} MB  {stat.count:7d} blocks  {stat.traceback[0]}")
        if warm_snapshot is not None:
            print("grown most since warming up, by line:")
            for stat in snapshot.compare_to(warm_snapshot, "lineno")[:8]:
                print(f"  {stat.size_diff / 2**20:+7.2f} MB  {stat.count_diff:+7d} blocks  {stat.traceback[0]}")
    try:
        app.close()
    except Exception:
        pass
    data.cleanup()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
