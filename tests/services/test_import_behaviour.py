"""Importing plans into the database: layouts, mapping memory, re-import, all-or-nothing.

Layout files come from ``tests/fixtures/make_layout_files.py``. Re-import and all-or-nothing run
on SQLite and PostgreSQL (the ``db`` fixture); the rest on SQLite.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from kommunesamarbeid.cli import main
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    AuditEntry,
    Base,
    ColumnMappingMemory,
    ImportBatch,
    JointProposal,
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
    ProposalLine,
    ProposalParticipant,
)
from kommunesamarbeid.services import import_plan as import_module
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_guard import DestructiveImportError
from kommunesamarbeid.services.import_plan import ImportCancelled, import_plan
from kommunesamarbeid.services.lines import LineInfo, list_lines
from tests.fixtures.make_layout_files import CASES, make_all

HEADER = ["Nr", "Beskrivelse", "CPV", "Verdi pr. år", "Varighet (år)", "Kunngjøring", "Enhet"]
PLAN: list[list[Any]] = [
    ["P-1", "Brøyting og strøing", "90620000", 800000, 4, "Q3 2026", "Teknisk"],
    ["P-2", "Kontorrekvisita", "30192000", 120000, 2, "Q1 2026", "Stab"],
    ["P-3", "Renhold av kommunale bygg", "90910000", 1500000, 3, "H2 2026", "Eiendom"],
    ["P-4", "Skolemøbler", "39160000", 600000, 2, "Q2 2026", "Oppvekst"],
]


@pytest.fixture(scope="module")
def layout_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("layouts"))


def write_plan(path: Path, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER) -> Path:
    """A simple plan: a title on row 1, the header on row 3, lines from row 4."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    ws["A1"] = "Anskaffelsesplan 2026"
    ws.append([])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order: the database's whole state."""
    with db.sessions() as session:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            rows = session.execute(select(table).order_by(*order)).all()
            out[table.name] = [tuple(r) for r in rows]
        return out


def lines_by_ref(db: Database, municipality: str) -> dict[str | None, LineInfo]:
    return {x.reference: x for x in list_lines(db, municipality=municipality)}


def all_lines(db: Database, municipality: str) -> dict[str | None, LineInfo]:
    found = list_lines(db, municipality=municipality, include_withdrawn=True)
    return {x.reference: x for x in found}


