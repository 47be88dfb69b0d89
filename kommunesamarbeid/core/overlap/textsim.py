"""How alike the words of two lines are, for many lines without comparing all pairs.

Each line is a vector of weighted words (tf-idf: words in few lines weigh more, words in more
than ``df_cap`` lines weigh nothing; L2-normalised), plus two small vectors that let a compound
meet its split form ("gatelys" / "lys i gater"): the compounds a line writes and the split forms
it writes, weighted the same way. The similarity of two lines is the cosine of their word
vectors plus compound-against-split-form of both directions.

``candidates`` finds every pair whose similarity reaches a minimum block by block (a block of
lines against all later lines, through the lists of lines each word occurs in), so memory stays
flat however many pairs share a word; ``similarity`` gives the exact value for any given pairs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.features import LineFeatures

__all__ = ["TextVectors", "reduce_sum", "spans"]

Int = npt.NDArray[np.int64]
Float = npt.NDArray[np.float32]

#: Most word-list entries one block of ``candidates`` expands (memory per block ~ 40 bytes each).
_BLOCK_ENTRIES: Final = 1_000_000
#: Most pairs ``similarity`` works on at once.
_PAIR_CHUNK: Final = 250_000


def spans(starts: Int, lengths: Int) -> Int:
    """Indices ``starts[k] .. starts[k] + lengths[k] - 1`` for every k, concatenated."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    result: Int = np.repeat(starts - offsets, lengths) + np.arange(total, dtype=np.int64)
    return result


def reduce_sum(keys: Int, values: Float) -> tuple[Int, Float]:
    """Sum the values of equal keys; keys come out sorted and unique."""
    if len(keys) == 0:
        return keys, values
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    values = values[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    summed: Float = np.add.reduceat(values, starts).astype(np.float32)
    return keys[starts], summed


def _starts(keys: Int, count: int) -> Int:
    """Where each of the keys 0..count-1 starts in ``keys`` sorted, and the end (count + 1
    numbers): the entries before it, counted."""
    result: Int = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=count)[:count], out=result[1:])
    return result


class _Sparse:
    """Rows of (column, value), by row (CSR) and by column (postings sorted by row)."""

    def __init__(self, n: int, rows: Int, cols: Int, vals: Float, n_cols: int) -> None:
        # (a row has a column once: sorted by one key, the order is the same as by two)
        order = np.argsort(rows * max(n_cols, 1) + cols)
        self.rows, self.cols, self.vals = rows[order], cols[order], vals[order]
        self.ptr = _starts(rows, n)
        keys = cols * n + rows
        order = np.argsort(keys)
        self.post_rows, self.post_vals = rows[order], vals[order]
        self.post_ptr = _starts(cols, n_cols)
        #: column * n + row of every posting, sorted: finds "rows after r" in a column's list
        self.post_keys = keys[order]
        self.n = n
        #: the highest column of an entry (0 when none)
        self.top_col = int(cols.max(initial=0))

    def df(self) -> Int:
        result: Int = np.diff(self.post_ptr)
        return result

    def entries(self, lines: Int) -> tuple[Int, Int, Float]:
        """(position in ``lines``, column, value) of every entry of the given lines."""
        starts = self.ptr[lines]
        lengths = self.ptr[lines + 1] - starts
        index = spans(starts, lengths)
        owner = np.repeat(np.arange(len(lines), dtype=np.int64), lengths)
        return owner, self.cols[index], self.vals[index]


def _later_pairs(first: _Sparse, second: _Sparse, low: int, high: int) -> tuple[Int, Float]:
    """For lines ``low..high-1``: every later line sharing a column of ``first`` (rows) with
    ``second`` (postings), as keys a*n+b (a < b) with the product of the two values."""
    n = first.n
    start, end = int(first.ptr[low]), int(first.ptr[high])
    rows, cols, vals = first.rows[start:end], first.cols[start:end], first.vals[start:end]
    if len(rows) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    begin = np.searchsorted(second.post_keys, cols * n + rows + 1)
    stop = second.post_ptr[cols + 1]
    lengths = np.maximum(stop - begin, 0)
    index = spans(begin, lengths)
    others = second.post_rows[index]
    weights = second.post_vals[index] * np.repeat(vals, lengths)
    keys = np.repeat(rows, lengths) * n + others
    return keys, weights.astype(np.float32)


def _dot(first: _Sparse, second: _Sparse, a: Int, b: Int) -> Float:
    """Sum over shared columns of first[a[k]] * second[b[k]], for every k."""
    result = np.zeros(len(a), dtype=np.float32)
    if len(a) == 0 or len(first.vals) == 0 or len(second.vals) == 0:
        return result
    width = max(first.top_col, second.top_col) + 1
    # (only the pairs whose both rows have entries: most lines have no compound or split form)
    both = np.flatnonzero((first.ptr[a + 1] > first.ptr[a]) & (second.ptr[b + 1] > second.ptr[b]))
    owner_b, cols_b, vals_b = second.entries(b[both])
    if len(cols_b) == 0:
        return result
    owner_b = both[owner_b]
    # every entry of ``first`` by row and column (sorted: its rows come in order, each row's
    # columns in order), looked up for the column of each entry of b[k] in row a[k]
    keys_a = first.rows * width + first.cols
    keys_b = a[owner_b] * width + cols_b
    position = np.minimum(np.searchsorted(keys_a, keys_b), len(keys_a) - 1)
    hit = keys_a[position] == keys_b
    products = first.vals[position[hit]] * vals_b[hit]
    result += np.bincount(owner_b[hit], weights=products, minlength=len(a)).astype(np.float32)
    return result


