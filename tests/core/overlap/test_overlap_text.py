"""Norwegian text analysis: normalising, stems, compounds, main text, names."""

from __future__ import annotations

import pytest
from overlap_helpers import SMALL_CATALOGUE, vocabulary

from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.norwegian import Analyzer, normalise, stem


def analyzer() -> Analyzer:
    return build_model(vocabulary(), _CATALOGUE).analyzer


_CATALOGUE = CpvCatalogue(SMALL_CATALOGUE)


def test_normalise_dashes() -> None:
    assert normalise("Kjøp av IKT–utstyr") == "Kjøp av IKT-utstyr"  # a dash inside a word
    assert normalise("Elektrikartenester – rammeavtale") == "Elektrikartenester – rammeavtale"
    assert normalise("ADO - Service") == "ADO – Service"  # a spaced hyphen separates
    assert normalise("utskrift-, skanning- og kopiering") == "utskrift-, skanning- og kopiering"
    assert normalise("a\u00a0b  c") == "a b c"


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (("tjenester", "tjeneste", "tjenesten", "tjenestene", "tenester"), "tjeneste"),
        (("biler", "bil", "bilene"), "bil"),
        (("sykkel", "sykler"), "sykkel"),
        (("møbel", "møbler"), "møbel"),
        (("brøyting", "brøytinga", "brøytingen"), "brøyting"),
    ],
)
def test_inflections_share_one_lemma(forms: tuple[str, ...], expected: str) -> None:
    assert {analyzer().word(form)[0] for form in forms} == {expected}


@pytest.mark.parametrize(
    ("first", "second"),
    [("servere", "servering"), ("brøyte", "brøyting"), ("strømming", "strøm")],
)
def test_a_shared_stem_is_not_a_shared_meaning(first: str, second: str) -> None:
    # a derived word is its own sense: the stemmer's "server" is not one word
    assert analyzer().word(first)[0] != analyzer().word(second)[0]


def test_the_fallback_stemmer_only_takes_inflection_endings() -> None:
    assert stem("tjenestene") == "tjenest"
    assert stem("servering") == "servering"  # "-ing" makes another word: never taken off


@pytest.mark.parametrize(
    ("bokmal", "nynorsk"),
    [
        ("tjenester", "tenester"),
        ("elektrikertjenester", "elektrikartenester"),
        ("renhold", "reinhald"),
        ("veier", "vegar"),
        ("vei", "veg"),
        ("rørleggertjenester", "rørleggartenester"),
        ("vikarer", "vikar"),
        ("skolemøbler", "skulemøblar"),
    ],
)
def test_bokmal_and_nynorsk_give_the_same_key(bokmal: str, nynorsk: str) -> None:
    words = analyzer()
    assert words.word(bokmal)[0] == words.word(nynorsk)[0]


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("renholdstjenester", ("renhold", "tjeneste")),
        ("reinhaldstenester", ("renhold", "tjeneste")),
        ("brøytestikker", ("brøyte", "stikk")),
        ("vintervedlikehold", ("vinter", "vedlikehold")),
        ("kontorrekvisita", ("kontor", "rekvisita")),
        ("skolemøbler", ("skole", "møbel")),
        ("strøsand", ("strø", "sand")),  # not strøs + and
        ("ikt-utstyr", ("ikt", "utstyr")),
        ("pc-er", ("pc",)),
        ("veiledning", ("veiledning",)),  # a common word: not vei + ledning
        ("sykehjem", ("sykehjem",)),
    ],
)
def test_compounds_split_into_known_parts(word: str, parts: tuple[str, ...]) -> None:
    assert analyzer().word(word)[1] == parts


def test_the_head_of_a_compound_is_its_last_part() -> None:
    # what is bought: "stikker" (goods), not "brøyting"
    assert analyzer().word("brøytestikker")[1][-1] == "stikk"
    assert analyzer().word("renholdsprodukter")[1][-1] == "produkt"


def test_a_compound_splits_the_same_inside_a_longer_one() -> None:
    words = analyzer()
    assert words.word("bildelingstjenester")[1][:-1] == words.word("bildeling")[1]


def test_stopwords_carry_no_need() -> None:
    text = analyzer().analyse("Rammeavtale for kjøp av renholdstjenester 2026-2029 – rode 1")
    assert [t.surface for t in text.tokens] == ["renholdstjenester"]


def test_text_after_til_and_in_parentheses_is_not_the_main_need() -> None:
    text = analyzer().analyse("Møbler til barnehage (SFO) og skole")
    main = {t.surface: t.main for t in text.tokens}
    assert main["møbler"] is True
    assert main["barnehage"] is False
    assert main["sfo"] is False
    assert main["skole"] is False


def test_a_generic_first_word_does_not_start_the_for_part() -> None:
    # "Tjenesteavtale for utskrift": utskrift is what is bought
    text = analyzer().analyse("Tjenesteavtale for utskrift")
    assert {t.surface: t.main for t in text.tokens}["utskrift"] is True


def test_later_segments_weigh_less() -> None:
    text = analyzer().analyse("Bokbuss – ny bil og innredning")
    weights = {t.surface: t.weight for t in text.tokens}
    assert weights["bokbuss"] > weights["bil"]


def test_names_are_recognised_but_not_title_case_words() -> None:
    named = analyzer().analyse("Rehabilitering kunstgressbane Vaulen")
    assert {t.surface: t.proper for t in named.tokens}["vaulen"] is True
    title = analyzer().analyse("Rammeavtale Generelle Elektrikertjenester")
    assert not any(t.proper for t in title.tokens)
