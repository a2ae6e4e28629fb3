"""The system clipboard, read when the player pastes and written when a result is copied."""

from __future__ import annotations


def clipboard_text() -> str:
    """Text on the system clipboard, or "" where there is none or it cannot be read.

    pygame 2.6 reads the clipboard through ``pygame.scrap``, which needs a window
    and fails on some systems; pasting is a convenience, so any failure is "".
    """
    try:
        import pygame

        if not pygame.scrap.get_init():
            pygame.scrap.init()
        data = pygame.scrap.get(pygame.SCRAP_TEXT)
    except Exception:  # noqa: BLE001 - no clipboard, no display, or an unusable one
        return ""
    if not data:
        return ""
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    return str(data).replace("\x00", "")


def copy_text(text: str) -> bool:
    """Put ``text`` on the system clipboard; False where there is none or it refused."""
    try:
        import pygame

        if not pygame.scrap.get_init():
            pygame.scrap.init()
        if hasattr(pygame.scrap, "put_text"):
            pygame.scrap.put_text(text)
        else:
            pygame.scrap.put(pygame.SCRAP_TEXT, text.encode("utf-8"))
    except Exception:  # noqa: BLE001 - no clipboard, no display, or an unusable one
        return False
    return True
