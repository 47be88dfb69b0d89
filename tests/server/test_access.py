"""Who may change what on a shared server, enforced by PostgreSQL: officer A cannot change
officer B's municipality through the command line (exit 1, a clear message) nor through raw SQL
as its own login (0 rows or permission denied); the coordinator can; everyone reads every line;
a login that belongs to no municipality sees nothing; the database writes who did what."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.services import proposals
from kommunesamarbeid.services.context import Role, actor_for
from tests.server.conftest import Server, plan_rows, write_plan

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def world(server: Server) -> dict[str, Any]:
    """Alver's and Austrheim's plans imported by their own officers, a proposal of both."""
    for login, name, prefix in (("offa", "Alver", "AL"), ("offb", "Austrheim", "AU")):
        plan = write_plan(server.tmp / f"{prefix}.csv", plan_rows(prefix, 6))
        code, _, err = server.cli(login, "import", str(plan), "--municipality", name)
        assert code == 0, err
    ids = {
        name: [
            int(r)
            for r in server.engine("koord")
            .connect()
            .execute(
                text(
                    "SELECT p.id FROM planned_purchase p JOIN municipality m "
                    "ON m.id = p.municipality_id WHERE m.name = :n ORDER BY p.id"
                ),
                {"n": name},
            )
            .scalars()
        ]
        for name in ("Alver kommune", "Austrheim kommune")
    }
    db = open_database(server.url("koord"))
    proposal = proposals.create_proposal(
        db, actor_for(db), line_ids=[ids["Alver kommune"][0], ids["Austrheim kommune"][0]]
    )
    municipality = {
        n: int(server.scalar("koord", "SELECT id FROM municipality WHERE name = :n", n=n))  # type: ignore[arg-type]
        for n in ids
    }
    db.dispose()
    return {"lines": ids, "proposal": proposal.id, "municipality": municipality}


def _raw(server: Server, login: str) -> psycopg.Connection[Any]:
    url = server.url(login).replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True)


def test_the_app_knows_who_is_logged_in(server: Server) -> None:
    cases = {
        "offa": (Role.OFFICER, "Alver kommune"),
        "offb": (Role.OFFICER, "Austrheim kommune"),
        "koord": (Role.COORDINATOR, "Alver kommune"),
        "koord2": (Role.COORDINATOR, "Alver kommune"),  # the host, taken from the first one
        "ingenkommune": (Role.OUTSIDER, None),
        server.owner: (Role.OWNER, None),
    }
    for login, (role, municipality) in cases.items():
        db = open_database(server.url(login))
        actor = actor_for(db)
        db.dispose()
        assert (actor.user, actor.role, actor.municipality) == (login, role, municipality)


def test_officer_a_cannot_change_b_through_the_command_line(
    server: Server, world: dict[str, Any]
) -> None:
    b_line = world["lines"]["Austrheim kommune"][1]
    pid = str(world["proposal"])
    before = server.scalar("koord", "SELECT count(*) FROM audit_entry")
    plan = write_plan(server.tmp / "one_line.csv", plan_rows("X", 1))
    attempts = [
        ("import", str(plan), "--municipality", "Austrheim"),
        ("proposal", "participant", pid, "Austrheim", "--signed", "2026-12-01"),
        ("proposal", "remove-line", pid, str(world["lines"]["Austrheim kommune"][0])),
        ("proposal", "add-line", pid, str(b_line)),
        ("municipality", "set", "Austrheim", "--maalform", "nynorsk"),
        ("proposal", "set", pid, "status=avlyst"),
        ("detect",),
    ]
    for args in attempts:
        code, _, err = server.cli("offa", *args)
        assert code == 1, (args, err)
        assert "Avvist: Du er logget inn som offa (innkjøpsrådgiver, Alver kommune)" in err, err
        assert "Ingenting er endret" in err and "Uventet feil" not in err
    assert server.scalar("koord", "SELECT count(*) FROM audit_entry") == before
    active = server.scalar(
        "koord",
        "SELECT count(*) FROM planned_purchase p JOIN municipality m ON m.id = p.municipality_id "
        "WHERE m.name = 'Austrheim kommune' AND p.status = 'active'",
    )
    assert active == 6
    # ... and A reads B's lines (pooling needs them)
    code, out, _ = server.cli("offa", "lines", "--municipality", "Austrheim", "--json")
    assert code == 0 and len(json.loads(out)["lines"]) == 6


def test_officer_a_cannot_change_b_through_raw_sql(server: Server, world: dict[str, Any]) -> None:
    a, b = world["municipality"]["Alver kommune"], world["municipality"]["Austrheim kommune"]
    pid = world["proposal"]
    with _raw(server, "offa") as conn:
        # reading: every line of the cooperation
        assert conn.execute(
            "SELECT count(*) FROM planned_purchase WHERE municipality_id = %s", [b]
        ).fetchone() == (6,)
        # changing B's rows: row-level security hides them from UPDATE and DELETE
        for sql in (
            "UPDATE planned_purchase SET description = 'kapret' WHERE municipality_id = %s",
            "UPDATE planned_purchase SET status = 'withdrawn' WHERE municipality_id = %s",
            "DELETE FROM column_mapping_memory WHERE municipality_id = %s",
            "UPDATE proposal_participant SET fullmakt_signed_date = '2026-12-01' WHERE municipality_id = %s",
            "DELETE FROM proposal_participant WHERE municipality_id = %s",
            "UPDATE municipality SET maalform = 'nynorsk' WHERE id = %s",
        ):
            assert conn.execute(sql, [b]).rowcount == 0, sql
        # writing rows in B's name, or the coordinator's tables: refused outright
        refused = [
            (
                "INSERT INTO planned_purchase (municipality_id, description, original_cells, source_hidden, status, version, warnings, created_at, created_by, updated_at, updated_by) "
                "VALUES (%s, 'falsk', '{}', false, 'active', 1, '[]', now(), '', now(), '')",
                [b],
            ),
            (
                "INSERT INTO import_batch (municipality_id, file_name, sha256, imported_at, imported_by, column_mapping, added, updated, unchanged, withdrawn, skipped, problems) "
                "VALUES (%s, 'x', 'x', now(), '', '{}', 0, 0, 0, 0, 0, '[]')",
                [b],
            ),
            ("UPDATE planned_purchase SET municipality_id = %s WHERE municipality_id = %s", [b, a]),
            (
                "INSERT INTO proposal_participant (proposal_id, municipality_id, contact_name, contact_email, signatory_name, signatory_title) "
                "VALUES (%s, %s, '', '', '', '')",
                [pid, b],
            ),
            ("UPDATE joint_proposal SET status = 'avlyst' WHERE id = %s", [pid]),
            ("UPDATE overlap_group SET status = 'rejected'", []),
            ("DELETE FROM audit_entry", []),
            (
                "INSERT INTO app_user (login, municipality_id, role, created_at, created_by, updated_at, updated_by) "
                "VALUES ('offa2', %s, 'coordinator', now(), '', now(), '')",
                [a],
            ),
            ("CREATE TABLE snarvei (x int)", []),
        ]
        for sql, params in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, params)
        # its own rows: allowed, and signed by the database with the real login
        n = conn.execute(
            "UPDATE planned_purchase SET comments = 'sjekket', updated_by = 'offb' "
            "WHERE municipality_id = %s RETURNING updated_by",
            [a],
        ).fetchall()
        assert n and {r[0] for r in n} == {"offa"}
        conn.execute(
            'INSERT INTO audit_entry (at, "user", entity_type, action, changes) '
            "VALUES (now(), 'offb', 'x', 'forfalsket', '{}')"
        )
        assert conn.execute(
            "SELECT \"user\" FROM audit_entry WHERE action = 'forfalsket'"
        ).fetchone() == ("offa",)


def test_coordinator_can_change_every_municipality(server: Server, world: dict[str, Any]) -> None:
    b = world["municipality"]["Austrheim kommune"]
    pid = str(world["proposal"])
    code, _, err = server.cli(
        "koord",
        "proposal",
        "participant",
        pid,
        "Austrheim",
        "--signed",
        "2026-12-01",
        "--signatory",
        "Kari Nordmann",
    )
    assert code == 0, err
    with _raw(server, "koord") as conn:
        assert (
            conn.execute(
                "UPDATE planned_purchase SET comments = 'koordinert' WHERE municipality_id = %s",
                [b],
            ).rowcount
            == 6
        )
    signed = server.scalar(
        "offb",
        "SELECT fullmakt_signed_date::text FROM proposal_participant WHERE municipality_id = :b",
        b=b,
    )
    assert signed == "2026-12-01"


def test_officer_signs_its_own_fullmakt(server: Server, world: dict[str, Any]) -> None:
    pid = str(world["proposal"])
    code, _, err = server.cli(
        "offa", "proposal", "participant", pid, "Alver", "--signed", "2026-11-30"
    )
    assert code == 0, err
    who = server.scalar(
        "koord",
        "SELECT \"user\" FROM audit_entry WHERE action = 'edit_participant' ORDER BY id DESC LIMIT 1",
    )
    assert who == "offa"


def test_a_login_of_no_municipality_sees_nothing(server: Server, world: dict[str, Any]) -> None:
    # in the officer group by hand, but not a user: row-level security shows nothing
    assert server.scalar("ingenkommune", "SELECT count(*) FROM planned_purchase") == 0
    assert server.scalar("ingenkommune", "SELECT count(*) FROM municipality") == 0
    code, out, _ = server.cli("ingenkommune", "lines", "--json")
    assert code == 0 and json.loads(out)["lines"] == []
    code, _, err = server.cli(
        "ingenkommune", "import", str(server.tmp / "AL.csv"), "--municipality", "Alver"
    )
    assert code == 1 and "hører ikke til noen kommune i samarbeidet" in err
    # no grants at all: not even a connection
    code, _, err = server.cli("utenfor", "lines")
    assert code == 1 and "Kan ikke åpne databasen" in err and server.passwords["utenfor"] not in err


def test_who_did_what_comes_from_the_login(server: Server, world: dict[str, Any]) -> None:
    """KOMMUNESAMARBEID_USER is 'testbruker' in tests: on the server it does not count."""
    rows = server.scalar(
        "koord",
        "SELECT string_agg(DISTINCT p.created_by || '/' || p.updated_by, ',') FROM planned_purchase p "
        "JOIN municipality m ON m.id = p.municipality_id WHERE m.name = 'Austrheim kommune'",
    )
    assert rows in ("offb/offb", "offb/koord")
    assert (
        server.scalar("koord", "SELECT count(*) FROM audit_entry WHERE \"user\" = 'testbruker'")
        == 0
    )


def test_user_admin_commands(server: Server) -> None:
    code, out, _ = server.cli(server.owner, "user", "list", "--json")
    assert code == 0
    users = {u["login"]: (u["role"], u["municipality"]) for u in json.loads(out)["users"]}
    assert users["offa"] == ("officer", "Alver kommune")
    assert users["koord2"] == ("coordinator", "Alver kommune")
    # an officer may not administer users, nor run server init
    code, _, err = server.cli(
        "offa", "user", "add", "ny", "--role", "officer", "--municipality", "Alver"
    )
    assert code == 1 and "Uventet" not in err
    code, _, err = server.cli("offa", "server", "init")
    assert code == 1 and "Uventet" not in err
    # server init again: idempotent
    code, _, err = server.cli(server.owner, "server", "init")
    assert code == 0, err
    # adopt an existing login, move it, remove it: it then sees nothing
    code, out, err = server.cli(
        server.owner,
        "user",
        "add",
        "ingenkommune",
        "--role",
        "officer",
        "--municipality",
        "Austrheim",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["user"]["action"] == "adopted"
    assert server.scalar("ingenkommune", "SELECT count(*) FROM planned_purchase") == 12
    code, _, err = server.cli(server.owner, "user", "remove", "ingenkommune")
    assert code == 0, err
    code, _, err = server.cli("ingenkommune", "lines")  # no group role left: no connection
    assert code == 1 and "Kan ikke åpne databasen" in err
    code, _, err = server.cli(server.owner, "user", "remove", "ingenkommune")
    assert code == 1 and "er ikke bruker" in err


def test_the_app_login_cannot_migrate_and_says_so(server: Server) -> None:
    owner = server.engine(server.owner)
    with owner.begin() as conn:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    try:
        code, _, err = server.cli("offa", "lines")
        assert code == 1
        assert "eldre versjon" in err and "server init" in err and "Uventet" not in err
    finally:
        with owner.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": current})
        owner.dispose()
