"""Finding the plan inside a sheet: the header row(s), the data rows, and what to skip.

Real plans put a logo and title rows above the header, split the header over two rows with
merged cells, interleave section headings and blank rows, end with a "Sum" row and notes, and
sometimes hold a second table further down. This module classifies every non-empty row, so
that each one is either a plan line, or listed with the reason it was skipped; only the header
rows themselves are neither.

It also holds the limits that refuse a sheet outright (``check_plan_limits``): cells longer than
Excel allows and content in Excel's very last row. A wide table is not refused: only the mapped
columns are read, and the readers stream only the cells that are really there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kommunesamarbeid.core.columns import (
    MAX_HEADER_CHARS,
    ColumnAssignment,
    ColumnMapping,
    Field,
    clean_header_text,
    has_header_word,
    map_columns,
    normalise_header,
)
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.sheet import CellValue, SheetGrid, SheetRow, column_letter

#: How far down a sheet the first header is looked for (non-empty rows).
HEADER_SEARCH_ROWS = 60
#: A header needs at least this many recognised columns, the description among them.
MIN_HEADER_FIELDS = 3
#: An earlier header is preferred to a better one further down when it scores at least this
#: share of the best: the first table of a sheet is the plan's start, not a title area.
EARLIER_HEADER_SHARE = 0.6
#: Merged ranges larger than this many cells are not filled (whole-column formatting merges).
MAX_FILL_CELLS = 20_000
#: Excel's limit on the characters of one cell; longer text was not written by Excel.
EXCEL_MAX_CELL_CHARS = 32_767
#: Excel's last row.
EXCEL_MAX_ROW = 1_048_576
#: A lone text longer than this (outside the description column) is a note, not a heading.
MAX_HEADING_CHARS = 80
#: A lone text in the description column longer than this is a note, not a heading.
MAX_DESCRIPTION_HEADING_CHARS = 120


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
    RowKind.TITLE: "Tittel eller tekst over tabellen",
    RowKind.SECTION: "Seksjonsoverskrift",
    RowKind.SUM: "Sumrad",
    RowKind.NOTE: "Merknad/fotnote",
    RowKind.NO_DESCRIPTION: "Raden har verken beskrivelse eller andre opplysninger om en anskaffelse",
}

# Words that start a sum row's label. "total", "samlet" and "samla" also start real purchases
# ("Total renovering av ..."), so after them only a year, "sum", "verdi" or "beløp" may follow.
_SUM_START_RE = re.compile(
    r"^(sum|delsum|totalsum|totalt|subtotal|i alt|grand total|total|samlet|"
    r"samla)\b ?(.*)$"
)
_AMBIGUOUS_SUM_WORDS = frozenset({"total", "samlet", "samla"})
_SUM_FOLLOWERS_RE = re.compile(r"^((sum|verdi|beløp|kr|nok|for|i|alle|år|\d{4})\b ?)*$")
_MAX_SUM_LABEL_WORDS = 5
_NOTE_RE = re.compile(
    r"^(\*|\(\*|¹|²|³|\d\)\s|nb\b|n\.b\.|merk\b|merknad\b|note\b|notes?:|kilde\b|forklaring\b|"
    r"obs\b|fotnote\b|sist oppdatert\b|oppdatert\b|utarbeidet\b|vedtatt\b|godkjent\b)"
)
# A reference as template rows carry it alone: "17", "NK-17", "2026/014", "A3", "IP-07".
_REFERENCE_RE = re.compile(r"^[a-zæøå]{0,8}[\s\-/._]?\d[\w\-/.]*$")
_DATA_LIKE_RE = re.compile(r"^[\s\d.,:/'\-–+kr]*\d[\s\d.,:/'\-–+kr,]*$|^\d{4}\s*[-/]?\s*\d+$")


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
    #: The header in force for this row (the table it belongs to); None above the first one.
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


# --- cells -------------------------------------------------------------------------------------


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


def _data_like(value: CellValue) -> bool:
    """A cell that holds data rather than a column name: a number, a date, digits as text."""
    if _is_blank(value) or isinstance(value, bool):
        return False
    if not isinstance(value, str):
        return True
    return bool(_DATA_LIKE_RE.match(value.strip().lower()))


# --- merged cells ------------------------------------------------------------------------------


def _fillable(grid: SheetGrid) -> list[tuple[int, int, int, int]]:
    """Merged ranges worth filling: (min_row, min_col0, max_row, max_col0)."""
    out = []
    for rng in grid.merged:
        area = (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1)
        if 1 < area <= MAX_FILL_CELLS:
            out.append((rng.min_row, rng.min_col - 1, rng.max_row, rng.max_col - 1))
    return out


def fill_merged(grid: SheetGrid) -> list[SheetRow]:
    """The rows with each merged block's top-left value copied into all its cells."""
    ranges = _fillable(grid)
    if not ranges:
        return grid.rows
    by_number = {r.number: r for r in grid.rows}
    fills: dict[int, dict[int, CellValue]] = {}
    for min_row, min_col, max_row, max_col in ranges:
        top = by_number.get(min_row)
        value = top.get(min_col) if top else None
        if _is_blank(value):
            continue
        for r in range(min_row, max_row + 1):
            if r not in by_number:
                continue  # an empty row stays empty: nothing of its own to complete
            row_fills = fills.setdefault(r, {})
            for c in range(min_col, max_col + 1):
                if (r, c) != (min_row, min_col):
                    row_fills[c] = value
    if not fills:
        return grid.rows
    out: list[SheetRow] = []
    for row in grid.rows:
        found = fills.get(row.number)
        if not found:
            out.append(row)
            continue
        values = list(row.values)
        for c, v in found.items():
            if len(values) <= c:
                values.extend([None] * (c + 1 - len(values)))
            if _is_blank(values[c]):
                values[c] = v
        out.append(SheetRow(row.number, values, row.formulas_without_value))
    return out


