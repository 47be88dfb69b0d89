"""Who is acting, and what they may do.

On a shared PostgreSQL server the actor is the database login (``session_user``), with the
municipality and role the owner gave it (``app_user``, see ``db/security.py``); the database
enforces the same rules with row-level security, and writes who changed a row itself. The checks
here only make the refusal a clear Norwegian message before the database would say no.

On SQLite (one PC) and on a PostgreSQL database without ``server init`` there is one kind of
user, who may do everything; the name comes from ``$KOMMUNESAMARBEID_USER`` or the OS login.
"""

from __future__ import annotations

import enum
import getpass
import logging
import os
from dataclasses import dataclass
from typing import Any

from kommunesamarbeid.core.errors import NoPermissionError

log = logging.getLogger(__name__)

USER_ENV = "KOMMUNESAMARBEID_USER"


class Role(enum.StrEnum):
    #: SQLite, or a server without roles: may do everything.
    SINGLE_USER = "single_user"
    #: The database owner on a secured server (administers; not subject to the policies).
    OWNER = "owner"
    COORDINATOR = "coordinator"
    OFFICER = "officer"
    #: A login that belongs to no municipality: sees nothing, changes nothing.
    OUTSIDER = "outsider"


ROLE_LABELS = {
    Role.SINGLE_USER: "eneste bruker",
    Role.OWNER: "databasens eier",
    Role.COORDINATOR: "koordinator",
    Role.OFFICER: "innkjøpsrådgiver",
    Role.OUTSIDER: "ikke med i samarbeidet",
}


@dataclass(frozen=True, slots=True)
class Actor:
    """The person making a change, and (when known) the municipality they act for."""

    user: str
    municipality_id: int | None = None
    role: Role = Role.SINGLE_USER
    #: The municipality's name (for messages and the GUI's "who am I").
    municipality: str | None = None

    @property
    def may_coordinate(self) -> bool:
        """Detection, overlap groups, proposals, lots, milestones, the CPV catalogue."""
        return self.role in (Role.SINGLE_USER, Role.OWNER, Role.COORDINATOR)

    def may_change(self, municipality_id: int | None) -> bool:
        """May change this municipality's plan, lines, fullmakt and participation."""
        if self.may_coordinate:
            return True
        return (
            self.role is Role.OFFICER
            and municipality_id is not None
            and municipality_id == self.municipality_id
        )

    def describe(self) -> str:
        """«kari (innkjøpsrådgiver, Alver kommune)»: who is logged in, as shown to people."""
        parts = [ROLE_LABELS[self.role]]
        if self.municipality and self.role in (Role.OFFICER, Role.COORDINATOR):
            parts.append(self.municipality)
        return f"{self.user} ({', '.join(parts)})"


def current_actor() -> Actor:
    """The actor from ``$KOMMUNESAMARBEID_USER`` or the operating-system login name."""
    name = os.environ.get(USER_ENV)
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name on some service accounts
            name = "ukjent"
    return Actor(user=name)


def actor_for(db: Any, *, local_name: str | None = None) -> Actor:
    """Who is acting on this database: the database login on PostgreSQL (looked up once).

    ``local_name`` is the name to record on SQLite (the GUI's setting); default as
    ``current_actor``.
    """
    if not db.is_postgres:
        return Actor(user=local_name) if local_name else current_actor()
    cached = db.cache.get("actor")
    if isinstance(cached, Actor):
        return cached
    actor = _database_actor(db)
    db.cache["actor"] = actor
    return actor


def _database_actor(db: Any) -> Actor:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from kommunesamarbeid.db.security import is_secured

    with db.engine.connect() as conn:
        login = str(conn.scalar(text("SELECT session_user")))
        if not is_secured(conn):
            return Actor(user=login)
        is_owner = conn.scalar(
            text(
                "SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
                "WHERE schemaname = current_schema() AND tablename = 'planned_purchase'"
            )
        )
        if is_owner:
            return Actor(user=login, role=Role.OWNER)
        try:
            row = conn.execute(
                text(
                    "SELECT u.municipality_id, u.role, m.name FROM app_user u "
                    "JOIN municipality m ON m.id = u.municipality_id WHERE u.login = session_user"
                )
            ).first()
        except DBAPIError:
            log.info("Innloggingen %s kan ikke lese app_user", login)
            row = None
    if row is None:
        return Actor(user=login, role=Role.OUTSIDER)
    return Actor(
        user=login, municipality_id=int(row[0]), role=Role(str(row[1])), municipality=str(row[2])
    )


def _outsider(actor: Actor) -> NoPermissionError:
    return NoPermissionError(
        f"Innloggingen «{actor.user}» hører ikke til noen kommune i samarbeidet, og kan verken "
        "se eller endre noe.",
        hint=f"Be den som drifter databasen legge deg til med «kommunesamarbeid user add "
        f"{actor.user} --municipality KOMMUNE --role officer».",
    )


def require_coordinator(actor: Actor, action: str) -> None:
    """Refuse (``NoPermissionError``) unless the actor may coordinate; ``action``: «finne
    overlapp»."""
    if actor.may_coordinate:
        return
    if actor.role is Role.OUTSIDER:
        raise _outsider(actor)
    raise NoPermissionError(
        f"Du er logget inn som {actor.describe()}. Bare en koordinator kan {action}. "
        "Ingenting er endret.",
        hint="Be en koordinator i samarbeidet gjøre det.",
    )


def require_municipality(actor: Actor, municipality_id: int | None, name: str, action: str) -> None:
    """Refuse unless the actor may change this municipality's data; ``action``: «importere
    planen til»."""
    if actor.may_change(municipality_id):
        return
    if actor.role is Role.OUTSIDER:
        raise _outsider(actor)
    raise NoPermissionError(
        f"Du er logget inn som {actor.describe()}, og kan ikke {action} {name}. "
        "Ingenting er endret.",
        hint=f"Be en innkjøpsrådgiver i {name} eller en koordinator gjøre det.",
    )
