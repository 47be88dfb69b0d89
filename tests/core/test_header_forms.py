"""Column headers as real plans write them: words cut short and ended with a full stop
("Beskr.", "Est. årl. verdi", "Avt.per."), read as the synonym words they start when that is
clear and as nothing when it is not; and whole nynorsk header rows. Single nynorsk headers are
in the variants table (``header_variants.py``). Header rows written for these tests."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.columns import (
    MIN_CONFIDENCE,
    Field,
    has_header_word,
    header_signature,
    map_columns,
    score_header,
    value_basis,
)
from kommunesamarbeid.core.plan_layout import find_header
from kommunesamarbeid.core.sheet import SheetRow
from tests.core.header_variants import (
    ANN,
    AV,
    CAT,
    COM,
    CONTACT,
    CPV,
    CY,
    EXP,
    OY,
    PROC,
    START,
    TV,
    UNIT,
    D,
    R,
    V,
    best,
)

#: Headers cut short with a full stop, by the field each is read as.
CUT_HEADERS: dict[Field, tuple[str, ...]] = {
    R: ("Anskaffelsesnr.", "L.nr."),  # a whole synonym word with a full stop is that word
    D: ("Beskr.", "Skildr.", "Anskaff.", "Desc."),
    CAT: ("Kat.",),
    AV: ("Est. årl. verdi", "Årl. verdi (kr)", "Est. annual val."),  # the cut says per year
    TV: ("Tot. verdi", "Verdi tot.", "Verdi inkl. ops."),  # … or in total
    # a compound cut in both parts, with or without a last full stop
    CY: ("Avt.per.", "Kontr.per. (år)", "Ant. år", "Avt.tid", "Avt.per", "Kontr.tid (år)"),
    OY: ("Ops.", "Opsj.", "Forl.opsj."),
    ANN: ("Kunngj.", "Planl. kunngj."),
    EXP: ("Utløpsd.", "Utløpsd. dagens avt."),
    UNIT: ("Avd.", "Tenesteomr.", "Ansv. enh.", "Ansv. avd."),  # the phrase decides
    CONTACT: ("Ansv.", "Kontaktpers.", "Kontaktp.", "Saksbeh.", "Kontr.ansv.", "Innkj.ansv."),
    PROC: ("Prosed.",),
    COM: ("Merkn.", "Komm."),
}


@pytest.mark.parametrize(
    ("header", "field"),
    [(h, f) for f, headers in CUT_HEADERS.items() for h in headers],
    ids=lambda value: str(value),
)
def test_a_cut_reads_as_the_word_it_starts(header: str, field: Field) -> None:
    assert best(header) is field


@pytest.mark.parametrize(
    "header",
    [
        # too short to say anything
        "Be.", "Ko.", "An.",
        # fits many fields: anskaffelse/anskaffelsesnr/ansvarlig/anslått …
        "Ans.",
        # kontrakt (what is bought) or the start, the end, the number … of a contract
        "Kontr.", "Contr.",
        # avtale, avtalenr, avtaletid, avtaleeier …
        "Avt.",
        # utlysing (announcement) or utløp (expiry)
        "Utl.",
        # innkjøp (what is bought) or innkjøper (who buys)
        "Innkj.",
        # prosjekt, prosjektnr, prosjektleder
        "Prosj.",
        # no full stop: not a cut, and too far from a whole word to be a typo
        "Beskr",
    ],
)  # fmt: skip
def test_an_unclear_or_short_cut_says_nothing(header: str) -> None:
    assert best(header) is None


def test_the_safeguards_hold() -> None:
    # A stem written whole, without a full stop, is no cut of its compound.
    assert R not in {m.field for m in score_header("Anskaffelse")}
    assert best("Anskaffelse") is D
    # A known word is no typo of another, cut or not.
    assert CONTACT not in {m.field for m in score_header("Contract")}
    assert CONTACT not in {m.field for m in score_header("Contr.")}


def test_a_cut_inside_the_first_part_of_a_compound_reads_that_part() -> None:
    """«Komm.» is «kommentar», not a cut «kommunalområde» (whose last part is «område»)."""
    assert {m.field for m in score_header("Komm.")} == {COM}
    # «Tot.» is «total», not «totalverdi»: the value basis says total either way.
    assert value_basis("Verdi tot.") == "total"
    assert value_basis("Est. årl. verdi") == "annual"
    assert value_basis("Årl. verdi inkl. ops.") is None  # says both: left to the user


def test_a_cut_is_less_sure_than_the_word_written_out() -> None:
    whole = score_header("Beskrivelse")[0]
    cut = score_header("Beskr.")[0]
    assert whole.field is cut.field is D
    assert whole.confidence > cut.confidence >= MIN_CONFIDENCE


def test_an_abbreviated_header_row_maps_every_column() -> None:
    headers = [
        "Løpenr.", "Beskr. av behov", "CPV", "Årl. verdi (kr)", "Kontr.per. (år)",
        "Forl.opsj.", "Planl. kunngj.", "Utløpsd. dagens avt.", "Ansv. avd.", "Kontaktpers.",
        "Merkn.",
    ]  # fmt: skip
    mapping = map_columns(headers)
    assert {f: a.column for f, a in mapping.columns.items()} == {
        R: 0, D: 1, CPV: 2, AV: 3, CY: 4, OY: 5, ANN: 6, EXP: 7, UNIT: 8, CONTACT: 9, COM: 10,
    }  # fmt: skip
    assert mapping.unmapped == {}


def test_an_abbreviated_nynorsk_row_maps_every_column() -> None:
    headers = [
        "Ref.", "Skildr.", "Kat.", "Est. årl. verdi", "Lengd (år)", "Opsj.",
        "Planl. utlysing", "Eining", "Kontaktp.", "Komm.", "Prosed.",
    ]  # fmt: skip
    mapping = map_columns(headers)
    assert {f: a.column for f, a in mapping.columns.items()} == {
        R: 0, D: 1, CAT: 2, AV: 3, CY: 4, OY: 5, ANN: 6, UNIT: 7, CONTACT: 8, COM: 9, PROC: 10,
    }  # fmt: skip


def test_unclear_cuts_in_a_row_stay_unmapped() -> None:
    mapping = map_columns(["Nr", "Beskrivelse", "Avt.", "Ans.", "Kontr."])
    assert mapping.column_of(R) == 0 and mapping.column_of(D) == 1
    assert mapping.unmapped == {2: "Avt.", 3: "Ans.", 4: "Kontr."}


def test_cut_cells_pass_the_gate_for_a_header_further_down() -> None:
    assert has_header_word("Beskr.") and has_header_word("Avt.per.")
    assert not has_header_word("Ans.") and not has_header_word("Div. utstyr")


def test_an_abbreviated_header_under_a_title_is_found() -> None:
    rows = [
        SheetRow(1, ["Innkjøpsplan 2026–2027", None, None, None, None]),
        SheetRow(2, ["Nr", "Beskr.", "Est. årl. verdi", "Avt.per.", "Kunngj."]),
        SheetRow(3, [1, "Reinhald av skulane", "kr 400 000,-", "2 år", "mars 2026"]),
    ]
    found = find_header(rows)
    assert found is not None
    index, header = found
    assert index == 1
    assert header.mapping.column_of(D) == 1
    assert header.mapping.column_of(AV) == 2
    assert header.mapping.column_of(CY) == 3
    assert header.mapping.column_of(ANN) == 4


def test_the_signature_of_a_row_is_unchanged_by_reading_cuts() -> None:
    """A user's remembered mapping is keyed by the header words as before."""
    assert header_signature(["Beskr.", "Avt.per."]) == header_signature(["beskr", "avt per"])


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
