"""Nynorsk compounds read as the bokmål compound of the same need (issue 14, nynorsk
compounds; measured by ``scripts/probe_nynorsk_compounds.py``), on constructed words and
lines no corpus uses:

- a nynorsk noun in "-e" drops it before the linking "s" ("vindaugs-" for "vindauge"): the
  first part is the noun, in its bokmål spelling;
- a nynorsk compound the dictionary lists whole keeps its own last part when its bokmål
  spelling would read the last part as another word ("-måler" as the plural of "mål");
- a nynorsk word the spelling correspondences do not pair ("marknad", "namn", "auge", "feitt")
  is its bokmål word, paired by the compounds the two dictionaries build of them
  (``scripts/parallel_spellings.py``);
- a nynorsk verb in "-kje", "-gje" is the bokmål verb in "-ke", "-ge" ("søkje" / "søke");
- a first part whose last word is in its nynorsk joint form is the bokmål word it makes
  ("varmtvass-" is "varmtvann");
- every form of a word read whole is read whole ("programvarer" as "programvare").
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, lexicon, vocabulary

from kommunesamarbeid.core.overlap import build_model


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("vindaugsbrett", "vindusbrett"),  # "-e" dropped before the linking "s"
        ("vindaugslistene", "vinduslistene"),
        ("gassmålarar", "gassmålere"),
        ("vassmålarane", "vannmålerne"),  # listed whole in nynorsk, "måler" no plural of "mål"
        ("marknadsanalysar", "markedsanalyser"),  # paired by the dictionaries' compounds
        ("namneskilt", "navneskilt"),
        ("augeklinikk", "øyeklinikk"),
        ("feittfjerning", "fettfjerning"),
        ("søkjefunksjon", "søkefunksjon"),  # "-kje" is "-ke"
        ("lenkjesystem", "lenkesystem"),
        ("varmtvassberedarar", "varmtvannsberedere"),  # "vass" in a first part read whole
        ("drikkevassanalysane", "drikkevannsanalysene"),
    ],
)
def test_a_nynorsk_compound_reads_as_the_bokmal_one(nynorsk: str, bokmal: str) -> None:
    senses = lexicon()
    assert senses.split(nynorsk) == senses.split(bokmal)


@pytest.mark.parametrize(
    ("form", "word"),
    [
        ("programvarer", "programvare"),
        ("programvarene", "programvare"),
        ("kulturhusa", "kulturhus"),
    ],
)
def test_every_form_of_a_word_read_whole_is_read_whole(form: str, word: str) -> None:
    analyzer = build_model(vocabulary(), {}).analyzer
    assert analyzer.word(form)[1] == analyzer.word(word)[1]


@pytest.mark.parametrize(
    ("form", "noun"),
    [("serverar", "server"), ("uniformane", "uniform"), ("printarar", "printer")],
)
def test_a_bokmal_noun_with_a_nynorsk_ending_is_still_the_noun(form: str, noun: str) -> None:
    assert lexicon().lemma(form) == noun


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Utskifting av vindaugsbrett", "Utskifting av vindusbrett"),
        ("Kjøp av gassmålarar", "Gassmålere"),
        ("Vassmålarane i bustadfelta", "Kjøp av vannmålere"),
        ("Marknadsanalysar for næringsarbeidet", "Markedsanalyser"),
        ("Namneskilt til tilsette", "Kjøp av navneskilt"),
        ("Søkjefunksjon på heimesida", "Søkefunksjon på nettsiden"),
        ("Nye varmtvassberedarar i idrettshallen", "Varmtvannsberedere"),
    ],
)
def test_nynorsk_and_bokmal_compound_lines_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Namneskilt til tilsette", "Kjøp av trafikkskilt"),  # one last part, other first parts
        ("Marknadsanalysar for næringsarbeidet", "Vassanalysar for vassverket"),
        ("Søkjefunksjon på heimesida", "Søknadsbehandling i barnehagane"),
    ],
)
def test_unrelated_nynorsk_compounds_stay_apart(first: str, second: str) -> None:
    assert not explain_two(first, second).passes
