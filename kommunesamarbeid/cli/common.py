"""What every command module shares: the parser class, output helpers, database and actor."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from kommunesamarbeid.core.errors import BadValueError
from kommunesamarbeid.core.typed_values import Choice, parse_choice, record_id

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""


class Parser(argparse.ArgumentParser):
    """argparse in Norwegian (help, usage and errors) with exit status 2 for wrong usage."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjelpen og avslutt")

    def format_usage(self) -> str:
        return _norwegian_usage(super().format_usage())

    def format_help(self) -> str:
        return _norwegian_usage(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        say(f"Feil bruk: {_translate_argparse(message)}")
        raise SystemExit(EXIT_USAGE)


def _norwegian_usage(text: str) -> str:
    return text.replace("usage: ", "bruk: ", 1)


_INVALID_VALUE_RE = re.compile(r"invalid (.+?) value: '(.*)'", re.DOTALL)


def _translate_argparse(message: str) -> str:
    message = _INVALID_VALUE_RE.sub(lambda m: f"ugyldig {m.group(1)}: «{m.group(2)}»", message)
    replacements = {
        "the following arguments are required": "disse argumentene mangler",
        "unrecognized arguments": "ukjente argumenter",
        "invalid choice": "ugyldig valg",
        "choose from": "velg blant",
        "expected one argument": "forventet ett argument",
        "expected at least one argument": "forventet minst ett argument",
        "not allowed with argument": "kan ikke brukes sammen med",
        "ignored explicit argument": "overflødig verdi",
        "ambiguous option": "tvetydig valg",
        "could match": "kan bety",
    }
    for en, no in replacements.items():
        message = message.replace(en, no)
    return message


def id_type(what: str) -> Callable[[str], int]:
    """An argparse type for a record number: «forslag nr. 4». Text that is no whole number is
    wrong use (exit 2); a number no record can have is «not found» (exit 1, NotFoundError)."""

    def convert(text: str) -> int:
        return record_id(text, what=what)

    convert.__name__ = "nummer"
    return convert


def choice_type(what: str, choices: Mapping[str, Choice]) -> Callable[[str], str]:
    """An argparse type for a choice typed as its code or its Norwegian label (exit 1 with the
    allowed values when it is neither)."""

    def convert(text: str) -> str:
        code = parse_choice(text, choices, label=what)
        if code is None:
            raise BadValueError(f"{what} mangler", expected=", ".join(choices))
        return code

    convert.__name__ = "valg"
    return convert


def fraction_type(what: str) -> Callable[[str], float]:
    """An argparse type for a number from 0 to 1, typed with a comma or a point («0,7»)."""

    def convert(text: str) -> float:
        try:
            number = float(text.strip().replace(",", ".").replace(" ", ""))
        except ValueError:
            raise BadValueError(
                f"{what}: «{text}» er ikke et tall", expected="f.eks. 0,7"
            ) from None
        if not math.isfinite(number) or not 0.0 <= number <= 1.0:
            raise BadValueError(f"{what} må være mellom 0 og 1", value=text, expected="f.eks. 0,7")
        return number

    convert.__name__ = "tall"
    return convert


def version_type(text: str) -> int:
    """An argparse type for a row's version as ``--json`` printed it: a whole number from 1."""
    cleaned = text.strip()
    if not cleaned.isascii() or not cleaned.isdigit() or not 1 <= int(cleaned) <= 2**31 - 1:
        raise BadValueError(
            f"Versjonen «{text}» er ikke et helt tall fra 1",
            expected="versjonen slik «--json» viste den, f.eks. 3",
        )
    return int(cleaned)


version_type.__name__ = "versjon"


def add_version_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--version N``: the version of what the command changes, as the user read it.

    The change is refused (exit 1, nothing changed) when someone saved it since; without the
    option the command uses the version it reads when it starts.
    """
    parser.add_argument(
        "--version",
        dest="expected_version",
        type=version_type,
        metavar="N",
        help=f"versjonen av {what} slik du leste den («version» i --json); endringen avvises "
        f"hvis noen har lagret {what} etter det (uten valget: versjonen når kommandoen starter)",
    )


def assignments(
    items: list[str], registry: Mapping[str, Any], command: str, example: str
) -> list[tuple[str, str]]:
    """FELT=VERDI pairs as typed (wrong use, exit 2, when a pair or a field name is wrong)."""
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"Skriv FELT=VERDI, f.eks. {example} (fikk «{item}»).")
        if name not in registry:
            raise UsageError(
                f"Ukjent felt «{name}». Feltene er: {', '.join(registry)} (se «{command} --help»)."
            )
        pairs.append((name, value))
    return pairs


def say(message: str) -> None:
    """A message for people, on stderr."""
    print(message, file=sys.stderr)


def print_json(data: Any) -> None:
    """``--json`` output on stdout, UTF-8."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


#: The database this command opened (one command, one database): whose login is the actor.
_opened: list[Any] = []


def database_target(args: argparse.Namespace) -> str:
    """The database as the user named it: ``--db``, ``$KOMMUNESAMARBEID_DB`` or the default."""
    from kommunesamarbeid.paths import DB_ENV, default_database_path

    return str(getattr(args, "db", None) or os.environ.get(DB_ENV) or default_database_path())


def database_label(args: argparse.Namespace) -> str:
    """The database for messages: the file, or the server address without its password."""
    from kommunesamarbeid.db.engine import mask_password

    return mask_password(database_target(args))


def open_db(args: argparse.Namespace) -> Any:
    """The database of ``--db``, ``$KOMMUNESAMARBEID_DB`` or the default file, migrated.

    A server password missing from the URL comes from libpq's password file or ``PGPASSWORD``,
    else from the keyring the GUI saved it in.
    """
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.services.credentials import stored_password

    db = open_database(database_target(args), password=stored_password)
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
