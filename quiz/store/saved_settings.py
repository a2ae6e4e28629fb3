"""The player's settings, kept as one JSON row replaced whole on each save."""

from __future__ import annotations

import json
import sqlite3

from quiz.settings import Settings


def load(conn: sqlite3.Connection) -> Settings:
    """The saved settings, or the defaults for anything missing or unreadable."""
    row = conn.execute("SELECT data FROM settings WHERE id = 1").fetchone()
    if row is None:
        return Settings()
    try:
        return Settings.from_dict(json.loads(row[0]))
    except (TypeError, ValueError, RecursionError):
        return Settings()


def save(conn: sqlite3.Connection, settings: Settings, stamp: str) -> bool:
    """One statement, so a failure leaves the old settings whole."""
    data = json.dumps(settings.to_dict(), ensure_ascii=False)
    conn.execute("INSERT OR REPLACE INTO settings (id, data, saved_at) VALUES (1, ?, ?)",
                 (data, stamp))
    return True
