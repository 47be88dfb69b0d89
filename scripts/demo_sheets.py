"""What the demo plans share: a plan line, a written plan, the invented contact names, and
how cells, rows and workbooks are written (the same bytes on every run)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "demo"
FIXED_TIME = dt.datetime(2025, 11, 20, 9, 0, 0)
COUNTY = "Vestland"

MUNICIPALITIES = [  # (name, kommunenummer), in import order
    ("Alver kommune", "4631"),
    ("Austrheim kommune", "4632"),
    ("Fedje kommune", "4633"),
    ("Masfjorden kommune", "4634"),
    ("Gulen kommune", "4635"),
    ("Modalen kommune", "4629"),
    ("Osterøy kommune", "4630"),
    ("Vaksdal kommune", "4628"),
]

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
SECTION_FILL = PatternFill("solid", fgColor="FCE4D6")
LOGO_FILL = PatternFill("solid", fgColor="1F4E78")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
MONEY = "#,##0"
DATE = "dd.mm.yyyy"


@dataclass
class Line:
    """One planned purchase, with what it means (for the ground truth) and how it is written."""

    ref: str | int
    title: str
    cpv: str | int  # the CPV cell as written ("" = blank)
    annual: int  # estimated value per year, NOK excl. VAT
    years: int  # contract years
    options: int  # option years
    opt: str  # options as written
    when: dt.date | str  # the date cell as written
    unit: str = ""
    contact: str = ""
    group: str = ""
    desc: str = ""  # second text column, where the layout has one
    proc: str = ""
    note: str = ""
    cpv8: str = ""  # the intended code when the cell is blank
    value: object = None  # the value cell as written, where it is not derived from annual
    period: object = None  # the contract-period cell as written, where not just the number

    @property
    def total(self) -> int:
        return self.annual * (self.years + self.options)

    @property
    def code8(self) -> str:
        if self.cpv8:
            return self.cpv8
        text = str(self.cpv).replace(" ", "")
        digits = text.split("-")[0][:8]
        return digits.zfill(8) if isinstance(self.cpv, int) else digits

    @property
    def date_text(self) -> str:
        if isinstance(self.when, dt.date):
            return self.when.strftime("%d.%m.%Y")
        return self.when


@dataclass
class Plan:
    file: str
    municipality: str
    sheet: str | None
    rows: list[tuple[int, Line]]  # (excel_row, line)


def d(day: int, month: int, year: int) -> dt.date:
    return dt.date(year, month, day)


def no_money(n: int) -> str:
    """1250000 -> '1 250 000' (normal spaces, as people type them)."""
    return f"{n:,}".replace(",", " ")


def style_header(ws: Worksheet, row: int, ncols: int) -> None:
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = CENTER


def set_widths(ws: Worksheet, widths: dict[str, float]) -> None:
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width


def write_row(ws: Worksheet, row: int, values: list[object], formats: dict[int, str]) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value if value != "" else None)
        cell.border = BOX
        cell.alignment = WRAP
        if col in formats and value not in ("", None) and not isinstance(value, str):
            cell.number_format = formats[col]


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save with fixed timestamps (zip entries and docProps) so reruns give identical bytes."""
    buffer = io.BytesIO()
    wb.save(buffer)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rf"\g<1>{stamp}\g<2>",
                    text,
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "kommunesamarbeid demo"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


KARI, OLA, JONAS, PER, LARS, INGRID, TRINE, MARI, ERIK, SIRI, FRODE = (
    "Kari Nordmann",
    "Ola Nordmann",
    "Jonas Eksempelsen",
    "Per Testrud",
    "Lars Planlund",
    "Ingrid Prøvestad",
    "Trine Skissebø",
    "Mari Demoland",
    "Erik Fiktivik",
    "Siri Utkastvik",
    "Frode Modellund",
)
