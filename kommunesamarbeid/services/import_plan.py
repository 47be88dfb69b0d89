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
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

from defusedxml import ElementTree as DefusedET  # type: ignore[import-untyped]
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.columns import (
    FIELD_LABELS,
    Field,
    header_signature,
    normalise_header,
)
from kommunesamarbeid.core.plan_layout import (
    EXCEL_MAX_ROW,
    PlanLayout,
    analyse_sheet,
    candidate_header_texts,
    check_plan_limits,
    choose_plan_sheet,
)
from kommunesamarbeid.core.plan_lines import ParsedLine, PlanReadResult, SkippedRow, read_plan
from kommunesamarbeid.core.problems import Problem, RefusedInputError
from kommunesamarbeid.core.sheet import SheetGrid, Workbook, column_letter
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    ColumnMappingMemory,
    ImportBatch,
    PlannedPurchase,
    utcnow,
)
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.municipalities import find_municipality
from kommunesamarbeid.services.plan_lock import check_may_import, latest_batch, lock_plan

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

    @property
    def sheet(self) -> str | None:
        return self.layout.sheet.name

    def mapping_json(self) -> dict[str, Any]:
        m = self.layout.header.mapping
        return {
            f.value: {
                "column": column_letter(a.column),
                "header": a.header,
                "confidence": round(a.confidence, 3),
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
            "header_rows": self.header_rows,
            "mapping": self.mapping,
        }


def problem_json(p: Problem) -> dict[str, Any]:
    return {
        "sheet": p.sheet,
        "row": p.row,
        "column": p.column,
        "value": p.value,
        "message": p.message,
        "severity": p.severity,
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


def mapping_columns(chosen: dict[str, str]) -> dict[Field, int]:
    """A user's field name -> column letter choice as fields and 0-based columns (checked)."""
    columns: dict[Field, int] = {}
    for name, letter in chosen.items():
        try:
            fld = Field(name)
        except ValueError as exc:
            raise RefusedInputError(f"Ukjent felt i kolonnetilordningen: «{name}».") from exc
        columns[fld] = _letter_index(letter)
    if Field.DESCRIPTION not in columns:
        raise RefusedInputError("Kolonnetilordningen må ha en kolonne for beskrivelse.")
    return columns


def _letter_index(letter: str) -> int:
    text = letter.strip().upper()
    if not text.isascii() or not text.isalpha() or len(text) > 3:
        raise RefusedInputError("Ugyldig kolonnebokstav i kolonnetilordningen.", value=letter)
    n = 0
    for ch in text:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


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


def _remembered_layout(
    grids: list[SheetGrid], remembered: Callable[[str], dict[str, str] | None]
) -> PlanLayout | None:
    """A sheet whose header no rule recognises, but whose columns the user mapped before."""
    for grid in grids:
        for row_number, texts in candidate_header_texts(grid):
            saved = remembered(header_signature(texts))
            if saved:
                return analyse_sheet(grid, mapping=mapping_columns(saved), header_row=row_number)
    return None


@_gc_paused
def analyse_file(
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    remembered: Callable[[str], dict[str, str] | None] | None = None,
    header_row: int | None = None,
) -> PlanAnalysis:
    """Read a plan file and find its lines, without touching the database.

    ``mapping`` is the user's column choice (field name -> column letter); ``remembered``
    looks up a choice saved for a header signature. Refuses (``RefusedInputError``) a file
    without a recognisable plan, and a plan sheet beyond the limits of ``check_plan_limits``.
    """
    from kommunesamarbeid.fileio.reader import read_workbook  # openpyxl only when importing

    columns = mapping_columns(mapping) if mapping else None
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
    was_remembered = False
    if columns is not None:
        visible = [g for g in filled if g.state == "visible"] or filled
        layout = analyse_sheet(
            layout.sheet if layout else visible[0],
            mapping=columns,
            header_row=layout.header.last_row if layout and header_row is not None else None,
        )
    elif remembered is not None:
        if layout is not None:
            saved = remembered(header_signature(layout.header.texts))
            if saved:
                layout = analyse_sheet(
                    layout.sheet,
                    mapping=mapping_columns(saved),
                    header_row=layout.header.last_row
                    if len(layout.header.row_numbers) == 1
                    else None,
                )
                was_remembered = True
        else:
            layout = _remembered_layout(filled, remembered)
            was_remembered = layout is not None
    if layout is None:
        where = f"arket «{filled[0].name}»" if len(filled) == 1 and filled[0].name else "filen"
        raise RefusedInputError(
            f"Fant ingen overskriftsrad med kjente kolonnenavn i {where}. En plan trenger minst "
            "en kolonne for hva som skal kjøpes (f.eks. «Beskrivelse» eller «Anskaffelse») og "
            "to andre kjente kolonner (f.eks. «Verdi», «CPV», «Planlagt kunngjøring»). "
            "Velg ark eller tilordne kolonnene selv.",
            file=file_name,
        )
    check_plan_limits(layout, file=file_name, user_mapped=columns is not None or was_remembered)
    if workbook.kind != "csv" and layout.sheet.name is not None:
        _check_declared_extent(path, file_name, layout.sheet.name)
    result = read_plan(layout, file=file_name)
    for note in layout.sheet.notes:
        result.warnings.append(Problem("warning", note, file=file_name, sheet=layout.sheet.name))
    return PlanAnalysis(workbook, layout, result, names, was_remembered)


_DIMENSION_RE = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]{0,3}\d*:?[A-Z]{1,3}(\d+)\"")
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: Bytes of a sheet part read to find its <dimension> (it comes before the cells).
_DIMENSION_PEEK_BYTES = 64 * 1024


