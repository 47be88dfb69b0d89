"""Need families at the level of one framework agreement or lot: lines written for these tests
(not taken from any plan) that must stay apart where municipalities buy two things in separate
agreements, and that must still meet when they are the same need written another way."""

from __future__ import annotations

import pytest
from overlap_helpers import explain_two


def _apart(text_a: str, text_b: str) -> None:
    why = explain_two(text_a, text_b)
    assert not why.passes, (text_a, text_b, why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov") for e in why.evidence_against), (
        text_a,
        text_b,
        why.evidence_against,
    )


def _meet(text_a: str, text_b: str) -> None:
    why = explain_two(text_a, text_b)
    assert why.passes, (text_a, text_b, why.score, why.evidence_against)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # building lifts / ceiling hoists (care aids) / ski lifts
        ("Service og kontroll av heiser", "Service på takheiser og pasientløftere"),
        ("Skiheis – drift og service", "Heiskontroll i kommunale bygg"),
        # traffic signs / signs in buildings
        ("Trafikkskilt og skiltmateriell", "Dørskilt og navneskilt til rådhuset"),
        # security guards / baby scales («vekter» is also the plural of «vekt»)
        ("Babyvekter til helsestasjonen", "Vektertjenester og alarmoverføring"),
        # nappies for kindergartens / adult incontinence products
        ("Bleier til barnehagene", "Inkontinensprodukter til sykehjem og hjemmetjeneste"),
        # renting offices / renting modular buildings
        ("Leie av kontorlokaler", "Leie av modulbygg til skole"),
        # pool chemicals / water works chemicals
        ("Bassengkjemikalier til svømmehallen", "Fellingskjemikalier til renseanlegget"),
        # pellets / wood chips / district heating
        ("Pellets til pelletskjeler", "Flis til flisfyringsanlegget"),
        ("Fjernvarme til kommunale bygg", "Levering av pellets"),
        # fitted furniture from a joinery / carpentry on buildings
        ("Spesialinnredning og fast inventar", "Tømrer- og snekkertjenester"),
        # tyres / bridges
        ("Bildekk og dekkhotell", "Rehabilitering av brudekk og bruinspeksjon"),
        # computer screens / sun screens; work gloves / disposable gloves
        ("PC-skjermer og dokkingstasjoner", "Solskjerming og persienner"),
        ("Arbeidshansker og vernesko", "Engangshansker (nitrilhansker)"),
    ],
)
def test_needs_bought_in_separate_agreements_stay_apart(text_a: str, text_b: str) -> None:
    _apart(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Heisservice i kommunale bygg", "Vedlikehold av personheiser"),
        ("Service på takheiser", "Takheiser og løftere til sykehjem"),
        ("Trafikkskilt", "Vegskilt og sperremateriell"),
        ("Navneskilt og dørskilt", "Skilt i bygg"),
        ("Vektertjenester", "Vektere og vakthold"),
        ("Barnebleier", "Bleier til barnehager"),
        ("Inkontinensprodukter", "Inkontinensbleier til voksne"),
        ("Leie av modulbygg", "Paviljonger og brakkerigg"),
        ("Bassengkjemikalier", "Klor til bassengvann"),
        ("Pellets", "Trepellets"),
        ("Brenselflis", "Flis til flisfyringsanlegg"),
        ("Spesialinnredning", "Møbelsnekker – fast inventar"),
        ("Bruinspeksjon", "Inspeksjon og vedlikehold av bruer"),
        ("Rutere og svitsjer", "Nettverksutstyr"),
    ],
)
def test_the_same_need_written_another_way_still_meets(text_a: str, text_b: str) -> None:
    _meet(text_a, text_b)
