"""Where a question's fact comes from, in the words a player reads under the answer."""

from __future__ import annotations

from typing import Any, Iterable

from quiz.i18n import N_, _

# The built-in film's article sections, as a player would say them. A section missing
# here is still named, as the article names it.
SECTION_WORDS = {
    "Lead": N_("From the film's overview"),
    "Infobox": N_("From the film's key facts"),
    "Cast": N_("From the film's cast list"),
    "Plot": N_("From the film's story"),
    "Production": N_("From the making of the film"),
    "Music": N_("From the film's music"),
    "Release": N_("From the film's release"),
    "Box office": N_("From the film's box office"),
    "Critical response": N_("From the film's reception"),
    "Reception": N_("From the film's reception"),
    "Accolades": N_("From the film's awards and nominations"),
}


def source_words(source: str, packs: Iterable[Any] = ()) -> str:
    """``source`` is an article section, or the file of a custom pack (then the pack's title
    is what the player knows it by). Empty when the question says nothing."""
    source = (source or "").strip()
    if not source:
        return ""
    for pack in packs:
        path = getattr(pack, "path", None)
        if pack.kind != "facts" and path is not None and path.name == source:
            return _("From {where}").format(where=pack.shown_title() or source)
    if source in SECTION_WORDS:
        return _(SECTION_WORDS[source])
    if source.lower().endswith((".yaml", ".yml", ".json")):
        return _("From {where}").format(where=source)
    return _("From the article's “{section}” section").format(section=source)
