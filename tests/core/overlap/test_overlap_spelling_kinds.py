"""Near spellings of one long word, and kinds that are only guessed, on words no corpus uses.

Near spellings: nynorsk and bokmål forms the dictionaries do not link ("sløkkjing" /
"slokking") and typos in long compounds are one word (the nynorsk plurals of bokmål nouns,
"-arar" / "-ere", the lexicon now reads as the noun itself: ``test_nynorsk_reading``); two different words of one
dictionary a letter apart, compounds that differ in such a word, and short words are never
read as one. Kinds: a supply against a service, read from the words or a suggested code, lowers
the score only a little and never outweighs a shared specific word; separate works projects stay
apart."""

from __future__ import annotations

import subprocess
import sys

import pytest
from overlap_helpers import (
    REPO,
    explain_two,
    full_catalogue,
    line,
    month,
    quoted_words_are_written,
    vocabulary,
)

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.spelling import MIN_LENGTH, is_variant, merge_spellings


def _mapping(*texts: str) -> dict[str, str]:
    model = build_model(vocabulary(), full_catalogue())
    features = [model.line(line(n, n, t), frozenset()) for n, t in enumerate(texts, start=1)]
    return merge_spellings(features, vocabulary().senses)[1]


# --- near spellings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # nynorsk in a long compound («reingjering» is a listed pair now, read as the word)
        ("Brannslokkingsapparater", "Brannsløkkjingsapparat"),
        ("Isolasjonsmateriell", "Isolasjonsmatriell"),  # a typo
    ],
)
def test_near_spellings_of_a_long_word_are_one_word(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    spelling = [e for e in why.evidence_for if "skrivemåter av samme ord" in e]
    assert spelling, why.evidence_for
    # each line's own word, as it is written
    assert f"i linje 1 og «{second.split()[0].lower()}» i linje 2" in spelling[0]
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Høytrykksspylere", "Høytrykksspylarar"),  # a nynorsk agent noun's plural
        ("Klatrestativer", "Klatrestativar"),  # -ar / -er plural the dictionaries lack
        ("Snøfresere til vaktmestere", "Snøfreserar til vaktmeistrar"),
    ],
)
def test_nynorsk_plurals_the_dictionaries_lack_are_one_word(first: str, second: str) -> None:
    # read as the bokmål noun by the lexicon (``Lexicon._nynorsk_ending``), before any
    # near spelling is needed
    why = explain_two(first, second)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, first, second)


def test_a_near_spelling_reaches_the_candidates_and_the_group_reasons() -> None:
    lines = [
        line(1, 1, "Brannslokkingsapparater", period=month(2026, 9)),
        line(2, 2, "Brannsløkkjingsapparat", period=month(2026, 10)),
        line(3, 3, "Kontorstoler", period=month(2026, 9)),
    ]
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    assert [g.line_ids for g in groups] == [(1, 2)]
    shared = [r for r in groups[0].reasons if r.startswith("Felles ord")]
    assert shared == [
        "Felles ord: «brannslokkingsapparater» / «brannsløkkjingsapparat» (skrivemåter av samme ord)"
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Evakuering", "Evaluering"),  # two words of the bokmål dictionary
        ("Avlastning", "Avkastning"),
        ("Evakueringsplaner", "Evalueringsplaner"),  # compounds differing in such a word
        ("Forseglingsutstyr", "Fordelingsutstyr"),  # the words around the difference
        ("Bruprosjekter", "Båtprosjekter"),  # two common short words
    ],
)
def test_two_different_words_a_letter_apart_are_not_one_word(first: str, second: str) -> None:
    assert not any(is_variant(k) for k in _mapping(first, second).values())
    assert not explain_two(first, second).passes


@pytest.mark.parametrize(("first", "second"), [("Knivblad", "Knivbald"), ("Vektar", "Vekter")])
def test_short_words_are_never_read_as_near_spellings(first: str, second: str) -> None:
    assert len(first) < MIN_LENGTH
    assert _mapping(first, second) == {}


def test_near_spellings_are_the_same_in_every_process() -> None:
    full_catalogue()  # the children need it too: skip here, with the reason, when it is absent
    code = (
        "import sys; sys.path.insert(0, 'tests/core/overlap'); "
        "from test_overlap_spelling_kinds import _mapping; "
        "print(sorted(_mapping('Brannslokkingsapparater', 'Brannsløkkjingsapparat', 'Høytrykkspylere',"
        " 'Høytrykksspylere', 'Klatrestativer').items()))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    assert "≈" in runs.pop()


# --- kinds that are guessed -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("supply", "service"),
    [
        ("Minigraverleie", "Leie av minigravere"),
        ("Gravemaskinleige", "Gravemaskinleie"),
        ("Luftrensere", "Leie av luftrensere"),
    ],
)
def test_a_guessed_kind_does_not_outweigh_a_shared_specific_word(supply: str, service: str) -> None:
    why = explain_two(supply, service)
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    assert not any(e.startswith("Ulik art") for e in why.evidence_against)
    quoted_words_are_written(why, supply, service)


def test_a_guessed_kind_without_a_shared_word_lowers_a_little_and_says_so() -> None:
    # (a kind guessed from the code suggested for the word's head, "tenger"; "Høytrykksspylere"
    # had its code from its first part, "høytrykk", and has none now; "Rørkameraer" is read
    # as "rørkamera" since readings13, a word of the pipe inspection family)
    why = explain_two("Rørtenger", "Spyling av avløpsledninger")
    assert not why.passes
    against = [e for e in why.evidence_against if e.startswith("Ulik art")]
    assert len(against) == 1 and "bare gjettet" in against[0], why.evidence_against


def test_a_works_kind_keeps_its_weight() -> None:
    why = explain_two("Ventilasjonsvifter", "Ventilasjonsarbeider i bygg")
    assert not why.passes
    assert any(
        e.startswith("Ulik art: ") and "bygge- og anleggsarbeid" in e for e in why.evidence_against
    ), why.evidence_against


def test_separate_works_projects_stay_apart_though_they_share_a_specific_word() -> None:
    why = explain_two("Bygging av ny gangbru ved Storfoss", "Bygging av ny gangbru ved Lillefoss")
    assert not why.passes
    assert any("enkeltstående bygg- eller anleggsprosjekt" in e for e in why.evidence_against)
