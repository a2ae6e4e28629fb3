"""The film strip behind every screen."""

from __future__ import annotations

import math
from typing import Optional

import pygame

from quiz.ui import theme


def film_edge(size: tuple[int, int]) -> int:
    """Height of the backdrop's perforated film edges, so screens keep their words off them."""
    return theme.px(22, theme.layout_scale(size))

WARM_STEPS = 12
WARM_LIGHT = (34, 16, 6)  # added to the greys at full warmth


class Backdrop:
    """The menus' motif: a strip of film in the greys of the present, with a
    warm leak of light, the colour of the past, drifting across it.

    The still parts are painted once per window size. The glow moves a few
    pixels a second, so the picture is put together again only when it has
    moved a step; most frames are a single opaque blit, which keeps a menu
    cheap to draw.
    """

    STEP = 4  # pixels the glow moves before the picture is put together again: a soft
    # light this wide shows no step of four, and a still menu redraws half as often

    def __init__(self) -> None:
        self._size: Optional[tuple[int, int]] = None
        self._base: Optional[pygame.Surface] = None
        self._glow: Optional[pygame.Surface] = None
        self._picture: Optional[pygame.Surface] = None
        self._picture_key: Optional[tuple] = None
        self._warmed: dict[tuple, pygame.Surface] = {}
        self._contrast = theme.HIGH_CONTRAST  # the look the pictures were painted in

    def _build_base(self, size: tuple[int, int]) -> None:
        w, h = size
        scale = theme.layout_scale(size)
        base = pygame.Surface(size)
        # A soft vertical fall from night to ink, in bands (cheap, no per-pixel work).
        bands = 48
        for i in range(bands):
            t = i / (bands - 1)
            # High contrast: plain black behind every word.
            colour = theme.INK if theme.HIGH_CONTRAST else theme.mix((30, 30, 35), theme.INK, t)
            y0 = h * i // bands
            y1 = h * (i + 1) // bands
            base.fill(colour, pygame.Rect(0, y0, w, y1 - y0 + 1))
        # Film edges: perforations along the top and bottom.
        edge = theme.px(22, scale)
        hole_w, hole_h = theme.px(16, scale), theme.px(10, scale)
        pitch = theme.px(34, scale)
        for y in (0, h - edge):
            base.fill(theme.INK, pygame.Rect(0, y, w, edge))
            for x in range(pitch // 2, w, pitch):
                hole = pygame.Rect(x, y + (edge - hole_h) // 2, hole_w, hole_h)
                pygame.draw.rect(base, (36, 36, 41), hole, border_radius=max(1, hole_h // 3))
        shown = pygame.display.get_surface()
        # Converted only when the window's pixels are laid out otherwise (a copy of a whole
        # window's worth of memory is a good part of opening the window).
        same = shown is None or (shown.get_bitsize() == base.get_bitsize()
                                 and shown.get_masks() == base.get_masks())
        self._base = base if same else base.convert()
        self._glow = None
        self._picture = None
        self._picture_key = None
        self._size = size

    def _build_glow(self, size: tuple[int, int]) -> None:
        # A small radial fade, smoothly scaled up: no visible rings, little work.
        w, h = size
        radius = max(2, int(max(w, h) * 0.42))
        n = 32
        small = pygame.Surface((n, n), pygame.SRCALPHA)
        warm = theme.saturate(theme.AMBER, 0.75)
        for y in range(n):
            for x in range(n):
                d = math.hypot(x - n / 2 + 0.5, y - n / 2 + 0.5) / (n / 2)
                a = max(0.0, 1.0 - d) ** 2
                small.set_at((x, y), (*warm, int(60 * a)))
        self._glow = pygame.transform.smoothscale(small, (radius * 2, radius * 2))

    def _glow_at(self, size: tuple[int, int], time: float, still: bool) -> tuple[int, int]:
        w, h = size
        t = 0.0 if still else time
        gw = 2 * max(2, int(max(w, h) * 0.42))  # the glow's width, as _build_glow makes it
        cx = w * (0.78 + 0.05 * math.sin(t * 0.11))
        cy = h * (0.62 + 0.06 * math.cos(t * 0.07))
        return (int(cx - gw / 2) // self.STEP * self.STEP, int(cy - gw / 2) // self.STEP * self.STEP)

    def redraw_key(self, size: tuple[int, int], time: float = 0.0, still: bool = False) -> tuple:
        """Differs whenever ``draw`` with these arguments would paint another picture."""
        return (tuple(size), self._size == tuple(size), self._glow_at(tuple(size), time, still))

    def glow_moved(self, before: tuple, now: tuple) -> Optional[pygame.Rect]:
        """Where the picture can differ between two of ``redraw_key``'s keys that differ in
        the glow's place only (None otherwise): the glow's old and new squares."""
        if before[:2] != now[:2] or not now[1]:
            return None
        return self._glow_rect(now[0], before[2]).union(self._glow_rect(now[0], now[2]))

    @staticmethod
    def _glow_rect(size: tuple[int, int], at: tuple[int, int]) -> pygame.Rect:
        side = 2 * max(2, int(max(size) * 0.42))  # as _build_glow makes it
        return pygame.Rect(at, (side, side))

    def draw(self, surface: pygame.Surface, time: float = 0.0, still: bool = False,
             warmth: float = 1.0) -> None:
        """Paint the backdrop; ``warmth`` 0 leaves out the warm light (plain greys)."""
        size = surface.get_size()
        self._follow_contrast()
        if theme.HIGH_CONTRAST:
            warmth = 0.0  # no warm light behind the words
        if self._size != size or warmth <= 0:
            # The first frame at a new size goes out without the glow; it joins on
            # the next one, so opening the window is not held up by it.
            if self._size != size:
                self._build_base(size)
            surface.blit(self._base, (0, 0))
            return
        if self._glow is None:
            self._build_glow(size)
        key = self._glow_at(size, time, still)
        clip = surface.get_clip()
        if key != self._picture_key and clip.size != size:
            # Drawn in part (the glow's path, by the app): painted straight into that part,
            # which is one window-sized copy less than keeping the whole picture up to date.
            surface.blit(self._base, clip, clip)
            surface.blit(self._glow, key)
            return
        if key != self._picture_key:
            picture = self._picture or self._base.copy()
            if self._picture_key is None:
                picture.blit(self._base, (0, 0))
            else:  # outside the glow's old and new squares the picture is the base already
                moved = self._glow_rect(size, self._picture_key).union(self._glow_rect(size, key))
                picture.blit(self._base, moved, moved)
            picture.blit(self._glow, key)
            self._picture, self._picture_key = picture, key
        surface.blit(self._picture, (0, 0))

    def _follow_contrast(self) -> None:
        """Paint again after the look changed (Settings' high contrast)."""
        if self._contrast != theme.HIGH_CONTRAST:
            self._contrast = theme.HIGH_CONTRAST
            self._size = None
            self._warmed.clear()

    def edge(self, size: tuple[int, int]) -> int:
        return film_edge(size)

    def warmed(self, size: tuple[int, int], warmth: float) -> pygame.Surface:
        """The strip held still, its greys warmed by ``warmth`` (0..1), for the round's
        screens: painted once per size and step of warmth, so a frame costs one blit."""
        self._follow_contrast()
        step = 0 if theme.HIGH_CONTRAST else round(min(1.0, max(0.0, warmth)) * WARM_STEPS)
        key = (tuple(size), step)
        surface = self._warmed.get(key)
        if surface is not None:
            return surface
        surface = pygame.Surface(size)
        self.draw(surface, 0.0, still=True, warmth=0.0)
        if step:
            glow = pygame.Surface(size)
            glow.fill(tuple(int(c * step / WARM_STEPS) for c in WARM_LIGHT))
            surface.blit(glow, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        if len(self._warmed) > 4:
            self._warmed.clear()
        self._warmed[key] = surface
        return surface

