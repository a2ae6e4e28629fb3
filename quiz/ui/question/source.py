"""Where a question's fact comes from, in the words a player reads under the answer."""

from __future__ import annotations

from typing import Any, Iterable

# The built-in film's article sections, as a player would say them. A section missing
# here is still named, as the article names it.
SECTION_WORDS = {
    "Lead": "From the film's overview",
    "Infobox": "From the film's key facts",
    "Cast": "From the film's cast list",
    "Plot": "From the film's story",
    "Production": "From the making of the film",
    "Music": "From the film's music",
    "Release": "From the film's release",
    "Box office": "From the film's box office",
    "Critical response": "From the film's reception",
    "Reception": "From the film's reception",
    "Accolades": "From the film's awards and nominations",
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
            return f"From {pack.title}" if pack.title else f"From {source}"
    if source in SECTION_WORDS:
        return SECTION_WORDS[source]
    if source.lower().endswith((".yaml", ".yml", ".json")):
        return f"From {source}"
    return f"From the article's “{source}” section"
