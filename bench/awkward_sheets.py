"""Awkward but real plans, written by this script (for the bench and the tests).

* ``formatted_to_last_row.xlsx`` - a plan of 12 lines with one coloured, empty cell in Excel's
  last row (A1048576), as Excel users leave it after formatting "down to the bottom": the sheet
  declares A1:J1048576, but its XML holds 15 rows.
* ``whole_rows_formatted.xlsx`` - the same plan after formatting whole rows down to the bottom:
  every row from under the plan to 1,048,576 is written as an empty, styled ``<row>`` (a million
  elements that hold nothing).
* ``wide_200_columns.xlsx`` - a plan of 40 lines in a table of 200 filled columns, of which five
  matter (reference, description, CPV, value per year, contract term), spread across the sheet.

    .venv/bin/python bench/awkward_sheets.py [OUT_DIR]     (default: bench/out/awkward)
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any, Final

import openpyxl
from openpyxl.styles import PatternFill

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT: Final = ROOT / "bench" / "out" / "awkward"
LAST_ROW: Final = 1_048_576

PLAN_HEADER: Final = ["Nr", "Anskaffelse", "CPV", "Est. verdi pr år eks mva", "Varighet (år)",
                      "Opsjoner", "Planlagt kunngjøring", "Enhet", "Kontaktperson", "Kommentar"]  # fmt: skip
PLAN_LINES: Final[list[list[Any]]] = [
    [f"P-{i}", text, cpv, value, years, "1+1", when, unit, "Kari Nordmann", None]
    for i, (text, cpv, value, years, when, unit) in enumerate(
        [
            ("Brøyting og strøing", "90620000", 800_000, 4, "Q3 2026", "Teknisk"),
            ("Kontorrekvisita", "30192000", 120_000, 2, "Q1 2026", "Stab"),
            ("Renhold av kommunale bygg", "90910000", 1_500_000, 3, "H2 2026", "Eiendom"),
            ("Skolemøbler", "39160000", 600_000, 2, "Q2 2026", "Oppvekst"),
            ("Matvarer til institusjoner", "15000000", 2_400_000, 2, "mars 2026", "Helse"),
            ("Arbeidstøy", "18100000", 250_000, 2, "Q4 2026", "Teknisk"),
            ("Hjelpemidler", "33190000", 900_000, 3, "2027", "Helse"),
            ("Skoleskyss", "60130000", 3_100_000, 4, "høst 2026", "Oppvekst"),
            ("Vaktmestertjenester", "50700000", 700_000, 2, "Q2 2027", "Eiendom"),
            ("Datautstyr", "30200000", 1_200_000, 2, "01.09.2026", "IKT"),
            ("Telefoni", "64200000", 400_000, 3, "H1 2027", "IKT"),
            ("Revisjon", "79212000", 350_000, 4, "Q1 2027", "Stab"),
        ],
        start=1,
    )
]
WIDE_COLUMNS: Final = 200
WIDE_LINES: Final = 40
#: 0-based columns of the five fields that matter in the wide sheet.
WIDE_PLACES: Final = {
    "Nr": 2,
    "Anskaffelse": 47,
    "CPV": 118,
    "Verdi pr. år": 163,
    "Varighet (år)": 198,
}


def _plan_sheet(title: str = "Anskaffelsesplan 2026") -> tuple[openpyxl.Workbook, Any]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    ws["A1"] = title
    ws.append([])
    ws.append(PLAN_HEADER)
    for line in PLAN_LINES:
        ws.append(line)
    return wb, ws


def make_formatted_to_last_row(path: Path) -> None:
    wb, ws = _plan_sheet()
    ws.cell(row=LAST_ROW, column=1).fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(path)


def make_whole_rows_formatted(path: Path) -> None:
    """Whole rows styled to the bottom: a million empty ``<row>`` elements in the sheet XML."""
    buffer = io.BytesIO()
    wb, _ws = _plan_sheet()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    first = len(PLAN_LINES) + 4
    rows = "".join(f'<row r="{n}" s="1" customFormat="1"/>' for n in range(first, LAST_ROW + 1))
    sheet = sheet.replace("</sheetData>", rows + "</sheetData>")
    sheet = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:XFD{LAST_ROW}"/>', sheet)
    members["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def make_wide(path: Path) -> None:
    """200 filled columns; the five that matter are spread across them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    header: list[Any] = [f"Felt {c + 1}" for c in range(WIDE_COLUMNS)]
    for name, col in WIDE_PLACES.items():
        header[col] = name
    ws.append(header)
    for i in range(WIDE_LINES):
        base = PLAN_LINES[i % len(PLAN_LINES)]
        row: list[Any] = [f"x{i}-{c}" if c % 3 else i * c for c in range(WIDE_COLUMNS)]
        row[WIDE_PLACES["Nr"]] = f"W-{i + 1}"
        row[WIDE_PLACES["Anskaffelse"]] = f"{base[1]} ({i + 1})"
        row[WIDE_PLACES["CPV"]] = base[2]
        row[WIDE_PLACES["Verdi pr. år"]] = base[3]
        row[WIDE_PLACES["Varighet (år)"]] = base[4]
        ws.append(row)
    wb.save(path)


BUILDERS: Final = {
    "formatted_to_last_row": ("formatted_to_last_row.xlsx", make_formatted_to_last_row),
    "whole_rows_formatted": ("whole_rows_formatted.xlsx", make_whole_rows_formatted),
    "wide_200_columns": ("wide_200_columns.xlsx", make_wide),
}


def make_all(out: Path = DEFAULT_OUT) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for key, (name, build) in BUILDERS.items():
        path = out / name
        if not path.exists():
            build(path)
        paths[key] = path
    return paths


if __name__ == "__main__":
    for key, made in make_all(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT).items():
        print(f"{key}: {made} ({made.stat().st_size:,} bytes)")
