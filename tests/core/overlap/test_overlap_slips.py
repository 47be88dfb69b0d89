"""Recall on words no corpus uses: a need written through a slip a keyboard makes.

«æ», «ø», «å» written without their marks ("ae", "oe", "aa", or "a", "o", "a": a keyboard or an
export without them) read as the word meant, while a real word that looks so ("maling") stays
itself; a slip that leaves a part no one writes ("tak" + "åking") or a function word ("vei" +
"alt") read as the word meant, while a compound of common words stays ("kulde" + "tjenester");
a compound written apart with a space or a hyphen ("varme pumper", "laste-biler") read as the
compound, while a hyphen after an acronym stays a joint ("IKT-utstyr")."""

from __future__ import annotations

import pytest
from overlap_helpers import full_catalogue, line, month, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.norwegian import Analyzer
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair


def _analyzer() -> Analyzer:
    return build_model(vocabulary(), full_catalogue()).analyzer


def _explain(first: str, second: str) -> PairExplanation:
    lines = [
        line(1, 1, first, period=month(2026, 9)),
        line(2, 2, second, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("broyteentreprenor", "brøyteentreprenør"),  # "o" for "ø", twice
        ("kjoretoy", "kjøretøy"),
        ("snoskjermer", "snøskjermer"),  # "sno" + "skjermer" as written: no need
        ("snoefres", "snøfres"),  # "oe" for "ø"
        ("varfeiing", "vårfeiing"),  # "var" is a word: the compound as written is none
    ],
)
def test_a_word_written_without_its_marks_is_the_word(written: str, meant: str) -> None:
    analyzer = _analyzer()
    assert analyzer.word(written) == analyzer.word(meant)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("takåking", "takmåking"),  # "tak" + "åking": a part no running text uses
        ("gatesoping", "gatesopping"),
        ("trafikksiring", "trafikksikring"),
        ("veialt", "veisalt"),  # "vei" + "alt": a function word is no part of a compound
        ("viesalt", "veisalt"),  # two letters swapped: "vi" + "salt"
    ],
)
def test_a_slip_that_leaves_a_rare_part_or_a_function_word_is_a_typo(
    written: str, meant: str
) -> None:
    analyzer = _analyzer()
    assert analyzer.word(written) == analyzer.word(meant)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("anleggsrakker", "anleggsbrakker"),  # "anlegg" + "rakker": no domain word, seldom written
        ("arbeidsriller", "arbeidsbriller"),  # "arbeid" + "rille"
        ("badevater", "badevakter"),  # "bade" + "vater"
    ],
)
def test_a_slip_that_leaves_an_odd_part_beside_a_domain_word_is_a_typo(
    written: str, meant: str
) -> None:
    # (recall16) the lexicon reads the slip as words, one of them no need a plan names and
    # seldom written; the domain word one edit away is meant
    analyzer = _analyzer()
    assert analyzer.word(written) == analyzer.word(meant)


def test_a_compound_of_common_words_near_a_domain_word_stays_itself() -> None:
    typos = _analyzer().typos
    assert typos is not None
    assert typos.corrected("kuldetjenester") == "kuldetjenester"  # not "kundetjenester"


@pytest.mark.parametrize("word", ["maling", "foring", "malere", "sagblad"])
def test_a_real_word_without_marks_stays_itself(word: str) -> None:
    # "maling" (paint) is no "måling", "foring" (lining) no "føring"
    typos = _analyzer().typos
    assert typos is not None
    assert typos.corrected(word) == word


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("laste-biler", "lastebiler"),  # a word the dictionaries list whole
        ("dyrlege-vakt", "dyrlegevakt"),  # a domain word ("dyr" + "legevakt" apart)
        ("rulle-stoler", "rullestoler"),
    ],
)
def test_a_hyphen_inside_a_word_is_no_joint(written: str, meant: str) -> None:
    analyzer = _analyzer()
    assert analyzer.word(written) == analyzer.word(meant)


def test_a_hyphen_after_an_acronym_stays_a_joint() -> None:
    analyzer = _analyzer()
    assert analyzer.word("ikt-utstyr")[1] == ("ikt", "utstyr")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Snobroyting av kommunale veier", "Brøyting og strøing"),  # no marks, another term
        ("Kjøp av varme pumper", "Rammeavtale varmepumper"),  # written apart
        ("Snø skjermer langs fylkesveien", "Snøfangere på tak"),  # apart, another term
        ("Laste-biler til teknisk drift", "Lastebil med kran"),  # a hyphen inside
    ],
)
def test_a_line_with_a_slip_finds_its_need(first: str, second: str) -> None:
    why = _explain(first, second)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    # the reason quotes the line's own words as they are written
    quoted_words_are_written(why, first, second)
