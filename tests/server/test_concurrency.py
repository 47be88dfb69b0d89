"""Two people acting at once on overlap groups and imports: exactly one wins, the other is told
who changed what and when (exit 1), the invariants hold, and no line is duplicated.

Each conflicting pair runs 20 times as two real command-line processes logged in as two
different coordinators, made a real race by ``tests.server.races.contend``. The edits of
lines, municipalities, proposals, participants, lots and milestones race in
test_concurrent_edits.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.db.locks import LockSpace
from kommunesamarbeid.db.models import (
    ImportBatch,
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
)
from tests.server.conftest import Server, plan_rows, write_plan
from tests.server.races import advisory, contend, one_wins

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RUNS = 20


@pytest.fixture(scope="module")
def owner_session(server: Server) -> Iterator[Session]:
    engine = server.engine(server.owner)
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


def _municipality(session: Session, name: str) -> int:
    found = session.scalar(select(Municipality.id).where(Municipality.name == name))
    if found is not None:
        return int(found)
    m = Municipality(name=name)
    session.add(m)
    session.flush()
    return m.id


def _line(session: Session, municipality_id: int, text: str) -> int:
    p = PlannedPurchase(municipality_id=municipality_id, description=text, cpv="90620000")
    session.add(p)
    session.flush()
    return p.id


def _group(session: Session, line_ids: list[int]) -> int:
    g = OverlapGroup(status="candidate", score=0.9, title="Brøyting")
    g.members.extend(OverlapMember(line_id=i, score=0.9, reasons=[]) for i in line_ids)
    session.add(g)
    session.flush()
    return g.id


@pytest.fixture(scope="module")
def towns(owner_session: Session) -> list[int]:
    ids = [_municipality(owner_session, f"{n} kommune") for n in ("Fedje", "Gulen", "Modalen")]
    owner_session.commit()
    return ids


def _active_municipalities(session: Session, group_id: int) -> set[int]:
    return set(
        session.scalars(
            select(PlannedPurchase.municipality_id)
            .join(OverlapMember, OverlapMember.line_id == PlannedPurchase.id)
            .where(OverlapMember.group_id == group_id, OverlapMember.origin != "removed")
        )
    )


def test_confirm_and_reject_at_once(
    server: Server, owner_session: Session, towns: list[int]
) -> None:
    s = owner_session
    groups = [
        _group(s, [_line(s, towns[0], f"Brøyting {i}"), _line(s, towns[1], f"Brøyting {i}")])
        for i in range(RUNS)
    ]
    s.commit()
    for gid in groups:
        outcomes = contend(
            server,
            advisory(LockSpace.OVERLAP_GROUPS),
            ("koord", ["group", "confirm", str(gid)]),
            ("koord2", ["group", "reject", str(gid)]),
        )
        winner = one_wins(outcomes, f"Overlapp nr. {gid} ble endret av «koord")
        s.expire_all()
        g = s.get(OverlapGroup, gid)
        assert g is not None
        assert (g.status, g.decided_by) == (("confirmed", "koord"), ("rejected", "koord2"))[winner]
        assert g.decided_by_municipality_id is not None  # the host, from the login


def test_two_remove_lines_keep_two_municipalities(
    server: Server, owner_session: Session, towns: list[int]
) -> None:
    s = owner_session
    cases = []
    for i in range(RUNS):
        lines = [_line(s, town, f"Strøing {i}") for town in towns]
        cases.append((_group(s, lines), lines))
    s.commit()
    for gid, lines in cases:
        outcomes = contend(
            server,
            advisory(LockSpace.OVERLAP_GROUPS),
            ("koord", ["group", "remove-line", str(gid), str(lines[0])]),
            ("koord2", ["group", "remove-line", str(gid), str(lines[1])]),
        )
        # both read the group's version as they started: the second is refused (the group
        # changed), and had it not been, the invariant would have refused it
        one_wins(outcomes, f"Overlapp nr. {gid} ble endret av «")
        s.expire_all()
        assert len(_active_municipalities(s, gid)) == 2


def test_one_line_added_to_two_groups(
    server: Server, owner_session: Session, towns: list[int]
) -> None:
    s = owner_session
    cases = []
    for i in range(RUNS):
        g1 = _group(s, [_line(s, towns[0], f"Feiing {i}"), _line(s, towns[1], f"Feiing {i}")])
        g2 = _group(s, [_line(s, towns[0], f"Feiing {i}b"), _line(s, towns[1], f"Feiing {i}b")])
        cases.append((g1, g2, _line(s, towns[2], f"Feiing {i}")))
    s.commit()
    for g1, g2, line in cases:
        outcomes = contend(
            server,
            advisory(LockSpace.OVERLAP_GROUPS),
            ("koord", ["group", "add-line", str(g1), str(line)]),
            ("koord2", ["group", "add-line", str(g2), str(line)]),
        )
        one_wins(outcomes, f"Linje {line} er allerede med i overlapp nr.")
        s.expire_all()
        open_groups = s.scalar(
            select(func.count())
            .select_from(OverlapMember)
            .join(OverlapGroup)
            .where(
                OverlapMember.line_id == line,
                OverlapMember.origin != "removed",
                OverlapGroup.status != "rejected",
            )
        )
        assert open_groups == 1


def test_two_first_imports_of_the_same_plan(
    server: Server, owner_session: Session, tmp_path: Any
) -> None:
    s = owner_session
    plan = write_plan(tmp_path / "plan.csv", plan_rows("P", 40))
    towns = [_municipality(s, f"Prøvekommune {i}") for i in range(RUNS)]
    s.commit()
    for i, town in enumerate(towns):
        outcomes = contend(
            server,
            advisory(LockSpace.PLAN_IMPORT, town),
            ("koord", ["import", str(plan), "--municipality", f"Prøvekommune {i}"]),
            ("koord2", ["import", str(plan), "--municipality", f"Prøvekommune {i}"]),
        )
        one_wins(outcomes, f"Anskaffelsesplanen til Prøvekommune {i} ble importert av «koord")
        s.expire_all()
        refs = list(
            s.scalars(
                select(PlannedPurchase.reference).where(
                    PlannedPurchase.municipality_id == town, PlannedPurchase.status == "active"
                )
            )
        )
        assert len(refs) == 40 and len(set(refs)) == 40
        batches = s.scalar(
            select(func.count()).select_from(ImportBatch).where(ImportBatch.municipality_id == town)
        )
        assert batches == 1
