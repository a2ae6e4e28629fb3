"""Us and Them: the quiz — a trivia game about the 2018 film 后来的我们."""

__version__ = "1.0.0"
