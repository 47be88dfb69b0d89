"""Use case: import one municipality's plan file (all or nothing), or preview it (dry run).

Steps: read the file (``fileio``), find the plan sheet and its header (``core.plan_layout``),
map the columns (remembered corrections first), read the lines (``core.plan_lines``), then in
one transaction match them against the municipality's existing lines: by reference, else by
description + CPV. Lines are added, updated (history in the audit log), left unchanged, or
withdrawn — never deleted, so group memberships and proposal links survive.
"""

from __future__ import annotations

import functools
import gc
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from kommunesamarbeid.core.columns import (
    FIELD_LABELS,
    Field,
    header_signature,
    normalise_header,
)
from kommunesamarbeid.core.plan_layout import (
    PlanLayout,
    analyse_sheet,
    candidate_header_texts,
    check_plan_limits,
    choose_plan_sheet,
)
from kommunesamarbeid.core.plan_lines import ParsedLine, PlanReadResult, SkippedRow, read_plan
from kommunesamarbeid.core.plan_problems import aggregate_warnings
from kommunesamarbeid.core.problems import Problem, RefusedInputError
from kommunesamarbeid.core.sheet import SheetGrid, Workbook, column_letter
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import ImportBatch, PlannedPurchase, utcnow
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.column_memory import (
    Lookup,
    apply_corrections,
    check_corrections,
    remember_mapping,
    remembered_lookup,
    session_lookup,
)
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_guard import DestructiveChange, DestructiveImportError, assess
from kommunesamarbeid.services.municipalities import find_municipality
from kommunesamarbeid.services.plan_lock import check_may_import, latest_batch, lock_plan

__all__ = [
    "ImportCancelled",
    "ImportReport",
    "PlanAnalysis",
    "analyse_file",
    "describe_mapping",
    "import_plan",
    "remember_mapping",
    "remembered_lookup",
]

log = logging.getLogger(__name__)

_P = ParamSpec("_P")
_R = TypeVar("_R")

#: Progress callback: (done, total, what) -> False to cancel.
Progress = Callable[[int, int, str], bool]

#: The line fields compared on re-import (a difference makes the line "updated").
COMPARED_FIELDS = (
    "reference",
    "description",
    "details",
    "category",
    "cpv",
    "cpv_check_digit",
    "cpv_written",
    "annual_value_nok",
    "total_value_nok",
    "value_basis",
    "contract_years",
    "option_years",
    "period_start",
    "period_end",
    "period_meaning",
    "period_text",
    "current_expiry",
    "unit",
    "contact",
    "procedure",
    "comments",
)


class ImportCancelled(Exception):
    """The user cancelled; nothing was changed."""


