"""One way to open a database: a URL or a path in, a migrated ``Database`` out.

SQLite (the default, a file in the user's data folder) gets WAL, foreign keys and a busy
timeout; the file is copied before a migration. PostgreSQL is used as given by its URL; on a
shared server the app's logins have no right to change tables, so an older schema is refused
with a message that tells the owner to run ``server init`` (which migrates). A password never
appears in a message: URLs are shown with it masked.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kommunesamarbeid.core.errors import DatabaseTooNewError, NoPermissionError
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.errors import translate_db_error
from kommunesamarbeid.db.migrations import HEAD

log = logging.getLogger(__name__)

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
        except ArgumentError as exc:
            raise RefusedInputError(
                f"Ugyldig database-adresse «{mask_password(text)}».",
                hint="En PostgreSQL-adresse skrives postgresql+psycopg://bruker@server/database.",
            ) from exc
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: URL) -> Engine:
    """An engine for the URL, with SQLite's pragmas set on every connection."""
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    event.listen(engine, "connect", _postgres_session)
    return engine


#: How long a change waits for another one of the same data (a lock) before it gives up with
#: «Databasen er opptatt …» instead of hanging (milliseconds).
LOCK_TIMEOUT_MS = 60_000


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

    def describe(self) -> str:
        """The database as shown to the user (password hidden)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return f"SQLite: {url.database}"
        return f"PostgreSQL: {shown_url(url)}"

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any exception.

        A refusal or conflict the database reports comes out as the error model's kind.
        """
        try:
            with self.sessions() as session, session.begin():
                yield session
        except Exception as exc:
            translated = translate_db_error(exc)
            if translated is None or translated is exc:
                raise
            raise translated from exc

    def dispose(self) -> None:
        self.engine.dispose()


def backup_sqlite_file(path: Path) -> Path:
    """Copy an SQLite file (with its WAL) beside itself before a migration."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + suffix))
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
    libpq's password file did not give): from the keyring, or by asking the user.
    """
    url = to_url(url_or_path)
    try:
        engine = make_engine(url)
    except ArgumentError as exc:  # an unknown scheme or driver (a typo in the URL)
        raise RefusedInputError(
            f"Ugyldig database-adresse «{shown_url(url)}»: ukjent databasetype «{url.drivername}».",
            hint="En PostgreSQL-adresse skrives postgresql+psycopg://bruker@server/database; "
            "en SQLite-database er en filsti.",
        ) from exc
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
    except OperationalError as exc:
        engine.dispose()
        reason = mask_password(str(exc.orig or exc)).strip()
        if url.password:
            reason = reason.replace(str(url.password), "***")
        raise RefusedInputError(f"Kan ikke åpne databasen {shown_url(url)} ({reason}).") from exc
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
            f"Databasen {shown_url(url)} er laget av en nyere versjon av kommunesamarbeid "
            f"(skjema {current}).",
            hint="Oppdater programmet til samme versjon som de andre i samarbeidet bruker.",
        )
    if engine.dialect.name == "postgresql":
        _check_may_migrate(engine, url, current, head)
    if current is None and _has_tables(engine):
        raise RefusedInputError(
            "Databasen inneholder tabeller som ikke er laget av kommunesamarbeid; "
            "velg en annen fil eller en tom database."
        )
    is_sqlite_file = url.get_backend_name() == "sqlite" and url.database not in (None, ":memory:")
    if current is not None and is_sqlite_file and url.database:
        backup_sqlite_file(Path(url.database))
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
