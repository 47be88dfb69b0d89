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
from pathlib import Path

from kommunesamarbeid import __version__
from kommunesamarbeid.cli import exports, overlap, plans, proposals, server, suppliers
from kommunesamarbeid.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Parser,
    UsageError,
    close_opened,
    database_label,
    database_target,
    print_json,
    say,
)
from kommunesamarbeid.core.errors import UserError

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "UsageError", "build_parser", "main"]

log = logging.getLogger("kommunesamarbeid")

#: The command modules, in the order their commands are listed in ``--help``.
COMMAND_MODULES = (plans, overlap, proposals, exports, suppliers, server)


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
    p.add_argument(
        "--version",
        action="version",
        version=f"kommunesamarbeid {__version__}",
        help="vis versjonen og avslutt",
    )
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
            # A file name that is not valid UTF-8 (surrogate escapes) is shown, never a crash.
            reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    except UserError as exc:  # a value argparse handed to a type that refused it
        say(f"Avvist: {exc.describe()}")
        return EXIT_REFUSED
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    _clean_interrupted_exports()
    new_file = _NewDatabaseFile.note(args)
    try:
        return int(args.func(args))
    except UsageError as exc:
        close_opened()
        new_file.undo()
        say(f"Feil bruk: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        close_opened()
        new_file.undo()
        say("Avbrutt.")
        return EXIT_REFUSED
    except Exception as exc:
        close_opened()  # before the new file is removed (Windows cannot remove an open file)
        new_file.undo()
        refusal = _as_user_error(exc, args)
        if refusal is None:  # a bug: say so plainly, with the details in the log
            from kommunesamarbeid.db.engine import mask_password

            log.exception("Uventet feil")
            say(
                f"Uventet feil: {exc.__class__.__name__}: {mask_password(str(exc))}. Dette er "
                "en feil i programmet; kjør med --verbose og meld fra om feilen."
            )
            return EXIT_REFUSED
        say(f"Avvist: {refusal.describe()}")
        for line in refusal.details:
            say(f"  {line}")
        if getattr(args, "json", False):
            make = getattr(args, "refusal_json", None)
            print_json(make(args, refusal) if make else {"errors": [refusal.to_json()]})
        return EXIT_REFUSED
    finally:
        close_opened()


class _NewDatabaseFile:
    """An SQLite file (and folders) that ``--db`` names but that does not exist yet: opening
    creates it, so a refused command removes it again ("nothing was changed")."""

    def __init__(self, path: Path | None, first_new: Path | None) -> None:
        self.path = path
        self.first_new = first_new

    @classmethod
    def note(cls, args: argparse.Namespace) -> _NewDatabaseFile:
        target = database_target(args)
        if "://" in target or not target.strip():
            return cls(None, None)
        try:
            path = Path(target).expanduser().absolute()
            if path.exists():
                return cls(None, None)
            first_new = path
            while not first_new.parent.exists() and first_new.parent != first_new:
                first_new = first_new.parent
        except (OSError, ValueError):
            return cls(None, None)
        return cls(path, first_new)

    def undo(self) -> None:
        if self.path is None or self.first_new is None:
            return
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            folder = self.path.parent
            while folder != self.first_new.parent and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
        except OSError:
            log.info("Kunne ikke fjerne den nye databasefilen %s", self.path, exc_info=True)


def _as_user_error(exc: Exception, args: argparse.Namespace) -> UserError | None:
    """A refusal the user can act on (the error model's kinds, database trouble), or None."""
    if isinstance(exc, UserError):
        return exc
    from kommunesamarbeid.db.errors import user_error

    return user_error(exc, database_label(args))


def _clean_interrupted_exports() -> None:
    """Remove what exports killed earlier left behind (quick: one small folder is listed)."""
    from kommunesamarbeid.fileio.atomic import clean_interrupted

    try:
        clean_interrupted()
    except OSError:
        log.info("Kunne ikke rydde etter avbrutte eksporter", exc_info=True)


if __name__ == "__main__":
    raise SystemExit(main())
