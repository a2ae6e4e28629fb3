"""Where the game finds its own files and where it keeps the player's.

Built-in content (``questions/``, ``assets/``) sits beside the package in a
source checkout and inside it in an installed wheel, so both places are tried.
Nothing here depends on the working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "us-and-them-quiz"
DATA_ENV = "US_AND_THEM_QUIZ_DATA"
DB_FILE = "quiz.sqlite3"

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def questions_dir() -> Path:
    """Folder of built-in packs (one sub-folder or file per pack)."""
    return _resource("questions")


def assets_dir() -> Path:
    """Folder of sounds and images that ship with the game."""
    return _resource("assets")


def data_dir() -> Path:
    """The player's own folder: scores, settings and packs.

    ``US_AND_THEM_QUIZ_DATA`` overrides it for tests and portable installs.
    The folder is not created here; callers that write create it.
    """
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # deferred: only the game and a few commands need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path() -> Path:
    return data_dir() / DB_FILE


def packs_dir() -> Path:
    """Where players drop their own packs."""
    return data_dir() / "packs"
