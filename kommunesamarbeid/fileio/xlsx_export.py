"""Excel exports: the pooled plan of all municipalities, and the cells, styles and sheets both it
and the annex of a proposal (``xlsx_annex``) are written with.

Both workbooks are streamed with openpyxl's write-only mode, so a pooled plan of 20 000 lines is
written in seconds without holding a worksheet model in memory.

Safety: every text from a plan, a user or the database is written as a text cell, never as a
formula. openpyxl turns a string that starts with "=" into a formula (and "#N/A" into an error);
here such texts are written as cells forced to the string type, and a text that Excel,
LibreOffice or a later CSV export could read as a formula (it starts with "=", "+", "-" or "@",
also after leading white space, or starts with a tab or carriage return) also gets the cell
style "quotePrefix", so it stays text when a user edits the cell. Control characters that a
worksheet cannot hold are removed and line ends are written as line feeds. Amounts are numbers
with the format ``#,##0`` (Excel shows the Norwegian thousands separator), dates are date cells
shown as ``dd.mm.yyyy``. Nothing is ever written as a formula: subtotals are numbers.

The writers are given the target path; ``services.exports`` hands them a temporary file and
moves it into place when the export is complete.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from kommunesamarbeid.fileio.export_rows import GroupInfo, LineInfo

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


__all__ = [
    "GROUP_STATUS_LABELS",
    "PERIOD_MEANING_LABELS",
    "POOLED_COLUMNS",
    "STYLE_HEADER",
    "STYLE_LABEL",
    "STYLE_SUM_AMOUNT",
    "STYLE_SUM_TEXT",
    "STYLE_TITLE",
    "STYLE_WRAP",
    "CellValue",
    "Column",
    "Kind",
    "Sheet",
    "fmt_date",
    "key_values",
    "needs_quote_prefix",
    "new_workbook",
    "safe_sheet_name",
    "source_text",
    "table",
    "text_cell_value",
    "write_pooled_plan",
    "years",
]

CellValue = str | int | float | dt.date | None
Kind = Literal["text", "amount", "number", "date"]

#: What a line's time refers to (``LineInfo.period_meaning``), as the plan sheet shows it.
PERIOD_MEANING_LABELS: Final[dict[str, str]] = {
    "announcement": "kunngjøring",
    "contract_start": "oppstart",
    "current_expiry": "utløp",
}

#: The overlap statuses as the GUI names them (``services.overlap.STATUS_LABELS``).
GROUP_STATUS_LABELS: Final[dict[str, str]] = {
    "candidate": "Forslag",
    "confirmed": "Bekreftet",
    "rejected": "Avvist",
}

POOLED_SHEET: Final = "Samlet plan"
GROUPS_SHEET: Final = "Overlapp"
ABOUT_SHEET: Final = "Om eksporten"

_MIN_WIDTH: Final = 8.0
_MAX_WIDTH: Final = 60.0
#: openpyxl raises on these: a worksheet cannot hold them (tab and line feed are kept).
_ILLEGAL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_STARTS: Final = ("=", "+", "-", "@")
_SHEET_FORBIDDEN_RE: Final = re.compile(r"[\[\]:*?]")
_SHEET_CONTROL_RE: Final = re.compile(r"[\x00-\x1f]")
_MAX_CELL_TEXT: Final = 32_767


# ---------------------------------------------------------------------------------------------
# text cells that stay text


def needs_quote_prefix(text: str) -> bool:
    """True when Excel or a CSV reader could take the text for a formula (see module docstring)."""
    if text.startswith(("\t", "\r")):
        return True
    return text.lstrip().startswith(_FORMULA_STARTS)


def text_cell_value(text: str) -> str:
    """The text as a worksheet can hold it: line ends as line feeds (an XML reader turns a bare
    carriage return into one anyway), illegal control characters removed, at most 32 767
    characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_RE.sub("", text)[:_MAX_CELL_TEXT]


