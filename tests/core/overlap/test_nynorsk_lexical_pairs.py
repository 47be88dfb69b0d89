"""Nynorsk words whose bokmål counterpart is another word, not another spelling
(``spelling_variants.tsv``, utgave 14.37: «omn» / «ovn», «reingjering» / «rengjøring»,
«høgtalar» / «høyttaler», «vatning» / «vanning», «lækje» / «lege»), on words no corpus uses: a
nynorsk line without a CPV code meets the bokmål line of the same need, in compounds and
inflected too; a nynorsk word that is also a bokmål word of another meaning is left alone
(«måling» is paint in nynorsk, measuring in bokmål; «boss» is refuse in nynorsk, a chief in
bokmål).
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, token_parts


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("vedomnar", "vedovner"),
        ("steikeomnane", "stekeovnene"),
        ("reingjeringsmiddel", "rengjøringsmidler"),
        ("høgtalarar", "høyttalere"),
        ("vatningsanlegg", "vanningsanlegg"),
        ("hagereiskapar", "hageredskaper"),
        ("lækjemiddel", "legemiddel"),
        ("sengebotnar", "sengebunner"),
        ("busetjinga", "bosettingen"),
        ("rettleiarar", "veiledere"),
        ("lågspent", "lavspent"),
        ("eigedomsmeklar", "eiendomsmegler"),
    ],
)
def test_a_nynorsk_word_reads_as_the_other_bokmal_word(nynorsk: str, bokmal: str) -> None:
    assert token_parts(nynorsk) == token_parts(bokmal)


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Vedomnar til kommunale utleigebustader", "Vedovner til kommunale utleieboliger"),
        ("Reingjeringsmiddel til skulane", "Rengjøringsmidler til skolene"),
        ("Høgtalarar og lydanlegg til kultursalen", "Høyttalere og lydanlegg til kultursal"),
        ("Vatningsanlegg for idrettsbanane", "Vanningsanlegg til idrettsbaner"),
        ("Hagereiskap til parkavdelinga", "Hageredskap til parkavdelingen"),
        ("Lækjemiddel til sjukeheimen", "Legemidler til sykehjemmet"),
        ("Ugrasbekjemping på kyrkjegardane", "Ugressbekjempelse på kirkegårdene"),
        ("Badstove til symjehallen", "Badstue i svømmehallen"),
    ],
)
def test_nynorsk_and_bokmal_lines_of_one_need_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


@pytest.mark.parametrize(("word", "not_meant"), [("måling", "maling"), ("boss", "søppel")])
def test_a_word_that_is_also_bokmal_keeps_its_bokmal_meaning(word: str, not_meant: str) -> None:
    assert token_parts(word) != token_parts(not_meant)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Høgtalarar til kultursalen", "Høytrykksspylar til vaskehallen"),
        ("Vedomnar til utleigebustader", "Vedkløyvar til driftsavdelinga"),
        ("Hagereiskap til parkavdelinga", "Hagemøblar til barnehagane"),
    ],
)
def test_lines_sharing_only_a_first_part_stay_apart(first: str, second: str) -> None:
    assert not explain_two(first, second).passes