def audit_entries(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        stmt = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(session.scalars(stmt))


# --- every layout, through the service ----------------------------------------------------------


@pytest.mark.parametrize("key", list(CASES))
def test_layout_import_stores_exactly_the_expected_lines(
    key: str, layout_files: dict[str, Path], sqlite_db: Database, actor: Actor
) -> None:
    case = CASES[key]
    path = layout_files[key]
    report = import_plan(sqlite_db, actor, path, f"Kommune {key}")
    assert report.sheet == case.sheet
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (
        len(case.lines),
        0,
        0,
        0,
    )
    assert report.header_rows == list(case.header_rows)
    assert sorted(p.row for p in report.errors) == sorted(p.row for p in case.errors)
    assert sorted(s.row_number for s in report.skipped) == sorted(s.row for s in case.skipped)
    stored = list_lines(sqlite_db, municipality=f"Kommune {key}")
    got = [
        (
            x.source_file,
            x.source_sheet,
            x.source_row,
            x.description,
            x.reference,
            x.cpv,
            x.annual_value_nok,
            x.total_value_nok,
            x.contract_years,
            x.option_years,
            x.period_start,
            x.period_end,
        )
        for x in sorted(stored, key=lambda x: x.source_row or 0)
    ]
    want = [
        (
            case.file_name,
            case.sheet,
            e.row,
            e.description,
            e.reference,
            e.cpv,
            e.annual_value_nok,
            e.total_value_nok,
            e.contract_years,
            e.option_years,
            e.period_start,
            e.period_end,
        )
        for e in case.lines
    ]
    assert got == want
    with sqlite_db.sessions() as session:
        batch = session.scalars(select(ImportBatch)).one()
        assert batch.skipped == len(case.skipped) + len(case.errors)
        hidden = {p.source_row for p in session.scalars(select(PlannedPurchase)) if p.source_hidden}
    assert hidden == {e.row for e in case.lines if e.hidden}


def test_cli_json_lists_problems_and_skipped_rows(
    layout_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "cli.db"
    path = layout_files["header_row1"]
    code = main(["--db", str(db_file), "import", str(path), "--municipality", "Bø", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["added"] == 5
    (error,) = out["errors"]
    assert (error["sheet"], error["row"], error["column"]) == ("Plan", 7, "B")
    assert "beskrivelse" in error["message"]
    assert [(s["row"], s["text"]) for s in out["skipped"]] == [(8, "7"), (9, "8"), (10, "9")]
    warning = next(w for w in out["warnings"] if w["row"] == 5)
    assert warning["sheet"] == "Plan" and "48 måneder" in warning["message"]
    assert out["mapping"]["description"]["column"] == "B"


# --- sheets ---------------------------------------------------------------------------------------


def test_sheet_override_and_unknown_sheet(
    layout_files: dict[str, Path], sqlite_db: Database, actor: Actor
) -> None:
    path = layout_files["third_sheet"]
    report = import_plan(sqlite_db, actor, path, "Fedje", sheet="veiledning", dry_run=True)
    assert report.sheet == "Veiledning"
    assert report.added == 1
    with pytest.raises(RefusedInputError) as info:
        import_plan(sqlite_db, actor, path, "Fedje", sheet="Plan 2027")
    message = info.value.problem.describe()
    assert "«Plan 2027»" in message
    for name in CASES["third_sheet"].sheet_names:
        assert f"«{name}»" in message
    assert list_lines(sqlite_db) == []


def test_dry_run_changes_nothing(
    layout_files: dict[str, Path], sqlite_db: Database, actor: Actor
) -> None:
    import_plan(sqlite_db, actor, layout_files["sections"], "Modalen")
    before = dump(sqlite_db)
    report = import_plan(sqlite_db, actor, layout_files["nynorsk"], "Modalen", dry_run=True)
    assert report.dry_run and report.batch_id is None
    assert (report.added, report.withdrawn) == (4, 9)
    report = import_plan(sqlite_db, actor, layout_files["nynorsk"], "Ny kommune", dry_run=True)
    assert report.added == 4
    assert dump(sqlite_db) == before


# --- mapping memory --------------------------------------------------------------------------------


def test_corrected_mapping_is_remembered_per_municipality(
    layout_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Verdi (1000 kr)" is read per year; the user says it is the total, once."""
    db_file = str(tmp_path / "memory.db")
    path = layout_files["thousands"]

    def run(*args: str) -> dict[str, Any]:
        code = main(["--db", db_file, "import", str(path), *args, "--json"])
        assert code == 0
        result: dict[str, Any] = json.loads(capsys.readouterr().out)
        return result

    def values(municipality: str) -> dict[str, tuple[int | None, int | None]]:
        code = main(["--db", db_file, "lines", "--municipality", municipality, "--json"])
        assert code == 0
        found = json.loads(capsys.readouterr().out)["lines"]
        return {x["reference"]: (x["annual_value_nok"], x["total_value_nok"]) for x in found}

    mapped = run(
        "--municipality", "Alver", "--map", "reference=A", "--map", "description=B",
        "--map", "cpv=C", "--map", "total_value=D", "--map", "contract_years=E",
        "--map", "option_years=F", "--map", "announcement=G",
    )  # fmt: skip
    assert mapped["mapping"]["total_value"] == {
        "column": "D",
        "header": "Verdi (1000 kr)",
        "confidence": 1.0,
        "source": "corrected",
    }
    assert values("Alver")["A-1"] == (112_500, 450_000)  # 2 years + 2 options

    again = run("--municipality", "Alver")
    assert "total_value" in again["mapping"] and "value" not in again["mapping"]
    assert (again["added"], again["unchanged"]) == (0, 4)

    other = run("--municipality", "Gulen")
    assert "value" in other["mapping"] and "total_value" not in other["mapping"]
    assert values("Gulen")["A-1"] == (450_000, 1_800_000)

    from kommunesamarbeid.db.engine import open_database

    database = open_database(db_file)
    try:
        with database.sessions() as session:
            memories = list(session.scalars(select(ColumnMappingMemory)))
            owners = [session.get(Municipality, m.municipality_id) for m in memories]
            assert [o.name for o in owners if o] == ["Alver"]
            assert memories[0].mapping["total_value"] == "D"
    finally:
        database.dispose()


def test_mapping_for_headers_no_rule_knows_is_reused(
    tmp_path: Path, sqlite_db: Database, actor: Actor
) -> None:
    path = write_plan(
        tmp_path / "kolonner.xlsx",
        [["A-1", "Skolemøbler", "600 000"], ["A-2", "Renhold", "300 000"]],
        header=["Kol 1", "Kol 2", "Kol 3"],
    )
    with pytest.raises(RefusedInputError, match="overskriftsrad"):
        import_plan(sqlite_db, actor, path, "Osterøy")
    mapping = {"reference": "A", "description": "B", "annual_value": "C"}
    report = import_plan(sqlite_db, actor, path, "Osterøy", mapping=mapping)
    assert report.added == 2 and report.header_rows == [3]
    report = import_plan(sqlite_db, actor, path, "Osterøy")
    assert (report.added, report.unchanged) == (0, 2)
    with pytest.raises(RefusedInputError, match="overskriftsrad"):
        import_plan(sqlite_db, actor, path, "Vaksdal")


# --- re-import -------------------------------------------------------------------------------------


def test_reimport_counts_history_and_links(db: Database, actor: Actor, tmp_path: Path) -> None:
    first = write_plan(tmp_path / "v1" / "plan.xlsx", PLAN)
    report = import_plan(db, actor, first, "Nome")
    assert report.added == 4
    ids = {ref: line.id for ref, line in lines_by_ref(db, "Nome").items()}

    # Links to lines: an overlap group holding P-1 and P-2, a proposal using P-2 and P-3.
    with db.session() as session:
        municipality_id = session.scalars(select(Municipality.id)).one()
        group = OverlapGroup(status="confirmed", score=0.9, title="Test")
        group.members = [OverlapMember(line_id=ids["P-1"]), OverlapMember(line_id=ids["P-2"])]
        proposal = JointProposal(reference="FA-2026-001", title="Felles innkjøp")
        participant = ProposalParticipant(municipality_id=municipality_id)
        participant.lines = [ProposalLine(line_id=ids["P-2"]), ProposalLine(line_id=ids["P-3"])]
        proposal.participants = [participant]
        session.add_all([group, proposal])

    # Second version: P-1 changes value, P-2 unchanged, P-3 gone (used by a proposal), P-4
    # unchanged but moved, P-5 new.
    second = [
        ["P-4", *PLAN[3][1:]],
        ["P-1", "Brøyting og strøing", "90620000", 900000, 4, "Q3 2026", "Teknisk"],
        PLAN[1],
        ["P-5", "Tolketjenester", "79540000", 85000, 2, "2026", "Helse"],
    ]
    report = import_plan(db, actor, write_plan(tmp_path / "v2" / "plan.xlsx", second), "Nome")
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (1, 1, 2, 1)

    active = lines_by_ref(db, "Nome")
    assert set(active) == {"P-1", "P-2", "P-4", "P-5"}
    assert {ref: active[ref].id for ref in ("P-1", "P-2", "P-4")} == {
        ref: ids[ref] for ref in ("P-1", "P-2", "P-4")
    }
    assert active["P-1"].annual_value_nok == 900000 and active["P-1"].total_value_nok == 3_600_000
    assert active["P-4"].source_row == 4
    withdrawn = all_lines(db, "Nome")["P-3"]
    assert withdrawn.id == ids["P-3"] and withdrawn.status == "withdrawn"

    updates = [e for e in audit_entries(db, "reimport") if e.entity_id == ids["P-1"]]
    assert len(updates) == 1
    assert updates[0].changes["annual_value_nok"] == [800000, 900000]
    assert updates[0].changes["total_value_nok"] == [3_200_000, 3_600_000]
    assert updates[0].changes["batch_id"] == report.batch_id
    (withdrawal,) = audit_entries(db, "withdraw")
    assert withdrawal.entity_id == ids["P-3"]
    assert withdrawal.changes["status"] == ["active", "withdrawn"]

    with db.sessions() as session:
        members = sorted(m.line_id for m in session.scalars(select(OverlapMember)))
        links = sorted(p.line_id for p in session.scalars(select(ProposalLine)))
        assert members == sorted([ids["P-1"], ids["P-2"]])
        assert links == sorted([ids["P-2"], ids["P-3"]])
        assert session.get(PlannedPurchase, ids["P-3"]) is not None

    # The first version again: P-3 comes back (same id, active), P-5 is withdrawn.
    report = import_plan(db, actor, first, "Nome")
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (0, 2, 2, 1)
    everything = all_lines(db, "Nome")
    assert everything["P-3"].id == ids["P-3"] and everything["P-3"].status == "active"
    assert everything["P-5"].status == "withdrawn"
    back = [e for e in audit_entries(db, "reimport") if e.entity_id == ids["P-3"]]
    assert back[-1].changes["status"] == ["withdrawn", "active"]
    with db.sessions() as session:
        assert session.scalars(select(PlannedPurchase)).all().__len__() == 5
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id)).all()
        assert [(b.added, b.updated, b.unchanged, b.withdrawn) for b in batches] == [
            (4, 0, 0, 0),
            (1, 1, 2, 1),
            (0, 2, 2, 1),
        ]
    assert len(audit_entries(db, "import")) == 3


def test_reimport_without_references_matches_description_and_cpv(
    db: Database, actor: Actor, layout_files: dict[str, Path], tmp_path: Path
) -> None:
    path = layout_files["no_reference"]
    import_plan(db, actor, path, "Masfjorden")
    before = {(x.description, x.cpv): x.id for x in list_lines(db, municipality="Masfjorden")}
    assert len(before) == 5  # two lines share a description, with different CPV codes

    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    ws.delete_rows(2, ws.max_row)
    for row in reversed(rows):  # the same lines in the opposite order
        ws.append(row)
    ws["C2"] = 95000  # Tolketjenester (now first) changes its value
    moved = tmp_path / path.name
    wb.save(moved)

    report = import_plan(db, actor, moved, "Masfjorden")
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (0, 1, 4, 0)
    after = {(x.description, x.cpv): x.id for x in list_lines(db, municipality="Masfjorden")}
    assert after == before


def test_reimport_of_the_same_file_changes_no_line(
    db: Database, actor: Actor, layout_files: dict[str, Path]
) -> None:
    path = layout_files["second_table"]
    import_plan(db, actor, path, "Vaksdal")
    lines_before = list_lines(db, municipality="Vaksdal")
    report = import_plan(db, actor, path, "Vaksdal")
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (0, 0, 9, 0)
    assert audit_entries(db, "reimport") == []
    lines_after = list_lines(db, municipality="Vaksdal")
    assert [(x.id, x.description, x.total_value_nok) for x in lines_after] == [
        (x.id, x.description, x.total_value_nok) for x in lines_before
    ]


# --- all or nothing --------------------------------------------------------------------------------


class Boom(RuntimeError):
    pass


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, action: str) -> list[str]:
    """Make the audit log raise when it is asked to record ``action`` (inside the write)."""
    calls: list[str] = []
    real = import_module.audit.record

    def record(*args: Any, **kwargs: Any) -> None:
        calls.append(kwargs["action"])
        if kwargs["action"] == action:
            raise Boom("simulert feil midt i skrivingen")
        real(*args, **kwargs)

    monkeypatch.setattr(import_module.audit, "record", record)
    return calls


def test_a_failure_midway_leaves_the_database_exactly_as_before(
    db: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_plan(db, actor, write_plan(tmp_path / "v1.xlsx", PLAN), "Nome")
    changed = [
        ["P-1", "Brøyting og strøing", "90620000", 900000, 4, "Q3 2026", "Teknisk"],
        PLAN[1],
        ["P-5", "Tolketjenester", "79540000", 85000, 2, "2026", "Helse"],
    ]
    second = write_plan(tmp_path / "v2.xlsx", changed)
    before = dump(db)
    calls = _fail_on_call(monkeypatch, "withdraw")  # after an update has been written
    with pytest.raises(Boom):
        import_plan(db, actor, second, "Nome", allow_withdraw=True)
    assert calls[:2] == ["reimport", "withdraw"]
    assert dump(db) == before


def test_a_failure_in_a_first_import_leaves_no_municipality(
    db: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(db)
    _fail_on_call(monkeypatch, "import")  # the very last step of the write
    with pytest.raises(Boom):
        import_plan(db, actor, write_plan(tmp_path / "plan.xlsx", PLAN), "Ny kommune")
    assert dump(db) == before


def test_cancelling_changes_nothing(db: Database, actor: Actor, tmp_path: Path) -> None:
    path = write_plan(tmp_path / "plan.xlsx", PLAN)
    before = dump(db)
    with pytest.raises(ImportCancelled):
        import_plan(db, actor, path, "Nome", progress=lambda done, total, what: done < 3)
    assert dump(db) == before


def test_refused_files_change_nothing(db: Database, actor: Actor, tmp_path: Path) -> None:
    import_plan(db, actor, write_plan(tmp_path / "plan.xlsx", PLAN), "Nome")
    before = dump(db)
    only_errors = write_plan(tmp_path / "feil.xlsx", [["P-9", None, "90620000", 1, 2, "2026"]])
    with pytest.raises(RefusedInputError, match="ingen planlagte anskaffelser"):
        import_plan(db, actor, only_errors, "Nome")
    # A wide table is read (only the mapped columns matter), but one line replacing four
    # would withdraw three of them: refused with the list, nothing changed.
    wide = write_plan(
        tmp_path / "bred.xlsx",
        [[*PLAN[0], *(f"x{i}" for i in range(120))]],
        header=[*HEADER, *(f"Ekstra {i}" for i in range(120))],
    )
    with pytest.raises(DestructiveImportError, match="trekke tilbake 3 av 4") as info:
        import_plan(db, actor, wide, "Nome")
    assert [x.reference for x in info.value.change.withdrawn] == ["P-2", "P-3", "P-4"]
    assert dump(db) == before
    report = import_plan(db, actor, wide, "Nome", dry_run=True)
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (0, 0, 1, 3)
    assert report.destructive
    assert dump(db) == before


def test_periods_are_stored_as_dates(
    layout_files: dict[str, Path], sqlite_db: Database, actor: Actor
) -> None:
    import_plan(sqlite_db, actor, layout_files["english"], "Fedje")
    line = lines_by_ref(sqlite_db, "Fedje")["EN-1"]
    assert (line.period_start, line.period_end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 1))
    assert line.period_meaning == "contract_start"
