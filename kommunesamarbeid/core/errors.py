"""The error model: refusals a user can act on, each with a Norwegian message.

A ``UserError`` says what happened and what to do about it; the command line prints it and
exits 1, the GUI shows the same words in a message box, and nothing has been changed. Anything
else that escapes a use case is a bug in the program ("Uventet feil").

The kinds are few on purpose; each carries the facts its message needs so that the GUI and the
command line can say the same thing:

* ``BadValueError``      a value a person typed or a file holds is not understood
* ``NotFoundError``      the thing asked for does not exist (id, name, line)
* ``MissingFileError``   a file or folder is not there
* ``NoPermissionError``  the operating system or the database refused the action
* ``DiskFullError``      no room left on the disk
* ``DatabaseBusyError``  the database is locked or cannot be reached right now
* ``DatabaseTooNewError`` the database was written by a newer version of the program
* ``DatabaseUnusableError`` the file is no kommunesamarbeid database (damaged, or another
  program's)
* ``ConflictError``      someone else changed the same thing first

``RefusedInputError`` (``core.problems``) is a ``UserError`` too: a whole input refused, with
the file, sheet, row and column it concerns.
"""

from __future__ import annotations

import errno
from pathlib import PurePath
from typing import Any, ClassVar

__all__ = [
    "BadValueError",
    "ConflictError",
    "DatabaseBusyError",
    "DatabaseTooNewError",
    "DatabaseUnusableError",
    "DiskFullError",
    "MissingFileError",
    "NoPermissionError",
    "NotFoundError",
    "UserError",
    "from_os_error",
]


class UserError(Exception):
    """A refusal the user can act on: nothing was changed (exit 1)."""

    #: A stable name of the kind, for ``--json`` output and tests.
    kind: ClassVar[str] = "refused"

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        #: What the user can do about it ("Lukk filen i Excel og prøv igjen.").
        self.hint = hint
        super().__init__(self.describe())

    def describe(self) -> str:
        """The whole message as shown to the user: what happened, then what to do."""
        if not self.hint:
            return self.message
        return f"{self.message.rstrip()} {self.hint}"

    @property
    def details(self) -> list[str]:
        """More lines for people under the message (a list of what is concerned), if any."""
        return []

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.describe()}


class BadValueError(UserError):
    """A value is not understood: names the field, the value and what was expected."""

    kind = "bad_value"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        value: object = None,
        expected: str = "",
        hint: str = "",
    ) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        text = message.rstrip()
        if value is not None and str(value) != "" and f"«{value}»" not in message:
            text = f"{text.rstrip('.')} (fikk «{_short(value)}»)."
        if not text.endswith((".", "!", "?", ":")):
            text += "."
        if expected:
            text = f"{text} Forventet: {expected.rstrip('.')}."
        super().__init__(text, hint=hint)


class NotFoundError(UserError):
    kind = "not_found"


class MissingFileError(UserError):
    kind = "missing_file"


class NoPermissionError(UserError):
    kind = "no_permission"


class DiskFullError(UserError):
    kind = "disk_full"


class DatabaseBusyError(UserError):
    kind = "database_busy"


class DatabaseTooNewError(UserError):
    kind = "database_too_new"


class DatabaseUnusableError(UserError):
    kind = "database_unusable"


class ConflictError(UserError):
    """Someone else changed the same thing first; says who, what and when where known."""

    kind = "conflict"

    def __init__(
        self,
        message: str,
        *,
        changed_by: str | None = None,
        changed_at: str | None = None,
        hint: str = "Hent inn endringene på nytt og gjør endringen din igjen.",
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(message, hint=hint)


def _short(value: object, limit: int = 80) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def from_os_error(exc: OSError, path: str | PurePath | None = None, *, writing: bool) -> UserError:
    """An ordinary file-system failure as a ``UserError`` with a Norwegian message.

    ``writing`` says whether the program was writing (export, database) or reading (import).
    Errors that are not ordinary (an unknown errno) still become a clear refusal that quotes
    the operating system's own words, never a traceback.
    """
    where = str(path if path is not None else (exc.filename or ""))
    target = f"«{where}»" if where else "filen"
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(
            f"Det er ikke mer plass på disken: {target} ble ikke skrevet.",
            hint="Frigjør plass (eller velg en annen mappe) og prøv igjen.",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        if writing:
            return NoPermissionError(
                f"Programmet har ikke lov til å skrive {target}.",
                hint="Filen kan være åpen i et annet program, skrivebeskyttet, eller mappen "
                "krever andre rettigheter. Lukk filen eller velg en annen mappe.",
            )
        return NoPermissionError(
            f"Programmet har ikke lov til å lese {target}.",
            hint="Filen kan være åpen og låst i et annet program. Lukk den og prøv igjen.",
        )
    if code == errno.EISDIR or isinstance(exc, IsADirectoryError):
        return BadValueError(
            f"{target} er en mappe, ikke en fil.",
            hint="Oppgi et filnavn, f.eks. «forslag.pdf».",
        )
    if code == errno.ENOTDIR or isinstance(exc, NotADirectoryError):
        return BadValueError(
            f"{target}: en del av stien er en fil, ikke en mappe.",
            hint="Kontroller stien og prøv igjen.",
        )
    if code == errno.ENOENT or isinstance(exc, FileNotFoundError):
        if writing:
            return MissingFileError(
                f"Mappen for {target} finnes ikke.",
                hint="Lag mappen først, eller velg en mappe som finnes.",
            )
        return MissingFileError(
            f"Finner ikke {target}.", hint="Kontroller navnet og mappen og prøv igjen."
        )
    if code == errno.ENAMETOOLONG:
        return BadValueError(f"Filnavnet {target} er for langt.", hint="Velg et kortere navn.")
    if code in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN):
        return NoPermissionError(
            f"{target} er i bruk av et annet program.", hint="Lukk det og prøv igjen."
        )
    reason = exc.strerror or exc.__class__.__name__
    verb = "skrive" if writing else "lese"
    return UserError(
        f"Kunne ikke {verb} {target}: {reason}.",
        hint="Kontroller filen og mappen og prøv igjen.",
    )
