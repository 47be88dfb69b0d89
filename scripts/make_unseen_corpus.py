"""Write the unseen test corpus: ten procurement plans of ten real municipalities, with labels.

Run from the project root (openpyxl is the only dependency):

    .venv/bin/python scripts/make_unseen_corpus.py

Reads tests/fixtures/unseen_corpus/corpus_lines.py (the lines, hand labels, traps and the Doffin
titles they were reworded from) and writes next to it eight .xlsx and two .csv plans, each in its
own layout, labels.csv, expected_values.csv and README.md. The output is deterministic (fixed
timestamps in the workbooks). Afterwards every file is read back and checked: labelled rows,
values, periods, dates and CPV cells, groups and traps, and (when ../shared is present) the cited
notices and the CPV codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "unseen_corpus"
STAMP = dt.datetime(2025, 12, 1, 8, 30, 0)


def load_lines() -> ModuleType:
    """The corpus source (lines, labels, traps, notice titles), kept beside the corpus."""
    spec = importlib.util.spec_from_file_location(
        "unseen_corpus_lines", OUT_DIR / "corpus_lines.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module while being built
    spec.loader.exec_module(module)
    return module


SRC = load_lines()
Line, PlanData, SOURCES, TRAPS, PLAN_DATA = SRC.Line, SRC.PlanData, SRC.SOURCES, SRC.TRAPS, SRC.PLAN_DATA  # fmt: skip

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="E2EFDA")
LOGO_FILL = PatternFill("solid", fgColor="2F5597")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
DATE_FMT = "dd.mm.yyyy"
MONEY = "#,##0"


@dataclass
class Plan:
    """A written plan: where its lines are and how to read them back (for the self-check)."""

    data: PlanData
    sheet: str | None
    rows: list[tuple[int, Line]] = field(default_factory=list)
    cols: dict[str, int] = field(default_factory=dict)  # 1-based columns (CSV: field index + 1)
    scale: float = 1.0  # value cells are in thousands (1000) or millions (1e6)
    header: str = ""  # where the header is (README)
    names: list[str] = field(default_factory=list)  # the column headings (README)


# --- How cells are written ---


def spaced(n: int) -> str:
    """1250000 -> '1 250 000'."""
    return f"{n:,}".replace(",", " ")


def plus_options(options: int) -> str:
    """Options as most plans write them: 2 -> '1+1', 1 -> '1 år', 0 -> 'ingen'."""
    return {0: "ingen", 1: "1 år", 2: "1+1", 3: "1+1+1"}.get(options, f"{options} år")


def combined_period(years: int, options: int, style: str) -> str:
    """Contract and option years in one cell: '2+1+1' or '2 år + 1 + 1'."""
    if style == "short":
        return f"{years} år" if options == 0 else "+".join([str(years)] + ["1"] * options)
    return f"{years} år" + "".join(" + 1" for _ in range(options))


def cell_or(line: Line, default: object) -> object:
    """The value cell as the plan writes it: the line's own form, else the plan's default."""
    return line.value if line.value is not None else default


def opt_or(line: Line, default: object) -> object:
    return line.opt if line.opt is not None else default


def put(ws: Worksheet, row: int, values: list[object], first_col: int = 1) -> None:
    for offset, value in enumerate(values):
        cell = ws.cell(row=row, column=first_col + offset, value=None if value == "" else value)
        cell.border = BOX
        cell.alignment = WRAP
        if isinstance(value, dt.date):
            cell.number_format = DATE_FMT
        elif isinstance(value, int) and value >= 10_000:
            cell.number_format = MONEY


def header(ws: Worksheet, row: int, names: list[object], first_col: int = 1) -> None:
    for offset, name in enumerate(names):
        cell = ws.cell(row=row, column=first_col + offset, value=name)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEAD_FILL, BOX, CENTER


def section_row(ws: Worksheet, row: int, text: str, first_col: int, last_col: int) -> None:
    ws.cell(row=row, column=first_col, value=text).font = BOLD
    for col in range(first_col, last_col + 1):
        ws.cell(row=row, column=col).fill = SECTION_FILL
    ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)


def logo(ws: Worksheet, ref: str, text: str) -> None:
    ws.merge_cells(ref)
    cell = ws[ref.split(":")[0]]
    cell.value = text
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = LOGO_FILL
    cell.alignment = CENTER


def widths(ws: Worksheet, sizes: str) -> None:
    """'A8 B50 C14' -> column widths."""
    for item in sizes.split():
        ws.column_dimensions[re.sub(r"\d", "", item)].width = float(re.sub(r"\D", "", item))


def start_sheet(data: PlanData, title: str, texts: dict[str, str]) -> tuple[Workbook, Worksheet]:
    """A workbook with fixed properties, its first sheet named, title lines written (the first
    in the title font)."""
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = data.municipality
    wb.properties.created = wb.properties.modified = STAMP
    ws = wb.active
    ws.title = title
    for index, (ref, text) in enumerate(texts.items()):
        ws[ref] = text
        ws[ref].font = TITLE if index == 0 else Font(italic=ref == "A3")
    return wb, ws


def finish(wb: Workbook, plan: Plan, cols: dict[str, int]) -> Plan:
    plan.cols = cols
    save_fixed(wb, OUT_DIR / plan.data.file)
    return plan


def save_fixed(wb: Workbook, path: Path) -> None:
    """Save with every timestamp fixed (zip entry times and docProps), so reruns are identical."""
    raw = io.BytesIO()
    wb.save(raw)
    iso = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    pattern = re.compile(r"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>")
    with zipfile.ZipFile(raw) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, payload in entries:
            if name == "docProps/core.xml":
                text = pattern.sub(
                    lambda m: f"<dcterms:{m[1]}{m[2]}>{iso}</dcterms:{m[1]}>",
                    payload.decode("utf-8"),
                )
                payload = text.encode("utf-8")
            entry = zipfile.ZipInfo(name, date_time=STAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, payload)


def write_csv(
    path: Path, rows: list[list[str]], *, delimiter: str, encoding: str, eol: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=eol).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def announcement_to_start(when: object) -> dt.date:
    """Askøy's contract start: five months after the month the announcement falls in."""
    month, year = approx_month(when)
    month += 5
    year += (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mai": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "des": 12,
}  # fmt: skip
SEASONS = {"vår": 4, "sommar": 7, "sommer": 7, "haust": 10, "høst": 10}


