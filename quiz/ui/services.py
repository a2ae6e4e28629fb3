"""What a screen may use of the game: the one type screens take instead of the app.

``App`` provides all of it; a screen reads the settings but changes them only
through ``update_settings`` (or ``choose_round_setting`` for a round's length
and timer, which also sets aside the command line's value for this run), and
moves between screens only through ``router``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Protocol, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from quiz.clock import Clock
    from quiz.packs import Pack
    from quiz.round_plan import RoundPlan
    from quiz.settings import Settings
    from quiz.speech import Speaker
    from quiz.store import Store
    from quiz.tables import TableKey
    from quiz.ui.input.gamepad import Gamepads
    from quiz.ui.kit.backdrop import Backdrop
    from quiz.ui.router import Router
    from quiz.ui.text import Text
    from quiz.ui.toast import Toasts


class SoundPlayer(Protocol):
    def play(self, name: str) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def set_enabled(self, enabled: bool) -> None: ...
    def play_music(self, name: Optional[str]) -> None: ...
    def set_music(self, enabled: bool) -> None: ...
    def warm(self) -> None: ...
    def close(self) -> None: ...


class Services(Protocol):
    store: "Store"
    text: "Text"
    router: "Router"
    clock: "Clock"
    toasts: "Toasts"
    backdrop: "Backdrop"
    gamepads: "Gamepads"  # which pads are in: a party waits for one that left
    speech: "Speaker"  # reads questions aloud where the player asked and the system can
    frames: int  # frames shown so far
    # The high-score table the last timed round went to: High scores opens on it.
    last_table: Optional["TableKey"]

    @property
    def settings(self) -> "Settings": ...
    @property
    def sound(self) -> SoundPlayer: ...
    @property
    def size(self) -> tuple[int, int]: ...
    @property
    def scale(self) -> float: ...
    @property
    def time(self) -> float:
        """Seconds since the game started, for animations."""

    def update_settings(self, **changes: Any) -> None: ...
    def choose_round_setting(self, **changes: Any) -> None: ...
    def notify(self, message: str) -> None: ...
    def quit(self) -> None: ...

    def packs(self) -> "list[Pack]": ...
    def reload_packs(self) -> "list[Pack]": ...
    def selected_packs(self) -> "list[Pack]": ...
    def choose_packs(self, ids: Sequence[str]) -> None: ...

    def round_length(self) -> tuple[int, Optional[float]]: ...
    def questions_that_fit(self) -> Optional[int]: ...
    def next_length(self) -> int: ...
    def plan_round(self, practice: bool) -> "RoundPlan": ...
    def plan_daily(self, day: Any, played: bool) -> "RoundPlan":
        """The daily challenge of ``day`` (a date); practice once ``played``."""
