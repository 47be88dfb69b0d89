"""Real-world column headers of procurement plans and contract lists, with the field each means.

Collected from how Norwegian municipalities (bokmål and nynorsk), inter-municipal cooperations
and English-language templates name their columns: abbreviations, units in brackets, line
breaks, typos, nynorsk forms and the English of international templates. Written for these
tests (no file is copied). ``None`` as the field means "not a plan column" (must map nothing).
"""

from __future__ import annotations

from typing import Final

from kommunesamarbeid.core.columns import MIN_CONFIDENCE, Field, score_header

R, D, DT = Field.REFERENCE, Field.DESCRIPTION, Field.DETAILS
CAT, CPV = Field.CATEGORY, Field.CPV
V, AV, TV = Field.VALUE, Field.ANNUAL_VALUE, Field.TOTAL_VALUE
CY, OY = Field.CONTRACT_YEARS, Field.OPTION_YEARS
ANN, START, EXP = Field.ANNOUNCEMENT, Field.CONTRACT_START, Field.CURRENT_EXPIRY
UNIT, CONTACT, PROC, COM = Field.UNIT, Field.CONTACT, Field.PROCEDURE, Field.COMMENTS


def best(header: str) -> Field | None:
    """The field a header is read as, or None when no field is sure enough."""
    matches = score_header(header)
    if not matches or matches[0].confidence < MIN_CONFIDENCE:
        return None
    return matches[0].field