def approx_month(when: object) -> tuple[int, int]:
    """(month, year) of a date as written: a quarter is its middle month, a half April/October,
    a season its middle month, a bare year July."""
    if isinstance(when, dt.date):
        return when.month, when.year
    text = str(when).lower()
    year = int(re.findall(r"20\d\d", text)[-1])
    if m := re.search(r"\b(\d\d)\.(\d\d)\.20\d\d", text):
        return int(m[2]), year
    if m := re.search(r"q([1-4])|([1-4])\. kvartal", text):
        return 3 * int(m[1] or m[2]) - 1, year
    if m := re.search(r"h([12])|([12])\. halvår", text):
        return (4 if (m[1] or m[2]) == "1" else 10), year
    for word, month in SEASONS.items():
        if word in text:
            return month, year
    for word, month in MONTHS.items():
        if word in text:
            return month, year
    return 7, year


# --- The ten layouts ---


def write_indre_ostfold(data: PlanData) -> Plan:
    """Logo and title lines, a note row, header on row 5, coloured sections with blank rows
    between, two text columns, values per year in thousands of kroner, a SUM formula row."""
    wb, ws = start_sheet(data, "Anskaffelsesplan 2026-27", {
        "C1": "Anskaffelsesplan 2026–2027",
        "C2": "Vedtatt i kommunedirektørens ledergruppe 02.12.2025. Oppdateres fortløpende.",
        "A3": "Alle beløp er estimert årlig verdi i hele tusen kroner (1000 kr) eks. mva.",
    })  # fmt: skip
    logo(ws, "A1:B2", "INDRE ØSTFOLD KOMMUNE")
    names = ["Ref", "Avtaleområde", "Beskrivelse", "CPV", "Årlig verdi (1000 kr)",
             "Varighet (år)", "Opsjon (år)", "Planlagt kunngjøring", "Kommunalområde",
             "Innkjøper", "Prosedyre", "Merknad"]  # fmt: skip
    header(ws, 5, names)
    plan = Plan(data, ws.title, scale=1000, header="row 5", names=list(names))
    row = 6
    for index, (section, lines) in enumerate(data.sections):
        row += 1 if index else 0
        section_row(ws, row, section, 1, len(names))
        row += 1
        for line in lines:
            put(ws, row, [line.ref, line.title, line.desc, line.cpv,
                          cell_or(line, line.annual // 1000), line.years, line.options or "",
                          line.when, line.unit, line.contact, line.proc, line.note])  # fmt: skip
            plan.rows.append((row, line))
            row += 1
    last = row - 1
    ws.cell(row=last + 2, column=2, value="Sum årlig verdi (1000 kr)").font = BOLD
    ws.cell(row=last + 2, column=5, value=f"=SUM(E7:E{last})").font = BOLD
    ws.freeze_panes = "C6"
    ws.auto_filter.ref = f"A5:L{last}"
    widths(ws, "A11 B46 C52 D13 E12 F9 G9 H15 I18 J17 K24 L36")
    return finish(wb, plan, {"ref": 1, "desc": 2, "cpv": 4, "annual": 5, "years": 6, "options": 7, "date": 8})  # fmt: skip


def write_marker(data: PlanData) -> Plan:
    """CSV exported from Excel: semicolons, cp1252, CRLF, two title lines and a blank line
    before the header, totals incl. options with a decimal comma, periods as text."""
    names = ["Nr", "Hva skal anskaffes", "CPV", "Totalverdi inkl. opsjoner (kr)", "Varighet",
             "Opsjon", "Kunngjøres", "Ansvarlig", "Merknad"]  # fmt: skip
    pad = [""] * (len(names) - 1)
    rows = [["Marker kommune – innkjøpsplan 2026–2027", *pad],
            ["Oppdatert 25.11.2025. Totalverdi for hele avtaleperioden inkl. opsjoner, eks. mva.", *pad],
            ["", *pad], names]  # fmt: skip
    plan = Plan(data, None, header="line 4", names=list(names))
    for line in data.lines:
        rows.append([str(line.ref), line.title, line.cpv, str(cell_or(line, f"{line.total},00")),
                     f"{line.years} år", str(opt_or(line, plus_options(line.options))),
                     str(line.when), line.contact, line.note])  # fmt: skip
        plan.rows.append((len(rows), line))
    write_csv(OUT_DIR / data.file, rows, delimiter=";", encoding="cp1252", eol="\r\n")
    plan.cols = {"ref": 1, "desc": 2, "cpv": 3, "total": 4, "years": 5, "options": 6, "date": 7}
    return plan


def write_aurskog_holand(data: PlanData) -> Plan:
    """Title and date lines, header on row 3, values per year as text in many forms, the expiry
    of today's contract as real dates (new needs as text), a hidden column, a change-log sheet."""
    wb, ws = start_sheet(data, "Innkjøpsplan", {
        "A1": "Aurskog-Høland kommune – innkjøpsplan 2026–2027",
        "A2": "Sist oppdatert 28.11.2025 – beløp er estimert årlig verdi eks. mva.",
    })  # fmt: skip
    ws.merge_cells("A1:K1")
    names = ["Nr", "Innkjøp", "CPV", "Årlig verdi eks. mva", "Avtalelengde", "Opsjoner",
             "Dagens avtale utløper", "Tjenesteområde", "Ansvarlig", "Intern merknad",
             "Kommentar"]  # fmt: skip
    header(ws, 3, names)
    plan = Plan(data, ws.title, header="row 3", names=list(names))
    for row, line in enumerate(data.lines, start=4):
        put(ws, row, [line.ref, line.title, line.cpv, cell_or(line, spaced(line.annual)),
                      f"{line.years} år", opt_or(line, plus_options(line.options)), line.when,
                      line.unit, line.contact, line.proc, line.note])  # fmt: skip
        plan.rows.append((row, line))
    ws.column_dimensions["J"].hidden = True
    ws.freeze_panes = "C4"
    widths(ws, "A12 B54 C30 D16 E12 F11 G14 H16 I17 J24 K40")
    log = wb.create_sheet("Endringslogg")
    put(log, 1, ["Dato", "Endring", "Av"])
    put(log, 2, [dt.date(2025, 10, 2), "Første utkast sendt til tjenesteområdene", "GS"])
    put(log, 3, [dt.date(2025, 11, 28), "Lagt inn innspill fra teknisk og helse", "MEV"])
    widths(log, "A12 B60 C8")
    return finish(wb, plan, {"ref": 1, "desc": 2, "cpv": 3, "annual": 4, "years": 5, "options": 6, "date": 7})  # fmt: skip


def write_klepp(data: PlanData) -> Plan:
    """Nynorsk. Logo block and three title lines, header on row 5, CPV with its Norwegian label,
    values per year as numbers (a few as text), seasons as dates, a SUM row, a cell comment."""
    wb, ws = start_sheet(data, "Innkjøpsplan 2026-2027", {
        "C1": "Innkjøpsplan for Klepp kommune 2026–2027",
        "C2": "Handsama i formannskapet 10.12.2025",
        "C3": "Verdiar i kroner eks. mva., per år",
    })  # fmt: skip
    logo(ws, "A1:B3", "KLEPP KOMMUNE\n(logo)")
    names = ["Løpenr", "Kva skal kjøpast", "CPV-kode", "Årleg verdi (kr)", "Avtaletid (år)",
             "Opsjon", "Planlagd kunngjering", "Eining", "Kontaktperson", "Merknad"]  # fmt: skip
    header(ws, 5, names)
    plan = Plan(data, ws.title, header="row 5", names=list(names))
    for row, line in enumerate(data.lines, start=6):
        put(ws, row, [line.ref, line.title, line.cpv, cell_or(line, line.annual), line.years,
                      opt_or(line, plus_options(line.options)), line.when, line.unit,
                      line.contact, line.note])  # fmt: skip
        plan.rows.append((row, line))
    last = 5 + len(data.lines)
    ws.cell(row=last + 2, column=2, value="Sum").font = BOLD
    ws.cell(row=last + 2, column=4, value=f"=SUM(D6:D{last})").font = BOLD
    commented = next(r for r, line in plan.rows if line.group == "dairy")
    ws.cell(row=commented, column=4).comment = Comment(
        "Forbruk 2025 + 5 %, nytt kjøkken på Klepp omsorgssenter.", "Solveig Prøvevik"
    )
    ws.freeze_panes = "C6"
    widths(ws, "A8 B52 C34 D14 E10 F9 G15 H18 I19 J40")
    return finish(wb, plan, {"ref": 1, "desc": 2, "cpv": 3, "annual": 4, "years": 5, "options": 6, "date": 7})  # fmt: skip


def write_hjelmeland(data: PlanData) -> Plan:
    """Nynorsk, a small plan on 'Ark1': one title row, header on row 2, no CPV column, total
    value incl. options ('1,8 mill', 'kr 1 400 000,-'), contract and options in one cell ('2+1+1'),
    desired start of the new contract."""
    wb, ws = start_sheet(data, "Ark1", {"A1": "Innkjøpsplan Hjelmeland kommune 2026–2027"})
    ws.merge_cells("A1:G1")
    names = ["Nr", "Skildring", "Samla verdi inkl. opsjonar (kr)", "Avtaleperiode",
             "Ønskt oppstart", "Ansvarleg", "Merknad"]  # fmt: skip
    header(ws, 2, names)
    plan = Plan(data, ws.title, header="row 2", names=list(names))
    for row, line in enumerate(data.lines, start=3):
        period = line.period or combined_period(line.years, line.options, "short")
        put(ws, row, [line.ref, line.title, cell_or(line, line.total), period, line.when,
                      line.contact, line.note])  # fmt: skip
        plan.rows.append((row, line))
    widths(ws, "A5 B62 C16 D13 E14 F20 G40")
    return finish(wb, plan, {"ref": 1, "desc": 2, "total": 3, "period": 4, "date": 5})


def write_sauda(data: PlanData) -> Plan:
    """Nynorsk. Header on row 1, two text columns, values per year (numbers, "450'", '5,2 mill'),
    start of the new contract as real dates, a hidden archive column, autofilter."""
    wb, ws = start_sheet(data, "Innkjøpsplan", {})
    names = ["Nr", "Anskaffing", "Skildring", "CPV", "Verdi pr. år (kr)", "Avtaletid (år)",
             "Opsjon", "Oppstart ny avtale", "Ansvarleg", "Merknad", "Arkivsak"]  # fmt: skip
    header(ws, 1, names)
    plan = Plan(data, ws.title, header="row 1", names=list(names))
    for row, line in enumerate(data.lines, start=2):
        put(ws, row, [line.ref, line.title, line.desc, line.cpv, cell_or(line, line.annual),
                      line.years, opt_or(line, plus_options(line.options)), line.when,
                      line.contact, line.note, f"25/{311 + 17 * row}"])  # fmt: skip
        plan.rows.append((row, line))
    ws.column_dimensions["K"].hidden = True
    ws.auto_filter.ref = f"A1:K{1 + len(data.lines)}"
    ws.freeze_panes = "C2"
    widths(ws, "A6 B34 C56 D13 E14 F10 G9 H14 I16 J36 K10")
    return finish(wb, plan, {"ref": 1, "desc": 2, "cpv": 4, "annual": 5, "years": 6, "options": 7, "date": 8})  # fmt: skip


def write_askoy(data: PlanData) -> Plan:
    """A two-row header (merged group headings 'Verdi' and 'Tidsplan' over their sub-columns,
    other headings merged down), value per year and total incl. options side by side (works
    projects give only the total), announcement as text and contract start as real dates."""
    wb, ws = start_sheet(data, "Plan 2026-2027", {
        "A1": "Askøy kommune – anskaffelsesplan 2026–2027",
        "A2": "Innkjøpsseksjonen, versjon 3 (01.12.2025)",
    })  # fmt: skip
    top = {1: "Saksnr", 2: "Anskaffelse", 3: "CPV", 4: "Kategori", 5: "Verdi (kr eks. mva)",
           7: "Varighet (år)", 8: "Opsjon (år)", 9: "Tidsplan", 11: "Ansvarlig",
           12: "Merknad"}  # fmt: skip
    sub = {5: "pr. år", 6: "totalt inkl. opsjoner", 9: "Kunngjøring", 10: "Kontraktstart"}
    names = [f"{top.get(c) or top[c - 1]}: {sub[c]}" if c in sub else top[c] for c in range(1, 13)]
    header(ws, 4, [top.get(c) for c in range(1, 13)])
    header(ws, 5, [sub.get(c) for c in range(1, 13)])
    for ref in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "H4:H5", "I4:J4",
                "K4:K5", "L4:L5"):  # fmt: skip
        ws.merge_cells(ref)
    plan = Plan(data, ws.title, header="rows 4–5", names=list(names))
    for row, line in enumerate(data.lines, start=6):
        per_year = "" if line.kind == "works" else line.annual
        put(ws, row, [line.ref, line.title, line.cpv, line.unit, per_year, line.total,
                      line.years, line.options, line.when, announcement_to_start(line.when),
                      line.contact, line.note])  # fmt: skip
        plan.rows.append((row, line))
    ws.freeze_panes = "C6"
    ws.auto_filter.ref = f"A5:L{5 + len(data.lines)}"
    widths(ws, "A10 B54 C13 D15 E13 F15 G9 H9 I12 J13 K16 L38")
    return finish(wb, plan, {"ref": 1, "desc": 2, "cpv": 3, "annual": 5, "total": 6, "years": 7,
                             "options": 8, "date": 9})  # fmt: skip


