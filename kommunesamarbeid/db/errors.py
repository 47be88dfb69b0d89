"""Database failures a user can act on, as ``UserError`` kinds with Norwegian messages.

SQLite and PostgreSQL report ordinary trouble as driver exceptions: a file locked by another
program, a read-only or damaged file, a full disk, a server that does not answer, a row another
user changed first. ``user_error(exc)`` turns those into the error model's kinds (with what
happened and what to do); anything else is left alone (a bug, shown as one).
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Final

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

from kommunesamarbeid.core.errors import (
    BadValueError,
    ConflictError,
    DatabaseBusyError,
    DatabaseUnusableError,
    DiskFullError,
    MissingFileError,
    NoPermissionError,
    UserError,
    from_os_error,
)

__all__ = ["conflict", "user_error"]

_BUSY_HINT: Final = (
    "Vent litt og prøv igjen. Bruker et annet program eller et annet vindu av kommunesamarbeid "
    "den samme databasen, kan du lukke det først."
)


def conflict() -> ConflictError:
    """Someone else changed (or removed) the same row between reading and writing."""
    return ConflictError(
        "Noen andre har endret det samme i databasen samtidig med deg, så endringen din er "
        "ikke lagret."
    )


def _sqlite_message(orig: BaseException) -> str:
    return str(orig).lower()


def _sqlite(orig: sqlite3.Error, where: str) -> UserError | None:
    text = _sqlite_message(orig)
    code = getattr(orig, "sqlite_errorcode", None)
    if "locked" in text or "busy" in text or code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return DatabaseBusyError(
            f"Databasen{where} er låst av et annet program eller en annen bruker akkurat nå.",
            hint=_BUSY_HINT,
        )
    if "readonly" in text or "read-only" in text or code == 8:  # SQLITE_READONLY
        return NoPermissionError(
            f"Databasen{where} er skrivebeskyttet: endringen kan ikke lagres.",
            hint="Gi deg selv skrivetilgang til filen og mappen den ligger i, eller åpne en "
            "kopi som du kan skrive til.",
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text or code in (11, 26):
        return DatabaseUnusableError(
            f"Filen{where} er ikke en database programmet kan bruke: den er skadet eller er "
            "ikke en SQLite-database.",
            hint="Velg en annen databasefil, eller hent fram en sikkerhetskopi.",
        )
    if "disk is full" in text or "database or disk is full" in text or code == 13:
        return DiskFullError(
            f"Det er ikke mer plass på disken der databasen{where} ligger.",
            hint="Frigjør plass og prøv igjen.",
        )
    if "unable to open database" in text or code == 14:  # SQLITE_CANTOPEN
        return MissingFileError(
            f"Databasen{where} kan ikke åpnes: mappen finnes ikke, er en fil, eller du har "
            "ikke tilgang til den.",
            hint="Kontroller stien og tilgangen til mappen, eller velg en annen databasefil.",
        )
    if "disk i/o error" in text or code == 10:
        return UserError(
            f"Databasen{where} kunne ikke leses eller skrives (feil ved lesing fra disken).",
            hint="Kontroller at disken eller nettverksstasjonen er tilgjengelig og prøv igjen.",
        )
    if "too big" in text or "too large" in text or code == 18:
        return BadValueError("En verdi er for stor til å lagres i databasen.")
    return None


def _postgres(orig: BaseException, where: str) -> UserError | None:
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    text = str(orig).lower()
    if sqlstate.startswith("08") or ("connection" in text and "refused" in text):
        return DatabaseBusyError(
            f"Får ikke kontakt med databaseserveren{where}.",
            hint="Kontroller nettverket og adressen, eller be den som drifter serveren om "
            "hjelp, og prøv igjen.",
        )
    if sqlstate in ("28000", "28P01") or "password authentication failed" in text:
        return NoPermissionError(
            f"Databaseserveren{where} godtok ikke brukernavnet eller passordet.",
            hint="Kontroller brukernavn og passord i databaseadressen.",
        )
    if sqlstate == "42501":  # row-level security or a missing grant: the role does not allow it
        return NoPermissionError(
            f"Databasen{where} nektet endringen: rollen din gir ikke lov til den. "
            "Ingenting er endret.",
            hint="Du kan lese alt i samarbeidet, men bare endre det rollen din gir lov til. Be "
            "en koordinator, eller den som drifter databasen, om hjelp.",
        )
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock
        return conflict()
    if sqlstate in ("55P03", "57014"):  # lock not available, statement timeout
        return DatabaseBusyError(
            f"Databasen{where} er opptatt: en annen bruker holder på med de samme dataene.",
            hint=_BUSY_HINT,
        )
    if sqlstate in ("53100",):
        return DiskFullError(
            f"Databaseserveren{where} har ikke mer plass på disken.",
            hint="Be den som drifter serveren om å frigjøre plass.",
        )
    if sqlstate.startswith("22"):  # data exception: numeric value out of range …
        return BadValueError(
            "En verdi passer ikke i databasen (for stor, eller feil slags verdi).",
            hint="Kontroller tallene og datoene du skrev.",
        )
    if sqlstate.startswith("57") or sqlstate.startswith("53"):
        return DatabaseBusyError(
            f"Databaseserveren{where} kan ikke ta imot forespørsler akkurat nå.",
            hint="Prøv igjen om litt.",
        )
    return None


def _is_collision(exc: IntegrityError) -> bool:
    """A unique or foreign-key violation: another user saved the same thing, or removed what
    this change refers to. (A NOT NULL or CHECK violation is a bug, not a collision.)"""
    sqlstate = str(getattr(exc.orig, "sqlstate", "") or "")
    text = str(exc.orig).lower()
    return sqlstate in ("23505", "23503") or "unique" in text or "foreign key" in text


def user_error(exc: BaseException, where: str = "") -> UserError | None:
    """The ``UserError`` for an exception from the database layer, or None (a bug).

    ``where`` names the database for the message («/sti/til/fil.db»); without it the message
    says «databasen».
    """
    if isinstance(exc, UserError):
        return exc
    place = f" «{where}»" if where else ""
    if isinstance(exc, StaleDataError):
        return conflict()
    if isinstance(exc, OverflowError):
        # The SQLite driver refuses a Python int beyond 64 bits before the database sees it.
        return BadValueError("Et tall er for stort til å lagres i databasen.")
    if isinstance(exc, IntegrityError) and _is_collision(exc):
        return ConflictError(
            "Endringen kan ikke lagres fordi den kolliderer med noe som allerede er lagret "
            "(kanskje av en annen bruker samtidig)."
        )
    if isinstance(exc, DBAPIError):
        orig = exc.orig
        if isinstance(orig, sqlite3.Error):
            return _sqlite(orig, place)
        if orig is not None and type(orig).__module__.startswith("psycopg"):
            return _postgres(orig, place)
        return None
    if isinstance(exc, SQLAlchemyError):
        return None
    if isinstance(exc, OSError) and exc.errno is not None:
        # A file the command wrote or read (the data folder, a backup copy, a log).
        return from_os_error(exc, exc.filename, writing=exc.errno != errno.ENOENT)
    return None
