"""Every output shows the same figures for the same thing (issue 10).

A hypothesis strategy builds random proposals (periods, options, missing durations, withdrawn
lines, totals only, special services, works, framework agreements with and without a maximum).
For each, the GUI summary, the proposal PDF, each fullmakt PDF, the overview PDF, the Excel annex
and the OCDS release are written, read back, and their figures compared with the value model:
the estimate, the maximum, the plan values, each participant's figures and each line's value.
Participants always sum to the total.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    Evaluation,
    LotData,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.thresholds import default_thresholds
from kommunesamarbeid.core.value_model import ValueModel, model_of
from kommunesamarbeid.fileio.ocds import proposal_to_ocds_release
from kommunesamarbeid.fileio.pdf_fullmakt import write_fullmakt_pdfs
from kommunesamarbeid.fileio.pdf_overview import write_overview_pdf
from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf
from kommunesamarbeid.fileio.xlsx_annex import write_proposal_annex
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.exports import group_summary

THRESHOLDS = default_thresholds(
    json.loads(resource_path("thresholds.json").read_text(encoding="utf-8"))
)
TODAY = dt.date(2026, 2, 1)
PUBLISHED = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)
NAMES = ("Alta kommune", "Skien kommune", "Drammen kommune", "Bø kommune")
DESCRIPTIONS = (
    ("Brøyting og strøing", "90620000"),
    ("Totalentreprise ny barnehage", None),
    ("Rammeavtale kontorrekvisita", "30192000"),
    ("Avlastning og BPA", "85311000"),
    ("Vaskeritjenester", None),
)
_AMOUNT = re.compile(r"-?\d{1,3}(?: \d{3})* kr")

# --- random proposals ---------------------------------------------------------------------

years = st.sampled_from([None, 1.0, 2.0, 3.0, 1.5, 4.0])
options = st.sampled_from([None, 0.0, 1.0, 2.0])
amounts = st.integers(min_value=10_000, max_value=40_000_000)


@st.composite
def plan_lines(draw: st.DrawFn, line_id: int) -> ProposalLineData:
    description, cpv = draw(st.sampled_from(DESCRIPTIONS))
    contract = draw(years)
    option = draw(options)
    stated = draw(st.sampled_from(["annual", "total", "both", "none"]))
    annual = draw(amounts) if stated in ("annual", "both") else None
    total = draw(amounts) if stated in ("total", "both") else None
    if stated == "annual" and annual is not None:  # as the importer stores it
        total = round(annual * ((contract or 0) + (option or 0) if contract else 4))
    return ProposalLineData(
        line_id=line_id,
        description=f"{description} {line_id}",
        reference=f"R{line_id}",
        cpv=draw(st.sampled_from([cpv, None])),
        annual_value_nok=annual,
        total_value_nok=total,
        contract_years=contract,
        option_years=option,
        value_basis=None if stated == "none" else stated,
        status=draw(st.sampled_from(["active"] * 5 + ["withdrawn"])),
    )


@st.composite
def proposals(draw: st.DrawFn) -> ProposalData:
    count = draw(st.integers(min_value=1, max_value=len(NAMES)))
    next_id = iter(range(1, 100))
    participants = tuple(
        ParticipantData(
            municipality_id=index + 1,
            name=NAMES[index],
            lines=tuple(draw(plan_lines(next(next_id))) for _ in range(draw(st.integers(0, 3)))),
        )
        for index in range(count)
    )
    framework = draw(st.booleans())
    contract = draw(st.sampled_from([None, None, 1.0, 2.0]))
    lots = ()
    if draw(st.booleans()) and count > 1:
        lots = (
            LotData(1, "Nord", municipality_ids=(1,)),
            LotData(2, "Sør", municipality_ids=tuple(range(2, count + 1))),
        )
    return ProposalData(
        id=1,
        reference="FA-2026-001",
        title="Felles anskaffelse",
        host_municipality_id=1,
        participants=participants,
        lots=lots,
        is_framework=framework,
        maximum_value_nok=draw(st.sampled_from([None, 5_000_000, 90_000_000]))
        if framework
        else None,
        contract_years=contract,
        option_years=draw(options) if contract else None,
        planned_announcement=dt.date(2026, 5, 1),
        contract_kind=draw(st.sampled_from([None, None, None, "works", "special_services"])),
    )


# --- reading the outputs back ---------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return _flat(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _after(text: str, label: str) -> list[str]:
    """The amount printed right after each occurrence of ``label``."""
    return re.findall(re.escape(label) + r" (" + _AMOUNT.pattern + ")", text)


def _check_pdf(text: str, model: ValueModel, ev: Evaluation, proposal: ProposalData) -> None:
    estimated = format_nok(model.estimated_nok)
    assert set(_after(text, "Estimert samlet verdi")) == {estimated}
    assert set(_after(text, "Sum av planverdiene")) == {format_nok(model.plan_nok)}
    maxima = _after(text, "Maksimal verdi (rammeavtale)")
    if model.maximum_nok is None:
        assert maxima == []
    else:
        assert maxima and set(maxima) == {format_nok(model.maximum_nok)}
    for p, pv in zip(proposal.participants, model.participants, strict=True):
        if not p.lines:
            continue
        if ev.short_form:
            # the short form has no table per municipality: its row in the cost-sharing table
            row = f"{len(p.lines)} {format_nok(pv.plan_value_nok)} {format_nok(pv.total_value_nok)}"
            assert row in text, (p.name, row)
        else:
            # the participant's sum row: annual, plan, in the proposal
            row = " ".join(
                format_nok(v) for v in (pv.annual_value_nok, pv.plan_value_nok, pv.total_value_nok)
            )
            assert f"Sum {p.name}" in text and row in text, (p.name, row)
        for line in p.lines:
            lv = model.lines[line.line_id]
            if lv.counted:
                assert format_nok(lv.value) in text
    total_row = [format_nok(model.plan_nok), estimated]
    if model.maximum_nok is not None:
        total_row.append(format_nok(model.maximum_nok))
    if ev.short_form:
        # the short form's one table of lines has no count and no maximum column
        total_row = total_row[:2]
    else:
        total_row.insert(0, str(len(proposal.all_lines())))
    assert "Sum alle kommuner " + " ".join(total_row) in text
    if proposal.lots:
        assert f"Sum alle delkontrakter {format_nok(ev.lot_total_nok)}" in text


def _check_fullmakts(paths: list[Path], model: ValueModel, proposal: ProposalData) -> None:
    assert len(paths) == len(proposal.participants)
    for path, pv in zip(paths, model.participants, strict=True):
        text = _pdf_text(path)
        assert set(_after(text, "Samlet estimert verdi, alle kommuner")) == {
            format_nok(model.estimated_nok)
        }
        assert _after(text, "Kommunens estimerte verdi") == [format_nok(pv.total_value_nok)]
        if model.maximum_nok is not None:
            assert _after(text, "Maksimal verdi for rammeavtalen") == [
                format_nok(model.maximum_nok)
            ]
            assert _after(text, "Kommunens andel av maksimal verdi") == [
                format_nok(pv.maximum_value_nok)
            ]


def _check_overview(text: str, model: ValueModel) -> None:
    assert format_nok(model.estimated_nok) in _after(text, "Estimert samlet verdi")
    assert _after(text, "Sum av planverdiene") == [format_nok(model.plan_nok)]
    assert f"Sum alle kommuner {format_nok(model.estimated_nok)}" in text
    for pv in model.participants:
        assert f"{pv.name} {format_nok(pv.total_value_nok)}" in text


def _check_excel(path: Path, model: ValueModel, proposal: ProposalData) -> None:
    wb = load_workbook(path)
    rows = list(wb["Sammendrag"].iter_rows(values_only=True))
    facts = {row[0]: row[1] for row in rows if row[0]}
    assert facts["Estimert samlet verdi (kr)"] == model.estimated_nok
    assert facts["Sum planverdier (kr)"] == model.plan_nok
    assert facts.get("Maksimal verdi, rammeavtale (kr)") == model.maximum_nok
    start = next(i for i, row in enumerate(rows) if row[0] == "Kommune" and row[1] == "Ark")
    table = rows[start + 1 : start + 2 + len(proposal.participants)]
    for row, pv in zip(table, model.participants, strict=False):
        assert row[0] == pv.name
        assert (row[3], row[4], row[5], row[6]) == (
            pv.annual_value_nok,
            pv.plan_value_nok,
            pv.total_value_nok,
            pv.maximum_value_nok,
        )
    total = table[-1]
    assert total[0] == "Sum" and total[5] == model.estimated_nok
    assert sum(r[5] for r in table[:-1]) == total[5]  # participants sum to the total
    for sheet in wb.worksheets[1:]:
        header = [c.value for c in sheet[1]]
        for values in sheet.iter_rows(min_row=2, values_only=True):
            row = dict(zip(header, values, strict=False))
            if row.get("Referanse", "").startswith("R") if row.get("Referanse") else False:
                line_id = int(row["Referanse"][1:])
                lv = model.lines[line_id]
                assert row["Planverdi (kr)"] == lv.plan_value
                assert row["Verdi i forslaget (kr)"] == (lv.value if lv.counted else None)


def _check_ocds(release: dict[str, Any], model: ValueModel, ev: Evaluation) -> None:
    planning, tender = release["planning"], release["tender"]
    assert planning["budget"]["amount"]["amount"] == model.estimated_nok
    upper = model.maximum_nok if model.maximum_nok is not None else model.estimated_nok
    assert tender["value"]["amount"] == upper
    items = tender.get("items", [])
    assert sum(i["unit"]["value"]["amount"] for i in items if "unit" in i) == model.estimated_nok
    for item in items:
        lv = model.lines[int(item["id"])]
        assert lv.counted or lv.value is None or not lv.withdrawn
        if "unit" in item:
            assert item["unit"]["value"]["amount"] == lv.value
    for lot in tender.get("lots", []):
        assert lot["value"]["amount"] == ev.lot_values[int(lot["id"])]


# --- the property -------------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(proposal=proposals())
def test_every_output_shows_the_same_figures(proposal: ProposalData) -> None:
    from kommunesamarbeid.gui.pages.proposals_widgets import SummaryPanel

    ev = evaluate(proposal, THRESHOLDS, today=TODAY)
    model = model_of(ev)
    # participants sum to the total, lines to their participant
    assert sum(pv.total_value_nok for pv in model.participants) == model.estimated_nok
    for p, pv in zip(proposal.participants, model.participants, strict=True):
        assert sum(model.lines[x.line_id].counted_value for x in p.lines) == pv.total_value_nok
    if model.maximum_nok is not None:
        assert sum(pv.maximum_value_nok or 0 for pv in model.participants) == model.maximum_nok
    assert model.estimated_nok >= model.plan_nok or "BELOW_PLANS" in {w.code for w in ev.warnings}

    panel = SummaryPanel()
    panel.show_evaluation(proposal, ev)
    shown = panel.shown_figures()
    assert shown["estimated"] == format_nok(model.estimated_nok)
    assert shown["plan"] == format_nok(model.plan_nok)
    assert shown.get("maximum") == (
        format_nok(model.maximum_nok) if model.maximum_nok is not None else None
    )
    for pv in model.participants:
        assert shown[f"participant:{pv.municipality_id}"] == format_nok(pv.total_value_nok)

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        write_proposal_pdf(proposal, ev, tmp / "forslag.pdf", generated=TODAY)
        _check_pdf(_pdf_text(tmp / "forslag.pdf"), model, ev, proposal)

        _check_fullmakts(
            write_fullmakt_pdfs(proposal, ev, tmp / "fullmakt", generated=TODAY), model, proposal
        )

        summary = group_summary(1, proposal.title, "Ny", 0.8, proposal, ev, [])
        write_overview_pdf([summary], tmp / "oversikt.pdf", generated=TODAY)
        _check_overview(_pdf_text(tmp / "oversikt.pdf"), model)

        write_proposal_annex(proposal, ev, tmp / "vedlegg.xlsx", generated=TODAY)
        _check_excel(tmp / "vedlegg.xlsx", model, proposal)

    _check_ocds(proposal_to_ocds_release(proposal, ev, published=PUBLISHED), model, ev)
