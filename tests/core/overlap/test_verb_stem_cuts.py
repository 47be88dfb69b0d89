"""A word written short at the stem of a verb, with no full stop ("Rengjør", "Deponer"): a
plan line names a need and never bids it done, so a word the dictionary lists only as a
verb's stem (its imperative) is the verb's noun cut short, when that noun is clear. A cut
with a full stop that starts both a form of such a verb and its noun ("lamin.": "laminert" or
"laminering") could be either and is left as written. Words no corpus uses."""

from __future__ import annotations

from tests.core.overlap.overlap_helpers import token_parts


def test_a_verb_stem_alone_reads_as_the_noun_it_starts() -> None:
    assert token_parts("Impregner av trebrygger") == token_parts("Impregnering av trebrygger")
    assert token_parts("Sandblås av stålbjelker") == token_parts("Sandblåsing av stålbjelker")


def test_a_verb_stem_ending_a_compound_reads_as_the_compound_noun() -> None:
    assert token_parts("Brannimpregner") == token_parts("Brannimpregnering")


def test_a_verb_stem_that_starts_no_clear_noun_is_left_as_written() -> None:
    # "laminer": "laminert" or "laminering"; the participle is no cut made by a writer
    assert token_parts("Laminer") == [("laminer",)]


def test_a_word_that_is_a_noun_too_is_not_read_as_a_cut() -> None:
    # "lakk" (varnish) and "vask" (a sink) are nouns, not only the stems of verbs
    assert token_parts("Lakk til gulv") == [("lakk",), ("gulv",)]
    assert token_parts("Vask til kjøkken") == [("vask",), ("kjøkken",)]


def test_a_cut_that_starts_a_verb_form_and_its_noun_is_left_as_written() -> None:
    assert token_parts("Lamin. bordplater") == [("lamin",), ("bord", "plate")]


def test_a_cut_whose_clear_word_is_the_noun_is_still_read() -> None:
    assert token_parts("Impreg. av trebrygger") == token_parts("Impregnering av trebrygger")
