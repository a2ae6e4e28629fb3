"""Loading YAML written by anyone, safely, with the line of every entry.

Pack files come from strangers, so this module never constructs Python
objects from tags, keeps every scalar as the text the author typed, and
refuses files that are too big, binary, not UTF-8, too deeply nested or whose
aliases would blow up in memory. Every refusal is a ``PackError`` naming the
file and, where it can, the line.

Scalars: the text as written, so ``Yes`` stays "Yes" and ``055`` stays "055".
An empty value and a plain ``~`` both give "" (callers treat "" as missing);
quoted ``"~"`` stays "~".

The tree is built from parser events by a loop rather than recursion, so no
input can exhaust Python's stack, and an alias shares the anchored object
instead of copying it.
"""

from __future__ import annotations

import gc
import os
import stat
from pathlib import Path
from typing import Optional, Union

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from quiz.problems import PackError, Problem

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50
# Entries after expanding every alias. Far above any real pack (a thousand
# questions is about ten thousand entries) and far below what hurts.
MAX_NODES = 200_000
# Characters of text after expanding every alias: a few aliases to one huge
# scalar stay under MAX_NODES yet would make gigabytes of text to check.
MAX_TEXT = 2 * MAX_BYTES

_STD = "tag:yaml.org,2002:"
# Standard scalar tags are harmless: the value stays the text typed after them.
_ALLOWED_TAGS = {
    ScalarEvent: {None, "!"} | {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")},
    SequenceStartEvent: {None, "!", _STD + "seq"},
    MappingStartEvent: {None, "!", _STD + "map"},
}

PathLike = Union[str, Path]


def _refuse(name: str, line: Optional[int], message: str) -> PackError:
    return PackError([Problem(name, line, message)])


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def read_text(path: PathLike) -> str:
    """The file's text, or ``PackError`` if it is too big, binary or not UTF-8."""
    name = str(path)
    path = Path(path)
    try:
        if path.is_dir():
            raise _refuse(name, None, "is a folder, not a file")
        # Opened without blocking and checked before any read: a named pipe
        # or a device would otherwise wait forever for data.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise _refuse(name, None, "is not a regular file (a named pipe, device or socket); "
                                          "a pack must be a plain file")
            if info.st_size > MAX_BYTES:
                raise _refuse(name, None, _too_big(info.st_size))
            # Read one byte past the limit: a file that grows is still caught before parsing.
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise _refuse(name, None, f"cannot be read: {error.strerror or error}") from None
    return decode(raw, name)


def _too_big(size: int) -> str:
    return (f"is {size / (1024 * 1024):.1f} MB; a pack file may be at most 5 MB, "
            "so split it into several packs")


def decode(raw: bytes, name: str) -> str:
    if len(raw) > MAX_BYTES:
        raise _refuse(name, None, _too_big(len(raw)))
    # Text saved as UTF-16 or UTF-32 (Windows editors call it "Unicode") is full of
    # zero bytes; its byte-order mark tells it apart from a binary file.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        wide = "UTF-32" if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else "UTF-16"
        raise _refuse(name, 1, f"is saved as {wide} text; save it with the UTF-8 encoding")
    if b"\x00" in raw:
        raise _refuse(name, _line_of(raw, raw.index(b"\x00")),
                      "looks like a binary file, not text; a pack must be a text file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _refuse(name, _line_of(raw, error.start),
                      "is not UTF-8 text; save it with the UTF-8 encoding") from None
    return text.removeprefix("\ufeff")


def load_yaml(path: PathLike):
    """Read one YAML file: ``(data, lines)`` where ``lines`` is a ``LineLookup``."""
    return loads_yaml(read_text(path), str(path))


