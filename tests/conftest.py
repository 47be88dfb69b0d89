"""Shared fixtures: the reference data in ../shared, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kommunesamarbeid.db.engine import Database, open_database
from kommunesamarbeid.services.context import Actor

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout; KOMMUNESAMARBEID_SHARED points elsewhere (a git worktree).
SHARED = Path(os.environ.get("KOMMUNESAMARBEID_SHARED") or REPO.parent / "shared")
PG_URL_ENV = "KOMMUNESAMARBEID_TEST_PG_URL"
REQUIRE_PG_ENV = "KOMMUNESAMARBEID_REQUIRE_PG"

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
    url = os.environ.get(PG_URL_ENV)
    if not url:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{PG_URL_ENV} er ikke satt, men PostgreSQL-testene er påkrevd her.")
        pytest.skip(f"Ingen PostgreSQL for testene ({PG_URL_ENV} er ikke satt)")
    return url


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


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An opened, migrated, empty database (SQLite and PostgreSQL)."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """An opened, migrated, empty SQLite database (for tests that need no PostgreSQL run)."""
    database = open_database(tmp_path / "test.db")
    yield database
    database.dispose()


@pytest.fixture
def actor() -> Actor:
    return Actor(user="testbruker")