@dataclass(slots=True)
class PlanAnalysis:
    """A file read and understood, before anything is written."""

    workbook: Workbook
    layout: PlanLayout
    result: PlanReadResult
    sheet_names: list[str]
    remembered_mapping: bool = False
    #: The corrections remembered for these headers (field -> letter, "" = no column).
    remembered: dict[str, str] = field(default_factory=dict)
    #: The corrections in force: the remembered ones, then the user's own.
    corrections: dict[str, str] = field(default_factory=dict)

    @property
    def sheet(self) -> str | None:
        return self.layout.sheet.name

    def source_of(self, fld: Field) -> str:
        """Where a field's column comes from: "corrected", "remembered" or "detected"."""
        if fld.value in self.corrections and fld.value not in self.remembered:
            return "corrected"
        if fld.value in self.corrections:
            same = self.corrections[fld.value] == self.remembered[fld.value]
            return "remembered" if same else "corrected"
        return "detected"

    def mapping_json(self) -> dict[str, Any]:
        m = self.layout.header.mapping
        return {
            f.value: {
                "column": column_letter(a.column),
                "header": a.header,
                "confidence": round(a.confidence, 3),
                "source": self.source_of(f),
            }
            for f, a in sorted(m.columns.items(), key=lambda kv: kv[1].column)
        }


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    file: str
    municipality: str
    sheet: str | None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    dry_run: bool = False
    batch_id: int | None = None
    mapping: dict[str, Any] = field(default_factory=dict)
    header_rows: list[int] = field(default_factory=list)
    #: What the import withdraws and blanks among the active lines (the guard's view).
    change: DestructiveChange | None = None
    #: The plan's version: the id of its latest import (0: none yet) that a dry run compared
    #: against, or that this import made. Pass a dry run's to the real import
    #: (``plan_version``) so that it is refused when someone imported the plan in between.
    plan_version: int = 0

    @property
    def destructive(self) -> bool:
        """Whether this import needs the user's consent (``allow_withdraw``)."""
        return self.change is not None and self.change.refused

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "municipality": self.municipality,
            "sheet": self.sheet,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "withdrawn": self.withdrawn,
            "warnings": [problem_json(p) for p in self.warnings],
            "errors": [problem_json(p) for p in self.errors],
            "skipped": [
                {"row": s.row_number, "reason": s.reason, "text": s.text} for s in self.skipped
            ],
            "dry_run": self.dry_run,
            "batch_id": self.batch_id,
            "plan_version": self.plan_version,
            "header_rows": self.header_rows,
            "mapping": self.mapping,
            "withdraw_check": self.change.to_json() if self.change else None,
        }


def problem_json(p: Problem) -> dict[str, Any]:
    return {
        "sheet": p.sheet,
        "row": p.row,
        "column": p.column,
        "value": p.value,
        "message": p.message,
        "severity": p.severity,
        "code": p.code,
        "rows": list(p.rows) if p.rows else [p.row] if p.row is not None else [],
    }


# ---------------------------------------------------------------------------------- analysis


