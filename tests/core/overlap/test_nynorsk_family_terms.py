"""Need-family words written as a nynorsk writer writes them (utgave 14.40,
``scripts/probe_nynorsk_families.py``), on words no corpus uses:

- a present participle in «-ande» is the bokmål «-ende» word («kontrollerande», «krevjande»);
- the prefix «føre-» is bokmål «fore-» or «for-» («føretak», «føreskrift»);
- an adjective in «-laus» that bokmål lists as a side form is the «-løs» word («trådlaus»);
- nynorsk words and side forms the dictionary table does not pair («kjemikal», «tilskott»,
  «nyhende», «vaktar», «grøn», «mellombels», «bru», «kunstgras»);
- a loan a family names by its English word that is a Norwegian word too («printer», «taxi»,
  «backup») names the family in Norwegian inflection as well («printerar», «taxiane»).

A nynorsk line without a CPV code meets the bokmål line of the same need; a «føre-» word that is
no «fore-» or «for-» word, and lines that share only a general word, stay apart.
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, token_parts


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("kontrollerande", "kontrollerende"),
        ("avlastande", "avlastende"),
        ("krevjande", "krevende"),
        ("føretaket", "foretaket"),
        ("føreskrifter", "forskrifter"),
        ("føreslag", "forslag"),
        ("kjemikalkartotek", "kjemikaliekartotek"),
        ("tilskottsordning", "tilskuddsordning"),
        ("nyhendebrev", "nyhetsbrev"),
        ("vaktarane", "vekterne"),
        ("grønsaker", "grønnsaker"),
        ("trådlause", "trådløse"),
        ("kontaktlaust", "kontaktløst"),
        ("mellombelse", "midlertidige"),
        ("bruene", "broene"),
        ("kunstgras", "kunstgress"),
    ],
)
def test_a_nynorsk_word_reads_as_the_bokmal_word(nynorsk: str, bokmal: str) -> None:
    assert token_parts(nynorsk) == token_parts(bokmal)


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Kontrollerande føretak for tilsyn med byggjesaker", "Kontrollerende foretak tilsyn"),
        ("Kjemikalregister for teknisk eining", "Stoffkartotek (kjemikalieregister)"),
        ("Vaktartenester til rådhuset", "Vektertjenester"),
        ("Tilskottsdrikkar til heimebuande", "Tilskuddsdrikker og næringsdrikker"),
        ("Nyhendeovervaking for kommunikasjonsavdelinga", "Nyhetsovervåking og medieanalyse"),
        ("Grønvedlikehald på gravplassane", "Grøntvedlikehold kirkegårder"),
        ("Printerar til skulane", "Printere og multifunksjonsmaskiner"),
        ("Taxiane for pasientreiser", "Drosjetjenester"),
        ("Backupar av fagsystema", "Sikkerhetskopiering"),
        ("Trådlaust nettverk til skulane", "Trådløst nettverk skoler"),
        ("Kontaktlause kort til adgangskontroll", "Kontaktløse kort"),
        ("Mellombels bustad", "Midlertidig bolig"),
        ("Bruinspeksjonar på fylkesvegane", "Broinspeksjon"),
        ("Rehabilitering av kunstgrasbane", "Rehabilitering kunstgressbane"),
    ],
)
def test_nynorsk_and_bokmal_lines_of_one_need_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


@pytest.mark.parametrize(("word", "not_meant"), [("førevis", "forvis"), ("førar", "forar")])
def test_a_fore_word_keeps_its_meaning(word: str, not_meant: str) -> None:
    assert token_parts(word) != token_parts(not_meant)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kontrollerande føretak for byggjesaker", "Rekneskapsføring for føretak"),
        ("Vaktartenester til rådhuset", "Vaktordning for legevakta"),
        ("Kjemikalkartotek til reinhaldarane", "Kjemikaliar til vassverket"),
        ("Printerar til skulane", "Printerpapir til skolene"),
        ("Taxiar til skuleskyss", "Taxiholdeplass"),
        ("Mellombelse lokale for skulen", "Helsetjenester for skolen"),
    ],
)
def test_lines_sharing_only_a_general_word_stay_apart(first: str, second: str) -> None:
    assert not explain_two(first, second).passes
