"""Lines read wrongly, by class (readings17), each checked on words no read corpus line uses:

- a municipality's or county's own name is its whole area, not one place ("Gatelys
  Hamarøy, utskifting til LED" is the street lights of all of Hamarøy), while a building with
  the name before it ("Meløy rådhus") and a place that is no municipality stay one place;
- an adjective whose comparison is irregular ("stor", "liten") is the adjective, not a form of
  another word ("sto", "lite"), and its comparatives read as it;
- a capitalised compound of a street's word in its definite form ("Sjøvegen") is a name, also
  at the start of a line;
- an English compound noun whose head alone names another need reads as the Norwegian
  compound ("chair lift" is a ski lift), and an English word the engine does not know is no
  typo of one it knows with another first letter ("blowers" is no "flowers");
- a nynorsk word spelt with another vowel than bokmål ("døropning", "handvask"), a nynorsk
  noun in "-ar" ("vaskar") and a verb compound ("fjernavlese") are read as the bokmål words.
"""

from __future__ import annotations

import pytest
from overlap_helpers import (
    explain_two,
    full_catalogue,
    lexicon,
    line,
    month,
    quoted_words_are_written,
    token_parts,
    vocabulary,
)

from kommunesamarbeid.core.overlap import build_model

_ONE_OFF = "enkeltstående bygg- eller anleggsprosjekt"


def _project(text: str) -> bool:
    model = build_model(vocabulary(), full_catalogue())
    return model.line(line(1, 1, text, period=month(2026, 9)), frozenset()).project


# --- a municipality's own name is its area -----------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gatelys Hamarøy, utskifting til LED", "Utskifting av gatelys til LED"),
        ("Asfaltering Sør-Aurdal", "Asfaltering av kommunale vegar"),
        ("Sørfold: reasfaltering", "Reasfaltering kommunale veier"),
    ],
)
def test_a_municipalitys_own_name_is_its_area(first: str, second: str) -> None:
    assert not _project(first), first
    why = explain_two(first, second)
    assert not any(_ONE_OFF in e for e in why.evidence_against), why.evidence_against
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Rehabilitering av Meløy rådhus",  # a building named after its municipality
        "Ombygging Gratangen skole",
        "Asfaltering Nord-Aurdal sjukeheim",  # a two-word name before a building
        "Asfaltering Fjellheim",  # a place that is no municipality
        "Gatelys Bakkegata, utskifting til LED",
    ],
)
def test_one_named_building_or_place_is_still_a_project(text: str) -> None:
    assert _project(text), text


def test_a_municipality_name_that_is_a_word_is_read_as_the_word() -> None:
    # "Hole", "Vik", "Lund" are municipalities too; here they are words of the need
    model = build_model(vocabulary(), full_catalogue())
    for text, word in [("Fylling av hole i vegen", "hol"), ("Slått i lund ved kyrkja", "lund")]:
        keys = {t.key for t in model.analyzer.analyse(text).tokens}
        assert any(k.startswith(word) for k in keys), (text, keys)


# --- adjectives with irregular comparison ------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("stor", "stor"),  # not "sto" (stå)
        ("stort", "stor"),
        ("liten", "liten"),  # not "lite"
        ("tyngre", "tung"),
        ("yngre", "ung"),
        ("lengre", "lang"),
        ("større", "stor"),  # not a plural of "stører"
    ],
)
def test_an_irregular_adjective_is_the_adjective(word: str, lemma: str) -> None:
    assert lexicon().lemma(word) == lemma


def test_an_irregular_adjective_reads_as_itself_before_a_noun() -> None:
    assert token_parts("Stort kjøleskap")[0] == ("stor",)
    assert token_parts("Liten feiemaskin")[0] == ("liten",)


# --- street names --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Sjøvegen – nytt fortau", "Fjellgata, reasfaltering"])
def test_a_street_name_at_the_start_is_a_name(text: str) -> None:
    model = build_model(vocabulary(), full_catalogue())
    first = model.analyzer.analyse(text).tokens[0]
    assert first.proper and first.parts == (first.surface,), first


def test_a_need_word_at_the_start_is_no_name() -> None:
    model = build_model(vocabulary(), full_catalogue())
    assert not model.analyzer.analyse("Gatelys, utskifting").tokens[0].proper


# --- English compound nouns ----------------------------------------------------------------


def test_an_english_compound_reads_as_its_norwegian_compound() -> None:
    text = "Chair lift inspection"
    why = explain_two(text, "Kontroll av skiheisar")
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, text, "Kontroll av skiheisar")
    apart = explain_two(text, "Heiskontroll i kommunale bygg")
    assert not apart.passes, (apart.score, apart.evidence_for)


def test_an_unknown_english_word_is_no_typo_with_another_first_letter() -> None:
    assert token_parts("Leaf blowers")[1] == ("blowers",)


# --- nynorsk spellings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Døropning", ("dør", "åpning")),  # nynorsk "o" where bokmål writes "å"
        ("Vaskar til reinhald", ("vask",)),  # a nynorsk noun in "-ar" (bokmål "vasker")
        ("Fjernavlese målarar", ("fjern", "avlese")),  # not "fjernavl" + "-es"
        ("Handvask", ("håndvask",)),  # the word running bokmål text writes
        ("Kjøp av gardsbruk", ("gårdsbruk",)),
    ],
)
def test_a_nynorsk_spelling_reads_as_the_bokmal_word(text: str, parts: tuple[str, ...]) -> None:
    assert token_parts(text)[0] == parts
