"""Needs a Norwegian officer writes in English (british usage, as in UK notices), engine 14.59.

About one plan in ten in fresh check sets is written in English by a Norwegian municipality.
``scripts/probe_english_terms.py --missing`` lists the families with no English term; the needs
municipalities buy most often got the English an officer would write («verge cutting», «supply
teachers», «confidential waste», «kerbs», «pontoons» …). The lines here are written for these
tests, not taken from ``scripts/english_wordings.tsv``, a corpus or a notice. Each pair meets
because one family knows both wordings; the look-alikes share an English word with a new term
and must still part («teaching supplies» are no supply teachers)."""

from __future__ import annotations

import pytest
from overlap_helpers import assert_apart, assert_one_family


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Verge cutting along county and municipal roads", "Vegkantslått"),
        ("Emergency lighting in schools", "Nødlys"),
        ("Supply teachers for primary schools", "Skolevikarer"),
        ("Confidential waste", "Makulering av papir"),
        ("Promotional merchandise for the municipality", "Profileringsartikler"),
        ("Kerbs and kerbing works", "Kantstein"),
        ("Noise mapping along main roads", "Støykartlegging"),
        ("Pontoons for the guest harbour", "Flytebrygger"),
        ("Lockers for pupils", "Elevskap"),
        ("Pushchairs for kindergartens", "Barnehagevogner"),
        ("Estate agents for the sale of municipal property", "Eiendomsmegling"),
        ("Display screen eyewear for employees", "Skjermbriller til ansatte"),
        ("Child protection services", "Tiltak i barnevernet"),
        ("Women's refuge", "Krisesenter"),
        ("Psychologists for children and young people", "Psykologtjenester"),
        ("Ventilation filters", "Ventilasjonsfiltre"),
        ("Plant hire with operator for road works", "Innleie av gravemaskin med fører"),
        ("Office removals", "Flytting av kontorer"),
        ("Hybrid mail solution", "Digital post til innbyggere"),
        ("Supported living for adults", "Bemannet bolig"),
        ("Nursing home places", "Kjøp av sykehjemsplasser"),
        ("Lone worker alarms for home care staff", "Overfallsalarmer til ansatte"),
        ("Food hygiene training for kitchen staff", "Kurs i næringsmiddelhygiene"),
        ("Timber harvesting in municipal forests", "Hogst i kommuneskogen"),
        ("Ski trail grooming", "Preparering av skiløyper"),
        ("Gift vouchers for staff", "Gavekort"),
        ("Unaccompanied minors", "Enslige mindreårige"),
        ("Air raid shelters", "Tilfluktsrom"),
    ],
)
def test_english_and_norwegian_wordings_meet(text_a: str, text_b: str) -> None:
    assert_one_family(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Teaching supplies", "Supply teachers"),
        ("Teaching supplies for schools", "Vikarer til skole"),
        ("Street lighting maintenance", "Emergency lighting"),
        ("Waste collection", "Confidential waste"),
        ("Mapping services", "Noise mapping"),
        ("Display screens for meeting rooms", "Display screen eyewear"),
        ("Kerbside collection of waste", "Kerbs"),
        ("Hedge cutting", "Verge cutting on rural roads"),
        ("Estate management", "Estate agents"),
        ("Lockers", "Garderober"),
        ("Bedding plants", "Plant hire"),
        ("Snow removal", "Office removals"),
        ("Emergency lighting", "Emergency planning"),
        ("Fire safety training", "Fire safety servicing"),
        ("Commercial kitchen equipment", "Catering equipment repairs"),
        ("Housing support", "Supported living"),
        ("Care home furniture", "Care home places"),
        ("Air raid shelters", "Bus shelters"),
        ("Committee management system", "Case management system"),
    ],
)
def test_look_alikes_part(text_a: str, text_b: str) -> None:
    assert_apart(text_a, text_b)
