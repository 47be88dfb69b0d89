"""Grouping's plain-Python paths for small components and groups give exactly what its numpy
paths give: the same clusters, members, means and fits (results must not move with speed)."""

from __future__ import annotations

import numpy as np
import pytest

from kommunesamarbeid.core.overlap import grouping


def _matrix(rng: np.random.Generator, n: int, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric float32 scores of lines in a few clusters (some exactly at the threshold as
    float32, and just beside it), with a few vetoed pairs; the diagonal 0 and vetoed."""
    labels = rng.integers(0, max(2, n // 5), n)
    near = rng.uniform(0.45, 1.0, (n, n))
    far = rng.uniform(0.0, 0.6, (n, n))
    score = np.where(labels[:, None] == labels[None, :], near, far).astype(np.float32)
    edge = np.float32(threshold)
    spots = rng.random((n, n)) < 0.1
    score[spots] = rng.choice(
        np.array([edge, np.nextafter(edge, np.float32(0)), np.nextafter(edge, np.float32(1))]),
        int(spots.sum()),
    )
    score = np.triu(score, 1)
    score = score + score.T
    veto = np.triu(rng.random((n, n)) < 0.03, 1)
    veto = veto | veto.T
    np.fill_diagonal(veto, True)
    return score, veto


@pytest.mark.parametrize("threshold", [0.3, 0.55, 0.7000000000000001])
def test_small_average_linkage_merges_as_the_numpy_one(
    threshold: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(16)
    cases = [_matrix(rng, int(rng.integers(2, 30)), threshold) for _ in range(300)]
    small = [grouping._average_linkage(s, v, threshold) for s, v in cases]
    monkeypatch.setattr(grouping, "_SMALL", 0)  # every component through numpy
    large = [grouping._average_linkage(s, v, threshold) for s, v in cases]
    assert small == large
    assert sum(len(c) > 1 for c in small) > 30  # components that split


@pytest.mark.parametrize("threshold", [0.3, 0.55, 0.7000000000000001])
def test_small_coherence_keeps_and_measures_as_the_numpy_one(
    threshold: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(17)
    cases = [_matrix(rng, int(rng.integers(2, 8)), threshold)[0] for _ in range(2000)]
    small = [grouping.coherent_fit(s, threshold) for s in cases]
    monkeypatch.setattr(grouping, "_PLAIN_SUMS", 0)  # every group through numpy
    large = [grouping.coherent_fit(s, threshold) for s in cases]
    assert small == large  # members, means (to the last bit) and fits
    assert sum(len(members) < len(s) for (members, _, _), s in zip(small, cases, strict=True)) > 50


def test_family_pairs_skip_only_edges_their_words_already_scored_alike() -> None:
    """A pair found by a shared need is left out of the second scoring only where the words
    already made it an edge with the very same word similarity (it would score the same);
    a pair with another similarity, or no edge yet, is scored again."""
    n = 10
    a = [np.array([0, 2], dtype=np.int64), np.array([5], dtype=np.int64)]
    b = [np.array([3, 7], dtype=np.int64), np.array([9], dtype=np.int64)]
    text = [np.array([0.5, 0.25], dtype=np.float32), np.array([0.75], dtype=np.float32)]
    known = grouping._by_words(n, a, b, text)
    keys = np.array([0 * n + 3, 2 * n + 7, 5 * n + 9, 1 * n + 4], dtype=np.int64)
    similarity = np.array(
        [0.5, np.nextafter(np.float32(0.25), np.float32(1)), 0.75, 0.5], dtype=np.float32
    )
    again = grouping._known_edges(known, keys, similarity)
    assert again.tolist() == [True, False, True, False]
    empty = grouping._by_words(n, [], [], [])
    assert not grouping._known_edges(empty, keys, similarity).any()
