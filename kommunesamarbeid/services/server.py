"""``server init``: make a PostgreSQL database ready for a cooperation (run by its owner).

Run once, and again after every program upgrade: it creates or migrates the tables, then
(re)creates the group roles, grants, row-level security policies and the triggers that write
who changed what (``db/security.py``). Idempotent. The owner is a login with CREATEROLE that
owns the database; it need not (and should not) be a superuser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kommunesamarbeid.core.errors import BadValueError, NoPermissionError
from kommunesamarbeid.db.engine import Database, open_database, to_url
from kommunesamarbeid.db.security import (
    COORDINATOR,
    OFFICER,
    TABLES,
    UnclassifiedTablesError,
    apply_security,
    group_role,
)


@dataclass(slots=True)
class InitReport:
    database: str
    owner: str
    schema_before: str | None
    schema_after: str
    created_roles: list[str] = field(default_factory=list)
    officer_role: str = ""
    coordinator_role: str = ""
    tables: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "owner": self.owner,
            "schema_before": self.schema_before,
            "schema_after": self.schema_after,
            "created_roles": self.created_roles,
            "officer_role": self.officer_role,
            "coordinator_role": self.coordinator_role,
            "tables": self.tables,
            "warnings": self.warnings,
        }


def require_postgres(url_or_path: str | Path, command: str) -> None:
    if to_url(url_or_path).get_backend_name() != "postgresql":
        raise BadValueError(
            f"«{command}» gjelder en felles PostgreSQL-database på en server; en SQLite-fil "
            "har bare én bruker og trenger ingen brukere eller roller.",
            hint="Oppgi serveren med --db postgresql+psycopg://eier@server/database.",
        )


def _stored_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        exists = conn.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
        if not exists:
            return None
        value = conn.scalar(text("SELECT version_num FROM alembic_version"))
        return str(value) if value is not None else None


def _before_revision(url_or_path: str | Path) -> str | None:
    db = open_database(url_or_path, migrate_schema=False)
    try:
        return _stored_revision(db)
    finally:
        db.dispose()


def init_server(url_or_path: str | Path) -> InitReport:
    """Create or migrate the tables, then apply roles, grants, policies and triggers."""
    require_postgres(url_or_path, "server init")
    before = _before_revision(url_or_path)
    db = open_database(url_or_path)  # migrates: the owner may change the tables
    try:
        with db.engine.begin() as conn:
            login, superuser, createrole = conn.execute(
                text(
                    "SELECT rolname, rolsuper, rolcreaterole FROM pg_roles "
                    "WHERE rolname = current_user"
                )
            ).one()
            database = str(conn.scalar(text("SELECT current_database()")))
            if not (superuser or createrole):
                raise NoPermissionError(
                    f"Innloggingen «{login}» kan ikke lage roller (CREATEROLE), og kan derfor "
                    "ikke sette opp brukere og rettigheter.",
                    hint="Kjør «server init» som databasens eier, en innlogging laget med "
                    "CREATE ROLE … LOGIN CREATEROLE (se README).",
                )
            owner = conn.scalar(
                text(
                    "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename = 'planned_purchase'"
                )
            )
            if owner != login and not superuser:
                raise NoPermissionError(
                    f"Tabellene eies av «{owner}», ikke av «{login}».",
                    hint=f"Kjør «server init» som «{owner}».",
                )
            try:
                created = apply_security(conn)
            except UnclassifiedTablesError as exc:
                raise NoPermissionError(
                    "Disse tabellene har ingen tilgangsregler ennå, og ingen får bruke dem før "
                    f"de har det: {', '.join(exc.tables)}.",
                    hint="Dette er en feil i programmet (db/security.py); meld fra om den.",
                ) from exc
        after = _stored_revision(db) or ""
    finally:
        db.dispose()
    report = InitReport(
        database=database,
        owner=str(login),
        schema_before=before,
        schema_after=after,
        created_roles=created,
        officer_role=group_role(database, OFFICER),
        coordinator_role=group_role(database, COORDINATOR),
        tables=len(TABLES),
    )
    if superuser:
        report.warnings.append(
            f"«{login}» er superbruker. Det virker, men bruk helst en egen eier-innlogging med "
            "CREATEROLE (se README): en superbruker omgår alle regler."
        )
    return report
