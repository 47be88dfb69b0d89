"""An acronym ("SSA", "PVU-innkj.") is read as the words another line of the run spells it
out with: the first letters of a compound's parts, or of the words before it in brackets.
Words no corpus line uses."""

from __future__ import annotations

from kommunesamarbeid.core.overlap import DetectionSettings, build_model
from kommunesamarbeid.core.overlap.detect import read_together
from kommunesamarbeid.core.overlap.pair import explain_pair
from tests.core.overlap.overlap_helpers import (
    assert_apart,
    assert_one_family,
    full_catalogue,
    line,
    month,
    quoted_words_are_written,
    vocabulary,
)


def test_an_acronym_of_a_compound_s_parts_reads_as_the_compound() -> None:
    assert_one_family("Sykesignalanlegg på omsorgssenteret", "SS-anlegg omsorgssenteret")
    assert_one_family("Snøfresere til parkavdelingen", "SF-maskiner parkavdelingen")
    assert_one_family("Trygghetsalarmer til hjemmeboende", "TA-leie hjemmeboende")


def test_a_compound_s_initials_with_no_other_word_in_common_are_not_read() -> None:
    # initials fit too many compounds of a large run ("RA" is rammeavtale, not a
    # "reserveaggregat"): read only beside another word the lines share, or where a line
    # spells the acronym out beside it
    assert_apart("Kopimaskiner til skolene", "KM-leie")
    assert_apart("Kjølevannspumper til kjøkkenet", "KVP-målere")


def test_a_line_whose_words_name_a_need_keeps_its_own_reading() -> None:
    # "SS" beside "lønnssystem" is not the "sykesignalanlegg" of another line
    texts = ["Sykesignalanlegg på omsorgssenteret", "SS og lønnssystem omsorgssenteret"]
    model = build_model(vocabulary(), full_catalogue())
    read = read_together(
        model, [model.line(line(n, n, t), frozenset()) for n, t in enumerate(texts, start=1)]
    )
    assert "ss" in read[1].main_keys, read[1].main_keys
    assert_apart(*texts)


def test_an_acronym_spelt_out_in_brackets_reads_as_those_words() -> None:
    assert_one_family(
        "Personlig verneutstyr (PVU) til driftsavdelingen", "PVU-innkj. driftsavdelingen"
    )


def test_a_word_in_capitals_no_line_spells_out_stays_as_written() -> None:
    assert_apart("Sykesignalanlegg på omsorgssenteret", "KTV omsorgssenteret")


def test_an_acronym_two_compounds_spell_out_is_read_as_neither() -> None:
    texts = ["Sykesignalanlegg til bofellesskap", "Solskjerming av skolebygg", "SS-avtale"]
    lines = [line(n, n, t, period=month(2026, 9)) for n, t in enumerate(texts, start=1)]
    for other in (1, 2):
        why = explain_pair(lines, full_catalogue(), vocabulary(), other, 3, DetectionSettings())
        assert not why.passes, (texts[other - 1], why.evidence_for)
        quoted_words_are_written(why, texts[other - 1], texts[2])


def test_the_line_s_other_words_say_which_compound_an_acronym_means() -> None:
    texts = ["Sykesignalanlegg til bofellesskap", "Solskjerming av skolebygg", "SS bofellesskap"]
    lines = [line(n, n, t, period=month(2026, 9)) for n, t in enumerate(texts, start=1)]
    why = explain_pair(lines, full_catalogue(), vocabulary(), 1, 3, DetectionSettings())
    assert why.passes, why.evidence_against
    assert any(e.startswith("Samme behov") for e in why.evidence_for), why.evidence_for
    quoted_words_are_written(why, texts[0], texts[2])