def _gc_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` with Python's cyclic garbage collector paused.

    An import creates tens of thousands of long-lived objects (cells, lines, parse results);
    each automatic collection would walk them all again, which costs a fifth of a large
    import. Nothing an import builds holds reference cycles worth collecting meanwhile; the
    collector is switched back on afterwards (if it was on).
    """

    @functools.wraps(func)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return run


def _choose_grids(workbook: Workbook, sheet: str | None) -> list[SheetGrid]:
    grids = workbook.sheets
    if sheet is None or workbook.kind == "csv":
        return grids
    chosen = [s for s in grids if s.name == sheet]
    if not chosen:
        chosen = [s for s in grids if (s.name or "").casefold() == sheet.strip().casefold()]
    if not chosen:
        names = ", ".join(f"«{s.name}»" for s in grids)
        raise RefusedInputError(
            f"Fant ikke arket «{sheet}». Arkene i filen er: {names}.", file=workbook.file_name
        )
    return chosen


def _remembered_header(
    grids: list[SheetGrid], remembered: Lookup
) -> tuple[SheetGrid, int, dict[str, str]] | None:
    """A sheet whose header no rule recognises, but whose columns the user mapped before."""
    for grid in grids:
        for row_number, texts in candidate_header_texts(grid):
            saved = remembered(header_signature(texts))
            if saved:
                return grid, row_number, saved
    return None


def _corrected_layout(
    grid: SheetGrid,
    detected: PlanLayout | None,
    corrections: dict[str, str],
    header_row: int | None,
) -> PlanLayout | None:
    """The sheet read again with the corrections applied on top of the recognised mapping.

    Fields the corrections do not name keep the recognised column and its confidence.
    """
    found = detected.header.mapping.columns if detected is not None else {}
    columns = apply_corrections({f: a.column for f, a in found.items()}, corrections)
    if header_row is None and detected is not None and len(detected.header.row_numbers) == 1:
        header_row = detected.header.last_row
    layout = analyse_sheet(grid, mapping=columns, header_row=header_row)
    if layout is not None:
        mapping = layout.header.mapping.columns
        for fld, assignment in found.items():
            if fld in mapping and mapping[fld].column == assignment.column:
                mapping[fld] = assignment
    return layout


@_gc_paused
def analyse_file(
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    remembered: Lookup | None = None,
    header_row: int | None = None,
) -> PlanAnalysis:
    """Read a plan file and find its lines, without touching the database.

    ``mapping`` holds the user's corrections (field name -> column letter, "" for no column),
    applied on top of the recognised mapping and of the corrections ``remembered`` for these
    headers. Refuses (``RefusedInputError``) a file without a recognisable plan, and a plan
    sheet beyond the limits of ``check_plan_limits``.
    """
    from kommunesamarbeid.fileio.reader import read_workbook  # openpyxl only when importing

    own = check_corrections(mapping) if mapping else {}
    workbook = read_workbook(path)
    file_name = workbook.file_name
    names = [s.name or "" for s in workbook.sheets]
    grids = _choose_grids(workbook, sheet)
    filled = [g for g in grids if g.rows]
    if not filled:
        raise RefusedInputError(
            "Filen er tom: fant ingen utfylte celler.", file=file_name, sheet=sheet
        )
    layouts = [
        lay for lay in (analyse_sheet(g, header_row=header_row) for g in filled) if lay is not None
    ]
    layout = choose_plan_sheet(layouts)
    saved: dict[str, str] = {}
    grid = layout.sheet if layout is not None else None
    at_row = header_row
    if remembered is not None:
        if layout is not None:
            saved = remembered(header_signature(layout.header.texts)) or {}
        elif (hit := _remembered_header(filled, remembered)) is not None:
            grid, at_row, saved = hit
    corrections = {**saved, **own}
    if corrections:
        if grid is None:
            visible = [g for g in filled if g.state == "visible"] or filled
            grid = visible[0]
        layout = _corrected_layout(grid, layout, corrections, at_row)
    if layout is None:
        where = f"arket «{filled[0].name}»" if len(filled) == 1 and filled[0].name else "filen"
        raise RefusedInputError(
            f"Fant ingen overskriftsrad med kjente kolonnenavn i {where}. En plan trenger minst "
            "en kolonne for hva som skal kjøpes (f.eks. «Beskrivelse» eller «Anskaffelse») og "
            "to andre kjente kolonner (f.eks. «Verdi», «CPV», «Planlagt kunngjøring»). "
            "Velg ark eller tilordne kolonnene selv.",
            file=file_name,
        )
    check_plan_limits(layout, file=file_name)
    result = read_plan(layout, file=file_name)
    for note in layout.sheet.notes:
        result.warnings.append(Problem("warning", note, file=file_name, sheet=layout.sheet.name))
    return PlanAnalysis(
        workbook, layout, result, names, bool(saved), remembered=saved, corrections=corrections
    )


def header_signatures(path: Path, *, sheet: str | None = None) -> list[str]:
    """The signatures of every row near the top of the file's sheets that could be a header
    (what remembered corrections are keyed by)."""
    from kommunesamarbeid.fileio.reader import read_workbook

    workbook = read_workbook(path)
    return [
        header_signature(texts)
        for grid in _choose_grids(workbook, sheet)
        for _row, texts in candidate_header_texts(grid)
    ]


# ------------------------------------------------------------------------------------ import


def _norm_ref(ref: str | None) -> str | None:
    return normalise_header(ref) or None if ref else None


def _desc_key(description: str, cpv: str | None) -> tuple[str, str]:
    return (normalise_header(description), cpv or "")


def _values(line: ParsedLine) -> dict[str, Any]:
    return {
        "reference": line.reference,
        "description": line.description,
        "details": line.details,
        "category": line.category,
        "cpv": line.cpv,
        "cpv_check_digit": line.cpv_check_digit,
        "cpv_written": line.cpv_written,
        "annual_value_nok": line.annual_value_nok,
        "total_value_nok": line.total_value_nok,
        "value_basis": line.value_basis,
        "contract_years": line.contract_years,
        "option_years": line.option_years,
        "period_start": line.period.start if line.period else None,
        "period_end": line.period.end if line.period else None,
        "period_meaning": line.period_meaning,
        "period_text": line.period_text,
        "current_expiry": line.current_expiry,
        "unit": line.unit,
        "contact": line.contact,
        "procedure": line.procedure,
        "comments": line.comments,
    }


def _match(
    new_lines: list[ParsedLine], existing: list[PlannedPurchase]
) -> tuple[list[tuple[ParsedLine, PlannedPurchase | None]], list[PlannedPurchase]]:
    """Pair new lines with existing ones: by reference, else by description + CPV.

    Returns the pairs in the order of ``new_lines`` and the active lines no longer there.
    """
    if not existing:
        return [(line, None) for line in new_lines], []
    ref_counts: dict[str, int] = {}
    for line in new_lines:
        key = _norm_ref(line.reference)
        if key:
            ref_counts[key] = ref_counts.get(key, 0) + 1
    by_ref: dict[str, PlannedPurchase] = {}
    by_desc: dict[tuple[str, str], list[PlannedPurchase]] = {}
    # Active lines are preferred over withdrawn ones with the same key.
    for p in sorted(existing, key=lambda p: (p.status != "active", p.id)):
        key = _norm_ref(p.reference)
        if key and key not in by_ref:
            by_ref[key] = p
        by_desc.setdefault(_desc_key(p.description, p.cpv), []).append(p)
    used: set[int] = set()
    matched: dict[int, PlannedPurchase] = {}  # index in new_lines -> existing line
    pending: list[int] = []
    for i, line in enumerate(new_lines):
        key = _norm_ref(line.reference)
        found = by_ref.get(key) if key and ref_counts.get(key) == 1 else None
        if found is not None and found.id not in used:
            used.add(found.id)
            matched[i] = found
        else:
            pending.append(i)
    for i in pending:
        line = new_lines[i]
        candidates = by_desc.get(_desc_key(line.description, line.cpv), [])
        found = next((p for p in candidates if p.id not in used), None)
        if found is not None:
            used.add(found.id)
            matched[i] = found
    pairs = [(line, matched.get(i)) for i, line in enumerate(new_lines)]
    gone = [p for p in existing if p.id not in used and p.status == "active"]
    return pairs, gone


@_gc_paused
def import_plan(
    db: Database,
    actor: Actor,
    path: Path,
    municipality: str,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    mapping: dict[str, str] | None = None,
    remember: bool = True,
    progress: Progress | None = None,
    header_row: int | None = None,
    allow_withdraw: bool = False,
    plan_version: int | None = None,
) -> ImportReport:
    """Import (or with ``dry_run`` only preview) one plan file for one municipality.

    ``mapping`` corrects the recognised column mapping (only the fields it names; remembered
    for the municipality and these headers when ``remember``). An import that would withdraw or
    blank more than a quarter of the municipality's active lines is refused with the list
    (``DestructiveImportError``) unless ``allow_withdraw``; a dry run reports it instead
    (``ImportReport.change``).

    ``plan_version`` is the version of the municipality's plan the user saw (a dry run's
    ``ImportReport.plan_version``; 0 = no import yet); without it, the version when this import
    starts. An import of the same plan that landed after it is never undone unseen: this one
    is refused (``ConflictError`` naming who imported what and when).
    """
    started = time.perf_counter()
    if not path.is_file():
        raise RefusedInputError("Finner ikke filen.", file=str(path))

    def step(done: int, total: int, what: str) -> None:
        if progress is not None and progress(done, total, what) is False:
            raise ImportCancelled("Importen ble avbrutt. Ingenting er endret.")

    step(0, 4, "Leser filen")
    with db.sessions() as session:
        existing_m = find_municipality(session, municipality)
        check_may_import(actor, existing_m, municipality)
        # The municipality's latest import as this import starts: if another one lands before
        # this one writes, this one is refused (it would silently undo that one).
        seen_batch = latest_batch(session, existing_m.id) if existing_m else None
        if plan_version is not None:
            seen_batch = plan_version or None
        analysis = analyse_file(
            path,
            sheet=sheet,
            mapping=mapping,
            remembered=session_lookup(session, existing_m.id if existing_m else None),
            header_row=header_row,
        )
    step(1, 4, "Kontrollerer linjene")
    result = analysis.result
    file_name = analysis.workbook.file_name
    if not result.lines:
        raise RefusedInputError(
            "Fant ingen planlagte anskaffelser å importere"
            + (
                f" ({len(result.errors)} rader har feil: {result.errors[0].describe()})"
                if result.errors
                else ""
            )
            + ". Ingenting er endret.",
            file=file_name,
            sheet=analysis.sheet,
        )
    report = ImportReport(
        file=file_name,
        municipality="",
        sheet=analysis.sheet,
        warnings=aggregate_warnings(result.all_warnings()),
        errors=list(result.errors),
        skipped=list(result.skipped),
        dry_run=dry_run,
        mapping=analysis.mapping_json(),
        header_rows=list(analysis.layout.header.row_numbers),
    )
    step(2, 4, "Sammenligner med kommunens plan")
    session = db.sessions()
    try:
        session.begin()
        m = lock_plan(session, actor, municipality, seen_batch, check=not dry_run)
        report.plan_version = latest_batch(session, m.id) or 0  # what this run compares against
        report.municipality = m.name
        _write(session, actor, m.id, analysis, report, allow_withdraw=allow_withdraw)
        if mapping and remember:
            remember_mapping(
                session, actor, m.id, analysis.layout.header.texts, analysis.corrections
            )
        step(3, 4, "Lagrer")
        if dry_run:
            session.rollback()
            report.batch_id = None
        else:
            session.commit()
            report.plan_version = report.batch_id or 0
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    if progress is not None:
        # After the commit a Cancel can no longer undo anything: report, never raise.
        progress(4, 4, "Ferdig")
    log.info(
        "Import %s for %s: %d nye, %d endret, %d uendret, %d trukket (%.2f s)%s",
        file_name,
        report.municipality,
        report.added,
        report.updated,
        report.unchanged,
        report.withdrawn,
        time.perf_counter() - started,
        " [prøvekjøring]" if dry_run else "",
    )
    return report


#: Where a line came from: updated without a new version when only these change (a row that
#: moved, a new file name), so a colleague's edit of the line is not refused as a conflict.
PROVENANCE_FIELDS = (
    "source_file",
    "source_sha256",
    "source_sheet",
    "source_row",
    "source_hidden",
    "original_cells",
    "warnings",
)


def _provenance(analysis: PlanAnalysis, line: ParsedLine) -> dict[str, Any]:
    wb = analysis.workbook
    return {
        "source_file": wb.file_name,
        "source_sha256": wb.sha256,
        "source_sheet": analysis.sheet,
        "source_row": line.row_number,
        "source_hidden": line.hidden,
        "original_cells": line.original_cells,
        "warnings": [p.message for p in line.warnings],
    }


def _write(
    session: Session,
    actor: Actor,
    municipality_id: int,
    analysis: PlanAnalysis,
    report: ImportReport,
    *,
    allow_withdraw: bool,
) -> None:
    """Match the lines against the municipality's and write the differences (nothing else).

    Refuses (``DestructiveImportError``) before writing anything when the import would
    withdraw or blank too much, unless ``allow_withdraw`` or a dry run.
    """
    existing = list(
        session.scalars(
            select(PlannedPurchase).where(PlannedPurchase.municipality_id == municipality_id)
        )
    )
    pairs, gone = _match(analysis.result.lines, existing)
    valued = [(line, _values(line), found) for line, found in pairs]
    active = sum(1 for p in existing if p.status == "active")
    report.change = assess(
        report.municipality, ((values, found) for _l, values, found in valued), gone, active
    )
    if report.change.refused and not (allow_withdraw or report.dry_run):
        raise DestructiveImportError(report.change)
    wb = analysis.workbook
    batch = ImportBatch(
        municipality_id=municipality_id,
        file_name=wb.file_name,
        sha256=wb.sha256,
        sheet=analysis.sheet,
        header_row=analysis.layout.header.last_row,
        imported_by=actor.user,
        column_mapping=analysis.mapping_json(),
    )
    session.add(batch)
    session.flush()
    new_rows: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    now = utcnow()
    for line, values, found in valued:
        provenance = _provenance(analysis, line)
        if found is None:
            new_rows.append(
                {
                    "municipality_id": municipality_id,
                    "created_at": now,
                    "created_by": actor.user,
                    "updated_at": now,
                    "updated_by": actor.user,
                    "status": "active",
                    "version": 1,
                    "batch_id": batch.id,
                    **values,
                    **provenance,
                }
            )
            report.added += 1
            continue
        # Compare before writing: an unchanged line is not touched (no new version).
        diff = {k: [getattr(found, k), v] for k, v in values.items() if getattr(found, k) != v}
        reactivated = found.status != "active"
        if diff or reactivated:
            for k, (_old, new) in diff.items():
                setattr(found, k, new)
            for k, v in provenance.items():
                if getattr(found, k) != v:
                    setattr(found, k, v)
            found.batch_id = batch.id
            if reactivated:
                found.status = "active"
                diff["status"] = ["withdrawn", "active"]
            found.updated_by = actor.user
            audit.record(
                session,
                actor,
                entity_type="planned_purchase",
                entity_id=found.id,
                action="reimport",
                municipality_id=municipality_id,
                changes={**diff, "batch_id": batch.id},
            )
            report.updated += 1
            continue
        report.unchanged += 1
        if any(getattr(found, k) != v for k, v in provenance.items()):
            moved.append({"_id": found.id, "batch_id": batch.id, **provenance})
    for p in gone:
        p.status = "withdrawn"
        p.updated_by = actor.user
        audit.record(
            session,
            actor,
            entity_type="planned_purchase",
            entity_id=p.id,
            action="withdraw",
            municipality_id=municipality_id,
            changes={"status": ["active", "withdrawn"], "batch_id": batch.id},
        )
        report.withdrawn += 1
    table = cast(Table, PlannedPurchase.__table__)
    if new_rows:
        # One executemany INSERT on the table: no ORM objects, no identity map, no per-row
        # round trips (every row names every column, so they go in one batch).
        session.execute(insert(table), new_rows)
    session.flush()
    if moved:
        # Only where the line came from changed: one executemany UPDATE on the table, which
        # leaves the line's version (the optimistic lock on its content) as it is.
        session.execute(
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({k: bindparam(k) for k in ("batch_id", *PROVENANCE_FIELDS)}),
            moved,
        )
    batch.added, batch.updated = report.added, report.updated
    batch.unchanged, batch.withdrawn = report.unchanged, report.withdrawn
    batch.skipped = len(report.skipped) + len(report.errors)
    batch.problems = [problem_json(p) for p in (*report.errors, *report.warnings)]
    session.flush()
    report.batch_id = batch.id
    audit.record(
        session,
        actor,
        entity_type="import_batch",
        entity_id=batch.id,
        action="import",
        municipality_id=municipality_id,
        changes={
            "file": wb.file_name,
            "sha256": wb.sha256,
            "sheet": analysis.sheet,
            "added": report.added,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "withdrawn": report.withdrawn,
            "errors": len(report.errors),
        },
    )


def describe_mapping(mapping: dict[str, Any]) -> Iterable[str]:
    """The mapping as lines a person reads: 'Beskrivelse ← kolonne B «Anskaffelse» (95 %)'."""
    for name, info in mapping.items():
        label = FIELD_LABELS.get(Field(name), name)
        source = info.get("source", "detected")
        how = (
            "rettet nå"
            if source == "corrected"
            else "husket"
            if source == "remembered"
            else f"{round(100 * info['confidence'])} %"
        )
        yield f"{label} ← kolonne {info['column']} «{info['header']}» ({how})"
