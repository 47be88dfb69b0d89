"""Precision by class (precision16): false pairs found in the sixth to ninth check sets once
they were read, each class checked here on words no corpus line uses.

- two works at two named places are two projects, not one tender (and a zoning plan for one
  named area is a project of its own);
- reading a meter is a service on the meter (goods against a service on them), and a thing and
  its service side by side in a line of goods ("X og fjernavlesing") is the thing too;
- need families that pooled two needs bought from different suppliers (mats and laundry, snow
  on roofs and on roads) are two families;
- two lines only in a broad need, about different things for one audience ("Kurs i X for
  ledere" / "Opplæring i Y for leiarar"), are apart: who it is for says nothing of what;
- a need bound to one place (premises leased where they are) is never one joint tender;
- a line read as two needs of different domains shares only one reading with a line of one of
  them: with no word in common, that is not enough.
"""

from __future__ import annotations

import pytest
from overlap_helpers import full_catalogue, line, month, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, build_model
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair


def _explain(text_a: str, code_a: str | None, text_b: str, code_b: str | None) -> PairExplanation:
    lines = [
        line(1, 1, text_a, cpv=code_a, period=month(2026, 9)),
        line(2, 2, text_b, cpv=code_b, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


# --- two works at two named places -----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "code_a", "second", "code_b"),
    [
        # the words name no kind; the plans' codes say works
        ("Turvei langs Grønnelva", "45233000", "Turveg rundt Kvitebergtjønna", "45233000"),
        ("Ny kai på Hestøya", None, "Kaianlegg ved Nordstranda", "45241000"),
        ("Fortau langs Kirkebakken", "45233161", "Fortau i Sjøgata", "45233161"),
    ],
)
def test_works_at_two_named_places_are_two_projects(
    first: str, code_a: str | None, second: str, code_b: str | None
) -> None:
    why = _explain(first, code_a, second, code_b)
    assert not why.passes, (why.score, why.evidence_for)
    assert any("enkeltstående bygg- eller anleggsprosjekt" in e for e in why.evidence_against)
    quoted_words_are_written(why, first, second)


def test_zoning_plans_for_two_named_areas_are_two_projects() -> None:
    first, second = "Konsulent til reguleringsplan Hestehagen", "Detaljregulering Solsletta"
    why = _explain(first, "71410000", second, "71410000")
    assert not why.passes, (why.score, why.evidence_for)
    assert any("enkeltstående" in e for e in why.evidence_against), why.evidence_against
    framework = _explain(
        "Bistand til reguleringsplaner – rammeavtale", None, "Planbistand, reguleringsplaner", None
    )
    assert framework.passes, (framework.score, framework.evidence_against)


@pytest.mark.parametrize(
    ("first", "code_a", "second", "code_b"),
    [
        # a works framework with no place, and a service at a named place, still group
        (
            "Rammeavtale asfaltarbeid, Bakkeby og Nesje",
            "45233222",
            "Asfaltering av kommunale veier – rammeavtale",
            "45233222",
        ),
        ("Brøyting av veier i Fjellbygda", "90620000", "Brøyting av kommunale veier", None),
    ],
)
def test_a_framework_or_a_service_at_a_named_place_still_groups(
    first: str, code_a: str | None, second: str, code_b: str | None
) -> None:
    why = _explain(first, code_a, second, code_b)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)


# --- a thing against reading it, and a thing and its service side by side -------------------


@pytest.mark.parametrize(
    ("service", "goods", "code"),
    [
        ("Fjernavlesning av energimålere", "Energimålere til næringsbygg", None),
        ("Avlesing av strømmålere", "Strømmålere", "38550000"),
    ],
)
def test_reading_a_meter_is_a_service_on_the_meter(
    service: str, goods: str, code: str | None
) -> None:
    why = _explain(service, None, goods, code)
    assert not why.passes, (why.score, why.evidence_for)
    said = " ".join(why.evidence_against)
    assert "Vare mot tjeneste på varen" in said
    assert f"«{service.split()[0].lower()}»" in said
    quoted_words_are_written(why, service, goods)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Energimålere og fjernavlesning", "Energimålere med fjernavlesning"),
        ("Energimålere og fjernavlesning", "Energimålere til næringsbygg"),
    ],
)
def test_a_thing_and_its_service_side_by_side_is_the_thing_too(first: str, second: str) -> None:
    why = _explain(first, None, second, None)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)


