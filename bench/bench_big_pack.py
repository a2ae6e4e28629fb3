"""How long a 10-question round takes to pick from a 10,000-question pack (floor: 150 ms)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz.deck import build_deck  # noqa: E402
from quiz.kinds.choice import ChoiceQuestion  # noqa: E402
from quiz.model import Question  # noqa: E402

FLOOR_MS = 150.0


class BigPack:
    """10,000 questions over 10 categories, many sharing words, as a large imported pack would."""

    def __init__(self, size: int = 10_000) -> None:
        levels = ("easy", "medium", "hard")
        self._questions = [
            ChoiceQuestion(id=f"big/{i}", fact=f"big/{i}", category=f"Cat {i % 10}",
                     difficulty=levels[i % 3], question=f"Which answer fits clue {i} about topic {i % 97}?",
                     choices=(f"Answer {i}", f"Answer {i + 1}", f"Answer {i + 2}", f"Answer {i + 3}"),
                     answer=0, explanation=f"Answer {i} fits clue {i}.", source="Big")
            for i in range(size)]

    def questions(self, seed: int) -> list[Question]:
        return list(self._questions)


def main() -> None:
    pack = BigPack()
    times = []
    for seed in range(20):
        start = time.perf_counter()
        build_deck([pack], seed=seed, count=10)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"10-question round from 10,000 questions: median {times[len(times) // 2]:.1f} ms, "
          f"worst {times[-1]:.1f} ms (floor {FLOOR_MS:.0f} ms)")


if __name__ == "__main__":
    main()
