"""A coordinator edits a candidate while another runs detection again, as two real command-line
processes logged in as two coordinators (``races.contend``; detection stores first).

A run that finds the candidate as it is stored writes nothing to it and leaves its version, so
the colleague's save of the version she read goes through. A run that finds it changed (a line's
value changed) describes it anew with a new version: the save is refused with who changed it and
when, and nothing is lost (the title she gave it earlier stays; the group keeps its id)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.db.locks import LockSpace
from kommunesamarbeid.db.models import OverlapGroup, PlannedPurchase
from tests.server.conftest import Server
from tests.server.races import Outcome, advisory, contend
from tests.server.test_concurrency import _line, _municipality

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

TEXT = "Kontroll og service av brannslukkere i kommunale bygg"


@pytest.fixture(scope="module")
def session(server: Server) -> Iterator[Session]:
    engine = server.engine(server.owner)
    with Session(engine, expire_on_commit=False) as s:
        yield s
    engine.dispose()


def _group(s: Session, gid: int) -> tuple[int, str | None, list[str]]:
    s.expire_all()
    g = s.get(OverlapGroup, gid)
    assert g is not None
    return g.version, g.title, list(g.reasons)


def _rename_during_detection(server: Server, gid: int, version: int, title: str) -> Outcome:
    detect, rename = contend(
        server,
        advisory(LockSpace.OVERLAP_GROUPS),
        ("koord", ["detect", "--json"]),
        ("koord2", ["group", "rename", str(gid), title, "--version", str(version)]),
        in_order=True,  # detection stores first, then the save of the version read before
    )
    assert detect.code == 0, detect.err
    assert "Uventet feil" not in detect.err + rename.err
    listed = [g for g in json.loads(detect.out)["groups"] if g["id"] == gid]
    assert len(listed) == 1  # the run kept the candidate (same lines: same id)
    return rename


def test_a_rerun_is_a_conflict_only_for_the_groups_it_changed(
    server: Server, session: Session
) -> None:
    s = session
    towns = [_municipality(s, f"{n} kommune") for n in ("Hyllestad", "Solund", "Askvoll")]
    lines = sorted(_line(s, town, TEXT) for town in towns)
    s.execute(
        update(PlannedPurchase)
        .where(PlannedPurchase.id.in_(lines))
        .values(total_value_nok=400_000, annual_value_nok=100_000)
    )
    s.commit()
    code, out, err = server.cli("koord", "detect", "--json")
    assert code == 0, err
    (gid,) = [g["id"] for g in json.loads(out)["groups"] if sorted(g["line_ids"]) == lines]
    version, _, reasons = _group(s, gid)

    # nothing about the group changed: the run leaves it, the colleague's save goes through
    rename = _rename_during_detection(server, gid, version, "Brannslukkere, felles avtale")
    assert rename.code == 0, rename.err
    assert _group(s, gid) == (version + 1, "Brannslukkere, felles avtale", reasons)

    # a line's value changed: the run describes the group anew, the save is refused
    version = version + 1
    s.execute(
        update(PlannedPurchase)
        .where(PlannedPurchase.id == lines[0])
        .values(total_value_nok=700_000)
    )
    s.commit()
    rename = _rename_during_detection(server, gid, version, "Brannslukkere i tre kommuner")
    assert rename.code == 1, rename.out
    assert "Avvist:" in rename.err and f"Overlapp nr. {gid} ble endret av «koord»" in rename.err
    assert f"etter at du leste versjon {version} (nå versjon {version + 1})" in rename.err
    assert "Ingenting er endret." in rename.err
    now, title, new_reasons = _group(s, gid)
    assert (now, title) == (version + 1, "Brannslukkere, felles avtale")  # her title stays
    assert new_reasons != reasons and any(format_nok(1_500_000) in r for r in new_reasons), (
        new_reasons
    )
    status = s.scalar(select(OverlapGroup.status).where(OverlapGroup.id == gid))
    assert status == "candidate"