def test_a_service_beside_a_service_stays_a_service() -> None:
    # "hosting" is no thing: the line is a service, kept apart from a thing
    model_line = _explain("Server hosting and operation", None, "Servere til datarommet", None)
    assert not model_line.passes


def test_a_verbal_noun_ends_in_its_own_last_part() -> None:
    # "fjernavlese" splits as "fjern" + "avle" (breed): its noun in "-ing" is no "avling"
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    assert analyzer.word("fjernavlesing")[1][-1] == "avlesning"
    assert analyzer.word("adresseendring")[1][-1] == "endring"


# --- need families that pooled two needs bought apart ----------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # mats at the entrances are a mat supplier's service, not the laundry's
        ("Matteservice for rådhuset", "Vask og leie av arbeidsklær"),
        # snow on roofs is not winter maintenance of roads and yards
        ("Snøfjerning fra tak på idrettshallene", "Brøyting av parkeringsplasser"),
    ],
)
def test_needs_bought_apart_are_two_families(first: str, second: str) -> None:
    why = _explain(first, None, second, None)
    assert not why.passes, (why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov") for e in why.evidence_against), why.evidence_against
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Matteservice for rådhuset", "Skifte av matter ved inngangene"),
        ("Snøfjerning fra tak på idrettshallene", "Takmåking, kommunale bygg"),
    ],
)
def test_each_of_the_needs_bought_apart_still_groups(first: str, second: str) -> None:
    why = _explain(first, None, second, None)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, first, second)


# --- who a course is for says nothing of what it is about ------------------------------------


def test_two_courses_for_one_audience_about_different_things_are_two_needs() -> None:
    # (both plans wrote the code for courses; "ledere" / "leiarar" is who they are for)
    first, second = "Kurs i budsjettstyring for ledere", "Opplæring i innkjøpsregler for leiarar"
    why = _explain(first, "80500000", second, "80500000")
    assert not why.passes, (why.score, why.evidence_for)
    said = " ".join(why.evidence_against)
    assert "om ulike ting" in said and "«ledere»" not in said, said
    quoted_words_are_written(why, first, second)


def test_a_course_named_only_by_its_audience_keeps_the_audience() -> None:
    # nothing else says what the course is about: the audience stays its word
    model = build_model(vocabulary(), full_catalogue())
    only = model.line(line(1, 1, "Kurs for tillitsvalgte"), frozenset())
    assert only.specific_keys, only


# --- needs bound to one place -------------------------------------------------------------------


def test_two_leases_of_premises_are_never_one_tender() -> None:
    first, second = "Leie av lokaler til frivilligsentralen", "Innleie av kontorlokaler for PPT"
    why = _explain(first, "70130000", second, None)
    assert not why.passes, (why.score, why.evidence_for)
    said = " ".join(why.evidence_against)
    assert "knyttet til ett bestemt sted" in said, said
    assert not any("rammeavtale" in h for h in why.would_group), why.would_group
    quoted_words_are_written(why, first, second)


def test_a_need_bound_to_one_place_is_read_from_the_vocabulary() -> None:
    families = {f.id: f for f in vocabulary().families}
    assert families["leie_lokaler"].site_bound
    assert not families["vaskeri"].site_bound


# --- one reading of a line read as two needs ----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "code_a", "second", "code_b"),
    [
        # printing a book and writing one: the book is one reading of the printing line
        (
            "Trykking av lokalhistorisk bok om fiskeværet",
            None,
            "Bygdebokforfatter til bind 3",
            None,
        ),
        # a garden sprayer read as syringes, beside weed control
        (
            "Hagesprøyter og ugressbekjempelse, kirkegårdene",
            None,
            "Sårbandasjer og kompresser til hjemmesykepleien",
            "33140000",
        ),
    ],
)
def test_a_need_shared_by_one_reading_of_two_and_no_word_is_not_enough(
    first: str, code_a: str | None, second: str, code_b: str | None
) -> None:
    why = _explain(first, code_a, second, code_b)
    assert not why.passes, (why.score, why.evidence_for)
    said = " ".join(why.evidence_against)
    assert "bare én lesning" in said, said
    quoted_words_are_written(why, first, second)


def test_two_needs_of_one_kind_of_goods_are_one_list() -> None:
    # gloves and bandages are both medical goods (one CPV division): the line is one list
    why = _explain(
        "Sårbandasjer og engangshansker",
        None,
        "Medisinsk forbruksmateriell til sykehjemmet",
        "33140000",
    )
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