def write_bjornafjorden(data: PlanData) -> Plan:
    """Nynorsk. Three title lines, header on row 5, sections, values per year in millions of
    kroner as decimals ('1,10'; one as text '0,35'), CPV as plain numbers or with check digit."""
    wb, ws = start_sheet(data, "Anskaffingsplan", {
        "A1": "Bjørnafjorden kommune",
        "A2": "Anskaffingsplan 2026–2027",
        "A3": "Verdiar i millionar kroner per år, ekskl. mva.",
    })  # fmt: skip
    names = ["Ref.", "Anskaffing", "CPV", "Årleg verdi (mill. kr)", "Avtaletid", "Opsjon",
             "Kunngjering", "Sektor", "Kontaktperson", "Merknad"]  # fmt: skip
    header(ws, 5, names)
    plan = Plan(data, ws.title, scale=1_000_000, header="row 5", names=list(names))
    row = 6
    for section, lines in data.sections:
        section_row(ws, row, section, 1, len(names))
        row += 1
        for line in lines:
            put(ws, row, [line.ref, line.title, line.cpv, cell_or(line, line.annual / 1e6),
                          f"{line.years} år", opt_or(line, plus_options(line.options)),
                          line.when, line.unit, line.contact, line.note])  # fmt: skip
            if line.value is None:
                ws.cell(row=row, column=4).number_format = "0.00"
            plan.rows.append((row, line))
            row += 1
    ws.freeze_panes = "C6"
    widths(ws, "A10 B56 C13 D12 E10 F9 G13 H18 I18 J40")
    return finish(wb, plan, {"ref": 1, "desc": 2, "cpv": 3, "annual": 4, "years": 5, "options": 6, "date": 7})  # fmt: skip


