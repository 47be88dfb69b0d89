"""Nynorsk compounds read as the bokmål compound of the same need (issue 14, nynorsk
compounds; measured by ``scripts/probe_nynorsk_compounds.py``), on constructed words and
lines no corpus uses:

- a nynorsk noun in "-e" drops it before the linking "s" ("vindaugs-" for "vindauge"): the
  first part is the noun, in its bokmål spelling;
- a compound ending in a nynorsk agent noun in "-ar" ("-opptakar", "-målar") is that noun,
  not a bokmål noun with a nynorsk plural ending ("videoopptak" + "-ar");
- a nynorsk compound the dictionary lists whole keeps its own last part when its bokmål
  spelling would read the last part as another word ("-måler" as the plural of "mål").
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, vocabulary

from kommunesamarbeid.core.overlap.lexicon import Lexicon


def _lexicon() -> Lexicon:
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("vindaugsbrett", "vindusbrett"),  # "-e" dropped before the linking "s"
        ("vindaugslistene", "vinduslistene"),
        ("bildeopptakar", "bildeopptaker"),  # an agent noun in "-ar" as the last part
        ("videoopptakar", "videoopptaker"),
        ("gassmålarar", "gassmålere"),
        ("vassmålarane", "vannmålerne"),  # listed whole in nynorsk, "måler" no plural of "mål"
    ],
)
def test_a_nynorsk_compound_reads_as_the_bokmal_one(nynorsk: str, bokmal: str) -> None:
    lexicon = _lexicon()
    assert lexicon.split(nynorsk) == lexicon.split(bokmal)
    assert len(lexicon.split(nynorsk)) == 2


@pytest.mark.parametrize(
    ("form", "noun"),
    [("serverar", "server"), ("uniformane", "uniform"), ("printarar", "printer")],
)
def test_a_bokmal_noun_with_a_nynorsk_ending_is_still_the_noun(form: str, noun: str) -> None:
    assert _lexicon().lemma(form) == noun


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Utskifting av vindaugsbrett", "Utskifting av vindusbrett"),
        ("Kjøp av bildeopptakar til legevakta", "Kjøp av bildeopptaker"),
        ("Kjøp av gassmålarar", "Gassmålere"),
        ("Vassmålarane i bustadfelta", "Kjøp av vannmålere"),
    ],
)
def test_nynorsk_and_bokmal_compound_lines_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)
