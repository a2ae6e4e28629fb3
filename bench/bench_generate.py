"""Load the film's facts and make every question, in a fresh process, against a bare interpreter.

Each run is a new ``python`` process: one that does nothing (``python -c pass``)
and one that imports the generator, loads the built-in film and generates
every question once (after one warm-up run, so modules come from cached
bytecode as in an installed game). Prints the median of several runs of each and the
difference (budget: 100 ms above the bare interpreter start), plus the time
spent inside the process on loading and on generating.

    python bench/bench_generate.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MS = 100.0

WORK = """
import time
start = time.perf_counter()
from quiz.facts.loader import load_film
from quiz.generator import generate
from quiz.paths import questions_dir
imported = time.perf_counter()
film = load_film(questions_dir() / "us-and-them")
loaded = time.perf_counter()
questions = generate(film, 0)
done = time.perf_counter()
print(len(questions), imported - start, loaded - imported, done - loaded)
"""


# As installed, modules are read from cached bytecode; let the warm-up run write it.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(args, cwd=ROOT, env=ENV, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    timed([sys.executable, "-c", WORK])  # warm-up: bytecode and file caches
    bare, work, inner = [], [], []
    for _ in range(runs):
        bare.append(timed([sys.executable, "-c", "pass"])[0])
        seconds, out = timed([sys.executable, "-c", WORK])
        work.append(seconds)
        inner.append([float(x) for x in out.split()])
    count = int(inner[0][0])
    bare_ms = statistics.median(bare) * 1000
    work_ms = statistics.median(work) * 1000
    extra = work_ms - bare_ms

    def part(index: int) -> float:
        return statistics.median(row[index] for row in inner) * 1000

    print(f"python -c pass:                 {bare_ms:7.1f} ms (median of {runs})")
    print(f"import + load facts + generate: {work_ms:7.1f} ms ({count} questions)")
    print(f"difference:                     {extra:7.1f} ms (budget {BUDGET_MS:.0f} ms) "
          f"{'within budget' if extra <= BUDGET_MS else 'OVER BUDGET'}")
    print(f"  inside the process: import {part(1):.1f} ms, load {part(2):.1f} ms, "
          f"generate {part(3):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
