"""Recall on words no corpus uses: misspelt words and wrong CPV codes.

Typos: a word no dictionary, text or vocabulary knows, one edit from a word they know (a letter
dropped, added, swapped or replaced; "aa" for "å"), is read as that word, also inside a compound
and in English; a real word is never read as another it looks like. Wrong codes: a written code
of another kind lowers the score of two lines whose words name one need, and never sinks it;
the reason says the codes disagree and which seems wrong."""

from __future__ import annotations

import pytest
from overlap_helpers import full_catalogue, line, month, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair
from kommunesamarbeid.core.overlap.typos import TypoReader


def _typos() -> TypoReader:
    reader = build_model(vocabulary(), full_catalogue()).analyzer.typos
    assert reader is not None
    return reader


def _explain(
    first: str, first_cpv: str | None, second: str, second_cpv: str | None
) -> PairExplanation:
    lines = [
        line(1, 1, first, cpv=first_cpv, period=month(2026, 9)),
        line(2, 2, second, cpv=second_cpv, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


# --- typos ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("brøyitng", "brøyting"),  # two letters swapped
        ("brøytng", "brøyting"),  # a letter dropped
        ("brøyyting", "brøyting"),  # a letter doubled
        ("brøxting", "brøyting"),  # a letter replaced
        ("broeyting", "brøyting"),  # "oe" for "ø"
    ],
)
def test_every_kind_of_slip_is_one_edit_from_the_word(typo: str, meant: str) -> None:
    assert meant in _typos().near(typo)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("skadedyrkontrol", "skadedyrkontroll"),  # a letter dropped
        ("vintervedlikhold", "vintervedlikehold"),  # dropped: the word fell apart in parts
        ("hjertestatrere", "hjertestartere"),  # two letters swapped
        ("advokattjenster", "advokattjenester"),  # dropped in a compound's head
        ("trygghetsalamer", "trygghetsalarmer"),  # dropped after a linking "s"
        ("brannalarmannlegg", "brannalarmanlegg"),  # doubled where the parts meet
    ],
)
def test_a_misspelt_word_is_read_as_the_word_meant(typo: str, meant: str) -> None:
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    assert analyzer.word(typo) == analyzer.word(meant)


@pytest.mark.parametrize(
    "word",
    [
        "kuldetjenester",  # kulde + tjenester: one edit from "kundetjenester", a real compound
        "årskontroll",  # år + kontroll, written as two words make it
        "datakabling",  # data + kabling: the word before is a word as written
        "oppmaling",  # a dictionary word one letter from "oppmåling"
        "bilvakt",  # a dictionary word one letter from "bilvask"
    ],
)
def test_a_real_word_is_never_read_as_another_it_looks_like(word: str) -> None:
    assert _typos().corrected(word) == word


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Skadedyrkontrol i kommunale bygg", "Skadedyrbekjempelse"),  # dropped letter
        ("Kantslaat langs kommunale veier", "Kantslått"),  # "aa" for "å" and a letter dropped
        ("Vintervedlikhold", "Brøyting og strøing"),  # the need named by another word
        ("Snow ploughnig", "Brøyting av kommunale veier"),  # an English word misspelt
    ],
)
def test_a_line_with_a_typo_finds_its_need(first: str, second: str) -> None:
    why = _explain(first, None, second, None)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    # the reason quotes the line's own word as it is written, typo and all
    assert any("Samme behov" in e for e in why.evidence_for), why.evidence_for
    quoted_words_are_written(why, first, second)


def test_two_real_words_one_letter_apart_stay_two_needs() -> None:
    why = _explain("Kuldetjenester", None, "Kundetjenester", None)
    assert not why.passes, why.evidence_for


# --- wrong codes --------------------------------------------------------------------------------


def test_a_goods_code_on_an_inspection_never_sinks_the_same_words() -> None:
    # playground equipment (goods) written on an inspection, technical inspection on the other
    why = _explain("Lekeplassinspeksjon", "37535200", "Lekeplassinspeksjon, årlig", "71631000")
    assert why.passes, (why.score, why.evidence_against)
    against = " ".join(why.evidence_against)
    assert "CPV-kodene i planene er av ulik art" in against
    assert "ser feil ut" in against
    quoted_words_are_written(why, "Lekeplassinspeksjon", "Lekeplassinspeksjon, årlig")


def test_codes_of_two_divisions_the_words_both_contradict_are_both_named() -> None:
    why = _explain("Feiing av pipeløp", "44000000", "Pipeløp, feiing", "45000000")
    assert why.passes, (why.score, why.evidence_against)
    assert any("begge kodene ser feil ut" in e for e in why.evidence_against)


def test_a_wrong_code_still_lowers_the_score() -> None:
    right = _explain("Lekeplassinspeksjon", "71631000", "Lekeplassinspeksjon, årlig", "71631000")
    wrong = _explain("Lekeplassinspeksjon", "37535200", "Lekeplassinspeksjon, årlig", "71631000")
    assert wrong.score < right.score


# --- synonyms and English ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Støvsugere og bonemaskiner til renholdsavdelingen", "Gulvvaskemaskiner"),
        ("Yrkesklær til ansatte i hjemmetjenesten", "Arbeidstøy"),
        ("Revisortjenester", "Forvaltningsrevisjon"),
        ("Garbage trucks", "Renovasjonsbiler med komprimator"),
        ("Security cameras for schools", "Kameraovervåking av skolegårder"),
        ("Pyrotekniske artikler til nyttårsaften", "Fyrverkeri"),
        ("Household appliances for care homes", "Hvitevarer til omsorgsboliger"),
        ("Landmålingsinstrumenter", "GNSS-utstyr og totalstasjon"),
        ("Nødstrømsforsyning til sykehjem", "Reservekraftaggregat"),
        ("Rørtjenester i kommunale bygg", "Rørleggerarbeid"),
    ],
)
def test_the_same_need_in_other_words_is_one_need(first: str, second: str) -> None:
    why = _explain(first, None, second, None)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    assert any("Samme behov" in e for e in why.evidence_for), why.evidence_for
    quoted_words_are_written(why, first, second)
