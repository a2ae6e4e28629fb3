"""What the store tells the player: a notice is a kind and its details; the
sentence shown is made here, in one place, so the code that talks to SQLite
never holds player-facing text (and a translation needs only this file)."""

from __future__ import annotations

from dataclasses import dataclass


from quiz.i18n import _
from quiz.paths import DATA_ENV

# The kinds of notice, one per thing the player can do something about.
DAMAGED_SET_ASIDE = "damaged-set-aside"  # a damaged file was kept under another name
LOCKED = "locked"  # another program holds the file
DISK_FULL = "disk-full"
UNWRITABLE = "unwritable"  # the folder or the file cannot be written
STUCK = "stuck"  # a damaged file could not even be moved aside
READ_ONLY = "read-only"  # the scores are shown but nothing new can be saved
FAILED = "failed"  # any other database error
KINDS = (DAMAGED_SET_ASIDE, LOCKED, DISK_FULL, UNWRITABLE, STUCK, READ_ONLY, FAILED)


@dataclass(frozen=True)
class Notice:
    kind: str
    folder: str = ""  # the data folder
    kept_as: str = ""  # for DAMAGED_SET_ASIDE: the name the damaged file now has
    reason: str = ""  # the system's few words on what went wrong, lower case


def describe(notice: Notice) -> str:
    """The notice as one plain sentence (or two) for the player, in the game's language."""
    kind, reason = notice.kind, notice.reason
    if kind == DAMAGED_SET_ASIDE:
        return _("The score file was damaged, so it was kept as {kept_as} and a fresh one "
                 "was started.").format(kept_as=notice.kept_as)
    if kind == LOCKED:
        return _("Scores cannot be saved right now: another program is using the score file. "
                 "The game plays on.")
    if kind == DISK_FULL:
        return _("Scores cannot be saved: the disk is full. Free some space; the game plays on.")
    if kind == UNWRITABLE:
        return _("Scores cannot be saved: the folder {folder} cannot be written to "
                 "({reason}). Check it, or set {variable} to another folder; the game plays on.").format(
                     folder=notice.folder, reason=reason, variable=DATA_ENV)
    if kind == READ_ONLY:
        return _("Scores cannot be saved: the folder {folder} is read-only ({reason}), "
                 "so only the scores already saved are shown. Set {variable} to another "
                 "folder to save new ones; the game plays on.").format(
                     folder=notice.folder, reason=reason, variable=DATA_ENV)
    if kind == STUCK:
        return _("The score file is damaged and could not be moved aside ({reason}), "
                 "so scores cannot be saved. The game plays on.").format(reason=reason)
    return _("Scores cannot be saved: the score file gave an error ({reason}). The game plays on.").format(reason=reason)
