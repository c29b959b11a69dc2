"""Start Jobbro: the desktop app, or one of its commands (`jobbro --help`)."""

import sys


def main(argv: list[str] | None = None) -> int:
    from ui.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
