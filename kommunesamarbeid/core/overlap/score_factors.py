"""Parts of ``scoring.FeatureTable`` that need no table: how deep two CPV codes agree, how far
apart in time two lines are, and per-line rows of ids as fixed-width arrays."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Final, NamedTuple

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import significant_digits

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.line_features import LineFeatures

__all__ = [
    "RELATED_FAMILY",
    "W_CPV",
    "W_FAMILY",
    "W_HEAD",
    "W_TEXT",
    "LineColumns",
    "base_score",
    "cpv_depth_value",
    "id_slots",
    "line_columns",
    "min_text_for",
    "months_factor",
    "shared_digits",
]

Float = npt.NDArray[np.float32]
Int = npt.NDArray[np.int64]
Bool = npt.NDArray[np.bool_]

_DEPTH_VALUE: Final = np.array([0.0, 0.0, 0.2, 0.45, 0.7, 0.85, 1.0, 1.0, 1.0], dtype=np.float32)

W_FAMILY: Final = 0.7
W_TEXT: Final = 0.85
W_CPV: Final = 0.45
W_HEAD: Final = 0.3
#: What a related need family (one the other's parent, or both under one) counts as, against 1
#: for the same family.
RELATED_FAMILY: Final = 0.55


def base_score(family: Float, text: Float, cpv: Float, head: Float) -> Float:
    """The score before it is multiplied down (``scoring``'s docstring)."""
    result: Float = 1.0 - (1.0 - W_FAMILY * family) * (1.0 - W_TEXT * text) * (
        1.0 - W_CPV * cpv
    ) * (1.0 - W_HEAD * head)
    return result


def min_text_for(threshold: float) -> float:
    """The least word cosine with which a pair sharing neither a need family nor a head can
    reach the threshold (with the best possible CPV agreement)."""
    rest = (1.0 - threshold) / (1.0 - W_CPV)
    return float(max(0.02, (1.0 - rest) / W_TEXT))


def shared_digits(ca: Int, cb: Int, significant: Int) -> Int:
    """Per pair of codes (as numbers, 0 for none): how many leading digits they share, from
    the division (2) down, no more than ``significant``; 0 when they share no division."""
    still = (ca > 0) & (cb > 0)
    depth = np.zeros(len(ca), dtype=np.int64)
    for level in range(2, 9):
        divisor = 10 ** (8 - level)
        still &= (ca // divisor) == (cb // divisor)
        depth += still
    depth = np.where(depth > 0, depth + 1, 0)
    result: Int = np.minimum(depth, significant)
    return result


def cpv_depth_value(ca: Int, cb: Int, significant: Int, written: Bool) -> Float:
    """Per pair of codes (as numbers, 0 for none): the value of the deepest level they share
    (division 0.2, group 0.45, class 0.7, category 0.85, deeper 1.0), no deeper than the
    codes' ``significant`` digits, at 60 % unless both were ``written`` in the plans."""
    value = _DEPTH_VALUE[shared_digits(ca, cb, significant)]
    result: Float = np.where(written, value, 0.6 * value).astype(np.float32)
    return result


def months_factor(distance: Float, limit: float) -> Float:
    """Per pair, from the months between the lines' mid-points: 1 within a year, down to 0.85
    at ``limit``, then to 0 at half as far again (1 when a line has no period)."""
    factor = np.where(
        distance <= 12.0,
        1.0,
        np.where(
            distance <= limit,
            1.0 - 0.15 * (distance - 12.0) / max(limit - 12.0, 1e-9),
            np.maximum(0.0, 0.85 * (1.0 - (distance - limit) / (0.5 * limit))),
        ),
    )
    result: Float = np.where(np.isnan(distance), 1.0, factor).astype(np.float32)
    return result


def id_slots(rows: list[list[tuple[int, float]]], n: int) -> tuple[Int, Float]:
    """Rows of (id, value) as two n x width arrays, -1 / 0 where a row is shorter."""
    counts = np.fromiter((len(r) for r in rows), dtype=np.int64, count=n)
    width = max(int(counts.max(initial=0)), 1)
    total = int(counts.sum())
    ids = np.full((n, width), -1, dtype=np.int64)
    strength = np.zeros((n, width), dtype=np.float32)
    if total:
        line = np.repeat(np.arange(n, dtype=np.int64), counts)
        slot = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        ids[line, slot] = np.fromiter((i for r in rows for i, _ in r), np.int64, total)
        strength[line, slot] = np.fromiter((v for r in rows for _, v in r), np.float32, total)
    return ids, strength


class LineColumns(NamedTuple):
    """Per line, the values ``scoring.FeatureTable`` keeps as arrays (``line_columns``)."""

    family_from_code: Bool
    has_specifics: Bool
    has_objects: Bool
    written_kind: Int
    text_kinds: Int
    weak_kind: Bool
    cpv: Int
    cpv_significant: Int
    cpv_written: Bool
    cpv_of_family: Bool
    mid: npt.NDArray[np.float64]
    project: Bool
    service_side: Int
    role: Int
    municipality: Int


_PER_LINE: Final = attrgetter(
    "family_from_code",
    "specific_keys",
    "objects",
    "written_kind",
    "text_kinds",
    "weak_kind",
    "cpv",
    "cpv_source",
    "mid_month",
    "project",
    "service_side",
    "roles",
)


def line_columns(features: Sequence[LineFeatures]) -> LineColumns:
    """The lines' values as arrays, all read in one pass over the lines (a pass per value
    cost a tenth of the table); a CPV code as a number and its significant digits (each
    code worked out once: many lines share one), no period as NaN, roles as ids."""
    n = len(features)
    (
        from_code,
        specifics,
        objects,
        written,
        text,
        weak,
        cpvs,
        sources,
        mids,
        project,
        side,
        roles,
    ) = zip(*map(_PER_LINE, features), strict=True) if n else ((),) * 12
    codes = {c: (int(c), significant_digits(c)) for c in set(cpvs) if c}
    role_ids: dict[frozenset[str], int] = {}
    return LineColumns(
        np.array(from_code, dtype=bool),
        np.fromiter(map(bool, specifics), dtype=bool, count=n),
        np.fromiter(map(bool, objects), dtype=bool, count=n),
        np.array(written, dtype=np.int64),
        np.array(text, dtype=np.int64),
        np.array(weak, dtype=bool),
        np.array([codes[c][0] if c else 0 for c in cpvs], dtype=np.int64),
        np.array([codes[c][1] if c else 0 for c in cpvs], dtype=np.int64),
        np.array([s == "written" for s in sources], dtype=bool),
        np.array([s == "family" for s in sources], dtype=bool),
        np.array([np.nan if m is None else m for m in mids], dtype=np.float64),
        np.array(project, dtype=bool),
        np.array(side, dtype=np.int64),
        np.array([role_ids.setdefault(r, len(role_ids)) for r in roles], dtype=np.int64),
        np.array([f.line.municipality_id for f in features], dtype=np.int64),
    )