def fmt_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def years(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


# ---------------------------------------------------------------------------------------------
# one streamed sheet


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: Kind = "text"
    #: What the column holds, for the sheet «Om eksporten».
    meaning: str = ""
    #: A fixed width (characters); None = from the content.
    width: float | None = None
    wrap: bool = False


STYLE_HEADER: Final = "Kolonneoverskrift"
STYLE_TITLE: Final = "Eksporttittel"
STYLE_LABEL: Final = "Ledetekst"
STYLE_AMOUNT: Final = "Beløp"
STYLE_DATE: Final = "Dato"
STYLE_WRAP: Final = "Tekst med bryting"
STYLE_SUM_TEXT: Final = "Sumtekst"
STYLE_SUM_AMOUNT: Final = "Sumbeløp"

_KIND_STYLE: Final[dict[Kind, str | None]] = {
    "text": None,
    "number": None,
    "amount": STYLE_AMOUNT,
    "date": STYLE_DATE,
}


def new_workbook() -> Workbook:
    """A write-only workbook with the named styles the exports use."""
    wb = Workbook(write_only=True)
    thin = Side(style="thin", color="7F7F7F")
    top = Alignment(vertical="top")
    styles = [
        NamedStyle(
            STYLE_HEADER,
            font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="1F4E79"),
            alignment=Alignment(wrap_text=True, vertical="top"),
            border=Border(bottom=thin),
        ),
        NamedStyle(STYLE_TITLE, font=Font(bold=True, size=14), alignment=top),
        NamedStyle(STYLE_LABEL, font=Font(bold=True), alignment=top),
        NamedStyle(STYLE_AMOUNT, number_format="#,##0", alignment=top),
        NamedStyle(STYLE_DATE, number_format="dd.mm.yyyy", alignment=top),
        NamedStyle(STYLE_WRAP, alignment=Alignment(wrap_text=True, vertical="top")),
        NamedStyle(STYLE_SUM_TEXT, font=Font(bold=True), border=Border(top=thin)),
        NamedStyle(
            STYLE_SUM_AMOUNT, font=Font(bold=True), number_format="#,##0", border=Border(top=thin)
        ),
    ]
    for style in styles:
        wb.add_named_style(style)
    return wb


class Sheet:
    """A write-only sheet: set up (widths, frozen header, filter, print) before the rows."""

    def __init__(self, wb: Workbook, title: str) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        # The type stubs miss the attributes Worksheet._setup gives a write-only sheet
        # (column_dimensions, row_dimensions, auto_filter): reach those through ``_any``.
        self._any: Any = self.ws
        self._prototypes: dict[str, Cell] = {}
        self.rows = 0
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = 9  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddHeader.center.text = "&A"
        ws.oddFooter.right.text = "Side &P av &N"

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self._any.column_dimensions[get_column_letter(index)].width = width

    def table_header(self, headers: Sequence[str], *, freeze: bool) -> None:
        """The header row (styled, repeated on every printed page, frozen when asked)."""
        if freeze:
            self.ws.freeze_panes = f"A{self.rows + 2}"
        self.ws.print_title_rows = f"{self.rows + 1}:{self.rows + 1}"
        self._any.row_dimensions[self.rows + 1].height = 32
        self.append([self.cell(h, STYLE_HEADER) for h in headers])

    def autofilter(self, columns: int, first_row: int, last_row: int) -> None:
        last = get_column_letter(columns)
        self._any.auto_filter.ref = f"A{first_row}:{last}{max(last_row, first_row)}"

    def cell(self, value: CellValue, style: str | None = None) -> Cell | CellValue:
        """What to append for ``value``: a styled cell, or the plain value when openpyxl's own
        typing is safe (a number, or a text that is neither formula-like nor an error code)."""
        if value is None:
            return None
        if isinstance(value, bool):
            value = "Ja" if value else "Nei"
        if isinstance(value, str):
            text = text_cell_value(value)
            if not text:
                return None
            risky = needs_quote_prefix(text)
            if style is None and not risky and text not in ERROR_CODES:
                return text
            cell = WriteOnlyCell(self.ws, value=text)
            cell.data_type = "s"  # never "f" (formula) or "e" (error code), whatever the text
            if style is not None:
                self._apply(cell, style)
            if risky:
                cell.quotePrefix = True
            return cell
        if isinstance(value, dt.date):
            if not isinstance(value, dt.datetime):  # the same date serial, at midnight
                value = dt.datetime.combine(value, dt.time())
        elif style is None:
            return value
        cell = WriteOnlyCell(self.ws, value=value)
        if style is not None:
            self._apply(cell, style)
        return cell

    def _apply(self, cell: Cell, style: str) -> None:
        """Give ``cell`` a named style (copying a prepared style array: much faster than
        looking the name up for each of many thousand cells)."""
        prototype = self._prototypes.get(style)
        if prototype is None:
            prototype = self._prototypes[style] = WriteOnlyCell(self.ws)
            prototype.style = style
        _copy_style(prototype, cell)

    def blank_cell(self, style: str) -> Cell:
        """An empty cell with a style (a border or fill across a row)."""
        cell = WriteOnlyCell(self.ws)
        self._apply(cell, style)
        return cell

    def row(self, values: Sequence[CellValue], columns: Sequence[Column]) -> None:
        self.append(
            [
                self.cell(v, STYLE_WRAP if c.wrap and c.kind == "text" else _KIND_STYLE[c.kind])
                for v, c in zip(values, columns, strict=True)
            ]
        )

    def append(self, cells: Sequence[Cell | CellValue]) -> None:
        self.ws.append(list(cells))
        self.rows += 1

    def blank(self) -> None:
        self.append([])


