"""A written CPV code the line's own words contradict weighs no more than a missing code.

Plans are full of wrong codes: the same need, and one officer picked the parent, the code of the
goods instead of the service, a works code or a code of another division. A line without a code
is given the code of the need family its words name (``features``); a line whose plan wrote a
code keeps that code. So when both lines' words name one need family, a wrong written code
would cost more than no code at all: the codes no longer agree, and a written code of another
kind lowers the score. This module says, per line, which code its own words give (the first
code of its need family, of the kinds its words name when one fits) and whether the written
code lies outside that code's group: then, beside a line whose words name the same need, the
written code *seems wrong* and the pair is scored as if it were missing (the code the words give
at the weight of a suggested code, the kind its words name). Both lines' words must name the
family: a code never sets aside a code, and two lines that only share a word are not judged so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import significant_digits
from kommunesamarbeid.core.overlap.catalogue import kind_bits_of
from kommunesamarbeid.core.overlap.line_features import pairs_where

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.features import LineFeatures
    from kommunesamarbeid.core.overlap.scoring import FeatureTable
    from kommunesamarbeid.core.overlap.vocabulary import Family

__all__ = ["NAMED_NEED", "OwnCodes", "agreement", "family_code", "named_wrong", "seems_wrong"]

_DEPTH_VALUE: Final = np.array([0.0, 0.0, 0.2, 0.45, 0.7, 0.85, 1.0, 1.0, 1.0], dtype=np.float32)
#: A code not written in the plan (suggested for the words or the family) counts this much.
SUGGESTED: Final = 0.6
#: How strongly both lines' words must name their one need family (twice the share of each
#: line's main text the family explains, at most 1): a line whose words say more than the need
#: (a trail and its parking "drift og reinhald") may have the right code for the rest.
NAMED_NEED: Final = 0.6
#: Codes (as numbers) divided by this give their group.
_GROUP: Final = 100_000
#: Digits a written code must share with the code its words give not to seem wrong (the group).
_SAME_NEED_DIGITS: Final = 3

Codes = npt.NDArray[np.int64]  # (also line numbers and kind bits)
Values = npt.NDArray[np.float32]
Flags = npt.NDArray[np.bool_]


def family_code(
    families: Sequence[Family], found: Sequence[int], kinds: int
) -> tuple[str, int] | None:
    """The code of the first of the ``found`` need families that lists one (of the ``kinds``
    when one fits), and which family it is; None when none lists a code."""
    for family in found:
        codes = families[family].cpv
        if codes:
            fitting = [c for c in codes if kind_bits_of(c) & kinds]
            return (fitting or codes)[0], family
    return None


def agreement(ca: Codes, cb: Codes, sig_a: Codes, sig_b: Codes, written: Flags) -> Values:
    """CPV agreement of code pairs by the deepest level they share (division 0.2, group 0.45,
    class 0.7, category 0.85, deeper 1.0), no deeper than the less specific code, at
    ``SUGGESTED`` unless both codes were ``written``; 0 where a code is missing."""
    still = (ca > 0) & (cb > 0)
    depth = np.zeros(len(ca), dtype=np.int64)
    for level in range(2, 9):
        divisor = 10 ** (8 - level)
        still &= (ca // divisor) == (cb // divisor)
        depth += still
    depth = np.where(depth > 0, depth + 1, 0)
    depth = np.minimum(depth, np.minimum(sig_a, sig_b))
    value = _DEPTH_VALUE[depth]
    result: Values = np.where(written, value, SUGGESTED * value).astype(np.float32)
    return result


def seems_wrong(line: LineFeatures, families: Sequence[Family]) -> bool:
    """The plan wrote a code for the line outside the groups of every code listed by the need
    families its own words name (a family read from the code itself is no judge of it)."""
    if line.cpv_source != "written" or not line.cpv or line.family_from_code:
        return False
    listed = {c[:_SAME_NEED_DIGITS] for i in line.families for c in families[i].cpv}
    return bool(listed) and line.cpv[:_SAME_NEED_DIGITS] not in listed


def named_wrong(line: LineFeatures, families: Sequence[Family]) -> bool:
    """The line's code seems wrong (``seems_wrong``) and its words name its needs as strongly as
    a pair must for the code to be set aside (``NAMED_NEED``): what a group reason may say."""
    strong = all(min(1.0, 2.0 * c) >= NAMED_NEED for c in line.coverage)
    return strong and seems_wrong(line, families)


def _needs_within(line: LineFeatures, other: LineFeatures) -> bool:
    return set(line.families) <= set(other.families)


class OwnCodes:
    """Per line: the code its words give when its plan wrote one (0: none), and whether the
    written code lies outside the groups of every code its need families list (it seems
    wrong)."""

    def __init__(self, features: Sequence[LineFeatures], families: Sequence[Family]) -> None:
        n = len(features)
        self.features = features
        self.code = np.zeros(n, dtype=np.int64)
        self.sig = np.zeros(n, dtype=np.int64)
        self.off = np.zeros(n, dtype=bool)
        for line, f in enumerate(features):
            if f.cpv_source != "written" or f.family_from_code or not f.families or not f.cpv:
                continue
            own = family_code(families, f.families, f.text_kinds)
            if own is None:
                continue
            self.code[line] = int(own[0])
            self.sig[line] = significant_digits(own[0])
            self.off[line] = seems_wrong(f, families)

    def set_aside(
        self, table: FeatureTable, a: Codes, b: Codes, agree: Flags, cpv: Values
    ) -> tuple[Flags, Codes, Codes, Values]:
        """For the pairs whose words name one need (``agree``): whether a line's written code
        seems wrong, the kinds the plans' codes give with such a code taken as missing (where
        its kind is not the other line's), and the CPV agreement with it taken as missing
        (never below ``cpv``, the agreement of the codes as they are)."""
        # (only a line whose every need the other line names too: a code a line's other need
        # lists, or that names what none of its needs does, is no slip)
        code, sig = table.cpv, table.cpv_sig
        # (two codes in one group do not disagree: one code copied along a plan is no slip)
        agree = agree & ((code[a] // _GROUP) != (code[b] // _GROUP))
        off_a = pairs_where(self.features, a, b, self.off[a] & agree, _needs_within)
        off_b = pairs_where(self.features, b, a, self.off[b] & agree, _needs_within)
        either = off_a | off_b
        kw_a, kw_b = table.kind_written[a], table.kind_written[b]
        if not either.any():
            return either, kw_a, kw_b, cpv
        ca = np.where(off_a, self.code[a], code[a])
        cb = np.where(off_b, self.code[b], code[b])
        sa = np.where(off_a, self.sig[a], sig[a])
        sb = np.where(off_b, self.sig[b], sig[b])
        both = table.cpv_written[a] & table.cpv_written[b] & ~either
        alt = agreement(ca, cb, sa, sb, both)
        as_missing = np.where(either, np.maximum(cpv, alt), cpv).astype(np.float32)
        # (a kind the other line has too is no disagreement to set aside)
        off_a &= (kw_a & (kw_b | table.kind_text[b])) == 0
        off_b &= (kw_b & (kw_a | table.kind_text[a])) == 0
        return either, np.where(off_a, 0, kw_a), np.where(off_b, 0, kw_b), as_missing
