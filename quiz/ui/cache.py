"""Bounded least-recently-used caches for the text renderer's fonts, sizes and surfaces.

Bounded by count and, for surfaces, by bytes, so a storm of window resizes
(each a new set of pixel sizes) cannot grow memory without limit.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable, Hashable, Optional


class LRU:
    """A mapping that forgets its least recently used entries past ``limit``
    entries or, with ``weigh``, past ``max_weight`` in total."""

    def __init__(self, limit: int, weigh: Optional[Callable[[Any], int]] = None, max_weight: int = 0):
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self.limit = limit
        self._weigh = weigh
        self.max_weight = max_weight
        self.weight = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Any:
        try:
            value = self._items[key]
        except KeyError:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key: Hashable, value: Any) -> None:
        old = self._items.pop(key, None)
        if old is not None and self._weigh:
            self.weight -= self._weigh(old)
        self._items[key] = value
        if self._weigh:
            self.weight += self._weigh(value)
        while len(self._items) > self.limit or (self._weigh and self.weight > self.max_weight
                                                and len(self._items) > 1):
            _, dropped = self._items.popitem(last=False)
            if self._weigh:
                self.weight -= self._weigh(dropped)

    def clear(self) -> None:
        self._items.clear()
        self.weight = 0


def surface_bytes(surface: Any) -> int:
    """What a 32-bit surface holds in memory."""
    w, h = surface.get_size()
    return w * h * 4
