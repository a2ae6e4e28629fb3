"""Finding question packs and turning them into questions.

A pack is one of three things: a custom questions file (our YAML format), a
film's facts (the schema of the built-in film, made into questions by the
generator) or an Open Trivia DB JSON file. Loading never raises for bad
content: a broken pack comes back carrying its problems, so one bad file in
the packs folder cannot stop the game.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional, Sequence, Union

from quiz import i18n
from quiz.i18n import _
from quiz.custom_pack import Entry, check_questions, in_line_order
from quiz.errors import QuizError
from quiz.kinds.choice import ChoiceQuestion
from quiz.model import Question
from quiz.problems import LineLookup, PackError, Problem

PACK_SUFFIXES = (".yaml", ".yml", ".json")
YAML_SUFFIXES = (".yaml", ".yml")
EXAMPLES_FOLDER = "examples"  # examples and templates ship with the game but are not packs

# Top-level keys of the facts schema (docs/facts.md); any of them marks a facts document.
FACTS_KEYS = ("film", "entities", "pools", "facts", "relations", "sequences", "groups")

PathLike = Union[str, Path]

# Seeds whose questions a pack keeps: counting, the round-settings screen and a
# round or two. An evening of play uses many seeds; older ones are made again.
KEPT_SEEDS = 4


@dataclass
class Pack:
    id: str
    title: str
    description: str = ""
    author: str = ""
    path: Optional[Path] = None
    builtin: bool = False
    kind: str = "questions"  # "questions" | "facts" | "opentdb"
    language: str = "en"  # a questions pack's own language (its language: line)
    problems: list[Problem] = field(default_factory=list)
    # What was loaded, kept so a pack is read from disk only once.
    _entries: list[Entry] = field(default_factory=list, repr=False, compare=False)
    _film: object = field(default=None, repr=False, compare=False)
    _count: int = field(default=0, repr=False, compare=False)
    # seed -> the questions made for it, so counting, listing categories and
    # building the deck make them once, not once each.
    _made: dict = field(default_factory=dict, repr=False, compare=False)

    def shown_title(self) -> str:
        """The title in the game's language, where the pack gives one in it (the
        built-in film: 后来的我们); else as written."""
        return _in_language(self.title) or self.id

    def shown_description(self) -> str:
        return _in_language(self.description)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def question_count(self) -> int:
        """How many questions a round from this pack can ask: one per fact, so a
        fact asked both ways counts once. Every screen and listing shows this figure."""
        return self._count if self.ok else 0

    def spellings(self) -> list[tuple[str, ...]]:
        """Every spelling of each person, place or thing a facts pack names, so a
        round can tell that two spellings are one answer."""
        if self.kind != "facts" or self._film is None:
            return []
        return [tuple(dict.fromkeys((*entity.names, *(n for names in entity.tr.values() for n in names))))
                for entity in self._film.entities.values()]

    def languages(self) -> tuple[str, ...]:
        """The languages the pack's questions can be asked in: a film's, or the one a pack declares."""
        if self.kind == "facts" and self._film is not None:
            return self._film.languages()
        return (self.language,)

    def language_for(self, wanted: Optional[str] = None) -> str:
        """The language its questions come in when ``wanted`` (None: the game's) is asked for:
        that one where the pack has it, else the pack's own."""
        if wanted is None:
            from quiz.i18n import language

            wanted = language()
        languages = self.languages()
        return wanted if wanted in languages else languages[0]

    def questions(self, seed: int, language: Optional[str] = None) -> list[Question]:
        """Every question the pack can ask, once each; same seed, same questions.

        A film's questions come in ``language`` (None: the game's language,
        ``quiz.i18n.language()``) where its facts give that language; any other
        pack's in its own. Made once per seed and language (for the last few
        asked) and handed out as a new list each time, so a caller may reorder
        or filter it.
        """
        if not self.ok:
            raise PackError(self.errors)
        key = (seed, self.language_for(language))
        made = self._made.get(key)
        if made is None:
            made = self._make(*key)
            self._made[key] = made
            while len(self._made) > KEPT_SEEDS:
                del self._made[next(iter(self._made))]
        return list(made)

    def _make(self, seed: int, language: str) -> tuple[Question, ...]:
        if self.kind == "facts":
            from quiz.generator import generate

            if language == self._film.language:
                return tuple(generate(self._film, seed))
            return tuple(generate(self._film, seed, language))
        return tuple(_custom_questions(self, seed))


# ---------------------------------------------------------------- questions


def _is_true_false(answer: str, wrong: list[str]) -> bool:
    return sorted(t.strip().lower() for t in [answer, *wrong]) == ["false", "true"]


def _other_kind(entry: Entry, qid: str, source: str, wrong: list[str],
                rng: random.Random) -> Optional[Question]:
    """A custom pack's question of a kind other than choice, or None for a choice one.

    A two-option True/False question is a true_false one, whether the pack says
    ``type: true_false`` or lists True and False as options (Open Trivia DB's
    boolean questions arrive that way)."""
    from quiz.making.packs import other_kind

    if entry.type == "choice" and _is_true_false(entry.answer, wrong):
        entry = replace(entry, type="true_false", answer=entry.answer.strip().lower())
    return other_kind(entry, qid, source, rng)


def _custom_questions(pack: Pack, seed: int) -> list[Question]:
    rng = random.Random(f"{pack.id}\x00{seed}")
    source = pack.path.name if pack.path else pack.id
    positions = _balanced_positions([len(e.wrong) + 1 for e in pack._entries], rng)
    questions = []
    for number, (entry, position) in enumerate(zip(pack._entries, positions), 1):
        wrong = list(entry.wrong)
        rng.shuffle(wrong)
        qid = f"{pack.id}/{number}"
        other = _other_kind(entry, qid, source, wrong, rng)
        if other is not None:
            questions.append(other)
            continue
        choices = tuple(wrong[:position] + [entry.answer] + wrong[position:])
        questions.append(ChoiceQuestion(
            id=qid, fact=qid, category=entry.category, difficulty=entry.difficulty,
            question=entry.question, choices=choices, answer=position,
            explanation=entry.explanation, source=source,
        ))
    return questions


def _balanced_positions(sizes: list[int], rng: random.Random) -> list[int]:
    """A right-answer position per question, dealt so each position gets an equal share.

    Picking each position independently lets a small pack put most answers
    in one place, which players learn to exploit.
    """
    result = [0] * len(sizes)
    groups: dict[int, list[int]] = {}
    for index, size in enumerate(sizes):
        groups.setdefault(size, []).append(index)
    for size, indexes in sorted(groups.items()):
        start = rng.randrange(size)
        deck = [(start + k) % size for k in range(len(indexes))]
        rng.shuffle(deck)
        for index, position in zip(indexes, deck):
            result[index] = position
    return result


# ---------------------------------------------------------------- loading files and folders


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w]+|_", "-", text.casefold()).strip("-")
    return slug or "pack"


