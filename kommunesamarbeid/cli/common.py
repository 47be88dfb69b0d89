"""What every command module shares: the parser class, output helpers, database and actor."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, NoReturn

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""


class Parser(argparse.ArgumentParser):
    """argparse with Norwegian error messages and exit status 2 for wrong usage."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        say(f"Feil bruk: {_translate_argparse(message)}")
        raise SystemExit(EXIT_USAGE)


def _translate_argparse(message: str) -> str:
    replacements = {
        "the following arguments are required": "disse argumentene mangler",
        "unrecognized arguments": "ukjente argumenter",
        "invalid choice": "ugyldig valg",
        "expected one argument": "forventet ett argument",
        "invalid int value": "ikke et heltall",
        "argument": "argument",
    }
    for en, no in replacements.items():
        message = message.replace(en, no)
    return message


def say(message: str) -> None:
    """A message for people, on stderr."""
    print(message, file=sys.stderr)


def print_json(data: Any) -> None:
    """``--json`` output on stdout, UTF-8."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


#: The database this command opened (one command, one database): whose login is the actor.
_opened: list[Any] = []


def db_target(args: argparse.Namespace) -> str:
    """``--db``, else ``$KOMMUNESAMARBEID_DB``, else the default SQLite file."""
    from kommunesamarbeid.paths import DB_ENV, default_database_path

    return str(args.db or os.environ.get(DB_ENV) or default_database_path())


def open_db(args: argparse.Namespace) -> Any:
    """The database of ``--db``, ``$KOMMUNESAMARBEID_DB`` or the default file, migrated.

    A server password missing from the URL comes from libpq's password file or ``PGPASSWORD``,
    else from the keyring the GUI saved it in.
    """
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.services.credentials import stored_password

    db = open_database(db_target(args), password=stored_password)
    _opened.append(db)
    return db


def close_opened() -> None:
    """Close the databases this command opened (their connections go back to the server)."""
    while _opened:
        _opened.pop().dispose()


def current_actor() -> Any:
    """Who is acting: the database login on a server, else ``$KOMMUNESAMARBEID_USER``/the OS login."""
    from kommunesamarbeid.services.context import actor_for
    from kommunesamarbeid.services.context import current_actor as _current

    return actor_for(_opened[-1]) if _opened else _current()
