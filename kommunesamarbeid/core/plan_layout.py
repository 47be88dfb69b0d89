"""Finding the plan inside a sheet: the header row(s), the data rows, and what to skip.

Real plans put a logo and title rows above the header, split the header over two rows with
merged cells, interleave section headings and blank rows, end with a "Sum" row and notes, and
sometimes hold a second table further down. This module classifies every non-empty row, so
that each one is either a plan line or listed with the reason it was skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kommunesamarbeid.core.columns import ColumnMapping, Field, map_columns, normalise_header
from kommunesamarbeid.core.sheet import CellValue, SheetGrid, SheetRow

#: How far down a sheet the first header is looked for (non-empty rows).
HEADER_SEARCH_ROWS = 60
#: A header needs at least this many recognised columns, the description among them.
MIN_HEADER_FIELDS = 3
#: Merged ranges larger than this many cells are not filled (whole-column formatting merges).
MAX_FILL_CELLS = 20_000


class RowKind(StrEnum):
    DATA = "data"
    HEADER = "header"
    TITLE = "title"
    SECTION = "section"
    SUM = "sum"
    NOTE = "note"
    NO_DESCRIPTION = "no_description"


#: Why a row was not imported, as the user reads it.
SKIP_REASONS: dict[RowKind, str] = {
    RowKind.HEADER: "Overskriftsrad",
    RowKind.TITLE: "Tittelrad over tabellen",
    RowKind.SECTION: "Seksjonsoverskrift",
    RowKind.SUM: "Sumrad",
    RowKind.NOTE: "Merknad/fotnote under tabellen",
    RowKind.NO_DESCRIPTION: "Raden har verken beskrivelse eller andre opplysninger om en anskaffelse",
}

_SUM_RE = re.compile(r"^(sum|summer|totalt?|i alt|samlet|totalsum|sum totalt)(\s.*)?$")
_NOTE_RE = re.compile(r"^(\*|nb\b|merk\b|note\b|kilde\b|forklaring\b|obs\b|fotnote\b|\(\*)")


@dataclass(slots=True)
class Header:
    """A recognised header: one row, or two rows read together."""

    row_numbers: tuple[int, ...]
    texts: list[str | None]
    mapping: ColumnMapping

    @property
    def last_row(self) -> int:
        return self.row_numbers[-1]

    @property
    def score(self) -> float:
        return self.mapping.score()


@dataclass(slots=True)
class ClassifiedRow:
    row: SheetRow
    kind: RowKind
    #: The header in force for this row (the table it belongs to).
    header: Header | None


@dataclass(slots=True)
class PlanLayout:
    """A sheet read as a plan: its headers and every non-empty row classified."""

    sheet: SheetGrid
    headers: list[Header]
    rows: list[ClassifiedRow] = field(default_factory=list)

    @property
    def header(self) -> Header:
        return self.headers[0]

    def data_rows(self) -> list[ClassifiedRow]:
        return [r for r in self.rows if r.kind is RowKind.DATA]

    def score(self) -> float:
        """How likely this sheet holds the plan: header quality and number of lines."""
        return self.header.score * 10 + len(self.data_rows())


def _text(value: CellValue) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        stripped = " ".join(value.split())
        return stripped or None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def fill_merged(grid: SheetGrid) -> list[SheetRow]:
    """The rows with each merged block's top-left value copied into all its cells."""
    fills: dict[tuple[int, int], CellValue] = {}
    by_number = {r.number: r for r in grid.rows}
    for rng in grid.merged:
        area = (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1)
        if area <= 1 or area > MAX_FILL_CELLS:
            continue
        top = by_number.get(rng.min_row)
        value = top.get(rng.min_col - 1) if top else None
        if _is_blank(value):
            continue
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    fills[(r, c - 1)] = value
    if not fills:
        return grid.rows
    out: list[SheetRow] = []
    for row in grid.rows:
        values = list(row.values)
        for (r, c), v in fills.items():
            if r != row.number:
                continue
            while len(values) <= c:
                values.append(None)
            if _is_blank(values[c]):
                values[c] = v
        out.append(SheetRow(row.number, values, row.formulas_without_value))
    return out


