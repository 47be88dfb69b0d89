"""The Excel annex of a proposal: «Sammendrag» and one sheet per participant, in the proposal's
written standard (the host municipality's målform, the same rule as the proposal PDF).

Every fixed word (sheet and column names, labels, statuses, sums) is a catalogue text
(``resources/texts/{nb,nn}/annex.toml``); the texts the rules make (procedure, kind of contract,
the value's basis, warnings, the explanation) are ``Text`` values rendered in the same standard.
Names, references and what the plans say are written as they are. The cells are written the
safe way of ``xlsx_export`` (text stays text, amounts are numbers, nothing is a formula).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from openpyxl.cell.cell import Cell

from kommunesamarbeid.core.lots import assign_lines
from kommunesamarbeid.core.proposal import (
    STATUS_LABELS,
    Evaluation,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.texts import Lang, join, render, tr
from kommunesamarbeid.core.thresholds import CONTRACT_KIND_LABELS
from kommunesamarbeid.core.value_model import model_of
from kommunesamarbeid.fileio.xlsx_export import (
    STYLE_HEADER,
    STYLE_LABEL,
    STYLE_SUM_AMOUNT,
    STYLE_SUM_TEXT,
    STYLE_TITLE,
    STYLE_WRAP,
    CellValue,
    Column,
    Kind,
    Sheet,
    fmt_date,
    key_values,
    new_workbook,
    safe_sheet_name,
    source_text,
    table,
    years,
)

__all__ = ["LINE_COLUMNS", "PARTICIPANT_COLUMNS", "write_proposal_annex"]

#: The columns of a participant's sheet (headers are keys of ``annex.col``).
LINE_COLUMNS: Final[tuple[Column, ...]] = (
    Column("description", width=50),
    Column("reference"),
    Column("cpv"),
    Column("cpv_label", width=36),
    Column("annual", "amount"),
    Column("plan_value", "amount"),
    Column("value", "amount"),
    Column("status"),
    Column("basis", width=50),
    Column("years", "number"),
    Column("options", "number"),
    Column("from", "date"),
    Column("to", "date"),
    Column("as_written"),
    Column("expiry", "date"),
    Column("lot", "number"),
    Column("source"),
)

#: The columns of the participants' table on the summary sheet.
PARTICIPANT_COLUMNS: Final[tuple[Column, ...]] = (
    Column("municipality"),
    Column("sheet"),
    Column("lines", "number"),
    Column("annual_estimate", "amount"),
    Column("plan_sum", "amount"),
    Column("estimate", "amount"),
    Column("maximum_share", "amount"),
    Column("incomplete"),
)

#: Where line values go in the sum row of a participant's sheet (column index -> which sum).
_SUM_COLUMNS: Final = {4: "annual", 5: "plan", 6: "total"}


class _Words:
    """The annex's words in one written standard: ``w("fact.title")`` is ``annex.fact.title``."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang

    def __call__(self, key: str, /, **params: object) -> str:
        return tr(f"annex.{key}", self.lang, **params)

    def r(self, value: object) -> str | None:
        """A rules text (or plain text) in this standard; None for an empty one."""
        return render(value, self.lang) or None

    def columns(self, columns: Sequence[Column]) -> list[Column]:
        return [dataclasses.replace(c, header=self(f"col.{c.header}")) for c in columns]


def write_proposal_annex(
    proposal: ProposalData,
    evaluation: Evaluation,
    out: Path,
    *,
    generated: dt.date,
    lang: Lang | None = None,
) -> None:
    """The Excel annex of a proposal: the summary sheet and one sheet per participant.

    ``lang`` defaults to the host municipality's written standard (``ProposalData.language``).
    """
    w = _Words(lang or proposal.language)
    wb = new_workbook()
    summary = w("summary_sheet")
    taken = {summary.casefold()}
    fallback = w("participant_sheet")
    sheet_names = {
        p.municipality_id: safe_sheet_name(p.name, taken, fallback=fallback)
        for p in proposal.participants
    }
    lots = assign_lines(proposal, proposal.lots) if proposal.lots else {}

    _summary_sheet(Sheet(wb, summary), w, proposal, evaluation, sheet_names, generated)
    for participant in proposal.participants:
        sheet = Sheet(wb, sheet_names[participant.municipality_id])
        _participant_sheet(sheet, w, participant, evaluation, lots)
    wb.save(out)


