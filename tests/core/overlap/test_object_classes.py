"""The same head, another object (issue 14, precision10): «Kurs i førstehjelp» is not «Kurs i
Excel», while who a thing is for leaves the head as the need.

Single pairs with the reason ``explain`` gives (quoting only the lines' own words), the
objects a line is read with, and the class probe of ``scripts/probe_objects.py`` (CPV words and
Doffin names the engine was not tuned on; skipped without ../shared).
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from overlap_helpers import (
    explain_two,
    full_catalogue,
    quoted_words_are_written,
    script,
    vocabulary,
)

from kommunesamarbeid.core.overlap.analysis_store import decode, encode
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.features import LineFeatures
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.objects import prepositions


def _read(text: str) -> LineFeatures:
    model = build_model(vocabulary(), full_catalogue())
    return model.line(MatchLine(1, 1, "K", text), frozenset())


# --- pairs that part --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "objects"),
    [
        ("Kurs i førstehjelp", "Kurs i Excel", ("førstehjelp", "excel")),
        ("Kurs i HMS", "Kurs i Excel", ("hms", "excel")),
        ("Opplæring i Excel", "Opplæring i førstehjelp", ("excel", "førstehjelp")),
        ("Lisensar til Visma", "Lisensar til Adobe", ("visma", "adobe")),
        ("Reservedeler til traktor", "Reservedeler til PC", ("traktor", "pc")),
        ("Kurs i Excel for tilsette", "Kurs i Word for tilsette", ("excel", "word")),
        ("Førstehjelpskurs", "Kurs i Excel", ("førstehjelpskurs", "excel")),
    ],
)
def test_one_head_about_different_objects_is_two_needs(
    first: str, second: str, objects: tuple[str, str]
) -> None:
    why = explain_two(first, second)
    assert not why.passes, (why.score, why.evidence_for, why.evidence_against)
    said = " ".join(why.evidence_against)
    assert "sier ikke hva som kjøpes uten det det gjelder" in said, said
    assert all(f"«{o}»" in said for o in objects), said
    # the shared word counts nothing, so it is not given as evidence for the pair
    assert not [r for r in why.evidence_for if r.startswith("Felles ord")], why.evidence_for
    quoted_words_are_written(why, first, second)


def test_a_code_both_plans_wrote_does_not_carry_the_shared_head() -> None:
    why = explain_two("Kurs i førstehjelp", "Kurs i Excel", "80500000")
    assert not why.passes, (why.score, why.evidence_for)


# --- pairs that still group -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kurs for fosterheimar", "Kurs for fosterheimar og beredskapsheimar"),  # an audience
        ("Lisenser til skolene", "Lisenser til barnehagene"),  # who the licences are for
        ("Lisenser til lærlinger", "Lisenser til assistenter"),  # people are no thing bought
        ("Vask av tøy til sjukeheimen", "Vask av tøy til barnehagen"),
        ("Excel-kurs for tilsette", "Kurs i Excel"),  # compound and split form
        ("Kurs i førstehjelp", "Førstehjelpskurs for tilsette"),
        ("Sertifikatkurs truck", "Truckførarkurs"),
        ("Lisensar til Visma", "Lisenser til Visma for skolene"),
    ],
)
def test_the_same_object_or_only_who_it_is_for_still_groups(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    assert not any("uten det det gjelder" in r for r in why.evidence_against)


# --- how a line is read ----------------------------------------------------------------------


def test_the_preposition_of_each_words_phrase() -> None:
    line = _read("Kurs i Excel og Word for tilsette")
    model = build_model(vocabulary(), full_catalogue())
    tokens = model.analyzer.analyse("Kurs i Excel og Word for tilsette").tokens
    assert prepositions("Kurs i Excel og Word for tilsette", tokens, {"i", "for"}) == (
        "",
        "i",
        "i",
        "for",
    )
    assert set(line.objects) == {"kurs"}
    assert {"excel", "word"} <= line.objects["kurs"]
    assert "tilsette" not in line.objects["kurs"]


@pytest.mark.parametrize(
    "text",
    [
        "Kurs for fosterheimar",  # "for" with a course: the audience
        "Lisenser til skolene",  # an institution
        "Lisenser til biblioteket",  # one particular unit (definite form)
        "Lisenser til lærlinger",  # people, no word of the catalogue
        "Møbler til barnehage",  # no head its object completes
    ],
)
def test_who_a_thing_is_for_is_no_object(text: str) -> None:
    assert _read(text).objects == {}, text


def test_a_compound_names_its_object_by_its_first_parts() -> None:
    line = _read("Førstehjelpskurs")
    assert "førstehjelp" in line.objects["kurs"]
    assert line.object_words == ("førstehjelpskurs",)
    # the need the object gives the line, not the one "kurs" alone names
    labels = {vocabulary().families[f].id for f in line.object_families}
    assert labels == {"forstehjelp_kurs"}


def test_objects_are_kept_with_a_stored_analysis() -> None:
    line = _read("Lisensar til Visma og Adobe")
    back = decode(encode(line), line.line)
    assert back is not None
    assert back.objects == line.objects and line.objects
    assert back.object_words == line.object_words


# --- the class probe -------------------------------------------------------------------------

#: Highest false-pair rate per unrelated class (before this work: topic_name, parts and
#: licence 1.000; topic 0.003).
MOST_FALSE = {"topic": 0.01, "topic_name": 0.01, "parts": 0.06, "licence": 0.01}
#: Lowest same-need rate per class (what they were before this work, rounded down: the rule
#: must not cost recall). topic_same was 0.964 (347/360); the words drawn change with the word
#: lists (nynorsk spellings, generic words), and its misses are «Opplæring i X» / «X-kurs»
#: pairs that score about 0.50 with or without the rule: 0.956 (344/360) after nynorsk10 and
#: abbrev10, with the same rule.
LEAST_SAME = {
    "topic_same": 0.95,
    "topic_name_same": 0.99,
    "for_whom": 0.54,
    "parts_same": 0.99,
    "licence_same": 0.78,
    "beneficiary": 0.99,
}


@lru_cache(maxsize=1)
def _rates() -> dict[tuple[str, str], tuple[int, int]]:
    evaluate = script("evaluate_detection")
    catalogue = full_catalogue()  # skips without ../shared
    if not evaluate.SHARED.joinpath("corpus", "dev", "labels.csv").exists():
        pytest.skip("Utviklingskorpuset mangler (../shared er ikke lagt ved)")
    precision = script("probe_precision")  # (imported by the probe by its name)
    made, passed = script("probe_objects").measure(vocabulary(), catalogue)
    result: dict[tuple[str, str], tuple[int, int]] = precision.rates(made, passed)
    return result


@pytest.mark.parametrize("cls", sorted(MOST_FALSE))
def test_one_head_about_unrelated_objects_rarely_passes(cls: str) -> None:
    passing, total = _rates()[(cls, "all")]
    assert total >= 300, (cls, total)
    assert passing / total <= MOST_FALSE[cls], (cls, passing, total)


@pytest.mark.parametrize("cls", sorted(LEAST_SAME))
def test_the_same_object_or_another_user_still_passes(cls: str) -> None:
    passing, total = _rates()[(cls, "all")]
    assert total >= 300, (cls, total)
    assert passing / total >= LEAST_SAME[cls], (cls, passing, total)
