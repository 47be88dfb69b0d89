"""One way to open a database: a URL or a path in, a migrated ``Database`` out.

SQLite (the default, a file in the user's data folder) gets WAL, foreign keys and a busy
timeout; the file is copied once before a migration. PostgreSQL is used as given by its URL; on a
shared server the app's logins have no right to change tables, so an older schema is refused
with a message that tells the owner to run ``server init`` (which migrates). A password never
appears in a message: URLs are shown with it masked.

Ordinary trouble is refused with the error model's kinds (``db.errors``): a locked, read-only,
damaged or foreign file, a server that does not answer, and a database written by a newer
version of the program (refused before anything is copied or changed).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kommunesamarbeid.core.errors import (
    BadValueError,
    DatabaseTooNewError,
    DatabaseUnusableError,
    NoPermissionError,
    UserError,
    from_os_error,
)
from kommunesamarbeid.db.errors import user_error
from kommunesamarbeid.db.migrations import HEAD

log = logging.getLogger(__name__)

#: How long SQLite waits for another program's lock before giving up (seconds).
SQLITE_BUSY_TIMEOUT_S = 10.0

#: How long a change on PostgreSQL waits for another one of the same data (a lock) before it
#: gives up with «Databasen er opptatt …» instead of hanging (milliseconds).
LOCK_TIMEOUT_MS = 60_000

#: Asked for a password when a server wants one and the URL has none (keyring, a prompt).
PasswordProvider = Callable[[URL], str | None]

_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*):(?P<pw>[^@\s]*)@")
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<pw>'[^']*'|\S+)", re.IGNORECASE)


def mask_password(text: str) -> str:
    """The text with every password of a URL or ``password=…`` setting replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:***@", text)
    return _KEYWORD_PASSWORD.sub(lambda m: f"{m['head']}***", text)


def shown_url(url: URL) -> str:
    """A URL as people see it: the password masked."""
    return url.render_as_string(hide_password=True)


def to_url(url_or_path: str | Path) -> URL:
    """An SQLAlchemy URL from a URL string or a plain SQLite file path."""
    text = str(url_or_path)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as exc:
            raise BadValueError(
                "Databaseadressen kan ikke leses",
                value=mask_password(text),
                expected="en SQLite-fil eller en adresse som postgresql://bruker@vert/database",
            ) from exc
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise BadValueError(
                f"Databasetypen «{url.get_backend_name()}» støttes ikke",
                expected="en SQLite-fil eller en PostgreSQL-adresse (postgresql://…)",
            )
        return url
    if not text.strip() or "\x00" in text:
        raise BadValueError("Databasefilen må ha et navn", value=text)
    path = Path(text).expanduser().resolve()
    if path.is_dir():
        raise BadValueError(
            f"«{path}» er en mappe, ikke en databasefil",
            hint="Oppgi en fil, f.eks. «kommunesamarbeid.db» i den mappen.",
        )
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _use_wal(engine: Engine) -> None:
    """Write-ahead logging for a file known to be ours (the mode is kept in the file).

    Never set before the file is known to be a kommunesamarbeid database: it rewrites the
    file's header. A read-only file (or one locked right now) keeps its journal mode; reading
    still works, and a write is refused with a clear message when it is tried.
    """
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    except DBAPIError:
        log.info("SQLite: kunne ikke slå på WAL", exc_info=True)


