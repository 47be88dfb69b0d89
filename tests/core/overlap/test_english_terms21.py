"""English read by mechanism (english21): terms of two English words a CPV code names by one
Norwegian word, and English plurals of words both languages share. The words are new: no corpus
line uses them."""

from __future__ import annotations

from overlap_helpers import explain_two, full_catalogue, label_parts, vocabulary

from kommunesamarbeid.core.overlap.english import (
    english_cognate,
    english_singular,
    english_stem,
    learn_english,
)


def _table(labels: dict[str, tuple[str, str]]) -> dict[str, str]:
    return learn_english(labels, label_parts, lambda w: False, frozenset())


def test_a_term_of_two_english_words_named_by_one_norwegian_word_is_an_entry() -> None:
    labels = {
        "10000001": ("Støvsugere", "Vacuum cleaners"),
        "10000002": ("Deler til støvsugere", "Parts of vacuum cleaners"),
        "10000003": ("Industrielle støvsugere", "Industrial vacuum cleaners"),
    }
    table = _table(labels)
    assert table["vacuumcleaner"] == "+".join(label_parts("Støvsugere"))
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
    assert "+".join(label_parts("Sykkelstativ")) == "sykkel+stativ"
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


def test_an_english_plural_of_a_word_both_languages_write_alike_is_the_word() -> None:
    senses = vocabulary().senses
    assert senses is not None
    assert english_singular("kiosks", senses) == "kiosk"
    assert english_singular("barometers", senses) == "barometer"
    # a short word is often a false friend ("mats" are no food), a Norwegian form is Norwegian
    assert english_singular("mats", senses) is None
    assert english_singular("skolens", senses) is None
    assert english_singular("kurs", senses) is None
    assert explain_two("Kiosks for the beach", "Kiosker på stranda").passes
    assert not explain_two("Floor mats for the entrances", "Mat til kantina").passes


def test_the_norwegian_spelling_of_an_english_word_is_read_where_the_labels_say_so() -> None:
    senses = vocabulary().senses
    assert senses is not None
    assert english_cognate("recreation", senses) == "rekreasjon"
    assert english_cognate("quality", senses) == "kvalitet"
    assert english_cognate("theatres", senses) == "teater"
    assert english_cognate("galleries", senses) == "galleri"
    # only by an ending: a word is never respelt whole ("ceiling" is no "seiling")
    assert english_cognate("ceiling", senses) is None

    def cognate(word: str) -> str | None:
        return english_cognate(word, senses)

    labels = {
        "10000001": ("Kunstgallerier", "Art galleries"),
        "10000002": ("Renovering av skoler", "Renovation of schools"),
    }
    table = learn_english(labels, label_parts, lambda w: False, frozenset(), cognate=cognate)
    assert table["gallery"] == "galleri"  # a compound of the labels says so
    # the labels name it otherwise: read as itself, never as refuse collection
    assert english_cognate("renovation", senses) == "renovasjon"
    assert table["renovation"] == "renovation"
