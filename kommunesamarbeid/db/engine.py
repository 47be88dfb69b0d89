"""One way to open a database: a URL or a path in, a migrated ``Database`` out.

SQLite (the default, a file in the user's data folder) gets WAL, foreign keys and a busy
timeout; the file is copied before a migration. PostgreSQL is used as given by its URL.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.migrations import HEAD

log = logging.getLogger(__name__)


def to_url(url_or_path: str | Path) -> URL:
    """An SQLAlchemy URL from a URL string or a plain SQLite file path."""
    text = str(url_or_path)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise RefusedInputError(f"Ugyldig database-adresse «{text}».") from exc
        if url.drivername == "postgresql":
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
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


@dataclass
class Database:
    """An open, migrated database: the engine and a session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> URL:
        return self.engine.url

    def describe(self) -> str:
        """The database as shown to the user (password hidden)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return f"SQLite: {url.database}"
        return f"PostgreSQL: {url.render_as_string(hide_password=True)}"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any exception."""
        with self.sessions() as session, session.begin():
            yield session

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


def open_database(url_or_path: str | Path, *, migrate_schema: bool = True) -> Database:
    """Open (and create or migrate to the current schema) the database at a URL or path."""
    url = to_url(url_or_path)
    engine = make_engine(url)
    try:
        if migrate_schema:
            _migrate(engine, url)
    except OperationalError as exc:
        engine.dispose()
        raise RefusedInputError(
            f"Kan ikke åpne databasen {url.render_as_string(hide_password=True)} "
            f"({exc.orig or exc})."
        ) from exc
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


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
    if current is None and _has_tables(engine):
        raise RefusedInputError(
            "Databasen inneholder tabeller som ikke er laget av kommunesamarbeid; "
            "velg en annen fil eller en tom database."
        )
    is_sqlite_file = url.get_backend_name() == "sqlite" and url.database not in (None, ":memory:")
    if current is not None and is_sqlite_file and url.database:
        backup_sqlite_file(Path(url.database))
    migrate.upgrade(engine, "head")


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
