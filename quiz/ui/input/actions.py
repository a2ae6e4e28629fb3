"""What a player means, whatever they pressed: the one vocabulary screens handle.

Keyboards, mice, touch screens and gamepads are turned into ``Action`` values
before any screen sees them, so a screen never asks which key was pressed and
a second player (or a phone later) is just another ``player`` number. Action
names are keys, never shown to anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from quiz.bindings import DEFAULT_KEYS

# Moving a focus, or a value on a slider.
UP = "up"
DOWN = "down"
LEFT = "left"
RIGHT = "right"
NEXT = "next"            # Tab: the next control
PREVIOUS = "previous"    # Shift+Tab
PAGE_UP = "page_up"
PAGE_DOWN = "page_down"
FIRST = "first"          # Home
LAST = "last"            # End
SCROLL = "scroll"        # value: wheel steps, positive is down

# Deciding.
CONFIRM = "confirm"
BACK = "back"
PAUSE = "pause"
ANSWER = "answer"        # value: the option's index, from 0
RESET = "reset"          # put a screen's choices back to their defaults
RELOAD = "reload"        # read the screen's files again (R on the Packs screen)
COPY = "copy"            # copy the screen's result to the clipboard (C on the daily's results)

# Typing.
TEXT = "text"            # value: the text typed
ERASE = "erase"          # remove the last character
PASTE = "paste"          # value: the text pasted
COMPOSE = "compose"      # value: text an input method is still building
KEY = "key"              # value: the pygame key name; only in CAPTURE mode, to remap keys

# Pointing (mouse or finger). ``pos`` is in window pixels.
POINT = "point"          # moved
PRESS = "press"          # went down
RELEASE = "release"      # came up: a click or a tap ends here

# The window itself.
FULLSCREEN = "fullscreen"
QUIT = "quit"
LOST_FOCUS = "lost_focus"  # the window lost focus or was minimised: a round pauses

POINTER_ACTIONS = frozenset({POINT, PRESS, RELEASE})
# The value of an arrow's action when Shift is held: a big step on a slider.
BIG = "big"
MOVES = frozenset({UP, DOWN, LEFT, RIGHT, NEXT, PREVIOUS, PAGE_UP, PAGE_DOWN, FIRST, LAST})


@dataclass(frozen=True)
class Action:
    name: str
    player: int = 0                      # 0 is the first player, who also drives the menus
    value: Union[int, str, None] = None
    pos: Optional[tuple[int, int]] = None
    touch: bool = False                  # pointer actions from a finger
    device: str = "keyboard"             # "keyboard", "pointer", "pad:<id>": where it came from
    time: Optional[float] = None         # the monotonic clock when the event arrived

    @property
    def is_pointer(self) -> bool:
        return self.name in POINTER_ACTIONS


# What the top screen is doing decides what some presses mean: a pad's face
# buttons answer during a question but confirm and go back in a menu; letters
# are text while a name is typed. The app reads ``input_mode`` from the top
# screen and passes it to every device's ``translate(event, mode)``, which
# returns a list of actions, or None when the event is not that device's.
MENU = "menu"
ANSWERING = "answering"
TYPING = "typing"
# The next key pressed is wanted as itself (remapping): while the top screen
# is in this mode the keyboard sends only KEY actions, Esc included, so one
# press never means both "this key" and "back".
CAPTURE = "capture"

# Keys that answer options 1-4, per player, as pygame key names
# (``pygame.key.name``). Settings may replace them (``quiz.bindings``, where
# this layout is defined); this is the layout shown to players when nobody
# has changed it. Player 0 also answers with the
# keypad's 1-4. Everything else (arrows, Tab, Enter, Esc, Backspace, Page
# Up/Down, Home/End, Pause, F11) is fixed, so that remapping answer keys
# can never lock anyone out of the menus (``quiz.bindings.FIXED_KEYS``).
DEFAULT_ANSWER_KEYS: dict[int, tuple[str, ...]] = dict(enumerate(DEFAULT_KEYS))
