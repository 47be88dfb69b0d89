"""Word classes of issue 14's fifth round, each on words no corpus line uses: loan and technical
words the dictionaries do not list (read whole, and as the first part of a compound), and
negatives: different needs stay apart."""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.model import MatchLine


def _lexicon() -> Lexicon:
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


# --- loan and technical words the dictionaries do not list ---------------------------------


@pytest.mark.parametrize("word", ["borrelia", "candida"])
def test_a_loan_word_is_no_compound_ending_in_a_word_of_two_letters(word: str) -> None:
    # "borrelia" is no "borr" + "li" ("lia"), "candida" no "cand" + "id"
    assert all(len(part) >= 3 for part in _lexicon().split(word))


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("ebolavaksine", ("ebola", "vaksine")),
        ("aerosolsmitte", ("aerosol", "smitte")),
        ("borreliasmitte", ("borrelia", "smitte")),
    ],
)
def test_a_word_text_uses_whole_starts_a_compound_of_a_known_word(
    compound: str, parts: tuple[str, ...]
) -> None:
    assert _lexicon().split(compound) == parts


def test_two_technical_words_of_one_place_stay_apart() -> None:
    assert not explain_two("Ebolavaksiner til legevakten", "Borreliatester til legevakten").passes


# --- a need known by a generic word and a word after a preposition ---------------------------


def test_a_word_after_a_preposition_alone_makes_no_need() -> None:
    assert not explain_two("Leie av veihøvel med maskinfører", "Kurs for maskinførere").passes


# --- every family term names its family, written as plans write it -------------------------


def _plan_writings(term: str) -> list[str]:
    """A term as a plan writes it: its words side by side, and a short piece before a hyphen
    as an acronym ("VA-materiell")."""
    text = " ".join(term.replace("+", " ").split())
    found = [text]
    first, dash, rest = text.partition("-")
    if dash and 2 <= len(first) <= 4 and first.isalpha() and " " not in first:
        found.append(f"{first.upper()}-{rest}")
    return found


def test_every_family_term_names_its_family_as_plans_write_it() -> None:
    # a term compiled otherwise than a plan's text is read never matches ("va-materiell" was
    # "vet" + "materiell", "VA-materiell" in a plan "va" + "materiell"); terms made only of
    # generic words are left out on purpose (they say nothing about the need)
    model = build_model(vocabulary(), full_catalogue())
    lost = []
    for number, family in enumerate(model.families):
        for term in family.terms:
            for text in _plan_writings(term):
                tokens = model.analyzer.analyse(text).tokens
                if all(model.analyzer.is_generic(t.parts) for t in tokens):
                    continue
                found = model.matcher.match(tokens)[0]
                if not any(f == number or number in model.ancestors[f] for f in found):
                    lost.append(f"{family.id}: «{text}»")
    assert not lost, lost


# --- nynorsk and bokmål spellings -------------------------------------------------------------


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("straumforsyning", "strømforsyning"),
        ("vassforsyning", "vannforsyning"),
        ("heimeside", "hjemmeside"),
    ],
)
def test_a_nynorsk_compound_reads_as_the_bokmal_word_its_parts_make(
    nynorsk: str, bokmal: str
) -> None:
    # the bokmål word is common enough to be read whole; its nynorsk spelling was read as
    # its parts, so the two never met
    lexicon = _lexicon()
    assert lexicon.split(nynorsk) == lexicon.split(bokmal)


@pytest.mark.parametrize(("word", "not_meant"), [("sjø", "se"), ("sum", "som"), ("kum", "kom")])
def test_a_bokmal_word_is_not_respelt_into_a_word_of_another_class(
    word: str, not_meant: str
) -> None:
    # the nynorsk-to-bokmål spelling table maps "sjø" to "se" (u/o, jø/e): a noun the bokmål
    # dictionary lists keeps its own reading unless the respelling is a noun too
    lexicon = _lexicon()
    assert lexicon.lemma(word) != not_meant
    assert lexicon.lemma("veg") == "vei"  # a respelling into a noun still counts


# --- a CPV code suggested from a compound's first part -----------------------------------------


@pytest.mark.parametrize("word", ["Sykehjemsfrisør", "Barnehagefotografering", "Sykehjemsmusikk"])
def test_a_code_is_not_suggested_for_the_building_a_compound_starts_with(word: str) -> None:
    # "sykehjem" + "frisør" is a hairdresser, not works on a nursing home (division 45)
    model = build_model(vocabulary(), full_catalogue())
    found = model.line(MatchLine(1, 1, "Kommune", word), frozenset())
    assert found.cpv is None or not found.cpv.startswith("45"), found.cpv


# --- a place name made of a need word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("placed", "need"),
    [
        ("Brøyting Strømmen sentrum", "Strøm til kommunale bygg"),
        ("Feiing av gater Strømmen", "Kjøp av strøm"),
    ],
)
def test_a_capitalised_noun_in_its_definite_form_is_a_place_not_a_need(
    placed: str, need: str
) -> None:
    # "Strømmen" is a place, not the electricity "strøm" names
    assert not explain_two(placed, need).passes


# --- one need written two ways meets, by class ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a compound of a technical word the dictionaries do not list, and its split form
        ("Ebolavaksiner til legevakten", "Vaksiner mot ebola til legevakten"),
        ("Borreliatester til legekontor", "Tester for borrelia til legekontor"),
        ("Aerosolkontr. i skolebygg", "Kontroll av aerosol i skolebygg"),
        # a need known by a generic word and a word after a preposition ("leie" says how,
        # "maskinfører" after "med" what: the hire with a driver)
        ("Leie av veihøvel med maskinfører", "Innleie av traktor med fører"),
        ("Leie av hjullastere med maskinfører", "Innleige av traktor med førar"),
        # a need beside a place named by a noun in its definite form ("Strømmen")
        ("Brøyting Strømmen sentrum", "Brøyting av kommunale veier"),
        # a service for a building, whose code was suggested from the building
        ("Barnehagefotografering", "Fotografering av barn i barnehagene"),
        ("Sykehjemsfrisør", "Frisørtjenester på sykehjemmet"),
    ],
)
def test_one_need_written_two_ways_meets(first: str, second: str) -> None:
    assert_one_need(first, second)
