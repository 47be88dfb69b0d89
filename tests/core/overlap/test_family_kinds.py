"""A need family that joins two lines of different kinds only through one line's compound's
last part counts nothing (``family_kinds``); the same family between lines of one kind, or
known by more than a last part, still counts. Words no check set uses."""

from __future__ import annotations

import pytest
from overlap_helpers import explain_coded, quoted_words_are_written

from kommunesamarbeid.core.explain_texts import explain_in, explained
from kommunesamarbeid.core.overlap import DetectionSettings

_RULE = "bare på det siste leddet i"


#: One line in the family only by a compound's last part, a code of another kind written.
_APART = [
    # digging for a cable net (works, written) / digging under a framework (a service need)
    (
        "Fibergraving i boligfelt",
        "45231600",
        "Gravearbeider for overvannsledninger – rammeavtale",
        None,
        "«fibergraving»",
    ),
    # equipment for firefighters (goods, written) / diving services: "røykdykkar" is no diver
    (
        "Utstyr til røykdykkarane på brannstasjonen",
        "35113000",
        "Dykkarteneste ved inspeksjon av kaiar",
        None,
        "«røykdykkarane»",
    ),
]


@pytest.mark.parametrize(("text_a", "code_a", "text_b", "code_b", "word"), _APART)
def test_a_family_known_by_a_last_part_counts_nothing_between_kinds(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None, word: str
) -> None:
    found = explain_coded(text_a, code_a, text_b, code_b)
    assert found.score < DetectionSettings().threshold
    against = [t for t in found.evidence_against if _RULE in t]
    assert len(against) == 1 and word in against[0]
    assert not any(t.startswith("Samme behov") for t in found.evidence_for)
    quoted_words_are_written(found, text_a, text_b)
    assert explained(against[0])
    assert "berre på det siste leddet i" in explain_in(against[0], "nn")


def test_the_same_family_between_lines_of_one_kind_still_counts() -> None:
    # no code written: both lines are read as the family's kind, and the family counts
    found = explain_coded(
        "Fibergraving i boligfelt", None, "Gravearbeider for overvannsledninger", None
    )
    assert found.score >= DetectionSettings().threshold
    assert not any(_RULE in t for t in found.evidence_against)
    assert any(t.startswith("Samme behov") for t in found.evidence_for)


def test_a_family_known_by_the_whole_word_still_counts_between_kinds() -> None:
    # "gravearbeid" is a term of the family as a whole word, not only by its last part
    found = explain_coded(
        "Gravearbeid i sentrum", "45112000", "Gravearbeider for overvannsledninger", None
    )
    assert not any(_RULE in t for t in found.evidence_against)
