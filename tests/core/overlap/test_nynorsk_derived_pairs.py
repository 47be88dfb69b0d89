"""Nynorsk -> bokmål pairs derived by rule (``scripts/build_lexicon.py``,
``scripts/parallel_spellings.py``), on words no corpus uses:

- a nynorsk "kj" inside a word is a bokmål "k" ("røykjar", "trykkjeri"), never at the start or
  after "s", where bokmål writes "kj" too ("kjempe", "skjære");
- a "-kje"/"-gje" word is the bokmål "-ke"/"-ge" word ("merkje" -> "merke", "fergje" ->
  "ferge"), not a commoner word more changes make ("marki", "farge");
- a first part paired through the dictionaries' compounds keeps the bokmål word's own "e"
  ("augn" -> "øye", "lækjar" -> "lege": "øyelokk" is no "øy" + "e" + "lokk"), while a real
  linking "e" stays a link ("jol" -> "jul": "julebord");
- a word bokmål lists as a side form of its own word, "øy" for "ø" and inflected by every
  rule that word is ("støype" beside "støpe", "løyse" beside "løse"), reads as that word, in
  compounds too; a word of its own does not ("løype" is no "løpe", "køy" no "kø");
- a nynorsk "mn" is a bokmål "vn" ("stemne" -> "stevne", "prisutjamning" -> "prisutjevning"),
  and a verbal noun in "-kking", "-jing" the bokmål "-kning", "-ning" word ("barnehagedekking"
  -> "barnehagedekning", "opprydjing" -> "opprydning"), but not where that makes another word
  ("læreemne", a subject, is no "læreevne"; "vemjing", disgust, no "vevning").
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, lexicon, script


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("merkje", "merke"),
        ("fergje", "ferge"),
        ("røykjar", "røyker"),
        ("trykkjeri", "trykkeri"),
        ("augn", "øye"),
        ("lækjar", "lege"),
        ("jol", "jul"),
        ("stemne", "stevne"),
        ("idrettsstemne", "idrettsstevne"),
        ("prisutjamning", "prisutjevning"),
        ("fellesnemnar", "fellesnevner"),
        ("barnehagedekking", "barnehagedekning"),
        ("utrykkingskøyretøy", "utrykningskjøretøy"),
        ("opprydjing", "opprydning"),
    ],
)
def test_a_derived_pair_is_the_bokmal_word(nynorsk: str, bokmal: str) -> None:
    assert lexicon().nn_nb[nynorsk] == bokmal


def test_kj_is_k_only_inside_a_word() -> None:
    build = script("build_lexicon")
    assert "røyker" in build._candidates("røykjar")
    assert "kempar" not in build._candidates("kjempar")
    assert "skere" not in build._candidates("skjere")


@pytest.mark.parametrize(
    ("side", "word"),
    [("støypemaskin", "støpemaskin"), ("løysemiddel", "løsemiddel"), ("støypeformer", "støpeform")],
)
def test_a_bokmal_side_form_reads_as_its_word(side: str, word: str) -> None:
    assert lexicon().split(side) == lexicon().split(word)


@pytest.mark.parametrize(
    ("own", "other"),
    [
        ("løypemaskin", "løpemaskin"),
        ("køyeseng", "køseng"),
        ("løyve", "løve"),
        ("læreemne", "læreevne"),
        ("stridsemne", "stridsevne"),
        ("vemjing", "vevning"),
    ],
)
def test_a_word_of_its_own_keeps_its_meaning(own: str, other: str) -> None:
    assert lexicon().split(own) != lexicon().split(other)


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Støypemaskinar til betongelement", "Kjøp av støpemaskin for betongelementer"),
        ("Merkjemaskinar til lageret", "Kjøp av merkemaskiner"),
        ("Ny fergjekai med ventebu", "Ny fergekai med venterom"),
        ("Lækjarvakt i helgane", "Legevakt i helger"),
        ("Trykkjeritenester for kommunen", "Trykkeritjenester"),
        ("Leige av telt til idrettsstemne", "Telt til idrettsstevne"),
        ("Utrykkingskøyretøy til brannvesenet", "Kjøp av utrykningskjøretøy for brannvesen"),
        ("Opprydjing av skipsvrak i fjorden", "Opprydning skipsvrak"),
    ],
)
def test_nynorsk_and_bokmal_lines_of_one_need_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Merkjemaskinar til lageret", "Markiser til uteserveringa"),
        ("Fergjekai og ventebu", "Fargestifter til skolen"),
        ("Augnlegetenester", "Leie av øy til leirskole"),
        ("Læreemne i matematikk", "Kurs om læreevne"),
    ],
)
def test_the_words_the_pairs_no_longer_make_stay_apart(first: str, second: str) -> None:
    assert not explain_two(first, second).passes
