"""The join address as a QR code, for the lobby to draw: rows of booleans, True is a dark module."""

from __future__ import annotations

from dataclasses import dataclass

import segno


@dataclass(frozen=True)
class QrCode:
    text: str
    version: int
    rows: tuple[tuple[bool, ...], ...]   # without the quiet zone: leave 4 modules of light around it

    @property
    def size(self) -> int:
        return len(self.rows)


def qr_code(text: str) -> QrCode:
    # At least error correction M, to survive a screen's glare and a shaky
    # hand; segno raises it further when that fits in the same size.
    code = segno.make_qr(text, error="m")
    rows = tuple(tuple(bool(cell) for cell in row) for row in code.matrix)
    return QrCode(text=text, version=int(code.version), rows=rows)