def loads_yaml(text: Union[str, bytes], name: str = "<text>"):
    """Like ``load_yaml`` for text already in memory (bytes are checked as a file's are)."""
    if isinstance(text, bytes):
        text = decode(text, name)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _refuse(name, None, _too_big(len(text.encode("utf-8", "surrogatepass"))))
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        raise _refuse(name, 1, "is empty; a pack needs at least a title: and a questions: list")
    try:
        data, spot = _Builder(name).build(_parser(text))
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(name, text, error) from None
    except yaml.YAMLError as error:
        # ReaderError (a control character) carries a position but no mark.
        position = getattr(error, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        raise _refuse(name, line, f"is not valid YAML: {_plain_reader_error(error)}") from None
    if data == "":
        raise _refuse(name, 1, "is empty; a pack needs at least a title: and a questions: list")
    if not isinstance(data, dict):
        what = "a list" if isinstance(data, list) else "plain text"
        raise _refuse(name, (spot if isinstance(spot, int) else spot.line) if spot else 1,
                      f"holds {what} at the top level; a pack must be a mapping of keys "
                      "such as title: and questions:")
    return data, Lines(spot)


def _plain_reader_error(error: yaml.YAMLError) -> str:
    character = getattr(error, "character", None)
    if isinstance(character, str):
        return f"it contains the control character U+{ord(character):04X}, which YAML does not allow"
    return str(error).splitlines()[0] if str(error) else "unreadable"


def _syntax_problem(name: str, text: str, error: yaml.MarkedYAMLError) -> PackError:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = (error.problem or "").strip()
    all_lines = text.split("\n")
    bad_line = all_lines[mark.line] if mark is not None and 0 <= mark.line < len(all_lines) else ""
    indent = bad_line[: len(bad_line) - len(bad_line.lstrip())]
    if "\t" in indent or "'\\t'" in problem:
        message = "has a tab character where YAML expects spaces; indent with spaces only"
    elif "maximum nesting depth" in problem:
        # libyaml's own depth limit fires before ours on flow collections.
        message = f"is nested more than {MAX_DEPTH} levels deep; a pack needs only a few levels"
    else:
        context = (error.context or "").strip()
        detail = f"{problem} ({context})" if context and problem else (problem or context)
        message = f"is not valid YAML here: {detail}"
    return _refuse(name, line, message)


def _parser(text: str):
    try:
        from yaml._yaml import CParser  # libyaml: much faster on big files
    except ImportError:
        return _PyParser(text)
    return CParser(text)


class _PyParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


class _Spot:
    """Where a list or mapping starts, and the spots of its children (shared through aliases).

    A scalar's spot is just its line, an int: a pack is mostly scalars, and an
    object for each was a good part of the time spent reading a big file."""

    __slots__ = ("line", "children", "aliased")

    def __init__(self, line: int, children, aliased: bool = False) -> None:
        self.line = line
        self.children = children  # dict, list or None
        # Reached through an alias: the children's lines are the anchor's, elsewhere in the file.
        self.aliased = aliased


class Lines:
    """A ``LineLookup``: the line of the node at a key path, or of its nearest ancestor."""

    def __init__(self, root: Optional[_Spot]) -> None:
        self._root = root

    def __call__(self, path: tuple) -> Optional[int]:
        return self._walk(path)[1]

    def below(self, path: tuple):
        """The ``LineLookup`` of the node at ``path``: ``below(path)(rest) == self(path + rest)``,
        with the walk down to ``path`` taken once (a pack asks many lines of one question)."""
        spot, line = self._walk(path)
        if spot is None:
            return lambda _rest: line  # the walk stopped above: every line below is this one
        return Lines(spot)

    def _walk(self, path: tuple):
        """The line at ``path``, and the spot reached when the walk went all the way down
        to a list or mapping that is not an alias (else None)."""
        spot = self._root
        if spot is None or isinstance(spot, int):
            return None, spot
        line = spot.line
        for key in path:
            children = spot.children
            if isinstance(children, dict) and isinstance(key, str) and key in children:
                spot = children[key]
            elif (isinstance(children, list) and isinstance(key, int)
                  and not isinstance(key, bool) and 0 <= key < len(children)):
                spot = children[key]
            else:
                return None, line
            if isinstance(spot, int):
                return None, spot  # a scalar: nothing lies below it
            line = spot.line
            if spot.aliased:
                return None, line  # the author looks where the alias is used, not at the anchor
        return spot, line


_NO_KEY = object()


class _Frame:
    __slots__ = ("value", "is_list", "children", "line", "anchor", "depth", "key", "key_line",
                 "total_before", "text_before")

    def __init__(self, value, children, line, anchor, is_list) -> None:
        self.value = value
        self.is_list = is_list
        self.children = children
        self.line = line
        self.anchor = anchor
        self.total_before = 0  # entries and characters read before it: see _end
        self.text_before = 0
        self.depth = 1
        self.key = _NO_KEY
        self.key_line = line


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.anchors: dict = {}  # name -> (value, children, size, depth)
        self.stack: list[_Frame] = []
        self.total = 0
        self.text = 0
        self.documents = 0
        self.result = None

    def build(self, parser):
        # The tree holds no cycles (an alias shares an anchor already complete), so the
        # cycle collector has nothing to find in it; left on, it walks the growing tree
        # again and again, a tenth of the time spent reading a big file.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._run(parser.get_event)
        finally:
            if collecting:
                gc.enable()
            dispose = getattr(parser, "dispose", None)
            if dispose:
                dispose()
        if self.result is None:
            raise _refuse(self.name, 1, "is empty; a pack needs at least a title: and a questions: list")
        value, spot = self.result
        return value, spot

    def _run(self, get_event) -> None:
        # Scalars and the collections that start and end, which are nearly every
        # event, are handled inline, with the counters and the open collection in
        # local names: a call per event was most of the time spent reading a big
        # file. ``_event`` takes the rest (aliases, documents) and every refusal
        # but the commonest, so its messages are the only ones.
        stack = self.stack
        anchors = self.anchors
        scalar_tags = _ALLOWED_TAGS[ScalarEvent]
        list_tags = _ALLOWED_TAGS[SequenceStartEvent]
        map_tags = _ALLOWED_TAGS[MappingStartEvent]
        frame = values = children = None
        is_list = False
        total = self.total
        text = self.text
        while True:
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                tag = event.tag
                if tag is not None and tag not in scalar_tags:
                    self._event(event)  # refuses the tag at its line
                value = event.value
                if value == "~" and not event.style:
                    value = ""
                chars = len(value)
                total += 1
                text += chars
                line = event.start_mark.line + 1
                if total > MAX_NODES:
                    self.total = total
                    self._count(0, line)
                anchor = event.anchor
                if anchor is not None:
                    anchors[anchor] = (value, None, 1, 0, chars)
                if frame is None:
                    self.result = (value, line)
                elif is_list:
                    values.append(value)
                    children.append(line)
                elif frame.key is _NO_KEY:
                    if value in values:
                        raise self._fail(line, f"has the key '{value}' twice in the same place; keep one")
                    frame.key = value
                    frame.key_line = line
                else:
                    values[frame.key] = value
                    children[frame.key] = frame.key_line
                    frame.key = _NO_KEY
                continue
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                is_list = kind is SequenceStartEvent
                tag = event.tag
                if ((tag is not None and tag not in (list_tags if is_list else map_tags))
                        or len(stack) >= MAX_DEPTH):
                    self.total, self.text = total, text
                    self._event(event)  # refuses the tag, or the depth, at its line
                line = event.start_mark.line + 1
                total += 1
                if total > MAX_NODES:
                    self.total = total
                    self._count(0, line)
                values, children = ([], []) if is_list else ({}, {})
                frame = _Frame(values, children, line, event.anchor, is_list)
                frame.total_before = total - 1
                frame.text_before = text
                stack.append(frame)
                continue
            if kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                value, below, line, depth = done.value, done.children, done.line, done.depth
                if done.anchor is not None:
                    # Entries and characters counted since the frame began are its own.
                    anchors[done.anchor] = (value, below, total - done.total_before, depth,
                                            text - done.text_before)
                if not stack:
                    self.result = (value, _Spot(line, below))
                    frame = None
                    continue
                frame = stack[-1]
                values, children, is_list = frame.value, frame.children, frame.is_list
                if depth >= frame.depth:
                    frame.depth = depth + 1
                if is_list:
                    values.append(value)
                    children.append(_Spot(line, below))
                elif frame.key is _NO_KEY:
                    raise self._fail(line, "has a list or mapping used as a key; keys must be plain words")
                else:
                    values[frame.key] = value
                    # The entry's line is its key's line: that is where an author looks.
                    children[frame.key] = _Spot(frame.key_line, below)
                    frame.key = _NO_KEY
                continue
            if event is None or kind is StreamEndEvent:
                self.total, self.text = total, text
                return
            self.total, self.text = total, text
            self._event(event)
            total, text = self.total, self.text
            frame = stack[-1] if stack else None
            if frame is not None:
                values, children, is_list = frame.value, frame.children, frame.is_list

    def _fail(self, line: int, message: str) -> PackError:
        return _refuse(self.name, line, message)

    def _event(self, event) -> None:
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self._fail(line, "holds more than one YAML document (a second '---'); "
                                       "put one pack in each file")
            return
        kind = type(event)
        if kind in _ALLOWED_TAGS:
            tag = event.tag
            if tag not in _ALLOWED_TAGS[kind]:
                shown = "!!" + tag[len(_STD):] if tag.startswith(_STD) else tag
                raise self._fail(line, f"uses the tag '{shown}', which is not allowed; "
                                       "packs hold plain text, lists and mappings only")
        if kind is ScalarEvent:
            value = event.value
            self._count(1, line, chars=len(value))
            if not event.style and value == "~":
                value = ""
            self._add(value, None, 1, 0, line, event.anchor, len(value))
        elif kind is SequenceStartEvent or kind is MappingStartEvent:
            if len(self.stack) >= MAX_DEPTH:
                raise self._too_deep(line)
            self._count(1, line)
            if kind is SequenceStartEvent:
                frame = _Frame([], [], line, event.anchor, True)
            else:
                frame = _Frame({}, {}, line, event.anchor, False)
            frame.total_before = self.total - 1
            frame.text_before = self.text
            self.stack.append(frame)
        elif kind is SequenceEndEvent or kind is MappingEndEvent:
            self._end()
        elif kind is AliasEvent:
            if event.anchor not in self.anchors:
                raise self._fail(line, f"uses the alias '*{event.anchor}' before its anchor "
                                       f"'&{event.anchor}' is complete")
            value, children, size, depth, chars = self.anchors[event.anchor]
            if len(self.stack) + depth > MAX_DEPTH:
                raise self._too_deep(line)
            self._count(size, line, alias=True, chars=chars)
            self._add(value, children, size, depth, line, None, chars, aliased=True)

    def _end(self) -> None:
        frame = self.stack.pop()
        # Entries and characters counted since the frame began are its own, aliases expanded.
        self._add(frame.value, frame.children, self.total - frame.total_before, frame.depth, frame.line,
                  frame.anchor, self.text - frame.text_before)

    def _too_deep(self, line: int) -> PackError:
        return self._fail(line, f"is nested more than {MAX_DEPTH} levels deep; "
                                "a pack needs only a few levels")

    def _count(self, size: int, line: int, alias: bool = False, chars: int = 0) -> None:
        self.total += size
        self.text += chars
        if alias and self.text > MAX_TEXT:
            raise self._fail(line, "has aliases (*name) that repeat its text to more than "
                                   f"{MAX_TEXT:,} characters; write the text out once instead")
        if self.total > MAX_NODES:
            if alias:
                raise self._fail(line, "has aliases (*name) that expand to more than "
                                       f"{MAX_NODES:,} entries; a file like this "
                                       "(a 'billion laughs' file) is refused")
            raise self._fail(line, f"has more than {MAX_NODES:,} entries; split it into several packs")

    def _add(self, value, children, size, depth, line, anchor, chars=0, aliased=False) -> None:
        if anchor is not None:
            self.anchors[anchor] = (value, children, size, depth, chars)
        if not self.stack:
            self.result = (value, _Spot(line, children) if children is not None else line)
            return
        frame = self.stack[-1]
        if depth >= frame.depth:
            frame.depth = depth + 1
        if frame.is_list:
            frame.value.append(value)
            frame.children.append(_Spot(line, children, aliased) if children is not None else line)
        elif frame.key is _NO_KEY:
            if not isinstance(value, str):
                raise self._fail(line, "has a list or mapping used as a key; keys must be plain words")
            if value in frame.value:
                raise self._fail(line, f"has the key '{value}' twice in the same place; keep one")
            frame.key = value
            frame.key_line = line
        else:
            frame.value[frame.key] = value
            # The entry's line is its key's line: that is where an author looks.
            frame.children[frame.key] = (_Spot(frame.key_line, children, aliased) if children is not None
                                         else frame.key_line)
            frame.key = _NO_KEY
