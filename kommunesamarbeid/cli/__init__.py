"""The command line: the stable interface documented in docs/CLI.md.

Exit status: 0 done (warnings allowed); 1 refused (bad input, nothing changed); 2 wrong usage.
Messages for people go to stderr in Norwegian; ``--json`` output goes to stdout as UTF-8.

Each command group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from kommunesamarbeid import __version__
from kommunesamarbeid.cli import exports, overlap, plans, proposals, suppliers
from kommunesamarbeid.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Parser,
    UsageError,
    say,
)
from kommunesamarbeid.core.errors import UserError

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "UsageError", "build_parser", "main"]

log = logging.getLogger("kommunesamarbeid")

#: The command modules, in the order their commands are listed in ``--help``.
COMMAND_MODULES = (plans, overlap, proposals, exports, suppliers)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="kommunesamarbeid",
        description="Felles anskaffelser mellom kommuner: samle anskaffelsesplaner, finn "
        "overlapp og lag forslag til felles anskaffelse.",
    )
    p.add_argument(
        "--db",
        metavar="URL_ELLER_FIL",
        help="database: SQLAlchemy-URL eller SQLite-fil (standard: "
        "$KOMMUNESAMARBEID_DB eller filen i brukerens datamappe)",
    )
    p.add_argument("--version", action="version", version=f"kommunesamarbeid {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="skriv mer om hva som skjer")
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=Parser)
    sub.required = True

    for module in COMMAND_MODULES:
        module.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except UserError as exc:
        say(f"Avvist: {exc.describe()}")
        return EXIT_REFUSED
    except UsageError as exc:
        say(f"Feil bruk: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("Avbrutt.")
        return EXIT_REFUSED
    except Exception as exc:  # a bug: say so plainly, with the details in the log
        log.exception("Uventet feil")
        say(
            f"Uventet feil: {exc.__class__.__name__}: {exc}. Dette er en feil i programmet; "
            "kjør med --verbose og meld fra om feilen."
        )
        return EXIT_REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
