"""Who may see and change what on a shared PostgreSQL server, enforced by PostgreSQL itself.

Every table of the models is classified here, once (``TABLES``); ``server init`` (run by the
database owner) turns the registry into group roles, grants, row-level security policies and
the triggers that write who changed a row from ``session_user``. A table that is not in the
registry makes ``server init`` refuse (and a test fail): a new table is never readable or
writable by the app's logins until someone has decided who owns its rows.

Roles (one pair per database, so that several cooperations can share a cluster):

* ``<database>_officer``      innkjøpsrådgiver: reads everything in the cooperation, changes its own
                              municipality's plans, lines, imports, column mappings, fullmakt and
                              participation;
* ``<database>_coordinator``  koordinator: may change everything (detection, overlap groups,
                              proposals, lots, milestones, the CPV catalogue, municipalities).

A login's municipality and role are rows of ``app_user`` (written by the owner with
``user add``); the policies read them through three ``SECURITY DEFINER`` functions, so a login
that has no row there sees nothing, whatever it was granted. The owner (who owns the tables)
is not subject to the policies.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, MetaData, Table, text

from kommunesamarbeid.db.models import Base


class Kind(enum.Enum):
    """How the rows of a table are owned."""

    #: Rows belong to one municipality (``owner_column``, or through ``via``): officers change
    #: their own municipality's rows, coordinators all.
    MUNICIPALITY_DATA = "municipality_data"
    #: The municipality table itself: officers change their own row, coordinators add any.
    MUNICIPALITY_REGISTER = "municipality_register"
    #: The cooperation's shared work and reference data: coordinators change it.
    COORDINATED = "coordinated"
    #: Append-only history: every member adds rows in its own name, nobody changes them.
    LOG = "log"
    #: Written by the database owner only (``user add``); members read it.
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Via:
    """Ownership through a parent row: ``column`` references ``parent``.id, which has the
    municipality in ``parent_column``."""

    column: str
    parent: str
    parent_column: str = "municipality_id"


@dataclass(frozen=True, slots=True)
class TablePolicy:
    kind: Kind
    #: MUNICIPALITY_DATA: the column holding the owning municipality's id.
    owner_column: str | None = None
    #: MUNICIPALITY_DATA: ownership through a parent row instead.
    via: Via | None = None
    #: What officers may do on their own rows (MUNICIPALITY_DATA); the default is everything.
    officer_privileges: tuple[str, ...] = ("INSERT", "UPDATE", "DELETE")
    #: COORDINATED: columns an officer may UPDATE on any row (e.g. the optimistic-lock version
    #: of a proposal, which goes up when an officer takes its own lines in or out).
    officer_columns: tuple[str, ...] = ()
    #: Why the table is classified this way (shown by ``server init --explain`` and the docs).
    reason: str = ""


#: Every table of ``db.models``. Add yours here (a test fails until you do).
TABLES: dict[str, TablePolicy] = {
    "municipality": TablePolicy(
        Kind.MUNICIPALITY_REGISTER, reason="kommunene i samarbeidet; hver endrer sin egen"
    ),
    "app_user": TablePolicy(Kind.ADMIN, reason="innlogginger, kommune og rolle (user add)"),
    "import_batch": TablePolicy(
        Kind.MUNICIPALITY_DATA, owner_column="municipality_id", reason="kommunens importer"
    ),
    "planned_purchase": TablePolicy(
        Kind.MUNICIPALITY_DATA,
        owner_column="municipality_id",
        reason="kommunens planlagte anskaffelser (alle leser: samordning trenger det)",
    ),
    "column_mapping_memory": TablePolicy(
        Kind.MUNICIPALITY_DATA,
        owner_column="municipality_id",
        reason="kommunens lagrede kolonnetilordninger",
    ),
    "proposal_participant": TablePolicy(
        Kind.MUNICIPALITY_DATA,
        owner_column="municipality_id",
        reason="kommunens deltakelse og fullmakt i et forslag",
    ),
    "proposal_line": TablePolicy(
        Kind.MUNICIPALITY_DATA,
        via=Via("participant_id", "proposal_participant"),
        officer_privileges=("INSERT", "DELETE"),
        reason="kommunens linjer i et forslag (delkontraktene fordeler koordinatoren)",
    ),
    "cpv_code": TablePolicy(Kind.COORDINATED, reason="CPV-katalogen (felles oppslagsdata)"),
    "overlap_group": TablePolicy(Kind.COORDINATED, reason="overlapp og beslutningene om dem"),
    "overlap_member": TablePolicy(Kind.COORDINATED, reason="linjene i et overlapp"),
    "overlap_line_analysis": TablePolicy(
        Kind.COORDINATED,
        reason="overlappssøkets lesning av linjeteksten, gjemt mellom kjøringer (oppslagsdata "
        "koordinatorens søk skriver)",
    ),
    "joint_proposal": TablePolicy(
        Kind.COORDINATED,
        officer_columns=("version", "updated_at", "updated_by"),
        reason="forslag til felles anskaffelse (en kommunes egne linjer inn eller ut gir ny "
        "versjon)",
    ),
    "lot": TablePolicy(Kind.COORDINATED, reason="delkontrakter"),
    "milestone": TablePolicy(Kind.COORDINATED, reason="milepæler"),
    "audit_entry": TablePolicy(Kind.LOG, reason="endringsloggen: bare nye rader, i eget navn"),
    "supplier_register_load": TablePolicy(
        Kind.COORDINATED, reason="innlastede filer fra Enhetsregisteret (felles oppslagsdata)"
    ),
    "supplier_unit": TablePolicy(
        Kind.COORDINATED, reason="underenheter fra Enhetsregisteret (felles oppslagsdata)"
    ),
    "supplier_parent": TablePolicy(
        Kind.COORDINATED, reason="hovedenheter fra Enhetsregisteret (felles oppslagsdata)"
    ),
    "supplier_count": TablePolicy(
        Kind.COORDINATED, reason="opptalte lokale leverandører per kommune og næring"
    ),
}

#: Columns the database writes from ``session_user``: on INSERT always; on UPDATE either
#: again ("update") or kept as they were ("keep": nobody can rewrite who created a row).
LOGIN_COLUMNS: dict[str, str] = {
    "created_by": "keep",
    "updated_by": "update",
    "imported_by": "keep",
    "loaded_by": "keep",
    "changed_by": "update",
    "user": "keep",
}
#: Columns the database writes with its own clock (UTC), the same way.
TIME_COLUMNS: dict[str, str] = {"created_at": "keep", "updated_at": "update"}

OFFICER, COORDINATOR = "officer", "coordinator"
ROLES = (OFFICER, COORDINATOR)


class UnclassifiedTablesError(Exception):
    """Tables of the models that ``TABLES`` does not classify."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        super().__init__(", ".join(tables))


