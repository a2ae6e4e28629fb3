"""Problems found in a pack or facts file, each tied to a file and, where known, a line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from quiz.errors import QuizError

# Given a key path into a loaded document, e.g. ("questions", 3, "answer"),
# return the 1-based line of that node (or of its nearest ancestor), or None.
LineLookup = Callable[[tuple], Optional[int]]


def no_lines(_path: tuple) -> Optional[int]:
    return None


@dataclass(frozen=True)
class Problem:
    path: str
    line: Optional[int]
    message: str
    severity: str = "error"  # "error" stops the pack loading; "warning" does not

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class PackError(QuizError):
    """A pack or facts file that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
