"""Every editable thing carries a version; a save that names an older one is refused with who
changed what and when, and nothing is written (SQLite and PostgreSQL). Parallel processes on
the secured server: tests/server/test_concurrency.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kommunesamarbeid.core.errors import ConflictError
from kommunesamarbeid.core.proposal import LotData, MilestoneData, MilestoneKind
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import OverlapGroup, OverlapMember
from kommunesamarbeid.services import overlap, proposals
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import get_line, list_lines, update_line
from kommunesamarbeid.services.municipalities import get_municipality, update_municipality

KARI, PER = Actor(user="kari"), Actor(user="per")
HEADER = "Nr;Anskaffelse;CPV;Årlig verdi eks. mva;Kontraktsperiode (år);Planlagt kunngjøring\n"
ROWS = (
    "1;Brøyting og strøing av kommunale veier;90620000;400000;4;01.09.2026\n"
    "2;Renhold av skoler og barnehager;90910000;900000;3;01.10.2026\n"
    "3;Kontorrekvisita og forbruksmateriell;30192000;150000;2;01.11.2026\n"
)


def _plan(tmp_path: Path, name: str, rows: str = ROWS) -> Path:
    path = tmp_path / f"{name}.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.fixture
def cooperation(db: Database, tmp_path: Path) -> Database:
    for name in ("Alver kommune", "Fedje kommune", "Gulen kommune"):
        import_plan(db, KARI, _plan(tmp_path, name), name)
    overlap.detect(db, KARI)
    return db


def _refused_naming_per(change: Callable[[], object], what: str) -> str:
    with pytest.raises(ConflictError) as caught:
        change()
    message = caught.value.message
    assert "ble endret av «per»" in message and "Ingenting er endret" in message, message
    assert f"({what}" in message, message
    assert caught.value.changed_by == "per" and caught.value.changed_at
    return message


def test_line_municipality_and_plan(cooperation: Database, tmp_path: Path) -> None:
    db = cooperation
    line = list_lines(db)[0]
    update_line(db, PER, line.id, {"comments": "Pers merknad"}, expected_version=line.version)
    message = _refused_naming_per(
        lambda: update_line(db, KARI, line.id, {"comments": "x"}, expected_version=line.version),
        "merknader",
    )
    assert f"etter at du leste versjon {line.version} (nå versjon {line.version + 1})" in message
    assert get_line(db, line.id).comments == "Pers merknad"

    alver = get_municipality(db, "Alver")
    update_municipality(db, PER, "Alver", county="Pers fylke", expected_version=alver.version)
    _refused_naming_per(
        lambda: update_municipality(
            db, KARI, "Alver", county="Hordaland", expected_version=alver.version
        ),
        "fylke",
    )
    assert get_municipality(db, "Alver").county == "Pers fylke"

    # the plan: its version is its latest import
    seen = import_plan(db, KARI, _plan(tmp_path, "a2"), "Alver", dry_run=True).plan_version
    assert seen == alver.plan_version != 0
    changed_rows = ROWS.replace("400000", "450000")
    import_plan(
        db, PER, _plan(tmp_path, "a3", changed_rows), "Alver", plan_version=seen,
        allow_withdraw=True,
    )  # fmt: skip
    with pytest.raises(ConflictError, match="ble importert av «per»"):
        import_plan(
            db, KARI, _plan(tmp_path, "a4"), "Alver", plan_version=seen, allow_withdraw=True
        )
    assert get_municipality(db, "Alver").plan_version > seen


def test_group_decisions_and_edits(cooperation: Database) -> None:
    db = cooperation
    group = next(g for g in overlap.list_groups(db) if g.status == "candidate")
    overlap.set_status(db, PER, group.id, "confirmed", expected_version=group.version)
    for change in (
        lambda: overlap.set_status(db, KARI, group.id, "rejected", expected_version=group.version),
        lambda: overlap.rename_group(db, KARI, group.id, "Ny", expected_version=group.version),
        lambda: overlap.remove_line(
            db, KARI, group.id, group.line_ids[0], expected_version=group.version
        ),
        lambda: proposals.create_proposal(
            db, KARI, group_id=group.id, expected_group_version=group.version
        ),
    ):
        _refused_naming_per(change, "bekreftet")
    after = overlap.get_group(db, group.id)
    assert (after.status, after.title, after.line_ids) == ("confirmed", group.title, group.line_ids)
    assert after.version == group.version + 1
    assert after.decided_by == "per"


def test_proposal_parts_each_by_their_own_version(cooperation: Database) -> None:
    db = cooperation
    group = overlap.list_groups(db)[0]
    data = proposals.create_proposal(db, PER, group_id=group.id)
    proposals.propose_timeline(db, PER, data.id)
    proposals.replace_lots(db, PER, data.id, [LotData(1, "Nord"), LotData(2, "Sør")], {}, seen=None)
    data = proposals.proposal_data(db, data.id)
    seen = proposals.seen_of(data)
    alver = data.participants[0]

    # an officer's fullmakt and a coordinator's text edit do not block each other
    proposals.update_participant(
        db, PER, data.id, alver.municipality_id, {"signatory_name": "Per"},
        expected_version=alver.version,
    )  # fmt: skip
    proposals.update_proposal(
        db, KARI, data.id, {"risks_text": "Få tilbydere"}, expected_version=data.version
    )
    # … but the same part twice does
    _refused_naming_per(
        lambda: proposals.update_participant(
            db, KARI, data.id, alver.municipality_id, {"signatory_name": "Kari"},
            expected_version=alver.version,
        ),
        "signert av",
    )  # fmt: skip
    proposals.update_proposal(
        db, PER, data.id, {"title": "Pers tittel"}, expected_version=data.version + 1
    )
    _refused_naming_per(
        lambda: proposals.update_proposal(
            db, KARI, data.id, {"title": "Karis"}, expected_version=data.version + 1
        ),
        "tittel",
    )

    # one lot: its own version; the set of lots in the editor: any lot changed refuses it
    lot = data.lots[0]
    proposals.edit_lot(db, PER, data.id, lot.number, {"title": "Nordre"}, expected_version=1)
    _refused_naming_per(
        lambda: proposals.edit_lot(
            db, KARI, data.id, lot.number, {"title": "Nordlig"}, expected_version=1
        ),
        "tittel",
    )
    _refused_naming_per(
        lambda: proposals.replace_lots(
            db, KARI, data.id, [LotData(1, "Nord"), LotData(2, "Sør", "endret")], {},
            seen=proposals.Seen(lots=seen.lots),
        ),
        "delkontrakt 1 «Nordre»",
    )  # fmt: skip
    # milestones likewise
    first = data.milestones[0]
    assert first.id is not None
    proposals.edit_milestone(
        db, PER, data.id, first.id, {"done": True}, expected_version=first.version
    )
    _refused_naming_per(
        lambda: proposals.edit_milestone(
            db, KARI, data.id, first.id, {"title": "Annet"}, expected_version=first.version
        ),
        "utført",
    )
    moved = [MilestoneData(m.kind, m.title, m.due_date) for m in data.milestones]
    _refused_naming_per(
        lambda: proposals.replace_milestones(
            db, KARI, data.id, moved, seen=proposals.Seen(milestones=seen.milestones)
        ),
        "milepæl",
    )
    final = proposals.proposal_data(db, data.id)
    assert (final.title, final.risks_text) == ("Pers tittel", "Få tilbydere")
    assert final.participants[0].signatory_name == "Per"
    assert [x.title for x in final.lots] == ["Nordre", "Sør"]
    assert final.milestones[0].done and final.milestones[0].title == first.title


def test_lots_and_milestones_are_saved_in_place(cooperation: Database) -> None:
    db = cooperation
    data = proposals.create_proposal(db, PER, group_id=overlap.list_groups(db)[0].id)
    lines = [line.line_id for line in data.all_lines()]
    proposals.replace_lots(db, PER, data.id, [LotData(1, "Nord"), LotData(2, "Sør")], {})
    before = {x.number: (x.id, x.version) for x in proposals.proposal_data(db, data.id).lots}
    assert {v for _, v in before.values()} == {1}
    # a line placed in lot 2: lot 2 gets a new version (its lines changed), lot 1 does not
    seen = proposals.seen_of(proposals.proposal_data(db, data.id))
    proposals.replace_lots(
        db, PER, data.id, [LotData(1, "Nord"), LotData(2, "Sør")], {lines[0]: 2},
        seen=proposals.Seen(lots=seen.lots),
    )  # fmt: skip
    after = {x.number: (x.id, x.version) for x in proposals.proposal_data(db, data.id).lots}
    assert after[1] == before[1] and after[2] == (before[2][0], 2)
    # the timeline: rows kept, a moved announcement moves the proposal's date
    timeline = proposals.proposal_data(db, data.id).milestones
    ids = [m.id for m in timeline]
    moved = [
        MilestoneData(m.kind, m.title, m.due_date.replace(day=1) if m.due_date else None)
        if m.kind is MilestoneKind.ANNOUNCEMENT
        else MilestoneData(m.kind, m.title, m.due_date, m.done)
        for m in timeline
    ]
    saved = proposals.replace_milestones(db, PER, data.id, moved)
    assert sorted(m.id for m in saved.milestones) == sorted(ids)
    announcement = next(m for m in saved.milestones if m.kind is MilestoneKind.ANNOUNCEMENT)
    assert saved.planned_announcement == announcement.due_date
    assert [m.version for m in saved.milestones if m.id != announcement.id] == [1] * (len(ids) - 1)


def _open_groups_per_line(db: Database) -> dict[int, int]:
    with db.sessions() as session:
        rows = session.execute(
            select(OverlapMember.line_id, func.count())
            .join(OverlapGroup)
            .where(OverlapMember.origin != "removed", OverlapGroup.status != "rejected")
            .group_by(OverlapMember.line_id)
        ).all()
    return {int(line): int(n) for line, n in rows}


def test_detection_never_puts_a_line_in_a_second_open_group(
    cooperation: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coordinator edits a group while detection runs: the store step leaves out what would
    put one of that group's lines in a second open group."""
    from kommunesamarbeid.core.overlap import detect as engine

    db = cooperation
    real = engine.detect_overlaps
    edited: list[int] = []

    def meanwhile(*args: object, **kwargs: object) -> object:
        results = real(*args, **kwargs)  # type: ignore[arg-type]
        big = next(g for g in overlap.list_groups(db) if len(g.municipalities) >= 3)
        overlap.remove_line(db, PER, big.id, big.line_ids[-1])  # now edited: kept as it is
        edited.append(big.id)
        return results

    monkeypatch.setattr(engine, "detect_overlaps", meanwhile)
    report = overlap.detect(db, KARI)
    assert edited
    counts = _open_groups_per_line(db)
    assert counts and max(counts.values()) == 1, counts
    assert any(g.id == edited[0] and g.edited for g in report.groups)
