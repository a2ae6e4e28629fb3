"""Makes ``scores-v1.sqlite3``: a score file written by the game before high-score
tables had their own columns (schema version 1), for the migration test.

It was made from the repository's root with the store and settings of commit 514ceaa:

    git show 514ceaa:quiz/storage.py > old_storage.py
    git show 514ceaa:quiz/settings.py > old_settings.py
    python tests/data/make_v1_scores.py old_storage.py old_settings.py tests/data/scores-v1.sqlite3

The scores it saves are listed in ``SCORES``; the test reads the same list.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

# (pack set, questions, timer, name, score, correct, total, best streak)
SCORES = [
    *[("us-and-them", 10, 20, f"Player {n}", 1000 + 100 * (n % 6), n % 10, 10, n % 4)
      for n in range(12)],  # more than a top 10, with ties
    ("us-and-them", 5, 10, "林见清", 3100, 4, 5, 3),
    ("us-and-them", 5, 10, "方小晓", 3100, 4, 5, 2),
    ("us-and-them", 1, 12.5, "One", 900, 1, 1, 1),
    ("alpha+zeta", 15, 30, "Ann", 7000, 12, 15, 6),
    ("alpha+zeta", 10, 20, "Bo", 5000, 8, 10, 4),
]
ODD_LABEL = ("us-and-them", "a table no game wrote", "Odd", 42, 1, 3, 1)


def _load(name: str, path: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(storage_py: str, settings_py: str, out: str) -> None:
    settings = _load("quiz.settings", settings_py)
    storage = _load("old_storage", storage_py)
    start = datetime(2026, 11, 1, 20, 0, tzinfo=timezone(timedelta(hours=8)))
    ticks = iter(range(1000))
    folder = Path(tempfile.mkdtemp())
    store = storage.Store(folder, now=lambda: start + timedelta(minutes=next(ticks)))
    for pack_set, questions, timer, name, score, right, total, streak in SCORES:
        mode = settings.mode_key(questions, timer)
        assert store.add_score(pack_set, mode, name, score, right, total, streak) is not None
    assert store.add_score(*ODD_LABEL) is not None
    assert store.save_settings(settings.Settings(volume=0.3, questions=15, last_name="林见清"))
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    Path(out).write_bytes((folder / "quiz.sqlite3").read_bytes())


if __name__ == "__main__":
    main(*sys.argv[1:4])