def make_engine(url: URL) -> Engine:
    """An engine for the URL, with SQLite's pragmas set on every connection."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:" and not url.query.get("uri"):
            folder = Path(url.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise from_os_error(exc, folder, writing=True) from exc
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except (NoSuchModuleError, ArgumentError) as exc:
        raise BadValueError(
            f"Databasedriveren «{url.drivername}» finnes ikke",
            expected="postgresql+psycopg://… eller en SQLite-fil",
        ) from exc
    event.listen(engine, "connect", _postgres_session)
    return engine


def _postgres_session(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
    dbapi_connection.commit()


@dataclass
class Database:
    """An open, migrated database: the engine and a session factory."""

    engine: Engine
    sessions: sessionmaker[Session]
    #: Facts looked up once per open database (e.g. who the login is).
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def where(self) -> str:
        """The database in a message: the file, or the server address without its password."""
        url = self.engine.url
        return str(url.database or "") if url.get_backend_name() == "sqlite" else shown_url(url)

    def describe(self) -> str:
        """The database as shown to the user (password hidden)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return f"SQLite: {url.database}"
        return f"PostgreSQL: {shown_url(url)}"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any exception.

        A refusal or conflict the database reports comes out as the error model's kind.
        """
        try:
            with self.sessions() as session, session.begin():
                yield session
        except Exception as exc:
            translated = user_error(exc, self.where)
            if translated is None or translated is exc:
                raise
            raise translated from exc

    def dispose(self) -> None:
        self.engine.dispose()


def backup_path(path: Path, revision: str) -> Path:
    """Where the copy of an SQLite file is kept before it is migrated from ``revision``."""
    return path.with_name(f"{path.stem}.backup-fra-{revision}{path.suffix}")


def backup_sqlite_file(path: Path, revision: str) -> Path:
    """Copy an SQLite file beside itself before a migration from ``revision``.

    SQLite's online backup makes one consistent file (what the write-ahead log holds
    included). One copy per revision: when it is already there (an earlier attempt failed) it
    is kept as it is — it holds the database as it was before any attempt.
    """
    target = backup_path(path, revision)
    if target.exists():
        log.info("Sikkerhetskopi fra før oppgraderingen finnes allerede: %s", target)
        return target
    partial = target.with_name(target.name + ".part")
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as source,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise from_os_error(exc, target, writing=True) from exc
        found = user_error(DBAPIError(None, None, exc), str(target))
        raise (found or DatabaseUnusableError(f"Kunne ikke ta sikkerhetskopi: {exc}.")) from exc
    log.info("Sikkerhetskopi av databasen før oppgradering: %s", target)
    return target


def _wants_password(exc: OperationalError) -> bool:
    text = str(exc.orig or exc)
    return "no password supplied" in text or "password authentication failed" in text


def open_database(
    url_or_path: str | Path,
    *,
    migrate_schema: bool = True,
    password: PasswordProvider | None = None,
) -> Database:
    """Open (and create or migrate to the current schema) the database at a URL or path.

    ``password`` is asked once when the server wants a password the URL does not have (and
    libpq's password file did not give): from the keyring, or by asking the user. Raises a
    ``UserError`` for ordinary trouble (see ``db.errors``), the engine disposed.
    """
    url = to_url(url_or_path)
    engine = make_engine(url)
    try:
        try:
            _check_and_migrate(engine, url, migrate_schema)
        except OperationalError as exc:
            given = (
                password(url)
                if password is not None and url.password is None and _wants_password(exc)
                else None
            )
            if not given:
                raise
            engine.dispose()
            url = url.set(password=given)
            engine = make_engine(url)
            _check_and_migrate(engine, url, migrate_schema)
    except UserError:
        engine.dispose()
        raise
    except (DBAPIError, OSError) as exc:
        engine.dispose()
        where = url.database if url.get_backend_name() == "sqlite" else _server(url)
        found = user_error(exc, where or "")
        if found is None:
            reason = mask_password(str(getattr(exc, "orig", None) or exc)).strip()
            if url.password:
                reason = reason.replace(str(url.password), "***")
            found = DatabaseUnusableError(
                f"Kan ikke åpne databasen «{where}»: {reason}.",
                hint="Kontroller adressen eller filen, eller velg en annen database.",
            )
        raise found from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


def _check_and_migrate(engine: Engine, url: URL, migrate_schema: bool) -> None:
    if migrate_schema:
        _migrate(engine, url)
    else:
        with engine.connect():
            pass  # the connection (and its password) is checked now, not at first use
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _use_wal(engine)


def _server(url: URL) -> str:
    return shown_url(url)


def _stored_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read without Alembic (None when unstamped)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def _migrate(engine: Engine, url: URL) -> None:
    if _stored_revision(engine) == HEAD:
        return  # the common case: no Alembic import at start-up
    from kommunesamarbeid.db import migrate

    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and not migrate.is_known_revision(current):
        raise DatabaseTooNewError(
            f"Databasen er laget av en nyere versjon av kommunesamarbeid (databaseversjon "
            f"«{current}»; denne versjonen kjenner bare til og med «{head}»). Den er ikke "
            "endret.",
            hint="Installer den nyeste versjonen av programmet, eller åpne en annen database.",
        )
    if engine.dialect.name == "postgresql":
        _check_may_migrate(engine, url, current, head)
    if current is None and _has_tables(engine):
        raise DatabaseUnusableError(
            "Databasen inneholder tabeller som ikke er laget av kommunesamarbeid. Den er ikke "
            "endret.",
            hint="Velg en annen fil eller en tom database.",
        )
    is_sqlite_file = url.get_backend_name() == "sqlite" and url.database not in (None, ":memory:")
    if current is not None and is_sqlite_file and url.database:
        backup_sqlite_file(Path(url.database), current)
    migrate.upgrade(engine, "head")


def _check_may_migrate(engine: Engine, url: URL, current: str | None, head: str | None) -> None:
    """Refuse clearly when this login may not change the tables (a shared server's app login)."""
    with engine.connect() as conn:
        login = conn.scalar(text("SELECT session_user"))
        owner = conn.scalar(
            text(
                "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'alembic_version'"
            )
        )
        if owner is None:
            allowed = conn.scalar(text("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
        else:
            allowed = conn.scalar(
                text("SELECT pg_has_role(current_user, :owner, 'MEMBER')"), {"owner": owner}
            )
    if allowed:
        return
    hint = (
        "Be den som drifter databasen kjøre «kommunesamarbeid server init» som databasens "
        "eier; det lager eller oppgraderer tabellene og rettighetene."
    )
    if current is None:
        raise NoPermissionError(
            f"Databasen {shown_url(url)} har ingen tabeller ennå, og innloggingen «{login}» "
            "har ikke lov til å lage dem.",
            hint=hint,
        )
    raise NoPermissionError(
        f"Tabellene i databasen {shown_url(url)} er fra en eldre versjon av programmet "
        f"(skjema {current}, programmet trenger {head}), og innloggingen «{login}» har ikke "
        "lov til å oppgradere dem.",
        hint=hint,
    )


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
