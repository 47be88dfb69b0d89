"""A thing against the service performed on it: never one group; two lines that both buy the
thing, or both the service, still are (``core/overlap/goods_service.py``)."""

from __future__ import annotations

import pytest
from overlap_helpers import (
    CATALOGUE_CSV,
    explain_two,
    full_catalogue,
    quoted_words_are_written,
    script,
    vocabulary,
)

from kommunesamarbeid.core.overlap import build_model
from kommunesamarbeid.core.overlap.goods_service import GOODS, NEITHER, SERVICE
from kommunesamarbeid.core.overlap.model import MatchLine

#: A thing and a service another trade performs on it, in bokmål, nynorsk and English.
APART = [
    ("Dekk til kommunale kjøretøy", "Dekkskift og dekkhotell"),
    ("Vinterdekk og sommerdekk", "Hjulskift og lagring av dekk"),
    ("Brannslukkere til kommunale bygg", "Årlig kontroll av brannslukkere"),
    ("Håndslokkeapparat", "Årleg ettersyn av handslokkeapparat"),
    ("Kjøp av heiser", "Vedlikehold av heiser"),
    ("PC-er og bærbare datamaskiner", "Reparasjon av PC-er"),
    ("Lekeapparater til barnehager", "Årleg inspeksjon av leikeapparat"),
    ("Kopimaskiner – leie", "Service på kopimaskiner"),
    ("Nødstrømsaggregat", "Service og vedlikehold av nødstrømsaggregat"),
    ("Defibrillatorer (hjertestartere)", "Service på hjertestartere"),
    ("Tyres for municipal vehicles", "Tyre fitting and storage"),
]
#: Two lines that buy the same thing, or the same service, in other words.
TOGETHER = [
    ("Kjøp og montering av persienner", "Persienner"),
    ("Leasing av biler", "Kjøp av biler"),
    ("Service og reparasjon av heiser", "Heiskontroll og vedlikehald"),
    ("Kaffemaskiner – leie og service", "Kaffemaskiner"),
]


@pytest.mark.parametrize(("goods", "service"), APART)
def test_a_thing_and_a_service_on_it_are_kept_apart_and_explain_says_why(
    goods: str, service: str
) -> None:
    full_catalogue()
    why = explain_two(goods, service)
    assert not why.passes, (why.score, why.evidence_for)
    reasons = [r for r in why.evidence_against if r.startswith("Vare mot tjeneste på varen")]
    assert len(reasons) == 1, why.evidence_against
    assert "linje 2 gjelder en tjeneste («" in reasons[0]
    quoted_words_are_written(why, goods, service)


@pytest.mark.parametrize(("first", "second"), TOGETHER)
def test_two_lines_buying_the_thing_or_the_service_still_group(first: str, second: str) -> None:
    full_catalogue()
    why = explain_two(first, second)
    assert why.passes, (why.evidence_for, why.evidence_against)
    assert not any(r.startswith("Vare mot tjeneste") for r in why.evidence_against)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heisservice", SERVICE),
        ("Vedlikehaldstenester for pumper", SERVICE),
        ("Årskontroll av brannslukkere", SERVICE),
        ("Kjøp og montering av markiser", GOODS),
        ("Levering av kontorstoler", GOODS),
        # installation or service included, and a department, are not the line's own need
        ("AED defibrillators incl. service", GOODS),
        ("Arbeidstøy og verneutstyr – teknisk drift", GOODS),
        # a thing rented, leased or bought with its service is both
        ("Kaffemaskiner – leie og service", NEITHER),
        ("Varesikringsanlegg – kjøp og service", NEITHER),
        # an English service word before a noun describes it
        ("Cleaning materials", GOODS),
        ("Lift maintenance", SERVICE),
        ("Repair and maintenance of pumps", SERVICE),
        # a compound whose head is a service word but which names a system
        ("Adgangskontroll og låser", GOODS),
        ("Håndvask og servant", GOODS),
    ],
)
def test_the_side_a_line_is_read_as(text: str, expected: int) -> None:
    model = build_model(vocabulary(), full_catalogue())
    assert model.line(MatchLine(1, 1, "", text), frozenset()).service_side == expected


def test_the_catalogue_probe_keeps_things_and_their_services_apart() -> None:
    """The probe pairs come from the CPV catalogue (its service labels naming goods of
    divisions 03-44), not from the examples above: few cross pairs pass, while two goods lines
    or two service lines of one thing mostly do, whichever codes the plans wrote."""
    if not CATALOGUE_CSV.exists():
        pytest.skip(f"CPV-katalogen mangler: {CATALOGUE_CSV} (../shared er ikke lagt ved)")
    probe = script("probe_goods_service")
    assert len(probe.things(CATALOGUE_CSV)) >= 40
    for result in probe.measure(CATALOGUE_CSV):
        cross_pairs, cross_found = result.counts["cross"]
        precision, recall, _ = result.scores()
        assert cross_found <= 0.03 * cross_pairs, (result.codes, result.crossed[:5])
        assert precision >= 0.95, result.codes
        assert recall >= 0.8, (result.codes, result.missed[:5])


def test_real_goods_notices_are_seldom_read_as_a_service_on_goods() -> None:
    """Doffin titles whose main CPV code is goods: a title read as a service on goods would be
    kept apart from the need it buys; only titles that buy a thing with its service may be."""
    probe = script("probe_goods_service")
    if not probe.DEFAULT_NOTICES.exists() or not CATALOGUE_CSV.exists():
        pytest.skip(f"Kunngjøringene mangler: {probe.DEFAULT_NOTICES} (../shared er ikke lagt ved)")
    counts = probe.notice_sides(probe.DEFAULT_NOTICES, CATALOGUE_CSV)
    goods = sum(n for (kind, _), n in counts.items() if kind == "varer")
    assert goods >= 100
    assert counts[("varer", "tjeneste på vare")] <= 0.03 * goods
    assert (
        counts[("tjenester på varer", "tjeneste på vare")] > counts[("tjenester på varer", "vare")]
    )