def _check_declared_extent(path: Path, file_name: str, sheet_name: str) -> None:
    """Refuse a plan sheet whose declared area (<dimension>) reaches Excel's last row.

    The reader skips empty rows, so a sheet that claims A1:XFD1048576 reads as a small plan;
    such a sheet was filled or formatted to the bottom by mistake, or the file is damaged.
    Only the start of the sheet part is read (the zip was already checked by the reader).
    """
    try:
        last_row = _declared_last_row(path.read_bytes(), file_name, sheet_name)
    except RefusedInputError:
        raise
    except Exception:  # the reader read this file; an unreadable dimension decides nothing
        log.debug("Fant ikke dimensjonen til arket %s i %s", sheet_name, file_name, exc_info=True)
        return
    if last_row is not None and last_row >= EXCEL_MAX_ROW:
        last_row_text = f"{EXCEL_MAX_ROW:,}".replace(",", " ")
        raise RefusedInputError(
            f"Arket sier selv at det går helt ned til rad {last_row_text}, Excels aller siste "
            "rad (arkets dimensjon). Det skjer når noe er fylt ut eller formatert til bunnen av "
            "arket, eller når filen er skadet; en anskaffelsesplan er langt kortere. Slett "
            "radene under planen (merk dem, høyreklikk og velg Slett), lagre filen og prøv "
            "igjen.",
            file=file_name,
            sheet=sheet_name,
            row=last_row,
        )


def _declared_last_row(data: bytes, file_name: str, sheet_name: str) -> int | None:
    from kommunesamarbeid.fileio.sniff import open_zip

    with open_zip(data, file_name) as archive:
        workbook = DefusedET.fromstring(archive.read("xl/workbook.xml"))
        rel_id = None
        for element in workbook.iter(f"{{{_MAIN_NS}}}sheet"):
            if element.get("name") == sheet_name:
                rel_id = element.get(f"{{{_REL_NS}}}id")
                break
        if rel_id is None:
            return None
        rels = DefusedET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = None
        for rel in rels.iter(f"{{{_PKG_REL_NS}}}Relationship"):
            if rel.get("Id") == rel_id:
                target = rel.get("Target") or ""
                break
        if not target:
            return None
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        with archive.open(part) as stream:
            head = stream.read(_DIMENSION_PEEK_BYTES)
    match = _DIMENSION_RE.search(head)
    return int(match.group(1)) if match else None


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


