"""From pair scores to groups, without comparing all pairs.

1. Candidates: pairs that share a need family (or its parent) or a head word (each line with
   its nearest in time), and pairs whose word similarity can reach the threshold
   (``TextVectors.candidates``, block by block). Only candidates are scored.
2. Components: lines joined by a candidate pair scoring at least the threshold.
3. Inside each component (all its pairs scored now): average-linkage clustering. Two clusters
   merge while the average score over all their cross pairs reaches the threshold and no cross
   pair is vetoed (different kind, different need family, too far apart in time, a one-off
   project). Where a municipality has two or more lines in the component, the average is
   over the cross pairs of lines from different municipalities only: an overlap is a need
   shared between municipalities, and how alike two lines of one plan are says nothing about
   a third municipality's line.
4. Coherence: a member stays only if its average score to the other members reaches the
   threshold and it scores the threshold with at least half of them (the members of other
   municipalities, where its own municipality has another line in the group); a group needs
   lines of at least two municipalities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.goods_service import words_apart
from kommunesamarbeid.core.overlap.scoring import (
    FeatureTable,
    PairParts,
    PairScores,
    base_score,
    matrices,
    min_text_for,
    upper_pairs,
)

__all__ = [
    "candidate_edges",
    "cluster_component",
    "coherent_fit",
    "coherent_members",
    "components",
    "fits_between",
    "scored_components",
    "split_large",
]

#: Largest component clustered as one matrix; larger ones are split at a higher score first.
MAX_COMPONENT: Final = 800
#: Components up to this size are clustered in plain Python (see ``_average_linkage_small``).
_SMALL: Final = 24
#: Groups smaller than this are checked for coherence in plain Python: numpy sums rows of
#: fewer than 8 numbers from the left, as Python does (pairwise from 8 on).
_PLAIN_SUMS: Final = 8
#: Pairs scored at once.
_SCORE_CHUNK: Final = 250_000
#: What the bound of ``_may_reach`` is lowered by (float32 rounding: the bound and the score
#: are worked out in different orders).
_BOUND_MARGIN: Final = 1e-4

Int = npt.NDArray[np.int64]
Float = npt.NDArray[np.float32]
Bool = npt.NDArray[np.bool_]


Edges = tuple[Int, Int, Float]


def candidate_edges(
    table: FeatureTable, threshold: float
) -> Iterator[tuple[int, int, Edges | None]]:
    """Yields (lines done, lines in all, None) while scoring, then the edges (a, b, score)
    that reach the threshold. Candidates: pairs whose word similarity can reach it (found
    block by block), and pairs sharing a need family or a head (each line with its nearest
    in time); a pair may come twice (found by its words and by a family or head), which
    does no harm."""
    n = table.n
    edge_a: list[Int] = []
    edge_b: list[Int] = []
    edge_s: list[Float] = []
    edge_text: list[Float] = []

    def score(keys: Int, text: Float) -> None:
        a, b = keys // n, keys % n
        # (most candidates found by a shared word cannot reach the threshold: only those
        # that may are scored in full)
        keep, parts = _reachable(table, a, b, text, threshold)
        a, b, text = a[keep], b[keep], text[keep]
        pair = table.pair_scores(a, b, text, parts)
        good = (pair.score >= threshold) & ~pair.veto
        edge_a.append(a[good])
        edge_b.append(b[good])
        edge_s.append(pair.score[good])
        edge_text.append(text[good])

    for done, keys, text in table.text.candidates(min_text_for(threshold)):
        for start in range(0, len(keys), _SCORE_CHUNK):
            score(keys[start : start + _SCORE_CHUNK], text[start : start + _SCORE_CHUNK])
        yield done, n, None
    # each pair once: lines that share a need family mostly share a head too (a third of
    # these pairs came twice, and were scored twice alike)
    family = _sorted_unique(np.concatenate((table.family_pairs(), table.head_pairs())))
    known = _by_words(n, edge_a, edge_b, edge_text)
    for start in range(0, len(family), _SCORE_CHUNK):
        keys = family[start : start + _SCORE_CHUNK]
        text = table.similarity(keys // n, keys % n)
        # a pair its words already made an edge, with the same word similarity, scores the
        # same again: it is an edge already (most pairs sharing a need share words too)
        again = _known_edges(known, keys, text)
        score(keys[~again], text[~again])
    yield (
        n,
        n,
        (
            np.concatenate(edge_a) if edge_a else np.zeros(0, dtype=np.int64),
            np.concatenate(edge_b) if edge_b else np.zeros(0, dtype=np.int64),
            np.concatenate(edge_s) if edge_s else np.zeros(0, dtype=np.float32),
        ),
    )


def _by_words(
    n: int, edge_a: list[Int], edge_b: list[Int], edge_text: list[Float]
) -> tuple[Int, Float]:
    """The edges found so far as sorted keys a*n+b, with their word similarity."""
    if not edge_a:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    keys = np.concatenate(edge_a) * n + np.concatenate(edge_b)
    order = np.argsort(keys, kind="stable")
    return keys[order], np.concatenate(edge_text)[order]


def _known_edges(known: tuple[Int, Float], keys: Int, text: Float) -> Bool:
    """Per pair (key a*n+b, word similarity), whether it is among the ``known`` edges with
    the same similarity (scored with the same values, it scores the same)."""
    found, found_text = known
    if not len(found):
        return np.zeros(len(keys), dtype=bool)
    position = np.minimum(np.searchsorted(found, keys), len(found) - 1)
    result: Bool = (found[position] == keys) & (found_text[position] == text)
    return result


def _may_reach(table: FeatureTable, a: Int, b: Int, text: Float, threshold: float) -> Bool:
    """Pairs whose score may reach ``threshold`` (``_reachable``)."""
    return _reachable(table, a, b, text, threshold)[0]


def _reachable(
    table: FeatureTable, a: Int, b: Int, text: Float, threshold: float
) -> tuple[Bool, PairParts]:
    """Pairs whose score may reach ``threshold``, and their need family, head and CPV parts
    (``FeatureTable.parts``, for their scoring): no factor of ``FeatureTable.components``
    raises a score above ``base_score`` of its parts, each part is at most 1 (and nothing
    unless both lines have a need family, a head or a code, or objects), and time and
    one-off projects are known per line; the pairs left out score below the threshold, so
    none of them is an edge. The pairs this keeps are looked at again with the parts
    themselves (``_may_reach_parts``)."""
    # (two lines with objects may meet on one: a head and a related need, ``objects_meet``)
    objects = table.has_objects[a] & table.has_objects[b]
    both = [
        (table.has_family[a] & table.has_family[b] | objects).astype(np.float32),
        ((table.head_count[a] > 0) & (table.head_count[b] > 0) | objects).astype(np.float32),
        ((table.cpv[a] > 0) & (table.cpv[b] > 0)).astype(np.float32),
    ]
    bound = base_score(both[0], np.minimum(text, 1.0), both[2], both[1])
    bound = bound * table.time_factor(a, b)
    blocked = table.project[a] | table.project[b]
    result: Bool = (bound >= threshold - _BOUND_MARGIN) & ~blocked
    kept = np.flatnonzero(result)
    a, b, text = a[kept], b[kept], text[kept]
    parts = table.parts(a, b)
    still = _may_reach_parts(table, a, b, text, threshold, parts)
    result[kept] = still
    (same, related, spanning, touching), head, cpv = parts
    return result, (
        (same[still], related[still], spanning[still], touching[still]),
        head[still],
        cpv[still],
    )


def _may_reach_parts(
    table: FeatureTable, a: Int, b: Int, text: Float, threshold: float, parts: PairParts
) -> Bool:
    """``_reachable`` with the pairs' own need family, head and CPV parts (cheap, on arrays):
    ``FeatureTable.components`` only lowers them (codes alone, objects apart, heads apart),
    except that two lines with objects may meet on one (then the family and the head count
    as 1 here); a kind factor is at most 1, and 0.5 where the roles differ and not both lines
    have a need family (only a shared need makes advice the need); a thing against a service
    on it by their words is vetoed, and a vetoed pair is no edge."""
    objects = table.has_objects[a] & table.has_objects[b]
    (same, related, _, _), head, cpv = parts
    family = np.where(objects, 1.0, np.where(same > 0, same, 0.55 * related))
    head = np.where(objects, 1.0, head)
    bound = base_score(family.astype(np.float32), np.minimum(text, 1.0), cpv, head)
    roles = (table.role[a] != table.role[b]) & ~(table.has_family[a] & table.has_family[b])
    bound = bound * table.time_factor(a, b) * np.where(roles, 0.5, 1.0)
    # by the lines' words only: a written code of goods alone parts them only where their
    # words do not name one need, which the full scoring decides (``goods_service.apart``)
    service = words_apart(table.service_side[a], table.service_side[b])
    result: Bool = (bound >= threshold - _BOUND_MARGIN) & ~service
    return result


def _sorted_unique(keys: Int) -> Int:
    """``np.unique`` of a key array, by a sort: numpy's own (a hash table, then a sort) took
    four times as long on the pairs of 5 000 lines and seven times on 20 000, and its first
    call imports ``numpy.ma``."""
    keys = np.sort(keys)
    if len(keys) < 2:
        return keys
    result: Int = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return result


def _propagate(n: int, a: Int, b: Int) -> Int:
    """Connected components of the graph with edges (a, b): smallest index as label."""
    labels = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return labels
    while True:
        la, lb = labels[a], labels[b]
        low = np.minimum(la, lb)
        new = labels.copy()
        np.minimum.at(new, la, low)
        np.minimum.at(new, lb, low)
        while True:
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, labels):
            return labels
        labels = new


def components(n: int, a: Int, b: Int) -> list[Int]:
    """Components of two or more lines."""
    labels = _propagate(n, a, b)
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_labels[1:] != sorted_labels[:-1])))
    ends = np.append(starts[1:], n)
    return [order[s:e] for s, e in zip(starts, ends, strict=True) if e - s >= 2]


def split_large(lines: Int, edges: Edges, threshold: float) -> list[Int]:
    """Parts of at most ``MAX_COMPONENT`` lines of a too large component: its own edges are
    kept at a rising score until the parts are small enough (``lines`` sorted)."""
    a, b, score = edges
    member = np.zeros(
        int(max(a.max(initial=0), b.max(initial=0), lines.max(initial=0))) + 1, dtype=bool
    )
    member[lines] = True
    inside = member[a] & member[b]
    local_a = np.searchsorted(lines, a[inside])
    local_b = np.searchsorted(lines, b[inside])
    local_s = score[inside]
    raised = threshold
    parts: list[Int] = [lines]
    while raised < 1.0:
        raised = min(1.0, raised + 0.05)
        keep = local_s >= raised
        parts = [lines[p] for p in components(len(lines), local_a[keep], local_b[keep])]
        if not parts or max(len(p) for p in parts) <= MAX_COMPONENT:
            break
    return [p for p in parts if 2 <= len(p) <= MAX_COMPONENT]


def scored_components(
    table: FeatureTable, groups: list[Int], batch_pairs: int = 150_000
) -> Iterator[tuple[Int, PairScores]]:
    """Each component with its score matrices; small components are scored together, about
    ``batch_pairs`` pairs in one numpy pass (each pair's score has some fifty parts: at 500 000
    pairs a pass was the peak of a national-scale run; 150 000 keep it 13 MB lower at 100 000
    lines and 36 MB at 20 000, in the same time)."""
    batch: list[Int] = []
    size = 0
    for lines in groups:
        batch.append(lines)
        size += len(lines) * (len(lines) - 1) // 2
        if size >= batch_pairs:
            yield from zip(batch, matrices(batch, table), strict=True)
            batch, size = [], 0
    if batch:
        yield from zip(batch, matrices(batch, table), strict=True)


def cluster_component(pair: PairScores, threshold: float, municipality: Int) -> list[list[int]]:
    """Average-linkage clusters (2+ lines) of one component, as positions in it.

    ``municipality``: each line's municipality. An overlap is a need shared between
    municipalities: how alike two lines of one municipality are says nothing about whether a
    third municipality's line is the same need, so where a municipality has two or more lines
    in the component, two clusters are compared on their pairs of lines from different
    municipalities only (a veto between two lines of one municipality still parts them)."""
    if len(set(municipality.tolist())) == len(municipality):
        return _average_linkage(pair.score, pair.veto, threshold)
    return _linkage_between(pair.score, pair.veto, threshold, municipality)


#: Merges two clusters (rows i, j) and returns the merged row of averages (-inf where no merge).
_Merge = Callable[[int, int], "npt.NDArray[np.float64]"]
_MergeSmall = Callable[[int, int], list[float]]


def _average_linkage(score: Float, veto: Bool, threshold: float) -> list[list[int]]:
    n = len(score)
    if n <= _SMALL:
        rows, vetoes = score.tolist(), veto.tolist()
        # (as numpy compares float32 scores with a float: the threshold rounded to float32)
        low = float(np.float32(threshold))
        if all(rows[i][j] >= low and not vetoes[i][j] for i in range(n) for j in range(i + 1, n)):
            return [list(range(n))]  # every pair fits: one cluster
        return [] if n == 2 else _average_linkage_small(rows, vetoes, threshold)
    upper = upper_pairs(n)
    if (score[upper] >= threshold).all() and not veto[upper].any():
        return [list(range(n))]  # every pair fits: one cluster
    # one matrix: a vetoed pair is -inf, and stays so through every merge (an average with
    # -inf is -inf, as a merged veto is the "or" of the two), as do the diagonal and the
    # rows and columns of merged-away clusters; the other entries are the same averages
    live = np.where(veto, -np.inf, score.astype(np.float64))
    np.fill_diagonal(live, -np.inf)
    sizes = [1.0] * n  # Python floats: the same float64 arithmetic, without numpy scalars

    def merge(i: int, j: int) -> npt.NDArray[np.float64]:
        si, sj = sizes[i], sizes[j]
        sizes[i] = si + sj
        row: npt.NDArray[np.float64] = (si * live[i] + sj * live[j]) / (si + sj)
        return row

    return _merge_numpy(live, threshold, merge)


def _average_linkage_small(
    sim: list[list[float]], veto: list[list[bool]], threshold: float
) -> list[list[int]]:
    """``_average_linkage`` of a small component in plain Python (``_merge_small``)."""
    n = len(sim)
    inf = float("-inf")
    live = [[inf if veto[i][j] or i == j else sim[i][j] for j in range(n)] for i in range(n)]
    size = [1.0] * n

    def merge(i: int, j: int) -> list[float]:
        si, sj = size[i], size[j]
        total = si + sj
        size[i] = total
        # (-inf at i, j, the merged-away and the vetoed)
        return [(si * a + sj * b) / total for a, b in zip(live[i], live[j], strict=True)]

    return _merge_small(live, threshold, merge)


def _linkage_between(
    score: Float, veto: Bool, threshold: float, municipality: Int
) -> list[list[int]]:
    """``_average_linkage`` where two clusters are compared on the mean score of their pairs
    of lines from different municipalities (two clusters of one municipality alone are not
    compared): each row keeps the sum and the number of those pairs, and whether a pair
    across is vetoed. The plain-Python path for small components makes the same sums in the
    same order."""
    n = len(score)
    if n <= _SMALL:
        return _between_small(score.tolist(), veto.tolist(), municipality.tolist(), threshold)
    apart = municipality[:, None] != municipality[None, :]
    upper = upper_pairs(n)
    across = score[upper][apart[upper]]
    if len(across) and (across >= threshold).all() and not veto[upper].any():
        return [list(range(n))]  # every pair across municipalities fits: one cluster
    # the sums of the pairs across (-inf where vetoed, on the diagonal and, once merged away,
    # in a cluster's row and column: -inf stays -inf through every sum) and their numbers
    total = np.where(apart, score.astype(np.float64), 0.0)
    total[veto] = -np.inf
    np.fill_diagonal(total, -np.inf)
    count = apart.astype(np.float64)

    def mean(t: npt.NDArray[np.float64], c: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        result: npt.NDArray[np.float64] = t / np.maximum(c, 1.0)
        result[c == 0.0] = -np.inf  # (no pair across: never merged directly)
        return result

    def merge(i: int, j: int) -> npt.NDArray[np.float64]:
        t, c = total[i] + total[j], count[i] + count[j]  # (-inf at i and j: the diagonal)
        total[i, :], count[i, :] = t, c
        total[:, i], count[:, i] = t, c
        total[j, :] = -np.inf
        total[:, j] = -np.inf
        return mean(t, c)

    return _merge_numpy(mean(total, count), threshold, merge)


def _between_small(
    rows: list[list[float]], vetoes: list[list[bool]], municipality: list[int], threshold: float
) -> list[list[int]]:
    """``_linkage_between`` of a small component in plain Python."""
    n = len(rows)
    inf = float("-inf")
    apart = [[a != b for b in municipality] for a in municipality]
    # (as numpy compares float32 scores with a float: the threshold rounded to float32)
    low = float(np.float32(threshold))
    across = [rows[i][j] for i in range(n) for j in range(i + 1, n) if apart[i][j]]
    if (
        across
        and all(value >= low for value in across)
        and not any(vetoes[i][j] for i in range(n) for j in range(i + 1, n))
    ):
        return [list(range(n))]  # every pair across municipalities fits: one cluster
    sums = [
        [inf if vetoes[i][j] or i == j else rows[i][j] if apart[i][j] else 0.0 for j in range(n)]
        for i in range(n)
    ]
    counts = [[1.0 if apart[i][j] else 0.0 for j in range(n)] for i in range(n)]

    def mean(t: list[float], c: list[float]) -> list[float]:
        return [tk / ck if ck > 0.0 else inf for tk, ck in zip(t, c, strict=True)]

    def merge(i: int, j: int) -> list[float]:
        t = [x + y for x, y in zip(sums[i], sums[j], strict=True)]
        c = [x + y for x, y in zip(counts[i], counts[j], strict=True)]
        sums[i], counts[i] = t, c
        sums[j] = [inf] * n
        for k in range(n):
            sums[k][i], counts[k][i] = t[k], c[k]
            sums[k][j] = inf
        return mean(t, c)

    return _merge_small([mean(sums[i], counts[i]) for i in range(n)], threshold, merge)


def _merge_numpy(live: npt.NDArray[np.float64], threshold: float, merge: _Merge) -> list[list[int]]:
    """The merges of average linkage on one matrix of averages (-inf: never merged), while
    the best reaches ``threshold``; ``merge(i, j)`` returns the merged row of i and j."""
    n = len(live)
    members: list[list[int]] = [[i] for i in range(n)]
    arg = live.argmax(axis=1)
    best = live[np.arange(n), arg]  # each row's maximum
    while True:
        i = int(np.argmax(best))
        if not best[i] >= threshold:
            break
        j = int(arg[i])
        row = merge(i, j)  # (-inf at i, j and the gone)
        live[i, :] = row
        live[:, i] = row
        live[j, :] = -np.inf
        live[:, j] = -np.inf
        members[i].extend(members[j])
        members[j] = []
        best[j] = -np.inf
        # a merged row points nowhere (-1): it is never looked at again (its row and column
        # are -inf, so it is never better either)
        arg[j] = -1
        top = int(row.argmax())
        arg[i] = top
        best[i] = row[top]
        stale = (arg == i) | (arg == j)
        stale[i] = False
        stale_rows = np.flatnonzero(stale)
        if len(stale_rows):
            rows = live[stale_rows]  # the rows whose best was i or j: their best again, at once
            tops = rows.argmax(axis=1)
            arg[stale_rows] = tops
            best[stale_rows] = rows[np.arange(len(stale_rows)), tops]
        # column i is the merged row (the matrix stays symmetric; j's entry is -inf in both)
        column = row
        better = column > best
        better[i] = False
        best[better] = column[better]
        arg[better] = i
    return [m for m in members if len(m) >= 2]


def _merge_small(live: list[list[float]], threshold: float, merge: _MergeSmall) -> list[list[int]]:
    """``_merge_numpy`` of a small component in plain Python (numpy's overhead per step
    outweighs its speed there); the same merges in the same order."""
    n = len(live)
    inf = float("-inf")
    members: list[list[int]] = [[i] for i in range(n)]
    active = [True] * n

    def row_best(row: list[float]) -> tuple[float, int]:
        top = max(row)
        return top, row.index(top)

    best, arg = map(list, zip(*(row_best(row) for row in live), strict=True))
    while True:
        top = max(best)
        i = best.index(top)
        if not top >= threshold:
            break
        j = arg[i]
        row = merge(i, j)
        members[i].extend(members[j])
        members[j] = []
        active[j] = False
        live[i], live[j] = row, [inf] * n
        for k in range(n):  # the columns of i (the merged row) and j (gone), in one pass
            live_k = live[k]
            live_k[i] = row[k]
            live_k[j] = inf
        best[j] = inf
        best[i], arg[i] = row_best(row)
        for k in range(n):
            if k == i or not active[k]:
                continue
            if arg[k] == i or arg[k] == j:
                best[k], arg[k] = row_best(live[k])  # its best was merged: found again
            elif row[k] > best[k]:  # the merged cluster is its best now
                best[k] = row[k]
                arg[k] = i
    return [m for m in members if len(m) >= 2]


def fits_between(
    score: Float, threshold: float, municipality: Int
) -> tuple[list[float], list[int], list[int]]:
    """Each line's mean score to the lines of the other municipalities, how many of them it
    scores the threshold with, and how many they are: how alike two lines of one municipality
    are says nothing about a need shared between municipalities (a line with no line of
    another municipality beside it is measured against all the others). With one line per
    municipality: the mean over all the others, summed as ``coherent_fit`` sums it."""
    if len(score) < _PLAIN_SUMS:  # (the same sums, from the left, without numpy's overhead)
        return _fits_between_small(score.tolist(), threshold, municipality.tolist())
    sub = score.astype(np.float64)
    np.fill_diagonal(sub, 0.0)
    weight = municipality[:, None] != municipality[None, :]
    alone = ~weight.any(axis=1)
    weight[alone] = True
    np.fill_diagonal(weight, False)
    others = weight.sum(axis=1)
    means = np.where(weight, sub, 0.0).sum(axis=1) / np.maximum(others, 1)
    fits = ((sub >= threshold) & weight).sum(axis=1)
    return means.tolist(), fits.tolist(), others.tolist()


def _fits_between_small(
    rows: list[list[float]], threshold: float, municipality: list[int]
) -> tuple[list[float], list[int], list[int]]:
    """``fits_between`` of a small group in plain Python."""
    means: list[float] = []
    fits: list[int] = []
    others: list[int] = []
    for i, row in enumerate(rows):
        own = municipality[i]
        alone = all(m == own for m in municipality)
        total = 0.0
        hits = 0
        count = 0
        for j, value in enumerate(row):
            if j != i and (alone or municipality[j] != own):
                total += value
                hits += value >= threshold
                count += 1
        means.append(total / max(count, 1))
        fits.append(hits)
        others.append(count)
    return means, fits, others


def _coherent_between(
    score: Float, threshold: float, municipality: Int
) -> tuple[list[int], list[float], list[int]]:
    """``coherent_fit`` where a municipality has two or more lines: each member measured by
    ``fits_between``; the worst misfit is removed until every member fits (none is left when
    the rest are lines of one municipality)."""
    members = list(range(len(score)))
    while len(members) >= 2:
        if len(set(municipality[members].tolist())) < 2:
            return [], [], []  # the lines of one municipality are no group
        kept = score[np.ix_(members, members)]
        means, fits, others = fits_between(kept, threshold, municipality[members])
        bad = [
            mean < threshold or hits / count < 0.5
            for mean, hits, count in zip(means, fits, others, strict=True)
        ]
        if not any(bad):
            return members, means, fits
        worst = min((mean, p) for p, mean in enumerate(means) if bad[p])[1]
        members.pop(worst)
    return members, [], []


def coherent_members(score: Float, threshold: float) -> list[int]:
    """Positions (into ``score``) of the members that fit the group; the worst misfit is
    removed until every member fits."""
    return coherent_fit(score, threshold)[0]


def coherent_fit(
    score: Float, threshold: float, municipality: Int | None = None
) -> tuple[list[int], list[float], list[int]]:
    """``coherent_members``, with each kept member's mean score to the others and how many of
    them it scores the threshold with (worked out for the kept members on the way).
    ``municipality``: each line's; where a municipality has two or more lines, a member is
    measured against the lines of the other municipalities only (``fits_between``)."""
    if municipality is not None and len(set(municipality.tolist())) < len(municipality):
        return _coherent_between(score, threshold, municipality)
    if len(score) < _PLAIN_SUMS:
        return _coherent_fit_small(score.tolist(), threshold)
    members = list(range(len(score)))
    mean_list: list[float] = []
    fit_list: list[int] = []
    while len(members) >= 2:
        # (all of them, the first time: the matrix itself)
        kept = score if len(members) == len(score) else score[np.ix_(members, members)]
        sub = kept.astype(np.float64)
        np.fill_diagonal(sub, 0.0)
        others = len(members) - 1
        mean = sub.sum(axis=1) / others
        fits = (sub >= threshold).sum(axis=1)
        hits = fits / others
        bad = (mean < threshold) | (hits < 0.5)
        if not bad.any():
            mean_list, fit_list = mean.tolist(), fits.tolist()
            break
        worst = int(np.argmin(np.where(bad, mean, np.inf)))
        members.pop(worst)
    return members, mean_list, fit_list


def _coherent_fit_small(
    rows: list[list[float]], threshold: float
) -> tuple[list[int], list[float], list[int]]:
    """``coherent_fit`` of a small group in plain Python (numpy's overhead outweighs its
    speed there): the same sums in the same order (from the left; the diagonal's 0 adds
    nothing), so the same means, fits and removals."""
    members = list(range(len(rows)))
    while len(members) >= 2:
        others = len(members) - 1
        means: list[float] = []
        fits: list[int] = []
        for i in members:
            row = rows[i]
            total = 0.0
            hits = 0
            for j in members:
                if j != i:
                    value = row[j]
                    total += value
                    hits += value >= threshold
            means.append(total / others)
            fits.append(hits)
        bad = [
            mean < threshold or hits / others < 0.5 for mean, hits in zip(means, fits, strict=True)
        ]
        if not any(bad):
            return members, means, fits
        # (the first of the lowest means, as numpy's argmin)
        worst = min((mean, p) for p, mean in enumerate(means) if bad[p])[1]
        members.pop(worst)
    return members, [], []
