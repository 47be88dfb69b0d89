"""Reading .xlsx/.xlsm workbooks into plain ``SheetGrid`` data, one streaming pass per sheet.

openpyxl (pinned at 3.1.5) does the workbook-level work: the package manifest, shared strings,
the workbook part (sheet names, states, the 1900/1904 epoch) and the stylesheet (which styles are
dates). We run those steps of ``openpyxl.load_workbook(read_only=True, data_only=True)`` through
its ``ExcelReader`` directly, leaving out ``read_worksheets``: that step would open every sheet
once more to probe its ``<dimension>`` (a full extra pass when a sheet has none).

Each sheet is then parsed once by ``GridSheetParser``, a subclass of openpyxl's internal
``WorkSheetParser``, which in the same pass collects the cell values, hidden columns, hidden rows
and merged ranges. Cells are placed by their own references, so a sheet that declares
A1:XFD1048576 or holds one styled row at 1,048,576 costs only the XML it really contains.

Safety: the zip is checked for bombs before openpyxl sees it (``sniff.open_zip``); every XML part
is parsed with defusedxml (openpyxl uses it when installed; the sheet parser calls it directly
with DTDs forbidden), so entity expansion ("billion laughs") is refused at once.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Collection, Generator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, Final, TypeVar
from xml.etree.ElementTree import ParseError

import openpyxl.xml
from defusedxml.common import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import (  # type: ignore[import-untyped]
    iterparse as defused_iterparse,
)
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._reader import (
    CELL_TAG,
    COL_TAG,
    FORMULA_TAG,
    INLINE_STRING,
    MERGE_TAG,
    ROW_TAG,
    VALUE_TAG,
    WorkSheetParser,
)
from openpyxl.xml.constants import SHEET_MAIN_NS

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.sheet import (
    CellValue,
    MergedRange,
    SheetGrid,
    SheetRow,
    Workbook,
    column_letter,
)
from kommunesamarbeid.fileio import sniff
from kommunesamarbeid.fileio.sniff import (
    MSG_DAMAGED,
    SAVE_AS_XLSX,
    FileKind,
    open_zip,
    refusal,
    too_many_cells,
)

MAX_ROW: Final = 1_048_576
MAX_COLUMN: Final = 16_384
MAX_CELLS: Final = sniff.MAX_CELLS

_T = TypeVar("_T")

_TEXT_TAG: Final = f"{{{SHEET_MAIN_NS}}}t"
_RUN_TAG: Final = f"{{{SHEET_MAIN_NS}}}r"
_MERGE_CELL_TAG: Final = f"{{{SHEET_MAIN_NS}}}mergeCell"
_TRUE: Final = frozenset({"1", "true"})
#: Cell types whose empty cached value <v></v> is a real (empty text) result.
_TEXT_TYPES: Final = frozenset({"str", "s", "inlineStr"})

MSG_XML_FORBIDDEN: Final = (
    "Filen er avvist av sikkerhetshensyn: den inneholder XML-konstruksjoner (DTD eller "
    "entiteter) som Excel aldri lager, og som kan brukes til å lamme programmet. Åpne filen i "
    f"Excel, velg {SAVE_AS_XLSX}, og prøv igjen."
)
MSG_UNREADABLE: Final = (
    "Arbeidsboken kan ikke leses: den er skadet eller inneholder noe som ikke er gyldig Excel. "
    f"Åpne den i Excel, velg {SAVE_AS_XLSX}, og prøv igjen."
)
MSG_NO_DEFUSEDXML: Final = (
    "Excel-filer kan ikke leses trygt fordi programpakken defusedxml mangler i installasjonen. "
    "Installer programmet på nytt."
)
MSG_MEMORY: Final = (
    "Filen er for stor til å leses (det er ikke nok minne). En anskaffelsesplan er vanligvis "
    "langt mindre; fjern overflødige ark og rader og prøv igjen."
)


class DamagedSheetError(ValueError):
    """A sheet's XML breaks the format's rules; the message is Norwegian detail for the user."""


def _row_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        as_float = float(text)  # "5.0" is written by some tools; anything else is damage
        if not as_float.is_integer():
            raise DamagedSheetError(f"ugyldig radnummer «{text}»") from None
        number = int(as_float)
    if not 1 <= number <= MAX_ROW:
        raise DamagedSheetError(f"radnummer {number} er utenfor Excels grenser")
    return number


def _number(text: str) -> int | float | str:
    try:
        if "." in text or "E" in text or "e" in text:
            return float(text)
        return int(text)
    except ValueError:
        return text


#: An empty row element with its own row number: ``<row r="17" s="3" customFormat="1"/>`` (or
#: ``<row r="17" …></row>``). Excel writes one for every row that is only formatted, so a sheet
#: whose rows were formatted "to the bottom" holds a million of them.
_EMPTY_ROW_RE: Final = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?row\s[^<>]*?\br="\d+"[^<>]*?(?:/>|>\s*</(?:[A-Za-z_][\w.-]*:)?row>)'
)
_CHUNK: Final = 1 << 16


def _without_empty_rows(block: bytes) -> bytes:
    """The block without its empty, numbered rows; a block of nothing else (the common case
    deep in a formatted sheet) is recognised by counting, without the regular expression."""
    tags = block.count(b"<")
    if tags and tags == block.count(b"<row ") == block.count(b"/>") == block.count(b' r="'):
        return b""
    return _EMPTY_ROW_RE.sub(b"", block)


class EmptyRowFilter(io.RawIOBase):
    """A sheet part's bytes without its empty, numbered row elements.

    Rows that hold no cell carry nothing a plan needs (a formatted row is not content), and
    leaving them out before the XML parser sees them makes a sheet formatted down to row
    1,048,576 cost what its real rows cost. Only complete elements are matched: a chunk is cut
    before its last opening tag (a "<" can never lie inside a tag, and an empty element ends
    before the next opening tag). The result is parsed with defusedxml as before, so nothing here weakens the
    XML checks.
    """

    def __init__(self, source: IO[bytes]) -> None:
        super().__init__()
        self._source = source
        self._pending = b""
        self._ready = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self._ready and not self._done:
            chunk = self._source.read(_CHUNK)
            if not chunk:
                self._done = True
                self._ready, self._pending = _without_empty_rows(self._pending), b""
                return
            data = self._pending + chunk
            cut = data.rfind(b"<")
            while cut > 0 and data[cut + 1 : cut + 2] in (b"/", b""):
                cut = data.rfind(b"<", 0, cut)  # cut before an opening tag only
            if cut <= 0:
                self._pending = data
                continue
            self._ready, self._pending = _without_empty_rows(data[:cut]), data[cut:]

    def readinto(self, buffer: Any) -> int:
        self._fill()
        size = min(len(buffer), len(self._ready))
        buffer[:size] = self._ready[:size]
        self._ready = self._ready[size:]
        return size


class GridSheetParser(WorkSheetParser):
    """openpyxl's sheet parser, narrowed to what a ``SheetGrid`` needs, in one streaming pass.

    ``parse()`` yields ``(row_number, cells)`` for each ``<row>``; meanwhile it records hidden
    columns (``<col hidden>``), whether the current row is hidden, and the merged ranges.
    ``parse_cell`` follows data_only semantics (cached results of formulas, dates converted via
    the workbook's date styles) and marks formula cells that have no cached result.
    """

    def __init__(
        self,
        src: IO[bytes],
        shared_strings: list[str],
        *,
        epoch: datetime,
        date_formats: Collection[int],
        timedelta_formats: Collection[int],
    ) -> None:
        super().__init__(
            src,
            shared_strings,
            data_only=True,
            epoch=epoch,
            date_formats=date_formats,
            timedelta_formats=timedelta_formats,
        )
        self.strings: list[str] = shared_strings
        self.hidden_cols: set[int] = set()
        self.merged: list[MergedRange] = []
        self.row_hidden = False
        # Style ids as the XML writes them, so the per-cell test needs no int().
        self._date_styles = {str(s) for s in date_formats}
        self._timedelta_styles = {str(s) for s in timedelta_formats}
        self._columns: dict[str, int] = {}
        self._rows_seen = 0

    def parse(self) -> Generator[tuple[int, list[dict[str, Any]]], None, None]:
        for _event, element in defused_iterparse(self.source, forbid_dtd=True):
            tag = element.tag
            if tag == ROW_TAG:
                yield self.parse_row(element)
                element.clear()
            elif tag == COL_TAG:
                self.parse_column_dimensions(element)
                element.clear()
            elif tag == MERGE_TAG:
                self._parse_merge_cells(element)
                element.clear()

    def parse_row(self, row: Any) -> tuple[int, list[dict[str, Any]]]:
        number = row.get("r")
        self.row_counter = _row_number(number) if number is not None else self.row_counter + 1
        self._rows_seen += 1  # also bounds the (cleared) row elements the XML tree keeps
        if self.row_counter > MAX_ROW or self._rows_seen > MAX_ROW:
            raise DamagedSheetError("flere rader enn Excel tillater")
        self.col_counter = 0
        self.row_hidden = row.get("hidden") in _TRUE
        return self.row_counter, [self.parse_cell(el) for el in row if el.tag == CELL_TAG]

    def parse_cell(self, element: Any) -> dict[str, Any]:
        data_type: str = element.get("t", "n")
        reference: str | None = element.get("r")
        if reference:
            column = self._column_of(reference)
        else:
            column = self.col_counter + 1
            if column > MAX_COLUMN:
                raise DamagedSheetError("flere kolonner enn Excel tillater")
        self.col_counter = column

        value_element = formula_element = inline_element = None
        for child in element:
            child_tag = child.tag
            if child_tag == VALUE_TAG:
                value_element = child
            elif child_tag == FORMULA_TAG:
                formula_element = child
            elif child_tag == INLINE_STRING:
                inline_element = child
        text: str | None = value_element.text if value_element is not None else None

        value: CellValue = None
        if data_type == "inlineStr":
            value = _inline_text(inline_element) if inline_element is not None else None
        elif text:
            if data_type == "n":
                value = _number(text)
                style = element.get("s")
                if style in self._date_styles and not isinstance(value, str):
                    if style in self._timedelta_styles:
                        pass  # a duration ([h]:mm): kept as the number of days
                    else:
                        with suppress(OverflowError, ValueError):  # out of range: a number
                            value = from_excel(value, self.epoch)
            elif data_type == "s":
                try:
                    value = self.strings[int(text)]
                except (ValueError, IndexError):
                    raise DamagedSheetError(
                        f"celle {reference or column_letter(column - 1)} viser til en "
                        f"delt tekst som ikke finnes ({text})"
                    ) from None
            elif data_type == "b":
                value = text.strip() in _TRUE
            elif data_type == "d":
                try:
                    value = from_ISO8601(text)  # type: ignore[no-untyped-call]
                except ValueError:
                    value = text
            else:  # "str" (formula text result), "e" (error such as #REF!), unknown types
                value = text

        # A formula whose <v> is missing, or empty where the type is not text (openpyxl and
        # other writers leave <v/> when nothing was calculated): the result is unknown.
        without_value = (
            formula_element is not None
            and value is None
            and (value_element is None or (not text and data_type not in _TEXT_TYPES))
        )
        return {
            "row": self.row_counter,
            "column": column,
            "value": value,
            "data_type": data_type,
            "formula_without_value": without_value,
        }

    def parse_column_dimensions(self, col: Any) -> None:
        if col.get("hidden") not in _TRUE:
            return
        try:
            low = int(col.get("min", "0"))
            high = int(col.get("max", str(low)))
        except ValueError:
            return
        self.hidden_cols.update(range(max(low, 1), min(high, MAX_COLUMN) + 1))

    def _parse_merge_cells(self, element: Any) -> None:
        for child in element:
            if child.tag != _MERGE_CELL_TAG:
                continue
            try:
                min_col, min_row, max_col, max_row = range_boundaries(child.get("ref", ""))
            except (ValueError, TypeError):
                continue
            if min_col is None or min_row is None or max_col is None or max_row is None:
                continue  # whole rows or columns: not a merge Excel writes
            if (min_row, min_col) != (max_row, max_col):
                self.merged.append(MergedRange(min_row, min_col, max_row, max_col))

    def _column_of(self, reference: str) -> int:
        letters = reference.rstrip("0123456789")
        column = self._columns.get(letters)
        if column is None:
            if not letters or len(letters) > 3 or not letters.isalpha() or not letters.isascii():
                raise DamagedSheetError(f"ugyldig cellereferanse «{reference[:20]}»")
            column = column_index_from_string(letters.upper())
            if column > MAX_COLUMN:
                raise DamagedSheetError(f"cellereferanse «{reference[:20]}» er utenfor Excel")
            self._columns[letters] = column
        return column


def _style_ids(book: object, attribute: str) -> set[int]:
    """Style ids openpyxl's stylesheet marked as dates or durations (private attributes)."""
    styles = getattr(book, attribute, None)
    return {int(s) for s in styles} if styles else set()


def _inline_text(element: Any) -> str:
    """The plain text of an inline string: its <t>, or the <t> of each rich-text run."""
    parts: list[str] = []
    for node in element:
        if node.tag == _TEXT_TAG:
            parts.append(node.text or "")
        elif node.tag == _RUN_TAG:
            run_text = node.find(_TEXT_TAG)
            if run_text is not None:
                parts.append(run_text.text or "")
    return "".join(parts)


@dataclass(slots=True)
class _CellBudget:
    used: int = 0
    limit: int = MAX_CELLS


@dataclass(slots=True)
class _SheetSource:
    name: str
    state: str
    path: str | None
    notes: list[str] = field(default_factory=list)


def read_xlsx(
    data: bytes, file_name: str, *, kind: FileKind, sha256: str, max_rows: int
) -> Workbook:
    """Read an Excel package (already identified as xlsx/xlsm) into a ``Workbook``."""
    return _guarded(file_name, lambda: _read_xlsx(data, file_name, kind, sha256, max_rows))


def xlsx_sheet_names(data: bytes, file_name: str) -> list[str]:
    """Sheet names in workbook order, reading only the workbook part (no sheets, no strings)."""

    def run() -> list[str]:
        open_zip(data, file_name).close()
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        try:
            reader.read_manifest()
            reader.read_workbook()
            return [source.name for source in _sheet_sources(reader)]
        finally:
            reader.archive.close()

    return _guarded(file_name, run)


def _guarded(file_name: str, run: Callable[[], _T]) -> _T:
    """Run a reading step; every failure becomes a Norwegian refusal naming the file."""
    if not openpyxl.xml.DEFUSEDXML:
        raise refusal(MSG_NO_DEFUSEDXML, file_name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions etc.
            return run()
    except RefusedInputError:
        raise
    except MemoryError:
        raise refusal(MSG_MEMORY, file_name) from None
    except RecursionError as exc:
        raise refusal(MSG_UNREADABLE, file_name, exc) from None
    except Exception as exc:
        if _caused_by(exc, DefusedXmlException):
            raise refusal(MSG_XML_FORBIDDEN, file_name) from exc
        if _caused_by(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
            raise refusal(MSG_DAMAGED, file_name, exc) from exc
        if _caused_by(exc, ParseError):
            raise refusal(MSG_UNREADABLE, file_name, _root(exc, ParseError)) from exc
        raise refusal(MSG_UNREADABLE, file_name, exc) from exc


def _caused_by(
    exc: BaseException, kinds: type[BaseException] | tuple[type[BaseException], ...]
) -> bool:
    return _root(exc, kinds) is not None


def _root(
    exc: BaseException, kinds: type[BaseException] | tuple[type[BaseException], ...]
) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _sheet_sources(reader: ExcelReader) -> list[_SheetSource]:
    sources: list[_SheetSource] = []
    for sheet, rel in reader.parser.find_sheets():
        if "chartsheet" in (rel.Type or ""):
            continue  # a chart only, no cells
        state = str(sheet.state or "visible")
        target = rel.target
        if target in reader.valid_files:
            sources.append(_SheetSource(str(sheet.name), state, target))
        else:
            note = (
                "Arket finnes i arbeidsboken, men innholdet mangler i filen (filen kan være "
                "skadet)."
            )
            sources.append(_SheetSource(str(sheet.name), state, None, [note]))
    return sources


def _read_xlsx(data: bytes, file_name: str, kind: FileKind, sha256: str, max_rows: int) -> Workbook:
    open_zip(data, file_name).close()  # zip-bomb checks before openpyxl opens anything
    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        book = reader.wb
        budget = _CellBudget(limit=MAX_CELLS)  # looked up per call (tests lower it)
        sheets: list[SheetGrid] = []
        for source in _sheet_sources(reader):
            if source.path is None:
                sheets.append(SheetGrid(source.name, [], state=source.state, notes=source.notes))
                continue
            try:
                with reader.archive.open(source.path) as stream:
                    parser = GridSheetParser(
                        io.BufferedReader(EmptyRowFilter(stream), _CHUNK),
                        reader.shared_strings,
                        epoch=book.epoch,
                        date_formats=_style_ids(book, "_date_formats"),
                        timedelta_formats=_style_ids(book, "_timedelta_formats"),
                    )
                    grid = _collect(parser, source, file_name, max_rows, budget)
            except DamagedSheetError as exc:
                raise refusal(
                    f"Arket «{source.name}» er skadet ({exc}) og kan ikke leses. Åpne filen i "
                    f"Excel, velg {SAVE_AS_XLSX}, og prøv igjen.",
                    file_name,
                    sheet=source.name,
                ) from exc
            sheets.append(grid)
        return Workbook(file_name=file_name, sha256=sha256, sheets=sheets, kind=kind)
    finally:
        reader.archive.close()


def _collect(
    parser: GridSheetParser,
    source: _SheetSource,
    file_name: str,
    max_rows: int,
    budget: _CellBudget,
) -> SheetGrid:
    rows: list[SheetRow] = []
    hidden_rows: list[int] = []
    missing_count = 0
    first_missing = ""
    for number, cells in parser.parse():
        values: list[CellValue] = []
        flagged: list[int] | None = None
        for cell in cells:
            index = cell["column"] - 1
            if cell["formula_without_value"]:
                if flagged is None:
                    flagged = []
                flagged.append(index)
                missing_count += 1
                if not first_missing:
                    first_missing = f"{column_letter(index)}{number}"
            value = cell["value"]
            if value is None or value == "":
                continue
            if index >= len(values):
                values.extend([None] * (index + 1 - len(values)))
            values[index] = value
        if not values:
            continue  # an empty row (also one holding only formulas without a result)
        if flagged:
            needed = max(flagged) + 1
            if needed > len(values):
                values.extend([None] * (needed - len(values)))
        budget.used += len(values)
        if budget.used > budget.limit:
            raise too_many_cells(file_name, budget.limit, sheet=source.name)
        rows.append(SheetRow(number, values, frozenset(flagged) if flagged else frozenset()))
        if parser.row_hidden:
            hidden_rows.append(number)
        if len(rows) > max_rows:
            raise refusal(
                f"Arket «{source.name}» har mer enn {_count(max_rows)} rader med innhold, og det "
                "er for mye for en anskaffelsesplan. Fjern overflødige rader eller del opp filen.",
                file_name,
                sheet=source.name,
            )
    grid = SheetGrid(
        source.name,
        rows,
        merged=parser.merged,
        hidden_rows=frozenset(hidden_rows),
        hidden_cols=frozenset(parser.hidden_cols),
        state=source.state,
        notes=list(source.notes),
    )
    _add_notes(grid, missing_count, first_missing)
    return grid


def _add_notes(grid: SheetGrid, missing_count: int, first_missing: str) -> None:
    if grid.state == "hidden":
        grid.notes.append("Arket er skjult i arbeidsboken.")
    elif grid.state == "veryHidden":
        grid.notes.append(
            "Arket er «svært skjult» (veryHidden) i arbeidsboken og vises ikke i Excel."
        )
    if missing_count:
        cells = "formelcelle" if missing_count == 1 else "formelceller"
        grid.row_notes.append(
            f"{missing_count} {cells} har ikke lagret resultat (første: {first_missing}). "
            "Verdien er ukjent (ikke 0) fordi filen ikke er beregnet og lagret i Excel. Åpne "
            "filen i Excel, lagre den, og importer den på nytt om verdien trengs."
        )
    width = grid.max_cols
    hidden_with_data = sorted(c for c in grid.hidden_cols if c <= width)
    if hidden_with_data:
        letters = ", ".join(column_letter(c - 1) for c in hidden_with_data[:20])
        more = " …" if len(hidden_with_data) > 20 else ""
        grid.notes.append(f"Skjulte kolonner i området med innhold: {letters}{more}.")
    if grid.hidden_rows:
        grid.row_notes.append(f"{len(grid.hidden_rows)} skjulte rader har innhold.")


def _count(number: int) -> str:
    return f"{number:,}".replace(",", " ")
