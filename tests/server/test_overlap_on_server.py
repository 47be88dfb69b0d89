"""Overlap detection on a secured server: the coordinator's run stores its candidates and
keeps the lines' analyses with the bulk statements (row-level security and the login triggers
apply: who wrote the rows is the login); the next run starts from the kept analyses; an
officer reads them but cannot write them."""

from __future__ import annotations

import json

import psycopg
import pytest

from tests.server.conftest import Server, plan_rows, write_plan

pytestmark = pytest.mark.postgres


def _active(server: Server) -> int:
    return int(
        server.scalar("koord", "SELECT count(*) FROM planned_purchase WHERE status = 'active'")  # type: ignore[arg-type]
    )


def test_the_coordinator_detects_and_keeps_the_analyses(server: Server) -> None:
    if _active(server) == 0:
        for name, prefix in (("Alver", "OA"), ("Austrheim", "OB")):
            plan = write_plan(server.tmp / f"{prefix}.csv", plan_rows(prefix, 6))
            code, _, err = server.cli("koord", "import", str(plan), "--municipality", name)
            assert code == 0, err
    code, out, err = server.cli("koord", "detect", "--json")
    assert code == 0, err
    found = json.loads(out)["groups"]
    first = sorted(sorted(g["line_ids"]) for g in found)
    assert first
    # this run's candidates (other tests on the shared server leave groups they decided on or
    # edited, which detection leaves alone)
    ours = ",".join(str(g["id"]) for g in found if g["status"] == "candidate" and not g["edited"])
    assert int(server.scalar("koord", "SELECT count(*) FROM overlap_line_analysis")) > 0  # type: ignore[arg-type]
    # the login triggers wrote who made or last changed the rows, also for the bulk statements
    # (a candidate kept from an earlier run keeps its creator)
    assert (
        server.scalar(
            "koord",
            f"SELECT count(*) FROM overlap_group WHERE updated_by <> 'koord' AND id IN ({ours})",
        )
        == 0
    )
    assert (
        server.scalar(
            "koord",
            "SELECT count(*) FROM overlap_member m JOIN overlap_group g ON g.id = m.group_id "
            f"WHERE g.id IN ({ours}) AND m.changed_by <> 'koord'",
        )
        == 0
    )

    code, out, err = server.cli("koord", "detect", "--json")
    assert code == 0, err
    assert sorted(sorted(g["line_ids"]) for g in json.loads(out)["groups"]) == first

    url = server.url("offa").replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM overlap_line_analysis").fetchone()[0] > 0  # type: ignore[index]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO overlap_line_analysis (key, engine, analysis) VALUES ('x', 'y', '[]')"
            )