def _copy_style(source: Any, target: Any) -> None:
    """openpyxl's own idiom for copying a cell's style (the stubs do not declare ``_style``)."""
    target._style = copy(source._style)


def _display_length(value: CellValue, kind: Kind) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 10
    if kind == "amount" and isinstance(value, int | float):
        return len(f"{value:,.0f}")
    if isinstance(value, str):
        return max((len(part) for part in value.splitlines()), default=0)
    return len(str(value))


def _widths(columns: Sequence[Column], rows: Iterable[Sequence[CellValue]]) -> list[float]:
    """Widths from the content: the longest value (+2), header words, within 8..60."""
    longest = [0] * len(columns)
    for row in rows:
        for i, (value, column) in enumerate(zip(row, columns, strict=True)):
            length = _display_length(value, column.kind)
            if length > longest[i]:
                longest[i] = length
    widths = []
    for column, length in zip(columns, longest, strict=True):
        if column.width is not None:
            widths.append(column.width)
            continue
        header_word = max(len(word) for word in column.header.split())
        wanted = max(length, header_word, min(len(column.header), 16)) + 2
        widths.append(min(max(float(wanted), _MIN_WIDTH), _MAX_WIDTH))
    return widths


def table(
    sheet: Sheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[CellValue]],
) -> tuple[int, int]:
    """Header and rows with widths, frozen header and filter; (first, last) row of the table."""
    sheet.widths(_widths(columns, rows))
    first = sheet.rows + 1
    sheet.table_header([c.header for c in columns], freeze=True)
    for values in rows:
        sheet.row(values, columns)
    sheet.autofilter(len(columns), first, sheet.rows)
    return first, sheet.rows


def source_text(file: str | None, sheet: str | None, row: int | None) -> str | None:
    parts = [p for p in (file, sheet) if p]
    if row is not None:
        parts.append(f"rad {row}")
    return ", ".join(parts) or None


# ---------------------------------------------------------------------------------------------
# the pooled plan