class TextVectors:
    """Word vectors of all lines of one run."""

    def __init__(self, features: Sequence[LineFeatures], df_cap: int) -> None:
        n = len(features)
        self.n = n
        counts = [len(f.terms) for f in features]
        total = sum(counts)
        words = list(chain.from_iterable(f.terms for f in features))
        # columns in the order the words first come
        vocab: dict[str, int] = dict(zip(dict.fromkeys(words), itertools.count()))
        cols = np.fromiter(map(vocab.__getitem__, words), dtype=np.int64, count=total)
        vals = np.fromiter(
            chain.from_iterable(f.terms.values() for f in features),
            dtype=np.float64,
            count=total,
        )
        rows = np.repeat(np.arange(n, dtype=np.int64), counts)
        #: word -> column
        self.vocab = vocab
        df = np.bincount(cols, minlength=len(vocab))
        idf = 1.0 + np.log((n + 1.0) / (df + 1.0))
        idf[df > df_cap] = 0.0
        weighted = vals * idf[cols]
        norm = np.sqrt(np.bincount(rows, weights=weighted**2, minlength=n))
        weighted = weighted / np.maximum(norm[rows], 1e-12)
        keep = weighted > 0
        self.words = _Sparse(
            n, rows[keep], cols[keep], weighted[keep].astype(np.float32), len(vocab)
        )
        self.compounds, self.split_forms = self._compound_vectors(features, norm, df_cap)

    def _compound_vectors(
        self, features: Sequence[LineFeatures], norm: npt.NDArray[np.float64], df_cap: int
    ) -> tuple[_Sparse, _Sparse]:
        """Compounds and split forms, weighted like words (idf over both, the line's norm)."""
        both = ([f.compounds for f in features], [f.split_forms for f in features])
        written = [list(chain.from_iterable(entries)) for entries in both]
        # columns in the order the keys first come, compounds first
        keys: dict[str, int] = dict(zip(dict.fromkeys(chain(*written)), itertools.count()))
        sides: list[tuple[Int, Int, npt.NDArray[np.float64]]] = []
        for entries, found in zip(both, written, strict=True):
            counts = np.fromiter((len(e) for e in entries), dtype=np.int64, count=len(entries))
            total = int(counts.sum())
            cols = np.fromiter(map(keys.__getitem__, found), np.int64, total)
            vals = np.fromiter(chain.from_iterable(e.values() for e in entries), np.float64, total)
            rows = np.repeat(np.arange(len(entries), dtype=np.int64), counts)
            sides.append((rows, cols, vals))
        n_keys = len(keys)
        df = np.bincount(sides[0][1], minlength=n_keys) + np.bincount(sides[1][1], minlength=n_keys)
        idf = 1.0 + np.log((self.n + 1.0) / (df + 1.0))
        idf[df > df_cap] = 0.0
        built: list[_Sparse] = []
        for rows_arr, cols_arr, vals_arr in sides:
            weighted = vals_arr * idf[cols_arr] / np.maximum(norm[rows_arr], 1e-12)
            keep = weighted > 0
            built.append(
                _Sparse(
                    self.n,
                    rows_arr[keep],
                    cols_arr[keep],
                    weighted[keep].astype(np.float32),
                    n_keys,
                )
            )
        return built[0], built[1]

    # --- candidates --------------------------------------------------------------------------

    def _cost(self) -> Int:
        """How many list entries each line's block expansion reads (for the block sizes)."""
        cost = np.zeros(self.n, dtype=np.int64)
        for first, second in self._sides():
            if len(first.rows):
                cost += np.bincount(
                    first.rows, weights=second.df()[first.cols], minlength=self.n
                ).astype(np.int64)
        return cost

    def _sides(self) -> tuple[tuple[_Sparse, _Sparse], ...]:
        return (
            (self.words, self.words),
            (self.compounds, self.split_forms),
            (self.split_forms, self.compounds),
        )

    def candidates(self, minimum: float) -> Iterator[tuple[int, Int, Float]]:
        """(lines done, keys a*n+b with a < b, similarity) of the pairs whose similarity is at
        least ``minimum``, block by block; every pair comes once."""
        n = self.n
        cost = np.cumsum(self._cost())
        low = 0
        while low < n:
            limit = (cost[low - 1] if low else 0) + _BLOCK_ENTRIES
            high = max(low + 1, int(np.searchsorted(cost, limit, side="right")))
            high = min(high, n)
            keys_parts: list[Int] = []
            value_parts: list[Float] = []
            for first, second in self._sides():
                keys, values = _later_pairs(first, second, low, high)
                keys_parts.append(keys)
                value_parts.append(values)
            keys, values = reduce_sum(np.concatenate(keys_parts), np.concatenate(value_parts))
            wanted = values >= minimum
            yield high, keys[wanted], values[wanted]
            low = high

    # --- exact values ----------------------------------------------------------------------

    def similarity(self, a: Int, b: Int) -> Float:
        """The similarity of the pairs (a[k], b[k])."""
        result = np.zeros(len(a), dtype=np.float32)
        for start in range(0, len(a), _PAIR_CHUNK):
            pa, pb = a[start : start + _PAIR_CHUNK], b[start : start + _PAIR_CHUNK]
            part = _dot(self.words, self.words, pa, pb)
            part += _dot(self.compounds, self.split_forms, pa, pb)
            part += _dot(self.split_forms, self.compounds, pa, pb)
            result[start : start + _PAIR_CHUNK] = part
        return result
