"""One need written as a phrase in both lines with two words for one activity, or as a
compound against a phrase whose need family is only the broad one (issue 14, phrases12):
«Opplæring i bueskyting» / «Kurs i bueskyting», «Kurs i tryggleik» / «Tryggleiksopplæring»;
and advice that is the need itself («Medierådgivning» / «PR-tjenester»).

Checked on words no corpus line uses, with the reasons ``explain`` gives (quoting only the
lines' own words), against pairs about another object or another role that must still part.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from overlap_helpers import (
    assert_one_need,
    explain_two,
    full_catalogue,
    line,
    quoted_words_are_written,
    vocabulary,
)

from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.line_features import LineFeatures, replaced, same_advice
from kommunesamarbeid.core.overlap.objects import WHOLE, objects_meet


@lru_cache(maxsize=1)
def _model() -> TextModel:
    return build_model(vocabulary(), full_catalogue())


def _features(text: str, **changes: object) -> LineFeatures:
    return replaced(_model().line(line(1, 1, text), frozenset()), changes)


# --- the same whole object after two words for one activity -----------------------------


def test_the_whole_object_is_all_the_words_after_the_preposition_or_all_first_parts() -> None:
    phrase = _features("Kurs i bueskyting")
    compound = _features("Bueskytingsopplæring")
    (phrase_object,) = phrase.objects.values()
    (compound_object,) = compound.objects.values()
    whole = {k for k in phrase_object if k.startswith(WHOLE)}
    assert len(whole) == 1 and whole == {k for k in compound_object if k.startswith(WHOLE)}
    two_words = _features("Kurs i digital kompetanse")
    assert not {k for k in two_words.objects["kurs"] if k.startswith(WHOLE)} & whole


def test_objects_meet_only_across_heads_of_one_activity() -> None:
    activities = {"kurs": frozenset({"skolering"}), "skolering": frozenset({"kurs"})}
    first = _features("Kurs i bueskyting")
    same = replaced(first, {"objects": {"skolering": first.objects["kurs"]}})
    assert objects_meet(first, same, activities) == "kurs"
    assert objects_meet(first, first, activities) is None  # one head: nothing to meet
    other = replaced(first, {"objects": {"verksted": first.objects["kurs"]}})
    assert objects_meet(first, other, activities) is None  # no activity of the vocabulary
    assert objects_meet(first, same, {}) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Opplæring i bueskyting", "Kurs i bueskyting"),  # both split, either head
        ("Kurs i kajakkpadling", "Opplæring i kajakkpadling"),
        ("Kurs i tryggleik", "Tryggleiksopplæring"),  # broad need against a named one
        ("Utdanning i bueskyting", "Kurs i bueskyting"),  # «utdanning» reached via «opplæring»
    ],
)
def test_the_same_object_after_either_head_is_one_need(first: str, second: str) -> None:
    assert_one_need(first, second)
    assert_one_need(second, first)


def test_the_reason_quotes_both_heads_and_the_object_as_written() -> None:
    first, second = "Opplæring i bueskyting", "Kurs i bueskyting"
    why = explain_two(first, second)
    said = " ".join(why.evidence_for)
    assert (
        "Samme tema skrevet med to ord for samme slags tjeneste: «opplæring», «bueskyting» i "
        "linje 1 og «kurs», «bueskyting» i linje 2"
    ) in said, said
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Opplæring i bueskyting", "Kurs i kajakkpadling"),  # another object
        ("Opplæring i digitale verktøy", "Kurs i digital kompetanse"),  # a word of it only
        ("Kurs i kajakkpadling", "Tryggleiksopplæring"),
        ("Utdanning i bueskyting", "Kurs i kajakkpadling"),
    ],
)
def test_another_object_after_either_head_still_parts(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert not why.passes, (why.score, why.evidence_for)
    assert not any("to ord for samme slags tjeneste" in e for e in why.evidence_for)
    quoted_words_are_written(why, first, second)


# --- advice that is the need itself ---------------------------------------------------------


def test_advice_families_are_those_whose_name_is_advice() -> None:
    model = _model()
    named = {model.families[f].id for f in model.advice_families}
    assert "kommunikasjon" in named  # «kommunikasjonsrådgivning»
    assert "microsoft" not in named  # a term «lisensrådgiver», the name is licences


def test_same_advice_needs_one_such_family_and_only_its_own_roles() -> None:
    model = _model()
    advice, roles = model.advice_families, model.family_roles
    first, second = _features("Medierådgivning"), _features("PR-tjenester")
    assert first.roles and not second.roles
    assert same_advice(first, second, advice, roles)
    assert not same_advice(first, second, frozenset(), roles)
    from_code = replaced(second, {"family_from_code": True})
    assert not same_advice(first, from_code, advice, roles)
    managed = replaced(second, {"roles": frozenset({"prosjektledelse"})})
    assert not same_advice(first, managed, advice, roles)  # a role the need does not name


@pytest.mark.parametrize(
    ("first", "second"),
    [("Medierådgivning", "PR-tjenester"), ("Personvernrådgivning", "Personvernombudstjenester")],
)
def test_advice_a_need_is_named_by_meets_its_other_words(first: str, second: str) -> None:
    assert_one_need(first, second)
    why = explain_two(first, second)
    assert not any("Rådgivning, konsulentarbeid" in e for e in why.evidence_against)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Forsikringsrådgivning", "Forsikringer"),  # the need is insurance, not the advice
        ("Lisensrådgiver", "Microsoft 365-lisenser"),
        ("Medierådgivning", "Prosjektledelse av mediekampanje"),
    ],
)
def test_advice_beside_another_need_still_parts(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert not why.passes, (why.score, why.evidence_for)
    quoted_words_are_written(why, first, second)