POOLED_COLUMNS: Final[tuple[Column, ...]] = (
    Column("Kommune", meaning="Kommunen som har den planlagte anskaffelsen."),
    Column("Referanse", meaning="Kommunens egen referanse eller saksnummer for linjen."),
    Column("Beskrivelse", meaning="Hva kommunen planlegger å anskaffe.", width=50),
    Column(
        "Utfyllende beskrivelse",
        meaning="Mer om behovet, slik det står i planen.",
        width=50,
    ),
    Column("CPV", meaning="CPV-kode (felles europeisk klassifisering av anskaffelser)."),
    Column("Verdi pr. år (kr)", "amount", "Anslått verdi per år i hele kroner."),
    Column("Totalverdi (kr)", "amount", "Anslått verdi for hele avtaleperioden i hele kroner."),
    Column("Avtaleår", "number", "Avtalens varighet i år, uten opsjoner."),
    Column("Opsjonsår", "number", "Mulig forlengelse i år (opsjoner)."),
    Column("Tidspunkt fra", "date", "Første dag i perioden tidspunktet gjelder."),
    Column("Tidspunkt til", "date", "Siste dag i perioden tidspunktet gjelder."),
    Column(
        "Tidspunktet gjelder",
        meaning="Hva tidspunktet er: kunngjøring, oppstart av ny avtale eller utløp av dagens.",
    ),
    Column("Enhet", meaning="Enheten eller sektoren i kommunen som har behovet."),
    Column("Kontaktperson", meaning="Kontaktperson for linjen."),
    Column(
        "Overlapp nr.",
        "number",
        "Overlappet linjen er med i (se arket «Overlapp»). Er den med i flere, vises det som "
        "ikke er avvist.",
    ),
    Column("Overlappstatus", meaning="Forslag, Bekreftet eller Avvist."),
    Column(
        "Forslag til felles anskaffelse",
        meaning="Referansene til forslagene til felles anskaffelse linjen er med i.",
    ),
    Column(
        "Kilde (fil, ark, rad)",
        meaning="Filen, arket og raden linjen ble lest fra.",
    ),
)

GROUP_COLUMNS: Final[tuple[Column, ...]] = (
    Column("Overlapp nr.", "number"),
    Column("Status"),
    Column("Tittel", width=40),
    Column("Kommuner", width=40, wrap=True),
    Column("Antall kommuner", "number"),
    Column("Antall linjer", "number"),
    Column("Estimert verdi som forslag (kr)", "amount"),
    Column("Sum planverdier (kr)", "amount"),
    Column("Begrunnelse", width=80, wrap=True),
)


def _group_of_line(groups: Sequence[GroupInfo]) -> dict[int, GroupInfo]:
    """line id -> the group shown for it: one that is not rejected first, then the lowest id."""
    found: dict[int, GroupInfo] = {}
    for group in sorted(groups, key=lambda g: (g.status == "rejected", g.id)):
        for line_id in group.line_ids:
            found.setdefault(line_id, group)
    return found


def _pooled_row(
    line: LineInfo, group: GroupInfo | None, proposals: Sequence[str]
) -> tuple[CellValue, ...]:
    meaning = line.period_meaning
    return (
        line.municipality,
        line.reference,
        line.description,
        line.details,
        line.cpv,
        line.annual_value_nok,
        line.total_value_nok,
        years(line.contract_years),
        years(line.option_years),
        line.period_start,
        line.period_end,
        PERIOD_MEANING_LABELS.get(meaning, meaning) if meaning else None,
        line.unit,
        line.contact,
        group.id if group else None,
        GROUP_STATUS_LABELS.get(group.status, group.status) if group else None,
        ", ".join(dict.fromkeys(proposals)) or None,
        source_text(line.source_file, line.source_sheet, line.source_row),
    )


def _group_row(group: GroupInfo, values: tuple[int, int] | None) -> tuple[CellValue, ...]:
    municipalities = group.municipalities
    return (
        group.id,
        GROUP_STATUS_LABELS.get(group.status, group.status),
        group.title or None,
        ", ".join(municipalities),
        len(municipalities),
        len(group.active_members),
        values[0] if values else None,
        values[1] if values else None,
        "\n".join(group.reasons) or None,
    )


def write_pooled_plan(
    lines: Sequence[LineInfo],
    groups: Sequence[GroupInfo],
    proposals_by_line: Mapping[int, list[str]],
    out: Path,
    *,
    generated: dt.date,
    group_values: Mapping[int, tuple[int, int]] | None = None,
) -> None:
    """The pooled plan of all municipalities: «Samlet plan», «Overlapp» and «Om eksporten».

    ``group_values``: group id -> (estimated value of a proposal made from the group with the
    defaults, sum of its lines' plan values), from the value model."""
    by_line = _group_of_line(groups)
    rows = [
        _pooled_row(line, by_line.get(line.id), proposals_by_line.get(line.id, []))
        for line in lines
    ]
    wb = new_workbook()

    plan = Sheet(wb, POOLED_SHEET)
    table(plan, POOLED_COLUMNS, rows)

    overlap = Sheet(wb, GROUPS_SHEET)
    ordered = sorted(groups, key=lambda g: g.id)
    values = group_values or {}
    table(overlap, GROUP_COLUMNS, [_group_row(g, values.get(g.id)) for g in ordered])

    _about_pooled(Sheet(wb, ABOUT_SHEET), lines, groups, by_line, generated)
    wb.save(out)