HEADER_VARIANTS: Final[list[tuple[str, Field | None]]] = [
    # --- reference / contract number ------------------------------------------------------
    ("Nr", R), ("Nr.", R), ("nr", R), ("#", R), ("Løpenr", R), ("Løpenr.", R),
    ("Løpenummer", R), ("Lnr", R), ("L.nr.", R), ("Ref", R), ("Ref.", R), ("Ref. nr", R),
    ("Referanse", R), ("Referansenr.", R), ("Referansenummer", R), ("Saksnr", R),
    ("Saksnr.", R), ("Saksnummer", R), ("Sak nr", R), ("Arkivsaksnr", R), ("ID", R),
    ("Id-nr", R), ("Anskaffelsesnr", R), ("Anskaffelsesnummer", R), ("Prosjektnr", R),
    ("Avtalenr", R), ("Avtalenr.", R), ("Avtalenummer", R), ("Avtale nr", R),
    ("Avtale-ID", R), ("Kontraktsnr", R), ("Kontraktsnummer", R), ("Kontrakt nr.", R),
    ("Kontraktnr", R), ("Rammeavtalenr", R), ("Doffin-ref", R), ("Doffin referanse", R),
    ("Internt nr", R), ("Intern referanse", R), ("Nummer", R), ("No.", R), ("Ref no", R),
    ("Reference", R), ("Reference number", R), ("Contract no.", R), ("Contract number", R),
    ("Contract ID", R), ("Contract reference", R), ("Tender reference", R), ("Procurement ID", R),
    ("Løpenummer (ref)", R), ("Nr i plan", R), ("Plan-nr", R), ("Anskaffelses-ID", R),
    ("Anskaffingsnr.", R), ("Anskaffingsnummer", R), ("Item no.", R),
    # --- description --------------------------------------------------------------------------
    ("Beskrivelse", D), ("Anskaffelse", D), ("Anskaffelsens navn", D), ("Anskaffelsesnavn", D),
    ("Hva skal kjøpes", D), ("Hva skal anskaffes", D), ("Hva skal kjøpes?", D),
    ("Navn på anskaffelse", D), ("Navn og beskrivelse", D), ("Avtaleområde", D),
    ("Tittel", D), ("Prosjekt/anskaffelse", D), ("Gjenstand for anskaffelse", D),
    ("Innkjøp", D), ("Behov", D), ("Vare/tjeneste", D), ("Varer og tjenester", D),
    ("Kontraktsnavn", D), ("Avtalenavn", D), ("Navn på avtale", D), ("Anskaffelsen gjelder", D),
    ("Skildring", D), ("Kva skal kjøpast", D), ("Kva skal kjøpast?", D), ("Namn på innkjøp", D),
    ("Innkjøpet gjeld", D), ("Anskaffing", D), ("Namn på anskaffinga", D),
    ("Description", D), ("Title", D), ("Procurement", D), ("Procurement title", D),
    ("Contract title", D), ("Subject matter", D), ("Item", D), ("What is being bought", D),
    ("Name of procurement", D), ("Goods/services", D), ("Purchase", D),
    ("Kva skal anskaffast", D), ("Namn og skildring", D), ("Innhald", D), ("Varer og tenester", D),
    # --- details ------------------------------------------------------------------------------
    ("Kort beskrivelse", D), ("Utfyllende beskrivelse", DT), ("Nærmere beskrivelse", DT),
    ("Detaljert beskrivelse", DT), ("Tilleggsbeskrivelse", DT), ("Omfang", DT),
    ("Scope", DT), ("Detailed description", DT), ("Meir om behovet", DT),
    # --- category -----------------------------------------------------------------------------
    ("Kategori", CAT), ("Kategorier", CAT), ("Varegruppe", CAT), ("Anskaffelsestype", CAT),
    ("Type anskaffelse", CAT), ("Innkjøpskategori", CAT), ("Anskaffelseskategori", CAT),
    ("Fagområde", CAT), ("Type (vare/tjeneste/bygg)", CAT), ("Kontraktstype", CAT),
    ("Category", CAT), ("Type of contract", CAT), ("Varegruppe/kategori", CAT),
    ("Anskaffingstype", CAT), ("Type anskaffing", CAT), ("Avtaleform", CAT),
    ("Procurement category", CAT),
    # --- CPV ----------------------------------------------------------------------------------
    ("CPV", CPV), ("CPV-kode", CPV), ("CPV kode", CPV), ("CPV-nr", CPV), ("CPVkode", CPV),
    ("Hoved-CPV", CPV), ("Hoved CPV", CPV), ("CPV code", CPV), ("Main CPV", CPV),
    ("CPV (hovedkode)", CPV), ("CPV-koder", CPV), ("CPV nummer", CPV), ("Cpv", CPV),
    ("CPV-kodar", CPV),
    # --- value per year -----------------------------------------------------------------------
    ("Est. verdi pr år eks mva", AV), ("Estimert verdi pr. år", AV), ("Verdi pr år", AV),
    ("Verdi per år", AV), ("Årlig verdi", AV), ("Årsverdi", AV), ("Årlig kostnad", AV),
    ("Verdi/år", AV), ("Verdi (pr. år)", AV), ("Anslått verdi pr år (kr)", AV),
    ("Est. årlig verdi ekskl. mva", AV), ("Årlig forbruk", AV), ("Forbruk pr år", AV),
    ("Årlig omsetning", AV), ("Kr pr år", AV), ("Verdi pr. år ekskl. mva (kr)", AV),
    ("Årleg verdi", AV), ("Årleg verdi (kr)", AV), ("Verdi per år (NOK)", AV),
    ("Estimated annual value", AV), ("Annual value (NOK)", AV), ("Value per year", AV),
    ("Yearly spend", AV), ("Annual spend", AV), ("Estimated value per annum", AV),
    ("Value p.a.", AV), ("Årlig beløp", AV), ("Budsjett pr år", AV),
    ("Verdi pr. år", AV), ("Estimert årleg verdi (kr)", AV), ("Anslått verdi per år", AV),
    ("Årleg kostnad", AV), ("Verdi kvart år", AV), ("Årleg omsetnad", AV), ("Omsetnad pr. år", AV),
    # --- value in total -----------------------------------------------------------------------
    ("Totalverdi", TV), ("Totalverdi (eks mva)", TV), ("Estimert totalverdi", TV),
    ("Estimert totalverdi inkl. opsjoner", TV), ("Totalverdi inkl. opsjoner (NOK eks. mva)", TV),
    ("Samlet verdi", TV), ("Samla verdi", TV), ("Total kontraktsverdi", TV),
    ("Verdi hele avtaleperioden", TV), ("Verdi for hele perioden", TV),
    ("Anslått verdi inkl. opsjoner", TV), ("Kontraktsverdi totalt", TV), ("Totalsum", TV),
    ("Verdi heile perioden", TV), ("Total verdi", TV), ("Estimated total value", TV),
    ("Total contract value", TV), ("Total value incl. options", TV),
    ("Value (whole contract period)", TV), ("Estimated contract value", TV),
    ("Total (NOK)", TV), ("Totalt (kr)", TV), ("Avtalens totalverdi", TV),
    ("Samla verdi inkl. opsjonar", TV), ("Verdi heile avtaleperioden", TV),
    ("Totalverdi medrekna opsjonar", TV),
    # --- value, basis not said ----------------------------------------------------------------
    ("Verdi", V), ("Estimert verdi", V), ("Anslått verdi", V), ("Est. verdi", V),
    ("Verdi (1000 kr)", V), ("Verdi eks mva", V), ("Beløp", V), ("Kostnad", V),
    ("Estimat", V), ("Anslag", V), ("Verdi i mill. kr", V), ("Estimated value", V),
    ("Value", V), ("Value (NOK)", V), ("Budsjett", V), ("Kontraktsverdi", TV),
    ("Kostnadsoverslag", V), ("Estimated cost", V), ("Budget", V), ("Amount (NOK)", V),
    # --- contract term ------------------------------------------------------------------------
    ("Varighet", CY), ("Varighet (år)", CY), ("Varighet år", CY), ("Avtaletid", CY),
    ("Avtaletid (år)", CY), ("Avtaleperiode", CY), ("Avtaleperiode (år)", CY),
    ("Kontraktsperiode", CY), ("Kontraktsperiode (år)", CY), ("Kontraktstid", CY),
    ("Løpetid", CY), ("Løpetid (år)", CY), ("Antall år", CY), ("Avtalelengde", CY),
    ("Kontraktslengde", CY), ("År", CY), ("Periode", CY), ("Varigheit", CY),
    ("Avtaletid i år", CY), ("Lengde på avtale", CY), ("Varighet avtale", CY),
    ("Avtalens varighet", CY), ("Kontraktens varighet", CY), ("Varighet uten opsjoner", CY),
    ("Contract term", CY), ("Contract term (years)", CY), ("Term (years)", CY),
    ("Duration", CY), ("Duration (years)", CY), ("Contract duration", CY),
    ("Contract period", CY), ("Contract length", CY), ("Length of contract", CY),
    ("Term", CY), ("Initial term", CY), ("Years", CY), ("No. of years", CY),
    ("Lengd (år)", CY), ("Lengd", CY), ("Avtalelengd", CY), ("Kontraktslengd", CY), ("Tal år", CY),
    ("Varigheit (år)", CY), ("Length (years)", CY), ("Period (years)", CY),
    # --- options ------------------------------------------------------------------------------
    ("Opsjon", OY), ("Opsjoner", OY), ("Opsjonar", OY), ("Opsjon (år)", OY),
    ("Opsjonsår", OY), ("Opsjonsperiode", OY), ("Forlengelse", OY), ("Forlengelsesopsjon", OY),
    ("Mulighet for forlengelse", OY), ("Opsjon forlengelse", OY), ("Forlenging", OY),
    ("Opsjon på forlenging", OY), ("Options", OY), ("Option", OY), ("Extension options", OY),
    ("Extension", OY), ("Option to extend", OY), ("Opsjoner (år)", OY),
    ("Opsjonar (år)", OY), ("Forlengingsopsjon", OY), ("Renewal options", OY),
    ("Option period", OY),
    # --- planned announcement -----------------------------------------------------------------
    ("Planlagt kunngjøring", ANN), ("Kunngjøring", ANN), ("Planlagt kunngjort", ANN),
    ("Planlagd kunngjering", ANN), ("Kunngjering", ANN), ("Planlagd utlysing", ANN),
    ("Utlysing", ANN), ("Utlysning", ANN), ("Planlagt utlysning", ANN), ("Annonsering", ANN),
    ("Planlagt oppstart konkurranse", ANN), ("Oppstart konkurranse", ANN),
    ("Konkurransestart", ANN), ("Tidspunkt for kunngjøring", ANN), ("Kunngjøres", ANN),
    ("Utlyses", ANN), ("Planlagt konkurranse", ANN), ("Når kunngjøres", ANN),
    ("Start anskaffelsesprosess", ANN), ("Oppstart anskaffelse", ANN),
    ("Planlagt gjennomføring", ANN), ("Planned tender", ANN), ("Tender date", ANN),
    ("Planned announcement", ANN), ("Publication date", ANN), ("Tender start", ANN),
    ("Planned publication", ANN), ("Procurement start", ANN), ("Kunngj. dato", ANN),
    ("Kunngjerast", ANN), ("Planlagd konkurranse", ANN),
    # --- contract start -----------------------------------------------------------------------
    ("Oppstart ny avtale", START), ("Ny avtale fra", START), ("Kontraktsstart", START),
    ("Avtalestart", START), ("Avtaleoppstart", START), ("Ønsket oppstart", START),
    ("Kontraktsoppstart", START), ("Start ny avtale", START), ("Behov fra", START),
    ("Oppstart kontrakt", START), ("Oppstart avtale", START), ("Oppstart ny kontrakt", START),
    ("Ny kontrakt fra", START), ("Leveringsstart", START), ("Iverksettelse", START),
    ("Oppstart ny avtale (dato)", START), ("Oppstart", START), ("Contract start", START),
    ("Contract start date", START), ("Start date", START), ("New contract from", START),
    ("Ønskt oppstart", START), ("Ny avtale frå", START),
    # --- current contract expires -------------------------------------------------------------
    ("Dagens avtale utløper", EXP), ("Utløp dagens avtale", EXP), ("Avtale utløper", EXP),
    ("Utløpsdato", EXP), ("Utløper", EXP), ("Utløp", EXP), ("Avtalen går ut", EXP),
    ("Eksisterende avtale utløper", EXP), ("Utløp avtale", EXP), ("Avtaleutløp", EXP),
    ("Kontrakt utløper", EXP), ("Gjeldende avtale utløper", EXP), ("Noverande avtale går ut", EXP),
    ("Dagens avtale", EXP), ("Utløpsdato dagens avtale", EXP), ("Dagens kontrakt utløper", EXP),
    ("Expiry", EXP), ("Expiry date", EXP), ("Current contract expires", EXP),
    ("Contract end date", EXP), ("End date", EXP), ("Expires", EXP),
    ("Gjeldande avtale går ut", EXP), ("Eksisterande avtale utløper", EXP),
    ("Noverande kontrakt", EXP),
    # --- responsible unit ---------------------------------------------------------------------
    ("Enhet", UNIT), ("Ansvarlig enhet", UNIT), ("Sektor", UNIT), ("Etat", UNIT),
    ("Etat/enhet", UNIT), ("Tjenesteområde", UNIT), ("Virksomhet", UNIT), ("Avdeling", UNIT),
    ("Avtaleeier", UNIT), ("Kommunalområde", UNIT), ("Seksjon", UNIT), ("Bestiller", UNIT),
    ("Fagavdeling", UNIT), ("Kostnadssted", UNIT), ("Eining", UNIT), ("Ansvarleg eining", UNIT),
    ("Verksemd", UNIT), ("Tenesteområde", UNIT), ("Brukerenhet", UNIT), ("Ansvarlig virksomhet", UNIT),
    ("Department", UNIT), ("Unit", UNIT), ("Responsible unit", UNIT), ("Directorate", UNIT),
    ("Service area", UNIT), ("Owning department", UNIT), ("Business unit", UNIT),
    ("Avtaleeigar", UNIT), ("Etat/eining", UNIT), ("Bestillar", UNIT),
    # --- contact / responsible person ---------------------------------------------------------
    ("Kontaktperson", CONTACT), ("Kontakt", CONTACT), ("Ansvarlig", CONTACT),
    ("Ansvarleg", CONTACT), ("Innkjøpsrådgiver", CONTACT), ("Innkjøpsrådgjevar", CONTACT),
    ("Kontraktsansvarlig", CONTACT), ("Saksbehandler", CONTACT), ("Saksbehandlar", CONTACT),
    ("Prosjektleder", CONTACT), ("Rådgiver", CONTACT), ("Fagansvarlig", CONTACT),
    ("Ansvarlig person", CONTACT), ("Ansvarlig rådgiver", CONTACT), ("Kontaktperson (navn)", CONTACT),
    ("Innkjøpsansvarlig", CONTACT), ("Ansvarlig innkjøper", CONTACT), ("Kontaktperson innkjøp", CONTACT),
    ("Contact", CONTACT), ("Contact person", CONTACT), ("Responsible", CONTACT),
    ("Responsible officer", CONTACT), ("Lead officer", CONTACT), ("Procurement officer", CONTACT),
    ("Owner", CONTACT), ("Contract manager", CONTACT),
    ("Innkjøpsansvarleg", CONTACT), ("Kontraktsansvarleg", CONTACT),
    ("Ansvarleg innkjøpar", CONTACT), ("Prosjektleiar", CONTACT), ("Rådgjevar", CONTACT),
    # --- procedure ----------------------------------------------------------------------------
    ("Prosedyre", PROC), ("Konkurranseform", PROC), ("Anskaffelsesprosedyre", PROC),
    ("Anskaffelsesform", PROC), ("Type konkurranse", PROC), ("Fremgangsmåte", PROC),
    ("Framgangsmåte", PROC), ("Anskaffelsesmetode", PROC), ("Regelverk", PROC),
    ("Konkurranseform/prosedyre", PROC), ("Prosedyre (åpen/begrenset)", PROC),
    ("Procedure", PROC), ("Procurement procedure", PROC), ("Route to market", PROC),
    ("Anskaffingsprosedyre", PROC), ("Anskaffingsform", PROC), ("Procurement route", PROC),
    # --- comments -----------------------------------------------------------------------------
    ("Kommentar", COM), ("Kommentarer", COM), ("Merknad", COM), ("Merknader", COM),
    ("Merknadar", COM), ("Notat", COM), ("Notater", COM), ("Anmerkning", COM),
    ("Bemerkning", COM), ("Tilleggsinformasjon", COM), ("Mer info", COM), ("Info", COM),
    ("Status/kommentar", COM), ("Comments", COM), ("Comment", COM), ("Notes", COM),
    ("Remarks", COM), ("Additional information", COM),
    ("Meir info", COM), ("Tilleggsopplysningar", COM), ("Tilleggsopplysninger", COM),
    # --- not plan columns ---------------------------------------------------------------------
    ("Felles anskaffelse aktuelt? (Ja/Nei)", None), ("Sum", None), ("", None),
    ("Kolonne1", None), ("x", None), ("Unnamed: 3", None),
]  # fmt: skip
