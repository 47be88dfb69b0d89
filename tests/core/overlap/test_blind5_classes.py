"""The cause classes found on the fifth check corpus (opened for development), each tested on
words of the class, not on that corpus's lines: spelling variants as a compound's last part,
a letter written once where two parts meet, nynorsk words that are also rare bokmål words, …"""

from __future__ import annotations

from functools import lru_cache

import pytest
from overlap_helpers import SMALL_CATALOGUE, explain_two, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.features import TextModel


@lru_cache(maxsize=1)
def _model() -> TextModel:
    if vocabulary().senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return build_model(vocabulary(), SMALL_CATALOGUE)


def _parts(word: str) -> tuple[str, ...]:
    return _model().analyzer.word(word)[1]


def _one_need(text_a: str, text_b: str) -> None:
    """The two lines pass as one need, and every word a reason quotes is written in them."""
    why = explain_two(text_a, text_b)
    assert why.passes, why.evidence_against
    quoted_words_are_written(why, text_a, text_b)


# --- a spelling variant is read as the last part of a compound too -----------------------


@pytest.mark.parametrize(
    ("compound", "head"),
    [("omsorgssenger", "seng"), ("barnesenger", "seng"), ("pleiesengene", "seng")],
)
def test_a_listed_spelling_variant_reads_the_last_part_of_a_compound(
    compound: str, head: str
) -> None:
    # «senger» is listed as «seng» (the dictionaries read it as «sang»): inside a compound too
    assert _parts(compound)[-1] == head


# --- a letter written once where two parts meet; a short prefix before a listed word ------


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("responsenter", ("respons", "senter")),  # respons|senter
        ("nattaxi", ("natt", "taxi")),  # natt|taxi
        ("glassalong", ("glass", "salong")),  # glass|salong
        # a short prefix written together with a listed word
        ("elvarebiler", ("el", "varebil")),  # not «elv» + …
        ("elsparkesykler", ("el", "sparkesykkel")),
    ],
)
def test_a_compound_of_a_shared_letter_or_a_short_prefix_reads_as_its_parts(
    compound: str, parts: tuple[str, ...]
) -> None:
    assert _parts(compound) == parts


def test_a_listed_word_keeps_its_own_reading() -> None:
    assert _parts("stasjon") == ("stasjon",)  # no «stas» + «sjon»
    assert _parts("restaurant") == ("restaurant",)
    assert _parts("elever") == ("elev",)  # no «el» + …
    assert _parts("elvebredd")[0] == "elv"


# --- nynorsk words that are also rare bokmål words, read as their bokmål word ---------------


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("brukarane", "brukere"),  # not «bru» + «kar»
        ("brukarrepresentantar", "brukerrepresentanter"),
        ("søkjarar", "søkere"),  # not «søk» + «jar»
        ("bebuarar", "beboere"),
        ("foreldrerettleiing", "foreldreveiledning"),  # not «rett» + «ledelse»
        ("grunnundersøking", "grunnundersøkelse"),
    ],
)
def test_a_nynorsk_word_the_dictionaries_do_not_link_reads_as_bokmal(
    nynorsk: str, bokmal: str
) -> None:
    assert _parts(nynorsk) == _parts(bokmal)


# --- advice that is the need itself is no role beside it ------------------------------------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Advokatbistand og juridisk rådgivning", "Advokattjenester"),
        ("Juridisk bistand i personalsaker", "Advokattjenester og juridisk rådgiving"),
    ],
)
def test_a_line_known_by_its_need_and_advice_of_that_need_meets_the_need(
    text_a: str, text_b: str
) -> None:
    _one_need(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Forsikringsrådgivning", "Forsikringer for kommunen"),  # advice on a need: a role
        ("Kommunikasjonsrådgivning", "Kommunikasjonsløsning for skolene"),
    ],
)
def test_advice_about_a_need_stays_apart_from_the_need(text_a: str, text_b: str) -> None:
    assert not explain_two(text_a, text_b).passes


# --- English: an acronym's plural, and pipe inspection written in English -------------------


def test_an_acronym_with_an_english_plural_s_is_the_acronym() -> None:
    _one_need("Supply of AEDs for schools and sports halls", "Hjertestartere")


def test_cctv_of_pipes_is_not_camera_surveillance() -> None:
    assert not explain_two("CCTV survey of drain pipes", "Kameraovervåking av rådhuset").passes


# --- vans are their own need beside cars ----------------------------------------------------


def test_vans_in_any_wording_meet_and_stay_apart_from_cars() -> None:
    assert explain_two("Innkjøp av varevogner", "Elektriske varebilar til driftsavdelinga").passes
    assert explain_two("Electric vans for the home care service", "Varebiler").passes
    assert not explain_two("Leasing av tjenestebiler", "Varebiler til driftsavdelingen").passes
    assert explain_two("Leasing av tjenestebiler", "Operasjonell leasing av personbiler").passes


# --- care beds are not beds and mattresses for housing ------------------------------------


def test_care_beds_meet_and_stay_apart_from_beds_for_housing() -> None:
    care = "Elektriske pleiesenger til hjemmetjenesten"
    assert explain_two(care, "Sykehjemssenger med trykkavlastende madrasser").passes
    assert explain_two("Nursing beds for the care homes", "Pleiesenger").passes
    assert not explain_two("Madrasser og senger til kommunale leiligheter", care).passes


# --- transport to day services in other words -----------------------------------------------


def test_transport_to_day_services_is_not_school_transport() -> None:
    assert not explain_two("Skoleskyss for elever", "Transport av brukere til dagsenter").passes


# --- sludge from the treatment plants is not septic-tank emptying ---------------------------


def test_sludge_from_treatment_plants_is_its_own_need() -> None:
    plant = "Disponering av slam fra renseanlegget"
    assert explain_two(plant, "Slambehandling og transport av avløpsslam").passes
    assert not explain_two(plant, "Tømming av slamavskillere hos private").passes
    assert not explain_two("Håndtering av slam fra renseanleggene", "Slamtømming, hytter").passes
    assert explain_two("Slamtømming, private anlegg", "Tømming av slamavskillere").passes


# --- one need in other wordings: pipe inspection in English, transport to day services ------


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("CCTV inspection of drains and sewers", "Rørinspeksjon med kamera (TV-kjøring)"),
        ("Sewer inspection framework", "Kamerainspeksjon av avløpsledninger"),
        ("Skyss av brukarar til dagaktivitetstilbod", "Transport til og fra dagsenteret"),
        ("Transport av brukere til dagtilbud", "Dagsenterskyss for eldre"),
    ],
)
def test_one_need_in_other_wordings_meets(text_a: str, text_b: str) -> None:
    _one_need(text_a, text_b)


# --- the workshop for vehicles is not the vehicles ------------------------------------------


def test_workshop_services_for_vehicles_written_apart_are_not_the_vehicles() -> None:
    assert not explain_two("Verksted, kommunale kjøretøy", "Leasing av personbiler").passes
    assert explain_two("Verksted og service, kommunale kjøretøy", "Bilverkstedtjenester").passes


# --- foster homes are not places in child-welfare institutions ------------------------------


def test_foster_homes_and_child_welfare_institutions_are_two_needs() -> None:
    assert not explain_two("Kjøp av fosterhjem", "Plasser i barnevernsinstitusjon").passes
    assert explain_two("Beredskapshjem og fosterhjem, kjøp", "Forsterkede fosterhjem").passes
    assert explain_two(
        "Barnevernsinstitusjon, akuttplasser", "Plassar i barnevernsinstitusjon"
    ).passes
