"""Screens by name: the one place that knows which class draws which screen.

The app fills a ``Router`` once (``add("results", make)``); a screen then asks
for another by name (``show("results", results=..., plan=...)``,
``back_to("title")``) and never imports it, so no screen module depends on
another. ``make(**arguments)`` builds the screen; each screen made is tagged
with its name, which ``back_to`` and ``top_name`` read.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from quiz.ui.scene import Scene, SceneStack


class Router:
    def __init__(self, stack: SceneStack) -> None:
        self.stack = stack
        self._makers: dict[str, Callable[..., Scene]] = {}

    def add(self, name: str, make: Callable[..., Scene]) -> None:
        self._makers[name] = make

    @property
    def names(self) -> list[str]:
        return list(self._makers)

    def make(self, name: str, **arguments: Any) -> Scene:
        try:
            make = self._makers[name]
        except KeyError:
            raise KeyError(f"no screen is called {name!r}; known: {', '.join(self._makers)}") from None
        scene = make(**arguments)
        scene.route = name
        return scene

    def show(self, name: str, **arguments: Any) -> Scene:
        """Put the screen called ``name`` on top; Back comes back to this one."""
        scene = self.make(name, **arguments)
        self.stack.push(scene)
        return scene

    def replace(self, name: str, **arguments: Any) -> Scene:
        """Put the screen called ``name`` in place of the top one."""
        scene = self.make(name, **arguments)
        self.stack.replace(scene)
        return scene

    def back(self) -> None:
        """Leave the top screen for the one under it (the last screen stays)."""
        if len(self.stack) > 1:
            self.stack.pop()

    def back_to(self, name: str) -> None:
        """Leave screens until the one called ``name`` is on top (or only one is left)."""
        while len(self.stack) > 1 and self.top_name != name:
            self.stack.pop()

    @property
    def top(self) -> Optional[Scene]:
        return self.stack.top

    @property
    def top_name(self) -> Optional[str]:
        top = self.stack.top
        return top.route if top is not None else None
