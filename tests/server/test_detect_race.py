"""A detection run and a coordinator's edit at once, as two real command-line processes logged in
as two coordinators: whichever stores first, a line ends in exactly one open group, nothing is
lost, and the one who came second is told (or, for detection, leaves the taken line out).

A run again that finds a candidate as it is stored writes nothing to it and leaves its version,
so a colleague's save of the version she read goes through; a run that finds it changed (a
line's value changed) describes it anew with a new version: the save is refused with who
changed it and when, and nothing is lost (the title she gave it earlier stays, the group keeps
its id).

Detection reads the lines and scores them without a lock, then stores its candidates under the
groups' advisory lock and checks again which lines are taken; ``races.contend`` holds that lock
until both processes wait for it, so every run is a real race."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.db.locks import LockSpace
from kommunesamarbeid.db.models import OverlapGroup, OverlapMember, PlannedPurchase
from tests.server.conftest import Server
from tests.server.races import Outcome, advisory, contend
from tests.server.test_concurrency import _line, _municipality

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RUNS = 6
TEXT = "Service og kontroll av heiser i kommunale bygg"
BRANNSLUKKERE = "Kontroll og service av brannslukkere i kommunale bygg"


@pytest.fixture(scope="module")
def session(server: Server) -> Iterator[Session]:
    engine = server.engine(server.owner)
    with Session(engine, expire_on_commit=False) as s:
        yield s
    engine.dispose()


def _open_groups_of(s: Session, line_id: int) -> list[int]:
    return list(
        s.scalars(
            select(OverlapMember.group_id)
            .join(OverlapGroup)
            .where(
                OverlapMember.line_id == line_id,
                OverlapMember.origin != "removed",
                OverlapGroup.status != "rejected",
            )
        )
    )


def test_detection_and_an_added_line_at_once(server: Server, session: Session) -> None:
    s = session
    towns = [_municipality(s, f"{n} kommune") for n in ("Bremanger", "Stad", "Kinn")]
    s.commit()
    outcomes_seen: list[str] = []
    for run in range(RUNS):
        # a confirmed group the coordinator adds to, and a free line detection pairs up
        kept = OverlapGroup(status="confirmed", score=0.9, title="Heiser")
        kept.members.extend(
            OverlapMember(line_id=_line(s, town, TEXT), score=0.9, reasons=[]) for town in towns[:2]
        )
        s.add(kept)
        free = _line(s, towns[2], TEXT)
        _line(s, towns[0], TEXT)  # its partner for detection
        s.commit()
        detect, add = contend(
            server,
            advisory(LockSpace.OVERLAP_GROUPS),
            ("koord", ["detect", "--json"]),
            ("koord2", ["group", "add-line", str(kept.id), str(free)]),
            # the edit reaches the lock long before detection has scored: every other run,
            # detection is let in first
            in_order=run % 2 == 1,
        )
        assert detect.code == 0, detect.err
        assert "Uventet feil" not in detect.err + add.err
        s.expire_all()
        holders = _open_groups_of(s, free)
        assert len(holders) == 1, (run, holders, add.err)
        # the groups the run lists with the line (it lists the decided ones too)
        listed = sorted(g["id"] for g in json.loads(detect.out)["groups"] if free in g["line_ids"])
        assert listed == holders
        if add.code == 0:
            outcomes_seen.append("edit first")
            assert holders == [kept.id]  # detection stored after the edit: left the line out
        else:
            outcomes_seen.append("detection first")
            assert add.code == 1 and "Avvist:" in add.err, add.err
            assert f"Linje {free} er allerede med i overlapp nr." in add.err, add.err
            assert holders != [kept.id]  # in the candidate detection stored first
        members = s.scalar(
            select(func.count())
            .select_from(OverlapMember)
            .where(OverlapMember.group_id == kept.id, OverlapMember.origin != "removed")
        )
        assert members == (3 if add.code == 0 else 2)  # the kept group lost nothing
    assert set(outcomes_seen) == {"edit first", "detection first"}, outcomes_seen


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
    lines = sorted(_line(s, town, BRANNSLUKKERE) for town in towns)
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
