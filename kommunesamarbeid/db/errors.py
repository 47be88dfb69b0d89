"""Database refusals as the error model's kinds, in Norwegian, never a traceback.

A permission refused by PostgreSQL (row-level security, grants), a concurrent change the
database caught (serialisation failure, deadlock, an optimistic-lock miss), a lock wait that
timed out or a lost connection all become a ``UserError`` that the command line prints with
exit 1 and the GUI shows in a message box.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from kommunesamarbeid.core.errors import (
    ConflictError,
    DatabaseBusyError,
    NoPermissionError,
    UserError,
)

PERMISSION_HINT = (
    "Du kan lese alt i samarbeidet, men bare endre det rollen din gir lov til. Be en "
    "koordinator, eller den som drifter databasen, om hjelp."
)


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or "")


def _primary(exc: DBAPIError) -> str:
    diag = getattr(exc.orig, "diag", None)
    text = getattr(diag, "message_primary", None) if diag is not None else None
    return str(text or exc.orig or exc).strip().splitlines()[0]


def translate_db_error(exc: BaseException) -> UserError | None:
    """The ``UserError`` an exception from the database means, or None (a real bug)."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Noen andre endret eller fjernet det samme mens du arbeidet (eller du har ikke lov "
            "til å endre det). Ingenting er endret."
        )
    if not isinstance(exc, DBAPIError):
        return None
    state = _sqlstate(exc)
    if state == "42501":
        return NoPermissionError(
            f"Databasen nektet endringen ({_primary(exc)}). Ingenting er endret.",
            hint=PERMISSION_HINT,
        )
    if state in ("40001", "40P01"):
        return ConflictError(
            "Noen andre endret de samme dataene samtidig. Ingenting er endret.",
            hint="Prøv igjen om litt.",
        )
    if state in ("55P03", "57014"):
        return DatabaseBusyError(
            "Databasen er opptatt med en annen endring av de samme dataene. Ingenting er endret.",
            hint="Prøv igjen om litt.",
        )
    if state == "23505":
        return ConflictError(
            f"Det finnes allerede ({_primary(exc)}); kanskje noen andre la det inn samtidig. "
            "Ingenting er endret."
        )
    if state.startswith("08") or "database is locked" in str(exc.orig):
        return DatabaseBusyError(
            "Databasen svarer ikke eller er låst av et annet program. Ingenting er endret.",
            hint="Prøv igjen om litt; kontroller nettverket hvis det er en server.",
        )
    return None
