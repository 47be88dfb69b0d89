"""The demo plans of Alver, Osterøy and Vaksdal, each in its own layout."""

from __future__ import annotations

from demo_sheets import (
    BOLD,
    CENTER,
    DATE,
    ERIK,
    FRODE,
    INGRID,
    JONAS,
    KARI,
    LARS,
    LOGO_FILL,
    MARI,
    MONEY,
    OLA,
    OUT_DIR,
    PER,
    SECTION_FILL,
    SIRI,
    TITLE,
    TRINE,
    Line,
    Plan,
    d,
    new_workbook,
    save_workbook,
    set_widths,
    style_header,
    write_row,
)
from openpyxl.comments import Comment
from openpyxl.styles import Font

# ---------------------------------------------------------------------------------------------
# Alver: the largest plan. Logo cell, title lines, header on row 5, section rows with blank rows
# between, values per year as numbers, planned announcement as text, Sum row as a plain number.
# ---------------------------------------------------------------------------------------------

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