def _is_facts(data: dict) -> bool:
    return "film" in data or ("questions" not in data and any(k in data for k in FACTS_KEYS))


def _in_language(text) -> str:
    """A film's text in the game's language where it has one (``quiz.facts.records.Text``)."""
    other = (getattr(text, "tr", None) or {}).get(i18n.language())
    return str(other) if other else str(text or "")


def _broken(path: Path, problems: list[Problem], kind: str = "questions", title: str = "") -> Pack:
    return Pack(id=_slug(path.stem), title=title or path.stem, path=path, kind=kind,
                problems=list(problems))


def _custom_pack(path: Path, data: dict, lines: LineLookup, kind: str) -> Pack:
    meta, entries, problems = check_questions(str(path), data, lines)
    return Pack(id=_slug(path.stem), title=meta["title"] or path.stem,
                description=meta["description"], author=meta["author"], path=path, kind=kind,
                language=meta.get("language", "en"),
                problems=problems, _entries=entries, _count=len(entries))


def _facts_pack(path: Path, film, builtin: bool, problems: list[Problem]) -> Pack:
    pack = Pack(id=_slug(str(getattr(film, "id", "") or path.stem)),
                # kept as the film's texts: they carry their other languages
                title=getattr(film, "title", "") or path.stem,
                description=getattr(film, "description", "") or "",
                author="", path=path, builtin=builtin, kind="facts",
                problems=list(problems), _film=film)
    try:
        # Seed 0 is what the command line and the round-settings screen ask for
        # first: the questions made to count them are kept for them. A round
        # asks each fact once, so that is the count.
        pack._count = len({question.fact for question in pack.questions(0)})
    except QuizError as error:
        pack.problems.extend(_as_problems(path, error))
    except Exception as error:  # noqa: BLE001 - a player's film must never stop the game
        pack.problems.append(Problem(str(path), None,
                                     f"questions could not be made from this film ({error})"))
    return pack


