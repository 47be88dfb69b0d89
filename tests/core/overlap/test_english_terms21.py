"""English read by mechanism (english21): terms of two English words a CPV code names by one
Norwegian word, and English plurals of words both languages share. The words are new: no corpus
line uses them."""

from __future__ import annotations

from overlap_helpers import explain_two, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.english import english_stem, learn_english


def _parts(label: str) -> list[str]:
    analyzer = build_model(vocabulary(), {}).analyzer
    return [p for t in analyzer.analyse(label).tokens for p in t.parts]


def _table(labels: dict[str, tuple[str, str]]) -> dict[str, str]:
    return learn_english(labels, _parts, lambda w: False, frozenset())


def test_a_term_of_two_english_words_named_by_one_norwegian_word_is_an_entry() -> None:
    labels = {
        "10000001": ("Støvsugere", "Vacuum cleaners"),
        "10000002": ("Deler til støvsugere", "Parts of vacuum cleaners"),
        "10000003": ("Industrielle støvsugere", "Industrial vacuum cleaners"),
    }
    table = _table(labels)
    assert table["vacuumcleaner"] == "+".join(_parts("Støvsugere"))
    # each word got "støvsuger" only from the term: neither is read so alone
    assert "cleaner" not in table and "vacuum" not in table
    # a term named by two Norwegian words is no entry
    assert "vacuumcleaner" not in _table(
        {
            "10000001": ("Støvsugere", "Vacuum cleaners"),
            "10000002": ("Sugeapparater", "Vacuum cleaners"),
        }
    )


def test_a_term_its_words_read_alone_already_give_is_no_entry() -> None:
    labels = {
        "10000001": ("Sykler", "Bicycles"),
        "10000002": ("Deler til sykler", "Parts of bicycles"),
        "10000003": ("Sykkelstativ", "Bicycle racks"),
        "10000004": ("Stativer", "Racks"),
        "10000005": ("Stativer til lager", "Storage racks"),
    }
    table = _table(labels)
    assert table[english_stem("bicycles")] == "sykkel" and table[english_stem("racks")] == "stativ"
    assert "+".join(_parts("Sykkelstativ")) == "sykkel+stativ"
    assert "bicyclerack" not in table


def test_english_and_norwegian_lines_meet_through_a_two_word_term() -> None:
    assert full_catalogue()  # the real catalogue's label pairs teach the terms
    assert explain_two(
        "Washing machines for the care homes", "Vaskemaskiner til omsorgsboligene"
    ).passes
    assert explain_two(
        "Sleeping bags for the outdoor school", "Soveposer til friluftsskolen"
    ).passes
    # a word that got its reading from a term alone is not read so by itself
    assert not explain_two("Office cleaners", "Støvsugere").passes