def _remembered_lookup(
    session: Session, municipality_id: int | None
) -> Callable[[str], dict[str, str] | None]:
    def lookup(signature: str) -> dict[str, str] | None:
        if municipality_id is None:
            return None
        memory = session.scalar(
            select(ColumnMappingMemory).where(
                ColumnMappingMemory.municipality_id == municipality_id,
                ColumnMappingMemory.header_signature == signature,
            )
        )
        return dict(memory.mapping) if memory else None

    return lookup


def remembered_lookup(db: Database, municipality: str) -> Callable[[str], dict[str, str] | None]:
    """For ``analyse_file(remembered=…)``: the corrected mappings saved for a municipality."""

    def lookup(signature: str) -> dict[str, str] | None:
        with db.sessions() as session:
            found = find_municipality(session, municipality)
            return _remembered_lookup(session, found.id if found else None)(signature)

    return lookup


def remember_mapping(
    session: Session,
    actor: Actor,
    municipality_id: int,
    texts: list[str | None],
    mapping: dict[str, str],
) -> None:
    """Save a user's corrected mapping for this municipality and these headers."""
    signature = header_signature(texts)
    memory = session.scalar(
        select(ColumnMappingMemory).where(
            ColumnMappingMemory.municipality_id == municipality_id,
            ColumnMappingMemory.header_signature == signature,
        )
    )
    if memory is None:
        memory = ColumnMappingMemory(
            municipality_id=municipality_id, header_signature=signature, created_by=actor.user
        )
        session.add(memory)
    memory.mapping = dict(mapping)
    memory.updated_by = actor.user


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
) -> ImportReport:
    """Import (or with ``dry_run`` only preview) one plan file for one municipality."""
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
        analysis = analyse_file(
            path,
            sheet=sheet,
            mapping=mapping,
            remembered=_remembered_lookup(session, existing_m.id if existing_m else None),
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
        warnings=result.all_warnings(),
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
        report.municipality = m.name
        _write(session, actor, m.id, analysis, report)
        if mapping and remember:
            remember_mapping(session, actor, m.id, analysis.layout.header.texts, mapping)
        step(3, 4, "Lagrer")
        if dry_run:
            session.rollback()
            report.batch_id = None
        else:
            session.commit()
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


def _write(
    session: Session,
    actor: Actor,
    municipality_id: int,
    analysis: PlanAnalysis,
    report: ImportReport,
) -> None:
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
    existing = list(
        session.scalars(
            select(PlannedPurchase).where(PlannedPurchase.municipality_id == municipality_id)
        )
    )
    pairs, gone = _match(analysis.result.lines, existing)
    new_rows: list[dict[str, Any]] = []
    now = utcnow()
    for line, found in pairs:
        values = _values(line)
        provenance = {
            "source_file": wb.file_name,
            "source_sha256": wb.sha256,
            "source_sheet": analysis.sheet,
            "source_row": line.row_number,
            "source_hidden": line.hidden,
            "original_cells": line.original_cells,
            "warnings": [p.message for p in line.warnings],
            "batch_id": batch.id,
        }
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
                    **values,
                    **provenance,
                }
            )
            report.added += 1
            continue
        diff = {k: [getattr(found, k), v] for k, v in values.items() if getattr(found, k) != v}
        reactivated = found.status != "active"
        if diff or reactivated:
            for k, (_old, new) in diff.items():
                setattr(found, k, new)
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
        else:
            report.unchanged += 1
        for k, v in provenance.items():
            if getattr(found, k) != v:
                setattr(found, k, v)
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
    if new_rows:
        # One executemany INSERT on the table: no ORM objects, no identity map, no per-row
        # round trips (every row names every column, so they go in one batch).
        session.execute(insert(cast(Table, PlannedPurchase.__table__)), new_rows)
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
        yield (
            f"{label} ← kolonne {info['column']} «{info['header']}» "
            f"({round(100 * info['confidence'])} %)"
        )
