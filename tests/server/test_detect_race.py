"""A detection run and a coordinator's edit at once, as two real command-line processes logged in
as two coordinators: whichever stores first, a line ends in exactly one open group, nothing is
lost, and the one who came second is told (or, for detection, leaves the taken line out).

Detection reads the lines and scores them without a lock, then stores its candidates under the
groups' advisory lock and checks again which lines are taken; ``races.contend`` holds that lock
until both processes wait for it, so every run is a real race."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.db.locks import LockSpace
from kommunesamarbeid.db.models import OverlapGroup, OverlapMember
from tests.server.conftest import Server
from tests.server.races import advisory, contend
from tests.server.test_concurrency import _line, _municipality

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RUNS = 6
TEXT = "Service og kontroll av heiser i kommunale bygg"


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