def write_averoy(data: PlanData) -> Plan:
    """CSV from a planning tool: UTF-8 with BOM, commas, quotes where needed, LF, header on
    line 1, values per year as text with spaces, options as numbers."""
    names = ["Nr", "Anskaffelse", "CPV", "Årlig verdi", "Varighet (år)", "Opsjon (år)",
             "Utlysning", "Enhet", "Kontakt", "Merknad"]  # fmt: skip
    rows = [names]
    plan = Plan(data, None, header="line 1", names=list(names))
    for line in data.lines:
        rows.append([line.ref, line.title, line.cpv, str(cell_or(line, spaced(line.annual))),
                     str(line.years), str(line.options), str(line.when), line.unit,
                     line.contact, line.note])  # fmt: skip
        plan.rows.append((len(rows), line))
    write_csv(OUT_DIR / data.file, rows, delimiter=",", encoding="utf-8-sig", eol="\n")
    plan.cols = {"ref": 1, "desc": 2, "cpv": 3, "annual": 4, "years": 5, "options": 6, "date": 7}
    return plan


def write_vennesla(data: PlanData) -> Plan:
    """An instruction sheet first; the plan on the second sheet starts in column B; header on
    row 4; total incl. options (numbers, '6 mill', 'kr 480 000,-'); contract and options in
    one cell ('2 år + 1 + 1'); real dates or '2. kvartal 2026'; a SUM row."""
    wb, guide = start_sheet(data, "Forklaring", {
        "A1": "Slik fyller du ut anskaffelsesplanen",
        "A4": "Én linje per avtale eller anskaffelse. Totalverdi er for hele perioden inkl. opsjoner.",
        "A5": "Avtaletid skrives som grunnperiode + opsjoner, f.eks. «2 år + 1 + 1».",
        "A6": "Planlagt utlysning: dato eller kvartal. Kontakt innkjøp ved spørsmål.",
    })  # fmt: skip
    guide.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Anskaffelser 2026-2027")
    ws["B1"] = "Vennesla kommune – anskaffelser 2026–2027"
    ws["B1"].font = TITLE
    ws["B2"] = "Beløp eks. mva. Sist revidert 26.11.2025."
    names = ["Løpenr", "Anskaffelse", "CPV", "Totalverdi inkl. opsjoner", "Avtaletid",
             "Planlagt utlysning", "Avdeling", "Kontakt", "Kommentar"]  # fmt: skip
    header(ws, 4, names, first_col=2)
    plan = Plan(data, ws.title, header="row 4 (from column B)", names=list(names))
    for row, line in enumerate(data.lines, start=5):
        period = line.period or combined_period(line.years, line.options, "long")
        put(ws, row, [line.ref, line.title, line.cpv, cell_or(line, line.total), period,
                      line.when, line.unit, line.contact, line.note], first_col=2)  # fmt: skip
        plan.rows.append((row, line))
    last = 4 + len(data.lines)
    ws.cell(row=last + 1, column=3, value="Sum").font = BOLD
    ws.cell(row=last + 1, column=5, value=f"=SUM(E5:E{last})").font = BOLD
    ws.column_dimensions["A"].width = 3
    ws.freeze_panes = "D5"
    widths(ws, "B9 C54 D30 E16 F15 G15 H15 I17 J40")
    return finish(wb, plan, {"ref": 2, "desc": 3, "cpv": 4, "total": 5, "period": 6, "date": 7})


