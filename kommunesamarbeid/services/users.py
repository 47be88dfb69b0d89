"""``user add|list|remove``: who may do what on a shared server (run by the database owner).

A user is a PostgreSQL login (created here, or an existing one adopted, e.g. one that logs in
with the organisation's single sign-on through GSSAPI/SSPI), a row in ``app_user`` naming its
municipality and role, and membership of the role's group role, which carries the grants.

Coordinators belong to a municipality too: the host municipality (vertskommunen) of the
cooperation. The first coordinator is given it with ``--municipality`` (unless the database
knows only one municipality); later coordinators get the same one when ``--municipality`` is
left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import BadValueError, NoPermissionError, NotFoundError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import AppUser, Municipality
from kommunesamarbeid.db.security import (
    COORDINATOR,
    OFFICER,
    ROLES,
    group_role,
    is_secured,
    quote_ident,
)
from kommunesamarbeid.services.context import ROLE_LABELS, Actor, Role
from kommunesamarbeid.services.municipalities import ensure_municipality, find_municipality

LOGIN_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@\-]{0,62}$")


@dataclass(frozen=True, slots=True)
class UserInfo:
    login: str
    role: str
    municipality: str
    #: The login exists on the server and may log in.
    can_login: bool
    #: What ``user add`` did: "created", "adopted", "updated" (empty for ``user list``).
    action: str = ""
    password_set: bool = False

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[Role(self.role)]

    def to_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "role": self.role,
            "municipality": self.municipality,
            "can_login": self.can_login,
            **({"action": self.action, "password_set": self.password_set} if self.action else {}),
        }


def _check_login(login: str) -> str:
    if not LOGIN_RE.match(login):
        raise BadValueError(
            "Ugyldig navn på innlogging.",
            field="login",
            value=login,
            expected="bokstaver, siffer, _ . @ eller -, høyst 63 tegn (f.eks. «kari.nordmann»)",
        )
    return login


def _require_admin(conn: Connection) -> str:
    """The database's name; refuses unless the login may create roles and the server is set up."""
    login, createrole, superuser = conn.execute(
        text("SELECT rolname, rolcreaterole, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    if not (createrole or superuser):
        raise NoPermissionError(
            f"Innloggingen «{login}» kan ikke administrere brukere (den mangler CREATEROLE).",
            hint="Kjør kommandoen som databasens eier.",
        )
    if not is_secured(conn):
        raise NoPermissionError(
            "Databasen er ikke satt opp for flere brukere ennå.",
            hint="Kjør «kommunesamarbeid server init» som databasens eier først.",
        )
    return str(conn.scalar(text("SELECT current_database()")))


def _coordinator_home(session: Session, name: str | None) -> Municipality:
    if name:
        found = find_municipality(session, name)
        if found is not None:
            return found
        created, _ = ensure_municipality(session, Actor(user=""), name)
        return created
    homes = set(session.scalars(select(AppUser.municipality_id).where(AppUser.role == COORDINATOR)))
    if not homes:  # the first coordinator: the cooperation's only municipality, if so
        homes = set(session.scalars(select(Municipality.id)))
    if len(homes) != 1:
        raise BadValueError(
            "Oppgi vertskommunen til koordinatoren med --municipality.",
            hint="Koordinatorer hører til vertskommunen; den første koordinatoren må få den "
            "oppgitt, de neste får samme kommune.",
        )
    home = session.get(Municipality, homes.pop())
    assert home is not None
    return home


def _existing_login(conn: Connection, login: str) -> bool:
    """Whether the login exists (to be adopted); refuses one that cannot be a user."""
    found = conn.execute(
        text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}
    ).first()
    if found is None:
        return False
    can_login, superuser = found
    if superuser:
        raise BadValueError(
            f"«{login}» er en superbruker; reglene for rader gjelder ikke for den.",
            hint="Bruk en vanlig innlogging for innkjøpsrådgivere og koordinatorer.",
        )
    if not can_login:
        raise BadValueError(f"«{login}» finnes, men er ikke en innlogging (NOLOGIN).")
    owns_tables = conn.scalar(
        text(
            "SELECT pg_has_role(:n, tableowner, 'MEMBER') FROM pg_tables "
            "WHERE tablename = 'planned_purchase' AND schemaname = current_schema()"
        ),
        {"n": login},
    )
    if owns_tables:
        raise BadValueError(f"«{login}» eier tabellene og kan ikke også være en bruker.")
    return True


def _encrypted(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier, made by libpq on this side: the password itself never
    reaches the server (or its statement log)."""
    raw = conn.connection.driver_connection
    verifier: bytes = raw.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def add_user(
    db: Database,
    login: str,
    *,
    role: str,
    municipality: str | None = None,
    password: str | None = None,
) -> UserInfo:
    """Create the login (or adopt an existing one) and give it a municipality and a role."""
    _check_login(login)
    if role not in ROLES:
        raise BadValueError(
            "Ukjent rolle.", field="role", value=role, expected="officer, coordinator"
        )
    if role == OFFICER and not municipality:
        raise BadValueError("En innkjøpsrådgiver må høre til en kommune: oppgi --municipality.")
    if password is not None and not password:
        raise BadValueError("Passordet er tomt.", hint="Skriv passordet på standard inn.")
    with db.session() as session:
        conn = session.connection()
        database = _require_admin(conn)
        groups = {r: group_role(database, r) for r in ROLES}
        if login in groups.values():
            raise BadValueError(f"«{login}» er en grupperolle, ikke en person.")
        existing = _existing_login(conn, login)
        if role == OFFICER:
            assert municipality is not None
            home = find_municipality(session, municipality)
            if home is None:
                home, _ = ensure_municipality(session, Actor(user=""), municipality)
        else:
            home = _coordinator_home(session, municipality)
        q = quote_ident(login)
        password_sql = (
            f" PASSWORD {_literal(_encrypted(conn, login, password))}" if password else ""
        )
        if not existing:
            conn.exec_driver_sql(f"CREATE ROLE {q} LOGIN{password_sql}")
            action = "created"
        else:
            if password_sql:
                conn.exec_driver_sql(f"ALTER ROLE {q}{password_sql}")
            action = "adopted"
        for other, group in groups.items():
            if other == role:
                conn.exec_driver_sql(f"GRANT {quote_ident(group)} TO {q}")
            else:
                conn.exec_driver_sql(f"REVOKE {quote_ident(group)} FROM {q}")
        row = session.get(AppUser, login)
        if row is None:
            session.add(AppUser(login=login, municipality_id=home.id, role=role))
        else:
            if action == "adopted":
                action = "updated"
            row.municipality_id, row.role = home.id, role
        session.flush()
        return UserInfo(login, role, home.name, True, action, password_set=bool(password))


def list_users(db: Database) -> list[UserInfo]:
    """The cooperation's users, by municipality and login."""
    with db.session() as session:
        rows = session.execute(
            text(
                "SELECT u.login, u.role, m.name, COALESCE(r.rolcanlogin, false) "
                "FROM app_user u JOIN municipality m ON m.id = u.municipality_id "
                "LEFT JOIN pg_roles r ON r.rolname = u.login ORDER BY m.name, u.login"
            )
        ).all()
    return [UserInfo(str(a), str(b), str(c), bool(d)) for a, b, c, d in rows]


def remove_user(db: Database, login: str, *, drop_login: bool = False) -> UserInfo:
    """Take a login out of the cooperation (it then sees nothing); optionally drop the login."""
    _check_login(login)
    with db.session() as session:
        conn = session.connection()
        database = _require_admin(conn)
        row = session.get(AppUser, login)
        if row is None:
            raise NotFoundError(
                f"«{login}» er ikke bruker i samarbeidet.", hint="Se brukerne med «user list»."
            )
        info = UserInfo(login, row.role, _name(session, row.municipality_id), False, "removed")
        session.delete(row)
        session.flush()
        q = quote_ident(login)
        if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}):
            for r in ROLES:
                conn.exec_driver_sql(f"REVOKE {quote_ident(group_role(database, r))} FROM {q}")
            if drop_login:
                conn.exec_driver_sql(f"DROP ROLE {q}")
        return info


def _name(session: Session, municipality_id: int) -> str:
    m = session.get(Municipality, municipality_id)
    return m.name if m is not None else ""
