"""Classes of abbreviated and English lines (words11), on words no corpus uses: a head the
dictionaries list whole that ends in "-tjeneste" names a service; a family term written in
English names its own word, not every compound ending in it; a cut is never a rare form
glued to the start of another word; an English text's unknown word is no Norwegian
compound."""

from __future__ import annotations

from kommunesamarbeid.core.overlap import build_model
from kommunesamarbeid.core.overlap.abbreviations import Truncations
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.goods_service import GOODS
from kommunesamarbeid.core.overlap.line_features import KIND_BITS
from tests.core.overlap.overlap_helpers import (
    assert_one_need,
    explain_two,
    full_catalogue,
    lexicon,
    line,
    token_parts,
    vocabulary,
)


def _model() -> TextModel:
    return build_model(vocabulary(), full_catalogue())


# --- a head the dictionaries list whole, ending in a generic word of a kind -------------------


def test_buying_a_service_named_by_such_a_word_is_no_goods_line() -> None:
    lexicon()
    model = _model()
    for text in ("Kjøp av skolehelsetjenester", "Rammeavtale for kjøp av helsetjenester"):
        features = model.line(line(1, 1, text), frozenset())
        assert features.service_side != GOODS, text
        assert model.kinds_by_key.get(features.heads[-1]) == KIND_BITS["services"], text
    # a short word is no such compound ("drift" in "bedrift")
    assert model.kinds_by_key.get("bedrift") == 0


# --- family terms written in English ----------------------------------------------------------


def test_an_english_term_names_its_word_not_every_compound_ending_in_it() -> None:
    model = _model()
    monitors = model.line(line(1, 1, "Computer monitors"), frozenset())
    noise = model.line(line(2, 2, "Lydskjermer langs fylkesvei"), frozenset())
    assert monitors.families
    assert not set(noise.families) & set(monitors.families)
    why = explain_two("Lydskjermer langs fylkesvei", "Computer monitors")
    assert not why.passes, why.evidence_for


def test_an_english_term_still_names_its_own_word_and_the_norwegian_compound() -> None:
    why = explain_two("Computer monitors", "Dataskjermer til skolene")
    assert why.passes, why.evidence_against


# --- cuts: no junk joins ----------------------------------------------------------------------


def _table(words: list[str], modifiers: set[str]) -> Truncations:
    return Truncations(words, lambda w: 3.0, lambda w: w, lambda p: p in modifiers)


def test_a_cut_that_starts_listed_words_is_never_a_join_onto_another_word() -> None:
    # "flaskek." starts "flaskekork" and "flaskekurv" (as common: not clear which), and
    # "flask" + "ek" would read as "flask" + "ekstra": it is left as written
    table = _table(["flaskekork", "flaskekurv", "ekstra"], {"flask", "flaske"})
    assert table.expand("flaskek") is None


def test_a_cut_compound_of_a_known_first_part_is_still_read() -> None:
    table = _table(["tjeneste", "designtjenester"], {"vekter", "design"})
    assert table.expand("vektertj") == "vektertjeneste"
    # a join that is a form of the listed word the cut starts
    assert _table(["tjeneste", "designtjenester", "designtjenestene"], {"design"}).expand(
        "designtj"
    ) in ("designtjeneste", "designtjenester", "designtjenestene")


def test_a_rare_form_no_compound_starts_with_is_no_first_part() -> None:
    senses = lexicon()
    assert not senses.plausible_modifier("anskaff")
    assert senses.plausible_modifier("brann")
    assert senses.plausible_modifier("sikkerhets")
    analyzer = _model().analyzer
    for cut in ("beboels", "anskaffels"):
        found = analyzer.truncated(cut)
        assert found is None or not found.endswith("sykkel"), (cut, found)


# --- English texts ----------------------------------------------------------------------------


def test_an_unknown_word_of_an_english_text_is_kept_whole() -> None:
    lexicon()
    parts = token_parts("Further training and courses for staff")
    assert ("further",) in parts
    assert all(p not in ("furt", "her") for word in parts for p in word)


def test_a_norwegian_text_still_splits_its_compounds() -> None:
    lexicon()
    assert token_parts("Kjøp av sykehjemsplasser") == [("sykehjem", "plass")]


# --- two letters cut short and read as no word ------------------------------------------------


def test_a_two_letter_cut_read_as_no_word_weighs_as_a_generic_word() -> None:
    lexicon()
    model = _model()
    tokens = model.analyzer.analyse("Tj. innen regnskap").tokens
    assert [t.generic for t in tokens] == [True, False]
    why = explain_two("Tj. innen regnskap", "Tj. innen transport")
    assert not why.passes, why.evidence_for
    # a cut the line reads is the word it stands for, and a two-letter word is a word
    assert_one_need("Hj.tj.", "Hjemmetjenester")
    assert not model.analyzer.analyse("El. sykler").tokens[0].generic