def key_values(sheet: Sheet, pairs: Iterable[tuple[str, CellValue, Kind]]) -> None:
    for label, value, kind in pairs:
        style = STYLE_WRAP if kind == "text" else _KIND_STYLE[kind]
        sheet.append([sheet.cell(label, STYLE_LABEL), sheet.cell(value, style)])


def _about_pooled(
    sheet: Sheet,
    lines: Sequence[LineInfo],
    groups: Sequence[GroupInfo],
    by_line: Mapping[int, GroupInfo],
    generated: dt.date,
) -> None:
    sheet.widths([42, 100])
    sheet.append([sheet.cell("Samlet anskaffelsesplan for kommunene", STYLE_TITLE)])
    sheet.blank()
    statuses = [g.status for g in groups]
    totals = [line.total_value_nok for line in lines]
    in_open_group = sum(
        1 for line in lines if (g := by_line.get(line.id)) and g.status != "rejected"
    )
    facts: list[tuple[str, CellValue, Kind]] = [
        ("Laget", generated, "date"),
        ("Antall linjer", len(lines), "number"),
        ("Antall kommuner", len({line.municipality for line in lines}), "number"),
        ("Antall overlapp", len(groups), "number"),
        ("– bekreftet", statuses.count("confirmed"), "number"),
        ("– forslag", statuses.count("candidate"), "number"),
        ("– avvist", statuses.count("rejected"), "number"),
        ("Linjer i et overlapp som ikke er avvist", in_open_group, "number"),
        ("Sum totalverdi i planene (kr)", sum(v for v in totals if v is not None), "amount"),
        ("Linjer uten totalverdi", sum(1 for v in totals if v is None), "number"),
    ]
    key_values(sheet, facts)
    sheet.blank()
    sheet.append([sheet.cell("Kolonne", STYLE_HEADER), sheet.cell("Betydning", STYLE_HEADER)])
    key_values(sheet, ((c.header, c.meaning, "text") for c in POOLED_COLUMNS))
    sheet.blank()
    sheet.append([sheet.cell("Merk", STYLE_LABEL)])
    notes = [
        f"Arket «{POOLED_SHEET}» har én rad per planlagt anskaffelse fra alle kommunene, i "
        "rekkefølge etter kommune, fil og rad.",
        f"Arket «{GROUPS_SHEET}» har én rad per overlapp; «Overlapp nr.» i «{POOLED_SHEET}» "
        "viser dit.",
        "Beløp er hele kroner slik de er registrert i programmet. Summer regner bare med linjer "
        "som har en verdi.",
        "Tekst som begynner med =, +, - eller @ er lagret som ren tekst, aldri som formel.",
    ]
    for note in notes:
        sheet.append([None, sheet.cell(note, STYLE_WRAP)])


# ---------------------------------------------------------------------------------------------
# the annex of a proposal


def safe_sheet_name(name: str, taken: set[str], *, fallback: str = "Deltaker") -> str:
    """A worksheet name for ``name``.

    "/" and "\\" become "-", []:*? are left out, control characters count as spaces; at most
    31 characters, not empty, not starting or ending with an apostrophe, and unique
    (case-insensitive) among ``taken``, which gets the new name (casefolded) added.
    """
    base = _SHEET_CONTROL_RE.sub(" ", name).replace("/", "-").replace("\\", "-")
    base = " ".join(_SHEET_FORBIDDEN_RE.sub("", base).split()).strip("'")
    base = base[:31].strip().strip("'") or fallback
    if base.casefold() == "history":  # reserved by Excel
        base = "History-"
    candidate = base
    number = 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate = base[: 31 - len(suffix)].rstrip().rstrip("'") + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate
