"""What the store tells the player: each notice kind as one sentence, drawn whole."""

import re

import pygame

from quiz.paths import DATA_ENV
from quiz.store import notices
from quiz.store.notices import Notice, describe
from quiz.ui.text import Text

def test_every_kind_reads_as_its_own_plain_sentence():
    said = {}
    for kind in notices.KINDS:
        sentence = describe(Notice(kind, folder="/data", kept_as="quiz.sqlite3.corrupt-1",
                                   reason="permission denied"))
        assert re.fullmatch(r"[A-Z][^\n]*[.]", sentence), sentence
        said[kind] = sentence
    assert len(set(said.values())) == len(notices.KINDS)  # no kind falls through to another's words
    assert "quiz.sqlite3.corrupt-1" in said[notices.DAMAGED_SET_ASIDE]
    assert "/data" in said[notices.UNWRITABLE] and DATA_ENV in said[notices.UNWRITABLE]
    assert "permission denied" in said[notices.STUCK]


def _ink(surface):
    return sum(surface.get_at((x, y))[3] for x in range(surface.get_width())
               for y in range(surface.get_height()))


def test_an_underscore_is_drawn_whole():
    """The folder variable's name in a notice lost its underscores ("US AND THEM QUIZ DATA"):
    a line's surface cut off the bottom row, where SDL draws them."""
    pygame.init()
    text = Text()
    font = text._font(text._chains()[False][0], 20)
    for line in ("US_AND_THEM_QUIZ_DATA", "A_B", "gjpqy"):
        assert _ink(text.render(line, 20, (255, 255, 255))) == \
            _ink(font.render(line, True, (255, 255, 255))), line
