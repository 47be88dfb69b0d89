"""Overlap detection on a secured server: the coordinator's run stores its candidates and
keeps the lines' analyses with the bulk statements (row-level security and the login triggers
apply: who wrote the rows is the login); the next run starts from the kept analyses; an
officer reads them but cannot write them."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import text

from kommunesamarbeid.db.locks import LockSpace
from tests.server.conftest import Server, plan_rows, write_plan
from tests.server.races import advisory, contend

pytestmark = pytest.mark.postgres


def _active(server: Server) -> int:
    return int(
        server.scalar("koord", "SELECT count(*) FROM planned_purchase WHERE status = 'active'")  # type: ignore[arg-type]
    )


def _two_plans(server: Server) -> None:
    if _active(server) == 0:
        for name, prefix in (("Alver", "OA"), ("Austrheim", "OB")):
            plan = write_plan(server.tmp / f"{prefix}.csv", plan_rows(prefix, 6))
            code, _, err = server.cli("koord", "import", str(plan), "--municipality", name)
            assert code == 0, err


def test_the_coordinator_detects_and_keeps_the_analyses(server: Server) -> None:
    _two_plans(server)
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


def test_two_coordinators_detect_at_once_and_both_keep_the_analyses(server: Server) -> None:
    """Two coordinators' runs with nothing kept yet: both store their candidates (one after the
    other, under the groups' lock) and then write the same lines' analyses, batch by batch, at
    about the same time. Both succeed with the same groups, and every text's analysis is kept
    once, of this engine."""
    _two_plans(server)
    engine = server.engine(server.owner)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM overlap_line_analysis"))
        first, second = contend(
            server,
            advisory(LockSpace.OVERLAP_GROUPS),
            ("koord", ["detect", "--json"]),
            ("koord2", ["detect", "--json"]),
        )
        for outcome in (first, second):
            assert outcome.code == 0, outcome.err
            assert "Uventet feil" not in outcome.err
        found = [
            sorted(sorted(g["line_ids"]) for g in json.loads(o.out)["groups"])
            for o in (first, second)
        ]
        assert found[0] == found[1] and found[0]
        with engine.connect() as conn:
            rows, keys, engines = conn.execute(
                text(
                    "SELECT count(*), count(DISTINCT key), count(DISTINCT engine) "
                    "FROM overlap_line_analysis"
                )
            ).one()
        assert rows > 0 and rows == keys and engines == 1
    finally:
        engine.dispose()