WRITERS = {"ios": write_indre_ostfold, "mar": write_marker, "ahk": write_aurskog_holand,
           "kle": write_klepp, "hje": write_hjelmeland, "sau": write_sauda, "ask": write_askoy,
           "bjf": write_bjornafjorden, "ave": write_averoy, "ven": write_vennesla}  # fmt: skip


# --- Ground truth ---


def cpv_written(line: Line) -> str:
    return "" if line.cpv in ("", None) else str(line.cpv)


def cpv8(line: Line) -> str:
    if line.cpv8:
        return line.cpv8
    text = str(line.cpv).strip().split(" ")[0].split("-")[0]
    return text.zfill(8)


def date_text(when: object) -> str:
    return when.strftime("%d.%m.%Y") if isinstance(when, dt.date) else str(when)


def write_truth(plans: list[Plan]) -> None:
    label_head = ["file", "sheet", "excel_row", "municipality", "reference", "description",
                  "group"]  # fmt: skip
    value_head = ["file", "sheet", "excel_row", "annual_value_nok", "total_value_nok",
                  "contract_years", "option_years", "cpv8", "cpv_written", "date_text"]  # fmt: skip
    labels, values = [label_head], [value_head]
    for plan in plans:
        for row, line in plan.rows:
            key = [plan.data.file, plan.sheet or "", row]
            labels.append([*key, plan.data.municipality, str(line.ref), line.title, line.group])
            values.append([*key, line.annual, line.total, line.years, line.options, cpv8(line),
                           cpv_written(line), date_text(line.when)])  # fmt: skip
    for name, rows in (("labels.csv", labels), ("expected_values.csv", values)):
        with open(OUT_DIR / name, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)


