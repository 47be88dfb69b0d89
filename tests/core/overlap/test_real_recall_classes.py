"""Recall classes found on real notice titles (``scripts/probe_real_recall.py``), each on
constructed lines: English words Norwegian has too, read through the catalogue in English
texts only; a split form read as the compound a need family lists whole; kinds guessed from
suggested codes that never part a compound and its split form; the English plural "services";
and the look-alikes that must still stay apart."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.overlap import DetectionSettings, build_model
from kommunesamarbeid.core.overlap.english import (
    IN_TEXT,
    english_stem,
    english_text,
    learn_english,
    norwegian_marked,
    split_in_text,
)
from kommunesamarbeid.core.overlap.pair import explain_pair
from kommunesamarbeid.core.overlap.split_forms import joined_words
from tests.core.overlap.overlap_helpers import (
    assert_one_need,
    explain_two,
    full_catalogue,
    line,
    month,
    vocabulary,
)

# --- English words Norwegian has too ----------------------------------------------------------


def _street_labels() -> dict[str, tuple[str, str]]:
    return {
        "10000001": ("Gatefeiing", "Street sweeping"),
        "10000002": ("Gatebelysning", "Street lighting"),
        "10000003": ("Gatemøbler", "Street furniture"),
        "10000004": ("Gateskilt", "Street signs"),
        "10000005": ("Gatevask", "Street washing"),
        "10000006": ("Gatestein", "Street paving stones"),
    }


def _parts(label: str) -> list[str]:
    analyzer = build_model(vocabulary(), {}).analyzer
    return [p for t in analyzer.analyse(label).tokens for p in t.parts]


def test_a_word_of_both_languages_is_learnt_for_english_texts_only() -> None:
    labels = _street_labels()
    gate = build_model(vocabulary(), {}).analyzer.word("gate")[0]
    table = learn_english(labels, _parts, lambda w: w == "street", frozenset())
    everywhere, in_text = split_in_text(table)
    assert "street" not in everywhere  # a Norwegian word is never read so everywhere
    assert in_text["street"] == gate
    # too little evidence for a word Norwegian has too: nothing (five codes are needed)
    fewer = dict(list(labels.items())[:4])
    assert IN_TEXT + "street" not in learn_english(fewer, _parts, lambda w: True, frozenset())


def test_an_english_adjective_is_not_read_through_the_catalogue() -> None:
    labels = {
        f"1000000{n}": (f"Bærbare {no}", f"Portable {en}")
        for n, (no, en) in enumerate(
            [
                ("radioer", "radios"),
                ("lamper", "lamps"),
                ("pumper", "pumps"),
                ("skjermer", "screens"),
                ("vekter", "scales"),
                ("ovner", "ovens"),
            ]
        )
    }
    table = learn_english(labels, _parts, lambda w: True, frozenset())
    assert IN_TEXT + "portable" not in table


def test_a_text_is_english_by_its_words_not_by_words_of_both_languages() -> None:
    english = {"health": True, "service": None, "support": None, "kopimaskiner": False}.get
    assert english_text(["occupational", "health", "service"], lambda w: english(w), frozenset())
    assert english_text(["cleaning", "of", "offices"], lambda w: False, frozenset())
    # words of both languages say nothing either way: the Norwegian word decides
    assert not english_text(["service", "kopimaskiner"], lambda w: english(w), frozenset())
    assert norwegian_marked(["backup", "av", "microsoft"])
    assert not norwegian_marked(["supply", "of", "electricity", "til"])


def test_a_norwegian_line_keeps_its_own_words() -> None:
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    assert english_stem("street") in analyzer.english_in_text  # learnt from the catalogue
    keys = [t.key for t in analyzer.analyse("Service og support på kopimaskiner").tokens]
    assert keys[:2] == ["service", "support"]
    # "fire" is four in Norwegian: a Norwegian line is never read as English
    assert not explain_two("Fire nye biler", "Brannbiler").passes


@pytest.mark.parametrize(
    ("first", "second"),
    [("Portable toilets", "Bærbare PC-er"), ("Street lighting", "Gatefeiing")],
)
def test_english_look_alikes_stay_apart(first: str, second: str) -> None:
    assert not explain_two(first, second).passes


# --- the English plural "services" ------------------------------------------------------------


def test_english_services_are_how_a_thing_is_bought_not_servicing() -> None:
    why = explain_two("Tyres and associated services", "Levering av dekk")
    assert why.passes, (why.evidence_for, why.evidence_against)
    # servicing a thing is still another need than buying it
    assert not explain_two("Servicing of lifts", "Kjøp av heiser").passes


def test_an_english_service_norwegian_writes_as_a_tjeneste_is_the_need() -> None:
    # "passenger transport service" is transporttjeneste (a word of the dictionaries), not
    # servicing a thing: it meets the purchase of that transport
    why = explain_two("Passenger Transport Service", "Kjøp av persontransport")
    assert why.passes, (why.evidence_for, why.evidence_against)
    # a thing's service ("heistjeneste", "kjeletjeneste" are no words) stays servicing it,
    # and so does the service of goods Norwegian has a "tjeneste" word for ("dekkstjeneste")
    for service, goods in [
        ("Lift service", "Kjøp av heiser"),
        ("Boiler service", "Kjøp av kjeler"),
        ("Tyre service", "Kjøp av dekk"),
    ]:
        assert not explain_two(service, goods).passes


# --- a compound and its split form ------------------------------------------------------------


def test_joined_words_use_the_linking_letters() -> None:
    assert "vinduspuss" in joined_words("vindu", "puss", ("s", "e"))
    # a first part that ends in the linking letter takes it no second time
    assert joined_words("gate", "lys", ("s", "e")) == ("gatelys", "gateslys")


@pytest.mark.parametrize(
    ("compound", "split"),
    [
        ("Gatelys", "Lys i gater"),  # a compound the dictionaries list whole
        ("Brønnboring", "Boring av brønner"),  # kinds guessed from suggested codes
        ("Oljerørledninger", "Rørledninger til olje"),
        ("Bygningsutvidelse", "Utvidelse av bygninger"),
    ],
)
def test_a_compound_meets_its_split_form(compound: str, split: str) -> None:
    assert_one_need(compound, split)  # quoting only the lines' own words
    reasons = explain_two(compound, split).evidence_for
    assert any(r.startswith("Samme ord skrevet sammensatt og delt") for r in reasons)


@pytest.mark.parametrize(
    ("compound", "other"),
    [("Gatelys", "Lys til scenen"), ("Brønnboring", "Boring av tunneler")],
)
def test_a_compound_does_not_meet_another_need_with_its_last_part(
    compound: str, other: str
) -> None:
    assert not explain_two(compound, other).passes


@pytest.mark.parametrize(
    ("compound", "written", "split"),
    [("Brønnboring", "03000000", "Boring av brønner"), ("Gatelys", "30192000", "Lys i gater")],
)
def test_a_wrong_code_on_one_line_does_not_sink_the_compound_and_its_split_form(
    compound: str, written: str, split: str
) -> None:
    lines = [
        line(1, 1, compound, cpv=written, period=month(2026, 9)),
        line(2, 2, split, period=month(2026, 9)),
    ]
    why = explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())
    assert why.passes, (why.evidence_for, why.evidence_against)


# --- works at one place -------------------------------------------------------------------------


def test_works_for_one_named_building_after_a_dash_is_a_project() -> None:
    framework = "Rammeavtale malerarbeid"
    assert not explain_two("Maling av fasade – Egge barneskole", framework).passes
    assert explain_two("Malerarbeid – alle skoler", framework).passes


# --- goods for a service ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("split", "compound"),
    [
        ("Materiell til renhold", "Renholdsmateriell"),
        ("Produkter til rengjøring", "Rengjøringsprodukter"),
    ],
)
def test_goods_for_a_service_meet_the_compound_of_the_same_goods(split: str, compound: str) -> None:
    assert_one_need(split, compound)  # "til renhold" says what the goods are for


# --- English words for the buyer, the lot and how many ------------------------------------------


@pytest.mark.parametrize(
    ("english", "norwegian"),
    [
        ("Municipality Lot 4: Seven Dishwashers", "Oppvaskmaskiner"),
        ("County Council Three Lawnmowers Lot 1", "Gressklippere"),
        ("Borough Council - Nine Dishwashers", "Oppvaskmaskiner til kantina"),
    ],
)
def test_english_buyer_lot_and_number_words_say_nothing_about_the_need(
    english: str, norwegian: str
) -> None:
    # like "kommune", "delkontrakt" and "to" in a Norwegian line
    assert_one_need(english, norwegian)


def _main_words(text: str) -> list[str]:
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    return [t.surface for t in analyzer.analyse(text).tokens if t.main]


def test_english_to_says_who_a_thing_is_for_and_norwegian_to_is_two() -> None:
    # "to" after a content word in an English text, like "til": who or where it is for
    assert _main_words("Supply of gritting salt to the depots and harbours") == [
        "gritting",
        "salt",
    ]
    # in a Norwegian line "to" is a number
    assert "traktorer" in _main_words("Kjøp av to traktorer")
    assert "gressklippere" in _main_words("Leie av sopelimer og to gressklippere")


# --- generic English words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "norwegian"),
    [
        ("Cleaning consumables", "Renholdsartikler"),
        ("Office consumables", "Kjøp av kontorrekvisita"),
    ],
)
def test_generic_english_words_read_as_the_generic_norwegian_words(
    english: str, norwegian: str
) -> None:
    # "consumables" is forbruksmateriell, which says how, not what: the word before says what
    assert_one_need(english, norwegian)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Cleaning consumables", "Office consumables"),
        ("Sports items", "Kitchen items"),
        ("Bakery goods", "Frozen goods"),
    ],
)
def test_a_generic_english_word_alone_links_nothing(first: str, second: str) -> None:
    assert not explain_two(first, second).passes
