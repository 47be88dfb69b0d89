"""Nynorsk words the spelling rules paired with a bokmål word that means something else
(``scripts/false_friends.py``, ``scripts/probe_nynorsk_mappings.py``), on words no corpus uses:

- a pair is corrected where the two dictionaries' compounds read the nynorsk word as another
  bokmål word spelt like it («leiar» is «leder», not «leier», a tenant: «leiarskap» and
  «avdelingsleiar» are «lederskap» and «avdelingsleder»), and the dictionaries' compounds
  ending in such a word follow it («byggjeleiar», «halvleiar»);
- words the compounds cannot decide are corrected by a reviewed table («brøytar» is no
  «bryter», «bøygning» no «bygning»), or lose their pair when bokmål has no word for them
  («seiande» is no «seende»);
- a nynorsk compound whose last part is spelt otherwise reads as the bokmål word its parts
  make («prosjektleiar» as «prosjektleder»), as one whose first part is («symjehall»), but a
  particle and a word stay two («innleige» as «inn» + «leie», like bokmål «innleie»), and
  it is split as the bokmål word before a generic last part («vaskemedel» as «vaskemiddel»).
"""

from __future__ import annotations

from functools import cache

import pytest
from overlap_helpers import (
    assert_apart,
    assert_one_need,
    explain_two,
    lexicon,
    script,
    token_parts,
)


@cache
def evidence() -> object:
    return script("false_friends").Evidence(lexicon(), lexicon().nn_nb)


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("leiar", "leder"),
        ("meklar", "megler"),
        ("halvleiar", "halvleder"),
        ("byggjeleiar", "byggeleder"),
        ("hushald", "husholdning"),
        ("ryttar", "rytter"),
        ("brøytar", "brøyter"),
        ("leigar", "leietaker"),
        ("bøygning", "bøyning"),
        ("buande", "boende"),
        # a meter and a painter in nynorsk: the pair keeps the meter plans buy
        ("målar", "måler"),
    ],
)
def test_a_false_friend_is_paired_with_its_bokmal_word(nynorsk: str, bokmal: str) -> None:
    assert lexicon().nn_nb[nynorsk] == bokmal


@pytest.mark.parametrize("nynorsk", ["seiande", "stelar", "kontur"])
def test_a_word_bokmal_has_no_spelling_of_keeps_no_pair(nynorsk: str) -> None:
    assert nynorsk not in lexicon().nn_nb


def test_the_compounds_decide_only_a_clear_case() -> None:
    found = evidence()
    assert found.correction("leiar", "leier") == "leder"  # type: ignore[attr-defined]
    # «heim» starts compounds of both «hjem» and «hjemme»: no correction
    assert found.correction("heim", "hjem") is None  # type: ignore[attr-defined]
    # a word the compounds reach through unrelated words is no spelling of it
    assert found.correction("vere", "vare") is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [("prosjektleiar", "prosjektleder"), ("einingsleiar", "enhetsleder")],
)
def test_a_nynorsk_leader_reads_as_the_bokmal_leader(nynorsk: str, bokmal: str) -> None:
    assert lexicon().split(nynorsk)[-1] == lexicon().split(bokmal)[-1] or lexicon().split(
        nynorsk
    ) == lexicon().split(bokmal)
    assert "leier" not in lexicon().split(nynorsk)


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"), [("vaskemedel", "vaskemiddel"), ("prosjektleiar", "prosjektleder")]
)
def test_a_respelt_compound_reads_as_the_bokmal_word(nynorsk: str, bokmal: str) -> None:
    assert token_parts(nynorsk) == token_parts(bokmal)


def test_a_particle_and_a_respelt_word_stay_two() -> None:
    assert explain_two("Innleige av maskinar", "Innleie av maskiner").passes


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Innleige av prosjektleiar", "Innleie av prosjektleder"),
        ("Rammeavtale byggjeleiar", "Rammeavtale byggeleder"),
        ("Dagleg leiar til kulturhuset", "Daglig leder til kulturhuset"),
    ],
)
def test_nynorsk_and_bokmal_lines_of_one_need_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dagleg leiar til kulturhuset", "Leier til kulturhusets kafé"),
        ("Kurs for nye leiarar", "Kurs for nye leiere i kommunale boliger"),
    ],
)
def test_a_leader_never_meets_a_rental(first: str, second: str) -> None:
    assert_apart(first, second)
