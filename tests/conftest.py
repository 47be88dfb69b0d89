"""Shared fixtures: the reference data in ../shared, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from kommunesamarbeid.db.engine import Database, open_database
from kommunesamarbeid.services.context import Actor

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout; KOMMUNESAMARBEID_SHARED points elsewhere (a git worktree).
SHARED = Path(os.environ.get("KOMMUNESAMARBEID_SHARED") or REPO.parent / "shared")
PG_URL_ENV = "KOMMUNESAMARBEID_TEST_PG_URL"
REQUIRE_PG_ENV = "KOMMUNESAMARBEID_REQUIRE_PG"
#: set by pytest-xdist in each worker process (``gw0``, ``gw1`` …) when the suite runs with -n
XDIST_WORKER_ENV = "PYTEST_XDIST_WORKER"

# The engine's sources, not their compiled build (``core.overlap.compiled``): tests patch their
# functions, and test_compiled_engine.py compares the build with them in fresh processes.
# KOMMUNESAMARBEID_PURE_PYTHON=0 runs the suite on the build.
os.environ.setdefault("KOMMUNESAMARBEID_PURE_PYTHON", "1")


def shared_path(*parts: str) -> Path:
    """A file or folder in ../shared; the test is skipped (with the reason) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"Referansedata mangler: {path} (../shared er ikke lagt ved denne sjekkouten)")
    return path


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real user data folder."""
    monkeypatch.setenv("KOMMUNESAMARBEID_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.delenv("KOMMUNESAMARBEID_DB", raising=False)
    monkeypatch.setenv("KOMMUNESAMARBEID_USER", "testbruker")


def postgres_url() -> str | None:
    """The test database: the one KOMMUNESAMARBEID_TEST_PG_URL names, or, in a pytest-xdist
    worker, a database of that worker's own on the same server (``worker_database``)."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{PG_URL_ENV} er ikke satt, men PostgreSQL-testene er påkrevd her.")
        pytest.skip(f"Ingen PostgreSQL for testene ({PG_URL_ENV} er ikke satt)")
    worker = os.environ.get(XDIST_WORKER_ENV)
    return worker_database(url, worker) if worker else url


#: (server URL, database) of every worker database made in this process, dropped at the end
_WORKER_DATABASES: list[tuple[str, str]] = []


@functools.cache
def worker_database(url: str, worker: str) -> str:
    """A new, empty database for one pytest-xdist worker beside the one ``url`` names
    (``kommunesamarbeid_test_gw0`` …), made through ``url`` (a login that may create
    databases): workers running side by side never drop each other's tables. Dropped again
    when the worker's session ends."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    base = make_url(url)
    name = f"{base.database}_{worker}"
    try:
        superuser_sql(
            url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'
        )
    except DBAPIError as exc:
        pytest.fail(
            f"Kunne ikke lage databasen «{name}» for pytest-arbeideren {worker} ({exc.orig}). "
            f"Testene i flere prosesser trenger en innlogging som kan lage databaser; "
            f"KOMMUNESAMARBEID_TEST_WORKERS=0 (eller pytest uten -n) bruker bare {PG_URL_ENV}."
        )
    _WORKER_DATABASES.append((url, name))
    return base.set(database=name).render_as_string(hide_password=False)


def superuser_sql(url: str | URL, *statements: str) -> None:
    """Run statements outside a transaction (CREATE/DROP DATABASE, roles) as ``url``'s login."""
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for sql in statements:
                conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop the worker databases this process made (``worker_database``)."""
    for url, name in _WORKER_DATABASES:
        superuser_sql(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _WORKER_DATABASES.clear()


def reset_postgres(url: str) -> None:
    """Drop everything in the test database's public schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL: a new SQLite file, or the cleaned PostgreSQL test database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url = postgres_url()
    assert url is not None
    reset_postgres(url)
    yield url


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new SQLite file opened (so created and migrated) once a session, then closed: as
    ``open_database`` leaves every new file (only the schema, Alembic's revision and WAL mode).
    ``db`` and ``sqlite_db`` open a copy of it, which ``open_database`` finds current; migrating
    a new file itself is tested in tests/db."""
    path = tmp_path_factory.mktemp("migrated") / "empty.db"
    open_database(path).dispose()
    leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
    assert not leftovers, f"closed, the database should be one file: {leftovers}"
    return path


def _sqlite_file(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


@pytest.fixture
def db(db_url: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An opened, migrated, empty database (SQLite and PostgreSQL)."""
    path = _sqlite_file(db_url)
    if path is not None:
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Database]:
    """An opened, migrated, empty SQLite database (for tests that need no PostgreSQL run)."""
    path = tmp_path / "test.db"
    shutil.copyfile(migrated_sqlite, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture
def actor() -> Actor:
    return Actor(user="testbruker")
