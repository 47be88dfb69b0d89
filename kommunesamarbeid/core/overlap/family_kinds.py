"""A need family that joins two lines of different kinds only through a compound's last part.

"Utstyr til brannvesenets røykdykkere" and "Dykkartenester for hamna" are in one need family
(diving) only because "røykdykker" ends in "dykker"; "Gravearbeider for VA-ledninger" and
"Grøftegraving for fiberutbygging" are in one family of digging only because "grøftegraving"
ends in "graving". A compound's first part narrows its last part ("røyk" makes the diver a
firefighter), so a family known by the last part alone is a guess, and when the two lines are
of different kinds (goods against a service, works against a service: ``scoring``, read from
the words or a suggested code) the guess is most likely wrong: the family counts nothing, as
``evidence.heads_apart`` does with a head shared only so. What the words and codes share still
counts. Two lines of one kind keep the family ("Elbiler" / "Ny leasingbil"): the same kind of
purchase makes the head's reading likely.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.families import FamilyMatcher
from kommunesamarbeid.core.overlap.line_features import LineFeatures
from kommunesamarbeid.core.overlap.norwegian import Analyzer

__all__ = ["by_head_only", "head_only_pairs", "joining", "not_by_head"]

Related = Callable[[int, int], bool]


def joining(line: LineFeatures, other: LineFeatures, related: Related) -> list[int]:
    """The line's need families the other line is in too (the same family, or one the
    other's parent)."""
    return [f for f in line.families if any(g == f or related(g, f) for g in other.families)]


def not_by_head(line: LineFeatures, matcher: FamilyMatcher, analyzer: Analyzer) -> tuple[int, ...]:
    """The need families of a line it is known in by more than the last part of one compound
    (by several words, or by a word the family names more of: ``FamilyMatcher.known_by_head``)."""
    found: list[int] = []
    for family in line.families:
        words = line.matched_terms.get(family, "")
        by_head = bool(words) and " + " not in words
        if not by_head or not matcher.known_by_head(family, analyzer.word(words.lower())[1]):
            found.append(family)
    return tuple(found)


def by_head_only(
    first: int,
    second: int,
    features: Sequence[LineFeatures],
    not_by_head: Callable[[int], tuple[int, ...]],
    related: Related,
) -> int | None:
    """The line (``first`` or ``second``) that is in every need family joining the two only by
    the last part of one compound (``not_by_head``: a line's families known by more), or
    None. A family read from a plan's code is not the line's words: such a line is skipped."""
    for line, other in ((first, second), (second, first)):
        if features[line].family_from_code:
            continue
        found = joining(features[line], features[other], related)
        known = not_by_head(line)
        if found and not any(f in known for f in found):
            return line
    return None


def head_only_pairs(
    a: npt.NDArray[np.int64],
    b: npt.NDArray[np.int64],
    which: npt.NDArray[np.bool_],
    features: Sequence[LineFeatures],
    not_by_head: Callable[[int], tuple[int, ...]],
    related: Related,
) -> npt.NDArray[np.bool_]:
    """Per pair (of those marked ``which``; few), whether one line is in the need families
    joining the two only by a compound's last part (``by_head_only``)."""
    result = np.zeros(len(a), dtype=bool)
    rows = np.flatnonzero(which)
    hits = [
        k
        for k, x, y in zip(rows.tolist(), a[rows].tolist(), b[rows].tolist(), strict=True)
        if by_head_only(x, y, features, not_by_head, related) is not None
    ]
    result[hits] = True
    return result
