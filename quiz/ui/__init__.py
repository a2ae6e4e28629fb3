"""The pygame skin of the game.

pygame's ``pkgdata`` tries ``pkg_resources`` first, and where setuptools is
installed that import alone is a large share of the game's start-up. Its own
fallback reads the same files straight from disk, so pygame is imported here,
once, with ``pkg_resources`` out of reach for that import only; anything else
that wants ``pkg_resources`` later imports it as usual.
"""

import sys as _sys

if "pygame" not in _sys.modules:
    _MISSING = object()
    _held = _sys.modules.get("pkg_resources", _MISSING)
    if _held is _MISSING:
        _sys.modules["pkg_resources"] = None  # makes "import pkg_resources" raise ImportError
    try:
        import pygame  # noqa: F401
    finally:
        if _held is _MISSING and _sys.modules.get("pkg_resources", _MISSING) is None:
            del _sys.modules["pkg_resources"]
