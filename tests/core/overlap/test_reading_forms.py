"""Words the reader split or stemmed into another meaning (issue 14, readings14): a word reads
the same as a compound's first part as it does alone, a noun in «-ing» keeps the noun its
verb makes, a verb and a present participle are read as the words they are.

Checked on words no corpus line uses; the class probe is ``scripts/probe_readings.py``.
"""

from __future__ import annotations

from overlap_helpers import (
    explain_two,
    full_catalogue,
    lexicon,
    quoted_words_are_written,
    script,
    token_parts,
    vocabulary,
)

from kommunesamarbeid.core.overlap.detect import build_model


def test_a_first_part_reads_as_it_does_alone() -> None:
    # «skianlegg» alone is ski + anlegg (a listed word ending in a generic word)
    assert token_parts("skianlegg") == [("ski", "anlegg")]
    assert token_parts("Skianleggvedlikehold") == [("ski", "anlegg", "vedlikehold")]
    assert token_parts("Skøyteanleggvedlikehold")[0][-2:] == ("anlegg", "vedlikehold")


def test_a_compound_meets_its_split_form_through_a_listed_first_part() -> None:
    why = explain_two("Skianleggvedlikehold", "Vedlikehold av skianlegg")
    assert why.passes, why.evidence_against
    quoted_words_are_written(why, "Skianleggvedlikehold", "Vedlikehold av skianlegg")


def test_the_last_part_stays_what_is_bought() -> None:
    # the head is not cut at a generic word: what is bought stays one word
    assert token_parts("geodatatjenester")[0][-1] != "tjeneste"


def test_a_noun_in_ing_keeps_the_noun_its_verb_makes() -> None:
    # «sikre» reads as «sikker», so the noun was made «sikkering», a word no text writes
    senses = lexicon()
    assert senses.split("flomsikring") == ("flom", "sikring")
    assert token_parts("Flomsikring") == [("flom", "sikring")]
    assert token_parts("flyfotografering")[0][-1] == "fotografering"


def test_a_noun_in_ing_whose_head_is_no_word_is_read_whole() -> None:
    assert all(part in ("taksering", "eiendomsskatt") for part in token_parts("taksering")[0])


def test_a_verb_is_its_own_word_not_a_stem() -> None:
    senses = lexicon()
    assert senses.lemma("padle") == "padle"  # not «padl»
    assert senses.lemma("rydde") == "rydde"  # not the noun «ry» (fame)
    assert senses.lemma("levere") == "levere"  # (as before) not the organ «lever»
    # a function word that starts no compound keeps its reading
    assert senses.lemma("ene") != "ene" or senses.split("idrettsanleggene") == ("idrettsanlegg",)
    # a verb rarer than the adjective it is also a form of keeps the adjective
    assert senses.lemma("sikre") == "sikker"


def test_a_plural_or_an_adjective_form_stays_a_form_of_its_word() -> None:
    # the verb rule is for infinitives beside their stems; a listed plural or adjective
    # form is still read as its word, so «voksne» and «voksen» are one word
    senses = lexicon()
    assert senses.lemma("legemidler") == "legemiddel"
    assert senses.lemma("voksne") == "voksen"
    text_a, text_b = "Avlastningsbolig for voksne", "Bolig til voksen med bistandsbehov"
    why = explain_two(text_a, text_b)
    assert any("«voksne» / «voksen»" in e for e in why.evidence_for), why.evidence_for
    quoted_words_are_written(why, text_a, text_b)


def test_a_present_participle_is_a_word() -> None:
    senses = lexicon()
    assert senses.lemma("boende") == "boende"
    assert token_parts("borteboende")[0][-1] == "boende"
    assert token_parts("fastboende") == [("fast", "boende")]


def test_a_compound_does_not_end_in_an_inflected_adjective() -> None:
    # «brøytingsvakt» is brøyting + vakt, not «brøyting» + «svakt» (weak)
    senses = lexicon()
    assert senses.split("brøytingsvakt") == ("brøyting", "vakt")
    assert senses.split("ladingsvakt") == ("lading", "vakt")
    # an adjective compound keeps its adjective
    assert senses.split("energieffektivt")[-1] == "effektiv"


def test_the_probe_finds_no_wrong_reading_of_these_words() -> None:
    script("evaluate_detection")  # (imported by the probe by its name)
    probe = script("probe_readings")
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    words = ["flomsikring", "skianlegg", "brøytingsvakt", "lekeplass"]
    assert probe.findings(analyzer, words) == {"no word": [], "forms": [], "inside": []}
    # a form still read otherwise: «røykdykkerutstyret» whole, «røykdykkerutstyr» split
    assert probe.findings(analyzer, ["røykdykkerutstyr"])["forms"]
