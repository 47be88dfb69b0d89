"""When the group decides: explain says how each line fits the stored overlaps where the pair's
own score and the overlaps say different things (``core.overlap.group_fit``), in bokmål and
nynorsk. The figures are measured with detection's own test for a member."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from kommunesamarbeid.core.explain_texts import explain_in, explained
from kommunesamarbeid.core.overlap.group_fit import (
    RULE,
    GroupFit,
    fit_sentence,
    group_fit,
    group_fit_evidence,
)
from kommunesamarbeid.core.overlap.score_matrices import PairScores

THRESHOLD = 0.55


@dataclass
class _Table:
    """Scores of invented lines (row = line id - 1), as ``FeatureTable.matrix`` gives them."""

    score: np.ndarray
    municipality: np.ndarray

    def matrix(self, lines: np.ndarray) -> PairScores:
        inside = np.ix_(lines, lines)
        veto = np.eye(len(lines), dtype=bool)
        return PairScores(self.score[inside].astype(np.float32), veto)


def _table(scores: dict[tuple[int, int], float], municipalities: list[int]) -> _Table:
    n = len(municipalities)
    matrix = np.zeros((n, n), dtype=np.float32)
    for (a, b), value in scores.items():
        matrix[a - 1, b - 1] = matrix[b - 1, a - 1] = value
    return _Table(matrix, np.array(municipalities, dtype=np.int64))


#: Lines 1-3 a group of three near-duplicates; line 4 fits line 1 but scores low with 2 and 3.
_SPLIT = _table(
    {(1, 2): 0.9, (1, 3): 0.9, (2, 3): 0.9, (4, 1): 0.7, (4, 2): 0.3, (4, 3): 0.35},
    [1, 2, 3, 4],
)
_INDEX = {line: line - 1 for line in range(1, 5)}


def test_a_pair_over_the_threshold_left_apart_says_the_line_misses_the_group() -> None:
    pro, con = group_fit_evidence(_SPLIT, _INDEX, (4, 1), True, {7: [1, 2, 3]}, THRESHOLD)
    assert pro == []
    assert con == ["Linje 4 passer med 1 av 3 linjer i overlapp nr. 7 (snitt 0,45)", RULE]


def test_a_pair_under_the_threshold_in_one_group_says_both_fit_the_rest() -> None:
    table = _table({(1, 2): 0.5, (1, 3): 0.8, (2, 3): 0.7}, [1, 2, 3])
    pro, con = group_fit_evidence(
        table, {1: 0, 2: 1, 3: 2}, (1, 2), False, {3: [1, 2, 3]}, THRESHOLD
    )
    assert con == []
    assert pro == [
        "Linje 1 passer med 1 av 2 andre linjer i overlapp nr. 3 (snitt 0,65)",
        "Linje 2 passer med 1 av 2 andre linjer i overlapp nr. 3 (snitt 0,60)",
        RULE,
    ]


def test_nothing_is_added_where_the_pair_score_and_the_groups_agree() -> None:
    # over the threshold and together; under it and apart
    assert group_fit_evidence(_SPLIT, _INDEX, (1, 2), True, {7: [1, 2, 3]}, THRESHOLD) == ([], [])
    assert group_fit_evidence(_SPLIT, _INDEX, (4, 2), False, {7: [1, 2, 3]}, THRESHOLD) == ([], [])


def test_a_line_that_fits_the_other_group_is_not_said_to_miss_it() -> None:
    # line 4 fits lines 1 and 2 (mean 0.6, two of three): the group is not why they are apart
    table = _table(
        {(1, 2): 0.9, (1, 3): 0.9, (2, 3): 0.9, (4, 1): 0.7, (4, 2): 0.7, (4, 3): 0.4},
        [1, 2, 3, 4],
    )
    assert group_fit_evidence(table, _INDEX, (4, 1), True, {7: [1, 2, 3]}, THRESHOLD) == ([], [])


def test_a_line_of_a_municipality_already_in_the_group_is_measured_against_the_others() -> None:
    # line 4 is of line 1's municipality: only lines 2 and 3 count
    table = _table(
        {(1, 2): 0.9, (1, 3): 0.9, (2, 3): 0.9, (4, 1): 0.95, (4, 2): 0.3, (4, 3): 0.6},
        [1, 2, 3, 1],
    )
    fit = group_fit(table, _INDEX, 4, (5, [1, 2, 3]), THRESHOLD)
    assert fit == GroupFit(4, 5, pytest.approx(0.45), 1, 2, between=True, member=False)
    assert fit is not None and not fit.fits_group(THRESHOLD)
    assert fit_sentence(fit) == (
        "Linje 4 passer med 1 av 2 linjer fra andre kommuner i overlapp nr. 5 (snitt 0,45)"
    )


def test_a_group_with_no_other_member_among_the_lines_says_nothing() -> None:
    assert group_fit(_SPLIT, {1: 0}, 1, (2, [1, 9]), THRESHOLD) is None


@pytest.mark.parametrize(
    "fit",
    [
        GroupFit(12, 3, 0.482, 1, 3, between=False, member=False),
        GroupFit(12, 3, 0.61, 2, 3, between=False, member=True),
        GroupFit(12, 3, 0.5, 1, 2, between=True, member=True),
    ],
)
def test_every_group_sentence_has_a_nynorsk_rendering(fit: GroupFit) -> None:
    for sentence in (fit_sentence(fit), RULE):
        assert explained(sentence), sentence
        nynorsk = explain_in(sentence, "nn")
        assert nynorsk != sentence
        assert explain_in(sentence, "nb") == sentence
    assert "passar med" in explain_in(fit_sentence(fit), "nn")
    assert "overlapp nr. 3" in explain_in(fit_sentence(fit), "nn")


def test_explain_says_when_a_stored_group_holds_both_and_what_it_measured() -> None:
    from overlap_helpers import full_catalogue, line, month, vocabulary

    from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps
    from kommunesamarbeid.core.overlap.pair import explain_pair

    texts = [
        "Slaghammere og borhammere til driftsavdelingen",
        "Borhammer og slaghammer, verktøy til vaktmestrene",
        "Slaghammere og borhammere for teknisk drift",
        "Fuglekasser til naturskolen",
    ]
    lines = [line(k + 1, k + 1, text, period=month(2027, 4)) for k, text in enumerate(texts)]
    catalogue, words = full_catalogue(), vocabulary()
    groups = detect_overlaps(lines, catalogue, words, DetectionSettings())
    held = {n: list(g.line_ids) for n, g in enumerate(groups, start=1) if 1 in g.line_ids}
    assert held  # the three hammer lines are one need
    number, members = next(iter(held.items()))
    other = next(i for i in members if i != 1)
    why = explain_pair(lines, catalogue, words, 1, other, DetectionSettings(), held)
    assert why.grouped
    assert why.evidence_for[0] == f"Begge er med i overlapp nr. {number}"
    assert why.would_group == []
    apart = explain_pair(lines, catalogue, words, 1, 4, DetectionSettings(), held)
    assert not apart.grouped
    assert not any("overlapp nr." in s for s in apart.evidence_for + apart.evidence_against)
