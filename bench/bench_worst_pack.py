"""The worst packs validate accepts: time to validate each, to build a round from it, beside its floor.

Run: python bench/bench_worst_pack.py. Each figure is printed beside the
floor it must stay under (1 s, and 0.5 s for validating 10,000 questions
that each carry a warning), measured in this run on this machine. For the
biggest facts packs it also prints how many times their questions were made
between loading and the round (once is the floor).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import quiz.generator  # noqa: E402
from quiz.custom_pack import MAX_CHARS  # noqa: E402
from quiz.deck import build_deck  # noqa: E402
from quiz.facts.schema import MAX_QUESTIONS  # noqa: E402
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


FILM = "film: {id: big, title: The Big Film}\npools:\n  job: [Fishing, Teaching, Carpentry]\n"


def group_film(folder: Path) -> Path:
    """The biggest group a film may hold: a member per question, as many others."""
    n = MAX_QUESTIONS
    path = folder / "group-film.yaml"
    path.write_text(FILM + "groups:\n  - {id: night, section: Story, category: Story, difficulty: hard,\n"
                    f"     members: [{', '.join(f'Member scene {i}' for i in range(n))}],\n"
                    f"     others: [{', '.join(f'Other scene {i}' for i in range(n))}],\n"
                    "     phrasings: ['Which of these takes place at night?'], explanation: '{answer}.'}\n",
                    encoding="utf-8")
    return path


def relation_film(folder: Path) -> Path:
    """The biggest relation a film may hold: two questions per fact, a person and a trade each."""
    n = MAX_QUESTIONS // 2
    lines = [FILM, "entities:"]
    lines += [f"  - {{id: p{i}, kind: person, names: [Person {i}], roles: [worker]}}" for i in range(n)]
    lines.append("relations:\n  works-as:\n    category: People\n    section: Story\n"
                 "    explanation: '{who} works at {job}.'\n    questions:\n"
                 "      - {answer: who, pool: worker, phrasings: ['Who works at {job}?']}\n"
                 "      - {answer: job, pool: job, phrasings: [\"What is {who}'s trade?\"]}\nfacts:")
    lines += [f"  - {{id: f{i}, relation: works-as, difficulty: easy, "
              f"values: {{who: p{i}, job: {{text: Trade {i}, pool: job}}}}}}" for i in range(n)]
    path = folder / "relation-film.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def facts_round(path: Path):
    """Load a facts pack and build a round from it as the command line does; count the makings."""
    made = [0]
    generate = quiz.generator.generate

    def counted(film, seed):
        made[0] += 1
        return generate(film, seed)

    quiz.generator.generate = counted
    try:
        pack = load_file(path)
        assert pack.ok, pack.problems[:3]
        deck = build_deck([pack], seed=0, count=10)
        assert len(deck) == 10
    finally:
        quiz.generator.generate = generate
    return made[0]


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

        for film in (group_film(folder), relation_film(folder)):
            seconds, made = timed(lambda: facts_round(film))
            ok &= report(f"load {film.stem} ({MAX_QUESTIONS:,} questions), build a round", seconds, 1.0)
            print(f"{'  its questions were made':<55} {made:7d} time(s)  floor 1")
            ok &= made == 1
    print("all under their floors" if ok else "SOME FIGURES ARE OVER THEIR FLOORS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
