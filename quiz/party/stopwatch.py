"""A stopwatch that can stop and go again, and say how long it had run at an earlier moment.

Answers are timed when their event arrived, which may be a little before the
frame that handles them, so the party asks "how much time had run at ``at``"
rather than "how much now".
"""

from __future__ import annotations

from typing import Optional


class Stopwatch:
    def __init__(self, now: float, running: bool = True) -> None:
        self._runs: list[list[Optional[float]]] = [[now, None]] if running else []

    @property
    def running(self) -> bool:
        return bool(self._runs) and self._runs[-1][1] is None

    def stop(self, now: float) -> None:
        if self.running:
            self._runs[-1][1] = max(now, self._runs[-1][0])

    def go(self, now: float) -> None:
        if not self.running:
            self._runs.append([now, None])

    def elapsed(self, at: float) -> float:
        """Seconds it had run by the moment ``at``."""
        total = 0.0
        for start, end in self._runs:
            stop = at if end is None else min(end, at)
            if stop > start:
                total += stop - start
        return total
