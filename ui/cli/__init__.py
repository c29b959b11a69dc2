"""The `jobbro` command: the desktop app by default, or a subcommand (demo, match, import ...)."""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules in ui.cli that each add one subcommand through register(subparsers).
COMMANDS = ["demo", "match", "vocabulary", "import_export", "shortlist", "privacy", "placements", "security",
            "followups", "team", "kpi"]


def _pre_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def build_parser() -> argparse.ArgumentParser:
    import resources
    from ui.i18n import LANGUAGES, translate

    parser = argparse.ArgumentParser(
        prog="jobbro", description=translate("cli", "Jobbro: companies, needs and candidates for job centres."))
    parser.add_argument("--version", action="version", version=f"Jobbro {resources.version()}",
                        help=translate("cli", "show Jobbro's version and exit"))
    parser.add_argument("--db", type=file_name, metavar="FILE", help=translate("cli", "the store file to open"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "language: da (Danish) or en (English)"))
    parser.add_argument("--screenshot", type=file_name, metavar="OUT.png",
                        help=translate("cli", "render a view offscreen to a PNG file and exit"))
    parser.add_argument("--view", default="companies",
                        help=translate("cli", "the view to show or render (companies, contacts, needs, candidates, ...)"))
    parser.add_argument("--size", default="1400x900", help=translate("cli", "window size for --screenshot, e.g. 1400x900"))
    parser.add_argument("--demo-if-new", action="store_true",
                        help=translate("cli", "create a demo store when the store file does not exist yet"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"ui.cli.{name}").register(sub)
    return parser


def run(argv: list[str]) -> int:
    if argv == ["--version"]:  # answered before Qt and the subcommands load: 0.2 s instead of seconds
        import resources

        print(f"Jobbro {resources.version()}")
        return 0
    from PySide6.QtCore import QCoreApplication

    from ui import i18n, settings

    wants_gui = _command_of(argv) is None and not {"-h", "--help", "--version"} & set(argv)
    if wants_gui:
        from ui.app import make_application

        app = make_application(argv)
    else:
        app = QCoreApplication.instance() or QCoreApplication(["jobbro"])
    i18n.install(app, _pre_language(argv) or settings.get("language"))
    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from ui.app import run_gui

    return run_gui(app, args)


# Options of the app itself that take a value: their value is never a command ("--view match").
VALUE_OPTIONS = ("--db", "--lang", "--screenshot", "--view", "--size")


def _command_of(argv: list[str]) -> str | None:
    """The subcommand named in argv, if any: the first word that is not an option or an option's value."""
    names = _subcommand_names()
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in VALUE_OPTIONS:
            skip = True
            continue
        if not arg.startswith("-"):
            return arg if arg in names else None
    return None


def _subcommand_names() -> set[str]:
    names = set(COMMANDS) | {c.replace("_", "-") for c in COMMANDS}
    for name in COMMANDS:  # a module may add several subcommands; it lists them in NAMES
        names |= set(getattr(importlib.import_module(f"ui.cli.{name}"), "NAMES", ()))
    return names


# Each command names its store option with its own dest, so `jobbro --db F cmd` and `jobbro cmd --db F` work.
STORE_DESTS = ("io_db", "match_db", "shortlist_db", "vocab_db", "demo_db", "followups_db", "team_db", "kpi_db", "db")


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand so that nothing reaches the user as a traceback: the store's own refusals,
    a store that is busy or turns out damaged mid-way, a refused write and a cancel each get their
    sentence and exit code (2: refused or unusable input; 1: an error no check foresaw)."""
    from db.errors import StoreError, ValidationError, store_failure
    from ui import messages
    from ui.i18n import translate

    path = next((getattr(args, d) for d in STORE_DESTS if getattr(args, d, None)), "")
    try:
        return args.func(args)
    except StoreError as exc:
        return fail(messages.store_error(exc))
    except ValidationError as exc:
        return fail(messages.validation_error(exc))
    except KeyboardInterrupt:
        return fail(translate("cli", "Cancelled."), 130)
    except BrokenPipeError:
        return 0  # the reader (| head) has what it wanted
    except Exception as exc:  # noqa: BLE001 - the last resort of the command line: a sentence, not a traceback
        failure = store_failure(exc, str(path))
        if failure is not None:
            return fail(messages.store_error(failure))
        if isinstance(exc, OSError):
            return fail(translate("cli", "A file could not be read or written: {detail}").format(
                detail=exc.strerror or exc))
        return fail(f"{messages.unexpected()} ({type(exc).__name__})", 1)


def record_id(text: str) -> int:
    """An argparse type for a record's id: a whole number from 1 up to what the store can hold."""
    from db.validation import FieldProblem, record_id as checked
    from ui.i18n import translate

    try:
        return checked(text)
    except FieldProblem as problem:
        raise argparse.ArgumentTypeError(translate("Validation", problem.message).format(**problem.params)) from None


def file_name(text: str) -> str:
    """An argparse type for a file or folder name: one the system can open (no NUL or other control
    character, which no file name holds and which would end a command in an error of the OS)."""
    from db.validation import control_character
    from ui.i18n import translate

    code = control_character(text)
    if code or not text:
        raise argparse.ArgumentTypeError(translate("cli", "\"{name}\" is not a usable file name.").format(
            name=text.replace("\x00", "\\0")[:60]))
    return text


def positive(text: str) -> int:
    """An argparse type for a count that must be 1 or more (--top, --workers)."""
    from db.validation import FieldProblem, integer
    from ui.i18n import translate

    try:
        return integer(text, low=1)
    except FieldProblem as problem:
        raise argparse.ArgumentTypeError(translate("Validation", problem.message).format(**problem.params)) from None


def fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code
