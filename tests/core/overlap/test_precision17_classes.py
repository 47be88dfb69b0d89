"""Precision by class (precision17): false pairs still found in the read check sets, each class
checked here on words no corpus line uses.

- a word listed in two need families that are not one another's (neither the parent of the
  other) reads a line as both needs, and the line then joins lines of either: turnout gear
  listed under firefighting equipment too put turnout clothing and breathing apparatus in one
  group. A word belongs to one family (or to a family and its parent);
- two lines in different parts of one wider need ("rådgivende ingeniør" for roads and for
  HVAC) share the wider need's words, so their texts look alike; those words say no more than
  the wider need, and no longer outweigh the two families;
- what goods are for can make two needs of one product: salt and chlorides bought to bind dust
  on gravel roads in summer are not road salt for the winter (a family of their own; the dust
  binding itself is road maintenance);
- cleaning of a thing another need names is that need's service: cleaning sewer pipes is pipe
  flushing, not building cleaning (the object of the cleaning word decides);
- what a vehicle is fitted with can name the need: a lorry with a snow plough is a plough
  truck, not a lorry with a crane (two parts of the machines need, apart as above).
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from overlap_helpers import full_catalogue, line, month, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair

#: Lines of other needs beside the pair, so that the pair's shared words are rare in the run
#: (as in a real plan, where they weigh much).
_OTHERS = (
    "Brøyting av kommunale veier",
    "Kontorrekvisita",
    "Frukt og grønt",
    "Revisjon av regnskap",
    "Matavfall, innsamling",
    "Drivstoff til bilparken",
)


def _explain(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None, *, others: bool = False
) -> PairExplanation:
    lines = [
        line(1, 1, text_a, cpv=code_a, period=month(2026, 9)),
        line(2, 2, text_b, cpv=code_b, period=month(2026, 9)),
    ]
    if others:
        lines += [line(3 + n, 3 + n, t, period=month(2026, 9)) for n, t in enumerate(_OTHERS)]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


# --- a word in two need families ------------------------------------------------------------


def test_no_word_is_listed_in_two_families_that_are_not_one_anothers() -> None:
    families = vocabulary().families
    parent = {f.id: f.parent for f in families}

    def lineage(family: str) -> set[str]:
        found: set[str] = set()
        current: str | None = family
        while current is not None and current not in found:
            found.add(current)
            current = parent.get(current)
        return found

    where: dict[str, set[str]] = defaultdict(set)
    for family in families:
        terms = [t.lower() for t in family.terms]
        assert len(terms) == len(set(terms)), (family.id, "samme ord to ganger")
        for term in terms:
            where[term].add(family.id)
    clashes = {
        term: sorted(ids)
        for term, ids in where.items()
        if len(ids) > 1 and not any(ids <= lineage(one) for one in ids)
    }
    assert not clashes, clashes


def test_turnout_clothing_and_breathing_apparatus_are_two_needs() -> None:
    first, second = "Brannbekledning til deltidsstyrken", "Pusteluftflasker og masker"
    why = _explain(first, None, second, None)
    assert not why.passes, (why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov") for e in why.evidence_against), why.evidence_against
    quoted_words_are_written(why, first, second)
    # two lines of turnout clothing still group
    same = _explain("Utrykningsbekledning, jakker og bukser", None, first, None)
    assert same.passes, (same.score, same.evidence_against)


def test_fasteners_are_not_building_materials() -> None:
    first, second = "Festemateriell for driftsavdelingen", "Byggevarer for driftsavdelingen"
    why = _explain(first, None, second, None)
    assert not why.passes, (why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov") for e in why.evidence_against), why.evidence_against


# --- two parts of one wider need ------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "wider"),
    [
        (
            "Rådgivende ingeniørtjenester for vei",
            "Rådgivende ingeniørtjenester for VVS",
            "rådgivende ingeniørtjenester",
        ),
        ("Nye møbler til kontorene", "Nye møbler til sykehjemmene", "møbler og inventar"),
    ],
)
def test_two_parts_of_one_wider_need_are_apart_however_alike_the_words(
    first: str, second: str, wider: str
) -> None:
    why = _explain(first, None, second, None, others=True)
    assert not why.passes, (why.score, why.evidence_for)
    against = [e for e in why.evidence_against if e.startswith("Ulike behov")]
    assert against, why.evidence_against
    assert f"begge en del av {wider}: ordene de har felles" in against[0], against
    quoted_words_are_written(why, first, second)


def test_one_part_of_a_wider_need_written_two_ways_still_groups() -> None:
    first, second = (
        "Rådgivende ingeniørtjenester for VVS",
        "Rådgivende ingeniør VVS, prosjektering av ventilasjon",
    )
    why = _explain(first, None, second, None, others=True)
    assert why.passes, (why.score, why.evidence_against)


# --- what the goods are for ------------------------------------------------------------------


def test_dust_binder_is_not_road_salt_for_the_winter() -> None:
    first = "Kalsiumklorid til støvbinding, levert i storsekk"
    why = _explain(first, None, "Strøsalt til vinterdriften", None)
    assert not why.passes, (why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov: støvbindingsmiddel") for e in why.evidence_against)
    same = _explain(first, None, "Støvbindingsmidler for grusveiene", None)
    assert same.passes, (same.score, same.evidence_against)
    quoted_words_are_written(same, first, "Støvbindingsmidler for grusveiene")


# --- cleaning of a thing another need names ------------------------------------------------


def test_cleaning_sewer_pipes_is_pipe_flushing_not_building_cleaning() -> None:
    first = "Reingjering av avlaupsrøyr"
    why = _explain(first, None, "Renhald av skular og barnehagar", None)
    assert not why.passes, (why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov: rørinspeksjon") for e in why.evidence_against)
    second = "Høytrykkspyling av avløpsnettet"
    same = _explain("Rensing av avløpsrør, rammeavtale", None, second, None)
    assert same.passes, (same.score, same.evidence_against)
    quoted_words_are_written(same, "Rensing av avløpsrør, rammeavtale", second)


# --- what a vehicle is fitted with -----------------------------------------------------------


def test_a_lorry_with_a_plough_is_a_plough_truck() -> None:
    first = "Lastebil med snøplog, levering 2027"
    why = _explain(first, None, "Lastebil med kran og tipp", None)
    assert not why.passes, (why.score, why.evidence_for)
    assert any("begge en del av arbeidsmaskiner" in e for e in why.evidence_against)
    same = _explain(first, None, "Ny brøytebil til driftsavdelingen", None)
    assert same.passes, (same.score, same.evidence_against)
    quoted_words_are_written(same, first, "Ny brøytebil til driftsavdelingen")