def _as_problems(path: Path, error: QuizError) -> list[Problem]:
    if isinstance(error, PackError) and error.problems:
        return list(error.problems)
    return [Problem(str(path), None, str(error))]


def _load_facts_documents(folder: Path, files: list[Path], builtin: bool = False) -> Pack:
    from quiz.facts.loader import careful_documents
    from quiz.facts.schema import film_from_documents

    try:
        docs = careful_documents(files)
    except PackError as error:
        return _broken(folder, error.problems, "facts")
    try:
        film = film_from_documents(docs)
    except QuizError as error:
        return _broken(folder, _as_problems(folder, error), "facts")
    return _facts_pack(folder, film, builtin, [])


def _guarded(path: Path, kind: str, load) -> list[Pack]:
    """``load()``'s packs; whatever it raises becomes a problem of this one pack.

    The checks should catch every bad input with a precise message; this is
    the net under them, so one pack's surprise can never stop the others.
    """
    try:
        return load()
    except QuizError as error:
        return [_broken(path, _as_problems(path, error), kind)]
    except (Exception, RecursionError) as error:  # noqa: BLE001 - a stranger's pack must never stop the game
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:200]
        return [_broken(path, [Problem(str(path), None,
                                       f"could not be loaded ({detail}); please report it")], kind)]


def load_file(path: PathLike) -> Pack:
    """One pack file (YAML or Open Trivia DB JSON) as a ``Pack``; never raises."""
    path = Path(path)
    kind = "opentdb" if path.suffix.lower() == ".json" else "questions"
    return _guarded(path, kind, lambda: [_load_file(path)])[0]


def _load_file(path: Path) -> Pack:
    if path.suffix.lower() == ".json":
        from quiz.opentdb import load_opentdb

        try:
            data, lines = load_opentdb(path)
        except QuizError as error:
            return _broken(path, _as_problems(path, error), "opentdb")
        return _custom_pack(path, data, lines, "opentdb")
    from quiz.safeyaml import load_yaml

    try:
        data, lines = load_yaml(path)
    except QuizError as error:
        return _broken(path, _as_problems(path, error))
    if _is_facts(data):
        return _load_facts_documents(path, [path])
    return _custom_pack(path, data, lines, "questions")


