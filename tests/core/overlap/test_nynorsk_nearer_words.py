"""Nynorsk forms read as an unrelated bokmål word, on words no corpus line uses:

- a nynorsk agent noun in «-ar» whose bokmål word is the same letters with «-er» («dampar»:
  «damper»), where the spelling rules took a commoner word more changes away («demper», a
  damper); ``false_friends.REVIEWED`` holds the pairs read by hand, found with
  ``probe_nynorsk_mappings.py --kind nærmere``;
- a nynorsk plural or definite form of a common noun («skolar», «dokumenta») that bokmål
  lists as a rare word of its own (a scholar) is the noun (``lexicon_forms``);
- a nynorsk doer noun in «-ar» whose stem nynorsk spells otherwise («teljar», «opnar») is the
  bokmål noun in «-er» («teller», «åpner»; ``respelling``);
- a compound only the nynorsk dictionary lists is the bokmål word its parts make, when
  running text writes that word («innspel»: «innspill»; ``lexicon_forms``);
- a nynorsk word that is another word than the bokmål one («mogleg»: «mulig», «eingong»:
  «engang»; ``spelling_variants.tsv``) is read as it, also as a compound's part.
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_apart, assert_one_need, lexicon, script, token_parts


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("dampar", "damper"),
        ("fresar", "freser"),
        ("gjetar", "gjeter"),
        ("drepar", "dreper"),
        ("tyrkar", "tyrker"),
        ("maurar", "maur"),
        ("tankar", "tanker"),
    ],
)
def test_the_nearer_bokmal_word_is_the_pair(nynorsk: str, bokmal: str) -> None:
    assert lexicon().nn_nb[nynorsk] == bokmal
    assert script("false_friends").REVIEWED[nynorsk] == bokmal


@pytest.mark.parametrize("nynorsk", ["summar", "sopar", "varande"])
def test_a_word_with_no_bokmal_spelling_of_its_own_keeps_no_pair(nynorsk: str) -> None:
    assert nynorsk not in lexicon().nn_nb


def test_the_nearer_word_is_read_in_a_line() -> None:
    # ants are no bogs, tanks no thinkers, a steamer no damper, lasting no veranda
    assert token_parts("Bekjemping av maurar") == token_parts("Bekjempelse av maur")
    assert ("tenke",) not in token_parts("Tømming av tankar")
    assert token_parts("Kombidamparane") == token_parts("Kombidamperne")
    assert ("veranda",) not in token_parts("Varande løysing")


def test_the_probe_finds_a_nearer_word() -> None:
    probe = script("probe_nynorsk_mappings")
    senses = lexicon()
    # before the review «dampar» was paired with «demper»; «damper» is nearer
    assert probe.nearer_word(senses, "dampar", "demper") == "damper"
    # the pair's own word is no nearer word
    assert probe.nearer_word(senses, "dampar", "damper") is None


@pytest.mark.parametrize(
    ("form", "noun"),
    [
        ("skolar", "skole"),
        ("dokumenta", "dokument"),
        ("våpna", "våpen"),
        ("skytevåpna", "skytevåpen"),
        ("deposita", "depositum"),
    ],
)
def test_a_nynorsk_form_of_a_common_noun_is_the_noun(form: str, noun: str) -> None:
    assert lexicon().lemma(form) == noun


def test_a_rare_bokmal_headword_of_a_function_word_keeps_its_sense() -> None:
    senses = lexicon()
    # «skalar» (a scalar) is no plural of «skal»: the word is mostly the verb
    assert senses.lemma("skalar") == "skalar"
    # a bokmål ending keeps the bokmål reading («fåret» is the sheep, no «fare»)
    assert senses.lemma("fåret") != "fare"


def test_a_nynorsk_plural_meets_the_bokmal_noun_in_a_line() -> None:
    assert token_parts("Skolar i kommunen")[0] == ("skole",)
    assert_one_need("Reinhald av grunnskolar", "Renhold av grunnskoler")
    assert_apart("Skolar i kommunen", "Skotøy til tilsette")


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("teljar", "teller"),
        ("etasjeskiljar", "etasjeskiller"),
        ("treskjar", "tresker"),
        ("flaskeopnar", "flaskeåpner"),
        ("postopnar", "poståpner"),
    ],
)
def test_a_doer_noun_with_a_stem_spelt_otherwise_is_the_bokmal_noun(
    nynorsk: str, bokmal: str
) -> None:
    assert lexicon().lemma(nynorsk) == bokmal


def test_a_doer_noun_is_read_so_in_a_line_and_no_other_word() -> None:
    assert token_parts("Døropnarar til sjukeheimen")[0] == token_parts("Døråpnere")[0]
    # «gj» is no «g» before «-ar»: «lagjar» is no «lager» (a store)
    assert lexicon().lemma("lagjar") != "lager"


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("innspel", "innspill"),
        ("stearinljos", "stearinlys"),
        ("ljosstoffrør", "lysstoffrør"),
        ("medspelar", "medspiller"),
    ],
)
def test_a_compound_only_nynorsk_lists_is_the_bokmal_word_its_parts_make(
    nynorsk: str, bokmal: str
) -> None:
    senses = lexicon()
    assert senses.split(nynorsk) == senses.split(bokmal)
    assert nynorsk not in senses.split(nynorsk)


def test_a_nynorsk_compound_keeps_its_reading_where_bokmal_parts_make_another_word() -> None:
    senses = lexicon()
    # «sam» + «organisasjon» is no Sami organisation, a doer no thing («oppslag»)
    assert senses.split("samorganisasjon") != ("same", "organisasjon")
    assert "opplag" not in senses.split("oppslagar")


def test_a_word_respelt_back_to_itself_is_read_without_end() -> None:
    # «avlåst» is read as «avlast», which running text spells back as «avlåst»: no loop
    assert lexicon().split("avlåst")


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Moglegheitsvurdering", "Mulighetsvurdering"),
        ("Eingongsbestikk", "Engangsbestikk"),
        ("Forureiningstilsyn", "Forurensningstilsyn"),
        ("Framandarter", "Fremmedarter"),
    ],
)
def test_a_nynorsk_word_that_is_another_word_is_read_as_the_bokmal_one(
    nynorsk: str, bokmal: str
) -> None:
    assert token_parts(nynorsk) == token_parts(bokmal)
