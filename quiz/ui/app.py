"""The game window: opening it, the main loop, and what every screen shares.

``run(args)`` is what ``us-and-them-quiz play`` calls. ``App`` owns the window,
the scene stack, the saved data, the settings, text, sound and packs; each
screen reaches them through ``self.app``. One frame is ``App.step()``, so
tests can drive the game frame by frame with a ``FakeClock`` and posted
events, without sleeping.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

import pygame

from quiz import i18n, round_plan
from quiz.clock import Clock, MonotonicClock
from quiz.errors import QuizError
from quiz.i18n import N_, _
from quiz.speech import Speaker, find_engine
from quiz.ui import theme
from quiz.ui.input import actions
from quiz.ui.input.actions import Action
from quiz.store import describe
from quiz.tables import TableKey
from quiz.ui.input.gamepad import Gamepads
from quiz.ui.input.keyboard import Keyboard
from quiz.ui.input.mapper import Mapper
from quiz.ui.input.pointer import Pointer
from quiz.ui.input.window import Window
from quiz.ui.router import Router
from quiz.ui.scene import SceneStack
from quiz.ui.screens import add_screens
from quiz.ui.services import SoundPlayer
from quiz.ui.toast import Toasts

if TYPE_CHECKING:  # pragma: no cover
    from quiz.packs import Pack
    from quiz.store import Store

TITLE = N_("Us and Them — the quiz")
DEFAULT_SIZE = theme.BASE_SIZE
FPS = 60
HIDDEN_FPS = 10  # while minimised: enough to notice being restored, little CPU
# After a frame with nothing to draw the loop sleeps until an event or this many
# milliseconds: input is still answered at once, a still screen costs almost nothing,
# and a slow drift (the backdrop's glow, a step every few hundred ms) is not late.
IDLE_WAIT_MS = 100
# A frame that took longer than this (a stall, a dragged window) counts as this long,
# so animations do not jump; the round's timer reads the clock and is not affected.
MAX_DT = 0.1
NOTICE_POLL = 0.5  # seconds between looks at the store's notices
FRAMEBUFFER_HINT = "SDL_FRAMEBUFFER_ACCELERATION"
HIDDEN_DRIVERS = ("offscreen", "dummy")  # draw into memory only, nothing on screen
WARM_SOUND_AT = 3  # frames shown before the sound device is opened
BUILTIN_FILM = "us-and-them"
# One player today: only the first player's answer keys are live, so the other
# players' keys (P among them) keep their menu meaning.

NO_DISPLAY = N_("There is no display to open the game window on. Run the game from a desktop "
              "session (on Linux, with DISPLAY or WAYLAND_DISPLAY set), or use the "
              "command-line tools such as 'us-and-them-quiz questions'.")


class Silent:
    """Stands in for sound when the sound module cannot be used at all."""

    def play(self, name: str) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def set_enabled(self, enabled: bool) -> None:
        pass

    def play_music(self, name: Optional[str]) -> None:
        pass

    def set_music(self, enabled: bool) -> None:
        pass

    def warm(self) -> None:
        pass

    def close(self) -> None:
        pass


MAX_SIZE = (7680, 4320)


def parse_size(text: Optional[str]) -> tuple[int, int]:
    if not text:
        return DEFAULT_SIZE
    try:
        w, h = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise QuizError(_("The window size '{text}' is not like 1280x720.").format(text=text)) from None
    # 8K is more than any display shows; a bigger window only costs memory and time.
    if not (320 <= w <= MAX_SIZE[0] and 240 <= h <= MAX_SIZE[1]):
        raise QuizError(_("The window size '{text}' is out of range: use at least 320x240 "
                          "and at most {most}.").format(text=text, most=f"{MAX_SIZE[0]}x{MAX_SIZE[1]}"))
    return w, h


_window_handle: list = []


def window_display() -> int:
    """The index of the display the window is on now; 0 before there is a window or
    when SDL cannot say."""
    try:
        from pygame._sdl2.sdl2 import error as sdl2_error
        from pygame._sdl2.video import Window
    except ImportError:
        return 0
    try:
        handle = Window.from_display_module()
        index = int(handle.display_index)
    except (AttributeError, TypeError, ValueError, pygame.error, sdl2_error):
        return 0  # no window yet, or an SDL that cannot say
    # pygame files the handle in the window's own data, without a reference, and looks it
    # up for every window event: freed while the window lives, the next event crashes.
    _window_handle[:] = [handle]
    return index


class App:
    def __init__(self, size: Optional[tuple[int, int]] = None, *, fullscreen: Optional[bool] = None,
                 clock: Optional[Clock] = None, store: Optional["Store"] = None,
                 overrides: Optional[dict] = None, chosen_packs: Optional[Sequence["Pack"]] = None,
                 extra_pack_paths: Sequence[Path] = (),
                 debug: bool = False, speech: Optional[Speaker] = None) -> None:
        self.clock = clock if clock is not None else MonotonicClock()
        self.debug = debug
        self.overrides = {"seed": None, "questions": None, "timer": None, "formats": None}
        self.overrides.update(overrides or {})
        self.toasts = Toasts()
        # The system's speech engine, looked for once; tests hand in a fake one.
        self.speech = speech if speech is not None else Speaker(find_engine())
        self._start = self._last = self._last_poll = self.clock.now()
        if store is None:
            from quiz.store import Store

            store = Store()
        self.store = store
        self.settings = store.load_settings()
        # --lang holds for this run; otherwise the saved choice, or the system's locale.
        i18n.set_language(self.overrides.get("lang") or self.settings.language)
        self._sound: Optional[SoundPlayer] = None
        self._packs: Optional[list] = None
        self._extra_paths = list(extra_pack_paths)
        self._chosen = list(chosen_packs) if chosen_packs else None
        self._windowed = tuple(size) if size else DEFAULT_SIZE
        if fullscreen is not None and fullscreen != self.settings.fullscreen:
            # --fullscreen holds for this run only; the saved setting is unchanged.
            self.settings = dataclasses.replace(self.settings, fullscreen=bool(fullscreen))
        self.fullscreen = self.settings.fullscreen
        self.running = True
        self.last_table: Optional[TableKey] = None  # where High scores opens
        self.visible = True  # false while minimised: the loop then slows right down
        self.frames = 0
        self.redraws = 0  # frames actually drawn; a still screen adds none
        self.drew = False  # whether the last step drew
        self._drawn_key: Any = None
        self._pending: list = []  # an event the idle wait took off the queue
        self._poll_notices()

        try:
            self._open_display()
        except QuizError:
            store.close()
            raise
        from quiz.ui.text import Text

        self.text = Text(zoom=self.settings.text_size / 100)
        theme.set_high_contrast(self.settings.high_contrast)
        from quiz.ui.kit.backdrop import Backdrop

        self.backdrop = Backdrop()  # shared, so its painting is reused across screens
        # Every device that turns events into actions, in the order they are asked.
        self.keyboard = Keyboard(self._playing_keys(), self.settings.bindings.key_commands())
        self.gamepads = Gamepads(clock=self.clock)
        self.input = Mapper([Window(), self.keyboard, self.gamepads, Pointer(lambda: self.size)],
                            self.clock)
        self.stack = SceneStack()
        self.router = Router(self.stack)
        add_screens(self.router, self)
        self.router.show("title")

    # ------------------------------------------------------------ window

    def _open_display(self) -> None:
        try:
            # Only what the menus need; the mixer starts later, with the first sound.
            pygame.display.init()
            pygame.font.init()
        except pygame.error as error:
            raise QuizError(_(NO_DISPLAY) + f" ({error})") from None
        driver = pygame.display.get_driver()
        if driver in HIDDEN_DRIVERS and os.environ.get("SDL_VIDEODRIVER", "").lower() != driver:
            # With no display SDL falls back to drawing into memory: the game would
            # run with no window to see. Only tests and benchmarks ask for that.
            pygame.display.quit()
            raise QuizError(_(NO_DISPLAY))
        pygame.display.set_caption(_(TITLE))
        self._set_icon()
        # On X11, SDL otherwise shows each frame through OpenGL, which where GL is
        # done in software (virtual machines, remote desktops, Xvfb) costs several
        # milliseconds of CPU a frame; X11's own shared-memory path costs almost
        # nothing. A value the player set is left alone.
        direct = (pygame.display.get_driver() == "x11"
                  and FRAMEBUFFER_HINT not in os.environ)
        if direct:
            os.environ[FRAMEBUFFER_HINT] = "0"
        try:
            self._set_mode(self.fullscreen)
        except pygame.error as error:
            if not direct:
                raise QuizError(_(NO_DISPLAY) + f" ({error})") from None
            del os.environ[FRAMEBUFFER_HINT]
            try:
                self._set_mode(self.fullscreen)
            except pygame.error as error:
                raise QuizError(_(NO_DISPLAY) + f" ({error})") from None
        pygame.key.set_repeat(380, 45)

    def _set_icon(self) -> None:
        from quiz.ui.icon import make_icon

        try:
            pygame.display.set_icon(make_icon())
        except (pygame.error, ValueError, TypeError, OSError):
            pass  # a window without its icon is still a game

    def _set_mode(self, fullscreen: bool) -> None:
        if fullscreen:
            try:
                self.surface = self._cover_display()
            except pygame.error:
                fullscreen = False
        if not fullscreen:
            self.surface = pygame.display.set_mode(self._windowed, pygame.RESIZABLE)
            if self.surface.get_size() != self._windowed:
                # Leaving fullscreen, SDL may keep the old size for one call.
                self.surface = pygame.display.set_mode(self._windowed, pygame.RESIZABLE)
        self.fullscreen = fullscreen

    @staticmethod
    def _cover_display() -> pygame.Surface:
        """Fullscreen at the desktop's own size of the display the window is on: SDL then
        keeps the desktop mode (borderless fullscreen at that display's corner) instead of
        changing the mode, which without a window manager left the window where it was,
        half off the screen."""
        sizes = pygame.display.get_desktop_sizes()
        index = window_display()
        if not 0 <= index < len(sizes):
            index = 0
        size = sizes[index] if sizes else (0, 0)
        return pygame.display.set_mode(size, pygame.FULLSCREEN, display=index)

    @property
    def size(self) -> tuple[int, int]:
        return self.surface.get_size()

    @property
    def scale(self) -> float:
        return theme.layout_scale(self.size)

    @property
    def time(self) -> float:
        """Seconds since the game started, for animations."""
        return self.clock.now() - self._start

    def resize(self, size: tuple[int, int]) -> None:
        """Make the window this size (leaving fullscreen) and lay every screen out again."""
        self._windowed = (max(1, int(size[0])), max(1, int(size[1])))
        self._set_mode(False)
        self._relayout()

    def _relayout(self) -> None:
        self.surface = pygame.display.get_surface() or self.surface
        if hasattr(self, "stack"):
            self.stack.resize(self.size)
        self.invalidate()  # laid out again: drawn again, even at the same size

    def set_fullscreen(self, on: bool) -> None:
        if on == self.fullscreen:
            return
        if not self.fullscreen:
            self._windowed = self.size
        self._set_mode(on)
        self._relayout()

    def toggle_fullscreen(self) -> None:
        self.update_settings(fullscreen=not self.fullscreen)

    # ------------------------------------------------------------ shared services

    @property
    def sound(self) -> SoundPlayer:
        # Opened on first use: starting the mixer is slow and the first frame does not need it.
        if self._sound is None:
            try:
                from quiz.ui.sound import Sound

                self._sound = Sound(enabled=self.settings.sound, volume=self.settings.volume,
                                    music=self.settings.music)
            except Exception:  # no sound module or no device: a silent game, never a crash
                self._sound = Silent()
        return self._sound

    def _playing_keys(self) -> dict[int, tuple[str, ...]]:
        """The answer keys in play, as the settings have them: one player's in a solo round,
        every zone's while a party screen is on top."""
        bindings = self.settings.bindings
        stack = getattr(self, "stack", None)
        if stack is not None and getattr(stack.top, "every_player_keys", False):
            return {player: bindings.answer_keys(player) for player in range(len(bindings.keys))}
        return {0: bindings.answer_keys(0)}

    def update_settings(self, **changes: Any) -> None:
        old = self.settings
        self.settings = dataclasses.replace(old, **changes)
        if self.settings.language != old.language:
            i18n.set_language(self.settings.language)  # shown from the next frame
            pygame.display.set_caption(_(TITLE))
        if self.settings.bindings != old.bindings:
            self.keyboard.answer_keys = self._playing_keys()
            self.keyboard.command_keys = self.settings.bindings.key_commands()
        if self.settings.fullscreen != self.fullscreen:
            self.set_fullscreen(self.settings.fullscreen)
            if self.fullscreen != self.settings.fullscreen:
                self.settings = dataclasses.replace(self.settings, fullscreen=self.fullscreen)
                self.notify(_("This screen would not switch to fullscreen; the game stays in a window."))
        if self.settings == old:
            return
        if not self.settings.read_aloud:
            self.speech.stop()
        if self.settings.high_contrast != old.high_contrast:
            theme.set_high_contrast(self.settings.high_contrast)
            self._relayout()  # cached pictures are painted again in the new colours
        if self.settings.text_size != old.text_size:
            # Every screen is laid out again at once: no restart for a new text size.
            self.text.zoom = self.settings.text_size / 100
            self._relayout()
        self.store.save_settings(self.settings)
        if self._sound is not None:
            if self.settings.sound != old.sound:
                self._sound.set_enabled(self.settings.sound)
            if self.settings.volume != old.volume:
                self._sound.set_volume(self.settings.volume)
            if self.settings.music != old.music:
                self._sound.set_music(self.settings.music)
        self._poll_notices()

    def notify(self, message: str) -> None:
        self.toasts.add(str(message), self.clock.now())

    def _poll_notices(self) -> None:
        for notice in self.store.take_notices():
            self.notify(describe(notice))

    def quit(self) -> None:
        # Screens holding something unsaved (a top-10 score) keep it before the game ends.
        for scene in self.stack:
            try:
                scene.on_quit()
            except Exception:  # quitting must always work
                pass
        self.speech.stop()
        self.running = False

    # ------------------------------------------------------------ packs

    def packs(self) -> list:
        """Every pack found (built-in, the packs folder, the command line), found once."""
        if self._packs is None:
            from quiz.packs import discover_packs

            self._packs = discover_packs(self._extra_paths)
        return self._packs

    def reload_packs(self) -> list:
        self._packs = None
        packs = self.packs()
        if self._chosen:
            by_id = {p.id: p for p in packs}
            self._chosen = [by_id[p.id] for p in self._chosen if p.id in by_id and by_id[p.id].ok] or None
        return packs

    def selected_packs(self) -> list:
        """The packs a round is drawn from: the command line's, else the chosen ones
        that load, else the built-in film."""
        if self._chosen:
            return list(self._chosen)
        packs = self.packs()
        by_id = {p.id: p for p in packs}
        chosen = [by_id[i] for i in self.settings.packs if i in by_id and by_id[i].ok]
        if chosen:
            return chosen
        for pack in packs:
            if pack.id == BUILTIN_FILM and pack.ok:
                return [pack]
        fallback = [p for p in packs if p.ok and p.builtin] or [p for p in packs if p.ok]
        return fallback[:1]

    # ------------------------------------------------------------ the next round

    def round_length(self) -> tuple[int, Optional[float]]:
        """Questions per round and seconds per question (None: no timer) for the next round:
        the command line's values where given, else the settings."""
        return round_plan.length_and_timer(self.settings, self.overrides)

    def questions_that_fit(self) -> Optional[int]:
        """How many questions the chosen packs and filters can give (None: unreadable packs)."""
        return round_plan.questions_that_fit(self.selected_packs(), self.settings)

    def next_length(self) -> int:
        """Questions the next round will really ask."""
        return round_plan.next_length(self.settings, self.overrides, self.selected_packs())

    def plan_round(self, practice: bool) -> round_plan.RoundPlan:
        return round_plan.plan_round(self.settings, self.overrides, self.selected_packs(), practice)

    def plan_daily(self, day: Any, played: bool) -> round_plan.RoundPlan:
        return round_plan.plan_daily(self.settings, self.overrides, self.selected_packs(), day,
                                     played)

    def choose_round_setting(self, **changes: Any) -> None:
        """The player chose a round's length or timer: that beats the command line's value
        for this run, and is saved."""
        for key in changes:
            self.overrides[key] = None
        self.update_settings(**changes)

    def choose_packs(self, ids: Sequence[str]) -> None:
        """The player picked packs on the Packs screen; this replaces the command line's choice."""
        self._chosen = None
        self.update_settings(packs=tuple(ids))

    # ------------------------------------------------------------ the loop

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self._window_resized(event)
        elif event.type in (pygame.WINDOWMINIMIZED, pygame.WINDOWHIDDEN):
            self.visible = False
        elif event.type in (pygame.WINDOWRESTORED, pygame.WINDOWSHOWN, pygame.WINDOWMAXIMIZED,
                            pygame.WINDOWEXPOSED):
            self.visible = True
        keys = self._playing_keys()
        if keys != self.keyboard.answer_keys:
            self.keyboard.answer_keys = keys
        for action in self.input.translate(event, self.stack.input_mode):
            self.handle_action(action)
            if not self.running:
                break

    def handle_action(self, action: Action) -> None:
        """The window's own actions first (quit, fullscreen), then the top screen's."""
        if action.name == actions.QUIT:
            self.quit()
        elif action.name == actions.FULLSCREEN:
            self.toggle_fullscreen()
        else:
            self.stack.handle_action(action)

    def _window_resized(self, event: pygame.event.Event) -> None:
        # The display surface already has the new size (pygame 2 resizes it). The
        # event's own size is not used: after a switch to or from fullscreen a stale
        # event can still arrive carrying the size before the switch.
        self._relayout()
        if not self.fullscreen:
            self._windowed = self.size

    def update(self, dt: float) -> None:
        self.stack.update(dt)
        now = self.clock.now()
        self.toasts.update(now)
        if now - self._last_poll >= NOTICE_POLL:
            self._last_poll = now
            self._poll_notices()

    def draw(self) -> None:
        self.stack.draw(self.surface)
        self.toasts.draw(self.surface, self, self.clock.now())

    def redraw_key(self) -> tuple:
        """Everything besides events the picture depends on; the same key, the same picture."""
        toasts = tuple((t.message, t.born) for t in self.toasts.items)
        return (self.size, self.settings, i18n.language(), toasts, self.stack.redraw_key())

    def invalidate(self) -> None:
        """Have the next step draw, though nothing it knows of changed (a swapped text engine)."""
        self._drawn_key = None

    def step(self) -> bool:
        """One frame: events, update, draw (when anything changed), show. Returns whether
        the game goes on."""
        events, self._pending = self._pending + self.gamepads.events(), []
        for event in events:
            self.handle_event(event)
            if not self.running:
                break
        now = self.clock.now()
        dt = min(max(0.0, now - self._last), MAX_DT)
        self._last = now
        self.update(dt)
        if not self.stack.top:
            self.running = False
        self.drew = False
        if self.running or self.frames == 0:
            key = self.redraw_key()
            # Toasts fade by the frame, so one on screen keeps the frames coming.
            if (events or self.toasts.items or self._drawn_key is None or key != self._drawn_key
                    or self.frames == 0):
                self.draw()
                pygame.display.flip()
                self._drawn_key = key
                self.redraws += 1
                self.drew = True
        self.frames += 1
        if self.frames == WARM_SOUND_AT and self.running:
            # The window is up; open the sound device now rather than on the first click.
            self.sound.warm()
        return self.running

    def screenshot(self, path: Any) -> None:
        path = Path(path)
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            pygame.image.save(self.surface, str(path))
        except (OSError, pygame.error) as error:
            raise QuizError(_("Could not save the screenshot to {path}: {error}").format(path=path, error=error)) from None

    def wait_for_event(self, timeout_ms: int) -> None:
        """Sleep until an event arrives or the time is up; the event is handled next step."""
        event = pygame.event.wait(timeout_ms)
        if event.type != pygame.NOEVENT:
            self._pending.append(event)

    def run(self, frames: Optional[int] = None, screenshot: Any = None) -> None:
        """Run until the player quits (or for ``frames`` frames), 60 frames a second
        while anything moves; a still screen waits for input."""
        ticker = pygame.time.Clock()
        try:
            while self.step():
                if frames is not None and self.frames >= frames:
                    break
                if not self.visible:
                    ticker.tick(HIDDEN_FPS)
                elif self.drew or frames is not None:
                    # A counted run (--frames) keeps whole frames, so it lasts as long as before.
                    ticker.tick(FPS)
                else:
                    self.wait_for_event(IDLE_WAIT_MS)
                    ticker.tick()  # restart the frame timer from now
            if screenshot:
                self.screenshot(screenshot)
        finally:
            self.close()

    def close(self) -> None:
        self.speech.stop()  # no voice goes on after the window has gone
        if self._sound is not None:
            self._sound.close()
        self.store.close()
        pygame.quit()


def open_app(args: Any) -> App:
    """Check the command line's packs and size, then open the window."""
    size = parse_size(getattr(args, "size", None))
    specs = list(getattr(args, "pack", None) or [])
    chosen = None
    extra: list[Path] = []
    packs: list = []
    if specs:
        from quiz.packs import discover_packs, find_pack

        # Paths are found with the other packs, so a reload keeps them; a bad pack
        # is reported here, before any window opens.
        extra = [Path(s).expanduser() for s in specs if Path(s).expanduser().exists()]
        packs = discover_packs(extra)
        chosen = []
        for spec in specs:
            pack = find_pack(spec, packs)
            if pack not in chosen:
                chosen.append(pack)
    overrides = {"seed": getattr(args, "seed", None),
                 "questions": getattr(args, "questions", None),
                 "timer": getattr(args, "timer", None),
                 "formats": getattr(args, "formats", None),
                 **({"lang": args.lang} if getattr(args, "lang", None) else {})}
    app = App(size, fullscreen=True if getattr(args, "fullscreen", False) else None,
              overrides=overrides, chosen_packs=chosen, extra_pack_paths=extra,
              debug=bool(getattr(args, "debug", False)))
    if chosen is not None:
        app._packs = packs
    return app


def run(args: Any) -> int:
    """``us-and-them-quiz play``: open the window and play until the player quits."""
    app = open_app(args)
    _stop_on_signals()
    app.run(frames=getattr(args, "frames", None), screenshot=getattr(args, "screenshot", None))
    return 0


def _stop_on_signals() -> None:
    """SIGTERM and SIGINT end the game at once, whatever it is doing.

    SDL turns both into a quit event, which a busy or frozen frame never
    reads; raising from a Python handler unwinds through ``App.run``'s
    cleanup instead.
    """
    import signal

    def stop(signum, _frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)

    for name in ("SIGTERM", "SIGINT"):
        number = getattr(signal, name, None)
        if number is not None:
            try:
                signal.signal(number, stop)
            except (ValueError, OSError):  # not the main thread: leave SDL's handling
                pass