def _pack_files(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
    except OSError:
        return []
    return [p for p in entries
            if not p.name.startswith(".") and p.suffix.lower() in PACK_SUFFIXES and p.is_file()]


def _holds_film(folder: Path) -> bool:
    """A folder is one film when any of its YAML files is a facts document.

    Peeking at the top-level keys needs no full parse; the real check happens
    when the folder loads.
    """
    for file in _pack_files(folder):
        if file.suffix.lower() not in YAML_SUFFIXES:
            continue
        try:
            with file.open("r", encoding="utf-8", errors="replace") as handle:
                head = handle.read(64 * 1024)
        except OSError:
            continue
        for line in head.splitlines():
            key = line.split(":", 1)[0]
            if ":" in line and key in FACTS_KEYS:
                return True
    return False


def load_folder(folder: PathLike) -> list[Pack]:
    """A film folder as one pack, or each pack file in a plain folder as its own pack."""
    folder = Path(folder)
    return _guarded(folder, "facts", lambda: _load_folder(folder))


def _load_folder(folder: Path) -> list[Pack]:
    if _holds_film(folder):
        files = [p for p in _pack_files(folder) if p.suffix.lower() in YAML_SUFFIXES]
        return [_load_facts_documents(folder, files)]
    return [load_file(p) for p in _pack_files(folder)]


def load_path(path: PathLike) -> list[Pack]:
    path = Path(path)
    if path.is_dir():
        return load_folder(path)
    if not path.exists():
        return [_broken(path, [Problem(str(path), None, "no such file or folder")])]
    return [load_file(path)]


def _builtin_packs() -> list[Pack]:
    from quiz.paths import questions_dir

    root = questions_dir()
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return []
    packs = []
    for folder in folders:
        if folder.name == EXAMPLES_FOLDER or folder.name.startswith((".", "_")):
            continue
        if not any(p.suffix.lower() in YAML_SUFFIXES for p in _pack_files(folder)):
            continue
        found = _guarded(folder, "facts", lambda: [_builtin_pack(folder)])
        for pack in found:
            pack.builtin = True
        packs.extend(found)
    return packs


def _builtin_pack(folder: Path) -> Pack:
    from quiz.facts.loader import load_film

    return _facts_pack(folder, load_film(folder), True, [])


def _player_packs() -> list[Pack]:
    from quiz.paths import packs_dir

    folder = packs_dir()
    packs: list[Pack] = []
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
    except OSError:  # no packs folder yet, or unreadable: no player packs
        return packs
    try:
        home = folder.resolve()
    except OSError:
        home = folder
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            try:
                target = entry.resolve()
            except OSError:
                continue
            if target == home or target in home.parents:
                continue  # a link back to the packs folder (or above) would list packs twice
            packs.extend(load_folder(entry))
        elif entry.suffix.lower() in PACK_SUFFIXES:
            packs.append(load_file(entry))
    return packs


def _unique_id(pack: Pack, taken: set[str]) -> None:
    base, n = pack.id, 2
    while pack.id in taken:
        pack.id = f"{base}-{n}"
        n += 1
    taken.add(pack.id)


def discover_packs(extra: Sequence[PathLike] = ()) -> list[Pack]:
    """Built-in packs, then the player's packs folder, then ``extra`` paths."""
    packs = _builtin_packs() + _player_packs()
    for path in extra:
        packs.extend(load_path(path))
    taken: set[str] = set()
    for pack in packs:
        _unique_id(pack, taken)
    return packs


def _same_path(a: Optional[Path], b: Path) -> bool:
    try:
        return a is not None and a.resolve() == b.resolve()
    except OSError:
        return False


def _usable(pack: Pack) -> Pack:
    if not pack.ok:
        raise PackError(pack.errors)
    return pack


def find_pack(spec: str, packs: list[Pack]) -> Pack:
    """The pack with this id, else the pack at this path (appended to ``packs``)."""
    for pack in packs:
        if pack.id == spec:
            return _usable(pack)
    path = Path(spec).expanduser()
    if not path.exists():
        raise QuizError(_("No pack called '{spec}'. Run 'us-and-them-quiz packs' to list them.").format(spec=spec))
    for pack in packs:
        if _same_path(pack.path, path):
            return _usable(pack)
    found = load_path(path)
    if not found:
        raise QuizError(_("The folder '{spec}' holds no pack files (.yaml, .yml or .json).").format(spec=spec))
    if len(found) > 1:
        raise QuizError(_("The folder '{spec}' holds {n} packs; name one of its files instead.").format(
            spec=spec, n=len(found)))
    pack = found[0]
    _unique_id(pack, {p.id for p in packs})
    packs.append(pack)
    return _usable(pack)


def validate_paths(paths: Sequence[PathLike]) -> list[Problem]:
    """Every error and warning for each path; a missing path is an error."""
    problems: list[Problem] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            problems.append(Problem(str(path), None, "no such file or folder"))
            continue
        found = load_path(path)
        if not found:
            problems.append(Problem(str(path), None,
                                    "holds no pack files (.yaml, .yml or .json)"))
        for pack in found:
            # Checks run key by key, not line by line; the author reads the file top down.
            problems.extend(in_line_order(pack.problems))
    return problems
