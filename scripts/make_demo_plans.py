"""Write the demo data set: invented procurement plans of the eight Nordhordland municipalities.

Run from the project root:

    .venv/bin/python scripts/make_demo_plans.py

Writes into resources/demo/:
  - one plan per municipality (seven .xlsx workbooks and one .csv file), each in its own layout,
  - municipalities.csv, manifest.json (import order),
  - labels.csv (ground truth per plan line: file, sheet, excel_row, ..., group),
  - expected_values.csv (what each line means once read correctly: annual and total value,
    contract and option years, CPV, the timing as written).

Everything in the plans is invented (needs, values, dates, references, contact names); nothing
says anything about the real municipalities' plans. The output is deterministic: running the
script twice gives the same content (the xlsx files carry a fixed creation time).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
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


# ---------------------------------------------------------------------------------------------
# Alver: the largest plan. Logo cell, title lines, header on row 5, section rows with blank rows
# between, values per year as numbers, planned announcement as text, Sum row as a plain number.
# ---------------------------------------------------------------------------------------------

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

# fmt: off
ALVER: list[tuple[str, list[Line]]] = [
    ("Oppvekst og kultur", [
        Line("ALV-26-01", "Skole- og barnehagemøbler – rammeavtale", "39160000-1", 1_500_000, 2, 2,
             "1+1", "Q3 2026", "Oppvekst", KARI, proc="Åpen anbudskonkurranse",
             note="Delkontrakt 1 skole, delkontrakt 2 barnehage"),
        Line("ALV-26-02", "Drosjeskyss til skolen for elever med tilretteleggingsbehov", "", 3_800_000, 3,
             1, "1 år", "H1 2026", "Oppvekst", KARI, proc="Åpen anbudskonkurranse",
             note="Samordnes med fylkeskommunens skyssordning", cpv8="60130000"),
        Line("ALV-26-03", "Instrumenter, noter og forsterkere til kulturskolen", "37310000", 250_000, 2, 2,
             "1+1", "2026", "Kultur", JONAS, proc="Konkurranse etter del I"),
        Line("ALV-26-04", "Ny barnehage på Alversund – totalentreprise", "45214100-1", 28_000_000, 1,
             0, "", "mars 2026", "Eiendom", PER, proc="Konkurranse med forhandling",
             note="Engangsanskaffelse, byggestart høst 2026"),
        Line("ALV-26-05", "Byggeledelse ved rehabilitering av Knarvik svømmehall", "", 800_000, 2,
             0, "", "Q2 2026", "Eiendom", PER, proc="Konkurranse med forhandling",
             note="Knyttet til byggeprosjekt 2026-04", cpv8="71541000"),
    ]),
    ("Helse og velferd", [
        Line("ALV-26-06", "Vaskeritjenester – leie og vask av tøy til sykehjemmene", "98310000-9",
             2_200_000, 2, 2, "1+1", "mars 2026", "Helse og velferd", INGRID, "laundry",
             proc="Åpen anbudskonkurranse", note="Flattøy, beboertøy og arbeidstøy"),
        Line("ALV-26-07", "Innleie av helsepersonell fra bemanningsbyrå (rammeavtale)",
             "79624000-4", 7_500_000, 2, 2, "1+1", "mai 2026", "Helse og velferd", INGRID,
             "temp_health_staff", proc="Åpen anbudskonkurranse",
             note="Flere leverandører, rangert"),
        Line("ALV-26-08", "Matvarer til institusjonskjøkken – tørrvarer og kolonial", "15890000",
             2_800_000, 2, 2, "1+1", "Q3 2026", "Helse og velferd", TRINE, "food_dry_goods",
             proc="Åpen anbudskonkurranse", note="Sentralkjøkkenet i Knarvik"),
        Line("ALV-26-09", "Kjøtt og kjøttprodukter til institusjonskjøkken", "15100000-9",
             1_900_000, 2, 2, "1+1", "Q3 2026", "Helse og velferd", TRINE,
             proc="Åpen anbudskonkurranse", note="Egen konkurranse, ikke sammen med tørrvarer"),
        Line("ALV-26-10", "Medisinsk forbruksmateriell til hjemmetjenesten og sykehjemmene", "",
             2_600_000, 2, 2, "1+1", "H2 2026", "Helse og velferd", INGRID,
             proc="Åpen anbudskonkurranse", cpv8="33140000"),
        Line("ALV-26-11", "Velferdsteknologi – trygghetsalarmer, sensorer og responssenter", "",
             3_000_000, 4, 0, "", "Q4 2026", "Helse og velferd", MARI,
             proc="Konkurranse med forhandling", note="Markedsdialog våren 2026",
             cpv8="33195000"),
        Line("ALV-26-12", "Kjøp av tolk – oppmøtetolking og videotolking", "", 900_000, 2, 2,
             "1+1", "2026", "Helse og velferd", MARI, proc="Åpen anbudskonkurranse",
             cpv8="79540000"),
    ]),
    ("Teknisk og samfunnsutvikling", [
        Line("ALV-26-13", "Brøyting og strøing 2026–2030, rode 1 Knarvik/Isdalstø", "90620000-9",
             3_400_000, 4, 0, "", "Q2 2026", "Veg og trafikk", LARS, "snow_clearing",
             proc="Åpen anbudskonkurranse", note="Sesongene 2026/27–2029/30"),
        Line("ALV-26-14", "Brøyting og strøing 2026–2030, rode 4 Manger/Radøy", "90620000-9",
             2_900_000, 4, 0, "", "Q2 2026", "Veg og trafikk", LARS, "snow_clearing",
             proc="Åpen anbudskonkurranse", note="Lyses ut sammen med rode 1"),
        Line("ALV-26-15", "Veisalt – levering i bulk til saltlager", "34927100-2", 1_200_000, 2, 2,
             "1+1", "H2 2026", "Veg og trafikk", LARS, "road_salt",
             proc="Åpen anbudskonkurranse"),
        Line("ALV-26-16", "Snøstikker og kantstolper", "39237000-2", 180_000, 1, 1, "1 år",
             "H2 2026", "Veg og trafikk", LARS, proc="Konkurranse etter del I",
             note="Varekjøp, ikke brøytetjeneste"),
        Line("ALV-26-17", "Gatelys – service, feilretting og lampebytte", "50232100", 1_400_000, 3,
             1, "1 år", "Q1 2027", "Veg og trafikk", ERIK, proc="Åpen anbudskonkurranse"),
        Line("ALV-26-18", "Rørleggertjenester til kommunale bygg – rammeavtale", "45330000-9",
             2_500_000, 2, 2, "1+1", "Q4 2026", "Eiendom", PER, proc="Åpen anbudskonkurranse"),
        Line("ALV-26-19", "Malerarbeid, innvendig og utvendig – rammeavtale", "", 1_200_000, 2, 2,
             "1+1", "2027", "Eiendom", PER, proc="Åpen anbudskonkurranse", cpv8="45442100"),
        Line("ALV-26-20", "Heisservice og årlig sakkyndig kontroll", "50750000-7", 650_000, 3, 2, "2x1",
             "Q1 2026", "Eiendom", ERIK, proc="Konkurranse etter del I"),
        Line("ALV-26-21", "Renhold av kommunale bygg i Knarvik (rådhus, helsehus, bibliotek)",
             "90910000-9", 6_500_000, 3, 2, "1+1", "H1 2026", "Eiendom", SIRI, "cleaning_services",
             proc="Åpen anbudskonkurranse", note="Ca. 21 000 m² renholdsareal"),
        Line("ALV-26-22", "Gulvvaskemaskiner og renholdsmaskiner – kjøp og service", "39713400-7",
             450_000, 2, 2, "1+1", "Q2 2026", "Eiendom", SIRI, proc="Konkurranse etter del I",
             note="Maskiner, ikke renholdstjenester"),
        Line("ALV-26-23", "Skjøtsel av grøntanlegg, parker og lekeplasser", "", 1_800_000, 2, 2,
             "1+1", "mars 2026", "Park og idrett", ERIK, proc="Åpen anbudskonkurranse",
             cpv8="77314000"),
        Line("ALV-26-24", "Maskinentreprenør – graving og massetransport (rammeavtale)",
             "45112000-5", 4_500_000, 2, 2, "1+1", "Q2 2026", "Vann og avløp", FRODE,
             proc="Åpen anbudskonkurranse"),
        Line("ALV-26-25", "Kjemikalier til vannbehandling", "24962000", 700_000, 2, 2, "1+1",
             "H2 2026", "Vann og avløp", FRODE, proc="Konkurranse etter del I"),
        Line("ALV-26-26", "Ny hovedvannledning Knarvik–Alversund", "45231300-8", 22_000_000, 1, 0,
             "", "Q3 2026", "Vann og avløp", FRODE, proc="Åpen anbudskonkurranse",
             note="Utførelsesentreprise"),
        Line("ALV-26-27", "Forprosjekt ny brannstasjon i Knarvik – rådgivende ingeniør og arkitekt",
             "", 2_200_000, 1, 0, "", "2026", "Eiendom", PER, proc="Konkurranse med forhandling",
             cpv8="71000000"),
        Line("ALV-26-28", "Vegoppmerking på kommunale veier", "45233221-4", 550_000, 2, 1, "1 år",
             "Q1 2027", "Veg og trafikk", LARS, proc="Konkurranse etter del I"),
        Line("ALV-26-29", "Leasing av elbiler til hjemmetjenesten og teknisk drift", "34144900-7",
             2_400_000, 4, 0, "", "Q1 2027", "Teknisk drift", OLA, "electric_vehicles",
             proc="Åpen anbudskonkurranse", note="Ca. 45 biler, operasjonell leasing"),
        Line("ALV-26-30", "Drivstoffkort til kommunens kjøretøy", "30163100-0", 2_100_000, 2, 2,
             "1+1", "H2 2026", "Teknisk drift", OLA, proc="Åpen anbudskonkurranse"),
    ]),
    ("Fellestjenester og økonomi", [
        Line("ALV-26-31", "Kontorartikler og kopipapir til alle enheter", "30192000-1", 900_000, 2,
             2, "1+1", "Q1 2027", "Innkjøp", OLA, "office_supplies",
             proc="Åpen anbudskonkurranse"),
        Line("ALV-26-32", "PC-er, skjermer og dokkingstasjoner", "30213000-5", 3_500_000, 2, 2,
             "1+1", "Q4 2026", "Digitalisering", JONAS, "it_equipment",
             proc="Åpen anbudskonkurranse", note="Ansatte og elever (ungdomstrinn)"),
        Line("ALV-26-33", "Leie av multifunksjonsmaskiner (MFP) med sikker utskrift", "", 1_100_000,
             4, 0, "", "Q2 2026", "Digitalisering", JONAS, proc="Åpen anbudskonkurranse",
             cpv8="30120000"),
        Line("ALV-26-34", "Sak- og arkivsystem – ny avtale", "48311000-1", 800_000, 4, 2, "2 år",
             "2027", "Digitalisering", JONAS, proc="Konkurranse med forhandling"),
        Line("ALV-26-35", "Forsikringsmeglertjeneste", "", 300_000, 3, 2, "1+1", "H1 2026",
             "Økonomi", OLA, proc="Konkurranse etter del I", cpv8="66518100"),
        Line("ALV-26-36", "Alarmmottak og vektertjenester", "79711000-1", 750_000, 2, 2, "1+1",
             "Q3 2026", "Eiendom", ERIK, proc="Konkurranse etter del I"),
        Line("ALV-26-37", "Lederutviklingsprogram for mellomledere", "", 600_000, 2, 0, "",
             "H1 2026", "Organisasjon", KARI, proc="Konkurranse etter del I", cpv8="79633000"),
    ]),
]
# fmt: on


def write_alver() -> Plan:
    file = "alver_anskaffelsesplan_2026-2027.xlsx"
    sheet = "Anskaffelsesplan 2026-2027"
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet
    ws.merge_cells("A1:B3")
    ws["A1"] = "ALVER KOMMUNE\n(logo)"
    ws["A1"].font = Font(bold=True, color="FFFFFF", size=12)
    ws["A1"].fill = LOGO_FILL
    ws["A1"].alignment = CENTER
    ws["C1"] = "Anskaffelsesplan 2026–2027"
    ws["C1"].font = TITLE
    ws["C2"] = "Behandlet i kommunedirektørens ledergruppe 14.11.2025 – oppdateres fortløpende"
    ws["C3"] = "Beløp: estimert årlig verdi i kroner, eks. mva."
    headers = [
        "Løpenr",
        "Hva skal anskaffes",
        "CPV-kode",
        "Årlig verdi (kr eks. mva)",
        "Avtaleperiode (år)",
        "Opsjon",
        "Planlagt utlysning",
        "Sektor",
        "Innkjøpsansvarlig",
        "Konkurranseform",
        "Merknader",
    ]
    header_row = 5
    for col, text in enumerate(headers, start=1):
        ws.cell(row=header_row, column=col, value=text)
    style_header(ws, header_row, len(headers))
    rows: list[tuple[int, Line]] = []
    row = header_row + 1
    for index, (section, lines) in enumerate(ALVER):
        if index > 0:
            row += 1  # blank row before each later section
        ws.cell(row=row, column=1, value=section).font = BOLD
        for col in range(1, len(headers) + 1):
            ws.cell(row=row, column=col).fill = SECTION_FILL
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
        for line in lines:
            write_row(
                ws,
                row,
                [
                    line.ref,
                    line.title,
                    line.cpv,
                    line.annual,
                    line.years,
                    line.opt,
                    line.when,
                    line.unit,
                    line.contact,
                    line.proc,
                    line.note,
                ],
                {4: MONEY},
            )
            rows.append((row, line))
            row += 1
    last = row - 1
    sum_row = last + 2
    ws.cell(row=sum_row, column=2, value="Sum").font = BOLD
    total = sum(line.annual for _, line in rows)
    ws.cell(row=sum_row, column=4, value=total).number_format = MONEY
    ws.cell(row=sum_row, column=4).font = BOLD
    ws.freeze_panes = "C6"
    ws.auto_filter.ref = f"A{header_row}:K{last}"
    commented = next(r for r, line in rows if line.ref == "ALV-26-07")
    ws.cell(row=commented, column=4).comment = Comment(
        "Anslag basert på forbruk 2024–2025, inkl. sommerferie.", "Ingrid Prøvestad"
    )
    set_widths(
        ws,
        {
            "A": 11,
            "B": 58,
            "C": 13,
            "D": 15,
            "E": 11,
            "F": 8,
            "G": 13,
            "H": 18,
            "I": 18,
            "J": 26,
            "K": 40,
        },
    )
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Alver kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Osterøy: instructions sheet first, the plan on the second sheet; a header split over two rows
# (merged "Verdi (eks. mva)" above "pr. år" / "totalt"); current contract expiry as real dates;
# CPV written with a short label after the code.
# ---------------------------------------------------------------------------------------------

# fmt: off
OSTEROY: list[Line] = [
    Line("OK-26-01", "Snørydding og strøing, rode Hosanger og Lonevåg", "90620000 Snørydding",
         2_100_000, 4, 0, "ingen", d(30, 9, 2026), "Teknisk drift", "Eirik Demodal",
         "snow_clearing", note="Ny konkurranse for sesongene 2026/27–2029/30"),
    Line("OK-26-02", "Strøsalt – levering til kommunale saltlagre", "34927100 Veisalt", 650_000, 2,
         2, "1+1", d(31, 8, 2026), "Teknisk drift", "Eirik Demodal", "road_salt"),
    Line("OK-26-03", "Renholdsmidler, tørkepapir og såpe", "39830000 Rengjøringsmidler", 850_000,
         2, 2, "1+1", d(31, 12, 2026), "Eiendom", "Hilde Prøveberg", "cleaning_products"),
    Line("OK-26-04", "Kolonialvarer og tørrvarer til kjøkkenene i helse og omsorg", "", 1_400_000,
         2, 2, "1+1", d(31, 8, 2026), "Helse og omsorg", "Hilde Prøveberg", "food_dry_goods",
         cpv8="15890000"),
    Line("OK-26-05", "Brød og bakervarer til sykehjem og barnehager", "15811000", 420_000, 2, 2,
         "1+1", d(31, 8, 2026), "Helse og omsorg", "Hilde Prøveberg",
         note="Lokale bakerier oppfordres til å gi tilbud"),
    Line("OK-26-06", "Bemanningstjenester helse – sykepleiere ved ferie og fravær", "79624000",
         4_200_000, 2, 2, "1+1", d(30, 6, 2026), "Helse og omsorg", "Anders Eksempelvik",
         "temp_health_staff"),
    Line("OK-26-07", "Bærbare PC-er og skjermer til ansatte", "30213100 Bærbare datamaskiner",
         1_600_000, 2, 2, "1+1", d(31, 10, 2026), "IKT", "Anders Eksempelvik", "it_equipment"),
    Line("OK-26-08", "Kraftavtale – levering av elektrisk kraft til kommunale bygg", "09310000",
         5_200_000, 3, 2, "1+1", d(31, 12, 2026), "Eiendom", "Eirik Demodal", "electricity"),
    Line("OK-26-09", "Tjenestebiler – leasing av elbiler", "", 1_300_000, 4, 0, "ingen",
         d(31, 3, 2027), "Helse og omsorg", "Anders Eksempelvik", "electric_vehicles",
         note="Hjemmesykepleien og tildelingskontoret", cpv8="34144900"),
    Line("OK-26-10", "Arbeidsklær og vernesko til uteseksjonen", "18110000 Arbeidsklær", 280_000,
         2, 2, "1+1", d(30, 4, 2026), "Teknisk drift", "Eirik Demodal"),
    Line("OK-26-11", "Rens av ventilasjonskanaler i skoler og barnehager", "", 350_000, 3, 0,
         "ingen", d(31, 5, 2026), "Eiendom", "Hilde Prøveberg", cpv8="90910000"),
    Line("OK-26-12", "Ladepunkter for tjenestebiler ved rådhuset i Lonevåg", "45310000", 900_000, 1,
         0, "ingen", "2026", "Eiendom", "Hilde Prøveberg", note="Nytt tiltak, ingen avtale i dag"),
    Line("OK-26-13", "Medier til folkebiblioteket (bøker, lydbøker, film)",
         "22113000 Biblioteksbøker", 380_000, 2, 2, "1+1", d(31, 12, 2026), "Kultur",
         "Synne Fiktivdal"),
    Line("OK-26-14", "Apotekavtale: legemidler og multidosepakking for sykehjemmet", "33600000", 2_300_000, 2, 2, "1+1",
         d(28, 2, 2027), "Helse og omsorg", "Anders Eksempelvik"),
    Line("OK-26-15", "Brukerstyrt personlig assistanse (BPA) – tjenesteleverandører", "", 6_500_000,
         3, 1, "1", d(31, 12, 2026), "Helse og omsorg", "Anders Eksempelvik",
         cpv8="85312400"),
    Line("OK-26-16", "Forsikring – skade-, ansvars- og kjøretøyforsikring",
         "66510000 Forsikringstjenester", 1_900_000, 3, 2, "1+1", d(31, 12, 2026), "Økonomi",
         "Synne Fiktivdal"),
    Line("OK-26-17", "Mobilabonnement og tale/data for ansatte", "64212000", 450_000, 2, 2, "1+1",
         d(31, 5, 2026), "IKT", "Anders Eksempelvik"),
    Line("OK-26-18", "Tømrer- og snekkertjenester – rammeavtale", "45421000 Snekkerarbeid",
         1_500_000, 2, 2, "1+1", d(30, 11, 2026), "Eiendom", "Hilde Prøveberg"),
    Line("OK-26-19", "Service på brannalarmanlegg og nødlys", "50413200", 420_000, 3, 1, "1",
         d(31, 3, 2026), "Eiendom", "Hilde Prøveberg"),
    Line("OK-26-20", "Asfaltering av kommunale veger 2026", "45233222", 3_500_000, 1, 0, "ingen",
         "2026", "Teknisk drift", "Eirik Demodal", note="Årlig asfaltprogram"),
    Line("OK-26-21", "Utskifting av vannmålere i kommunale og private anlegg", "", 600_000, 2, 1, "1", d(30, 6, 2027),
         "Vann og avløp", "Eirik Demodal", cpv8="38421100"),
    Line("OK-26-22", "Analyse av drikkevann og avløpsvann", "71900000 Laboratorietjenester",
         320_000, 3, 1, "1", d(31, 12, 2026), "Vann og avløp", "Eirik Demodal"),
    Line("OK-26-23", "Fagsystem for skole- og barnehageadministrasjon", "", 550_000, 4, 0,
         "ingen", d(31, 7, 2027), "Oppvekst", "Synne Fiktivdal", cpv8="48000000"),
    Line("OK-26-24", "Rehabilitering av tak og fasade, Hauge skule", "45261000", 9_500_000, 1, 0,
         "ingen", "2026", "Eiendom", "Hilde Prøveberg", note="Investeringsprosjekt"),
    Line("OK-26-25", "Konsulentbistand – reguleringsplan for Lonevåg sentrum", "", 800_000, 1, 0,
         "ingen", "2026", "Plan og utvikling", "Synne Fiktivdal", cpv8="71410000"),
    Line("OK-26-26", "Dekk og dekkomlegging for kommunale kjøretøy", "34350000", 260_000, 2, 2,
         "1+1", d(30, 9, 2026), "Teknisk drift", "Eirik Demodal"),
    Line("OK-26-27", "Vask og desinfeksjon av hjelpemidler (senger, rullestoler)", "", 240_000, 2,
         2, "1+1", d(30, 11, 2026), "Helse og omsorg", "Anders Eksempelvik",
         cpv8="50400000"),
    Line("OK-26-28", "Konsulenttjenester for klimaregnskap og klimabudsjett", "", 200_000, 2, 0,
         "ingen", "2027", "Plan og utvikling", "Synne Fiktivdal", cpv8="90713000"),
]
# fmt: on

VEILEDNING = [
    "Veiledning for utfylling av innkjøpsplanen",
    "",
    "1. Fyll inn én linje per planlagt anskaffelse med estimert verdi over 100 000 kr eks. mva.",
    "2. Oppgi verdi per år og samlet verdi for hele avtaleperioden, inkludert opsjoner.",
    "3. «Dagens avtale utløper»: dato når gjeldende avtale (med opsjoner) går ut. "
    "For nye behov uten avtale i dag: skriv årstallet behovet oppstår.",
    "4. CPV-kode: hent koden fra CPV-listen på Doffin. La feltet stå tomt hvis du er usikker.",
    "5. Planen sendes innkjøpsrådgiver innen 1. november hvert år.",
    "",
    "Selve planen ligger på arket «Innkjøpsplan».",
    "Spørsmål: innkjøpsrådgiver Tone Eksempelvik (fiktiv kontakt).",
]


def write_osteroy() -> Plan:
    file = "osteroy_innkjopsplan_2026-2027.xlsx"
    sheet = "Innkjøpsplan"
    wb = new_workbook()
    guide = wb.active
    guide.title = "Veiledning"
    for index, text in enumerate(VEILEDNING, start=1):
        guide.cell(row=index, column=1, value=text or None)
    guide["A1"].font = TITLE
    guide.column_dimensions["A"].width = 110
    ws = wb.create_sheet(sheet)
    ws["A1"] = "Osterøy kommune – innkjøpsplan 2026–2027"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:K1")
    top, sub = 3, 4
    single = {
        1: "Ref.",
        2: "Anskaffelse",
        3: "CPV",
        6: "Avtaletid (år)",
        7: "Opsjon",
        8: "Dagens avtale utløper",
        9: "Ansvarlig enhet",
        10: "Kontaktperson",
        11: "Merknad",
    }
    for col, text in single.items():
        ws.cell(row=top, column=col, value=text)
        ws.merge_cells(start_row=top, start_column=col, end_row=sub, end_column=col)
    ws.cell(row=top, column=4, value="Verdi (eks. mva)")
    ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    ws.cell(row=sub, column=4, value="pr. år")
    ws.cell(row=sub, column=5, value="totalt")
    style_header(ws, top, 11)
    style_header(ws, sub, 11)
    rows: list[tuple[int, Line]] = []
    row = sub + 1
    for line in OSTEROY:
        write_row(
            ws,
            row,
            [
                line.ref,
                line.title,
                line.cpv,
                line.annual,
                line.total,
                line.years,
                line.opt,
                line.when,
                line.unit,
                line.contact,
                line.note,
            ],
            {4: MONEY, 5: MONEY, 8: DATE},
        )
        rows.append((row, line))
        row += 1
    ws.freeze_panes = "C5"
    set_widths(
        ws,
        {
            "A": 10,
            "B": 55,
            "C": 30,
            "D": 13,
            "E": 13,
            "F": 9,
            "G": 8,
            "H": 13,
            "I": 18,
            "J": 20,
            "K": 40,
        },
    )
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Osterøy kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Vaksdal: two text columns, total value incl. options, start of the new contract, hidden
# column "Arkivsak", section rows, CPV partly stored as numbers.
# ---------------------------------------------------------------------------------------------

# fmt: off
VAKSDAL: list[tuple[str, list[tuple[str, Line]]]] = [
    ("Teknisk", [
        ("25/0311", Line(1, "Vinterdrift kommunale veger (alle roder)",
                         90620000, 2_600_000, 4, 0, "ingen", d(1, 10, 2030), "Teknisk drift",
                         "Bente Testvik", desc="Brøyting, strøing og høvling av alle kommunale "
                         "veger, to roder", note="Dagens kontrakt med opsjoner løper ut "
                         "sesongen 2029/30", period="4 år")),
        ("25/0312", Line(2, "Salt til vinterdrift", "34927100-2", 420_000, 2, 2, "1+1",
                         d(1, 10, 2026), "Teknisk drift", "Bente Testvik", "road_salt",
                         desc="Vegsalt levert til saltlagrene på Dale og Stanghelle",
                         period="2 år")),
        ("25/0340", Line(3, "Elektroarbeider i kommunale bygg", "", 1_400_000, 2, 2, "1+1", "H2 2026",
                         "Bygg og eiendom", "Rune Eksempelstad", "electrician_services",
                         desc="Rammeavtale for elektriske arbeider, service og småoppdrag i "
                         "kommunale bygg", cpv8="50711000", period="2 år")),
        ("25/0355", Line(4, "Byggematerialer til byggdrift", "44190000-8", 650_000, 2, 2, "2x1",
                         d(1, 3, 2026), "Bygg og eiendom", "Rune Eksempelstad",
                         desc="Rammeavtale for levering av trelast, plater og festemidler til "
                         "vaktmestertjenesten", period="2 år")),
        ("25/0361", Line(5, "Hovedinspeksjon av bruer", "71631000", 380_000, 1, 0, "ingen",
                         d(1, 5, 2026), "Teknisk drift", "Bente Testvik",
                         desc="Inspeksjon av 14 kommunale bruer, med tilstandsrapport",
                         period="1 år")),
        ("25/0362", Line(6, "Kantslått", "", 300_000, 2, 2, "1+1", d(1, 6, 2026),
                         "Teknisk drift", "Bente Testvik",
                         desc="Slått av vegkanter langs kommunale veger, sommer og høst",
                         cpv8="77312000", period="2 år")),
        ("25/0370", Line(7, "Spyling og filming av avløpsledninger", 90470000, 450_000, 2, 1,
                         "1 år", "høst 2026", "Vann og avløp", "Bente Testvik",
                         desc="Rammeavtale, inkludert rapport om tilstanden på ledningsnettet",
                         period="2 år")),
        ("25/0402", Line(8, "Ny brannstasjon på Dale – byggeledelse", "71541000-2", 900_000, 2, 0,
                         "ingen", "høst 2026", "Bygg og eiendom", "Rune Eksempelstad",
                         desc="Byggeledelse og SHA-koordinator i byggefasen", period="2 år")),
        ("25/0403", Line(9, "Ny brannstasjon på Dale – totalentreprise", "45216121-8",
                         27_000_000, 1, 0, "ingen", "2027", "Bygg og eiendom",
                         "Rune Eksempelstad", desc="Bygging av ny brannstasjon med garasje for "
                         "tre utrykningskjøretøy", period="1 år")),
        ("25/0410", Line(10, "Adgangskontroll", "42961100-1", 700_000, 1, 0, "ingen",
                         d(1, 2, 2026), "Bygg og eiendom", "Rune Eksempelstad",
                         desc="Utvidelse av elektronisk adgangskontroll til skolene og "
                         "rådhuset", period="1 år")),
        ("25/0418", Line(11, "Elbiler", "", 600_000, 4, 0, "ingen", d(1, 6, 2027),
                         "Helse og omsorg", "Camilla Prøvik", "electric_vehicles",
                         desc="Operasjonell leasing av 8–10 elbiler til hjemmesykepleien",
                         cpv8="34144900", period="4 år")),
        ("25/0421", Line(12, "Skilt og rekkverk", "34928000-8", 250_000, 2, 2, "1+1",
                         d(1, 4, 2026), "Teknisk drift", "Bente Testvik",
                         desc="Levering og montering av trafikkskilt og rekkverk på kommunale "
                         "veger", period="2 år")),
    ]),
    ("Oppvekst", [
        ("25/0450", Line(13, "Lærebøker og digitale læremidler", "22112000-8", 900_000, 2, 2,
                         "1+1", d(1, 8, 2026), "Oppvekst", "Tor Planvik",
                         desc="Innkjøp til grunnskolene i takt med fagfornyelsen",
                         period="2 år")),
        ("25/0452", Line(14, "Renholdsprodukter", 39830000, 550_000, 2, 2, "1+1", "2027",
                         "Bygg og eiendom", "Rune Eksempelstad", "cleaning_products",
                         desc="Rengjøringsmidler, papirprodukter og avfallssekker til alle "
                         "kommunale bygg", period="2 år")),
    ]),
    ("Helse og omsorg", [
        ("25/0480", Line(15, "Vikarer helse", "79624000-4", 3_000_000, 2, 1, "1 år",
                         d(1, 9, 2026), "Helse og omsorg", "Camilla Prøvik",
                         "temp_health_staff", desc="Innleie av sykepleiere og vernepleiere ved "
                         "fravær og ferieavvikling", period="2 år")),
        ("25/0481", Line(16, "Sykehjemssenger og madrasser", "", 800_000, 1, 0, "ingen",
                         "H2 2026", "Helse og omsorg", "Camilla Prøvik",
                         desc="Elektriske senger og trykkavlastende madrasser til sykehjemmet",
                         cpv8="33192120", period="1 år")),
        ("25/0483", Line(17, "Meieriprodukter", "15500000-3", 600_000, 2, 2, "1+1",
                         d(1, 9, 2026), "Helse og omsorg", "Camilla Prøvik",
                         desc="Melk, ost og andre meierivarer til sykehjem og barnehager",
                         period="2 år")),
        ("25/0487", Line(18, "Vaskemaskiner og tørketromler", "", 350_000, 1, 0, "ingen",
                         "høst 2026", "Helse og omsorg", "Camilla Prøvik",
                         desc="Profesjonelle maskiner til to bofellesskap, med service",
                         cpv8="39713200", period="1 år")),
        ("25/0490", Line(19, "Møbler og hvitevarer til utleieboliger", "39143000-6", 400_000, 2,
                         1, "1 år", d(1, 4, 2026), "NAV og bolig", "Tor Planvik",
                         desc="Møblering av kommunale utleieboliger ved bosetting",
                         period="2 år")),
    ]),
    ("Stab", [
        ("25/0501", Line(20, "Kontorrekvisita", "30192000-1", 320_000, 2, 2, "1+1",
                         d(1, 4, 2027), "Stab", "Tor Planvik", "office_supplies",
                         desc="Kontorartikler, kopipapir og konvolutter – felles avtale for alle "
                         "enheter", period="2 år")),
        ("25/0502", Line(21, "Advokattjenester", "79110000-8", 400_000, 2, 2, "1+1", "2026",
                         "Stab", "Tor Planvik", desc="Rammeavtale for juridisk bistand innen "
                         "arbeidsrett og forvaltningsrett", period="2 år")),
        ("25/0503", Line(22, "Avtale om bedriftshelsetjeneste (BHT)", "", 450_000, 2, 2, "1+1", d(1, 1, 2027),
                         "Stab", "Tor Planvik", desc="Godkjent bedriftshelsetjeneste for alle "
                         "ansatte", cpv8="85147000", period="2 år")),
        ("25/0504", Line(23, "Bank- og betalingstjenester", "66110000", 250_000, 2, 2, "2x1",
                         d(1, 7, 2026), "Økonomi", "Tor Planvik",
                         desc="Konsernkonto, betalingskort og innbetalingsløsninger",
                         period="2 år")),
        ("25/0505", Line(24, "Økonomisystem", "", 500_000, 4, 2, "2x1", d(1, 1, 2027),
                         "Økonomi", "Tor Planvik", desc="Nytt system for regnskap, "
                         "fakturabehandling og budsjett (skytjeneste)", cpv8="48440000",
                         period="4 år")),
    ]),
]
# fmt: on


def write_vaksdal() -> Plan:
    file = "vaksdal_anskaffelsesplan_2026-2027.xlsx"
    sheet = "Plan"
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet
    ws.merge_cells("A1:A4")
    ws["A1"] = "VAKSDAL\nKOMMUNE"
    ws["A1"].font = Font(bold=True, color="FFFFFF")
    ws["A1"].fill = LOGO_FILL
    ws["A1"].alignment = CENTER
    ws["B1"] = "Anskaffelsesplan 2026–2027"
    ws["B1"].font = TITLE
    ws["B2"] = "Oversikt over planlagte anskaffelser over 100 000 kr"
    ws["B3"] = "Sist oppdatert: 03.11.2025"
    headers = [
        "Nr",
        "Anskaffelse",
        "Beskrivelse",
        "CPV",
        "Totalverdi inkl. opsjoner (kr eks. mva)",
        "Varighet",
        "Opsjoner",
        "Oppstart ny avtale",
        "Arkivsak",
        "Enhet",
        "Kontaktperson",
        "Kommentar",
    ]
    header_row = 6
    for col, text in enumerate(headers, start=1):
        ws.cell(row=header_row, column=col, value=text)
    style_header(ws, header_row, len(headers))
    rows: list[tuple[int, Line]] = []
    row = header_row + 1
    for index, (section, items) in enumerate(VAKSDAL):
        if index > 0:
            row += 1
        cell = ws.cell(row=row, column=1, value=section)
        cell.font = BOLD
        for col in range(1, len(headers) + 1):
            ws.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for archive, line in items:
            write_row(
                ws,
                row,
                [
                    line.ref,
                    line.title,
                    line.desc,
                    line.cpv,
                    line.total,
                    line.period,
                    line.opt,
                    line.when,
                    archive,
                    line.unit,
                    line.contact,
                    line.note,
                ],
                {5: MONEY, 8: DATE},
            )
            rows.append((row, line))
            row += 1
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "D7"
    tc_row = next(r for r, line in rows if line.ref == 1)
    ws.cell(row=tc_row, column=8).comment = Comment(
        "Kontrakten ble forlenget med opsjonsår i 2025.", "Bente Testvik"
    )
    set_widths(
        ws,
        {
            "A": 11,
            "B": 36,
            "C": 55,
            "D": 13,
            "E": 17,
            "F": 9,
            "G": 9,
            "H": 13,
            "I": 10,
            "J": 16,
            "K": 18,
            "L": 40,
        },
    )
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Vaksdal kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Gulen: plain list, header on row 1 of "Ark1", values in thousands per year, quarters written
# as "2. kvartal 2026", CPV partly spaced ("9062 0000"); a footnote row below the list.
# ---------------------------------------------------------------------------------------------

# fmt: off
GULEN: list[Line] = [
    Line("2026-01", "Brøyting og strøing, rode Nord (Eivindvik) og rode Sør (Brekke) – rammeavtale",
         "9062 0000", 2_400_000, 4, 0, "", "2. kvartal 2026", "Teknisk", "Vidar Eksempelnes",
         "snow_clearing", note="To delkontrakter, lokale entreprenører"),
    Line("2026-02", "Ny lastebil for vinterdrift med plog og sandstrøer", "3414 3000", 3_200_000, 1,
         0, "", "2026", "Teknisk", "Vidar Eksempelnes", note="Kjøretøy til egen drift"),
    Line("2026-03", "Kontorartikler og papir", "", 180_000, 2, 2, "2x1", "1. kvartal 2027",
         "Fellestjenester", "Åse Prøvedal", "office_supplies", cpv8="30192000"),
    Line("2026-04", "Renholdstjenester – skoler og barnehager", "90919300", 2_600_000, 3, 2, "2x1",
         "3. kvartal 2026", "Eiendom", "Vidar Eksempelnes", "cleaning_services"),
    Line("2026-05", "Vask av flattøy og beboertøy for omsorgssenteret", "9831 0000", 650_000, 2,
         2, "1+1", "1. kvartal 2026", "Helse og omsorg", "Gunn Demovik", "laundry"),
    Line("2026-06", "IKT-utstyr (PC, skjermer, tilbehør) – rammeavtale", "30213000", 900_000, 2,
         2, "1+1", "4. kvartal 2026", "Fellestjenester", "Åse Prøvedal", "it_equipment"),
    Line("2026-07", "Elektroinstallatør – service, feilsøking og mindre arbeider", "", 800_000, 2,
         2, "1+1", "3. kvartal 2026", "Eiendom", "Vidar Eksempelnes", "electrician_services",
         cpv8="50711000"),
    Line("2026-08", "Frukt og grønnsaker til omsorgssenteret og barnehagene", "15300000", 320_000,
         2, 2, "1+1", "3. kvartal 2026", "Helse og omsorg", "Gunn Demovik"),
    Line("2026-09", "Microsoft-lisenser for ansatte og elever", "4800 0000", 750_000, 3, 0, "",
         "4. kvartal 2026", "Fellestjenester", "Åse Prøvedal"),
    Line("2026-10", "Byggeledelse – ombygging av Eivindvik omsorgssenter", "71541000", 1_100_000,
         1, 0, "", "1. kvartal 2026", "Eiendom", "Vidar Eksempelnes"),
    Line("2026-11", "Ombygging av Eivindvik omsorgssenter – hovedentreprise", "4521 5100",
         18_500_000, 1, 0, "", "2. kvartal 2026", "Eiendom", "Vidar Eksempelnes"),
    Line("2026-12", "Levering av varm middag til eldre som bor hjemme", "", 900_000, 2, 2, "1+1", "høst 2026",
         "Helse og omsorg", "Gunn Demovik", cpv8="15894200"),
    Line("2026-13", "Skadedyrkontroll i kommunale bygg", "90922000", 87_500, 3, 0, "", "2026",
         "Eiendom", "Vidar Eksempelnes"),
    Line("2026-14", "Service på pumpestasjoner for avløp", "", 400_000, 2, 2, "1+1",
         "1. kvartal 2027", "Teknisk", "Vidar Eksempelnes", cpv8="50511000"),
    Line("2026-15", "Landmålingsutstyr til byggesak og oppmåling", "38296000", 350_000, 1, 0,
         "", "2026", "Plan og utvikling", "Håkon Fiktivsen"),
    Line("2026-16", "Oppussing av fire kommunale utleieboliger i Dalsøyra", "", 4_200_000, 1,
         0, "", "høst 2026", "Eiendom", "Vidar Eksempelnes", cpv8="45453000"),
    Line("2026-17", "Scenelys og lydanlegg til kulturhuset", "32321200", 600_000, 1, 0, "",
         "1. kvartal 2026", "Kultur", "Håkon Fiktivsen"),
    Line("2026-18", "Avlastning for barn og unge – kjøp av plasser", "85311000", 1_500_000, 2, 2,
         "1+1", "2. kvartal 2026", "Helse og omsorg", "Gunn Demovik"),
    Line("2026-19", "Konsulent for strategisk næringsplan 2027–2030", "", 400_000, 1, 0, "",
         "2. kvartal 2026", "Plan og utvikling", "Håkon Fiktivsen", cpv8="71410000"),
    Line("2026-20", "UV-aggregat og reservedeler til Eivindvik vannverk", "42912300", 450_000, 1,
         0, "", "1. kvartal 2026", "Teknisk", "Vidar Eksempelnes"),
    Line("2026-21", "Røykdykkerutstyr til brannvesenet", "", 280_000, 1, 0, "", "2026",
         "Brann og redning", "Vidar Eksempelnes", cpv8="35113400"),
    Line("2026-22", "Psykologtjenester for barn og unge (kjøp av timer)", "", 600_000, 2, 1, "1",
         "3. kvartal 2026", "Helse og omsorg", "Gunn Demovik", cpv8="85121270"),
]
# fmt: on


def write_gulen() -> Plan:
    file = "gulen_plan_2026-2027.xlsx"
    sheet = "Ark1"
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet
    headers = [
        "Nr",
        "Beskrivelse av behov",
        "CPV",
        "Est. verdi pr. år (1000 kr)",
        "År",
        "Opsjon",
        "Planlagt kunngjøring",
        "Enhet",
        "Ansvarlig",
        "Merknad",
    ]
    for col, text in enumerate(headers, start=1):
        ws.cell(row=1, column=col, value=text).font = BOLD
    rows: list[tuple[int, Line]] = []
    row = 2
    for line in GULEN:
        thousands = line.annual / 1000
        value: float | int = int(thousands) if thousands.is_integer() else thousands
        ws.cell(row=row, column=1, value=line.ref)
        ws.cell(row=row, column=2, value=line.title)
        ws.cell(row=row, column=3, value=line.cpv or None)
        ws.cell(row=row, column=4, value=value).number_format = (
            "#,##0.0" if isinstance(value, float) else "#,##0"
        )
        ws.cell(row=row, column=5, value=line.years)
        ws.cell(row=row, column=6, value=line.opt or None)
        ws.cell(row=row, column=7, value=line.when)
        ws.cell(row=row, column=8, value=line.unit)
        ws.cell(row=row, column=9, value=line.contact)
        ws.cell(row=row, column=10, value=line.note or None)
        rows.append((row, line))
        row += 1
    ws.cell(
        row=row + 1,
        column=1,
        value="Alle beløp i 1000 kr pr. år, eks. mva. Sist oppdatert 20.10.2025.",
    ).font = Font(italic=True)
    ws.auto_filter.ref = f"A1:J{row - 1}"
    set_widths(
        ws, {"A": 9, "B": 62, "C": 11, "D": 14, "E": 5, "F": 7, "G": 16, "H": 18, "I": 18, "J": 36}
    )
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Gulen kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Masfjorden: nynorsk headers and text, title row 1, header on row 2; values as text in many
# forms ("1 450 000", "kr 2 300 000,-", "1,1 mill", "450'"), planned announcement as text.
# ---------------------------------------------------------------------------------------------

RAGNHILD, SINDRE, ODDNY = "Ragnhild Døme", "Sindre Prøvenes", "Oddny Fiktivhaug"

# fmt: off
MASFJORDEN: list[Line] = [
    Line("MF-01", "Snøbrøyting og strøing, rode Matre og Haugsvær", "90620000-9",
         1_450_000, 4, 0, "ingen", "april 2026", "Teknisk eining", SINDRE, "snow_clearing",
         value="1 450 000", period="4 år", note="Ny kontrakt frå vintersesongen 2026/27"),
    Line("MF-02", "Kjøp av straum til kommunale bygg og gatelys", "09310000", 2_300_000, 3, 2,
         "1+1", "Q2 2026", "Teknisk eining", SINDRE, "electricity", value="kr 2 300 000,-",
         period="3 år"),
    Line("MF-03", "Reinhaldsmiddel, tørkepapir og plastposar", "", 380_000, 2, 2, "1+1",
         "haust 2026", "Teknisk eining", SINDRE, "cleaning_products", value="380 000", period="2 år",
         cpv8="39830000"),
    Line("MF-04", "Vaskeritenester for sjukeheimen – flattøy og bebuarklede", "98310000-9",
         1_100_000, 2, 2, "2 år", "Q2 2026", "Helse og omsorg", RAGNHILD, "laundry", value="1,1 mill",
         period="2 år"),
    Line("MF-05", "Tømming av slamavskiljarar", "90460000", 650_000, 4, 0, "ingen", "mars 2026",
         "Teknisk eining", SINDRE, value="650 000", period="4 år"),
    Line("MF-06", "Reguleringsplan for Matre sentrum – konsulenttenester", "", 900_000, 1, 0,
         "ingen", "mars 2026", "Plan og næring", ODDNY, value="kr 900 000,-", period="1 år",
         cpv8="71410000"),
    Line("MF-07", "Gang- og sykkelveg på Masfjordnes – bygging", "45233162-2", 12_500_000, 1, 0,
         "ingen", "2027", "Teknisk eining", SINDRE, value="12,5 mill", period="1 år",
         note="Avheng av tilskot frå fylkeskommunen"),
    Line("MF-08", "Traktor med frontlastar til uteseksjonen", "16700000", 1_200_000, 1, 0, "ingen",
         "Q3 2026", "Teknisk eining", SINDRE, value="1,2 mill", period="1 år"),
    Line("MF-09", "Breiband mellom kommunale bygg (fiber og drift)", "", 450_000, 3, 2, "1+1",
         "Q1 2027", "Fellestenester", ODDNY, value="450'", period="3 år", cpv8="64200000"),
    Line("MF-10", "Fagsystem for helse og omsorg – ny lisensavtale", "48180000-3", 520_000, 4, 0,
         "ingen", "2027", "Helse og omsorg", RAGNHILD, value=520000, period="4 år"),
    Line("MF-11", "Energioppfølgingssystem for kommunale bygg", "", 95_000, 3, 1, "1 år", "Q4 2026",
         "Teknisk eining", SINDRE, value="kr 95 000,-", period="3 år", cpv8="48000000"),
    Line("MF-12", "Fisk og fiskeprodukt til sjukeheimskjøkenet", "15200000", 310_000, 2, 2, "1+1",
         "haust 2026", "Helse og omsorg", RAGNHILD, value="310 000", period="2 år",
         note="Eiga konkurranse for fisk"),
    Line("MF-13", "Nytt leikeplassutstyr ved Matre barnehage", "37535200-9", 350_000, 1, 0,
         "ingen", "01.03.2026", "Oppvekst", ODDNY, value="350 000", period="1 år"),
    Line("MF-14", "Kjøp av rekneskaps- og løntenester", "", 1_100_000, 3, 2, "2 år", "Q3 2026",
         "Fellestenester", ODDNY, value="1 100 000", period="3 år", cpv8="79211000"),
    Line("MF-15", "Kurs i førstehjelp og HMS for tilsette", "80500000", 120_000, 2, 0, "ingen",
         "2026", "Fellestenester", ODDNY, value=120000, period="2 år"),
    Line("MF-16", "Ny vassleidning til Sandnes – entreprise", "45231300", 6_800_000, 1, 0,
         "ingen", "Q2 2026", "Teknisk eining", SINDRE, value="kr 6 800 000,-", period="1 år"),
    Line("MF-17", "Utskifting av vindauge i rådhuset", "", 750_000, 1, 0, "ingen", "2026",
         "Teknisk eining", SINDRE, value="750 000", period="1 år", cpv8="45421100"),
    Line("MF-18", "Skanning av eldre arkiv (arkivprosjekt)", "79999100", 280_000, 1, 0, "ingen",
         "Q1 2027", "Fellestenester", ODDNY, value="280 000", period="1 år"),
    Line("MF-19", "Tilsyn med private avløpsanlegg", "71631000", 200_000, 3, 2, "1+1", "Q4 2026",
         "Teknisk eining", SINDRE, value="200 000", period="3 år"),
    Line("MF-20", "Kunstgras på Matre stadion – utskifting", "45236110", 2_400_000, 1, 0, "ingen",
         "2027", "Kultur", ODDNY, value="2,4 mill", period="1 år", note="Spelemiddel søkt"),
]
# fmt: on


def write_masfjorden() -> Plan:
    file = "masfjorden_innkjopsplan_2026-2027.xlsx"
    sheet = "Innkjøpsplan 2026-2027"
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Masfjorden kommune – innkjøpsplan 2026–2027 (årleg verdi eks. mva, førebels tal)"
    ws["A1"].font = TITLE
    headers = [
        "Løpenr",
        "Skildring",
        "CPV",
        "Årleg verdi eks. mva",
        "Avtaletid",
        "Opsjon",
        "Planlagd utlysing",
        "Eining",
        "Kontaktperson",
        "Merknad",
    ]
    for col, text in enumerate(headers, start=1):
        ws.cell(row=2, column=col, value=text)
    style_header(ws, 2, len(headers))
    rows: list[tuple[int, Line]] = []
    row = 3
    for line in MASFJORDEN:
        write_row(
            ws,
            row,
            [
                line.ref,
                line.title,
                line.cpv,
                line.value,
                line.period,
                line.opt,
                line.when,
                line.unit,
                line.contact,
                line.note,
            ],
            {4: MONEY},
        )
        rows.append((row, line))
        row += 1
    ws.cell(row=7, column=4).comment = Comment("Inkl. tømming av kommunale anlegg.", SINDRE)
    set_widths(
        ws, {"A": 8, "B": 58, "C": 13, "D": 16, "E": 9, "F": 8, "G": 15, "H": 16, "I": 18, "J": 36}
    )
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Masfjorden kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Austrheim: CSV, semicolon, cp1252, CRLF, header on line 1, decimal comma in values.
# ---------------------------------------------------------------------------------------------

# fmt: off
AUSTRHEIM: list[Line] = [
    Line(1, "Kontorrekvisita og forbruksmateriell til kontor", "30192000", 240_000, 2, 2, "1+1",
         "01.11.2026", "Stab", "Berit Eksempelrud", "office_supplies"),
    Line(2, "Renhold av skoler, barnehager og rådhus – kjøp av tjenester", "90910000",
         3_100_000, 3, 2, "1+1", "01.06.2026", "Eiendom", "Geir Prøveland", "cleaning_services",
         value="3 100 000,00"),
    Line(3, "Dagligvarer til institusjonskjøkken (tørrvarer)", "", 900_000, 2, 2, "1+1",
         "01.09.2026", "Helse", "Berit Eksempelrud", "food_dry_goods", cpv8="15890000"),
    Line(4, "Strømleveranse til kommunale bygg, spotprisavtale", "09310000", 3_800_000, 3, 2,
         "1+1", "01.04.2026", "Eiendom", "Geir Prøveland", "electricity",
         value="3 800 000,00", note="Inkl. porteføljeforvaltning"),
    Line(5, "Elektrikertjenester, service og småoppdrag", "", 700_000, 2, 2, "1+1", "01.05.2026",
         "Eiendom", "Geir Prøveland", "electrician_services", cpv8="50711000"),
    Line(6, "Vikartjenester – pedagogisk personale i barnehage", "79620000", 450_000, 2, 2, "1+1",
         "Q3 2026", "Oppvekst", "Hanne Testmo"),
    Line(7, "Spill, leketøy og materiell til forming i barnehagene", "37520000", 280_000, 2, 2, "2x1",
         "Q1 2027", "Oppvekst", "Hanne Testmo"),
    Line(8, "Kontroll av lekeplasser; årlig hovedinspeksjon", "", 95_000, 3, 0, "", "2026",
         "Eiendom", "Geir Prøveland", cpv8="71631000"),
    Line(9, "Trykking av kommuneavis og informasjonsmateriell", "79810000", 150_000, 2, 2, "1+1",
         "H2 2026", "Stab", "Berit Eksempelrud"),
    Line(10, "El-sykler for ansatte i hjemmesykepleien", "34430000", 180_000, 1, 0, "", "01.03.2026", "Helse",
         "Berit Eksempelrud", note="8 sykler med vinterdekk"),
    Line(11, "Tømming av avfallsbeholdere ved kommunale bygg", "90500000", 520_000, 3, 2, "1+1",
         "H2 2026", "Eiendom", "Geir Prøveland"),
    Line(12, "Ny hovedvannledning Mastrevik – entreprise", "45231300", 14_500_000, 1, 0, "",
         "Q3 2026", "Teknisk", "Geir Prøveland", value="14 500 000,00"),
    Line(13, "Sikkerhetskopiering og skylagring", "", 260_000, 3, 1, "1", "Q4 2026", "Stab",
         "Berit Eksempelrud", cpv8="72000000"),
    Line(14, "Nødstrømsaggregat til rådhuset", "31121000", 600_000, 1, 0, "", "H1 2026",
         "Eiendom", "Geir Prøveland", note="Beredskapstiltak"),
    Line(15, "Treningsutstyr til frisklivssentralen", "", 120_000, 1, 0, "", "2026", "Helse",
         "Berit Eksempelrud", cpv8="37440000"),
    Line(16, "Utskifting av taktekking, Årås barnehage", "45261000", 2_100_000, 1, 0, "",
         "01.04.2026", "Eiendom", "Geir Prøveland", value="2 100 000,00"),
    Line(17, "Tilgjengelighetsanalyse (universell utforming) av skoler og rådhus", "", 250_000, 1, 0, "",
         "Q2 2026", "Eiendom", "Geir Prøveland", cpv8="71315200"),
    Line(18, "Kjøp av dagsenterplasser for personer med demens", "85312100", 1_200_000, 2, 2,
         "1+1", "H2 2026", "Helse", "Berit Eksempelrud", value="1 200 000,00"),
    Line(19, "Taksering for eiendomsskatt", "79419000", 400_000, 1, 0, "", "2026", "Økonomi",
         "Berit Eksempelrud", note="Alminnelig taksering"),
    Line(20, "Hjertestartere (defibrillatorer) til idrettshall, skoler og rådhus", "33182100", 110_000, 1, 0, "", "Q2 2026",
         "Helse", "Berit Eksempelrud"),
]
# fmt: on


def write_austrheim() -> Plan:
    file = "austrheim_anskaffelsesplan_2026-2027.csv"
    headers = [
        "Nr",
        "Anskaffelse",
        "CPV",
        "Årlig verdi eks. mva",
        "Kontraktsperiode (år)",
        "Opsjon",
        "Planlagt kunngjøring",
        "Sektor",
        "Kontaktperson",
        "Merknad",
    ]
    rows: list[tuple[int, Line]] = []
    with open(OUT_DIR / file, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for index, line in enumerate(AUSTRHEIM, start=2):
            value = line.value if line.value is not None else f"{line.annual},00"
            writer.writerow(
                [
                    line.ref,
                    line.title,
                    line.cpv,
                    value,
                    line.years,
                    line.opt,
                    line.when,
                    line.unit,
                    line.contact,
                    line.note,
                ]
            )
            rows.append((index, line))
    return Plan(file, "Austrheim kommune", None, rows)


# ---------------------------------------------------------------------------------------------
# Fedje: the smallest plan. Title rows 1-2, header on row 3, no CPV column, current contract
# expiry as text dates, a Sum row directly under the last line.
# ---------------------------------------------------------------------------------------------

# fmt: off
FEDJE: list[Line] = [
    Line("F-01", "Kontorartikler og skrivesaker", "", 85_000, 2, 2, "1+1", "31.03.2027",
         "Administrasjon", "Nina Eksempelholm", "office_supplies", period="2 år",
         cpv8="30192000"),
    Line("F-02", "Bærbare datamaskiner, skjermer og tilbehør", "", 250_000, 2, 2, "1+1",
         "30.06.2027", "Administrasjon", "Nina Eksempelholm", "it_equipment", period="2 år",
         cpv8="30213000"),
    Line("F-03", "Strømavtale for kommunale bygg og gatelys", "", 900_000, 3, 2, "1+1",
         "31.12.2026", "Teknisk", "Ivar Prøvøy", "electricity", period="3 år", cpv8="09310000"),
    Line("F-04", "Renholdstjenester – skole, barnehage og sykehjem", "", 1_400_000, 3, 2, "1+1",
         "31.12.2030", "Teknisk", "Ivar Prøvøy", period="3 år", cpv8="90910000",
         note="Avtalen ble inngått i 2025 og løper med opsjoner ut 2030"),
    Line("F-05", "Ny leasingbil (elektrisk) for hjemmesykepleien", "", 160_000, 4, 0, "–", "31.05.2027",
         "Helse og omsorg", "Lene Demoøy", "electric_vehicles", period="4 år",
         cpv8="34144900"),
    Line("F-06", "Ny flytebrygge i Fedje hamn", "", 3_800_000, 1, 0, "–", "Ny anskaffelse",
         "Teknisk", "Ivar Prøvøy", period="1 år", cpv8="45241000",
         note="Tilskudd fra fiskerihavnordningen søkt"),
    Line("F-07", "Revisjonstjenester", "", 450_000, 4, 0, "–", "31.12.2026", "Administrasjon",
         "Nina Eksempelholm", period="4 år", cpv8="79212000", value=450000.0),
    Line("F-08", "Maling av fasader, omsorgsboliger i Fedje sentrum", "", 650_000, 1, 0, "–",
         "Ny anskaffelse", "Teknisk", "Ivar Prøvøy", period="1 år", cpv8="45442100"),
    Line("F-09", "Feiertjeneste – feiing av piper og tilsyn med ildsteder", "", 180_000, 3, 2,
         "1+1", "31.12.2026", "Teknisk", "Ivar Prøvøy", period="3 år", cpv8="90915000"),
    Line("F-10", "Vaksiner til helsestasjonen", "", 90_000, 2, 0, "–", "30.06.2026",
         "Helse og omsorg", "Lene Demoøy", period="2 år", cpv8="33651600"),
    Line("F-11", "Oppmåling og matrikkelføring – kjøp av tjenester", "", 150_000, 2, 2, "1+1",
         "31.10.2026", "Teknisk", "Ivar Prøvøy", period="2 år", cpv8="71355000"),
    Line("F-12", "Kommunedelplan for sjøareal – konsulentbistand", "", 500_000, 1, 0, "–",
         "Ny anskaffelse", "Administrasjon", "Nina Eksempelholm", period="1 år",
         cpv8="71410000"),
    Line("F-13", "Service på varmepumper i kommunale bygg", "", 120_000, 3, 1, "1 år",
         "31.08.2026", "Teknisk", "Ivar Prøvøy", period="3 år", cpv8="50720000"),
    Line("F-14", "Drift av gjestehamna (sommersesong)", "", 200_000, 2, 2, "1+1", "30.09.2026",
         "Teknisk", "Ivar Prøvøy", period="2 år", cpv8="63721200"),
    Line("F-15", "Graving av graver og drift av gravplassen", "", 140_000, 3, 0, "–", "31.12.2026",
         "Teknisk", "Ivar Prøvøy", period="3 år", cpv8="98371110"),
]
# fmt: on


def write_fedje() -> Plan:
    file = "fedje_anskaffelsesplan_2026-2027.xlsx"
    sheet = "Anskaffelser"
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Fedje kommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Anskaffelsesplan 2026–2027 – avtaler som skal fornyes og nye behov"
    headers = [
        "Ref",
        "Beskrivelse",
        "Verdi pr. år (eks. mva)",
        "Avtaleperiode",
        "Opsjoner",
        "Dagens avtale utløper",
        "Ansvar",
        "Kontaktperson",
        "Kommentar",
    ]
    for col, text in enumerate(headers, start=1):
        ws.cell(row=3, column=col, value=text)
    style_header(ws, 3, len(headers))
    rows: list[tuple[int, Line]] = []
    row = 4
    for line in FEDJE:
        value = line.value if line.value is not None else line.annual
        write_row(
            ws,
            row,
            [
                line.ref,
                line.title,
                value,
                line.period,
                line.opt,
                line.when,
                line.unit,
                line.contact,
                line.note,
            ],
            {3: MONEY},
        )
        rows.append((row, line))
        row += 1
    ws.cell(row=row, column=2, value="Sum").font = BOLD
    ws.cell(row=row, column=3, value=sum(line.annual for line in FEDJE)).number_format = MONEY
    ws.cell(row=row, column=3).font = BOLD
    set_widths(ws, {"A": 7, "B": 55, "C": 14, "D": 12, "E": 9, "F": 14, "G": 16, "H": 20, "I": 45})
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Fedje kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Modalen: logo cell, header on row 4, total value for the whole period incl. options (text with
# dots "3.800.000" or numbers), wished start of the new contract, CPV as numbers (leading zero
# lost for 09310000).
# ---------------------------------------------------------------------------------------------

# fmt: off
MODALEN: list[Line] = [
    Line("M1", "Vintervedlikehold – brøyting og strøing av kommunale veier i Modalen", 90620000,
         950_000, 4, 0, "ingen", "oktober 2026", "Teknisk", group="snow_clearing",
         value="3.800.000"),
    Line("M2", "Kraftavtale (strøm) for kommunens anlegg", 9310000, 700_000, 2, 2, "1+1",
         "01.01.2027", "Teknisk", group="electricity", value=2_800_000,
         note="Kommunens eget forbruk, ikke konsesjonskraft"),
    Line("M3", "Rådgivning ved forvaltning av konsesjonskraft", "", 150_000, 2, 2, "1+1", "2027",
         "Økonomi", value="600.000", cpv8="71314000"),
    Line("M4", "Konsulent til revisjon av arealplanen i kommuneplanen", 71410000, 700_000, 1, 0,
         "ingen", "januar 2026", "Plan", value="700.000"),
    Line("M5", "Ny flerbrukshall på Mo – prosjektering", "", 2_500_000, 1, 0, "ingen",
         "høst 2026", "Plan", value=2_500_000, cpv8="71221000"),
    Line("M6", "Fire nye utleieleiligheter på Mo – totalentreprise", 45211341, 16_000_000, 1, 0,
         "ingen", "2027", "Teknisk", value="16.000.000"),
    Line("M7", "Utvidelse av avløpsrenseanlegget på Mo", "", 5_500_000, 1, 0, "ingen",
         "høst 2026", "Teknisk", value="5.500.000", cpv8="45232410"),
    Line("M8", "Ny mannskapsbil til brannvesenet", 34144210, 4_200_000, 1, 0, "ingen", "2027",
         "Brann", value=4_200_000),
    Line("M9", "EKG-apparat og medisinsk utstyr til legekontoret", 33100000, 180_000, 1, 0,
         "ingen", "mars 2026", "Helse", value="180.000"),
    Line("M10", "Nettside og publiseringsløsning", "", 60_000, 3, 1, "1 år", "01.09.2026", "Stab",
         value="240.000", cpv8="72413000"),
    Line("M11", "Kjøp av vaktmestertjenester (skole, barnehage, rådhus)", 98341130, 450_000, 2, 2, "1+1",
         "01.01.2027", "Teknisk", value="1.800.000"),
    Line("M12", "Kapitalforvaltning – rådgivning og forvaltning av langsiktige midler", 66171000,
         200_000, 2, 2, "1+1", "2026", "Økonomi", value="800.000"),
    Line("M13", "Preparering av skiløyper i Modalen", 92620000, 120_000, 3, 0, "ingen",
         "november 2026", "Kultur", value="360.000", note="Vinterstid, etter snøforhold"),
    Line("M14", "Fysioterapitjenester – driftsavtale", "", 300_000, 4, 0, "ingen", "01.01.2027",
         "Helse", value=1_200_000, cpv8="85142100"),
    Line("M15", "Rassikring ved Mo skule – geoteknisk vurdering", 71332000, 350_000, 1, 0,
         "ingen", "2026", "Teknisk", value="350.000"),
]
# fmt: on

MODALEN_CONTACTS = {
    "Teknisk": "Steinar Eksempelmo",
    "Økonomi": "Laila Prøveli",
    "Plan": "Laila Prøveli",
    "Brann": "Steinar Eksempelmo",
    "Helse": "Marit Fiktivstøl",
    "Stab": "Laila Prøveli",
    "Kultur": "Marit Fiktivstøl",
}


def write_modalen() -> Plan:
    file = "modalen_innkjopsplan_2026-2027.xlsx"
    sheet = "Innkjøp 2026-2027"
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet
    ws.merge_cells("A1:B3")
    ws["A1"] = "[logo]"
    ws["A1"].fill = LOGO_FILL
    ws["A1"].font = Font(color="FFFFFF", bold=True)
    ws["A1"].alignment = CENTER
    ws["C1"] = "Modalen kommune"
    ws["C1"].font = TITLE
    ws["C2"] = "Innkjøpsplan 2026–2027"
    ws["C3"] = "Verdi = samlet verdi for hele avtaleperioden inkl. opsjon, eks. mva."
    headers = [
        "ID",
        "Anskaffelse (hva)",
        "CPV",
        "Totalverdi hele perioden inkl. opsjon (kr)",
        "Antall år",
        "Opsjon",
        "Ønsket oppstart",
        "Ansvarlig",
        "Kommentar",
    ]
    for col, text in enumerate(headers, start=1):
        ws.cell(row=4, column=col, value=text)
    style_header(ws, 4, len(headers))
    rows: list[tuple[int, Line]] = []
    row = 5
    for line in MODALEN:
        contact = MODALEN_CONTACTS[line.unit]
        write_row(
            ws,
            row,
            [
                line.ref,
                line.title,
                line.cpv,
                line.value,
                line.years,
                line.opt,
                line.when,
                f"{contact} ({line.unit.lower()})",
                line.note,
            ],
            {4: MONEY},
        )
        rows.append((row, line))
        row += 1
    set_widths(ws, {"A": 6, "B": 60, "C": 11, "D": 18, "E": 9, "F": 8, "G": 15, "H": 20, "I": 40})
    save_workbook(wb, OUT_DIR / file)
    return Plan(file, "Modalen kommune", sheet, rows)


# ---------------------------------------------------------------------------------------------
# Metadata and ground truth
# ---------------------------------------------------------------------------------------------

WRITERS: dict[str, Callable[[], Plan]] = {
    "Alver kommune": write_alver,
    "Austrheim kommune": write_austrheim,
    "Fedje kommune": write_fedje,
    "Masfjorden kommune": write_masfjorden,
    "Gulen kommune": write_gulen,
    "Modalen kommune": write_modalen,
    "Osterøy kommune": write_osteroy,
    "Vaksdal kommune": write_vaksdal,
}


def cpv_written(line: Line) -> str:
    return "" if line.cpv in ("", None) else str(line.cpv)


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    plans = [WRITERS[name]() for name, _ in MUNICIPALITIES]

    with open(OUT_DIR / "municipalities.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "kommunenummer", "county"])
        for name, number in MUNICIPALITIES:
            writer.writerow([name, number, COUNTY])

    manifest = [{"file": p.file, "municipality": p.municipality, "sheet": p.sheet} for p in plans]
    (OUT_DIR / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

    with open(OUT_DIR / "labels.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["file", "sheet", "excel_row", "municipality", "reference", "description", "group"]
        )
        for p in plans:
            for excel_row, line in p.rows:
                writer.writerow(
                    [
                        p.file,
                        p.sheet or "",
                        excel_row,
                        p.municipality,
                        str(line.ref),
                        line.title,
                        line.group,
                    ]
                )

    with open(OUT_DIR / "expected_values.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            [
                "file",
                "sheet",
                "excel_row",
                "annual_value_nok",
                "total_value_nok",
                "contract_years",
                "option_years",
                "cpv8",
                "cpv_written",
                "date_text",
            ]
        )
        for p in plans:
            for excel_row, line in p.rows:
                writer.writerow(
                    [
                        p.file,
                        p.sheet or "",
                        excel_row,
                        line.annual,
                        line.total,
                        line.years,
                        line.options,
                        line.code8,
                        cpv_written(line),
                        line.date_text,
                    ]
                )

    count = sum(len(p.rows) for p in plans)
    print(f"Wrote {len(plans)} plans with {count} plan lines to {OUT_DIR}")


if __name__ == "__main__":
    main()