# --- a participant's sheet ----------------------------------------------------------------


def _line_row(
    w: _Words, line: ProposalLineData, evaluation: Evaluation, lot: int | None
) -> tuple[CellValue, ...]:
    lv = model_of(evaluation).lines[line.line_id]
    return (
        line.description,
        line.reference,
        line.cpv,
        line.cpv_label,
        lv.annual_nok,
        lv.plan_value,
        lv.counted_value if lv.counted else None,
        w("line.withdrawn") if lv.withdrawn else w("line.included"),
        w.r(lv.basis_text),
        years(line.contract_years),
        years(line.option_years),
        line.period_start,
        line.period_end,
        line.period_text,
        line.current_expiry,
        lot,
        source_text(line.source_file, line.source_sheet, line.source_row),
    )


def _participant_sheet(
    sheet: Sheet,
    w: _Words,
    participant: ParticipantData,
    evaluation: Evaluation,
    lots: Mapping[int, int],
) -> None:
    lines = participant.lines
    rows = [_line_row(w, line, evaluation, lots.get(line.line_id)) for line in lines]
    table(sheet, w.columns(LINE_COLUMNS), rows)
    sheet.blank()
    pv = model_of(evaluation).participant(participant.municipality_id)
    assert pv is not None
    label = w("sum.lines", n=len(lines))
    if pv.incomplete:
        label += " " + w("sum.incomplete")
    if pv.withdrawn_lines:
        label += " " + w("sum.withdrawn", n=pv.withdrawn_lines)
    sums = {"annual": pv.annual_value_nok, "plan": pv.plan_value_nok, "total": pv.total_value_nok}
    cells: list[Cell | CellValue] = [sheet.cell(label, STYLE_SUM_TEXT)]
    for index in range(1, len(LINE_COLUMNS)):
        which = _SUM_COLUMNS.get(index)
        value = sums[which] if which is not None else None
        if value is not None:
            cells.append(sheet.cell(value, STYLE_SUM_AMOUNT))
        else:
            cells.append(sheet.blank_cell(STYLE_SUM_TEXT))
    sheet.append(cells)


# --- the summary sheet --------------------------------------------------------------------


def _threshold_text(w: _Words, evaluation: Evaluation) -> str:
    period = evaluation.threshold_period
    if period is None:
        return w("period.none")
    if period.valid_to:
        return w("period.span", start=fmt_date(period.valid_from), end=fmt_date(period.valid_to))
    return w("period.current", start=fmt_date(period.valid_from))


def _procedure(w: _Words, evaluation: Evaluation) -> str | None:
    if evaluation.procedure_label:
        return w.r(evaluation.procedure_label)
    part = evaluation.procedure_part
    return w(f"procedure.{part}") if part in ("utenfor", "del_i", "del_ii", "del_iii") else part


def _kind(w: _Words, kind: str) -> str:
    label = next((v for k, v in CONTRACT_KIND_LABELS.items() if str(k) == kind), None)
    text = render(label, w.lang) if label else kind
    return text[:1].upper() + text[1:]