def _merge_origin(grid: SheetGrid) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, 0-based col) -> the top-left cell of its merged block, for filled cells."""
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for min_row, min_col, max_row, max_col in _fillable(grid):
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                origin[(r, c)] = (min_row, min_col)
    return origin


# --- headers -----------------------------------------------------------------------------------


Origin = dict[tuple[int, int], tuple[int, int]]


def _header_texts(row: SheetRow, origin: Origin | None = None) -> list[str | None]:
    """The column names of a row; with ``origin``, without the copies that filling a cell
    merged across columns made (one name over two columns names one column)."""
    texts: list[str | None] = []
    for c, value in enumerate(row.values):
        text = clean_header_text(value) if isinstance(value, str) else None
        if text and origin:
            source = origin.get((row.number, c))
            if source is not None and source[1] != c:
                text = None
        texts.append(text if text and len(text) <= MAX_HEADER_CHARS else None)
    return texts


_UNIT_WORDS = frozenset(
    {"kr", "nok", "kroner", "år", "mnd", "måned", "måneder", "dato", "antall", "tekst", "ja",
     "nei", "eks", "ekskl", "inkl", "mva", "1000", "tusen", "mill", "prosent", "stk", "tall"}
)  # fmt: skip


def _is_units_row(row: SheetRow) -> bool:
    """A row under the header that only gives units: "(kr)", "(år)", "eks. mva", "dato"."""
    seen = 0
    for value in row.values:
        if value is None:
            continue
        if not isinstance(value, str):
            return False
        text = value.strip()
        if not text:
            continue
        if len(text) > 25:
            return False
        words = normalise_header(text).split()
        bracketed = text.startswith("(") and text.endswith(")")
        if not bracketed and not (words and all(w in _UNIT_WORDS for w in words)):
            return False
        seen += 1
    return seen >= 2


def _looks_like_header_row(row: SheetRow) -> bool:
    """Header rows hold column names: at least a few texts, at most one cell looks like data."""
    texts = 0
    data_like = 0
    for v in row.values:
        if isinstance(v, str):
            if _data_like(v):
                data_like += 1
            elif v.strip():
                texts += 1
        elif v is not None and not isinstance(v, bool):
            data_like += 1
        if data_like > 1:
            return False
    return texts >= 2


def _candidate(rows: Sequence[SheetRow], origin: Origin | None = None) -> Header:
    if len(rows) == 1:
        texts = _header_texts(rows[0], origin)
    else:
        # A group name merged over several columns ("Verdi" over "pr. år" | "totalt") joins
        # each name under it; over a column with nothing under it, it names nothing more.
        upper_all, upper = _header_texts(rows[0]), _header_texts(rows[0], origin)
        lower = _header_texts(rows[1], origin)
        width = max(len(upper_all), len(lower))
        texts = []
        for c in range(width):
            above = _at(upper, c) or (_at(upper_all, c) if _at(lower, c) else None)
            parts = [t for t in (above, _at(lower, c)) if t]
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
    rows: Sequence[SheetRow],
    start: int = 0,
    limit: int = HEADER_SEARCH_ROWS,
    origin: Origin | None = None,
) -> tuple[int, Header] | None:
    """The header among rows[start:start+limit]: (index of its last row, header).

    Each row (and each pair of adjacent rows, for a header split over two rows) is scored. The
    earliest acceptable header is taken unless one further down is clearly better, so that a
    second table does not swallow the first one's lines as title rows.
    """
    found: list[tuple[int, Header]] = []
    end = min(len(rows), start + limit)
    for i in range(start, end):
        row = rows[i]
        if not _looks_like_header_row(row):
            continue
        single = _candidate([row], origin)
        options = [(i, single)]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and nxt.number == row.number + 1 and _looks_like_header_row(nxt):
            pair = _candidate([row, nxt], origin)
            below = _candidate([nxt], origin)
            if pair.score > max(single.score, below.score) + 0.3 or (
                _is_units_row(nxt) and _acceptable(pair)
            ):
                options = [(i + 1, pair)]
        found.extend((idx, cand) for idx, cand in options if _acceptable(cand))
    if not found:
        return None
    best = max(cand.score for _, cand in found)
    for idx, cand in found:  # in sheet order
        if cand.score >= EARLIER_HEADER_SHARE * best:
            return idx, cand
    return None  # pragma: no cover - the best one always qualifies


def _forced_header(
    rows: Sequence[SheetRow], columns: Mapping[Field, int], origin: Origin
) -> tuple[int, Header]:
    """The header row for a user's mapping when none was recognised: the first row that looks
    like column names and has a text in the description column (else the first row)."""
    desc = columns[Field.DESCRIPTION]
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if _looks_like_header_row(row) and isinstance(row.get(desc), str):
            return i, Header((row.number,), _header_texts(row, origin), ColumnMapping())
    return 0, Header((rows[0].number,), _header_texts(rows[0], origin), ColumnMapping())


def candidate_header_texts(grid: SheetGrid) -> list[tuple[int, list[str | None]]]:
    """(row number, header texts) of every row near the top that could hold column names."""
    rows = fill_merged(grid)[:HEADER_SEARCH_ROWS]
    origin = _merge_origin(grid)
    return [(row.number, _header_texts(row, origin)) for row in rows if _looks_like_header_row(row)]


def user_mapping(texts: Sequence[str | None], columns: Mapping[Field, int]) -> ColumnMapping:
    """A mapping chosen by the user (field -> 0-based column), with full confidence."""
    assigned = {
        fld: ColumnAssignment(
            col, (texts[col] if col < len(texts) else None) or column_letter(col), 1.0
        )
        for fld, col in columns.items()
    }
    used = set(columns.values())
    return ColumnMapping(
        columns=assigned,
        unmapped={c: t for c, t in enumerate(texts) if t and c not in used},
    )


# --- rows --------------------------------------------------------------------------------------


def _nonempty_cells(row: SheetRow, origin: dict[tuple[int, int], tuple[int, int]]) -> list[int]:
    """0-based columns with content, counting each merged block once."""
    if not origin:
        return [
            c
            for c, v in enumerate(row.values)
            if v is not None and (type(v) is not str or v.strip())
        ]
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


def is_sum_label(text: str) -> bool:
    """Whether a text labels a sum row.

    "Sum", "Sum 2026", "Totalt", "Sum Oppvekst", "I alt" do; "Total renovering av ..." does not.
    """
    norm = normalise_header(text)
    match = _SUM_START_RE.match(norm)
    if match is None:
        return False
    rest = match.group(2)
    if match.group(1) in _AMBIGUOUS_SUM_WORDS:
        return bool(_SUM_FOLLOWERS_RE.match(rest))
    return len(rest.split()) <= _MAX_SUM_LABEL_WORDS


def _is_sum_row(row: SheetRow, cells: Sequence[int], header: Header) -> bool:
    """The leftmost text of the row is a sum label, and the row names no CPV code."""
    label_col = next((c for c in cells if isinstance(row.get(c), str)), None)
    if label_col is None:
        return False
    if not is_sum_label(str(row.get(label_col))):
        return False
    desc = header.mapping.column_of(Field.DESCRIPTION)
    if (
        desc is not None
        and desc != label_col
        and not _is_blank(row.get(desc))
        and _text(row.get(desc)) != _text(row.get(label_col))
    ):
        return False
    cpv = header.mapping.column_of(Field.CPV)
    return cpv is None or cpv == label_col or _is_blank(row.get(cpv))


def _looks_like_reference(value: CellValue) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return len(text) <= 20 and bool(_REFERENCE_RE.match(text))


def classify_row(
    row: SheetRow, header: Header, origin: dict[tuple[int, int], tuple[int, int]]
) -> RowKind:
    """What a row below a header is (before the position-based corrections of the table)."""
    cells = _nonempty_cells(row, origin)
    if not cells:
        return RowKind.NO_DESCRIPTION
    if _is_sum_row(row, cells, header):
        return RowKind.SUM
    mapping = header.mapping
    desc_col = mapping.column_of(Field.DESCRIPTION)
    ref_col = mapping.column_of(Field.REFERENCE)
    if len(cells) == 1:
        col = cells[0]
        value = row.get(col)
        text = _text(value) or ""
        if not isinstance(value, str):
            # A number or date alone: a pre-numbered template row (or a stray figure).
            return RowKind.NO_DESCRIPTION
        if _NOTE_RE.match(text.lower()):
            return RowKind.NOTE
        if col == desc_col:
            if len(text) > MAX_DESCRIPTION_HEADING_CHARS:
                return RowKind.NOTE
            # A lone short text in the description column, with nothing else, is a heading.
            return RowKind.SECTION
        if col == ref_col and _looks_like_reference(value):
            return RowKind.NO_DESCRIPTION
        return RowKind.NOTE if len(text) > MAX_HEADING_CHARS else RowKind.SECTION
    if desc_col is not None and _is_blank(row.get(desc_col)):
        # A merged heading spanning the row fills several cells with the same text.
        texts = {_text(row.get(c)) for c in cells}
        if len(texts) == 1 and isinstance(row.get(cells[0]), str):
            return RowKind.SECTION
        mapped = {a.column for f, a in mapping.columns.items() if f is not Field.REFERENCE}
        if any(c in mapped for c in cells):
            # Facts about a purchase without saying what it is: a line with an error.
            return RowKind.DATA
        return RowKind.NO_DESCRIPTION
    return RowKind.DATA


def _repeated_header_gate(row: SheetRow) -> bool:
    """Cheap test before scoring a row as a header (every data row below a header comes here):
    most of its texts, and at least a few, hold a column-name word; hardly any data."""
    named = texts = 0
    for v in row.values:
        if type(v) is str:
            texts += 1
            if has_header_word(v):
                named += 1
    return named >= MIN_HEADER_FIELDS and 2 * named >= texts and _looks_like_header_row(row)


def _is_repeated_header(row: SheetRow, header: Header, origin: Origin) -> Header | None:
    if not _repeated_header_gate(row):
        return None
    cand = _candidate([row], origin)
    if _acceptable(cand) and cand.score >= EARLIER_HEADER_SHARE * header.score:
        return cand
    return None


def _settle_positions(layout: PlanLayout) -> None:
    """Headings with no line after them in their table are titles of the next table or notes."""
    starts = [i for i, r in enumerate(layout.rows) if r.kind is RowKind.HEADER]
    if not starts:
        return
    # Tables: from the row after a header block to the row before the next header block.
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(starts):
        j = i
        while j + 1 < len(starts) and starts[j + 1] == starts[j] + 1:
            j += 1
        begin = starts[j] + 1
        end = starts[j + 1] if j + 1 < len(starts) else len(layout.rows)
        blocks.append((begin, end))
        i = j + 1
    for number, (begin, end) in enumerate(blocks):
        last_data = max(
            (k for k in range(begin, end) if layout.rows[k].kind is RowKind.DATA), default=-1
        )
        another_table = number + 1 < len(blocks)
        for k in range(max(begin, last_data + 1), end):
            classified = layout.rows[k]
            if classified.kind is RowKind.SECTION:
                classified.kind = RowKind.TITLE if another_table else RowKind.NOTE


def analyse_sheet(
    grid: SheetGrid,
    *,
    mapping: Mapping[Field, int] | None = None,
    header_row: int | None = None,
) -> PlanLayout | None:
    """Find the plan in one sheet, or None when no header is recognised.

    With ``mapping`` (field -> 0-based column, chosen by the user) the first table uses it; a
    later table with the same headers uses it too, one with other headers keeps its own. When
    no header is recognised, the user's mapping still finds one: ``header_row`` if given, else
    the first row of column names with a text in the description column.
    """
    rows = fill_merged(grid)
    if not rows:
        return None
    origin = _merge_origin(grid)
    found = None
    if mapping is not None and header_row is not None:
        found = next(
            (
                (i, Header((r.number,), _header_texts(r, origin), ColumnMapping()))
                for i, r in enumerate(rows)
                if r.number == header_row
            ),
            None,
        )
    elif header_row is not None:
        # The header row the user pointed out (read with the row below when that reads better).
        at = next((i for i, r in enumerate(rows) if r.number == header_row), None)
        if at is not None:
            found = find_header(rows, at, 1, origin) or (at, _candidate([rows[at]], origin))
    if found is None:
        found = find_header(rows, origin=origin)
    if found is None:
        if mapping is None or Field.DESCRIPTION not in mapping:
            return None
        found = _forced_header(rows, mapping, origin)
    idx, header = found
    primary_signature = [normalise_header(t or "") for t in header.texts]
    if mapping is not None:
        header.mapping = user_mapping(header.texts, mapping)
    layout = PlanLayout(sheet=grid, headers=[header])
    header_rows = set(header.row_numbers)
    for i, row in enumerate(rows):
        if i <= idx:
            kind = RowKind.HEADER if row.number in header_rows else RowKind.TITLE
            layout.rows.append(ClassifiedRow(row, kind, None if kind is RowKind.TITLE else header))
            continue
        again = _is_repeated_header(row, header, origin)
        if again is not None:
            # A second table further down: its own header (maybe other columns) from here on.
            same = [normalise_header(t or "") for t in again.texts] == primary_signature
            if mapping is not None and same:
                again.mapping = user_mapping(again.texts, mapping)
            header = again
            layout.headers.append(header)
            layout.rows.append(ClassifiedRow(row, RowKind.HEADER, header))
            continue
        layout.rows.append(ClassifiedRow(row, classify_row(row, header, origin), header))
    _settle_positions(layout)
    return layout


def choose_plan_sheet(layouts: Sequence[PlanLayout]) -> PlanLayout | None:
    """The sheet that holds the plan: visible sheets first, then the best score."""
    if not layouts:
        return None
    return max(layouts, key=lambda lay: (lay.sheet.state == "visible", lay.score()))


# --- limits ------------------------------------------------------------------------------------


def check_plan_limits(layout: PlanLayout, *, file: str) -> None:
    """Refuse a plan sheet that no spreadsheet program wrote as a plan.

    Raises ``RefusedInputError`` (file, sheet, row, column and the start of the value) for a
    cell longer than Excel's 32,767 characters and for content in Excel's last row (1,048,576).
    """
    sheet = layout.sheet.name
    for row in layout.sheet.rows:
        for c, value in enumerate(row.values):
            if isinstance(value, str) and len(value) > EXCEL_MAX_CELL_CHARS:
                raise RefusedInputError(
                    f"Cellen har {_count(len(value))} tegn, men Excel tillater høyst "
                    f"{_count(EXCEL_MAX_CELL_CHARS)} tegn i en celle. Filen er trolig skadet "
                    "eller ikke laget i Excel. Kort ned teksten, eller åpne filen i Excel og "
                    "lagre den på nytt, og prøv igjen.",
                    file=file,
                    sheet=sheet,
                    row=row.number,
                    column=column_letter(c),
                    value=value,
                )
    last = layout.sheet.rows[-1] if layout.sheet.rows else None
    if last is not None and last.number >= EXCEL_MAX_ROW:
        col = next((c for c, v in enumerate(last.values) if not _is_blank(v)), 0)
        raise RefusedInputError(
            f"Arket har innhold helt nede i rad {_count(EXCEL_MAX_ROW)}, Excels aller siste "
            "rad. Det skjer når noe er limt inn eller fylt ut til bunnen av arket, eller når "
            "filen er skadet; en anskaffelsesplan er langt kortere. Slett radene under planen, "
            "lagre filen og prøv igjen.",
            file=file,
            sheet=sheet,
            row=last.number,
            column=column_letter(col),
            value=last.get(col),
        )


def _count(number: int) -> str:
    return f"{number:,}".replace(",", " ")
