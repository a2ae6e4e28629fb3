"""The party core is plain Python: it loads without pygame and ships in the package."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(f"quiz.party.{p.stem}" for p in (ROOT / "quiz" / "party").glob("*.py")
                 if p.stem != "__init__")


def test_every_party_module_imports_without_pygame():
    code = ("import sys\n"
            "sys.modules['pygame'] = None  # any import of it now fails\n"
            + "".join(f"import {m}\n" for m in MODULES))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "quiz.party.game" in MODULES and "quiz.party.players" in MODULES


def test_the_party_package_is_installed_with_the_game():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "quiz.party" in config["tool"]["setuptools"]["packages"]
