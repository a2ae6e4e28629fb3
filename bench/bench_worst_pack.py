"""The worst packs validate accepts, of each kind: time to validate each, to build a
round from it and to draw the heaviest screen of that round, beside its floor.

Run: python bench/bench_worst_pack.py. The packs are the largest of each kind
the limits let through: questions files with the most questions and with every
text at its length limit as far as the 5 MB file limit allows, the same for an
Open Trivia DB file, and a film making as many questions as a film may. Each
figure, in processor seconds of this process (so a busy machine does not
inflate it), is printed beside the floor it must stay under (1 s, and 0.5 s
for validating 10,000 questions that each carry a warning), with the
wall-clock time beside it. The screens are drawn
headless (SDL's dummy driver) on a fake clock: a round of ten questions is
played through to its results, and the slowest frame counts.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from quiz.deck import build_deck  # noqa: E402
from quiz.custom_pack import MAX_CHARS  # noqa: E402
from quiz.facts.loader import MAX_ENTITIES, MAX_POOL  # noqa: E402
from quiz.facts.schema import MAX_QUESTIONS  # noqa: E402
from quiz.packs import load_file, validate_paths  # noqa: E402
from quiz.safeyaml import MAX_BYTES  # noqa: E402

FLOOR = 1.0
ROOM = 0.97  # how much of the file limit the largest files fill
# A film is bounded by the questions it makes, its entities and its pools' names;
# a sequence this long is far past any real film's while keeping within the first.
MAX_ITEMS = 100


class Took(float):
    """Processor seconds of this process, with the wall-clock seconds beside them."""

    wall: float = 0.0


def timed(work):
    # Processor time is what the work costs, however many other programs share
    # the machine; the wall clock is printed too, as a player on it would wait.
    started, started_wall = time.process_time(), time.perf_counter()
    result = work()
    took = Took(time.process_time() - started)
    took.wall = time.perf_counter() - started_wall
    return took, result


def report(label: str, seconds: float, floor: float = FLOOR) -> bool:
    ok = seconds <= floor
    wall = getattr(seconds, "wall", seconds)
    print(f"{label:<62} {seconds:7.3f} s   floor {floor:.1f} s   {'ok' if ok else 'TOO SLOW':<8}"
          f"   (wall clock {wall:.3f} s)")
    return ok


# ---------------------------------------------------------------- the packs


def questions_file(folder: Path, name: str, count: int, question: int, answer: int,
                   explanation: int = 0, warn: bool = False) -> Path:
    lines = [f"title: {'T' * MAX_CHARS['title']}", "questions:"]
    for i in range(count):
        asked = f"Q{i} " + "w" * (question - len(f"Q{i} "))
        lines.append(f"  - question: {asked}")
        lines.append(f"    answer: {'a' * (answer - 1)}{i % 10}")
        lines.append(f"    wrong: [{'b' * answer}, {'c' * answer}, {'d' * answer}]")
        lines.append(f"    category: {'C' * MAX_CHARS['category']}")
        if explanation:
            lines.append(f"    explanation: {'e' * explanation}")
        if warn:
            lines.append("    colour: red")  # an unknown key: one warning per question
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def longest_questions_file(folder: Path) -> Path:
    """Every text at its limit, as many questions as the file limit holds."""
    one = questions_file(folder, "one.yaml", 1, MAX_CHARS["question"], MAX_CHARS["answer"],
                         MAX_CHARS["explanation"]).stat().st_size
    count = int(MAX_BYTES * ROOM) // one
    return questions_file(folder, "longest.yaml", count, MAX_CHARS["question"], MAX_CHARS["answer"],
                          MAX_CHARS["explanation"])


def longest_opentdb_file(folder: Path) -> Path:
    def result(i: int) -> dict:
        return {"type": "multiple", "difficulty": "hard", "category": "C" * MAX_CHARS["category"],
                "question": f"Q{i} " + "w" * (MAX_CHARS["question"] - len(f"Q{i} ")),
                "correct_answer": "a" * (MAX_CHARS["answer"] - 1) + str(i % 10),
                "incorrect_answers": [c * MAX_CHARS["wrong"] for c in "bcd"]}

    one = len(json.dumps(result(0))) + 2
    count = int(MAX_BYTES * ROOM) // one
    path = folder / "longest.json"
    path.write_text('{"response_code": 0, "results": [\n'
                    + ",\n".join(json.dumps(result(i)) for i in range(count)) + "\n]}\n", encoding="utf-8")
    return path


def largest_film(folder: Path) -> Path:
    """A film with the most entities and the longest pool a film may have, a long
    sequence, and as many questions as a film may make."""
    sequence_questions = 2 * (MAX_ITEMS - 3)
    facts = (MAX_QUESTIONS - sequence_questions) // 2
    lines = ["film:", "  id: largest", "  title: Largest", "  year: 2000", "entities:"]
    lines += [f"  - {{id: p{i}, kind: person, names: [Person number {i}], roles: [worker]}}"
              for i in range(MAX_ENTITIES)]
    lines += ["pools:", "  worker: [" + ", ".join(f"Extra person {i}" for i in range(MAX_POOL)) + "]",
              "relations:", "  works-as:", "    category: People", "    section: Story",
              "    difficulty: medium", "    questions:",
              "      - answer: who", "        pool: worker", "        phrasings: ['Who works at {job}?']",
              "      - answer: years", "        phrasings: ['For how many years has {who} worked at {job}?']",
              "    explanation: '{who} has worked at {job} for {years}.'", "facts:"]
    for i in range(facts):
        lines += [f"  - id: job-{i}", "    relation: works-as", "    values:", f"      who: p{i}",
                  f"      job: {{text: Trade number {i}, pool: trade}}",
                  f"      years: {{number: {5 + i}, format: '{{}} years'}}"]
    lines += ["sequences:", "  - id: order", "    section: Story", "    category: Story",
              "    difficulty: easy",
              "    items: [" + ", ".join(f"Event number {i}" for i in range(MAX_ITEMS)) + "]",
              "    phrasings: {first: ['Which comes first?'], last: ['Which comes last?']}",
              "    explanation: '{answer} is the {order}.'"]
    path = folder / "largest-film.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- the screens


def slowest_frame(pack) -> tuple[float, str]:
    """The slowest frame of a round from ``pack`` played headless to its results, and its screen."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.ui.app import App

    app = App((960, 540), clock=FakeClock(), chosen_packs=[pack],
              overrides={"seed": 1, "questions": 10, "timer": 30})
    slowest, where = Took(0.0), ""

    def frame(seconds: float = 0.25) -> None:
        nonlocal slowest, where
        app.clock.advance(seconds)
        took, _ = timed(app.step)
        if took > slowest:
            slowest, where = took, type(app.stack.top).__name__

    def press(key: int) -> None:
        for kind in (pygame.KEYDOWN, pygame.KEYUP):
            pygame.event.post(pygame.event.Event(kind, key=key, mod=0, unicode="", scancode=0))
        frame()

    try:
        app.step()  # the title, and the fonts found: not the pack's cost
        press(pygame.K_RETURN)
        for _ in range(120):
            if "Results" in type(app.stack.top).__name__:
                break
            press(pygame.K_1)
            frame(1.0)  # the feedback takes Enter only after its first moments
            press(pygame.K_RETURN)
        for _ in range(3):
            frame()
    finally:
        app.close()
    return slowest, where


