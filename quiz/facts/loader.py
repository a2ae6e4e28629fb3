"""Loading a film's facts from disk: fast for the built-in film, careful for anything else.

``load_film`` reads a folder of YAML files (or one file) with libyaml's C
parser and hands the documents to ``quiz.facts.schema``; a file the fast path
cannot read is read again through ``quiz.safeyaml`` for a plain message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

from quiz.facts.records import Film
from quiz.facts.schema import film_from_documents
from quiz.problems import PackError, Problem

PathLike = Union[str, Path]


def load_film(path: PathLike) -> Film:
    """A film from a folder of YAML files (read in name order) or from one YAML file.

    The built-in film is read with libyaml's C parser, which also gives every
    entry's line; a file it cannot read is read again through
    ``quiz.safeyaml`` for a plain message about what is wrong.
    """
    path = Path(path)
    files = _yaml_files(path)
    if not files:
        raise PackError([Problem(str(path), None, "holds no YAML files with a film's facts")])
    try:
        docs = [(str(file), *_fast_load(file)) for file in files]
    except Exception:  # noqa: BLE001 - any failure is explained by the careful loader below
        docs = None
    if docs is None:
        docs = careful_documents(files)
    else:
        check_sizes(docs)
    return film_from_documents(docs)


def careful_documents(files: list[Path]) -> list:
    """Each file read through ``quiz.safeyaml``, as ``film_from_documents`` takes them.

    Raises ``PackError`` with the problems of every file, not only the first.
    """
    from quiz.safeyaml import load_yaml

    docs, problems = [], []
    for file in files:
        try:
            data, lines = load_yaml(file)
        except PackError as error:
            problems.extend(error.problems)
            continue
        docs.append((str(file), data, lines))
    if problems:
        raise PackError(problems)
    check_sizes(docs)
    return docs


# Far past any real film's (the built-in one has 36 entities and pools of at
# most 9 names), and small enough that making a film's questions, which weighs
# wrong answers drawn from entities and pools, stays well under a second. A
# relation needs an entity for each fact, so the entity bound is the question
# bound. Sequences and groups are bounded by the questions they make
# (``quiz.facts.schema``). A bigger part is refused at its line before any
# question is made.
MAX_ENTITIES = 1000
MAX_POOL = 200


def check_sizes(docs: list) -> None:
    """Raise ``PackError`` at the line of an entities: list or a pool past its bound."""
    problems = []
    entities = 0
    for file, data, lines in docs:
        if not isinstance(data, dict):
            continue
        if isinstance(data.get("entities"), list):
            entities += len(data["entities"])
            if entities > MAX_ENTITIES:
                problems.append(Problem(file, lines(("entities",)),
                                        f"the film has {entities:,} entities (counting every file); "
                                        f"a film may have at most {MAX_ENTITIES:,}, so split it"))
        pools = data.get("pools")
        for name, names in (pools.items() if isinstance(pools, dict) else ()):
            if isinstance(names, list) and len(names) > MAX_POOL:
                problems.append(Problem(file, lines(("pools", name)),
                                        f"the pool '{name}' has {len(names):,} names; "
                                        f"a pool may have at most {MAX_POOL:,}, so split it"))
    if problems:
        raise PackError(problems)


def _fast_load(file: Path):
    """``(data, lines)`` for one file through libyaml, every scalar kept as text."""
    import yaml

    # The C base loader composes nodes in C; PyYAML without libyaml falls back to Python.
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    from quiz.safeyaml import read_text

    parser = loader(read_text(file))
    # Every scalar is kept as text and tags are never read, so the base resolver's
    # per-node work (a Python call for each of thousands of nodes) is skipped.
    parser.resolve = _untagged
    try:
        root = parser.get_single_node()
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose:
            dispose()
    if root is None:
        raise ValueError("empty file")
    return _plain(root), _NodeLines(root)


def _untagged(kind, value, implicit) -> str:
    return _TAGS[kind.id]


_TAGS = {"scalar": "tag:yaml.org,2002:str", "sequence": "tag:yaml.org,2002:seq",
         "mapping": "tag:yaml.org,2002:map"}


def _plain(node):
    """A composed YAML node as plain lists, dicts and strings."""
    value = node.value
    if isinstance(value, str):
        return "" if value == "~" and not node.style else value
    if node.id == "sequence":
        return [_plain(item) for item in value]
    out = {}
    for key, item in value:
        key = _plain(key)
        if not isinstance(key, str) or key in out:
            raise ValueError("a key that is not plain text, or a repeated key")
        out[key] = _plain(item)
    return out


class _NodeLines:
    """A ``LineLookup`` over composed nodes: the line of the entry at a key path."""

    def __init__(self, root) -> None:
        self.root = root

    def __call__(self, path: tuple):
        node, line = self.root, self.root.start_mark.line + 1
        for key in path:
            value = node.value
            if node.id == "mapping" and isinstance(key, str):
                found = next(((k, v) for k, v in value if k.value == key), None)
                if found is None:
                    break
                line, node = found[0].start_mark.line + 1, found[1]
            elif node.id == "sequence" and isinstance(key, int) and 0 <= key < len(value):
                node = value[key]
                line = node.start_mark.line + 1
            else:
                break
        return line


def _yaml_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted((p for p in path.iterdir()
                       if p.suffix.lower() in (".yaml", ".yml") and not p.name.startswith(".")
                       and p.is_file()),
                      key=lambda p: p.name)
    return [path]  # read_text refuses anything but a regular file, with a message