def _summary_sheet(
    sheet: Sheet,
    w: _Words,
    proposal: ProposalData,
    evaluation: Evaluation,
    sheet_names: Mapping[int, str],
    generated: dt.date,
) -> None:
    sheet.widths([40, 60, 16, 24, 22, 26, 26, 20])
    model = model_of(evaluation)
    host = proposal.host
    yes, no = w("yes"), w("no")
    sheet.append([sheet.cell(w("title"), STYLE_TITLE)])
    sheet.blank()
    status = STATUS_LABELS.get(proposal.status, str(proposal.status))
    facts: list[tuple[str, CellValue, Kind]] = [
        (w("fact.title"), proposal.title, "text"),
        (w("fact.reference"), proposal.reference, "text"),
        (w("fact.host"), host.name if host else w("fact.no_host"), "text"),
        (w("fact.status"), w.r(status), "text"),
        (w("fact.participants"), join([p.name for p in proposal.participants]), "text"),
        (w("fact.estimate"), model.estimated_nok, "amount"),
        (w("fact.maximum"), model.maximum_nok, "amount"),
        (w("fact.maximum_basis"), w.r(model.maximum_text), "text"),
        (w("fact.plan_sum"), model.plan_nok, "amount"),
        (w("fact.annual"), model.annual_nok, "amount"),
        (w("fact.period"), w.r(model.period.text()), "text"),
        (w("fact.threshold_value"), evaluation.threshold_value_nok, "amount"),
        (w("fact.kind"), _kind(w, evaluation.contract_kind), "text"),
        (w("fact.kind_basis"), w.r(evaluation.contract_kind_reason), "text"),
        (w("fact.procedure"), _procedure(w, evaluation), "text"),
        (w("fact.threshold_date"), evaluation.threshold_date, "date"),
        (w("fact.date_basis"), w.r(evaluation.threshold_date_basis), "text"),
        (w("fact.threshold_period"), _threshold_text(w, evaluation), "text"),
        (w("fact.threshold"), evaluation.applicable_threshold_nok, "amount"),
        (w("fact.framework"), yes if model.framework else no, "text"),
        (w("fact.framework_basis"), w.r(model.framework_reason), "text"),
        (w("fact.made"), generated, "date"),
    ]
    key_values(sheet, facts)

    sheet.blank()
    sheet.append([sheet.cell(w("section.participants"), STYLE_LABEL)])
    sheet.append([sheet.cell(c.header, STYLE_HEADER) for c in w.columns(PARTICIPANT_COLUMNS)])
    for p, pv in zip(proposal.participants, model.participants, strict=True):
        row: tuple[CellValue, ...] = (
            p.name,
            sheet_names[p.municipality_id],
            len(p.lines),
            pv.annual_value_nok,
            pv.plan_value_nok,
            pv.total_value_nok,
            pv.maximum_value_nok,
            yes if pv.incomplete else None,
        )
        sheet.row(row, PARTICIPANT_COLUMNS)
    sheet.append(
        [
            sheet.cell(w("sum.total"), STYLE_SUM_TEXT),
            sheet.blank_cell(STYLE_SUM_TEXT),
            sheet.cell(len(proposal.all_lines()), STYLE_SUM_TEXT),
            sheet.cell(model.annual_nok, STYLE_SUM_AMOUNT),
            sheet.cell(model.plan_nok, STYLE_SUM_AMOUNT),
            sheet.cell(model.estimated_nok, STYLE_SUM_AMOUNT),
            sheet.cell(model.maximum_nok, STYLE_SUM_AMOUNT)
            if model.maximum_nok is not None
            else sheet.blank_cell(STYLE_SUM_TEXT),
            sheet.blank_cell(STYLE_SUM_TEXT),
        ]
    )

    sheet.blank()
    sheet.append([sheet.cell(w("section.warnings"), STYLE_LABEL)])
    if not evaluation.warnings:
        sheet.append([sheet.cell(w("section.no_warnings"))])
    else:
        sheet.append(
            [
                sheet.cell(w("section.concerns"), STYLE_HEADER),
                sheet.cell(w("section.warning"), STYLE_HEADER),
            ]
        )
        names = {p.municipality_id: p.name for p in proposal.participants}
        ordered = sorted(evaluation.warnings, key=lambda x: x.municipality_id is not None)
        for warning in ordered:
            mid = warning.municipality_id
            concerns = (
                w("section.whole")
                if mid is None
                else names.get(mid) or w("section.municipality", id=mid)
            )
            sheet.append([sheet.cell(concerns), sheet.cell(w.r(warning.message), STYLE_WRAP)])

    if evaluation.explanation:
        sheet.blank()
        sheet.append([sheet.cell(w("section.explanation"), STYLE_LABEL)])
        for sentence in evaluation.explanation:
            sheet.append([None, sheet.cell(w.r(sentence), STYLE_WRAP)])
