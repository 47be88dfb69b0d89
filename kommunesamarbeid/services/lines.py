"""Planned-purchase lines: listing, detail and editing (with the audit log)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.cpv import parse_cpv
from kommunesamarbeid.core.errors import NotFoundError
from kommunesamarbeid.core.plan_lines import complete_values
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import Municipality, PlannedPurchase
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor, require_municipality
from kommunesamarbeid.services.municipalities import find_municipality
from kommunesamarbeid.services.versions import locked, refuse_stale, stamp


def _years_json(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class LineInfo:
    """A line as the CLI and GUI show it (the keys of CLI.md, and more)."""

    id: int
    municipality_id: int
    municipality: str
    reference: str | None
    description: str
    details: str | None
    cpv: str | None
    annual_value_nok: int | None
    total_value_nok: int | None
    contract_years: float | None
    option_years: float | None
    period_start: dt.date | None
    period_end: dt.date | None
    period_meaning: str | None
    period_text: str | None
    current_expiry: dt.date | None
    unit: str | None
    contact: str | None
    procedure: str | None
    comments: str | None
    source_file: str | None
    source_sheet: str | None
    source_row: int | None
    status: str
    version: int
    original_cells: dict[str, Any] = field(default_factory=dict)
    warnings: list[Any] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "municipality": self.municipality,
            "reference": self.reference,
            "description": self.description,
            "details": self.details,
            "cpv": self.cpv,
            "annual_value_nok": self.annual_value_nok,
            "total_value_nok": self.total_value_nok,
            "contract_years": _years_json(self.contract_years),
            "option_years": _years_json(self.option_years),
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "period_meaning": self.period_meaning,
            "unit": self.unit,
            "contact": self.contact,
            "source_file": self.source_file,
            "source_sheet": self.source_sheet,
            "source_row": self.source_row,
            "status": self.status,
            "version": self.version,
        }


def line_info(p: PlannedPurchase, municipality_name: str) -> LineInfo:
    return LineInfo(
        id=p.id,
        municipality_id=p.municipality_id,
        municipality=municipality_name,
        reference=p.reference,
        description=p.description,
        details=p.details,
        cpv=p.cpv,
        annual_value_nok=p.annual_value_nok,
        total_value_nok=p.total_value_nok,
        contract_years=p.contract_years,
        option_years=p.option_years,
        period_start=p.period_start,
        period_end=p.period_end,
        period_meaning=p.period_meaning,
        period_text=p.period_text,
        current_expiry=p.current_expiry,
        unit=p.unit,
        contact=p.contact,
        procedure=p.procedure,
        comments=p.comments,
        source_file=p.source_file,
        source_sheet=p.source_sheet,
        source_row=p.source_row,
        status=p.status,
        version=p.version,
        original_cells=dict(p.original_cells or {}),
        warnings=list(p.warnings or []),
    )


def list_lines(
    db: Database, *, municipality: str | None = None, include_withdrawn: bool = False
) -> list[LineInfo]:
    """The lines (active ones unless asked), ordered by municipality and source row."""
    with db.sessions() as session:
        stmt = select(PlannedPurchase, Municipality.name).join(Municipality)
        if municipality:
            m = find_municipality(session, municipality)
            if m is None:
                raise RefusedInputError(f"Fant ingen kommune «{municipality}».")
            stmt = stmt.where(PlannedPurchase.municipality_id == m.id)
        if not include_withdrawn:
            stmt = stmt.where(PlannedPurchase.status == "active")
        stmt = stmt.order_by(
            Municipality.name,
            PlannedPurchase.source_file,
            PlannedPurchase.source_row,
            PlannedPurchase.id,
        )
        return [line_info(p, name) for p, name in session.execute(stmt).all()]


def get_line(db: Database, line_id: int) -> LineInfo:
    with db.sessions() as session:
        p = session.get(PlannedPurchase, line_id)
        if p is None:
            raise NotFoundError(f"Fant ingen planlagt anskaffelse med id {line_id}.")
        return line_info(p, p.municipality.name)


#: Fields a user may edit on a line, with how each value is checked.
EDITABLE_FIELDS = (
    "description",
    "cpv",
    "annual_value_nok",
    "total_value_nok",
    "contract_years",
    "option_years",
    "period_start",
    "period_end",
    "unit",
    "contact",
    "comments",
)


def _check_edit(name: str, value: Any) -> Any:
    if name == "cpv":
        if value in (None, ""):
            return None
        parsed = parse_cpv(value)
        if parsed.code8 is None:
            raise RefusedInputError(f"Ugyldig CPV-kode: {parsed.problem}", value=value)
        return parsed.code8
    if name in ("annual_value_nok", "total_value_nok"):
        if value is None:
            return None
        if not isinstance(value, int) or value < 0:
            raise RefusedInputError(
                "Verdien må være et helt, ikke-negativt kronebeløp.", value=value
            )
        return value
    if name in ("contract_years", "option_years"):
        if value is None:
            return None
        if not isinstance(value, int | float) or not 0 <= value <= 50:
            raise RefusedInputError("Antall år må være mellom 0 og 50.", value=value)
        return float(value)
    if name in ("period_start", "period_end"):
        if value is None or isinstance(value, dt.date):
            return value
        raise RefusedInputError("Ugyldig dato.", value=value)
    if name == "description":
        text = " ".join(str(value or "").split())
        if not text:
            raise RefusedInputError("Beskrivelsen kan ikke være tom.")
        return text
    return None if value in (None, "") else str(value)


def update_line(
    db: Database,
    actor: Actor,
    line_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> LineInfo:
    """Edit a line's fields; each change is written to the audit log with old and new value.

    ``expected_version`` is the version the user read (the GUI's dialog, ``line set``): when
    someone saved the line since, nothing is written and the user is told who and when
    (``ConflictError``).
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise RefusedInputError(f"Disse feltene kan ikke endres: {', '.join(sorted(unknown))}.")
    values = {k: _check_edit(k, v) for k, v in changes.items()}
    with db.session() as session:
        found = session.get(PlannedPurchase, line_id)
        if found is None:
            raise NotFoundError(f"Fant ingen planlagt anskaffelse med id {line_id}.")
        require_municipality(
            actor,
            found.municipality_id,
            found.municipality.name,
            "endre de planlagte anskaffelsene til",
        )
        # The right first: row-level security hides another municipality's row from a lock.
        p = locked(session, PlannedPurchase, line_id)
        if p is None:
            raise NotFoundError(f"Fant ingen planlagt anskaffelse med id {line_id}.")
        refuse_stale(
            session,
            f"Linje {line_id} ({p.description[:60]})",
            p,
            expected_version,
            entity=("planned_purchase", p.id),
        )
        diff = _apply(session, p, {**values, **_derived_values(p, values)})
        if p.period_start and p.period_end and p.period_start > p.period_end:
            raise RefusedInputError("Periodens start kan ikke være etter slutten.")
        if diff:
            stamp(p, actor)
            audit.record(
                session,
                actor,
                entity_type="planned_purchase",
                entity_id=p.id,
                action="edit",
                municipality_id=p.municipality_id,
                changes=diff,
            )
        session.flush()
        return line_info(p, p.municipality.name)


def _derived_values(p: PlannedPurchase, values: dict[str, Any]) -> dict[str, Any]:
    """The value the user did not give, derived again when they change a value or the years
    (annual value × years, or total ÷ years, as at import), so that the stored figures never
    contradict each other and the total is the plan value every document counts.

    The figure the user changes becomes the stated one and the other follows it; both changed,
    both are kept. A stated figure the user clears leaves the other as stated when the plan
    stated it too, and clears it when it was only derived from the cleared one."""
    if not {"annual_value_nok", "total_value_nok", "contract_years", "option_years"} & set(values):
        return {}
    fields = {"annual": "annual_value_nok", "total": "total_value_nok"}
    figures = {name: values.get(field, getattr(p, field)) for name, field in fields.items()}
    # what the user changed (the dialog sends every field, changed or not)
    changed = [name for name, field in fields.items() if figures[name] != getattr(p, field)]
    present = [name for name in fields if figures[name] is not None]
    basis: str | None
    if len(changed) == 2 or not changed:
        basis = p.value_basis if not changed and p.value_basis else None
        if basis is None and present:
            basis = "both" if len(present) == 2 else present[0]
    elif figures[changed[0]] is not None:
        basis = changed[0]
    else:
        other = "total" if changed[0] == "annual" else "annual"
        if figures[other] is not None and p.value_basis in (other, "both", None):
            basis = other
        else:
            basis, figures[other] = None, None
    derived = complete_values(
        figures["annual"],
        figures["total"],
        basis,
        values.get("contract_years", p.contract_years),
        values.get("option_years", p.option_years),
    )
    return {
        "annual_value_nok": derived.annual,
        "total_value_nok": derived.total,
        "value_basis": basis,
    }


def _apply(_session: Session, p: PlannedPurchase, values: dict[str, Any]) -> dict[str, Any]:
    diff: dict[str, Any] = {}
    for name, new in values.items():
        old = getattr(p, name)
        if old != new:
            setattr(p, name, new)
            diff[name] = [old, new]
    return diff


class LineRow(NamedTuple):
    """A line as the big table shows it: only what is displayed, filtered and sorted.

    A NamedTuple, not a dataclass: 100,000 of them are built when the table loads.
    """

    id: int
    municipality_id: int
    municipality: str
    reference: str | None
    description: str
    cpv: str | None
    annual_value_nok: int | None
    total_value_nok: int | None
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str | None
    source_file: str | None
    source_sheet: str | None
    source_row: int | None
    has_warnings: bool


#: Column order of the raw rows from ``line_table`` (same as ``LineRow``).
(
    ROW_ID,
    ROW_MUNICIPALITY_ID,
    ROW_MUNICIPALITY,
    ROW_REFERENCE,
    ROW_DESCRIPTION,
    ROW_CPV,
    ROW_ANNUAL,
    ROW_TOTAL,
    ROW_START,
    ROW_END,
    ROW_PERIOD_TEXT,
    ROW_FILE,
    ROW_SHEET,
    ROW_SOURCE_ROW,
    ROW_WARNINGS,
) = range(15)


def line_table(db: Database) -> list[tuple[Any, ...]]:
    """All active lines as raw tuples, for the big table (100,000 lines in well under a second).

    No per-row work in Python: dates come as ISO text ("2026-04-01"), which sorts and compares
    like dates; ``line_row`` turns one raw row into a ``LineRow`` when a person looks at it.
    """
    stmt = (
        select(
            PlannedPurchase.id,
            PlannedPurchase.municipality_id,
            Municipality.name,
            PlannedPurchase.reference,
            PlannedPurchase.description,
            PlannedPurchase.cpv,
            PlannedPurchase.annual_value_nok,
            PlannedPurchase.total_value_nok,
            cast(PlannedPurchase.period_start, String),
            cast(PlannedPurchase.period_end, String),
            PlannedPurchase.period_text,
            PlannedPurchase.source_file,
            PlannedPurchase.source_sheet,
            PlannedPurchase.source_row,
            func.json_array_length(PlannedPurchase.warnings) > 0,
        )
        .join(Municipality)
        .where(PlannedPurchase.status == "active")
    )
    with db.engine.connect() as conn:
        sql, params = _compiled(conn, stmt)
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall())
        finally:
            cursor.close()


def line_row(raw: tuple[Any, ...]) -> LineRow:
    """One raw row of ``line_table`` as a ``LineRow`` (dates parsed)."""
    start, end = raw[ROW_START], raw[ROW_END]
    return LineRow._make(
        (
            *raw[:ROW_START],
            dt.date.fromisoformat(start[:10]) if start else None,
            dt.date.fromisoformat(end[:10]) if end else None,
            *raw[ROW_PERIOD_TEXT:ROW_WARNINGS],
            bool(raw[ROW_WARNINGS]),
        )
    )


def line_rows(db: Database) -> list[LineRow]:
    """All active lines as ``LineRow`` (for pickers and dialogs; the big table uses raw rows)."""
    return [line_row(r) for r in line_table(db)]


def _compiled(conn: Any, stmt: Any) -> tuple[str, Any]:
    """The statement as driver SQL with its parameters, to skip per-row result processing."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if conn.dialect.paramstyle in ("qmark", "numeric"):
        return str(compiled), tuple(params[name] for name in compiled.positiontup)
    return str(compiled), params
