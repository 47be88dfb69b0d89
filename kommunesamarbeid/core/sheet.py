"""A spreadsheet sheet as plain data: what the file readers hand to the plan-finding logic.

The readers in ``kommunesamarbeid.fileio`` turn an .xlsx/.xlsm/.csv file into ``SheetGrid``
objects; everything after that (finding the header, mapping columns, parsing values) works on
these plain objects only, so it is testable without files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: A cell's value as stored: cached formula results for formula cells, dates already converted.
CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | None


@dataclass(frozen=True, slots=True)
class MergedRange:
    """A merged block, 1-based and inclusive, as Excel shows it (e.g. A1:C4)."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    def contains(self, row: int, col: int) -> bool:
        return self.min_row <= row <= self.max_row and self.min_col <= col <= self.max_col


@dataclass(slots=True)
class SheetRow:
    """One non-empty row: its 1-based row number and values by 0-based column index."""

    number: int
    values: list[CellValue]
    #: 0-based column indexes of formula cells that have no cached result (never read as 0).
    formulas_without_value: frozenset[int] = frozenset()

    def get(self, col: int) -> CellValue:
        return self.values[col] if 0 <= col < len(self.values) else None


@dataclass(slots=True)
class SheetGrid:
    """The non-empty rows of one sheet (or of a CSV file, then ``name`` is None)."""

    name: str | None
    rows: list[SheetRow]
    merged: list[MergedRange] = field(default_factory=list)
    #: 1-based row numbers of hidden rows.
    hidden_rows: frozenset[int] = frozenset()
    #: 1-based column numbers of hidden columns.
    hidden_cols: frozenset[int] = frozenset()
    #: Sheet state in the workbook: "visible", "hidden" or "veryHidden".
    state: str = "visible"
    #: Notes from the reader about the whole sheet (hidden, damaged), in Norwegian, for the user.
    notes: list[str] = field(default_factory=list)
    #: Notes about cells and rows anywhere in the sheet (formulas without a stored result,
    #: hidden rows). An import does not repeat them: each row it keeps has its own warning.
    row_notes: list[str] = field(default_factory=list)

    @property
    def max_cols(self) -> int:
        return max((len(r.values) for r in self.rows), default=0)


@dataclass(slots=True)
class Workbook:
    """A whole file: its sheets in order, plus what is needed for provenance."""

    file_name: str
    sha256: str
    sheets: list[SheetGrid]
    #: "xlsx", "xlsm" or "csv".
    kind: str
    #: For CSV: the detected encoding and delimiter, for the import report.
    csv_encoding: str | None = None
    csv_delimiter: str | None = None


def column_letter(col_index0: int) -> str:
    """0-based column index to Excel letters (0 -> A, 26 -> AA)."""
    n = col_index0 + 1
    letters = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
