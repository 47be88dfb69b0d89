"""How much a CPV code two lines share says, measured on the run's own lines.

Plans write some codes on one need only (a code of pest control, of school furniture) and
others on many unrelated needs (social work with accommodation on places in a care home and
on places in drug treatment; technical inspection on thermography and on roof safety gear;
analysis services on water samples and on soil samples). No list of codes can say which is
which for plans nobody here has read; the run's own lines can. For every code, the other
pairs of lines of different plans that carry it (at least one of them because its plan wrote
it) are asked whether their *words* point to one need: need families read from both lines'
words, word cosine and shared heads, weighed as the score weighs them, without the code,
reaching the lowest threshold any setting groups at. A code whose other
lines mostly agree in words is as strong as its depth says; one whose other lines mostly do
not says less, in proportion (``CodeSpread.spread``).

The share is smoothed towards "as strong as its depth" (two pairs, one agreeing, are added to
every code's count), so a code on few lines keeps most of its weight, and the pair asked about
is never part of its own evidence. A code never counts *more* than its depth says: on the check
sets, two lines of different plans with one written code of five digits or more and too little
else to group were another need 28 times and the same need twice (plans write one code on a
thing and on the service on it). Scoring asks only for lines not read as one need family by
both lines' words (``scoring``): there the words name the need, and lowering the code there
lost as many true pairs as false ones.

Worked out once per run: per code, each line against its ``neighbours`` next lines with that
code (every pair of a code on at most ``neighbours + 1`` lines), all scored in one numpy pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, NamedTuple

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import significant_digits
from kommunesamarbeid.core.overlap.score_factors import RELATED_FAMILY, base_score, shared_digits

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.scoring import FeatureTable

__all__ = ["CodeSpread", "Spread", "shared_code", "words_agree"]

Float = npt.NDArray[np.float32]
Bool = npt.NDArray[np.bool_]
Int = npt.NDArray[np.int64]

#: Pairs added to every code's count by the smoothing, and the share of them that agree.
_PRIOR_PAIRS: Final = 2.0
_PRIOR_SHARE: Final = 0.5
#: Two lines whose words alone score this much (the lowest threshold a run can have, at
#: sensitivity 1) point to one need.
_WORDS_AGREE: Final = 0.3


class Spread(NamedTuple):
    """Per pair: what the code the two share weighs (1 = as its depth says), how many pairs
    of other lines with it were asked, and how many of those are another need by their
    words."""

    factor: Float
    asked: Int
    apart: Int


class CodeSpread:
    """How much each code of a run says (``spread``), from the pairs of other lines that
    carry it (see the module docstring)."""

    def __init__(
        self,
        cpv: Int,
        significant: Int,
        municipality: Int,
        written: Bool,
        agree: Callable[[Int, Int], Bool],
        neighbours: int = 8,
    ) -> None:
        """``cpv``: per line its code as a number (0: none), with its ``significant`` digits;
        ``written``: the plan wrote it; ``agree(a, b)``: per pair (a < b), whether the lines'
        words point to one need."""
        self.n = n = len(cpv)
        self._cpv, self._significant = cpv, significant
        lines = np.flatnonzero(cpv > 0)
        lines = lines[np.lexsort((lines, cpv[lines]))]
        codes = cpv[lines]
        first = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
        sizes = np.diff(np.append(first, len(codes)))
        # the codes on three lines or more (with two, the only pair is the one asked about)
        crowded = sizes >= 3
        self._codes = codes[first[crowded]]
        starts, counts = first[crowded], sizes[crowded]
        a_parts: list[Int] = []
        b_parts: list[Int] = []
        g_parts: list[Int] = []
        for step in range(1, neighbours + 1):
            # each line against the line ``step`` places after it in its code's list
            group = np.flatnonzero(counts > step)
            if not len(group):
                break
            length = counts[group] - step
            at = np.repeat(starts[group], length) + _ranges(length)
            a_parts.append(lines[at])
            b_parts.append(lines[at + step])
            g_parts.append(np.repeat(group, length))
        a = np.concatenate(a_parts) if a_parts else np.zeros(0, dtype=np.int64)
        b = np.concatenate(b_parts) if b_parts else np.zeros(0, dtype=np.int64)
        g = np.concatenate(g_parts) if g_parts else np.zeros(0, dtype=np.int64)
        # lines of different plans, one at least with the code its plan wrote (two codes a
        # need family gave say how the vocabulary, not the plans, use it)
        asked = (municipality[a] != municipality[b]) & (written[a] | written[b])
        a, b, g = a[asked], b[asked], g[asked]
        agreed = agree(a, b) if len(a) else np.zeros(0, dtype=bool)
        self._asked = np.bincount(g, minlength=len(self._codes)).astype(np.int64)
        self._agreed = np.bincount(g, weights=agreed, minlength=len(self._codes)).astype(np.int64)
        # each pair asked, by its code and lines (to leave a pair out of its own evidence)
        keys = (g * n + a) * n + b
        order = np.argsort(keys)
        self._pair_keys = keys[order]
        self._pair_agreed = agreed[order]

    def spread(self, a: Int, b: Int, which: Bool) -> Spread:
        """Per pair (a[k], b[k]) (of those marked ``which``): what the code they share weighs
        (``Spread``), the code of the leading digits both have (no more than either code's
        significant digits); 1 for a code no other pair carries, and for pairs sharing none."""
        factor = np.ones(len(a), dtype=np.float32)
        asked = np.zeros(len(a), dtype=np.int64)
        apart = np.zeros(len(a), dtype=np.int64)
        rows = np.flatnonzero(which)
        if not len(rows) or not len(self._codes):
            return Spread(factor, asked, apart)
        ra, rb = a[rows], b[rows]
        significant = np.minimum(self._significant[ra], self._significant[rb])
        digits = shared_digits(self._cpv[ra], self._cpv[rb], significant)
        rows, digits = rows[digits >= 2], digits[digits >= 2]
        scale = 10 ** (8 - digits)
        code = self._cpv[a[rows]] // scale * scale
        where = np.minimum(np.searchsorted(self._codes, code), len(self._codes) - 1)
        known = self._codes[where] == code
        rows, group = rows[known], where[known]
        if not len(rows):
            return Spread(factor, asked, apart)
        low, high = np.minimum(a[rows], b[rows]), np.maximum(a[rows], b[rows])
        pairs = self._asked[group]
        agreed = self._agreed[group]
        # the pair itself, when it was one of those asked, is no evidence about itself
        own = (group * self.n + low) * self.n + high
        if len(self._pair_keys):
            at = np.minimum(np.searchsorted(self._pair_keys, own), len(self._pair_keys) - 1)
            itself = self._pair_keys[at] == own
            pairs = pairs - itself
            agreed = agreed - (itself & self._pair_agreed[at])
        share = (agreed + _PRIOR_PAIRS * _PRIOR_SHARE) / (pairs + _PRIOR_PAIRS)
        factor[rows] = np.minimum(1.0, share / _PRIOR_SHARE)
        asked[rows] = pairs
        apart[rows] = pairs - agreed
        return Spread(factor, asked, apart)


def shared_code(first: str, second: str) -> str:
    """The code two codes have in common, as ``CodeSpread.spread`` weighs it: their leading
    digits in common (no more than either's significant digits), filled up with zeros."""
    digits = min(significant_digits(first), significant_digits(second))
    same = next((k for k in range(digits) if first[k] != second[k]), digits)
    return first[:same].ljust(8, "0")


def words_agree(table: FeatureTable, a: Int, b: Int) -> Bool:
    """Per pair, whether the lines' words alone point to one need: need families read from
    both lines' words, word cosine and shared heads, weighed as in the score without a code,
    reaching ``_WORDS_AGREE``."""
    same, related, _, _ = table.family_parts(a, b)
    from_words = ~(table.fam_code[a] | table.fam_code[b])
    family = np.where(from_words, np.where(same > 0, same, RELATED_FAMILY * related), 0.0)
    text = np.minimum(table.similarity(a, b), 1.0)
    none = np.zeros(len(a), dtype=np.float32)
    score = base_score(family.astype(np.float32), text, none, table.head_share(a, b))
    result: Bool = score >= _WORDS_AGREE
    return result


def _ranges(lengths: Int) -> Int:
    """0 .. length - 1 for every length, concatenated."""
    total = int(lengths.sum())
    offsets = np.cumsum(lengths) - lengths
    result: Int = np.arange(total, dtype=np.int64) - np.repeat(offsets, lengths)
    return result
