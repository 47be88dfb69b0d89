"""Common words are not read as a shorter or an unrelated word (``lexicon_forms``)."""

from __future__ import annotations

from tests.core.overlap.overlap_helpers import assert_one_need, lexicon, token_parts


def test_a_headword_is_no_form_of_a_word_of_two_letters() -> None:
    senses = lexicon()
    # a verb is no "re" + "over" or "mini" + "mer": the form of a two-letter word loses
    assert senses.split("renovere") == ("renover",)
    assert senses.split("minimere") == ("minimer",)
    # a genitive of a noun is still its noun
    assert senses.lemma("barns") == "barn"


def test_a_verb_stem_noun_keeps_its_meaning_in_a_line() -> None:
    # «rens» is the cleaning, not «ren» + «-s» or «re»: the line keeps its head word
    assert token_parts("Rens av sluk") == [("rens",), ("sluk",)]


def test_a_listed_word_is_no_compound_ending_in_a_function_word() -> None:
    senses = lexicon()
    assert senses.split("fasetter") == ("fasett",)  # no "fas" + "ett"
    assert senses.split("fertile") == ("fertil",)  # no "far" + "til"
    # a plural read right by its split stays so ("kum" + "mer" is the plural of "kum")
    assert senses.split("kummer")[0] == "kum"


def test_a_noun_in_ing_has_plurals_the_dictionary_does_not_list() -> None:
    senses = lexicon()
    assert senses.lemma("dekrypteringer") == "dekryptering"
    assert senses.lemma("autentiseringene") == "autentisering"


def test_fram_and_frem_are_particles_of_a_listed_word() -> None:
    senses = lexicon()
    assert senses.split("fremlegging") == ("fremlegging",)
    assert senses.split("framvisning") == ("framvisning",)


def test_mediation_is_one_role_in_every_spelling() -> None:
    # «mekling» is «megling» spelt the other bokmål way; English «mediation» is the same role
    assert token_parts("Meklingstjenester") == token_parts("Meglingstjenester")
    assert token_parts("Mediator") == token_parts("Megler")
    assert_one_need("Mediation for families", "Familiemegling")
