"""The Excel exports: the pooled plan and the proposal annex, read back with openpyxl and as XML."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet.worksheet import Worksheet

from kommunesamarbeid.core.proposal import (
    Evaluation,
    LotData,
    ParticipantData,
    ProposalData,
    ProposalLineData,
    ProposalStatus,
    RuleWarning,
    ThresholdPeriod,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.fileio.xlsx_annex import write_proposal_annex
from kommunesamarbeid.fileio.xlsx_export import (
    POOLED_COLUMNS,
    needs_quote_prefix,
    safe_sheet_name,
    write_pooled_plan,
)
from kommunesamarbeid.services.lines import LineInfo
from kommunesamarbeid.services.overlap import GroupInfo, MemberInfo

GENERATED = dt.date(2026, 3, 2)

#: Texts a spreadsheet could take for a formula or markup; each must come back exactly.
HOSTILE = [
    '=HYPERLINK("http://x","klikk")',
    "@SUM(A1:A9)",
    "+47 123",
    "-1+2",
    "<font size=60>",
    "& <b>",
    "  =1+1",
    "\t=1+1",
    "\r=1+1",
    "\n-2",
    "#N/A",
    "#DIV/0!",
]
RISKY = {t for t in HOSTILE if t.lstrip().startswith(("=", "+", "-", "@")) or t[0] in "\t\r"}


# ---------------------------------------------------------------------------------------------
# sample data, built directly from the dataclasses


def line_info(line_id: int, **kw: Any) -> LineInfo:
    base: dict[str, Any] = {
        "municipality_id": 1,
        "municipality": "Ås kommune",
        "reference": f"R-{line_id}",
        "description": f"Planlagt anskaffelse {line_id}",
        "details": "Utfyllende tekst",
        "cpv": "98310000",
        "annual_value_nok": 125_000,
        "total_value_nok": 500_000,
        "contract_years": 2.0,
        "option_years": 1.5,
        "period_start": dt.date(2026, 4, 1),
        "period_end": dt.date(2026, 6, 30),
        "period_meaning": "announcement",
        "period_text": "Q2 2026",
        "current_expiry": dt.date(2026, 12, 31),
        "unit": "Helse og omsorg",
        "contact": "Kari Nordmann",
        "procedure": None,
        "comments": None,
        "source_file": "as_plan.xlsx",
        "source_sheet": "Plan 2026",
        "source_row": line_id + 1,
        "status": "active",
        "version": 1,
    }
    base.update(kw)
    return LineInfo(id=line_id, **base)


def member(line: LineInfo, origin: str = "detected") -> MemberInfo:
    return MemberInfo(
        line_id=line.id,
        municipality=line.municipality,
        description=line.description,
        score=0.9,
        reasons=["Samme CPV-gruppe"],
        origin=origin,
        line_status=line.status,
        total_value_nok=line.total_value_nok,
        annual_value_nok=line.annual_value_nok,
        cpv=line.cpv,
        period_start=line.period_start,
        period_end=line.period_end,
        period_text=line.period_text,
    )


def sample_lines() -> list[LineInfo]:
    return [
        line_info(1),
        line_info(2, municipality_id=2, municipality="Frogn kommune", cpv="03000000"),
        line_info(
            3,
            municipality_id=3,
            municipality="Nesodden kommune",
            total_value_nok=None,
            annual_value_nok=None,
            contract_years=None,
            option_years=None,
            period_start=None,
            period_end=None,
            period_meaning=None,
            source_sheet=None,
            source_row=None,
        ),
        line_info(4, municipality_id=2, municipality="Frogn kommune", period_meaning="oddity"),
    ]


def sample_groups(lines: list[LineInfo]) -> list[GroupInfo]:
    by_id = {line.id: line for line in lines}
    return [
        GroupInfo(
            id=5,
            status="rejected",
            score=0.7,
            title="Avvist gruppe",
            reasons=["Ulik tid"],
            members=[member(by_id[1]), member(by_id[3])],
        ),
        GroupInfo(
            id=9,
            status="confirmed",
            score=0.9,
            title="Vask av tøy",
            reasons=["Samme CPV-gruppe", "Lik tekst: «vask»"],
            members=[member(by_id[1]), member(by_id[2]), member(by_id[4], origin="removed")],
        ),
    ]


def _write_pooled(tmp_path: Path, lines: list[LineInfo] | None = None) -> Path:
    lines = sample_lines() if lines is None else lines
    out = tmp_path / "samlet.xlsx"
    write_pooled_plan(
        lines,
        sample_groups(sample_lines()),
        {1: ["FA-1", "FA-2"]},
        out,
        generated=GENERATED,
        group_values={5: (510_000, 500_000), 9: (1_200_000, 1_000_000)},
    )
    return out


def _header(ws: Worksheet) -> list[Any]:
    return [c.value for c in ws[1]]


def _column(ws: Worksheet, header: str) -> list[Cell | MergedCell]:
    index = _header(ws).index(header) + 1
    return [row[index - 1] for row in ws.iter_rows(min_row=2)]


def _sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {
            name: z.read(name).decode("utf-8")
            for name in z.namelist()
            if name.startswith("xl/worksheets/sheet")
        }


def _all_cells(path: Path) -> list[Cell | MergedCell]:
    wb = load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]


# ---------------------------------------------------------------------------------------------
# helpers


@pytest.mark.parametrize("text", sorted(RISKY))
def test_risky_texts_need_quote_prefix(text: str) -> None:
    assert needs_quote_prefix(text)


@pytest.mark.parametrize("text", ["<font size=60>", "& <b>", "Vask", "1-2", "a=b", "#N/A", ""])
def test_harmless_texts_need_no_quote_prefix(text: str) -> None:
    assert not needs_quote_prefix(text)


def test_safe_sheet_name() -> None:
    taken = {"sammendrag"}
    assert safe_sheet_name("Ås kommune", taken) == "Ås kommune"
    assert safe_sheet_name("Nord/Sør: [Test]*?\\", taken) == "Nord-Sør Test-"
    long = "Kommunen med et veldig langt navn som ikke får plass"
    first = safe_sheet_name(long, taken)
    second = safe_sheet_name(long, taken)
    assert first == long[:31].rstrip()
    assert second.endswith(" (2)") and len(second) <= 31
    assert safe_sheet_name("SAMMENDRAG", taken) == "SAMMENDRAG (2)"
    assert safe_sheet_name("ås KOMMUNE", taken) == "ås KOMMUNE (2)"
    assert safe_sheet_name("'''", taken) == "Deltaker"
    assert safe_sheet_name("'Quoted'", taken) == "Quoted"
    assert safe_sheet_name("History", taken) == "History-"
    assert safe_sheet_name("Tab\tog\x01kontroll", taken) == "Tab og kontroll"
    for name in taken:
        assert len(name) <= 31


# ---------------------------------------------------------------------------------------------
# the pooled plan


def test_pooled_plan_sheets_and_header(tmp_path: Path) -> None:
    wb = load_workbook(_write_pooled(tmp_path))
    assert wb.sheetnames == ["Samlet plan", "Overlapp", "Om eksporten"]
    ws = wb["Samlet plan"]
    assert _header(ws) == [c.header for c in POOLED_COLUMNS]
    assert _header(ws)[:7] == [
        "Kommune",
        "Referanse",
        "Beskrivelse",
        "Utfyllende beskrivelse",
        "CPV",
        "Verdi pr. år (kr)",
        "Totalverdi (kr)",
    ]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:R5"
    assert ws.max_row == 5
    assert all(c.font.bold for c in ws[1])
    for letter in "ABCDEFGHIJKLMNOPQR":
        width = ws.column_dimensions[letter].width
        assert 8 <= width <= 60, (letter, width)
    assert ws.column_dimensions["C"].width >= 40  # description


def test_pooled_plan_values_and_types(tmp_path: Path) -> None:
    ws = load_workbook(_write_pooled(tmp_path))["Samlet plan"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    first = dict(zip(_header(ws), rows[0], strict=True))
    assert first["Kommune"] == "Ås kommune"
    assert first["Verdi pr. år (kr)"] == 125_000
    assert first["Totalverdi (kr)"] == 500_000
    assert first["Avtaleår"] == 2
    assert first["Opsjonsår"] == 1.5
    assert first["Tidspunkt fra"] == dt.datetime(2026, 4, 1)
    assert first["Tidspunkt til"] == dt.datetime(2026, 6, 30)
    assert first["Tidspunktet gjelder"] == "kunngjøring"
    assert first["Overlapp nr."] == 9  # the confirmed group, not the rejected one
    assert first["Overlappstatus"] == "Bekreftet"
    assert first["Forslag til felles anskaffelse"] == "FA-1, FA-2"
    assert first["Kilde (fil, ark, rad)"] == "as_plan.xlsx, Plan 2026, rad 2"
    second = dict(zip(_header(ws), rows[1], strict=True))
    assert second["CPV"] == "03000000"  # text: the leading zero stays
    assert second["Overlapp nr."] == 9
    third = dict(zip(_header(ws), rows[2], strict=True))
    assert third["Totalverdi (kr)"] is None
    assert third["Overlapp nr."] == 5  # only in a rejected group
    assert third["Overlappstatus"] == "Avvist"
    assert third["Kilde (fil, ark, rad)"] == "as_plan.xlsx"
    assert third["Forslag til felles anskaffelse"] is None
    fourth = dict(zip(_header(ws), rows[3], strict=True))
    assert fourth["Overlapp nr."] is None  # removed from its group
    assert fourth["Tidspunktet gjelder"] == "oddity"

    for cell in _column(ws, "Totalverdi (kr)") + _column(ws, "Verdi pr. år (kr)"):
        if cell.value is not None:
            assert cell.data_type == "n"
            assert cell.number_format == "#,##0"
    for cell in _column(ws, "Tidspunkt fra"):
        if cell.value is not None:
            assert cell.is_date
            assert cell.number_format == "dd.mm.yyyy"
    for cell in _column(ws, "CPV"):
        assert cell.data_type == "s"


def test_overlap_sheet(tmp_path: Path) -> None:
    ws = load_workbook(_write_pooled(tmp_path))["Overlapp"]
    assert _header(ws) == [
        "Overlapp nr.",
        "Status",
        "Tittel",
        "Kommuner",
        "Antall kommuner",
        "Antall linjer",
        "Estimert verdi som forslag (kr)",
        "Sum planverdier (kr)",
        "Begrunnelse",
    ]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    # the figures are the value model's (passed in by the service), never summed here
    assert rows == [
        (
            5,
            "Avvist",
            "Avvist gruppe",
            "Ås kommune, Nesodden kommune",
            2,
            2,
            510_000,
            500_000,
            "Ulik tid",
        ),
        (
            9,
            "Bekreftet",
            "Vask av tøy",
            "Ås kommune, Frogn kommune",
            2,
            2,
            1_200_000,
            1_000_000,
            "Samme CPV-gruppe\nLik tekst: «vask»",
        ),
    ]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I3"
    assert ws["G2"].number_format == "#,##0"


def test_about_sheet(tmp_path: Path) -> None:
    ws = load_workbook(_write_pooled(tmp_path))["Om eksporten"]
    facts = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0]}
    assert facts["Laget"] == dt.datetime(2026, 3, 2)
    assert facts["Antall linjer"] == 4
    assert facts["Antall kommuner"] == 3
    assert facts["Antall overlapp"] == 2
    assert facts["– bekreftet"] == 1
    assert facts["– avvist"] == 1
    assert facts["Linjer i et overlapp som ikke er avvist"] == 2
    assert facts["Sum totalverdi i planene (kr)"] == 1_500_000
    assert facts["Linjer uten totalverdi"] == 1
    for column in POOLED_COLUMNS:  # every column is explained
        assert facts[column.header] == column.meaning
        assert column.meaning


def test_empty_pooled_plan(tmp_path: Path) -> None:
    out = tmp_path / "tom.xlsx"
    write_pooled_plan([], [], {}, out, generated=GENERATED)
    wb = load_workbook(out)
    assert wb["Samlet plan"].max_row == 1
    assert wb["Samlet plan"].auto_filter.ref == "A1:R1"


def test_pooled_plan_writes_hostile_text_as_text(tmp_path: Path) -> None:
    lines = []
    for i, text in enumerate(HOSTILE, start=1):
        lines.append(
            line_info(
                i,
                municipality=text,
                reference=text,
                description=text,
                details=text,
                cpv=text,
                unit=text,
                contact=text,
                source_file=text,
                period_meaning=text,
            )
        )
    out = tmp_path / "fiendtlig.xlsx"
    write_pooled_plan(lines, [], {1: list(HOSTILE)}, out, generated=GENERATED)

    cells = _all_cells(out)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    ws = load_workbook(out)["Samlet plan"]
    for row_index, text in enumerate(HOSTILE, start=2):
        row = {h: c for h, c in zip(_header(ws), ws[row_index], strict=True)}
        for header in (
            "Kommune",
            "Referanse",
            "Beskrivelse",
            "Utfyllende beskrivelse",
            "CPV",
            "Enhet",
            "Kontaktperson",
            "Tidspunktet gjelder",
        ):
            cell = row[header]
            assert cell.value == text.replace("\r", "\n"), (header, cell.value)
            assert cell.data_type == "s"
            assert bool(cell.quotePrefix) == (text in RISKY), (header, text)
    assert ws["Q2"].value == ", ".join(HOSTILE).replace("\r", "\n")
    for name, xml in _sheet_xml(out).items():
        assert "<f>" not in xml and "<f " not in xml, name
        assert 't="e"' not in xml, name


def test_control_characters_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "kontroll.xlsx"
    line = line_info(
        1,
        description="Vask\x00 av\x07 tøy\x1f",
        details="linje 1\r\nlinje 2\tmed tab\rlinje 3",
    )
    write_pooled_plan([line], [], {}, out, generated=GENERATED)
    ws = load_workbook(out)["Samlet plan"]
    assert ws["C2"].value == "Vask av tøy"
    assert ws["D2"].value == "linje 1\nlinje 2\tmed tab\nlinje 3"


@pytest.mark.slow
def test_twenty_thousand_lines_in_seconds(tmp_path: Path) -> None:
    municipalities = [f"Kommune {i}" for i in range(40)]
    lines = [
        line_info(
            i,
            municipality_id=i % 40,
            municipality=municipalities[i % 40],
            description=f"Planlagt anskaffelse nummer {i} av mange",
        )
        for i in range(1, 20_001)
    ]
    groups = [
        GroupInfo(
            g,
            "candidate",
            0.8,
            f"Gruppe {g}",
            ["Lik CPV"],
            [member(lines[g]), member(lines[g + 1])],
        )
        for g in range(1, 2_000, 2)
    ]
    out = tmp_path / "stor.xlsx"
    cpu = time.process_time()
    write_pooled_plan(lines, groups, {}, out, generated=GENERATED)
    used = time.process_time() - cpu
    # About 8 s of CPU on the (slow, shared) CI machine; the bound leaves room for a slower one.
    assert used < 40, used
    wb = load_workbook(out, read_only=True)
    assert sum(1 for _ in wb["Samlet plan"].iter_rows(values_only=True)) == 20_001
    wb.close()


# ---------------------------------------------------------------------------------------------
# the proposal annex


def _pline(line_id: int, **kw: Any) -> ProposalLineData:
    base: dict[str, Any] = {
        "description": f"Linje {line_id}",
        "reference": f"R{line_id}",
        "cpv": "98310000",
        "cpv_label": "Vaskeritjenester",
        "annual_value_nok": 100_000,
        "total_value_nok": 400_000,
        "contract_years": 2.0,
        "option_years": 2.0,
        "period_start": dt.date(2026, 6, 1),
        "period_end": dt.date(2026, 8, 31),
        "period_text": "sommer 2026",
        "current_expiry": dt.date(2026, 12, 31),
        "source_file": "plan.xlsx",
        "source_sheet": "2026",
        "source_row": line_id,
    }
    base.update(kw)
    return ProposalLineData(line_id=line_id, **base)


def sample_proposal(**kw: Any) -> ProposalData:
    participants = (
        ParticipantData(
            1, "Ås kommune", lines=(_pline(11), _pline(12, description='=HYPERLINK("x")'))
        ),
        ParticipantData(
            2,
            "Nord/Sør: [Test]*?",
            lines=(_pline(21, total_value_nok=None, annual_value_nok=None),),
        ),
        ParticipantData(3, "Sammendrag", lines=()),
        ParticipantData(4, "En kommune med et svært langt navn i Norge", lines=(_pline(41),)),
        ParticipantData(5, "En kommune med et svært langt navn i Norden", lines=(_pline(51),)),
    )
    base: dict[str, Any] = {
        "id": 3,
        "reference": "FA-2026-003",
        "title": "@Felles vask & <b>tøy</b>",
        "status": ProposalStatus.CONSULTATION,
        "host_municipality_id": 1,
        "participants": participants,
        "lots": (LotData(number=1, title="Alle", municipality_ids=(1, 2, 3, 4, 5)),),
    }
    base.update(kw)
    return ProposalData(**base)


THRESHOLDS_2026 = ThresholdPeriod(
    valid_from=dt.date(2026, 1, 1),
    valid_to=dt.date(2027, 12, 31),
    regulation_min=100_000,
    national=1_300_000,
    eea_goods_services=2_400_000,
    eea_works=60_000_000,
    eea_special_services=8_000_000,
    source="Test",
)


def sample_evaluation(proposal: ProposalData | None = None, **kw: Any) -> Evaluation:
    """The rules engine's evaluation of the sample, with some fields replaced for a test."""
    ev = evaluate(
        proposal or sample_proposal(),
        [THRESHOLDS_2026],
        today=dt.date(2026, 3, 2),
    )
    base: dict[str, Any] = {
        "threshold_date": dt.date(2026, 6, 1),
        "threshold_date_basis": "planlagt kunngjøring",
        "warnings": [
            RuleWarning("w1", "-Verdien er usikker"),
            RuleWarning("w2", "Fullmakt mangler", municipality_id=2),
        ],
        "explanation": ["Verdien er summen av linjene."],
    }
    base.update(kw)
    return dataclasses.replace(ev, **base)


