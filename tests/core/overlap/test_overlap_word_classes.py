"""Word classes of issue 14's fifth round, each on words no corpus line uses: loan and technical
words the dictionaries do not list (read whole, and as the first part of a compound), and
negatives: different needs stay apart."""

from __future__ import annotations

import pytest
from overlap_helpers import explain_two, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap.lexicon import Lexicon


def _lexicon() -> Lexicon:
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


# --- loan and technical words the dictionaries do not list ---------------------------------


@pytest.mark.parametrize("word", ["borrelia", "candida"])
def test_a_loan_word_is_no_compound_ending_in_a_word_of_two_letters(word: str) -> None:
    # "borrelia" is no "borr" + "li" ("lia"), "candida" no "cand" + "id"
    assert all(len(part) >= 3 for part in _lexicon().split(word))


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("ebolavaksine", ("ebola", "vaksine")),
        ("aerosolsmitte", ("aerosol", "smitte")),
        ("borreliasmitte", ("borrelia", "smitte")),
    ],
)
def test_a_word_text_uses_whole_starts_a_compound_of_a_known_word(
    compound: str, parts: tuple[str, ...]
) -> None:
    assert _lexicon().split(compound) == parts


@pytest.mark.parametrize(
    ("compound", "split"),
    [
        ("Ebolavaksiner til legevakten", "Vaksiner mot ebola til legevakten"),
        ("Borreliatester til legekontor", "Tester for borrelia til legekontor"),
        ("Aerosolkontr. i skolebygg", "Kontroll av aerosol i skolebygg"),
    ],
)
def test_a_compound_of_a_technical_word_meets_its_split_form(compound: str, split: str) -> None:
    why = explain_two(compound, split)
    assert why.passes, why.evidence_for
    quoted_words_are_written(why, compound, split)


def test_two_technical_words_of_one_place_stay_apart() -> None:
    assert not explain_two("Ebolavaksiner til legevakten", "Borreliatester til legevakten").passes


# --- a need known by a generic word and a word after a preposition ---------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Leie av veihøvel med maskinfører", "Innleie av traktor med fører"),
        ("Leie av hjullastere med maskinfører", "Innleige av traktor med førar"),
    ],
)
def test_a_need_known_by_a_word_after_a_preposition_counts_that_word(
    first: str, second: str
) -> None:
    # "leie" says how, "maskinfører" (after "med") what: the need is the hire with a driver
    why = explain_two(first, second)
    assert why.passes, why.evidence_against
    quoted_words_are_written(why, first, second)


def test_a_word_after_a_preposition_alone_makes_no_need() -> None:
    assert not explain_two("Leie av veihøvel med maskinfører", "Kurs for maskinførere").passes
