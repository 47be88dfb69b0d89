"""Score matrices of sets of lines: every pair of each set scored at once (``matrices``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.scoring import FeatureTable

__all__ = ["PairScores", "matrices", "upper_pairs"]

Float = npt.NDArray[np.float32]
Bool = npt.NDArray[np.bool_]
Int = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class PairScores:
    score: Float
    veto: Bool


@lru_cache(maxsize=512)
def upper_pairs(m: int) -> tuple[Int, Int]:
    """Row and column of every pair (i < j) of an m x m matrix (cached; do not change)."""
    i, j = np.triu_indices(m, 1)
    return i.astype(np.int64), j.astype(np.int64)


def matrices(groups: list[Int], table: FeatureTable) -> list[PairScores]:
    """Score matrices for several sets of lines at once (one numpy pass for all their pairs;
    the matrices are views of one buffer, filled by one scatter)."""
    firsts: list[Int] = []
    seconds: list[Int] = []
    cells: list[Int] = []
    size = 0
    for lines in groups:
        m = len(lines)
        i, j = upper_pairs(m)
        firsts.append(lines[i])
        seconds.append(lines[j])
        cells.append(_cells(m) + size)
        size += m * m
    if not firsts:
        return []
    a = np.concatenate(firsts)
    b = np.concatenate(seconds)
    pair = table.pair_scores(a, b, table.similarity(a, b))
    where = np.concatenate(cells).reshape(-1, 2)  # each pair's cell (i, j), then (j, i)
    score = np.zeros(size, dtype=np.float32)
    veto = np.ones(size, dtype=bool)
    for side in (0, 1):
        score[where[:, side]] = pair.score
        veto[where[:, side]] = pair.veto
    result: list[PairScores] = []
    offset = 0
    for lines in groups:
        m = len(lines)
        end = offset + m * m
        result.append(PairScores(score[offset:end].reshape(m, m), veto[offset:end].reshape(m, m)))
        offset = end
    return result


def _cells(m: int) -> Int:
    """Where each pair (i < j) of an m x m matrix is in it, flat: (i*m + j, j*m + i) per pair
    (kept for the many small sizes; a large one costs as much as its pairs do anyway)."""
    return _kept_cells(m) if m <= _KEPT_CELLS else _cells_of(m)


def _cells_of(m: int) -> Int:
    i, j = upper_pairs(m)
    return np.stack((i * m + j, j * m + i), axis=1).reshape(-1)


#: The largest matrix whose cells are kept (``_cells``): memory stays small.
_KEPT_CELLS = 64
_kept_cells = lru_cache(maxsize=_KEPT_CELLS)(_cells_of)
