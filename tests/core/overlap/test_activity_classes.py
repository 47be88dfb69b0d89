"""One need with the head and object swapped (issue 14, objects11): «Opplæring i førstehjelp» /
«Førstehjelpskurs». Heads that name one kind of activity are read from the vocabulary; a
compound and its split form with either head are the same evidence; a term a word ends in
that a first part read whole hides still names the word's need.

Checked on words no corpus line uses, with the reasons ``explain`` gives (quoting only the
lines' own words), and the class probe of ``scripts/probe_activities.py`` (CPV labels and
Doffin notices the engine was not tuned on; skipped without ../shared).
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from overlap_helpers import (
    assert_one_need,
    explain_two,
    full_catalogue,
    quoted_words_are_written,
    script,
    vocabulary,
)

from kommunesamarbeid.core.overlap.activities import same_activities, with_activities
from kommunesamarbeid.core.overlap.vocabulary import Family, Vocabulary


def _family(name: str, *terms: str) -> Family:
    return Family(name, name, frozenset({"services"}), ("80500000",), terms)


def _read(word: str) -> tuple[str, ...]:
    return tuple(word.split("|"))


def test_two_heads_over_one_first_part_in_two_families_are_one_activity() -> None:
    vocabulary = Vocabulary(
        families=(
            _family("a", "tuba|kurs", "tuba|skolering", "tuba|hjelp"),
            _family("b", "harpe|kurs", "harpe|skolering"),
            _family("c", "orgel|kurs", "orgel|verksted"),  # one family only
        ),
        word_kinds={
            "kurs": ("services", False),
            "skolering": ("services", False),
            "verksted": ("services", False),
            "hjelp": ("services", True),  # a generic word: taken off a compound anyway
        },
    )
    found = same_activities(vocabulary, _read)
    assert found == {"kurs": frozenset({"skolering"}), "skolering": frozenset({"kurs"})}


def test_two_object_heads_need_one_family_and_an_activity_is_every_head_reached() -> None:
    vocabulary = Vocabulary(
        families=(
            _family("a", "tuba|kurs", "tuba|skolering"),
            _family("b", "harpe|kurs", "harpe|skolering"),
            _family("c", "orgel|skolering", "orgel|lære"),  # object heads: one family is enough
            _family("d", "fløyte|kurs", "fløyte|verksted"),  # not both object heads: two needed
        ),
        word_kinds={w: ("services", False) for w in ("kurs", "skolering", "lære", "verksted")},
        object_heads=frozenset({"kurs", "skolering", "lære"}),
    )
    found = same_activities(vocabulary, _read)
    assert found == {
        "kurs": frozenset({"skolering", "lære"}),  # «lære» reached through «skolering»
        "skolering": frozenset({"kurs", "lære"}),
        "lære": frozenset({"kurs", "skolering"}),
    }


def test_a_key_ending_in_an_activity_head_is_written_with_the_first_head() -> None:
    activities = {"kurs": frozenset({"skolering"}), "skolering": frozenset({"kurs"})}
    keys = {"tuba+skolering": 0.6, "abbr:ts": 1.0, "tuba": 0.5, "harpe+kurs": 0.4}
    assert with_activities(keys, activities) == {
        "tuba+kurs": 0.6,
        "abbr:ts": 1.0,
        "tuba": 0.5,
        "harpe+kurs": 0.4,
    }
    unchanged = {"tuba+fløyte": 1.0}
    assert with_activities(unchanged, activities) is unchanged


def test_the_vocabulary_makes_course_and_training_one_activity() -> None:
    model_activities = same_activities(vocabulary(), lambda w: (w,) if " " in w else _split(w))
    assert "opplæring" in model_activities.get("kurs", frozenset())


def _split(word: str) -> tuple[str, ...]:
    from kommunesamarbeid.core.overlap.detect import build_model

    return build_model(vocabulary(), full_catalogue()).analyzer.word(word)[1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Opplæring i bueskyting", "Bueskytingskurs"),  # no need family names either
        ("Kurs i kajakkpadling", "Kajakkpadlingsopplæring"),
        ("Opplæring i førstehjelp for tilsette", "Førstehjelpskurs"),  # a family names one
        ("Analyse av avløpsvatn", "Avløpsvannsprøver"),  # «vannprøver» hidden in the word
    ],
)
def test_the_same_object_with_another_head_of_the_activity_is_one_need(
    first: str, second: str
) -> None:
    assert_one_need(first, second)
    assert_one_need(second, first)


def test_the_reason_says_the_two_heads_name_one_activity() -> None:
    why = explain_two("Opplæring i bueskyting", "Bueskytingskurs")
    said = " ".join(why.evidence_for)
    assert "med to ord for samme slags tjeneste" in said, said
    assert "«opplæring»" in said and "«bueskytingskurs»" in said, said
    quoted_words_are_written(why, "Opplæring i bueskyting", "Bueskytingskurs")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Opplæring i bueskyting", "Kajakkpadlingskurs"),  # another object
        ("Kurs i bueskyting", "Kajakkpadlingsopplæring"),
        ("Opplæring i førstehjelp", "Kurs i Excel"),
    ],
)
def test_another_object_after_either_head_is_still_another_need(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert not why.passes, (why.score, why.evidence_for)
    quoted_words_are_written(why, first, second)


# --- the class probe -------------------------------------------------------------------------

#: Highest false-pair rate per class that should part (0.014 and 0.000 with this work).
MOST_FALSE = {
    "other_object": 0.03,
    "synonym_other_object": 0.01,
    "both_split_other_object": 0.01,  # 0.000 before and after phrases12
}
#: Lowest same-need rate per class (before this work: synonym 0.598, split 0.928).
LEAST_SAME = {"synonym": 0.62, "split": 0.92, "both_split": 0.765}  # both_split: 0.761 before


@lru_cache(maxsize=1)
def _rates() -> dict[tuple[str, str], tuple[int, int]]:
    catalogue = full_catalogue()  # skips without ../shared
    script("evaluate_detection")  # (imported by the probes by its name)
    precision = script("probe_precision")  # (imported by the probes by their names)
    notices = script("probe_objects").NOTICES
    probe = script("probe_activities")
    if not notices.exists():
        pytest.skip(f"Doffin-kunngjøringene mangler: {notices}")
    model = probe.build_model(vocabulary(), catalogue)
    texts = probe._texts(notices, catalogue)
    made = probe.probes(model, probe.compounds(model, texts), probe.phrases(model, texts))
    result: dict[tuple[str, str], tuple[int, int]] = precision.rates(
        made, probe.detected(made, vocabulary(), catalogue)
    )
    return result


@pytest.mark.parametrize("cls", sorted(MOST_FALSE))
def test_another_object_rarely_passes_in_the_probe(cls: str) -> None:
    passing, total = _rates()[(cls, "all")]
    assert total >= 60, (cls, total)
    assert passing / total <= MOST_FALSE[cls], (cls, passing, total)


@pytest.mark.parametrize("cls", sorted(LEAST_SAME))
def test_the_same_object_passes_in_the_probe(cls: str) -> None:
    passing, total = _rates()[(cls, "all")]
    assert total >= 100, (cls, total)
    assert passing / total >= LEAST_SAME[cls], (cls, passing, total)
