"""An overlap is a need shared between municipalities: how alike two lines of one municipality
are says nothing about whether a third municipality's line is the same need. Grouping compares
clusters, and measures a member, on the pairs of lines from different municipalities only."""

from __future__ import annotations

import numpy as np
import pytest

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps, grouping
from kommunesamarbeid.core.overlap.score_matrices import PairScores
from kommunesamarbeid.core.reason_texts import reason_in
from tests.core.overlap.overlap_helpers import full_catalogue, line, month, vocabulary

THRESHOLD = 0.55


def _pair(score: np.ndarray, veto: np.ndarray | None = None) -> PairScores:
    score = score.astype(np.float32)
    if veto is None:
        veto = np.zeros(score.shape, dtype=bool)
    return PairScores(score=score, veto=veto)


def _random_case(
    rng: np.random.Generator, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Scores of lines in a few needs, a few vetoed pairs, and municipalities with two or more
    lines in some of them."""
    need = rng.integers(0, max(2, n // 4), n)
    near = rng.uniform(0.45, 1.0, (n, n))
    far = rng.uniform(0.0, 0.6, (n, n))
    score = np.where(need[:, None] == need[None, :], near, far).astype(np.float32)
    score = np.triu(score, 1)
    score = score + score.T
    veto = np.triu(rng.random((n, n)) < 0.03, 1)
    veto = veto | veto.T
    municipality = rng.integers(0, max(2, n // 2), n).astype(np.int64)
    return score, veto, municipality, need


def test_a_line_joins_the_group_it_is_tied_to_across_municipalities() -> None:
    # 0 and 1 are two different lines of municipality 1; 2 (municipality 2) is tied to both
    # (0.9 and 0.95); 3 (municipality 3) is tied to 0 more weakly (0.6) and to 1 and 2 not.
    # Counting the pair of municipality 1 (0.1), line 0 did not fit with 1 and 2 on average
    # and went with 3; between municipalities it is tied to 2 more strongly than to 3.
    score = np.array(
        [
            [0.0, 0.1, 0.9, 0.6],
            [0.1, 0.0, 0.95, 0.2],
            [0.9, 0.95, 0.0, 0.3],
            [0.6, 0.2, 0.3, 0.0],
        ]
    )
    pair = _pair(score)
    before = grouping._average_linkage(pair.score, pair.veto, THRESHOLD)
    assert sorted(map(sorted, before)) == [[0, 3], [1, 2]]
    clusters = grouping.cluster_component(pair, THRESHOLD, np.array([1, 1, 2, 3]))
    assert sorted(sorted(c) for c in clusters) == [[0, 1, 2]]
    members, means, fits = grouping.coherent_fit(
        pair.score[np.ix_([0, 1, 2], [0, 1, 2])], THRESHOLD, np.array([1, 1, 2])
    )
    assert members == [0, 1, 2]  # each measured against the other municipality's line
    assert fits == [1, 1, 2]
    assert means == pytest.approx([0.9, 0.95, 0.925])


def test_two_lines_of_one_municipality_alone_are_never_merged() -> None:
    pair = _pair(np.array([[0.0, 0.99], [0.99, 0.0]]))
    assert grouping.cluster_component(pair, THRESHOLD, np.array([4, 4])) == []


def test_a_veto_between_two_lines_of_one_municipality_still_parts_them() -> None:
    score = np.array([[0.0, 0.9, 0.9], [0.9, 0.0, 0.9], [0.9, 0.9, 0.0]])
    veto = np.zeros((3, 3), dtype=bool)
    veto[0, 1] = veto[1, 0] = True
    clusters = grouping.cluster_component(_pair(score, veto), THRESHOLD, np.array([1, 1, 2]))
    assert len(clusters) == 1 and sorted(clusters[0]) in ([0, 2], [1, 2])


@pytest.mark.parametrize("size", [6, 30])  # the plain-Python path and the numpy one
def test_scores_within_one_municipality_never_change_the_groups(size: int) -> None:
    rng = np.random.default_rng(size)
    checked = 0
    for _ in range(150):
        score, veto, municipality, _ = _random_case(rng, size)
        same = (municipality[:, None] == municipality[None, :]) & ~np.eye(size, dtype=bool)
        if not same.any():
            continue
        other = rng.uniform(0.0, 1.0, (size, size)).astype(np.float32)
        other = np.triu(other, 1) + np.triu(other, 1).T
        changed = np.where(same, other, score).astype(np.float32)
        first = grouping.cluster_component(_pair(score, veto), THRESHOLD, municipality)
        second = grouping.cluster_component(_pair(changed, veto), THRESHOLD, municipality)
        assert sorted(map(sorted, first)) == sorted(map(sorted, second))
        for cluster in first:
            fit = grouping.coherent_fit(
                score[np.ix_(cluster, cluster)], THRESHOLD, municipality[cluster]
            )
            fit_changed = grouping.coherent_fit(
                changed[np.ix_(cluster, cluster)], THRESHOLD, municipality[cluster]
            )
            assert fit == fit_changed
        checked += 1
    assert checked > 100


def test_small_and_numpy_paths_merge_alike_with_lines_of_one_municipality(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(18)
    cases = [_random_case(rng, int(rng.integers(2, 30))) for _ in range(300)]
    small = [grouping.cluster_component(_pair(s, v), THRESHOLD, m) for s, v, m, _ in cases]
    monkeypatch.setattr(grouping, "_SMALL", 0)  # every component through numpy
    large = [grouping.cluster_component(_pair(s, v), THRESHOLD, m) for s, v, m, _ in cases]
    assert small == large
    assert sum(len(c) > 1 for c in small) > 30


def test_one_line_per_municipality_groups_as_before() -> None:
    rng = np.random.default_rng(19)
    for _ in range(200):
        n = int(rng.integers(2, 30))
        score, veto, _, _ = _random_case(rng, n)
        municipality = np.arange(n, dtype=np.int64)
        pair = _pair(score, veto)
        assert grouping.cluster_component(pair, THRESHOLD, municipality) == (
            grouping._average_linkage(pair.score, pair.veto, THRESHOLD)
        )
        assert grouping.coherent_fit(pair.score, THRESHOLD, municipality) == (
            grouping.coherent_fit(pair.score, THRESHOLD)
        )


def test_member_reason_says_it_is_measured_against_other_municipalities() -> None:
    lines = [
        line(1, 1, "Renhold av skoler", period=month(2026, 9)),
        line(2, 1, "Renhold av sykehjem", period=month(2026, 9)),
        line(3, 2, "Renholdstjenester i kommunale bygg", period=month(2026, 9)),
        line(4, 3, "Renhold av kommunale bygg", period=month(2026, 9)),
    ]
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    assert len(groups) == 1 and set(groups[0].line_ids) == {1, 2, 3, 4}
    first = {m.line_id: m.reasons[0] for m in groups[0].members}
    for own in (1, 2):  # measured against lines 3 and 4
        assert first[own].startswith("Passer med ")
        assert " av 2 linjer fra andre kommuner i gruppen (snitt " in first[own]
        assert "linjer frå andre kommunar i gruppa" in reason_in(first[own], "nn")
    for alone in (3, 4):  # one line of its municipality: all three others
        assert " av 3 andre linjer i gruppen (snitt " in first[alone]


def test_small_and_numpy_fits_between_measure_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(20)
    cases = [_random_case(rng, int(rng.integers(2, 8))) for _ in range(1000)]
    small = [grouping.fits_between(s, THRESHOLD, m) for s, _, m, _ in cases]
    monkeypatch.setattr(grouping, "_PLAIN_SUMS", 0)  # every group through numpy
    large = [grouping.fits_between(s, THRESHOLD, m) for s, _, m, _ in cases]
    assert small == large  # means (to the last bit), fits and how many were counted
