"""The language classes of issue 14's third round, each on words no corpus line uses: nynorsk
and bokmål spellings of one word (from the two Hunspell dictionaries), English lines (read
through the CPV catalogue's English and Norwegian labels), truncated words ("Glassmestertj."),
and negatives: different needs stay apart."""

from __future__ import annotations

import pytest
from overlap_helpers import (
    explain_two,
    full_catalogue,
    line,
    quoted_words_are_written,
    token_parts,
    vocabulary,
)

from kommunesamarbeid.core.overlap.abbreviations import Truncations
from kommunesamarbeid.core.overlap.detect import build_model, place_names, read_together
from kommunesamarbeid.core.overlap.english import english_stem, learn_english


def _lexicon():  # type: ignore[no-untyped-def]
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


# --- nynorsk and bokmål -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("kjøkenskap", "kjøkkenskap"),  # a consonant bokmål writes double
        ("samanslutning", "sammenslutning"),
        ("sjukehusseng", "sykehusseng"),  # bokmål's own nynorsk spelling, respelt
        ("handverkar", "handverker"),  # an agent noun, not the plural of "handverk"
        ("premi", "premie"),  # a loanword ending
    ],
)
def test_a_nynorsk_word_reads_as_its_bokmal_spelling(nynorsk: str, bokmal: str) -> None:
    lexicon = _lexicon()
    assert lexicon.lemma(nynorsk) == lexicon.lemma(bokmal) or lexicon.lemma(nynorsk) == bokmal


@pytest.mark.parametrize(
    ("nynorsk", "not_meant"), [("sjuke", "søke"), ("eggar", "eier"), ("kagge", "keie")]
)
def test_a_spelling_that_is_a_form_of_another_word_links_no_headword(
    nynorsk: str, not_meant: str
) -> None:
    # "sjuke" is nearer "syke" (a form of "syk") than the headword "søke"
    assert _lexicon().lemma(nynorsk) != not_meant


def test_nynorsk_and_bokmal_lines_of_one_need_meet() -> None:
    assert explain_two("Sjukehussenger", "Sykehussenger").passes
    assert not explain_two("Sjukehussenger", "Nøkkelskap").passes


# --- English --------------------------------------------------------------------------------


def test_english_words_are_learnt_from_label_pairs() -> None:
    labels = {
        "10000001": ("Blyanter", "Pencils"),
        "10000002": ("Fargeblyanter", "Coloured pencils"),
        "10000003": ("Blyantspissere", "Pencil sharpeners"),
        "10000004": ("Viskelær av gummi", "Rubber erasers"),
    }
    analyzer = build_model(vocabulary(), {}).analyzer

    def parts(label: str) -> list[str]:
        return [p for t in analyzer.analyse(label).tokens for p in t.parts]

    table = learn_english(labels, parts, lambda w: False, frozenset())
    assert table[english_stem("pencils")] == analyzer.word("blyant")[0]
    assert "eraser" not in table  # one code only: too little evidence
    # a Norwegian word is never translated
    assert english_stem("pencils") not in learn_english(
        labels, parts, lambda w: w == "pencil", frozenset()
    )


@pytest.mark.parametrize(
    ("english", "norwegian"),
    [
        ("Pencils", "Blyanter"),
        ("Curtains", "Gardiner"),
        ("Shelving", "Hyller"),
        ("Hand towels", "Håndklær"),
        ("Toner cartridges", "Tonerkassetter"),
        # words Norwegian has too, read through the catalogue in an English text only
        ("Garden maintenance", "Hagevedlikehold"),
        ("Water pumps", "Vannpumper"),
    ],
)
def test_an_english_line_meets_the_norwegian_line_of_the_same_need(
    english: str, norwegian: str
) -> None:
    why = explain_two(english, norwegian)
    assert why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, english, norwegian)


@pytest.mark.parametrize(
    ("english", "norwegian"), [("Pencils", "Batterier"), ("Curtains", "Hyller")]
)
def test_an_english_line_does_not_meet_another_need(english: str, norwegian: str) -> None:
    assert not explain_two(english, norwegian).passes


def test_a_common_norwegian_word_is_not_read_as_english() -> None:
    model = build_model(vocabulary(), full_catalogue())
    assert model.analyzer.english  # the full catalogue teaches many words
    for word in ("legal", "service", "system"):
        assert english_stem(word) not in model.analyzer.english


# --- truncated words ------------------------------------------------------------------------


def test_a_truncated_word_is_the_clear_word_it_starts() -> None:
    zipf = {"anlegg": 4.5, "anleggsarbeid": 3.0, "levering": 4.4, "leverandør": 4.3}
    truncations = Truncations(
        [*zipf, "tjeneste", "tjenester"],
        lambda w: zipf.get(w, 4.0),
        lambda w: "tjeneste" if w.startswith("tjenest") else w,
        lambda w: w in ("heis", "vekter"),
    )
    assert truncations.expand("anl") == "anlegg"
    assert truncations.expand("lev") is None  # "levering" or "leverandør": not clear
    assert truncations.expand("heistj") == "heistjeneste"
    assert truncations.expand("xyz") is None


