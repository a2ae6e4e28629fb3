"""The ``us-and-them-quiz`` command: play the game or work with questions and packs."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from typing import Optional, Sequence

from quiz import __version__
from quiz import i18n
from quiz.errors import QuizError
from quiz.i18n import _, ngettext

SUBCOMMANDS = ("play", "party", "questions", "scores", "stats", "packs", "validate", "import")


def _count(value: str):
    if value == "all":
        return None
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number or 'all'") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _timer(value: str):
    if value.lower() == "off":
        return "off"  # told apart from "not given" (None): the game then plays untimed
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of seconds or 'off'") from None
    if not 3 <= seconds <= 600:
        raise argparse.ArgumentTypeError("must be between 3 and 600 seconds, or 'off'")
    return seconds


def _date(value: str):
    import datetime

    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date written YYYY-MM-DD") from None


class _Parser(argparse.ArgumentParser):
    """A parser whose mistakes read as one sentence saying what to do.

    argparse's own message starts with the whole usage block, which buries the
    one line a player needs; ``--help`` still prints the full usage.
    """

    def error(self, message: str):
        detail = message[:1].upper() + message[1:]
        self.exit(2, f"{self.prog}: {detail.rstrip('.')}. "
                     + _("Run '{command} --help' to see what it accepts.").format(command=self.prog) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="us-and-them-quiz",
        description="A trivia game about the 2018 film Us and Them (后来的我们). "
        "With no command it opens the game.",
        epilog="--lang en|zh_CN, before or after any command, chooses the language "
        "(default: the game's setting, else the system's).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    play = sub.add_parser("play", help="open the game window (the default)")
    play.add_argument("--pack", action="append", default=[], metavar="ID|PATH",
                      help="play this pack (repeat to mix several); default: the packs chosen on the "
                           "game's Packs screen (at first, the film)")
    play.add_argument("--seed", type=int, help="seed for question order and options")
    play.add_argument("--questions", type=_positive, metavar="N", help="questions per round")
    play.add_argument("--timer", type=_timer, metavar="SECONDS|off", help="seconds per question, or off")
    play.add_argument("--formats", choices=("mixed", "classic"),
                      help="mixed: every kind of question (the default); classic: four options only")
    play.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    play.add_argument("--frames", type=_positive, metavar="N", help="quit cleanly after N frames")
    play.add_argument("--screenshot", metavar="PNG", help="save the last frame to this PNG file")
    play.add_argument("--size", metavar="WxH", help="window size, e.g. 960x540 (default 1280x720)")

    party = sub.add_parser(
        "party", help="open the game at the party lobby: 2-8 players on one screen",
        description="Open the party lobby. With --players the lobby is filled and the keyboard "
                    "zones given in order (1 2 3 4, 7 8 9 0, Q W E R, U I O P), every player "
                    "ready, so Enter on Start begins.")
    party.add_argument("--players", metavar="NAMES",
                       help='comma-separated names of up to 8 players, e.g. "Ann,Bo,Cy": the '
                            'first four at the keyboard zones, the rest on the next gamepads '
                            'to join')
    party.add_argument("--mode", choices=("everyone", "buzz", "turns"), default="everyone",
                       help="everyone answers (default), buzz in, or take turns")
    party.add_argument("--rounds", type=_positive, default=3, metavar="N", help="rounds (default 3)")
    party.add_argument("--questions", type=_positive, default=5, metavar="N",
                       help="questions per round (default 5)")
    party.add_argument("--timer", type=_timer, metavar="SECONDS|off", help="seconds per question, or off")
    party.add_argument("--pack", action="append", default=[], metavar="ID|PATH",
                       help="ask from this pack (repeat for more)")
    party.add_argument("--seed", type=int, help="seed for question order and options")
    party.add_argument("--phones", action="store_true",
                       help="start the phone server at once: phones join from their browser")
    party.add_argument("--host", metavar="ADDRESS",
                       help="address the phone server listens on (default: this machine's local network address)")
    party.add_argument("--port", type=_port, default=0, metavar="N",
                       help="port of the phone server (default 0: a free one)")
    party.add_argument("--frames", type=_positive, metavar="N", help="quit cleanly after N frames")
    party.add_argument("--screenshot", metavar="PNG", help="save the last frame to this PNG file")
    party.add_argument("--size", metavar="WxH", help="window size, e.g. 960x540 (default 1280x720)")
    party.add_argument("--fullscreen", action="store_true", help="start in fullscreen")

    q = sub.add_parser("questions", help="print questions from a pack")
    q.add_argument("--json", action="store_true", help="print a JSON array")
    q.add_argument("--pack", default="us-and-them", metavar="ID|PATH", help="pack to draw from")
    q.add_argument("--seed", type=int, default=0, help="seed (same seed, same questions)")
    q.add_argument("--count", type=_count, default=10, metavar="N|all", help="how many, or all")
    q.add_argument("--category", metavar="C", help="only this category")
    q.add_argument("--difficulty", choices=("easy", "medium", "hard"), help="only this difficulty")
    q.add_argument("--kind", choices=_kind_names(), help="only this kind of question")
    q.add_argument("--daily", action="store_true", help="the daily challenge's questions")
    q.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="with --daily: that day's questions (default: today)")

    s = sub.add_parser("scores", help="print the high-score tables")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--reset", action="store_true", help="delete high scores (asks first)")
    s.add_argument("--pack-set", metavar="ID", help="with --reset: only this pack set's tables "
                                                      "(as 'scores' names them)")
    s.add_argument("--yes", action="store_true", help="with --reset: do not ask")

    st = sub.add_parser("stats", help="print a player's statistics")
    st.add_argument("--player", metavar="NAME", help="whose (default: the last name played)")
    st.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser("packs", help="list every pack found, with its status")

    v = sub.add_parser("validate", help="check pack files; exit 1 if any has a problem")
    v.add_argument("paths", nargs="+", metavar="PATH")

    imp = sub.add_parser("import", help="convert an Open Trivia DB JSON file to a YAML pack")
    imp.add_argument("source", metavar="FILE.json")
    imp.add_argument("-o", "--output", required=True, metavar="PACK.yaml")
    imp.add_argument("--force", action="store_true", help="replace PACK.yaml if it exists")
    return parser


def _kind_names() -> tuple[str, ...]:
    from quiz.kinds import KINDS

    return tuple(KINDS)


def _cmd_questions(args) -> int:
    from quiz.deck import build_deck
    from quiz.packs import discover_packs, find_pack

    pack = find_pack(args.pack, discover_packs())
    if args.date and not args.daily:
        raise QuizError(_("--date goes with --daily: add --daily to print that day's challenge."))
    if args.daily:
        from quiz import daily

        questions = daily.daily_deck([pack], args.date or daily.today())
        questions = [q for q in questions if args.kind in (None, q.kind)]
    else:
        questions = build_deck([pack], seed=args.seed, count=args.count,
                               category=args.category, difficulty=args.difficulty,
                               kinds=(args.kind,) if args.kind else None)
    if args.category and not questions:
        from quiz.deck import categories

        known = categories([pack], args.seed)
        if not any(c.casefold() == args.category.strip().casefold() for c in known):
            raise QuizError(_("No category called '{category}' in this pack. "
                              "Its categories are: {known}.").format(category=args.category,
                                                                      known=", ".join(known)))
    if args.json:
        json.dump([q.to_dict() for q in questions], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quiz.textout import format_question

    for number, question in enumerate(questions, 1):
        print(format_question(number, question))
    return 0


def _cmd_scores(args) -> int:
    from quiz.store import Store, describe

    store = Store()
    notices = store.take_notices()
    if not store.is_open:
        raise QuizError(_("The high scores in {folder} cannot be read "
                          "({problem}): check that folder, or set "
                          "US_AND_THEM_QUIZ_DATA to another one.").format(
                              folder=store.folder, problem=store.problem or _("unknown reason")))
    for notice in notices:  # e.g. a damaged file was set aside: worth knowing, not fatal
        print(describe(notice), file=sys.stderr)
    if args.reset:
        return _reset_scores(store, args)
    if args.pack_set or args.yes:
        raise QuizError(_("--pack-set and --yes go with --reset."))
    tables = [table.to_dict() for table in store.all_tables()]
    store.close()
    if args.json:
        json.dump(tables, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quiz.textout import format_score_tables

    print(format_score_tables(tables))
    return 0


def _reset_scores(store, args) -> int:
    from quiz.textout import safe

    tables = [t for t in store.all_tables() if args.pack_set in (None, t.key.pack_set)]
    count = sum(len(t.entries) for t in tables)
    what = _("the {pack_set} tables").format(pack_set=args.pack_set) if args.pack_set else _("every table")
    if args.pack_set and not tables:
        known = sorted({t.key.pack_set for t in store.all_tables()})
        raise QuizError(_("No high scores for the pack set '{pack_set}'.").format(pack_set=args.pack_set) + " "
                        + (_("Pack sets with scores: {known}.").format(known=", ".join(known)) if known
                           else _("There are no high scores yet.")))
    if not args.yes:
        if not sys.stdin.isatty():
            raise QuizError(_("This would delete the high scores of {what}. "
                              "Add --yes to confirm.").format(what=safe(what)))
        reply = input(_("Delete the high scores of {what}? Type 'yes' to confirm: ").format(what=safe(what)))
        if reply.strip().lower() != "yes":
            print(_("Nothing was deleted."))
            return 1
    removed = store.reset_scores(pack_set=args.pack_set)
    store.close()
    if removed is None:
        raise QuizError(_("The high scores in {folder} could not be changed ({problem}).").format(
            folder=store.folder, problem=store.problem or _("unknown reason")))
    print(_("Deleted the high scores of {what}.").format(what=safe(what)))
    return 0


def _cmd_stats(args) -> int:
    from quiz import daily, statistics
    from quiz.deck import all_questions
    from quiz.packs import discover_packs
    from quiz.store import Store

    store = Store()
    if not store.is_open:
        raise QuizError(_("The statistics in {folder} cannot be read "
                          "({problem}): check that folder, or set "
                          "US_AND_THEM_QUIZ_DATA to another one.").format(
                              folder=store.folder, problem=store.problem or _("unknown reason")))
    settings = store.load_settings()
    player = args.player or settings.last_name or next(iter(store.players()), "Player")
    packs = discover_packs()
    chosen = [p for p in packs if p.id in settings.packs and p.ok] or \
        [p for p in packs if p.id == "us-and-them" and p.ok]
    facts: dict[str, list[str]] = {}
    for question in all_questions(chosen):
        facts.setdefault(question.category, []).append(question.fact)
    figures = statistics.figures(store.answer_records(player), store.round_records(player),
                                 facts, store.learn_boxes(player), daily.today())
    store.close()
    if args.json:
        json.dump({"player": player, **figures.to_dict()}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quiz.textout import format_statistics

    print(format_statistics(player, figures))
    return 0


def _cmd_packs(args) -> int:
    from quiz.packs import discover_packs
    from quiz.paths import packs_dir
    from quiz.textout import format_pack_list

    print(format_pack_list(discover_packs(), packs_dir()))
    return 0


def _files_in(path) -> int:
    """Pack files a path stands for: itself, or those in the folder and below."""
    from pathlib import Path

    from quiz.packs import PACK_SUFFIXES

    path = Path(path)
    if path.is_dir():
        return sum(1 for f in path.rglob("*") if f.is_file() and f.suffix.lower() in PACK_SUFFIXES)
    return 1 if path.exists() else 0


def _cmd_validate(args) -> int:
    from quiz.packs import validate_paths

    from quiz.textout import safe

    problems = validate_paths(args.paths)
    for problem in problems:
        print(safe(str(problem)))
    errors = [p for p in problems if p.severity == "error"]
    warnings = len(problems) - len(errors)
    files = sum(_files_in(path) for path in args.paths)
    checked = ngettext("{n} file checked", "{n} files checked", files).format(n=files)
    found = (ngettext("{n} error", "{n} errors", len(errors)).format(n=len(errors)) if errors
             else _("no errors"))
    warned = (ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings) if warnings
              else _("no warnings"))
    print(_("{checked}: {errors}, {warnings}.").format(checked=checked, errors=found, warnings=warned),
          file=sys.stderr)
    return 1 if errors else 0


def _cmd_import(args) -> int:
    from quiz.opentdb import convert_file

    target = _import_target(args.output, args.force)
    count = convert_file(args.source, target)
    # The new file is made private; it gets the mode any file the player makes would.
    mask = os.umask(0)
    os.umask(mask)
    try:
        os.chmod(target, 0o666 & ~mask)
    except OSError:
        pass  # written all the same; only its mode could not be set
    print(ngettext("Wrote {count} question to {path}.", "Wrote {count} questions to {path}.",
                   count).format(count=count, path=args.output))
    return 0


def _import_target(output: str, force: bool):
    """The file import writes: what a link points to (the link stays), never a
    device, pipe or folder, and an existing file only with --force."""
    import stat
    from pathlib import Path

    real = Path(os.path.realpath(Path(output).expanduser()))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as error:
        raise QuizError(_("Cannot write '{path}': {reason}.").format(path=output, reason=error.strerror or error)) from None
    if not stat.S_ISREG(mode):
        raise QuizError(_("'{path}' is not a regular file; import writes only to a file.").format(path=output))
    if not force:
        raise QuizError(_("'{path}' already exists; add --force to replace it.").format(path=output))
    return real


def _check_pack_paths(args) -> None:
    from pathlib import Path

    from quiz.packs import PACK_SUFFIXES

    for spec in args.pack or []:
        # Something written as a file name is told apart from a pack id that is not known.
        path = Path(spec).expanduser()
        if ("/" in spec or os.sep in spec or path.suffix.lower() in PACK_SUFFIXES) and not path.exists():
            raise QuizError(_("There is no file {path}. Check the path, or run "
                              "'us-and-them-quiz packs' to list the packs by id.").format(path=spec))


def _cmd_play(args) -> int:
    _check_pack_paths(args)
    from quiz.ui.app import run

    return run(args)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: 0 to 65535 (0 picks a free one)")
    return port


def _party_names(text: Optional[str]) -> list[str]:
    from quiz.party.players import MAX_LOCAL

    names = [n.strip() for n in (text or "").split(",")] if text else []
    if len(names) > MAX_LOCAL:
        raise QuizError(_("--players names up to {most} players: the first four play "
                          "at the keyboard zones, the others on the next gamepads to join.").format(most=MAX_LOCAL))
    return names


def _cmd_party(args) -> int:
    names = _party_names(args.players)
    _check_pack_paths(args)
    from quiz.ui.app import open_app
    from quiz.ui.party_start import PartyChoice

    from quiz.ui.phone_link import PhoneLink

    app = open_app(args)
    choice = PartyChoice(mode=args.mode, rounds=args.rounds, questions=args.questions,
                         timer=app.round_length()[1], seed=args.seed)
    phones = PhoneLink(app.clock, args.host, args.port)
    try:
        lobby = app.router.show("party_lobby", names=names, choice=choice, phones=phones)
    except ValueError as error:  # two players given the same name
        app.close()
        raise QuizError(f"--players: {error}") from None
    try:
        if args.phones:
            if not lobby.start_phones():
                app.close()
                raise QuizError(_("Could not start the phone server on {host} port {port}.").format(
                    host=args.host or _("the local network address"), port=args.port))
            # One line scripts (and players reading the terminal) can find the server by.
            print(phones.announcement, flush=True)
        app.run(frames=args.frames, screenshot=args.screenshot)
    finally:
        phones.stop()
    return 0


HANDLERS = {
    "play": _cmd_play,
    "party": _cmd_party,
    "questions": _cmd_questions,
    "scores": _cmd_scores,
    "stats": _cmd_stats,
    "packs": _cmd_packs,
    "validate": _cmd_validate,
    "import": _cmd_import,
}


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # pygame prints a greeting on import; it would stand before our own messages.
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    debug = "--debug" in argv
    argv = [a for a in argv if a != "--debug"]
    try:
        argv, lang = _take_lang(argv)
    except QuizError as error:
        return _fail(str(error), 2, debug)
    # --lang holds over the saved setting and the locale; the game reads args.lang too.
    i18n.set_language(lang)
    # No command means play, so bare play options (``--seed 3``) work too.
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "play")
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        # Told by the command's own parser, so the pointer is to that command's --help.
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        owner = commands.choices.get(args.command, parser) if args.command else parser
        owner.error(f"unrecognized arguments: {' '.join(extra)}")
    args.debug = debug
    args.lang = lang
    try:
        return HANDLERS[args.command](args)
    except QuizError as error:
        return _fail(str(error), error.exit_code, args.debug)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a file or folder named by the player, or the data folder
        where = f" {error.filename}" if error.filename else ""
        reason = (error.strerror or str(error)).lower()
        return _fail(_("Could not use{where}: {reason}. Check the path and try again.").format(
            where=where, reason=reason), 1, args.debug)
    except Exception as error:  # noqa: BLE001 - a player gets one sentence, never a traceback
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        return _fail(_("Something went wrong ({detail}). Run the same command with --debug "
                       "to see the details, and please report it.").format(detail=detail), 1, args.debug)


def _take_lang(argv: list[str]) -> tuple[list[str], Optional[str]]:
    """``argv`` without ``--lang X`` (or ``--lang=X``), wherever it stands, and X.

    Taken out before parsing so every command, and the messages of parsing
    itself, speak the chosen language."""
    kept: list[str] = []
    lang: Optional[str] = None
    words = iter(argv)
    for word in words:
        if word == "--":
            kept.append(word)
            kept.extend(words)
            break
        if word == "--lang" or word.startswith("--lang="):
            value = word.partition("=")[2] if "=" in word else next(words, "")
            if value not in i18n.LANGUAGES:
                raise QuizError(_("--lang takes one of: {choices}.").format(choices=", ".join(i18n.LANGUAGES)))
            lang = value
            continue
        kept.append(word)
    return kept, lang


def _fail(message: str, code: int, debug: bool) -> int:
    """The plain message on stderr (a pack's problems one per line); the traceback first with --debug."""
    if debug:
        traceback.print_exc()
    from quiz.textout import safe

    print(f"us-and-them-quiz: {safe(message)}", file=sys.stderr)
    return code