# --- Self-check: read everything back ---


def read_amount(cell: object, scale: float) -> int | None:
    """A value cell as a person reads it: numbers, '1 250', 'kr 450 000,-', '1,2 mill', "450'"."""
    if cell in (None, ""):
        return None
    if isinstance(cell, int | float):
        return round(cell * scale)
    text = str(cell).lower().replace("\xa0", " ").replace("kr", "").replace(",-", "").strip()
    factor = 1
    if text.endswith("mill"):
        factor, text = 1_000_000, text[:-4]
    elif text.endswith("'"):
        factor, text = 1000, text[:-1]
    text = text.replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return round(float(text) * factor * scale)


def read_years(cell: object) -> int:
    return int(re.findall(r"\d+", str(cell))[0])


def read_options(cell: object) -> int:
    if cell in (None, "", "ingen"):
        return 0
    numbers = [int(n) for n in re.findall(r"\d+", str(cell))]
    return numbers[0] * numbers[1] if " x " in str(cell) else sum(numbers)


def read_rows(plan: Plan) -> dict[int, list[object]]:
    """Row number -> cell values (1-based positions), for a workbook sheet or a CSV file."""
    path = OUT_DIR / plan.data.file
    if plan.sheet is None:
        encoding = "cp1252" if path.read_bytes()[:3] != b"\xef\xbb\xbf" else "utf-8-sig"
        text = path.read_bytes().decode(encoding)
        delimiter = ";" if text.splitlines()[0].count(";") else ","
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        return {n: [None, *row] for n, row in enumerate(rows, start=1)}
    ws = load_workbook(path)[plan.sheet]
    return {
        row[0].row: [None, *(cell.value for cell in row)]
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row)
    }


