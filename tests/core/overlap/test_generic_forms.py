"""Generic words weigh nothing in every form (issue 14): each generic word and each compound
stopword the engine knows in bokmål, in all its inflected forms and its nynorsk forms (made by
the Hunspell dictionaries' own inflection rules), and the English words a plan writes for them,
read as generic or stopword like the bokmål word; two unrelated needs written in nynorsk or
English that share only such a word are no pair, and one need in bokmål and in nynorsk or
English still is."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from overlap_helpers import explain_two, full_catalogue, line, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.norwegian import Analyzer


def _lexicon() -> Lexicon:
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


@lru_cache(maxsize=1)
def _analyzer() -> Analyzer:
    # with the catalogue, so the English words learnt from its labels are read too
    return build_model(vocabulary(), full_catalogue()).analyzer


def _content(word: str) -> tuple[str, ...]:
    """The keys of the words of ``word`` that say what is bought (not generic, no stopword)."""
    return tuple(t.key for t in _analyzer().analyse(word).tokens if not t.generic)


def _forms(lexicon: Lexicon, bokmal: str) -> set[str]:
    """The bokmål word's inflected forms and those of the nynorsk words that mean it
    (nn_nb.tsv, or the same spelling), by the dictionaries' inflection rules; a form the
    lexicon reads as another word ("leiar" is a person, "kjøper" a buyer) is left out."""
    nynorsk = {nn for nn, nb in lexicon.nn_nb.items() if nb == bokmal}
    if bokmal in lexicon.nn.entries:
        nynorsk.add(bokmal)
    found = _inflected(lexicon.nb.entries, lexicon.nb.rules, bokmal)
    for word in nynorsk:
        found |= _inflected(lexicon.nn.entries, lexicon.nn.rules, word)
    return {
        form for form in found if len(form) >= 3 and lexicon.lemma(form) in (None, bokmal, *nynorsk)
    }


def _inflected(
    entries: dict[str, str],
    rules: dict[str, list[tuple[str, str, re.Pattern[str] | None]]],
    base: str,
) -> set[str]:
    flags = entries.get(base)
    forms = {base}
    if flags is None or flags.startswith("="):
        return forms
    for ending, options in rules.items():
        for flag, strip, condition in options:
            fits = condition is None or condition.search(base) is not None
            if flag in flags and base.endswith(strip) and fits:
                forms.add(base[: len(base) - len(strip)] + ending)
    return forms


def _generic_and_stop_nouns() -> list[str]:
    lexicon = _lexicon()
    generic = {w for w, (_, g) in vocabulary().word_kinds.items() if g}
    stop = {w for w in vocabulary().stopwords if len(w) >= 4 and lexicon.nb.is_base(w)}
    return sorted(generic | stop)


def test_every_form_of_a_generic_word_weighs_nothing() -> None:
    lexicon = _lexicon()
    words = _generic_and_stop_nouns()
    assert len(words) > 60  # the generic words and the stopword nouns
    failures = {
        (word, form, _content(form))
        for word in words
        if not _content(word)
        for form in _forms(lexicon, word)
        if _content(form)
    }
    assert not failures, sorted(failures)


@pytest.mark.parametrize(
    ("bokmal", "nynorsk"),
    [
        ("rammeavtale", ("rammeavtalar", "rammeavtalane", "rammeavtala", "rammeavtalene")),
        ("rammekontrakt", ("rammekontraktar", "rammekontraktane", "rammekontraktene")),
        ("delkontrakt", ("delkontraktar", "delkontraktane", "delkontrakten")),
        ("innkjøpsordning", ("innkjøpsordninga", "innkjøpsordningar")),
        ("tjeneste", ("tenester", "tenesta", "tenestene")),
        ("konsulent", ("konsulentar", "konsulentane")),
        ("rådgivning", ("rådgjeving", "rådgjevinga")),
        ("system", ("systemet", "systema")),
        ("utstyr", ("utstyret",)),
        ("materiell", ("materiellet",)),
        ("leveranse", ("leveransar", "leveransane")),
        ("drift", ("drifta",)),
        ("innkjøp", ("innkjøpet", "innkjøpa")),
        ("tilbud", ("tilbod", "tilboda", "tilbodet")),
    ],
)
def test_named_nynorsk_forms_weigh_nothing(bokmal: str, nynorsk: tuple[str, ...]) -> None:
    assert not _content(bokmal)
    for form in nynorsk:
        assert not _content(form), form
        # a specific word beside it still counts, read as in bokmål
        assert _content(f"{form} reinhald") == _content(f"{bokmal} renhold"), form


@pytest.mark.parametrize(
    "word",
    ["innkjøpsavtale", "innkjøpsavtalar", "kjøpsavtalane", "leveranseavtale", "leveringsavtalar"],
)
def test_a_compound_of_stopwords_and_generic_words_weighs_nothing(word: str) -> None:
    assert not _content(word)


def test_a_short_stopword_before_a_generic_word_is_an_acronym() -> None:
    assert _content("AV-utstyr")  # audiovisual equipment, not "av" + "utstyr"


#: English words a plan writes for the generic words and stopwords (singular; the plural is
#: made here).
ENGLISH = [
    "service",
    "system",
    "equipment",
    "supply",
    "consultancy",
    "consultant",
    "consulting",
    "framework",
    "agreement",
    "contract",
    "operation",
    "maintenance",
    "support",
    "solution",
    "material",
    "goods",
    "product",
    "item",
    "article",
    "installation",
    "work",
    "repair",
    "rental",
    "hire",
    "inspection",
    "monitoring",
    "advice",
    "advisory",
    "assistance",
    "subscription",
    "laboratory",
    "lab",
    "analysis",
    "purchase",
    "procurement",
    "delivery",
    "scheme",
]


@pytest.mark.parametrize("word", ENGLISH)
def test_english_generic_words_weigh_nothing(word: str) -> None:
    plural = word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"
    for form in dict.fromkeys((word, plural)):
        assert not _content(form), form


APART = [
    ("Rammeavtalane for reinhald", "Rammeavtalane for snørydding"),
    ("Rammekontraktar reinhald", "Rammekontraktar brøyting"),
    ("Delkontraktane skulemjølk", "Delkontraktane vaskemiddel"),
    ("Konsulentar økonomi", "Konsulentar arkitektur"),
    ("Tenester innan reinhald", "Tenester innan tolking"),
    ("Drifta av fagsystemet for barnevern", "Drifta av fagsystemet for byggesak"),
    ("Innkjøpsordningane for matvarer", "Innkjøpsordningane for drivstoff"),
    ("Konkurransegrunnlaget kontormøblar", "Konkurransegrunnlaget legemiddel"),
    ("Løysingar for booking", "Løysingar for lønn"),
    ("Innkjøpsavtalar skulemjølk", "Innkjøpsavtalar kopipapir"),
    ("Cleaning contracts", "Interpreting contracts"),
    ("Framework agreements for office supplies", "Framework agreements for workwear"),
    ("IT consultants", "Engineering consultants"),
    ("Consulting services for tax", "Consulting services for architecture"),
    ("Booking solution", "Payroll solution"),
    ("Maintenance contracts for lifts", "Maintenance contracts for vehicles"),
    ("Laboratory services for water", "Laboratory services for blood samples"),
    ("Building materials", "Medical materials"),
    ("Monitoring equipment", "Kitchen equipment"),
]


TOGETHER = [
    ("Rammeavtale renhold", "Rammeavtalane for reinhald"),
    ("Rammeavtale brøyting", "Rammekontraktar brøyting"),
    ("Tolketjenester", "Tolketenester"),
    ("Konsulenttjenester innen arkitektur", "Konsulentar arkitektur"),
    ("Renholdstjenester", "Cleaning services"),
    ("Kontorrekvisita", "Framework agreements for office supplies"),
    ("Vedlikehold av heiser", "Maintenance contracts for lifts"),
    ("Juridisk bistand", "Legal advisory services"),
]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [(*pair, False) for pair in APART] + [(*pair, True) for pair in TOGETHER],
)
def test_a_generic_word_alone_makes_no_pair_a_shared_need_does(
    first: str, second: str, same: bool
) -> None:
    """Unrelated needs sharing only a generic word are no pair; one need in bokmål and in
    nynorsk or English is."""
    assert explain_two(first, second).passes is same


def test_catalogue_labels_in_norwegian_and_english_meet() -> None:
    """A CPV code's Norwegian and English label, both ending in a generic word, are one need
    (the generic word is read alike and the specific word carries the pair)."""
    catalogue = full_catalogue()
    pairs = [
        catalogue[code]
        for code in ("90910000", "18000000", "90620000")
        if code in catalogue and all(catalogue[code])
    ]
    assert pairs
    for norwegian, english in pairs:
        assert explain_two(norwegian, english).passes, (norwegian, english)


@pytest.mark.parametrize(
    "text",
    [
        "Rammeavtale taktekking Bjørndal skole",
        "Rammeavtalen taktekking Bjørndal skole",
        "Rammeavtalane taktekking Bjørndal skule",
        "Rammekontraktar taktekking Bjørndal skule",
        "Innkjøpsordninga taktekking Bjørndal skule",
        "Framework agreements roofing Bjørndal school",
    ],
)
def test_a_framework_marker_in_any_form_makes_works_no_project(text: str) -> None:
    # works at one named building are a project of their own, a framework for them is not
    model = build_model(vocabulary(), full_catalogue())
    assert model.line(line(1, 1, "Taktekking Bjørndal skole"), frozenset()).project
    assert not model.line(line(1, 1, text), frozenset()).project, text