def unclassified_tables(metadata: MetaData | None = None) -> list[str]:
    """Tables of the models missing from the registry (should be none)."""
    tables = (metadata or Base.metadata).tables
    return sorted(name for name in tables if name not in TABLES)


def group_role(database: str, role: str) -> str:
    """The group role of ``role`` ("officer"/"coordinator") for one database."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40] or "kommunesamarbeid"
    return f"{base}_{role}"


def quote_ident(name: str) -> str:
    """An SQL identifier, always quoted."""
    return '"' + name.replace('"', '""') + '"'


# ------------------------------------------------------------------------------- SQL text

FUNCTIONS = """
CREATE OR REPLACE FUNCTION ks_login_municipality() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema} AS
$$ SELECT municipality_id FROM app_user WHERE login = session_user $$;

CREATE OR REPLACE FUNCTION ks_login_is_member() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema} AS
$$ SELECT EXISTS (SELECT 1 FROM app_user WHERE login = session_user) $$;

CREATE OR REPLACE FUNCTION ks_login_is_coordinator() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema} AS
$$ SELECT EXISTS (SELECT 1 FROM app_user WHERE login = session_user AND role = 'coordinator') $$;

CREATE OR REPLACE FUNCTION ks_stamp_login() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, {schema} AS
$$
DECLARE
    stamp jsonb := '{{}}'::jsonb;
    col text;
    now_utc timestamp := now() AT TIME ZONE 'utc';
BEGIN
    -- TG_ARGV: [0] login columns, [1] time columns (both comma-separated), [2] columns kept
    -- as they were on UPDATE (comma-separated; applied last, so they win).
    FOREACH col IN ARRAY string_to_array(TG_ARGV[0], ',') LOOP
        stamp := stamp || jsonb_build_object(col, session_user::text);
    END LOOP;
    FOREACH col IN ARRAY string_to_array(TG_ARGV[1], ',') LOOP
        stamp := stamp || jsonb_build_object(col, now_utc);
    END LOOP;
    IF TG_OP = 'UPDATE' THEN
        FOREACH col IN ARRAY string_to_array(TG_ARGV[2], ',') LOOP
            stamp := stamp || jsonb_build_object(col, to_jsonb(OLD) -> col);
        END LOOP;
    END IF;
    RETURN jsonb_populate_record(NEW, stamp);