def _write_annex(tmp_path: Path, **kw: Any) -> Path:
    out = tmp_path / "vedlegg.xlsx"
    proposal = sample_proposal(**kw)
    write_proposal_annex(proposal, sample_evaluation(proposal), out, generated=GENERATED)
    return out


def test_annex_sheet_names(tmp_path: Path) -> None:
    wb = load_workbook(_write_annex(tmp_path))
    assert wb.sheetnames == [
        "Sammendrag",
        "Ås kommune",
        "Nord-Sør Test",
        "Sammendrag (2)",
        "En kommune med et svært langt n",
        "En kommune med et svært lan (2)",
    ]
    assert all(len(name) <= 31 for name in wb.sheetnames)


def test_annex_summary(tmp_path: Path) -> None:
    out = _write_annex(tmp_path)
    ws = load_workbook(out)["Sammendrag"]
    rows = list(ws.iter_rows(values_only=True))
    facts = {row[0]: row[1] for row in rows if row[0]}
    assert facts["Tittel"] == "@Felles vask & <b>tøy</b>"
    assert facts["Referanse"] == "FA-2026-003"
    assert facts["Vertskommune"] == "Ås kommune"
    assert facts["Status"] == "Sendt på høring"
    assert facts["Estimert samlet verdi (kr)"] == 1_600_000
    assert facts["Type anskaffelse"] == "Tjenester"
    assert facts["Prosedyre"] == "Del II: nasjonal kunngjøring på Doffin (fra 1 300 000 kr)"
    assert facts["Terskelverdiperiode"] == "fra 01.01.2026 til 31.12.2027"
    assert facts["Gjeldende terskelverdi (kr)"] == 2_400_000
    assert facts["Dato terskelverdiene er valgt etter"] == dt.datetime(2026, 6, 1)
    assert facts["Laget"] == dt.datetime(2026, 3, 2)
    assert facts["Hele forslaget"] == "-Verdien er usikker"
    assert ("Nord/Sør: [Test]*?", "Fullmakt mangler") in [(r[0], r[1]) for r in rows]
    participants = {r[0]: r for r in rows if r[0] and r[2] is not None and r[1] != "Ark"}
    # lines, annual, plan, estimated, share of the maximum (a framework agreement)
    assert participants["Ås kommune"][2:7] == (2, 200_000, 800_000, 800_000, 800_000)
    assert participants["Nord/Sør: [Test]*?"][1] == "Nord-Sør Test"  # the sheet's name
    assert participants["Nord/Sør: [Test]*?"][7] == "Ja"
    assert participants["Sum"][5] == facts["Estimert samlet verdi (kr)"]
    assert participants["Sum"][2] == 5
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    assert cells["@Felles vask & <b>tøy</b>"].quotePrefix
    assert cells["-Verdien er usikker"].quotePrefix
    assert not [c for c in _all_cells(out) if c.data_type == "f"]
    for name, xml in _sheet_xml(out).items():
        assert "<f>" not in xml, name


