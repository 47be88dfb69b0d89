"""Nynorsk column headers as a nynorsk municipality writes them, field by field, and whole
nynorsk header rows (with the English variants the synonyms lacked). Written for these tests."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.columns import (
    MIN_CONFIDENCE,
    Field,
    map_columns,
    score_header,
    value_basis,
)

R, D, CAT, CPV = Field.REFERENCE, Field.DESCRIPTION, Field.CATEGORY, Field.CPV
V, AV, TV = Field.VALUE, Field.ANNUAL_VALUE, Field.TOTAL_VALUE
CY, OY = Field.CONTRACT_YEARS, Field.OPTION_YEARS
ANN, START, EXP = Field.ANNOUNCEMENT, Field.CONTRACT_START, Field.CURRENT_EXPIRY
UNIT, CONTACT, PROC, COM = Field.UNIT, Field.CONTACT, Field.PROCEDURE, Field.COMMENTS


def best(header: str) -> Field | None:
    matches = score_header(header)
    if not matches or matches[0].confidence < MIN_CONFIDENCE:
        return None
    return matches[0].field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Anskaffingsnr.", R), ("Anskaffingsnummer", R), ("Løpenummer", R),
        ("Skildring", D), ("Kva skal anskaffast", D), ("Namn og skildring", D),
        ("Anskaffing", D), ("Innhald", D), ("Varer og tenester", D),
        ("Anskaffingstype", CAT), ("Type anskaffing", CAT), ("Avtaleform", CAT),
        ("CPV-kode", CPV), ("CPV-kodar", CPV),
        ("Årleg verdi", AV), ("Verdi pr. år", AV), ("Estimert årleg verdi (kr)", AV),
        ("Anslått verdi per år", AV), ("Årleg kostnad", AV), ("Verdi kvart år", AV),
        ("Årleg omsetnad", AV), ("Omsetnad pr. år", AV),
        ("Samla verdi inkl. opsjonar", TV), ("Verdi heile avtaleperioden", TV),
        ("Totalverdi medrekna opsjonar", TV),
        ("Kostnadsoverslag", V), ("Anslått verdi", V), ("Estimert verdi", V),
        ("Lengd (år)", CY), ("Lengd", CY), ("Avtalelengd", CY), ("Kontraktslengd", CY),
        ("Tal år", CY), ("Avtaleperiode", CY), ("Varigheit (år)", CY),
        ("Opsjonar (år)", OY), ("Forlengingsopsjon", OY), ("Opsjonar", OY),
        ("Planlagd kunngjering", ANN), ("Kunngjering", ANN), ("Kunngjerast", ANN),
        ("Planlagd konkurranse", ANN),
        ("Oppstart", START), ("Ønskt oppstart", START), ("Ny avtale frå", START),
        ("Oppstart ny avtale", START),
        ("Gjeldande avtale går ut", EXP), ("Eksisterande avtale utløper", EXP),
        ("Noverande kontrakt", EXP),
        ("Ansvarleg eining", UNIT), ("Avtaleeigar", UNIT), ("Etat/eining", UNIT),
        ("Tenesteområde", UNIT), ("Bestillar", UNIT),
        ("Innkjøpsansvarleg", CONTACT), ("Kontraktsansvarleg", CONTACT),
        ("Ansvarleg innkjøpar", CONTACT), ("Prosjektleiar", CONTACT), ("Rådgjevar", CONTACT),
        ("Kontaktperson", CONTACT), ("Ansvarleg", CONTACT),
        ("Anskaffingsprosedyre", PROC), ("Anskaffingsform", PROC),
        ("Merknad", COM), ("Meir info", COM), ("Tilleggsopplysningar", COM),
        # bokmål and English the synonyms lacked
        ("Innkjøpsansvarlig", CONTACT), ("Tilleggsopplysninger", COM),
        ("Renewal options", OY), ("Option period", OY), ("Length (years)", CY),
        ("Period (years)", CY), ("Procurement route", PROC), ("Estimated cost", V),
        ("Budget", V), ("Amount (NOK)", V), ("Item no.", R), ("Procurement category", CAT),
    ],
    ids=lambda value: str(value),
)  # fmt: skip
def test_nynorsk_header_is_recognised(header: str, field: Field) -> None:
    assert best(header) is field


@pytest.mark.parametrize(
    ("header", "basis"),
    [
        ("Årleg verdi", "annual"),
        ("Verdi pr. år", "annual"),
        ("Verdi kvart år", "annual"),
        ("Verdi for eitt år", "annual"),
        ("Årleg kostnad", "annual"),
        ("Samla verdi", "total"),
        ("Verdi inkl. opsjonar", "total"),
        ("Verdi medrekna opsjonar", "total"),
        ("Verdi for heile avtaleperioden", "total"),
        ("Anslått verdi", None),
    ],
)
def test_nynorsk_value_basis(header: str, basis: str | None) -> None:
    assert value_basis(header) == basis


def test_a_nynorsk_header_row_maps_every_column() -> None:
    headers = [
        "Løpenummer", "Kva skal kjøpast", "Kategori", "CPV-kode", "Årleg verdi (kr)",
        "Lengd (år)", "Opsjonar", "Planlagd kunngjering", "Noverande avtale går ut",
        "Ansvarleg eining", "Innkjøpsansvarleg", "Merknad",
    ]  # fmt: skip
    mapping = map_columns(headers)
    assert {f: a.column for f, a in mapping.columns.items()} == {
        R: 0, D: 1, CAT: 2, CPV: 3, AV: 4, CY: 5, OY: 6, ANN: 7, EXP: 8, UNIT: 9,
        CONTACT: 10, COM: 11,
    }  # fmt: skip
    assert mapping.unmapped == {}


def test_a_second_nynorsk_row_with_a_plain_value_and_a_contract_start() -> None:
    headers = [
        "Nr", "Skildring", "Anskaffingstype", "Anslått verdi", "Avtalelengd",
        "Forlengingsopsjon", "Ønskt oppstart", "Tenesteområde", "Kontaktperson",
        "Anskaffingsprosedyre", "Merknader",
    ]  # fmt: skip
    mapping = map_columns(headers)
    assert {f: a.column for f, a in mapping.columns.items()} == {
        R: 0, D: 1, CAT: 2, V: 3, CY: 4, OY: 5, START: 6, UNIT: 7, CONTACT: 8, PROC: 9,
        COM: 10,
    }  # fmt: skip


def test_the_length_in_years_is_a_contract_term_not_a_value_per_year() -> None:
    """«Lengd (år)» beside «Årleg verdi»: the years are the term, the value is per year."""
    mapping = map_columns(["Skildring", "Årleg verdi", "Lengd (år)", "Opsjonar (år)"])
    assert mapping.column_of(AV) == 1
    assert mapping.column_of(CY) == 2
    assert mapping.column_of(OY) == 3
    assert Field.VALUE not in mapping.columns and TV not in mapping.columns