# ---------------------------------------------------------------- the run


def measure(label: str, path: Path) -> bool:
    ok = True
    seconds, problems = timed(lambda: validate_paths([path]))
    errors = [p for p in problems if p.severity == "error"]
    assert not errors, errors[:3]
    size = path.stat().st_size / 1e6
    ok &= report(f"validate {label} ({size:.1f} MB)", seconds)
    pack = load_file(path)
    seconds, deck = timed(lambda: build_deck([pack], seed=1, count=10))
    assert len(deck) == 10
    ok &= report(f"  build a round from it ({pack.question_count:,} questions to choose from)", seconds)
    seconds, screen = slowest_frame(pack)
    ok &= report(f"  its heaviest screen, drawn ({screen})", seconds)
    return ok


def main() -> int:
    data = tempfile.TemporaryDirectory(prefix="quiz-bench-")
    os.environ["US_AND_THEM_QUIZ_DATA"] = data.name  # scores of the bench's rounds go nowhere
    ok = True
    with tempfile.TemporaryDirectory() as tmp, data:
        folder = Path(tmp)
        warned = questions_file(folder, "warned.yaml", 10_000, 40, 10, warn=True)
        half = questions_file(folder, "half.yaml", 5_000, 40, 10, warn=True)
        # The median of three runs of each.
        seconds, problems = sorted((timed(lambda: validate_paths([warned])) for _ in range(3)),
                                   key=lambda t: t[0])[1]
        assert sum(p.severity == "warning" for p in problems) == 10_000, len(problems)
        ok &= report("validate 10,000 questions, a warning each", seconds, 0.5)
        halved = sorted(timed(lambda: validate_paths([half]))[0] for _ in range(3))[1]
        # Linear: twice the questions, about twice the time (a quadratic check gives four times).
        growth = seconds / halved
        linear = growth <= 2.5
        ok &= linear
        print(f"{'  against 5,000 of them (' + f'{halved:.3f} s' + '): times':<62} {growth:7.2f}     "
              f"floor 2.5   {'ok' if linear else 'NOT LINEAR'}")

        ok &= measure("the most questions a file holds", questions_file(folder, "most.yaml", 12_000, 40, 10))
        ok &= measure("questions at every length limit", longest_questions_file(folder))
        ok &= measure("an Open Trivia DB file at every length limit", longest_opentdb_file(folder))
        ok &= measure("the largest film", largest_film(folder))
    print("all under their floors" if ok else "SOME FIGURES ARE OVER THEIR FLOORS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
