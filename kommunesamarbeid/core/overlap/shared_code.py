"""How much a CPV code two lines share says, beside what their words share (issue 14).

Plans give one broad or catch-all code to many needs ("Diverse medisinske redskap",
"bygge- og anleggsarbeid", a code copied along a plan), so agreement on such a code is no
evidence of its own:

* the code two lines agree on (the first digits their codes share) is **specific** when it is
  a CPV category or deeper (``SPECIFIC_CODE`` digits) or covers about one need: at most
  ``ONE_NEED`` narrower codes in the catalogue ("Oversettelsestjenester", a class, has none;
  "Diverse medisinske redskap og produkter" 60), and neither line's code is on more lines of
  the run than a word may be in and still weigh (``df_cap``: such a code is used for many
  needs, whatever it covers);
* a code that is not specific, shared by lines without a need family read from both lines'
  words, counts nothing when the words share nothing about the need: no head, no specific
  word and a word cosine below ``CODE_TEXT`` (parts of compounds and generic words weigh
  less); a need family read from one line's code counts nothing then either;
* a code on that many lines says next to nothing about the need even beside shared words: it
  counts in proportion to the words the lines share (their word cosine, in full from
  ``FULL_TEXT``). A broad code that is not on many lines keeps its (lower) weight beside
  shared words: a class still names an area of need.

Found with ``scripts/probe_shared_code.py`` (Doffin titles of different needs given their
common class, group or division code) and the ``shared`` variant of
``scripts/probe_real_precision.py`` (one code for every line of a run).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import significant_digits
from kommunesamarbeid.core.overlap.line_features import LineFeatures

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue

__all__ = ["CODE_TEXT", "FULL_TEXT", "ONE_NEED", "SPECIFIC_CODE", "Codes", "code_scale"]

Float = npt.NDArray[np.float32]
Bool = npt.NDArray[np.bool_]
Int = npt.NDArray[np.int64]

#: Agreement by the deepest shared level: division 0.2, group 0.45, class 0.7, category 0.85,
#: deeper 1.0.
_DEPTH_VALUE: Final = np.array([0.0, 0.0, 0.2, 0.45, 0.7, 0.85, 1.0, 1.0, 1.0], dtype=np.float32)
#: A suggested code (not written in the plan) counts this much of a written one.
_SUGGESTED: Final = 0.6
#: Codes that agree on this many digits (a CPV category or deeper) name one need on their own.
SPECIFIC_CODE: Final = 5
#: A code with at most this many narrower codes in the catalogue names about one need
#: ("Oversettelsestjenester": none; "Diverse medisinske redskap og produkter": 60).
ONE_NEED: Final = 5
#: Codes that do not agree (not even on a division) name no need in common.
_NO_AGREEMENT: Final = 1 << 30
#: A word cosine this high is words the lines share about the need (a whole word, not only
#: parts of compounds or generic words, which weigh less).
CODE_TEXT: Final = 0.25
#: A word cosine from which a code that is not specific counts in full.
FULL_TEXT: Final = 0.5


class Codes:
    """All lines' CPV codes as arrays (each code worked out once: many lines share one)."""

    def __init__(self, features: Sequence[LineFeatures], catalogue: CpvCatalogue) -> None:
        found = {c: (int(c), significant_digits(c)) for c in {f.cpv for f in features} if c}
        self.number = np.array([found[f.cpv][0] if f.cpv else 0 for f in features], np.int64)
        self.significant = np.array([found[f.cpv][1] if f.cpv else 0 for f in features], np.int64)
        #: per line and number of digits two codes agree on: how many codes of the catalogue
        #: are narrower than the one the line's code's first digits stand for (how many needs
        #: a code agreed on so far covers; by depth alone when there is no catalogue)
        self.catalogue = bool(len(catalogue))
        rows = {
            c: [catalogue.narrower(c[:d]) if d >= 2 else _NO_AGREEMENT for d in range(9)]
            for c in (found if self.catalogue else ())
        }
        empty = [_NO_AGREEMENT] * 9
        self.narrower = np.array([rows.get(f.cpv or "", empty) for f in features], np.int64)
        self.written = np.array([f.cpv_source == "written" for f in features], dtype=bool)
        #: the code was suggested for the line's need family
        self.of_family = np.array([f.cpv_source == "family" for f in features], dtype=bool)
        #: how many lines carry the line's code (0 for none)
        uses = Counter(f.cpv for f in features if f.cpv)
        self.lines = np.array([uses[f.cpv] if f.cpv else 0 for f in features], dtype=np.int64)

    def broad(self, a: Int, depth: Int) -> Bool:
        """Pairs whose codes agree (on ``depth`` digits; a[k] is one of each pair) only on a code
        wider than a CPV category that covers more than one need (more than ``ONE_NEED``
        narrower codes in the catalogue; with no catalogue, any such code)."""
        wide = depth < SPECIFIC_CODE
        if self.catalogue:
            wide &= self.narrower[a, depth] > ONE_NEED
        return np.asarray(wide, dtype=bool)

    def of_many_needs(
        self, a: Int, b: Int, depth: Int, asked: Bool, df_cap: int
    ) -> tuple[Int, Bool, Bool]:
        """Of the pairs ``asked`` (worked out for those only): how many lines carry the more
        used of the two codes (0 elsewhere), whether that is more than ``df_cap`` (a
        catch-all), and whether the code is broad or a catch-all."""
        rows = np.flatnonzero(asked)
        lines = np.zeros(len(a), dtype=np.int64)
        lines[rows] = np.maximum(self.lines[a[rows]], self.lines[b[rows]])
        catch_all = lines > df_cap
        many = catch_all.copy()
        many[rows] |= self.broad(a[rows], depth[rows])
        return lines, catch_all, many

    def agreement(self, a: Int, b: Int) -> tuple[Float, Int]:
        """CPV agreement of the pairs (a[k], b[k]), and how many digits their codes agree on
        (as far as both are specific)."""
        first, second = self.number[a], self.number[b]
        still = (first > 0) & (second > 0)
        depth = np.zeros(len(a), dtype=np.int64)
        for level in range(2, 9):
            divisor = 10 ** (8 - level)
            still &= (first // divisor) == (second // divisor)
            depth += still
        depth = np.where(depth > 0, depth + 1, 0)
        depth = np.minimum(depth, np.minimum(self.significant[a], self.significant[b]))
        value = _DEPTH_VALUE[depth]
        written = self.written[a] & self.written[b]
        result: Float = np.where(written, value, _SUGGESTED * value).astype(np.float32)
        return result, depth


def code_scale(catch_all: Bool, nothing_shared: Bool, text: Float) -> Float:
    """What is left of the code agreement of each pair: none where the words share nothing
    about the need, in proportion to the word cosine where the code is a ``catch_all`` (on
    many lines), else all of it."""
    part = np.where(catch_all, np.minimum(text / FULL_TEXT, 1.0), 1.0)
    result: Float = np.where(nothing_shared, 0.0, part).astype(np.float32)
    return result
