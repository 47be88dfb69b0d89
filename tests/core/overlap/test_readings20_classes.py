"""Words read as something they are not (readings20): each class with words of its own."""

from __future__ import annotations

from tests.core.overlap.overlap_helpers import assert_one_need, lexicon, token_parts


def test_a_respelling_that_leads_back_to_the_word_ends() -> None:
    # «avlåst» is read as «avlast», which respelt is «avlåst» again: the reading ends (it
    # went round for ever and the whole run stopped) and the line keeps its words
    senses = lexicon()
    assert len(senses.split("avlåst")) <= 1
    assert token_parts("Avlåste sykkelskap")[-1] == ("sykkel", "skap")
    assert token_parts("Avlåst dør til lageret")[1] == ("dør",)


def test_a_common_bokmal_word_the_nynorsk_table_respells_stays_itself() -> None:
    # the bokmål dictionary lacks the adverb «ute», and the nynorsk table gives «uti» for it;
    # bokmål text writes «ute» far more: an unlisted «ute»-compound is «ute» + its last part
    senses = lexicon()
    assert senses.lemma("ute") == "ute"
    assert senses.split("utebasseng") == ("ute", "basseng")
    assert senses.lemma("snart") == "snart"  # no «snert»
    # a nynorsk word bokmål text does not write stays the bokmål word it is
    assert senses.lemma("teneste") == "tjeneste"


def test_a_listed_outdoor_compound_is_its_last_part_outdoors() -> None:
    # «ute» in front of a noun says where (no particle of a verb, as «inn» or «opp» are): a
    # word the dictionaries list whole is read as «ute» + the thing, as an unlisted one is
    senses = lexicon()
    assert senses.split("utelampe") == ("ute", "lampe")
    assert senses.split("uteklær") == ("ute", "klær")
    assert token_parts("Utegrill til barnehagen")[0] == ("ute", "grill")
    # a common word made with it keeps its own meaning
    assert senses.split("utelukke") == ("utelukke",)
    assert senses.split("utestående") == ("utestående",)


def test_an_english_compound_written_apart_is_the_compound() -> None:
    # the catalogue knows «snowblowers» as one word; written apart, the second word is read
    # as the word the two make, the first as itself: the same parts as the Norwegian compound
    assert token_parts("Snow blowers for the depot")[:2] == [("snø",), ("fres",)]
    assert token_parts("Snow blower")[1] == ("fres",)
    assert_one_need("Snow blowers for the road depot", "Snøfreser til driftsavdelingen")
    # a Norwegian second word stays itself («fire works» is no English compound here)
    assert token_parts("Fire works in the town hall")[1] == ("arbeid",)


def test_a_conventional_abbreviation_without_vowels_is_its_word() -> None:
    # «pkt.» and «bhg.» start no word as written, so no cut reads them; they are the words
    # office writers mean, alone and as the last part of a compound
    assert token_parts("Ladepkt. ved omsorgssenteret")[0] == token_parts("Ladepunkt")[0]
    assert token_parts("Sandkasser til ny bhg.")[-1] == ("barnehage",)
    assert_one_need("Ladepkt. for tjenestebiler", "Ladepunkter til tjenestebilene")
