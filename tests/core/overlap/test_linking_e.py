"""A compound's first part read as a verb in "-e" where it is a noun with a linking "-e-"
(readings13): «Låsesmøring» / «Smøring av låser». The lexicon reads "låse" as the verb; the
noun "lås" joins the dictionaries' compounds with "-e-", so the compound is also read as
"lås" + "smøring" and meets its split form. And a loan the dictionary lists bare ("kamera")
is not stemmed into a rarer word ("kameer").

Checked on words no corpus line uses; the class probe is ``scripts/probe_linking_e.py``.
"""

from __future__ import annotations

from overlap_helpers import explain_two, lexicon, quoted_words_are_written

from kommunesamarbeid.core.overlap.split_forms import noun_first_part


def test_a_verb_like_first_part_is_also_read_as_the_noun_it_joins_with_e() -> None:
    senses = lexicon()
    assert noun_first_part(("låse", "smøring"), senses) == ("lås", "smøring")
    assert noun_first_part(("flise", "sliping"), senses) == ("flis", "sliping")


def test_no_noun_reading_without_a_noun_that_starts_compounds() -> None:
    senses = lexicon()
    # "brøyt" and "skol" are stems the dictionary lists for its own compounds, no nouns
    assert noun_first_part(("brøyte", "stikk"), senses) is None
    assert noun_first_part(("skole", "mat"), senses) is None
    assert noun_first_part(("kaffe", "maskin"), senses) is None  # "kaff" is no word
    assert noun_first_part(("låse",), senses) is None
    assert noun_first_part(("lås", "smøring"), senses) is None


def test_the_compound_meets_its_split_form_with_the_noun() -> None:
    for whole, split in (
        ("Låsesmøring", "Smøring av låser"),
        ("Flisesliping", "Sliping av fliser"),
    ):
        why = explain_two(whole, split)
        assert why.passes, (whole, split, why.evidence_for, why.evidence_against)
        assert any("sammensatt og delt" in e for e in why.evidence_for)
        quoted_words_are_written(why, whole, split)


def test_another_noun_with_the_same_head_is_not_the_same_need() -> None:
    why = explain_two("Låsesmøring", "Smøring av hekker")
    assert not why.passes, why.evidence_for


def test_a_loan_listed_bare_is_its_own_lemma() -> None:
    """The dictionary lists "kamera", "tema" bare (no inflection, may start compounds); a rule
    also makes them forms of "kameer", "tem": the commoner word is the one meant."""
    senses = lexicon()
    assert senses.lemma("kamera") == "kamera"
    assert senses.lemma("tema") == "tema"
    assert senses.lemma("sagt") == "sagt"  # not the tool "sag"


def test_a_bare_form_of_a_commoner_word_is_still_that_word() -> None:
    senses = lexicon()
    assert senses.lemma("kassa") == "kasse"  # a side form of a commoner noun
    assert senses.lemma("barns") == "barn"  # a genitive
