"""The same need in other words (issue 14, synonyms), on constructed lines with no CPV code.

Two terms of one need family group with no word in common (bokmål against nynorsk too); a
code the catalogue suggests for both lines from different words is no need by itself (it never
reaches the threshold alone; measured on real titles by ``scripts/probe_real_synonyms.py
--suggested``: such pairs are mostly unrelated notices), while the same words behind both
suggestions keep the code's weight; and the needs a thesaurus calls related (taxi and bus, fire
engine and police car, computers and servers) stay apart. The synonym probe's own list of real pairs is checked against what its
docstring says it holds.
"""

from __future__ import annotations

import numpy as np
import pytest

from kommunesamarbeid.core.overlap import DetectionSettings, build_model
from kommunesamarbeid.core.overlap.detect import _df_cap, place_names, read_together
from kommunesamarbeid.core.overlap.scoring import FeatureTable
from tests.conftest import SHARED
from tests.core.overlap.overlap_helpers import (
    REPO,
    assert_one_need,
    explain_two,
    full_catalogue,
    line,
    month,
    quoted_words_are_written,
    script,
    vocabulary,
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Vakthold i kommunale bygg", "Vektartenester"),
        ("Drosjetransport", "Taxitenester"),
        ("Snørydding ved skolene", "Brøyting av kommunale vegar"),
        ("Skuleskyss", "Skoletransport"),
    ],
)
def test_two_terms_of_one_need_group_without_a_word_in_common(first: str, second: str) -> None:
    assert_one_need(first, second)


def _suggested(texts: tuple[str, str]) -> list[tuple[str | None, str]]:
    model = build_model(vocabulary(), full_catalogue())
    lines = [line(n + 1, n + 1, text, period=month(2026, 9)) for n, text in enumerate(texts)]
    places = place_names(lines)
    return [(f.cpv, f.cpv_source) for f in (model.line(x, places) for x in lines)]


def test_a_code_suggested_for_both_lines_is_no_need_by_itself() -> None:
    texts = ("Laboratorieinstrumenter", "Kjøretøypåbygg")
    (code_a, source_a), (code_b, source_b) = _suggested(texts)
    # the precondition: the catalogue suggests one code for both, from different words
    assert code_a == code_b and code_a is not None
    assert source_a == source_b == "text"
    why = explain_two(*texts)
    assert not why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, *texts)


def test_a_code_suggested_from_words_that_end_alike_still_counts() -> None:
    """ "Fotografering" and "Skolefotografering" are one service: the code suggested for both
    keeps its weight (the last part is the same word), and without it they would not pass."""
    texts = ("Fotografering av elevar", "Skolefotografering")
    why = explain_two(*texts)
    assert why.passes, (why.evidence_for, why.evidence_against)
    assert any("CPV-kodene ligner" in reason for reason in why.evidence_for)
    quoted_words_are_written(why, *texts)


def test_one_code_suggested_from_the_same_words_still_counts() -> None:
    texts = ("Autoklaver til tannklinikken", "Autoklaver til legevakten")
    why = explain_two(*texts)
    assert why.passes, (why.evidence_for, why.evidence_against)
    assert any("CPV-kodene ligner" in reason for reason in why.evidence_for)
    quoted_words_are_written(why, *texts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Bussar til skuleskyss", "Drosjetransport"),
        ("Brannbilar", "Politibilar"),
        ("Datamaskiner til skolene", "Servere til datarommet"),
        ("Servere til datarommet", "Servering på møter"),
    ],
)
def test_needs_a_thesaurus_calls_related_stay_apart(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert not why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, first, second)


def test_a_written_code_on_one_side_does_not_sink_two_terms_of_one_need() -> None:
    model = build_model(vocabulary(), full_catalogue())
    lines = [
        line(1, 1, "Vakthold i kommunale bygg", cpv="79713000", period=month(2026, 9)),
        line(2, 2, "Vektartenester", period=month(2026, 9)),
    ]
    places = place_names(lines)
    features = read_together(model, [model.line(x, places) for x in lines])
    table = FeatureTable(features, model, 36, df_cap=_df_cap(len(lines)))
    a, b = np.array([0]), np.array([1])
    parts = table.components(a, b, table.similarity(a, b))
    assert float(parts["score"][0]) >= DetectionSettings().threshold
    assert not bool(parts["veto"][0])


def test_the_synonym_probe_lists_what_it_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every kept pair: two rows of different buyers with one specific main code (not works)
    and no content word in common, read as the engine reads them."""
    notices_path = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
    if not notices_path.exists():
        pytest.skip(f"Doffin-kunngjøringene mangler: {notices_path} (../shared er ikke lagt ved)")
    monkeypatch.syspath_prepend(str(REPO / "scripts"))  # the probes import each other
    probe = script("probe_real_synonyms")
    precision = script("probe_real_precision")
    notices = {n.number: n for n in precision.read_notices(notices_path)}
    model = build_model(vocabulary(), full_catalogue())
    kept = probe.kept_pairs()
    assert len(kept) >= 30
    for first, second, reason in kept:
        a, b = notices[first], notices[second]
        assert reason.strip()
        assert a.buyer != b.buyer
        assert a.main == b.main and not a.main.startswith("45")
        assert len(a.main.rstrip("0")) >= 5
        assert probe.content_words(model, a.title).isdisjoint(probe.content_words(model, b.title))
