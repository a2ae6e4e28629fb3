"""The import map of ``quiz``, read from the source with ``ast``: no cycles, pygame only in the UI.

Every import counts wherever it is written (inside functions too), except
those under ``if TYPE_CHECKING:``, which never run. Relative imports are
resolved against the importing module's package.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "quiz"
UI = "quiz.ui"


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` (a folder under ``root``) by dotted name."""
    names = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Import nodes that run, skipping ``if TYPE_CHECKING:`` bodies."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imported_names(module: str, path: Path, node: ast.AST) -> list[str]:
    """The dotted names an import node brings in, relative ones made absolute.

    ``from a import b`` gives ``a.b``, which the caller cuts back to the
    nearest module: ``a.b`` when it is one, else ``a``.
    """
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        base = package[:len(package) - (node.level - 1)]
        prefix = ".".join(base + ([node.module] if node.module else []))
    else:
        prefix = node.module or ""
    return [f"{prefix}.{alias.name}" if prefix else alias.name for alias in node.names]


def import_graph(root: Path, package: str = PACKAGE):
    """``(edges, pygame_uses)``: module -> modules of the package it imports, and
    ``(module, line)`` for every pygame import."""
    modules = module_names(root, package)
    edges: dict[str, set[str]] = {name: set() for name in modules}
    pygame_uses = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _imports(tree):
            for target in imported_names(name, path, node):
                if target.split(".")[0] == "pygame":
                    pygame_uses.append((name, node.lineno))
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges[name].add(target)
    return edges, sorted(set(pygame_uses))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import one another, each sorted (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot hit the recursion limit.
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for name in sorted(edges):
        if name not in index:
            visit(name)
    return sorted(found)


def _in_ui(module: str) -> bool:
    return module == UI or module.startswith(UI + ".")


def describe(groups: list[list[str]], edges: dict[str, set[str]]) -> str:
    lines = []
    for group in groups:
        inside = set(group)
        lines.append("import cycle: " + ", ".join(
            f"{m} -> {'/'.join(sorted(edges[m] & inside))}" for m in group))
    return "\n".join(lines)


# ---------------------------------------------------------------- the game's own modules


def test_the_core_has_no_import_cycle():
    edges, _ = import_graph(ROOT)
    core = [g for g in cycles(edges) if not all(_in_ui(m) for m in g)]
    assert not core, describe(core, edges)


def test_pygame_is_imported_only_by_the_ui():
    _, uses = import_graph(ROOT)
    outside = [f"{module} line {line}" for module, line in uses if not _in_ui(module)]
    assert not outside, "pygame imported outside quiz.ui: " + ", ".join(outside)


def test_the_ui_has_no_import_cycle():
    edges, _ = import_graph(ROOT)
    ui = [g for g in cycles(edges) if all(_in_ui(m) for m in g)]
    assert not ui, describe(ui, edges)


# ---------------------------------------------------------------- the checker itself


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_a_function_level_relative_import_is_found(tmp_path):
    write(tmp_path, {
        "game/__init__.py": "",
        "game/a.py": "from game import b\n",
        "game/sub/__init__.py": "",
        "game/sub/c.py": "def later():\n    from .. import a\n",
        "game/b.py": "import game.sub.c as c\n",
        "game/d.py": "from game.a import thing\n",
    })
    edges, _ = import_graph(tmp_path, "game")
    assert edges["game.sub.c"] == {"game.a"} and edges["game.d"] == {"game.a"}
    assert cycles(edges) == [["game.a", "game.b", "game.sub.c"]]
    assert "game.a -> game.b" in describe(cycles(edges), edges)


def test_a_tree_without_cycles_has_none_and_type_checking_imports_do_not_count(tmp_path):
    write(tmp_path, {
        "game/__init__.py": "from game.a import x\n",
        "game/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from game import b\nx = 1\n",
        "game/b.py": "from . import a\nimport os, json\n",
    })
    edges, uses = import_graph(tmp_path, "game")
    assert edges == {"game": {"game.a"}, "game.a": set(), "game.b": {"game.a"}}
    assert cycles(edges) == [] and uses == []


def test_pygame_imports_are_found_wherever_they_are(tmp_path):
    write(tmp_path, {
        "game/__init__.py": "",
        "game/a.py": "import os\n\ndef draw():\n    import pygame.freetype\n",
        "game/b.py": "from pygame import Rect\n",
    })
    _, uses = import_graph(tmp_path, "game")
    assert uses == [("game.a", 4), ("game.b", 1)]


def test_a_cycle_added_to_the_real_tree_fails_the_core_check(tmp_path):
    shutil.copytree(ROOT / PACKAGE, tmp_path / PACKAGE,
                    ignore=lambda folder, names: [n for n in names if "." in n and not n.endswith(".py")])
    model = tmp_path / PACKAGE / "model.py"
    model.write_text(model.read_text(encoding="utf-8")
                     + "\n\ndef _late():\n    from quiz import round\n", encoding="utf-8")
    edges, _ = import_graph(tmp_path)
    core = [g for g in cycles(edges) if not all(_in_ui(m) for m in g)]
    assert any({"quiz.model", "quiz.round"} <= set(g) for g in core), describe(core, edges)
