"""Errors a player can meet, each carrying one plain sentence saying what to do."""


class QuizError(Exception):
    """A failure worth a plain message instead of a traceback."""

    exit_code = 1