def _merge_origin(grid: SheetGrid) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, 0-based col) -> the top-left cell of its merged block, for filled cells."""
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for rng in grid.merged:
        area = (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1)
        if area <= 1 or area > MAX_FILL_CELLS:
            continue
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                origin[(r, c - 1)] = (rng.min_row, rng.min_col - 1)
    return origin


def _header_texts(row: SheetRow) -> list[str | None]:
    return [v if isinstance(v, str) else None for v in (_text(x) for x in row.values)]


_DATA_LIKE_RE = re.compile(r"^[\s\d.,:/'\-–+kr]*\d[\s\d.,:/'\-–+kr,]*$|^\d{4}\s*[-/]?\s*\d+$")


def _data_like(value: CellValue) -> bool:
    """A cell that holds data rather than a column name: a number, a date, digits as text."""
    if _is_blank(value) or isinstance(value, bool):
        return False
    if not isinstance(value, str):
        return True
    return bool(_DATA_LIKE_RE.match(value.strip().lower()))


def _looks_like_header_row(row: SheetRow) -> bool:
    """Header rows hold column names: at most one cell looks like data (amount, date, code)."""
    return sum(1 for v in row.values if _data_like(v)) <= 1


def _candidate(rows: Sequence[SheetRow]) -> Header:
    if len(rows) == 1:
        texts = _header_texts(rows[0])
    else:
        upper, lower = _header_texts(rows[0]), _header_texts(rows[1])
        width = max(len(upper), len(lower))
        texts = []
        for c in range(width):
            parts = [t for t in (_at(upper, c), _at(lower, c)) if t]
            # A merged header repeated in both rows is said once.
            if len(parts) == 2 and normalise_header(parts[0]) == normalise_header(parts[1]):
                parts = parts[:1]
            texts.append(" ".join(parts) if parts else None)
    return Header(tuple(r.number for r in rows), texts, map_columns(texts))


def _at(items: Sequence[str | None], i: int) -> str | None:
    return items[i] if i < len(items) else None


def _acceptable(header: Header) -> bool:
    m = header.mapping
    return Field.DESCRIPTION in m.columns and m.recognised_count() >= MIN_HEADER_FIELDS


def find_header(
    rows: Sequence[SheetRow], start: int = 0, limit: int = HEADER_SEARCH_ROWS
) -> tuple[int, Header] | None:
    """The best header among rows[start:start+limit]: (index of its last row, header)."""
    best: tuple[int, Header] | None = None
    end = min(len(rows), start + limit)
    for i in range(start, end):
        row = rows[i]
        if not _looks_like_header_row(row):
            continue
        single = _candidate([row])
        options = [(i, single)]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and nxt.number == row.number + 1 and _looks_like_header_row(nxt):
            pair = _candidate([row, nxt])
            below = _candidate([nxt])
            if pair.score > max(single.score, below.score) + 0.3:
                options.append((i + 1, pair))
        for idx, cand in options:
            if not _acceptable(cand):
                continue
            if best is None or cand.score > best[1].score + 1e-9:
                best = (idx, cand)
    return best


def _nonempty_cells(row: SheetRow, origin: dict[tuple[int, int], tuple[int, int]]) -> list[int]:
    """0-based columns with content, counting each merged block once."""
    seen: set[tuple[int, int]] = set()
    cols: list[int] = []
    for c, v in enumerate(row.values):
        if _is_blank(v):
            continue
        key = origin.get((row.number, c), (row.number, c))
        if key in seen:
            continue
        seen.add(key)
        cols.append(c)
    return cols


def _is_sum_row(row: SheetRow, header: Header) -> bool:
    desc = header.mapping.column_of(Field.DESCRIPTION)
    ref = header.mapping.column_of(Field.REFERENCE)
    looked = [c for c in (ref, desc, 0, 1) if c is not None]
    for c in looked:
        text = _text(row.get(c))
        if text and isinstance(row.get(c), str) and _SUM_RE.match(normalise_header(text)):
            return True
    return False


def classify_row(
    row: SheetRow, header: Header, origin: dict[tuple[int, int], tuple[int, int]]
) -> RowKind:
    """What a row below the header is."""
    cells = _nonempty_cells(row, origin)
    if _is_sum_row(row, header):
        return RowKind.SUM
    desc_col = header.mapping.column_of(Field.DESCRIPTION)
    if len(cells) == 1:
        value = row.get(cells[0])
        text = _text(value) or ""
        if _NOTE_RE.match(text.lower()):
            return RowKind.NOTE
        if cells[0] != desc_col:
            if isinstance(value, str):
                return RowKind.NOTE if len(text) > 80 else RowKind.SECTION
            return RowKind.NO_DESCRIPTION
        if isinstance(value, str) and len(text) > 120:
            return RowKind.NOTE
        # A lone short text in the description column, with nothing else, is a heading.
        return RowKind.SECTION
    if desc_col is not None and _is_blank(row.get(desc_col)):
        # A merged heading spanning the row fills several cells with the same text.
        texts = {_text(row.get(c)) for c in cells}
        if len(texts) == 1 and isinstance(row.get(cells[0]), str):
            return RowKind.SECTION
        return RowKind.NO_DESCRIPTION
    return RowKind.DATA


def _is_repeated_header(row: SheetRow, header: Header) -> Header | None:
    if not _looks_like_header_row(row):
        return None
    cand = _candidate([row])
    if _acceptable(cand) and cand.score >= 0.6 * header.score:
        return cand
    return None


def analyse_sheet(grid: SheetGrid) -> PlanLayout | None:
    """Find the plan in one sheet, or None when no header is recognised."""
    rows = fill_merged(grid)
    found = find_header(rows)
    if found is None:
        return None
    idx, header = found
    origin = _merge_origin(grid)
    layout = PlanLayout(sheet=grid, headers=[header])
    header_rows = set(header.row_numbers)
    for i, row in enumerate(rows):
        if i <= idx:
            kind = RowKind.HEADER if row.number in header_rows else RowKind.TITLE
            layout.rows.append(ClassifiedRow(row, kind, None if kind is RowKind.TITLE else header))
            continue
        again = _is_repeated_header(row, header)
        if again is not None:
            # A second table further down: its own header (maybe other columns) from here on.
            header = again
            layout.headers.append(header)
            layout.rows.append(ClassifiedRow(row, RowKind.HEADER, header))
            continue
        layout.rows.append(ClassifiedRow(row, classify_row(row, header, origin), header))
    return layout


def choose_plan_sheet(layouts: Sequence[PlanLayout]) -> PlanLayout | None:
    """The sheet that holds the plan: visible sheets first, then the best score."""
    if not layouts:
        return None
    return max(layouts, key=lambda lay: (lay.sheet.state == "visible", lay.score()))
