"""The worst packs validate accepts: time to validate each, to build a round from it, beside its floor.

Run: python bench/bench_worst_pack.py. Each figure is printed beside the
floor it must stay under (1 s, and 0.5 s for validating 10,000 questions
that each carry a warning), measured in this run on this machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz.custom_pack import MAX_CHARS  # noqa: E402
from quiz.deck import build_deck  # noqa: E402
from quiz.packs import load_file, validate_paths  # noqa: E402


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def custom_pack(folder: Path, name: str, count: int, question: int, answer: int, warn: bool) -> Path:
    lines = [f"title: {'T' * MAX_CHARS['title']}", "questions:"]
    for i in range(count):
        asked = f"Q{i} " + "w" * (question - len(f"Q{i} "))
        lines.append(f"  - question: {asked}")
        lines.append(f"    answer: {'a' * (answer - 1)}{i % 10}")
        lines.append(f"    wrong: [{'b' * answer}, {'c' * answer}, {'d' * answer}]")
        lines.append(f"    category: {'C' * MAX_CHARS['category']}")
        if warn:
            lines.append("    colour: red")  # an unknown key: one warning per question
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def report(label: str, seconds: float, floor: float) -> bool:
    ok = seconds <= floor
    print(f"{label:<55} {seconds:7.3f} s   floor {floor:.1f} s   {'ok' if ok else 'TOO SLOW'}")
    return ok


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warned = custom_pack(folder, "warned.yaml", 10_000, 40, 10, warn=True)
        seconds, problems = timed(lambda: validate_paths([warned]))
        assert sum(p.severity == "warning" for p in problems) == 10_000, len(problems)
        ok &= report("validate 10,000 questions, a warning each", seconds, 0.5)

        longest = custom_pack(folder, "longest.yaml", 1_000, MAX_CHARS["question"], MAX_CHARS["answer"],
                              warn=False)
        seconds, problems = timed(lambda: validate_paths([longest]))
        assert not [p for p in problems if p.severity == "error"], problems[:3]
        ok &= report("validate 1,000 questions at every length limit", seconds, 1.0)
        pack = load_file(longest)
        seconds, deck = timed(lambda: build_deck([pack], seed=1, count=10))
        assert len(deck) == 10
        ok &= report("build a round from it", seconds, 1.0)
    print("all under their floors" if ok else "SOME FIGURES ARE OVER THEIR FLOORS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