def check_plan(plan: Plan) -> None:
    cells = read_rows(plan)
    c = plan.cols
    for row, line in plan.rows:
        got = cells[row]
        where = f"{plan.data.file} row {row}"
        assert str(got[c["ref"]]) == str(line.ref), where
        assert got[c["desc"]] == line.title, (where, got[c["desc"]], line.title)
        if "annual" in c and not (line.kind == "works" and "total" in c):
            assert read_amount(got[c["annual"]], plan.scale) == line.annual, where
        if "total" in c:
            assert read_amount(got[c["total"]], plan.scale) == line.total, where
        if "period" in c:
            years = read_years(got[c["period"]])
            options = read_options(str(got[c["period"]]).split("+", 1)[1]) if "+" in str(
                got[c["period"]]) else 0  # fmt: skip
        else:
            years, options = read_years(got[c["years"]]), read_options(got[c["options"]])
        assert (years, options) == (line.years, line.options), where
        assert line.annual * (line.years + line.options) == line.total, where
        written = got[c["date"]]
        assert date_text(written.date() if isinstance(written, dt.datetime) else written) == (
            date_text(line.when)
        ), where
        if "cpv" in c:
            assert (str(got[c["cpv"]]) if got[c["cpv"]] is not None else "") == cpv_written(line)
        assert len(cpv8(line)) == 8 and cpv8(line).isdigit(), where


def check_groups_and_traps(plans: list[Plan]) -> None:
    where: dict[str, tuple[Plan, Line]] = {}
    groups: dict[str, list[tuple[Plan, Line]]] = {}
    for plan in plans:
        for _, line in plan.rows:
            where[f"{plan.data.key}:{line.ref}"] = (plan, line)
            if line.group:
                groups.setdefault(line.group, []).append((plan, line))
    for name, members in groups.items():
        towns = [plan.data.municipality for plan, _ in members]
        assert 2 <= len(members) <= 5 and len(set(towns)) == len(towns), name
        months = [approx_month(line.when) for _, line in members]
        span = max(y * 12 + m for m, y in months) - min(y * 12 + m for m, y in months)
        assert span <= 12, (name, span)
    for trap in TRAPS:
        sides = [[where[ref][1].group for ref in side] for side in trap.sides]
        if trap.together:
            assert len(set(sides[0])) == 1 and sides[0][0], trap.title
            continue
        for i, left in enumerate(sides):
            for right in sides[i + 1 :]:
                shared = {g for g in left if g} & {g for g in right if g}
                assert not shared, (trap.title, shared)


def shared_dir() -> Path | None:
    for candidate in (ROOT.parent / "shared", ROOT.parents[1] / "shared"):
        if (candidate / "data-scout").is_dir():
            return candidate
    return None


def check_sources_and_cpv(plans: list[Plan]) -> str:
    """Every cited notice exists in the Doffin extract; every CPV code (and check digit as
    written) exists in the CPV 2008 list. Skipped when ../shared is absent."""
    shared = shared_dir()
    if shared is None:
        return "provenance and CPV not checked (../shared not found)"
    scout = shared / "data-scout"
    with open(scout / "doffin_notices_2020_F02.csv", encoding="utf-8") as handle:
        notices = {(r["oppdragsgiver"], r["kunngjoringsdato"], r["tittel"]) for r in
                   csv.DictReader(handle)}  # fmt: skip
    for key, source in SOURCES.items():
        assert source in notices, key
    with open(scout / "cpv_2008_en_no.csv", encoding="utf-8") as handle:
        codes = {r["code8"]: r for r in csv.DictReader(handle)}
    for plan in plans:
        for _, line in plan.rows:
            assert cpv8(line) in codes, (line.ref, cpv8(line))
            written = cpv_written(line)
            if m := re.match(r"(\d{8})-(\d)", written):
                assert codes[m[1]]["check_digit"] == m[2], (line.ref, written)
            if " " in written and not re.match(r"\d{4} \d{4}$", written):
                label = written.split(" ", 1)[1]
                assert label in (codes[cpv8(line)]["label_no"], codes[cpv8(line)]["label_en"]), (
                    line.ref
                )
    return "provenance and CPV checked against ../shared/data-scout"


# --- README ---


def md_line(plan: Plan, row: int, line: Line) -> str:
    place = "line" if plan.sheet is None else "row"
    return f"{plan.data.municipality.removesuffix(' kommune')} {line.ref} ({place} {row}) «{line.title}»"


def provenance_kind(plan: Plan, line: Line) -> str:
    if not line.src:
        return "invented"
    buyer, _, title = SOURCES[line.src]
    own = plan.data.municipality.removesuffix(" kommune").lower() in buyer.lower()
    clean = re.sub(r"^[\d-]+ |^ANSK-\d+-\d+ ", "", title).strip(" .").lower()
    kind = "real title" if line.title.lower() == clean else "reworded"
    return f"{kind} ({'own notice' if own else 'other buyer'})"


