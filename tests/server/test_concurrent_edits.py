"""No lost updates on the shared server: two edits of the same thing at once — a proposal, a
participant's fullmakt, a line, a municipality, a lot, a milestone — as two real processes
logged in as different users. Each pair runs 20 times; every time exactly one wins, the other
exits 1 naming who changed what, the winner's value is what is stored, and nothing is
duplicated.

Both commands read the version as they start; the test holds the row's lock until both wait
for it (``tests.server.races``), so the second always finds the version moved on.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.db.models import (
    JointProposal,
    Lot,
    Milestone,
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
    ProposalParticipant,
)
from tests.server.conftest import Server
from tests.server.races import Outcome, contend, one_wins, row

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RUNS = 20
#: How long each pair took (seconds), reported at the end of the module.
TIMES: dict[str, float] = {}


@pytest.fixture(scope="module")
def owner(server: Server) -> Iterator[Session]:
    engine = server.engine(server.owner)
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


def _id(session: Session, model: type, **where: object) -> int:
    found = session.scalar(select(model.id).filter_by(**where))  # type: ignore[attr-defined]
    assert found is not None, where
    return int(found)


@pytest.fixture(scope="module")
def proposal(server: Server, owner: Session) -> int:
    """A proposal of Alver and Austrheim (the officers' municipalities), with lots."""
    alver = _id(owner, Municipality, name="Alver kommune")
    austrheim = _id(owner, Municipality, name="Austrheim kommune")
    lines = []
    for town in (alver, austrheim):
        p = PlannedPurchase(
            municipality_id=town, description="Feiing av piper", cpv="90915000",
            annual_value_nok=300_000, contract_years=3,
        )  # fmt: skip
        owner.add(p)
        lines.append(p)
    owner.flush()
    group = OverlapGroup(status="candidate", score=0.9, title="Feiing")
    group.members.extend(OverlapMember(line_id=p.id, score=0.9, reasons=[]) for p in lines)
    owner.add(group)
    owner.commit()
    code, out, err = server.cli("koord", "propose", str(group.id), "--json")
    assert code == 0, err
    pid = int(json.loads(out)["proposal"]["id"])
    code, _, err = server.cli("koord", "proposal", "lots", str(pid), "--by", "area")
    assert code == 0, err
    return pid


def race(
    server: Server,
    name: str,
    hold_table: str,
    hold_id: int,
    commands: Callable[[int], tuple[tuple[str, list[str]], tuple[str, list[str]]]],
    loser_says: Callable[[int], dict[int, str]],
    stored: Callable[[], object],
    expected: Callable[[int, int], object],
) -> list[list[Outcome]]:
    """Run a pair RUNS times; after each: one winner, the loser told, the winner's value kept."""
    started = time.monotonic()
    runs = []
    for i in range(RUNS):
        first, second = commands(i)
        outcomes = contend(server, row(hold_table, hold_id), first, second)
        winner = one_wins(outcomes, loser_says(i))
        assert stored() == expected(i, winner), (i, winner, outcomes[1 - winner].err)
        runs.append(outcomes)
    TIMES[name] = time.monotonic() - started
    return runs


def _who(first: str, second: str) -> dict[int, str]:
    return {0: f"ble endret av «{first}»", 1: f"ble endret av «{second}»"}


def test_two_proposal_edits(server: Server, owner: Session, proposal: int) -> None:
    def title() -> object:
        owner.expire_all()
        p = owner.get(JointProposal, proposal)
        return p.title if p else None

    race(
        server,
        "forslag",
        "joint_proposal",
        proposal,
        lambda i: (
            ("koord", ["proposal", "set", str(proposal), f"title=Feiing {i} A"]),
            ("koord2", ["proposal", "set", str(proposal), f"title=Feiing {i} B"]),
        ),
        lambda i: {k: v + " " for k, v in _who("koord", "koord2").items()},
        title,
        lambda i, winner: f"Feiing {i} {'AB'[winner]}",
    )


def test_two_fullmakt_edits(server: Server, owner: Session, proposal: int) -> None:
    """The officer of Alver and a coordinator sign Alver's fullmakt at once."""
    alver = _id(owner, Municipality, name="Alver kommune")
    part = _id(owner, ProposalParticipant, proposal_id=proposal, municipality_id=alver)

    def signed() -> object:
        owner.expire_all()
        p = owner.get(ProposalParticipant, part)
        return (p.signatory_name, p.updated_by) if p else None

    race(
        server,
        "fullmakt",
        "proposal_participant",
        part,
        lambda i: (
            ("offa", ["proposal", "participant", str(proposal), "Alver", "--signatory", f"A{i}"]),
            ("koord", ["proposal", "participant", str(proposal), "Alver", "--signatory", f"K{i}"]),
        ),
        lambda i: {
            0: "Deltakelsen til Alver kommune i forslag FA-",
            1: "Deltakelsen til Alver kommune i forslag FA-",
        },
        signed,
        lambda i, winner: ((f"A{i}", "offa"), (f"K{i}", "koord"))[winner],
    )


def test_two_line_edits(server: Server, owner: Session) -> None:
    alver = _id(owner, Municipality, name="Alver kommune")
    line = PlannedPurchase(municipality_id=alver, description="Snømåking", cpv="90620000")
    owner.add(line)
    owner.commit()
    lines_before = owner.scalar(select(func.count()).select_from(PlannedPurchase))

    def comment() -> object:
        owner.expire_all()
        p = owner.get(PlannedPurchase, line.id)
        return (p.comments, p.updated_by) if p else None

    race(
        server,
        "linje",
        "planned_purchase",
        line.id,
        lambda i: (
            ("offa", ["line", "set", str(line.id), f"comments=Offa {i}"]),
            ("koord", ["line", "set", str(line.id), f"comments=Koord {i}"]),
        ),
        lambda i: _who("offa", "koord"),
        comment,
        lambda i, winner: ((f"Offa {i}", "offa"), (f"Koord {i}", "koord"))[winner],
    )
    owner.expire_all()
    assert owner.scalar(select(func.count()).select_from(PlannedPurchase)) == lines_before


def test_two_municipality_edits(server: Server, owner: Session) -> None:
    alver = _id(owner, Municipality, name="Alver kommune")

    def county() -> object:
        owner.expire_all()
        m = owner.get(Municipality, alver)
        return (m.county, m.updated_by) if m else None

    race(
        server,
        "kommune",
        "municipality",
        alver,
        lambda i: (
            ("offa", ["municipality", "set", "Alver", "--county", f"Fylke A{i}"]),
            ("koord", ["municipality", "set", "Alver", "--county", f"Fylke K{i}"]),
        ),
        lambda i: _who("offa", "koord"),
        county,
        lambda i, winner: ((f"Fylke A{i}", "offa"), (f"Fylke K{i}", "koord"))[winner],
    )
    owner.expire_all()
    assert (
        owner.scalar(select(func.count()).select_from(Municipality).filter_by(name="Alver kommune"))
        == 1
    )


def test_two_lot_edits(server: Server, owner: Session, proposal: int) -> None:
    lot = owner.scalar(select(Lot).filter_by(proposal_id=proposal).order_by(Lot.number))
    assert lot is not None
    number, lot_id = lot.number, lot.id
    lots_before = owner.scalar(
        select(func.count()).select_from(Lot).filter_by(proposal_id=proposal)
    )

    def title() -> object:
        owner.expire_all()
        x = owner.get(Lot, lot_id)
        return x.title if x else None

    race(
        server,
        "delkontrakt",
        "joint_proposal",
        proposal,
        lambda i: (
            ("koord", ["proposal", "lot", str(proposal), str(number), "--title", f"Nord {i}"]),
            ("koord2", ["proposal", "lot", str(proposal), str(number), "--title", f"Sør {i}"]),
        ),
        lambda i: _who("koord", "koord2"),
        title,
        lambda i, winner: (f"Nord {i}", f"Sør {i}")[winner],
    )
    owner.expire_all()
    after = owner.scalar(select(func.count()).select_from(Lot).filter_by(proposal_id=proposal))
    assert after == lots_before


def test_two_milestone_edits(server: Server, owner: Session, proposal: int) -> None:
    ms = owner.scalar(select(Milestone).filter_by(proposal_id=proposal).order_by(Milestone.id))
    assert ms is not None
    ms_id = ms.id
    day = dt.date(2027, 1, 4)

    def due() -> object:
        owner.expire_all()
        x = owner.get(Milestone, ms_id)
        return x.due_date if x else None

    race(
        server,
        "milepæl",
        "joint_proposal",
        proposal,
        lambda i: (
            (
                "koord",
                [
                    "proposal",
                    "milestone",
                    str(proposal),
                    str(ms_id),
                    "--date",
                    f"{day + dt.timedelta(days=2 * i):%d.%m.%Y}",
                ],
            ),
            (
                "koord2",
                [
                    "proposal",
                    "milestone",
                    str(proposal),
                    str(ms_id),
                    "--date",
                    f"{day + dt.timedelta(days=2 * i + 1):%d.%m.%Y}",
                ],
            ),
        ),
        lambda i: _who("koord", "koord2"),
        due,
        lambda i, winner: day + dt.timedelta(days=2 * i + winner),
    )


def test_report_times() -> None:
    """The figures for the report: seconds per 20 races of each pair (a loaded machine)."""
    for name, seconds in TIMES.items():
        print(f"{name}: {RUNS} løp på {seconds:.1f} s ({seconds / RUNS:.2f} s per løp)")
