"""Turning a plan's rows into planned-purchase lines, with a problem list for the user.

Every non-empty row below the header ends in exactly one place: a ``ParsedLine`` (maybe with
warnings), a dropped row with an error, or a skipped row (heading, sum, note) with its reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kommunesamarbeid.core.amounts import header_scale, parse_amount
from kommunesamarbeid.core.columns import DATE_FIELDS, FIELD_LABELS, ColumnMapping, Field
from kommunesamarbeid.core.contract_terms import parse_contract_years, parse_options
from kommunesamarbeid.core.cpv import parse_cpv
from kommunesamarbeid.core.periods import Period, parse_period
from kommunesamarbeid.core.plan_layout import SKIP_REASONS, PlanLayout, RowKind
from kommunesamarbeid.core.problems import Problem, Severity, quote_value
from kommunesamarbeid.core.sheet import CellValue, SheetRow, column_letter

#: Longest description kept; longer text is cut with a warning (the original cell is kept).
MAX_DESCRIPTION = 1000
#: Longest original cell text kept for provenance.
MAX_ORIGINAL_CELL = 4000
#: Contracts of unknown length are valued over 48 months (FOA § 5-4).
UNKNOWN_DURATION_YEARS = 4.0

PERIOD_MEANING = {
    Field.ANNOUNCEMENT: "announcement",
    Field.CONTRACT_START: "contract_start",
    Field.CURRENT_EXPIRY: "current_expiry",
}


@dataclass(slots=True)
class ParsedLine:
    """One planned purchase as read from one row."""

    row_number: int
    description: str
    reference: str | None = None
    details: str | None = None
    category: str | None = None
    cpv: str | None = None
    cpv_check_digit: str | None = None
    cpv_written: str | None = None
    annual_value_nok: int | None = None
    total_value_nok: int | None = None
    value_basis: str | None = None
    contract_years: float | None = None
    option_years: float | None = None
    period: Period | None = None
    period_meaning: str | None = None
    period_text: str | None = None
    current_expiry: dt.date | None = None
    unit: str | None = None
    contact: str | None = None
    procedure: str | None = None
    comments: str | None = None
    original_cells: dict[str, str] = field(default_factory=dict)
    hidden: bool = False
    warnings: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class SkippedRow:
    row_number: int
    reason: str
    text: str


@dataclass(slots=True)
class PlanReadResult:
    """All of one sheet: lines, dropped rows (errors), skipped rows and file-level notes."""

    lines: list[ParsedLine] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)

    def all_warnings(self) -> list[Problem]:
        return [*self.warnings, *(w for line in self.lines for w in line.warnings)]


def cell_text(value: CellValue) -> str | None:
    """A cell as text, as a person reads it (whole numbers without ".0")."""
    if value is None:
        return None
    if type(value) is str:
        return " ".join(value.split()) or None
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    text = " ".join(str(value).split())
    return text or None


#: Parse results by (parser name, value type, value, scale): plans repeat their periods, CPV
#: codes, contract terms and amounts, and the parsers are pure.
ParseCache = dict[tuple[str, type, CellValue, int], object]


class _RowReader:
    """Reads one row under one mapping, collecting problems with their places."""

    def __init__(
        self,
        row: SheetRow,
        mapping: ColumnMapping,
        file: str,
        sheet: str | None,
        cache: ParseCache | None = None,
    ):
        self.row = row
        self.values = row.values
        #: Every cell as text, computed once (for the fields and the original cells).
        self.texts = [cell_text(v) for v in row.values]
        self.cols = {fld: a.column for fld, a in mapping.columns.items()}
        self.file = file
        self.sheet = sheet
        self.cache: ParseCache = {} if cache is None else cache
        self.warnings: list[Problem] = []
        self.errors: list[Problem] = []

    def raw(self, fld: Field) -> CellValue:
        col = self.cols.get(fld)
        return None if col is None or col >= len(self.values) else self.values[col]

    def text(self, fld: Field) -> str | None:
        col = self.cols.get(fld)
        return None if col is None or col >= len(self.texts) else self.texts[col]

    def problem(
        self, fld: Field, severity: Severity, message: str, *, code: str | None = None
    ) -> None:
        col = self.cols.get(fld)
        p = Problem(
            severity,
            message,
            file=self.file,
            sheet=self.sheet,
            row=self.row.number,
            column=column_letter(col) if col is not None else None,
            value=quote_value(self.text(fld)) or None,
            code=code,
        )
        (self.errors if severity == "error" else self.warnings).append(p)

    def formula_without_value(self, fld: Field) -> bool:
        if not self.row.formulas_without_value:
            return False
        col = self.cols.get(fld)
        return col is not None and col in self.row.formulas_without_value

    def parsed(
        self, fld: Field, parser: Callable[[CellValue], object], *, name: str, scale: int = 1
    ) -> object | None:
        """Run a parser on a mapped cell, recording its problem; None when unmapped/empty.

        ``name`` identifies the parser (with ``scale``) in the cache of parse results.
        """
        if self.formula_without_value(fld):
            self.problem(
                fld,
                "warning",
                f"{FIELD_LABELS[fld]}: cellen har en formel uten lagret resultat, så verdien kan "
                "ikke leses (åpne filen i Excel og lagre den på nytt). Feltet er tomt.",
                code="formula_without_value",
            )
            return None
        value = self.raw(fld)
        if value is None or (type(value) is str and not value.strip()):
            return None
        key = (name, type(value), value, scale)
        result = self.cache.get(key)
        if result is None:
            result = self.cache[key] = parser(value)
        message = getattr(result, "problem", None)
        if message:
            severity: Severity = getattr(result, "severity", "warning") or "warning"
            self.problem(fld, severity, f"{FIELD_LABELS[fld]}: {message}")
        return result


def _years(value: float | None) -> float | None:
    return None if value is None else float(value)


def read_line(
    row: SheetRow,
    mapping: ColumnMapping,
    headers: list[str | None],
    *,
    file: str,
    sheet: str | None,
    hidden: bool,
    cache: ParseCache | None = None,
) -> tuple[ParsedLine | None, list[Problem], list[Problem]]:
    """One data row to a line. Returns (line or None when dropped, warnings, errors)."""
    r = _RowReader(row, mapping, file, sheet, cache)
    description = r.text(Field.DESCRIPTION)
    details = r.text(Field.DETAILS)
    if not description and details:
        # Two text columns, and only the second one filled on this line: it says what is bought.
        r.problem(
            Field.DESCRIPTION,
            "warning",
            f"Beskrivelsen mangler; teksten i kolonnen «{mapping.columns[Field.DETAILS].header}» "
            "er brukt som beskrivelse.",
        )
        description, details = details, None
    if not description:
        r.problem(Field.DESCRIPTION, "error", "Raden mangler beskrivelse av hva som skal kjøpes.")
        return None, r.warnings, r.errors
    if len(description) > MAX_DESCRIPTION:
        r.problem(
            Field.DESCRIPTION,
            "warning",
            f"Beskrivelsen er {len(description)} tegn lang og er kortet ned til "
            f"{MAX_DESCRIPTION} tegn (hele teksten er tatt vare på som originalcelle).",
        )
        description = description[: MAX_DESCRIPTION - 1] + "…"
    line = ParsedLine(row_number=row.number, description=description, hidden=hidden)
    line.reference = r.text(Field.REFERENCE)
    line.details = details[:MAX_DESCRIPTION] if details else None
    for fld, attr in (
        (Field.CATEGORY, "category"),
        (Field.UNIT, "unit"),
        (Field.CONTACT, "contact"),
        (Field.PROCEDURE, "procedure"),
        (Field.COMMENTS, "comments"),
    ):
        text = r.text(fld)
        setattr(line, attr, text[:MAX_DESCRIPTION] if text else None)

    cpv = r.parsed(Field.CPV, parse_cpv, name="cpv")
    if cpv is not None:
        line.cpv = getattr(cpv, "code8", None)
        line.cpv_check_digit = getattr(cpv, "check_digit", None) if line.cpv else None
        line.cpv_written = r.text(Field.CPV)

    years = r.parsed(Field.CONTRACT_YEARS, parse_contract_years, name="years")
    if years is not None:
        line.contract_years = _years(getattr(years, "years", None))
        embedded_options = getattr(years, "option_years", None)
        if embedded_options is not None:
            line.option_years = float(embedded_options)
    options = r.parsed(Field.OPTION_YEARS, parse_options, name="options")
    if options is not None:
        opt = getattr(options, "option_years", None)
        if opt is not None:
            line.option_years = float(opt)
    if line.option_years is None and line.contract_years is not None:
        mapped_options = Field.OPTION_YEARS in r.cols
        if not mapped_options or r.text(Field.OPTION_YEARS) is None:
            line.option_years = 0.0

    _read_values(r, line, headers)
    _read_timing(r, line)

    if hidden:
        r.warnings.append(
            Problem(
                "warning",
                "Raden er skjult i regnearket, men er lest inn.",
                file=file,
                sheet=sheet,
                row=row.number,
                code="hidden_row",
            )
        )
    line.original_cells = _original_cells(r.texts, headers)
    if r.errors:
        return None, r.warnings, r.errors
    line.warnings = r.warnings
    return line, r.warnings, r.errors


def _value_of(r: _RowReader, fld: Field, headers: list[str | None]) -> int | None:
    col = r.cols.get(fld)
    if col is None:
        return None
    header = (headers[col] or "") if col < len(headers) else ""
    scale_key = ("scale", str, header, 0)
    scale = r.cache.get(scale_key)
    if scale is None:
        scale = r.cache[scale_key] = header_scale(header)
    assert isinstance(scale, int)
    parsed = r.parsed(fld, lambda v: parse_amount(v, scale=scale), name="amount", scale=scale)
    return None if parsed is None else getattr(parsed, "value", None)


def _read_values(r: _RowReader, line: ParsedLine, headers: list[str | None]) -> None:
    annual = _value_of(r, Field.ANNUAL_VALUE, headers)
    total = _value_of(r, Field.TOTAL_VALUE, headers)
    plain = _value_of(r, Field.VALUE, headers)
    if annual is None and total is None and plain is not None:
        annual = plain  # the file-level warning says how an unlabelled value was read
    basis = "annual" if total is None else "total" if annual is None else "both"
    values = complete_values(annual, total, basis, line.contract_years, line.option_years)
    if annual is not None or total is not None:
        line.value_basis = basis
    if values.unknown_duration and basis == "annual":
        _unknown_duration(r, "totalverdien er beregnet som 48 måneder (årsverdi × 4)")
    elif values.unknown_duration and basis == "total":
        _unknown_duration(r, "årsverdien er beregnet som totalverdi / 4 (48 måneder)")
    line.annual_value_nok = values.annual
    line.total_value_nok = values.total


class LineValues(NamedTuple):
    annual: int | None
    total: int | None
    #: The missing figure was derived over 48 months (the duration is unknown).
    unknown_duration: bool = False


def complete_values(
    annual: int | None,
    total: int | None,
    basis: str | None,
    contract_years: float | None,
    option_years: float | None,
) -> LineValues:
    """A line's annual and total value, the one the plan did not state derived from the one it
    did (``basis``: "annual", "total" or "both") over the whole period, options included
    (FOA § 5-4), or over 48 months when the duration is unknown. The same rule at import and
    when a user edits a value or the years, so that the stored total is always the plan value
    every document counts."""
    years = (contract_years or 0.0) + (option_years or 0.0)
    known = contract_years is not None and years > 0
    if basis == "annual" and annual is not None:
        return LineValues(
            annual, round(annual * (years if known else UNKNOWN_DURATION_YEARS)), not known
        )
    if basis == "total" and total is not None:
        return LineValues(
            round(total / (years if known else UNKNOWN_DURATION_YEARS)), total, not known
        )
    return LineValues(annual, total)


def _unknown_duration(r: _RowReader, what: str) -> None:
    """The contract period is unknown: said about its column, or about the missing column."""
    col = r.cols.get(Field.CONTRACT_YEARS)
    label = FIELD_LABELS[Field.CONTRACT_YEARS]
    if col is None:
        message = (
            f"Planen har ingen kolonne for «{label}», så avtaleperioden er ukjent: {what}. Har "
            "planen en slik kolonne, velg den i kolonnetilordningen (--map contract_years=…)."
        )
        code = "no_contract_years_column"
    else:
        message = f"Avtaleperioden er ikke oppgitt: {what}."
        code = "unknown_duration"
    r.warnings.append(
        Problem(
            "warning",
            message,
            file=r.file,
            sheet=r.sheet,
            row=r.row.number,
            column=column_letter(col) if col is not None else None,
            code=code,
        )
    )


def _read_timing(r: _RowReader, line: ParsedLine) -> None:
    for fld in DATE_FIELDS:
        parsed = r.parsed(fld, parse_period, name="period")
        period = None if parsed is None else getattr(parsed, "period", None)
        if period is None:
            continue
        if fld is Field.CURRENT_EXPIRY:
            line.current_expiry = period.end
        if line.period is None:
            line.period = period
            line.period_meaning = PERIOD_MEANING[fld]
            line.period_text = r.text(fld)


def _original_cells(texts: list[str | None], headers: list[str | None]) -> dict[str, str]:
    keys = _original_keys(tuple(headers), len(texts))
    return {keys[c]: text[:MAX_ORIGINAL_CELL] for c, text in enumerate(texts) if text is not None}


@lru_cache(maxsize=64)
def _original_keys(headers: tuple[str | None, ...], width: int) -> tuple[str, ...]:
    """The provenance key of each column: "D: Verdi pr. år", or "D" without a header."""
    keys = []
    for c in range(width):
        header = headers[c] if c < len(headers) else None
        keys.append(f"{column_letter(c)}: {header}" if header else column_letter(c))
    return tuple(keys)


def read_plan(layout: PlanLayout, *, file: str) -> PlanReadResult:
    """Read every row of a plan layout into lines, errors and skipped rows."""
    sheet = layout.sheet.name
    result = PlanReadResult()
    result.warnings.extend(_mapping_warnings(layout, file))
    hidden_rows = layout.sheet.hidden_rows
    cache: ParseCache = {}
    for classified in layout.rows:
        row = classified.row
        if classified.kind is RowKind.DATA and classified.header is not None:
            header = classified.header
            line, _warnings, errors = read_line(
                row,
                header.mapping,
                header.texts,
                file=file,
                sheet=sheet,
                hidden=row.number in hidden_rows,
                cache=cache,
            )
            if line is None:
                result.errors.extend(errors)
                if not errors:
                    result.errors.append(
                        Problem(
                            "error",
                            "Raden kunne ikke leses.",
                            file=file,
                            sheet=sheet,
                            row=row.number,
                        )
                    )
            else:
                result.lines.append(line)
            continue
        if classified.kind is RowKind.HEADER:
            continue
        texts = [t for t in (cell_text(v) for v in row.values) if t]
        result.skipped.append(
            SkippedRow(row.number, SKIP_REASONS[classified.kind], quote_value(" | ".join(texts)))
        )
    return result


def _mapping_warnings(layout: PlanLayout, file: str) -> list[Problem]:
    """File-level warnings about the mapping: unlabelled values, hidden columns, no value."""
    out: list[Problem] = []
    sheet = layout.sheet.name
    for header in layout.headers:
        m = header.mapping
        plain = m.columns.get(Field.VALUE)
        if plain is not None:
            out.append(
                Problem(
                    "warning",
                    f"Kolonnen «{plain.header}» sier ikke om verdien gjelder pr. år eller hele "
                    "perioden; den er lest som verdi pr. år. Rett det i kolonnetilordningen om "
                    "det er feil.",
                    file=file,
                    sheet=sheet,
                    row=header.last_row,
                    column=column_letter(plain.column),
                )
            )
        for fld, a in m.columns.items():
            if a.column + 1 in layout.sheet.hidden_cols:
                out.append(
                    Problem(
                        "warning",
                        f"Kolonnen «{a.header}» ({FIELD_LABELS[fld]}) er skjult i regnearket, "
                        "men er lest inn.",
                        file=file,
                        sheet=sheet,
                        row=header.last_row,
                        column=column_letter(a.column),
                    )
                )
    return out
