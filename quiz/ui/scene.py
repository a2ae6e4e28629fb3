"""Scenes and the stack that holds them.

A scene handles actions, updates from elapsed time and draws; nothing more.
The app turns every event into ``Action`` values (``quiz.ui.input``) by the
top scene's ``input_mode`` and hands them to ``handle_action``, which returns
the action when the scene did not use it. ``draw`` must never change state:
the same state drawn twice gives the same picture.

That rule lets the application skip frames: it draws only after an event, a
change of screen, or when a scene's ``redraw_key`` differs from the one it
had when last drawn. A scene whose picture moves by itself returns what the
moving part depends on (a step of the backdrop's glow); by default it is new
every frame, so a scene that says nothing is drawn every frame as before.

When only a scene's key changed, ``changed_area`` may name the part of the
window where the two pictures can differ (the countdown's band, the glow's
path); the app then draws every shown scene clipped to it and shows only that
part. Drawing clipped paints the same pixels there as drawing in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from quiz.ui.input import actions
from quiz.ui.input.actions import Action

if TYPE_CHECKING:  # pragma: no cover
    from quiz.ui.services import Services
    import pygame


class Scene:
    # An overlay lets the scene below it show through (pause, dialogs).
    transparent = False
    route: Optional[str] = None  # the name the router made it under
    # What keys mean while this scene is on top (actions.MENU, ANSWERING or TYPING).
    input_mode = actions.MENU

    def __init__(self, app: "Services") -> None:
        self.app = app

    def on_enter(self) -> None:
        """The scene became the top of the stack (pushed, or revealed by a pop)."""

    def on_exit(self) -> None:
        """The scene stopped being the top (popped, replaced or covered)."""

    def on_quit(self) -> None:
        """The game is about to end (Quit, or the window closed): keep anything unsaved."""

    def handle_action(self, action: Action) -> Optional[Action]:
        """Act on what a player meant; return the action when it was not used."""
        return action

    def update(self, dt: float) -> None:
        """Advance animations and timers; dt is seconds since the last frame."""

    def draw(self, surface: "pygame.Surface") -> None:
        """Paint the scene; must not change any state."""

    def kept_clear(self) -> list:
        """Rects the player needs to read besides the menus' controls (headings, lists):
        notices are placed off them where there is room."""
        return []

    def redraw_key(self) -> Any:
        """What the picture depends on besides events and settings; equal keys, same picture."""
        return object()  # never equal to the last one: drawn every frame

    def changed_area(self, before: Any, now: Any, size: tuple[int, int]) -> Optional["pygame.Rect"]:
        """Where the picture drawn for key ``now`` can differ from the one drawn for key
        ``before`` (the last drawn), or None: anywhere."""
        return None

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

    @property
    def input_mode(self) -> str:
        top = self.top
        return top.input_mode if top else actions.MENU

    def handle_action(self, action: Action) -> Optional[Action]:
        top = self.top
        return top.handle_action(action) if top else action

    def update(self, dt: float) -> None:
        top = self.top
        if top:
            top.update(dt)

    def shown(self) -> list[Scene]:
        """The scenes on screen: the highest opaque one and the overlays above it."""
        start = len(self._scenes) - 1
        while start > 0 and self._scenes[start].transparent:
            start -= 1
        return self._scenes[max(start, 0):]

    def draw(self, surface) -> None:
        for scene in self.shown():
            scene.draw(surface)

    def redraw_key(self) -> tuple:
        return tuple((scene, scene.redraw_key()) for scene in self.shown())

    @staticmethod
    def changed_area(before: tuple, now: tuple, size: tuple[int, int]) -> Optional[list]:
        """The rects where the picture of key ``now`` can differ from that of key ``before``
        (both from ``redraw_key``), or None when it can differ anywhere."""
        if len(before) != len(now):
            return None
        rects = []
        for (scene, old), (same, new) in zip(before, now):
            if scene is not same:
                return None
            if old is new or old == new:
                continue
            area = scene.changed_area(old, new, size)
            if area is None:
                return None
            rects.append(area)
        return rects

    def resize(self, size: tuple[int, int]) -> None:
        for scene in self._scenes:
            scene.on_resize(size)
