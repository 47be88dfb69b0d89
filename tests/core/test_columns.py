"""Recognising plan columns from their header words: synonyms, languages, typos, value basis."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.columns import (
    MIN_CONFIDENCE,
    Field,
    clean_header_text,
    header_signature,
    map_columns,
    normalise_header,
    score_header,
    value_basis,
)
from tests.core.header_variants import best


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # bokmål, as plans write them
        ("Nr", Field.REFERENCE),
        ("Løpenr.", Field.REFERENCE),
        ("Saksnr", Field.REFERENCE),
        ("Anskaffelse", Field.DESCRIPTION),
        ("Hva skal kjøpes", Field.DESCRIPTION),
        ("Navn og beskrivelse", Field.DESCRIPTION),
        ("CPV-kode", Field.CPV),
        ("Est. verdi pr år eks mva", Field.ANNUAL_VALUE),
        ("Varighet (år)", Field.CONTRACT_YEARS),
        ("Opsjoner", Field.OPTION_YEARS),
        ("Planlagt kunngjøring", Field.ANNOUNCEMENT),
        ("Oppstart ny avtale", Field.CONTRACT_START),
        ("Dagens avtale utløper", Field.CURRENT_EXPIRY),
        ("Tjenesteområde", Field.UNIT),
        ("Kontraktsansvarlig", Field.CONTACT),
        ("Konkurranseform", Field.PROCEDURE),
        ("Merknad", Field.COMMENTS),
        # nynorsk
        ("Kva skal kjøpast", Field.DESCRIPTION),
        ("Skildring", Field.DESCRIPTION),
        ("Årleg verdi (kr)", Field.ANNUAL_VALUE),
        ("Opsjonar", Field.OPTION_YEARS),
        ("Planlagd kunngjering", Field.ANNOUNCEMENT),
        ("Eining", Field.UNIT),
        ("Merknadar", Field.COMMENTS),
        # English
        ("Ref.", Field.REFERENCE),
        ("Description", Field.DESCRIPTION),
        ("CPV code", Field.CPV),
        ("Estimated value (NOK/year)", Field.ANNUAL_VALUE),
        ("Estimated total value", Field.TOTAL_VALUE),
        ("Duration (years)", Field.CONTRACT_YEARS),
        ("Options", Field.OPTION_YEARS),
        ("Planned tender", Field.ANNOUNCEMENT),
        ("Contract start", Field.CONTRACT_START),
        ("Current contract expires", Field.CURRENT_EXPIRY),
        ("Department", Field.UNIT),
        ("Contact person", Field.CONTACT),
        ("Comments", Field.COMMENTS),
        # typos
        ("Beskrivlese", Field.DESCRIPTION),
        ("Kontaktpesron", Field.CONTACT),
        ("Esitmert verdi", Field.VALUE),
        ("Opsjnoer", Field.OPTION_YEARS),
        ("Kunngjørnig", Field.ANNOUNCEMENT),
        ("Avtalepriode", Field.CONTRACT_YEARS),
        # compounds: the head word decides
        ("Totalverdi", Field.TOTAL_VALUE),
        ("Årsverdi", Field.ANNUAL_VALUE),
        ("Kontraktsverdi", Field.TOTAL_VALUE),
        ("Avtaleverdi", Field.VALUE),
    ],
)
def test_header_recognised(header: str, field: Field) -> None:
    assert best(header) is field


@pytest.mark.parametrize(
    "header",
    ["", "   ", "Kolonne1", "x", "Ark1", "Fargekode", "2026", "Godkjent av rådmannen"],
)
def test_unrelated_headers_map_to_nothing(header: str) -> None:
    assert best(header) is None


def test_options_inside_a_value_header_make_it_a_value_column() -> None:
    matches = score_header("Totalverdi inkl. opsjoner")
    assert matches[0].field is Field.TOTAL_VALUE
    assert Field.OPTION_YEARS not in {m.field for m in matches}
    mapping = map_columns(["Beskrivelse", "Totalverdi inkl. opsjoner", "Opsjoner"])
    assert mapping.column_of(Field.TOTAL_VALUE) == 1
    assert mapping.column_of(Field.OPTION_YEARS) == 2


@pytest.mark.parametrize(
    ("header", "basis"),
    [
        ("Verdi pr. år", "annual"),
        ("Årlig verdi eks. mva", "annual"),
        ("Årleg verdi", "annual"),
        ("Verdi (kr/år)", "annual"),
        ("Estimated value (NOK/year)", "annual"),
        ("Value per year", "annual"),
        ("Årsverdi", "annual"),
        ("Verdi p.a.", "annual"),
        ("Totalverdi", "total"),
        ("Verdi totalt", "total"),
        ("Samlet verdi", "total"),
        ("Verdi inkl. opsjoner", "total"),
        ("Verdi for hele avtaleperioden", "total"),
        ("Samla verdi heile perioden", "total"),
        ("Estimated total value", "total"),
        ("Estimert verdi", None),
        ("Verdi (1000 kr)", None),
        ("Beløp", None),
    ],
)
def test_value_basis(header: str, basis: str | None) -> None:
    assert value_basis(header) == basis


def test_value_fields_follow_the_basis() -> None:
    assert best("Verdi (1000 kr)") is Field.VALUE
    assert best("Verdi pr. år") is Field.ANNUAL_VALUE
    assert best("Samlet verdi for hele avtaleperioden, i hele tusen kroner") is Field.TOTAL_VALUE


def test_a_stem_is_not_a_typo_of_its_compound() -> None:
    # "Anskaffelse" must not be read as a misspelt "Anskaffelsesnr" (a reference column).
    fields = {m.field for m in score_header("Anskaffelse")}
    assert Field.REFERENCE not in fields
    assert best("Anskaffelsesnr") is Field.REFERENCE


def test_a_word_broken_at_a_line_break_is_one_word() -> None:
    assert clean_header_text("Kontrakts-\nperiode (år)") == "Kontraktsperiode (år)"
    assert clean_header_text("Hva skal\nanskaffes") == "Hva skal anskaffes"
    assert normalise_header("Kontrakts-\nperiode") == "kontraktsperiode"
    assert best("Kontrakts-\nperiode (år)") is Field.CONTRACT_YEARS
    # A hyphen before a space is the shared-suffix dash of Norwegian: not joined.
    assert normalise_header("Kontrakts- og avtaleperiode") == "kontrakts og avtaleperiode"


def test_very_long_cells_are_not_headers() -> None:
    assert score_header("Beskrivelse " * 100) == []


def test_map_columns_assigns_each_field_once_and_keeps_the_rest() -> None:
    headers = [
        "Nr",
        "Anskaffelse",
        "Kort beskrivelse",
        "CPV",
        "Verdi pr. år",
        "Totalverdi",
        "Avtaleperiode",
        None,
        "Fargekode",
    ]
    mapping = map_columns(headers)
    assert mapping.column_of(Field.REFERENCE) == 0
    assert mapping.column_of(Field.DESCRIPTION) == 1
    assert mapping.column_of(Field.DETAILS) == 2
    assert mapping.column_of(Field.CPV) == 3
    assert mapping.column_of(Field.ANNUAL_VALUE) == 4
    assert mapping.column_of(Field.TOTAL_VALUE) == 5
    assert mapping.column_of(Field.CONTRACT_YEARS) == 6
    assert mapping.unmapped == {8: "Fargekode"}
    assert all(0 < a.confidence <= 1 for a in mapping.columns.values())


def test_a_plain_value_column_does_not_sit_beside_an_annual_one() -> None:
    mapping = map_columns(["Beskrivelse", "Verdi pr. år", "Estimert verdi"])
    assert mapping.column_of(Field.ANNUAL_VALUE) == 1
    assert mapping.column_of(Field.VALUE) is None


def test_confidence_orders_exact_above_fuzzy() -> None:
    exact = score_header("Beskrivelse")[0]
    typo = score_header("Beskrivlese")[0]
    assert exact.field is typo.field is Field.DESCRIPTION
    assert exact.confidence > typo.confidence >= MIN_CONFIDENCE


def test_header_signature_ignores_case_punctuation_and_trailing_blanks() -> None:
    a = header_signature(["Nr.", "Beskrivelse", "Verdi (kr)", None])
    b = header_signature(["nr", "BESKRIVELSE", "verdi kr"])
    c = header_signature(["Nr", "Verdi (kr)", "Beskrivelse"])
    assert a == b
    assert a != c
