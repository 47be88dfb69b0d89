"""The demo plans of Gulen, Masfjorden, Austrheim, Fedje and Modalen, each in its own layout."""

from __future__ import annotations

import csv

from demo_sheets import (
    BOLD,
    CENTER,
    LOGO_FILL,
    MONEY,
    OUT_DIR,
    TITLE,
    Line,
    Plan,
    new_workbook,
    save_workbook,
    set_widths,
    style_header,
    write_row,
)
from openpyxl.comments import Comment
from openpyxl.styles import Font

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
