"""Reading the local market: the sentences, the split advice, warnings and notes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kommunesamarbeid.core.local_market import (
    CURATED_NOTE,
    RENHOLD_NOTE,
    IndustrySelection,
    MarketCounts,
    PlaceMarket,
    RegisterInfo,
    lot_market_note,
    lot_notes,
    lot_warnings,
    reading,
    split_advice,
)
from kommunesamarbeid.core.supplier_mapping import IndustryCode, MappingRow
from kommunesamarbeid.core.texts import Text

CLEANING = IndustrySelection(
    ("90911200",),
    (
        MappingRow(
            "9091", "Rengjøring", (IndustryCode("81.21"), IndustryCode("81.22")), "SSB-tekst", "høy"
        ),
    ),
)
SNOW = IndustrySelection(
    ("90620000",),
    (
        MappingRow(
            "9062", "Brøyting", (IndustryCode("81.23"),), "Skjønn", "middels", "Også gårdbrukere."
        ),
    ),
)


def place(name: str, staff: int, units: int | None = None) -> PlaceMarket:
    return PlaceMarket(
        f"{name} kommune", "4600", MarketCounts(units if units is not None else staff, staff)
    )


def test_the_weakest_municipality_against_the_region() -> None:
    places = [place("Fedje", 2), place("Austrheim", 9), place("Alver", 20)]
    assert reading(places, MarketCounts(31, 31)) == (
        "2 bedrifter med ansatte i Fedje, 31 i regionen: en delkontrakt per kommune gir lokale "
        "tilbydere en reell mulighet."
    )


def test_one_municipality_lot() -> None:
    assert reading([place("Fedje", 1)], MarketCounts(31, 31)) == (
        "1 bedrift med ansatte i Fedje, 31 i regionen: en egen delkontrakt gir lokale tilbydere "
        "en reell mulighet."
    )
    text = reading([place("Fedje", 0, units=3)], MarketCounts(31, 31))
    assert text.startswith("Ingen bedrifter med ansatte i Fedje (bare 3 uten registrerte ansatte)")
    assert "nabokommune" in text


def test_municipalities_without_staff_and_merged_lots() -> None:
    places = [place("Fedje", 0), place("Modalen", 0, units=1), place("Alver", 7)]
    assert reading(places, MarketCounts(8, 7)) == (
        "Ingen bedrifter med ansatte i Fedje og Modalen, 7 i regionen: del opp etter område, men "
        "slå kommuner uten lokale tilbydere sammen med en nabokommune."
    )
    merged = reading(
        [place("Masfjorden", 7), place("Modalen", 3)], MarketCounts(30, 30), one_lot=True
    )
    assert merged == (
        "3 bedrifter med ansatte i Modalen, 10 i området: delkontrakten gir lokale tilbydere i "
        "alle kommunene en reell mulighet."
    )


def test_only_the_county_has_suppliers() -> None:
    places = [place("Fedje", 0), place("Modalen", 0)]
    county = [PlaceMarket("Vestland", "46", MarketCounts(500, 230))]
    assert reading(places, MarketCounts(), county).startswith(
        "Ingen bedrifter med ansatte i kommunene, 230 i Vestland: konkurransen blir regional"
    )


def test_unknown_numbers_are_never_zero() -> None:
    unknown = PlaceMarket("Herøy kommune", None, None)
    assert "ukjent" in reading([unknown], MarketCounts())
    advice = split_advice([unknown, place("Fedje", 3)], CLEANING)
    assert advice.basis is None and "Herøy" in advice.sentences[0]


def test_split_by_area_when_every_municipality_has_staff() -> None:
    advice = split_advice([place("Fedje", 2), place("Austrheim", 5)], CLEANING)
    assert advice.basis == "area"
    assert "Alle de 2 kommunene har lokale bedrifter med ansatte" in advice.sentences[0]
    assert "(Fedje 2, Austrheim 5)" in advice.sentences[0]
    assert "FOA § 19-4" in advice.sentences[1]
    no = split_advice([place("Fedje", 0), place("Austrheim", 5)], CLEANING)
    assert no.basis is None and no.sentences[0].startswith("Fedje har ingen lokale bedrifter")


def test_a_lot_without_any_local_supplier_is_warned() -> None:
    empty = [PlaceMarket("Masfjorden kommune", "4634", MarketCounts())]
    warnings = lot_warnings("Delkontrakt 3 (Masfjorden)", empty, CLEANING)
    assert warnings == [
        "Delkontrakt 3 (Masfjorden): ingen lokale leverandører i det hele tatt i Masfjorden "
        "innen næringskodene 81.21, 81.22."
    ]
    assert lot_warnings("Delkontrakt 1", [place("Fedje", 0, units=1)], CLEANING) == []
    unmapped = IndustrySelection(("39000000",), (), ("39000000",))
    assert "finnes ikke i tabellen" in lot_warnings("Delkontrakt 1", empty, unmapped)[0]
    assert "ingen CPV-kode" in lot_warnings("Delkontrakt 1", empty, IndustrySelection())[0]


def test_cleaning_shows_the_renholdsregister_reminder() -> None:
    assert CLEANING.cleaning and not SNOW.cleaning
    notes = lot_notes(CLEANING, MarketCounts(4, 3), parents_loaded=True)
    assert notes[0] == RENHOLD_NOTE
    assert lot_notes(SNOW, MarketCounts(1, 1, parent_missing=1), True) == [
        "CPV 9062 (Brøyting): Også gårdbrukere.",
        "1 av enhetene har en hovedenhet som ikke finnes i enhetsfilen; den er talt med, men "
        "konkurs og avvikling er ukjent for den.",
    ]
    assert lot_notes(SNOW, MarketCounts(2, 2, parent_missing=2), True)[-1] == (
        "2 av enhetene har en hovedenhet som ikke finnes i enhetsfilen; de er talt med, men "
        "konkurs og avvikling er ukjent for dem."
    )
    assert "Enhetsfilen" in lot_notes(SNOW, MarketCounts(), False)[-1]


def test_lot_description_note() -> None:
    note = lot_market_note([place("Masfjorden", 7), place("Modalen", 3)], SNOW)
    assert note == "Lokalt marked (81.23): 7 bedrifter med ansatte i Masfjorden og 3 i Modalen."


def test_counts_add_up() -> None:
    total = MarketCounts(1, 2, 3, 4, 5) + MarketCounts(10, 20, 30, 40, 50)
    assert total == MarketCounts(11, 22, 33, 44, 55)
    assert set(total.to_json()) == {
        "units",
        "with_staff",
        "five_plus",
        "sole_proprietors",
        "parent_missing",
    }


# --- both written standards ---------------------------------------------------------------------


def _nynorsk_cases() -> list[tuple[Text, str]]:
    """Every sentence the module makes, and a piece of its nynorsk form."""
    county = [PlaceMarket("Vestland", "46", MarketCounts(40, 12))]
    unknown = PlaceMarket("Vestøy kommune", None, None)
    region = MarketCounts(30, 9)
    snow = IndustrySelection(
        ("90620000",),
        (dataclasses.replace(SNOW.rows[0], note_nn="Også gardbrukarar."),),
    )
    return [
        (reading([unknown], region), "Den lokale marknaden er ukjend: kommunen manglar"),
        (reading([unknown, unknown], region), "kommunane manglar kommunenummer"),
        (reading([place("Fedje", 1)], region), "1 verksemd med tilsette i Fedje, 9 i regionen"),
        (reading([place("Fedje", 0, units=2)], region), "(berre 2 utan registrerte tilsette)"),
        (reading([place("Fedje", 0)], region), "vil truleg få tilbod frå verksemder utanfor"),
        (reading([place("Fedje", 2), place("Alver", 7)], region), "2 verksemder med tilsette"),
        (
            reading([place("Fedje", 2), place("Alver", 7)], region, one_lot=True),
            "gjev lokale tilbydarar i alle kommunane ei reell moglegheit",
        ),
        (reading([place("Fedje", 0), place("Alver", 7)], region), "slå kommunar utan lokale"),
        (
            reading([place("Fedje", 0), place("Alver", 0)], region, county),
            "konkurransen vert regional, og delkontraktar per kommune gjev ikkje lokale tilbod",
        ),
        (reading([place("Fedje", 0), place("Alver", 0)], region), "same korleis anskaffinga"),
        (split_advice([unknown], CLEANING).sentences[0], "Den lokale marknaden er ukjend for"),
        (
            split_advice([place("Fedje", 2)], CLEANING).sentences[0],
            "Kommunen har lokale verksemder med tilsette innan næringskodane 81.21, 81.22 (Fedje 2)",
        ),
        (split_advice([place("Fedje", 2), place("Alver", 3)], CLEANING).sentences[1], "grunngje"),
        (
            split_advice([place("Fedje", 0), place("Alver", 3)], CLEANING).sentences[1],
            "slå kommunen saman med ein nabo",
        ),
        (
            split_advice([place("Fedje", 0), place("Alver", 0)], CLEANING).sentences[1],
            "slå desse kommunane saman",
        ),
        (
            lot_market_note([place("Masfjorden", 1), place("Modalen", 3)], SNOW) or Text("x"),
            "Lokal marknad (81.23): 1 verksemd med tilsette i Masfjorden og 3 i Modalen.",
        ),
        (lot_warnings("T", [], IndustrySelection())[0], "T: linjene har ingen CPV-kode"),
        (lot_notes(snow, MarketCounts(), True)[0], "CPV 9062 (Brøyting): Også gardbrukarar."),
        (lot_notes(SNOW, MarketCounts(), True)[0], "CPV 9062 (Brøyting): Også gårdbrukere."),
        (lot_notes(SNOW, MarketCounts(), False)[-1], "Einingsfila (hovudeiningane)"),
        (lot_notes(SNOW, MarketCounts(1, 1, parent_missing=1), True)[-1], "den er talt med"),
        (RegisterInfo(units_date=dt.date(2026, 11, 27)).source_line(), "Kjelde: Einingsregisteret"),
        (RegisterInfo().source_line(), "per ukjend dato. Inneheld data under Norsk lisens"),
        (CURATED_NOTE, "ikkje kven som faktisk kjem til å gje tilbod"),
    ]


def test_every_sentence_renders_in_nynorsk() -> None:
    for sentence, expected in _nynorsk_cases():
        assert isinstance(sentence, Text), sentence
        nynorsk = sentence.render("nn")
        assert expected in nynorsk, (sentence.key, nynorsk)
        assert "{" not in nynorsk and "market." not in nynorsk, nynorsk
        assert nynorsk != str(sentence) or sentence.key == "market.note.table", sentence.key
        for word in ("ikke", "bedrift", "bedrifter", "ansatte", "kommunene", "fra", "blir"):
            assert word not in nynorsk.split(), (word, nynorsk)