END
$$;

CREATE OR REPLACE FUNCTION ks_stamp_decision() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, {schema} AS
$$
BEGIN
    IF NEW.decided_at IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.decided_at IS DISTINCT FROM OLD.decided_at) THEN
        NEW.decided_by := session_user;
        NEW.decided_by_municipality_id := ks_login_municipality();
    ELSIF TG_OP = 'UPDATE' THEN
        NEW.decided_by := OLD.decided_by;
        NEW.decided_by_municipality_id := OLD.decided_by_municipality_id;
    END IF;
    RETURN NEW;
END
$$;
"""

MEMBER = "(SELECT ks_login_is_member())"
IS_COORDINATOR = "(SELECT ks_login_is_coordinator())"
MY_MUNICIPALITY = "(SELECT ks_login_municipality())"


@dataclass
class Plan:
    """The statements ``server init`` runs, and what they mean (for ``--explain``)."""

    statements: list[str] = field(default_factory=list)

    def add(self, sql: str) -> None:
        self.statements.append(sql.strip())


def _own_rows(policy: TablePolicy) -> str:
    if policy.via is not None:
        via = policy.via
        return (
            f"EXISTS (SELECT 1 FROM {quote_ident(via.parent)} parent "
            f"WHERE parent.id = {quote_ident(via.column)} "
            f"AND parent.{quote_ident(via.parent_column)} = {MY_MUNICIPALITY})"
        )
    assert policy.owner_column is not None
    return f"{quote_ident(policy.owner_column)} = {MY_MUNICIPALITY}"


def _policies(name: str, policy: TablePolicy, officer: str, coordinator: str) -> Iterator[str]:
    t = quote_ident(name)
    both = f"{officer}, {coordinator}"
    yield f"CREATE POLICY ks_read ON {t} FOR SELECT TO {both} USING ({MEMBER})"
    if policy.kind is Kind.LOG:
        login = next(c for c in LOGIN_COLUMNS if c in _columns(name))
        yield (
            f"CREATE POLICY ks_append ON {t} FOR INSERT TO {both} "
            f"WITH CHECK ({MEMBER} AND {quote_ident(login)} = session_user)"
        )
        return
    if policy.kind is Kind.ADMIN:
        return
    yield (
        f"CREATE POLICY ks_coordinate ON {t} FOR ALL TO {coordinator} "
        f"USING ({IS_COORDINATOR}) WITH CHECK ({IS_COORDINATOR})"
    )
    if policy.kind is Kind.MUNICIPALITY_DATA:
        own = _own_rows(policy)
        yield f"CREATE POLICY ks_own ON {t} FOR ALL TO {officer} USING ({own}) WITH CHECK ({own})"
    elif policy.kind is Kind.MUNICIPALITY_REGISTER:
        own = f"id = {MY_MUNICIPALITY}"
        yield (
            f"CREATE POLICY ks_own ON {t} FOR UPDATE TO {officer} USING ({own}) WITH CHECK ({own})"
        )
    elif policy.officer_columns:
        yield (
            f"CREATE POLICY ks_touch ON {t} FOR UPDATE TO {officer} "
            f"USING ({MEMBER}) WITH CHECK ({MEMBER})"
        )


def _grants(name: str, policy: TablePolicy, officer: str, coordinator: str) -> Iterator[str]:
    t = quote_ident(name)
    yield f"REVOKE ALL ON {t} FROM PUBLIC, {officer}, {coordinator}"
    yield f"GRANT SELECT ON {t} TO {officer}, {coordinator}"
    if policy.kind is Kind.LOG:
        yield f"GRANT INSERT ON {t} TO {officer}, {coordinator}"
        return
    if policy.kind is Kind.ADMIN:
        return
    yield f"GRANT INSERT, UPDATE, DELETE ON {t} TO {coordinator}"
    if policy.kind is Kind.MUNICIPALITY_DATA and policy.officer_privileges:
        yield f"GRANT {', '.join(policy.officer_privileges)} ON {t} TO {officer}"
    elif policy.kind is Kind.MUNICIPALITY_REGISTER:
        yield f"GRANT UPDATE ON {t} TO {officer}"
    elif policy.officer_columns:
        cols = ", ".join(quote_ident(c) for c in policy.officer_columns)
        yield f"GRANT UPDATE ({cols}) ON {t} TO {officer}"


def _columns(name: str) -> list[str]:
    table: Table = Base.metadata.tables[name]
    return [c.name for c in table.columns]


def _triggers(name: str) -> Iterator[str]:
    t = quote_ident(name)
    cols = _columns(name)
    logins = [c for c in LOGIN_COLUMNS if c in cols]
    times = [c for c in TIME_COLUMNS if c in cols]
    kept = [c for c in logins if LOGIN_COLUMNS[c] == "keep"]
    kept += [c for c in times if TIME_COLUMNS[c] == "keep"]
    yield f"DROP TRIGGER IF EXISTS ks_stamp_login ON {t}"
    if logins or times:
        args = ", ".join(f"'{','.join(group)}'" for group in (logins, times, kept))
        yield (
            f"CREATE TRIGGER ks_stamp_login BEFORE INSERT OR UPDATE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION ks_stamp_login({args})"
        )
    yield f"DROP TRIGGER IF EXISTS ks_stamp_decision ON {t}"
    if {"decided_at", "decided_by", "decided_by_municipality_id"} <= set(cols):
        yield (
            f"CREATE TRIGGER ks_stamp_decision BEFORE INSERT OR UPDATE ON {t} "
            "FOR EACH ROW EXECUTE FUNCTION ks_stamp_decision()"
        )


def security_plan(database: str, schema: str, existing_policies: Iterable[tuple[str, str]]) -> Plan:
    """The statements that make the current schema secure (idempotent when run again)."""
    missing = unclassified_tables()
    if missing:
        raise UnclassifiedTablesError(missing)
    officer = quote_ident(group_role(database, OFFICER))
    coordinator = quote_ident(group_role(database, COORDINATOR))
    db = quote_ident(database)
    plan = Plan()
    plan.add(f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC")
    plan.add(f"GRANT CONNECT ON DATABASE {db} TO {officer}, {coordinator}")
    plan.add(f"REVOKE CREATE ON SCHEMA {quote_ident(schema)} FROM PUBLIC")
    plan.add(f"GRANT USAGE ON SCHEMA {quote_ident(schema)} TO {officer}, {coordinator}")
    plan.add(FUNCTIONS.format(schema=quote_ident(schema)))
    for table, policy_name in existing_policies:
        if table in TABLES and policy_name.startswith("ks_"):
            plan.add(f"DROP POLICY IF EXISTS {quote_ident(policy_name)} ON {quote_ident(table)}")
    for name, policy in TABLES.items():
        for sql in _grants(name, policy, officer, coordinator):
            plan.add(sql)
        plan.add(f"ALTER TABLE {quote_ident(name)} ENABLE ROW LEVEL SECURITY")
        for sql in _policies(name, policy, officer, coordinator):
            plan.add(sql)
        for sql in _triggers(name):
            plan.add(sql)
    plan.add(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quote_ident(schema)} "
        f"TO {officer}, {coordinator}"
    )
    plan.add("REVOKE ALL ON alembic_version FROM PUBLIC")
    plan.add(f"GRANT SELECT ON alembic_version TO {officer}, {coordinator}")
    return plan


def ensure_group_roles(conn: Connection, database: str) -> list[str]:
    """Create the two group roles of this database if missing; returns those created."""
    created = []
    for role in ROLES:
        name = group_role(database, role)
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {quote_ident(name)} NOLOGIN")
            created.append(name)
    return created


def apply_security(conn: Connection) -> list[str]:
    """Create roles, grants, policies and triggers on the connected database (as its owner).

    Returns the group roles that were created now (empty when run again).
    """
    database = str(conn.scalar(text("SELECT current_database()")))
    schema = str(conn.scalar(text("SELECT current_schema()")))
    created = ensure_group_roles(conn, database)
    existing = [
        (str(t), str(p))
        for t, p in conn.execute(
            text("SELECT tablename, policyname FROM pg_policies WHERE schemaname = :s"),
            {"s": schema},
        )
    ]
    for sql in security_plan(database, schema, existing).statements:
        conn.exec_driver_sql(sql)
    return created


def is_secured(conn: Connection) -> bool:
    """Whether ``server init`` has secured this database (row-level security is on)."""
    return bool(
        conn.scalar(
            text("SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('planned_purchase')")
        )
    )
