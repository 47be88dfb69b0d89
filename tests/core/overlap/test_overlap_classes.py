"""Rules of issue 14's second round, each checked on words no corpus line uses: how the lexicon
splits and reads words, a wide need about different things, a need known by the plan's own CPV
code, parentheses, another inflection reading, and a compound with a generic head."""

from __future__ import annotations

import pytest
from overlap_helpers import line, month, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, MatchLine, detect_overlaps
from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.pair import explain_pair

CATALOGUE = CpvCatalogue(
    {
        "38421100": ("Vannmålere", "Water meters"),
        "80500000": ("Utdannelsestilbud", "Training services"),
        "45420000": ("Snekkerarbeid", "Joinery and carpentry installation work"),
    }
)


def _lexicon():  # type: ignore[no-untyped-def]
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("brannslanger", ("brann", "slange")),  # "brann" never takes a linking s
        ("strøsalt", ("strø", "salt")),  # "salt" ends many compounds, "alt" hardly any
        ("bygningsautomasjon", ("bygning", "automasjon")),  # "bygnings" is a linking form
        ("forsikringstjenester", ("forsikring", "tjeneste")),
    ],
)
def test_compounds_split_the_way_the_dictionaries_build_them(
    word: str, parts: tuple[str, ...]
) -> None:
    assert _lexicon().split(word) == parts


@pytest.mark.parametrize("word", ["disponering", "arkivering", "taksering", "hosting"])
def test_a_listed_word_that_is_not_two_words_stays_whole(word: str) -> None:
    assert len(_lexicon().split(word)) == 1


def test_a_bokmal_word_is_never_respelt_as_another_word() -> None:
    lexicon = _lexicon()
    assert lexicon.lemma("oppmåling") == "oppmåling"  # not "oppmaling" (å -> a)
    assert lexicon.lemma("holding") != "holdning"


def test_between_two_nouns_of_one_form_the_one_compounds_end_in() -> None:
    assert _lexicon().lemma("varer") == "vare"  # not "var" ("was" makes it common)


def _pair_score(text_a: str, text_b: str, **cpv: str) -> tuple[float, bool]:
    lines: list[MatchLine] = [
        line(1, 1, text_a, cpv=cpv.get("first"), period=month(2026, 5)),
        line(2, 2, text_b, cpv=cpv.get("second"), period=month(2026, 5)),
    ]
    why = explain_pair(lines, CATALOGUE, vocabulary(), 1, 2, DetectionSettings())
    return why.score, why.passes


def test_a_wide_need_about_different_things_is_two_needs() -> None:
    assert not _pair_score("Kurs i sjøsikkerhet", "Kurs i arkivering")[1]
    assert not _pair_score("Programvare for kulturskolen", "Programvare for legevakten")[1]
    # the same wide word and nothing that tells them apart: still one need
    assert _pair_score("Kurs", "Kurs for nyansatte")[1]


def test_the_reason_names_what_a_wide_need_is_about_on_each_side() -> None:
    lines = [line(1, 1, "Kurs i sjøsikkerhet"), line(2, 2, "Kurs i arkivering")]
    why = explain_pair(lines, CATALOGUE, vocabulary(), 1, 2)
    against = " ".join(why.evidence_against)
    assert "«sjøsikkerhet»" in against and "«arkivering»" in against


def test_a_written_code_names_the_need_when_the_words_name_none() -> None:
    # "avregningsutstyr for abonnenter" is in no family; 38421100 is the water meter family's
    score, passes = _pair_score(
        "Avregningsutstyr for abonnenter", "Vannmålere", first="38421100", second="38421100"
    )
    assert passes, score
    lines = [
        line(1, 1, "Avregningsutstyr for abonnenter", cpv="38421100"),
        line(2, 2, "Vannmålere", cpv="38421100"),
    ]
    why = explain_pair(lines, CATALOGUE, vocabulary(), 1, 2)
    assert any("CPV-koden 38421100 i linje 1" in e for e in why.evidence_for), why.evidence_for


def test_two_lines_known_only_by_the_same_code_are_not_one_need_by_it() -> None:
    with_family, _ = _pair_score(
        "Avregningsutstyr for abonnenter", "Vannmålere", first="38421100", second="38421100"
    )
    codes_only, passes = _pair_score(
        "Avregningsutstyr for abonnenter",
        "Fjernavlesning i boligfelt",
        first="38421100",
        second="38421100",
    )
    assert codes_only < with_family
    assert not passes


def test_parentheses_name_the_need_when_the_main_text_names_none() -> None:
    model = build_model(vocabulary(), CATALOGUE)
    features = model.line(line(1, 1, "Fagarbeid (elektriker) – rammeavtale"), frozenset())
    assert [model.families[f].id for f in features.families] == ["elektriker"]
    assert features.matched_terms[features.families[0]] == "elektriker"


def test_another_inflection_reading_is_tried_when_no_need_knows_the_first() -> None:
    # "snekkerarbeider": joiners (arbeider), or the plural of "snekkerarbeid"
    groups = detect_overlaps(
        [line(1, 1, "Snekkerarbeider", period=month(2026, 3)), line(2, 2, "Snekkertjenester")],
        CATALOGUE,
        vocabulary(),
    )
    assert [set(g.line_ids) for g in groups] == [{1, 2}]


def test_a_compound_with_a_generic_head_is_its_specific_part_in_the_words() -> None:
    model = build_model(vocabulary(), CATALOGUE)
    services = model.line(line(1, 1, "Skorsteinsfeiertjenester"), frozenset())
    plain = model.line(line(2, 2, "Skorsteinsfeier til boligfeltet"), frozenset())
    shared = set(services.terms) & set(plain.terms)
    assert any(services.terms[k] == 1.0 and plain.terms[k] == 1.0 for k in shared), (
        services.terms,
        plain.terms,
    )
