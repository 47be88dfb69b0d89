"""Alembic: upgrade from empty, downgrade/upgrade round trip, backup before migrating SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from kommunesamarbeid.core.errors import DatabaseUnusableError
from kommunesamarbeid.db import migrate
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.db.models import Base

EXPECTED_TABLES = {t.name for t in Base.metadata.sorted_tables}


def test_upgrade_from_empty_creates_every_table(db_url: str) -> None:
    engine = create_engine(db_url)
    migrate.upgrade(engine, "head")
    tables = set(inspect(engine).get_table_names())
    assert tables >= EXPECTED_TABLES
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_downgrade_upgrade_round_trip(db_url: str) -> None:
    engine = create_engine(db_url)
    migrate.upgrade(engine, "head")
    migrate.downgrade(engine, "base")
    assert not (set(inspect(engine).get_table_names()) & EXPECTED_TABLES)
    migrate.upgrade(engine, "head")
    assert set(inspect(engine).get_table_names()) >= EXPECTED_TABLES
    engine.dispose()


def test_schema_matches_models(db_url: str) -> None:
    """The migrations produce what the models declare (no missing autogenerate step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(db_url)
    migrate.upgrade(engine, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_open_database_migrates_and_backs_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kommunesamarbeid.db"
    db = open_database(path)
    db.dispose()
    assert not list(tmp_path.glob("*.backup-*"))  # a new file needs no backup
    # Simulate an older schema: stamp the file one revision back by pretending head moved on.
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    monkeypatch.setattr("kommunesamarbeid.db.engine.HEAD", "9999_future")
    monkeypatch.setattr(migrate, "upgrade", lambda engine, revision="head": None)
    db = open_database(path)
    db.dispose()
    backups = list(tmp_path.glob("kommunesamarbeid.backup-*.db"))
    assert len(backups) == 1


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.db")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.dispose()


def test_foreign_table_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE something (x INTEGER)"))
    engine.dispose()
    with pytest.raises(DatabaseUnusableError, match="ikke er laget av kommunesamarbeid"):
        open_database(path)


def test_head_constant_matches_the_scripts() -> None:
    from kommunesamarbeid.db.migrations import HEAD

    assert migrate.head_revision() == HEAD
