"""Rules the UI code keeps, read from its source: screens see actions and services, not keys
and the app's insides."""

from __future__ import annotations

import ast
from pathlib import Path

import quiz.ui

UI = Path(quiz.ui.__file__).parent
INPUT = UI / "input"
SCREENS = UI / "scenes"


def _sources(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _attribute_chain(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def test_no_key_codes_outside_the_input_devices():
    found = []
    for path, tree in _sources(UI):
        if INPUT in path.parents:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and _attribute_chain(node).startswith("pygame.K_"):
                found.append(f"{path.name}:{node.lineno} {_attribute_chain(node)}")
    assert found == []


def test_screens_never_read_the_app_by_getattr_nor_change_its_overrides():
    found = []
    for path, tree in _sources(UI):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "getattr" and node.args:
                target = _attribute_chain(node.args[0])
                if target in ("app", "self.app") or target.startswith(("app.", "self.app.")):
                    found.append(f"{path.name}:{node.lineno} getattr({target}, ...)")
            if SCREENS in path.parents and isinstance(node, ast.Attribute) and node.attr == "overrides":
                found.append(f"{path.name}:{node.lineno} .overrides")
    assert found == []


def test_screens_take_the_typed_services():
    untyped = []
    for path, tree in _sources(SCREENS):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "__init__":
                for arg in node.args.args:
                    if arg.arg == "app":
                        note = ast.unparse(arg.annotation) if arg.annotation else ""
                        if "Services" not in note:
                            untyped.append(f"{path.name}:{node.lineno} app: {note or '(none)'}")
    assert untyped == []