def write_readme(path: Path, plans: list[Plan]) -> None:
    refs = {f"{p.data.key}:{line.ref}": (p, r, line) for p in plans for r, line in p.rows}
    groups: dict[str, list[tuple[Plan, int, Line]]] = {}
    for plan, row, line in refs.values():
        if line.group:
            groups.setdefault(line.group, []).append((plan, row, line))
    total = len(refs)
    grouped = sum(len(m) for m in groups.values())
    sizes = sorted(len(m) for m in groups.values())
    kinds = Counter(provenance_kind(plan, line) for plan, _, line in refs.values())
    out = [SRC.README_INTRO, "## Counts\n"]
    out.append(
        f"- Files: {len(plans)} ({sum(p.sheet is not None for p in plans)} xlsx, "
        f"{sum(p.sheet is None for p in plans)} csv)"
    )
    out.append(
        f"- Plan lines: {total}; in a group: {grouped} ({100 * grouped / total:.0f} %); "
        f"without a group: {total - grouped}"
    )
    out.append(
        f"- Groups: {len(groups)}; sizes: "
        + ", ".join(f"{sizes.count(n)}× {n}" for n in sorted(set(sizes)))
    )
    out.append("- Line provenance: " + "; ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
    out.append("\n## Files\n")
    out.append(
        "| file | municipality (county) | målform | inhabitants | sheet | header | lines "
        "| in groups |\n|---|---|---|---|---|---|---|---|"
    )
    for p in plans:
        n_grouped = sum(1 for _, line in p.rows if line.group)
        out.append(
            f"| {p.data.file} | {p.data.municipality} ({p.data.county}) | "
            f"{p.data.maalform} | {p.data.inhabitants:,} | {p.sheet or '(CSV)'} | "
            f"{p.header} | {len(p.rows)} | {n_grouped} |".replace(",", " ")
        )
    out.append("\n### Layout and quirks per file\n")
    for p in plans:
        doc = " ".join((WRITERS[p.data.key].__doc__ or "").split())
        out.append(f"**{p.data.file}** — {p.data.municipality}: {doc}\n")
        out.append("- Columns: " + " | ".join(f"`{n}`" for n in p.names))
        blank = sum(1 for _, line in p.rows if not cpv_written(line))
        out.append(f"- CPV cell empty on {blank} of {len(p.rows)} lines\n" if "cpv" in p.cols
                   else "- No CPV column\n")  # fmt: skip
    out.append(SRC.README_LABELS)
    out.append(
        "## Groups\n\n| group | lines | lines (municipality ref «description» [date as "
        "written]) |\n|---|---|---|"
    )
    for name in sorted(groups):
        members = "; ".join(f"{md_line(p, r, ln)} [{date_text(ln.when)}]"
                            for p, r, ln in groups[name])  # fmt: skip
        out.append(f"| {name} | {len(groups[name])} | {members} |")
    out.append(SRC.README_TRAPS)
    for kind in dict.fromkeys(t.kind for t in TRAPS):
        out.append(f"### {kind}\n")
        for trap in (t for t in TRAPS if t.kind == kind):
            sides = [", ".join(md_line(*refs[ref]) for ref in side) for side in trap.sides]
            out.append(f"- **{trap.title}**: " + " — vs — ".join(f"[{s}]" for s in sides))
        out.append("")
    out.append(SRC.README_PROVENANCE)
    buyers = Counter(SOURCES[line.src][0] for _, _, line in refs.values() if line.src)
    out.append(
        "Buyers whose titles were used (lines): "
        + "; ".join(f"{b} ({n})" for b, n in sorted(buyers.items()))
        + ".\n"
    )
    out.append("### Every line\n")
    for p in plans:
        out.append(
            f"**{p.data.file}** ({p.data.municipality})\n\n| row | ref | group | kind | "
            "source notice (buyer, published, title) |\n|---|---|---|---|---|"
        )
        for row, line in p.rows:
            source = "–" if not line.src else "{}, {}, «{}»".format(*SOURCES[line.src])
            out.append(
                f"| {row} | {line.ref} | {line.group or '–'} | "
                f"{provenance_kind(p, line)} | {source} |"
            )
        out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    plans = [WRITERS[data.key](data) for data in PLAN_DATA]
    write_truth(plans)
    write_readme(OUT_DIR / "README.md", plans)
    for plan in plans:
        check_plan(plan)
    check_groups_and_traps(plans)
    note = check_sources_and_cpv(plans)
    count = sum(len(p.rows) for p in plans)
    grouped = sum(1 for p in plans for _, line in p.rows if line.group)
    print(f"Wrote {len(plans)} plans, {count} lines ({grouped} in groups) to {OUT_DIR}; {note}")


if __name__ == "__main__":
    main()