@pytest.mark.parametrize(
    ("cut", "whole"),
    [
        ("Heisanl. – service", "Service heisanlegg"),
        ("Glassmestertj.", "Glassmestertjenester"),
    ],
)
def test_a_truncated_line_meets_the_whole_word(cut: str, whole: str) -> None:
    why = explain_two(cut, whole)
    assert why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, cut, whole)


def test_a_truncated_line_does_not_meet_another_trade() -> None:
    assert not explain_two("Glassmestertj.", "Blikkenslagertjenester").passes


def test_common_abbreviations_are_never_expanded() -> None:
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    for abbreviation in ("sep", "evt", "stk"):
        assert abbreviation in analyzer.rules.stopwords
    tokens = analyzer.analyse("Brøyting fra sep. til apr.").tokens
    assert [t.surface for t in tokens] == ["brøyting"]


# --- different needs under one wide name ----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # fire alarms (electrical) and extinguishing systems (pipework): two trades
        ("Ettersyn av brannvarslingsanlegg", "Ettersyn av slokkeanlegg"),
        # buying heat pumps and servicing cooling plants
        ("Levering av varmepumper", "Vedlikehold av kuldeanlegg"),
    ],
)
def test_two_installations_of_one_trade_area_are_two_needs(first: str, second: str) -> None:
    assert not explain_two(first, second).passes


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ettersyn av brannvarslingsanlegg", "Kontroll av nødlys og ledelys"),
        ("Ettersyn av kjølemaskiner", "Vedlikehold av kuldeanlegg"),
    ],
)
def test_one_installation_named_two_ways_is_one_need(first: str, second: str) -> None:
    assert explain_two(first, second).passes


def test_two_courses_of_one_safety_area_are_two_needs() -> None:
    # both are safety courses, but not one tender
    assert not explain_two("Maskinførerkurs", "Førstehjelpskurs").passes
    assert explain_two("HMS-kurs", "Førstehjelpskurs").passes  # the wide need and one of its own


_parts = token_parts


def test_a_compound_cut_before_a_last_part_written_whole_is_the_word() -> None:
    # the first part cut, the last whole and inflected: the word it starts that has the last part
    assert _parts("Dørtel.anlegg t/ boliger") == _parts("Dørtelefonanlegg til boliger")
    assert _parts("Støyskj.elementer") == _parts("Støyskjermelementer")
    # two words run together after a full stop are two words, not a cut
    assert _parts("levering.Dørtelefoner") == _parts("levering. Dørtelefoner")


def test_a_word_cut_with_no_full_stop_is_the_clear_word_it_starts() -> None:
    assert _parts("Støyskj langs fylkesvei") == _parts("Støyskjerm langs fylkesvei")
    # a word that ends on a vowel is no cut ("micro"), nor is a misspelling of a known word
    assert _parts("Micro dørtelefoner")[0] == ("micro",)
    assert _parts("Sykesignalannlegg") == _parts("Sykesignalanlegg")
    # a compound whose last part is cut: the part a far commoner word starts
    assert _parts("Dørtelefontjen") == _parts("Dørtelefontjenester")
    # a compound whose last part is a form of a word is whole ("maskiner", not "maskineri")
    assert _parts("Vavemaskiner") == _parts("Vevemaskiner")
    # a name running text has is no cut, even where a word starts so ("Karasjok", "sjokolade")
    assert _parts("Karasjok dørtelefoner")[0] == _parts("Karasjok")[0] != _parts("Karasjokolade")[0]


def test_a_common_word_before_a_full_stop_is_a_cut_only_of_a_far_commoner_word() -> None:
    assert _parts("Dørtelefon tjen.") == _parts("Dørtelefon tjeneste")
    assert _parts("Leie av bil.") == _parts("Leie av bil")  # "bilde" is no commoner by far


def test_a_line_with_words_cut_short_meets_the_line_written_in_full() -> None:
    cut, whole = "Vedlikehold av støyskj langs vei", "Støyskjermer langs vei – vedlikehold"
    why = explain_two(cut, whole)
    assert why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, cut, whole)


def _read_together(*texts: str) -> list[tuple[str, ...]]:
    model = build_model(vocabulary(), full_catalogue())
    lines = [line(n, n, text) for n, text in enumerate(texts, start=1)]
    places = place_names(lines)
    return [f.main_keys for f in read_together(model, [model.line(x, places) for x in lines])]


def test_a_cut_the_word_alone_leaves_open_is_the_word_the_plan_set_writes_whole() -> None:
    # "besl." alone could be "beslag" or "beslektet"; another line writes "beslag"
    cut, whole = _read_together("Besl. til branndører", "Beslag til branndører")
    assert cut == whole
    # a cut two words of the plan set start is left as it is written
    keys = _read_together("Besl. til branndører", "Beslag til branndører", "Beslektede varer")
    assert keys[0] != keys[1]