def test_annex_summary_without_host_or_threshold(tmp_path: Path) -> None:
    out = tmp_path / "vedlegg.xlsx"
    proposal = sample_proposal(host_municipality_id=None)
    evaluation = sample_evaluation(
        proposal, threshold_period=None, procedure_label="", warnings=[], explanation=[]
    )
    write_proposal_annex(proposal, evaluation, out, generated=GENERATED)
    rows = list(load_workbook(out)["Sammendrag"].iter_rows(values_only=True))
    facts = {row[0]: row[1] for row in rows if row[0]}
    assert facts["Vertskommune"] == "Ikke valgt"
    assert facts["Terskelverdiperiode"] == "Ingen terskelverdiperiode gjelder for datoen"
    assert facts["Prosedyre"] == "Del II – nasjonal kunngjøring"
    assert "Ingen advarsler." in facts


def test_annex_participant_sheet(tmp_path: Path) -> None:
    wb = load_workbook(_write_annex(tmp_path))
    ws = wb["Ås kommune"]
    header = _header(ws)
    assert header[:7] == [
        "Beskrivelse",
        "Referanse",
        "CPV",
        "CPV-beskrivelse",
        "Verdi pr. år (kr)",
        "Planverdi (kr)",
        "Verdi i forslaget (kr)",
    ]
    assert "Dagens avtale utløper" in header
    assert "Kilde (fil, ark, rad)" in header
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{chr(ord('A') + len(header) - 1)}3"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    first = dict(zip(header, rows[0], strict=True))
    assert first["Beskrivelse"] == "Linje 11"
    assert first["Tidspunkt fra"] == dt.datetime(2026, 6, 1)
    assert first["Dagens avtale utløper"] == dt.datetime(2026, 12, 31)
    assert first["Delkontrakt"] == 1
    assert first["Kilde (fil, ark, rad)"] == "plan.xlsx, 2026, rad 11"
    assert rows[1][0] == '=HYPERLINK("x")'
    assert ws["A3"].data_type == "s" and ws["A3"].quotePrefix
    assert rows[2] == (None,) * len(header)  # a blank row before the sum
    total = dict(zip(header, rows[3], strict=True))
    assert total["Beskrivelse"] == "Sum, 2 linjer"
    assert total["Verdi pr. år (kr)"] == 200_000
    assert total["Planverdi (kr)"] == 800_000
    assert total["Verdi i forslaget (kr)"] == 800_000
    assert first["Status"] == "Med"
    assert "årsverdi 100 000 kr × 4 år" in first["Grunnlag"]
    assert ws.cell(5, 6).font.bold
    assert ws.cell(5, 6).number_format == "#,##0"

    incomplete = wb["Nord-Sør Test"]
    assert incomplete["A4"].value == "Sum, 1 linje (noen uten verdi)"
    empty = wb["Sammendrag (2)"]
    assert empty["A3"].value == "Sum, 0 linjer"
