"""Nynorsk words the spelling rules of ``scripts/build_lexicon.py`` now reach, on words no
corpus uses:

- a nynorsk "mn" is a bokmål "vn" ("idrettsstemne" -> "idrettsstevne", "prisutjamning" ->
  "prisutjevning", "fellesnemnar" -> "fellesnevner"), but a word that is "emne" in both written standards stays a subject
  ("læreemne" is no "læreevne");
- a verbal noun nynorsk writes in "-kking" or "-jing" is the bokmål "-kning", "-ning" word
  ("barnehagedekking" -> "barnehagedekning", "utrykkingskøyretøy" -> "utrykningskjøretøy",
  "opprydjing" -> "opprydning"), but "vemjing" (disgust) is no "vevning" (weaving).
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, lexicon


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("stemne", "stevne"),
        ("idrettsstemne", "idrettsstevne"),
        ("prisutjamning", "prisutjevning"),
        ("fellesnemnar", "fellesnevner"),
        ("barnehagedekking", "barnehagedekning"),
        ("utrykkingskøyretøy", "utrykningskjøretøy"),
        ("opprydjing", "opprydning"),
    ],
)
def test_the_nynorsk_word_reads_as_the_bokmal_word(nynorsk: str, bokmal: str) -> None:
    assert lexicon().split(nynorsk) == lexicon().split(bokmal)


@pytest.mark.parametrize(
    ("own", "other"),
    [("læreemne", "læreevne"), ("stridsemne", "stridsevne"), ("vemjing", "vevning")],
)
def test_a_word_of_its_own_is_not_respelt(own: str, other: str) -> None:
    assert lexicon().split(own) != lexicon().split(other)


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Leige av telt til idrettsstemne", "Telt til idrettsstevne"),
        ("Utrykkingskøyretøy til brannvesenet", "Kjøp av utrykningskjøretøy for brannvesen"),
        ("Opprydjing av skipsvrak i fjorden", "Opprydning skipsvrak"),
    ],
)
def test_nynorsk_and_bokmal_lines_of_one_need_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


def test_a_subject_does_not_meet_an_ability() -> None:
    assert not explain_two("Læreemne i matematikk", "Kurs om læreevne").passes
