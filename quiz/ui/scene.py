"""Scenes and the stack that holds them.

A scene handles events, updates from elapsed time and draws; nothing more.
``process_event`` returns the event when the scene did not use it, so the
application can still act on it (F11, quitting). ``draw`` must never change
state: the same state drawn twice gives the same picture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:  # pragma: no cover
    import pygame


class Scene:
    # An overlay lets the scene below it show through (pause, dialogs).
    transparent = False

    def __init__(self, app: Any) -> None:
        self.app = app

    def on_enter(self) -> None:
        """The scene became the top of the stack (pushed, or revealed by a pop)."""

    def on_exit(self) -> None:
        """The scene stopped being the top (popped, replaced or covered)."""

    def on_quit(self) -> None:
        """The game is about to end (Quit, or the window closed): keep anything unsaved."""

    def process_event(self, event: "pygame.event.Event") -> Optional["pygame.event.Event"]:
        return event

    def update(self, dt: float) -> None:
        """Advance animations and timers; dt is seconds since the last frame."""

    def draw(self, surface: "pygame.Surface") -> None:
        """Paint the scene; must not change any state."""

    def on_resize(self, size: tuple[int, int]) -> None:
        """The window changed size; recompute layout."""


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []

    def __len__(self) -> int:
        return len(self._scenes)

    def __iter__(self):
        return iter(list(self._scenes))

    @property
    def top(self) -> Optional[Scene]:
        return self._scenes[-1] if self._scenes else None

    def push(self, scene: Scene) -> None:
        if self._scenes:
            self._scenes[-1].on_exit()
        self._scenes.append(scene)
        scene.on_enter()

    def pop(self) -> Optional[Scene]:
        if not self._scenes:
            return None
        scene = self._scenes.pop()
        scene.on_exit()
        if self._scenes:
            self._scenes[-1].on_enter()
        return scene

    def replace(self, scene: Scene) -> None:
        if self._scenes:
            self._scenes.pop().on_exit()
        self._scenes.append(scene)
        scene.on_enter()

    def pop_to(self, scene_type: type) -> None:
        """Pop until a scene of this type is on top (e.g. back to the title)."""
        while len(self._scenes) > 1 and not isinstance(self._scenes[-1], scene_type):
            self.pop()

    def process_event(self, event):
        top = self.top
        return top.process_event(event) if top else event

    def update(self, dt: float) -> None:
        top = self.top
        if top:
            top.update(dt)

    def draw(self, surface) -> None:
        # Draw from the highest opaque scene upwards so overlays show what is beneath.
        start = len(self._scenes) - 1
        while start > 0 and self._scenes[start].transparent:
            start -= 1
        for scene in self._scenes[max(start, 0):]:
            scene.draw(surface)

    def resize(self, size: tuple[int, int]) -> None:
        for scene in self._scenes:
            scene.on_resize(size)
