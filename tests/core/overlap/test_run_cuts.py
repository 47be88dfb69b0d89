"""Words cut short read by the run (``run_cuts``): a cut the word lists cannot read, or read as
a word the run does not write, is read as the one word the run's other lines write whole that
starts with it; among several, the one written in lines of the cut's CPV division. A word of
its own before a full stop that may end a sentence is left as it is, and every reason quotes
the cut as the line writes it. Words no corpus uses."""

from __future__ import annotations

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps
from kommunesamarbeid.core.overlap.detect import build_model, place_names, read_together
from kommunesamarbeid.core.overlap.features import LineFeatures
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.pair import explain_pair
from tests.core.overlap.overlap_helpers import (
    full_catalogue,
    line,
    month,
    quoted_words_are_written,
    vocabulary,
)

#: Lines of other needs, so that the run is more than the lines a test looks at.
_OTHERS = (
    "Brøyting av kommunale veier",
    "Kontorrekvisita til rådhuset",
    "Tolketjenester for flyktningtjenesten",
)


def _run(*texts: str | tuple[str, str]) -> list[MatchLine]:
    """One line a municipality per text (a text and its CPV code, or a text), in one month."""
    lines = []
    for n, item in enumerate((*texts, *_OTHERS), start=1):
        text, code = item if isinstance(item, tuple) else (item, None)
        lines.append(line(n, n, text, cpv=code, period=month(2026, 9)))
    return lines


def _read(lines: list[MatchLine]) -> list[LineFeatures]:
    model = build_model(vocabulary(), full_catalogue())
    places = place_names(lines)
    return read_together(model, [model.line(one, places) for one in lines], places)


def _keys(feature: LineFeatures) -> set[str]:
    return set(feature.terms)


def test_a_cut_no_list_reads_is_the_one_word_the_run_writes_so() -> None:
    lines = _run("Lydabs. til kantina", "Lydabsorbenter til personalrommet")
    cut, whole = _read(lines)[:2]
    assert _keys(cut) & _keys(whole) - {"til"}
    # the reading quotes the cut as the line writes it
    assert set(cut.surfaces.values()) <= {"lydabs", "kantina", "kantine"}


def test_a_cut_read_as_a_word_the_run_does_not_write_is_read_as_the_runs_word() -> None:
    # the word lists read "isbr." as "isbryting"; the run writes "isbrodder"
    lines = _run("Isbr. t/ hjemmetjenesten", "Isbrodder til ansatte i hjemmetjenesten")
    cut, whole = _read(lines)[:2]
    assert "isbryting" not in _keys(cut)
    assert _keys(cut) & _keys(whole) - {"hjem+tjeneste", "hjemmetjeneste", "hjem", "tjeneste"}


def test_the_cpv_division_of_the_line_picks_among_the_runs_words() -> None:
    lines = _run(
        ("Lydabs. t/ kantina", "39150000"),
        ("Lydabsorbenter til personalrommet", "39150000"),
        ("Lydabsorpsjonsmåling i gymsalen", "71600000"),
    )
    cut, goods = _read(lines)[:2]
    assert "lyd+absorbent" in _keys(cut) & _keys(goods)
    assert not any("absorpsjon" in key for key in _keys(cut))


def test_a_cut_the_run_writes_two_ways_in_one_division_is_left_alone() -> None:
    lines = _run("Lydabs. t/ kantina", "Lydabsorbenter til personalrommet", "Lydabsorpsjonsmåling")
    cut = _read(lines)[0]
    assert "lydabs" in _keys(cut)


def test_a_word_before_a_full_stop_ending_the_text_is_a_word() -> None:
    # "bil." ends the text: a word, not the start of the run's "bilagsskanning"
    lines = _run("Leie av bil.", "Bilagsskanning for regnskapet")
    assert "bil" in _keys(_read(lines)[0])


def test_a_word_before_a_full_stop_in_the_middle_of_a_text_may_be_a_cut() -> None:
    # "Kjøl." before a small letter ends no sentence: the run's "kjølemontører"
    lines = _run("Kjøl. og frysere t/ storkjøkken", "Kjøleskap til skolekjøkkenene")
    cut, whole = _read(lines)[:2]
    assert _keys(cut) & _keys(whole)


def test_a_compound_cut_in_both_parts_is_the_runs_word() -> None:
    # the word lists read "klatrev.grep" as junk ("klatre" + "valuering" + "grep")
    lines = _run("Klatrev.grep t/ gymsal", "Klatreveggrep til gymsalen")
    cut, whole = _read(lines)[:2]
    assert not any("valuering" in key for key in _keys(cut))
    assert _keys(cut) & _keys(whole) - {"gymsal", "sal"}


def test_lines_read_so_are_grouped_and_their_reasons_quote_the_cut() -> None:
    lines = _run("Lydabs. t/ kantina", "Lydabsorbenter til personalrommet")
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    assert any({1, 2} <= set(g.line_ids) for g in groups)
    why = explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())
    assert why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, lines[0].description, lines[1].description)
    assert any("lydabs" in reason for reason in why.evidence_for)
