"""The `jobbro` command: the desktop app by default, or a subcommand (demo, match, import ...)."""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules in ui.cli that each add one subcommand through register(subparsers).
COMMANDS = ["demo", "match", "vocabulary", "import_export", "shortlist", "privacy", "placements", "security"]


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
    parser.add_argument("--db", metavar="FILE", help=translate("cli", "the store file to open"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "language: da (Danish) or en (English)"))
    parser.add_argument("--screenshot", metavar="OUT.png",
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
        return args.func(args)
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


def fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code
