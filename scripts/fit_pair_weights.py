"""How much each kind of evidence should count: fitted on the read sets, checked set by set.

    .venv/bin/python scripts/pair_evidence.py [--blind-era]   # first: build/pair_evidence*.csv
    .venv/bin/python scripts/fit_pair_weights.py [build/pair_evidence.csv] [--ablation]

Leave one set out: for each read set, the combination is fitted on the other sets and judged on
the one left out, pair by pair (pairs of lines of two municipalities that detection looks at:
``candidate``; vetoed pairs stay vetoed, the vetoes are rules). Ways of deciding a pair:

* ``current``: the engine's score reaches its threshold (``edge`` in the export);
* ``cut``: the engine's score, cut where the training sets' F1 is best (the threshold alone);
* ``logistic``: a logistic regression (numpy, L2) on the evidence values and the factors' marks,
  cut at the probability that gives the training sets' best F1;
* ``refit``: the engine's own form, ``1 - prod(1 - w_i x_i)`` times its factors, with the
  weights ``w_i`` and the factors' values chosen (coordinate search over a grid) for the best F1
  of the training sets at the engine's threshold: what could be set in ``scoring`` as constants;
* ``refit_p``: the same for the most true pairs at no lower precision than the hand-set
  constants give on the training sets (the unread sets' gate asks that neither falls).

Then the recall each of ``current`` and ``logistic`` reaches at a given precision (any cut), and
with ``--ablation`` the logistic regression without each kind of evidence in turn.

Prints precision, recall and F1 per held-out set and pooled, and how much the learnt numbers
vary between folds. Pair by pair is not what ``evaluate_detection`` counts (groups: a pair below
the threshold may be grouped through others, an edge may be split off), ``grouped`` is printed
beside it for that.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kommunesamarbeid.core.overlap import score_factors as sf  # noqa: E402
from kommunesamarbeid.core.overlap import scoring  # noqa: E402
from kommunesamarbeid.core.overlap.goods_service import SERVICE_ON_GOODS  # noqa: E402

Array = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

THRESHOLD: Final = 0.55
#: The engine's constants (``score_factors``, ``scoring``) the refit starts from: weights of
#: the evidence values, then the factors the marks multiply the score by. The kinds' factor
#: is one of five values (``scoring.FeatureTable.components``): a guessed kind, codes that
#: disagree, works against services, works against supplies, codes that disagree where the
#: words do not agree either.
WEIGHTS: Final = {"family": sf.W_FAMILY, "text": sf.W_TEXT, "cpv": sf.W_CPV, "head": sf.W_HEAD}
KIND_VALUES: Final = (
    scoring._GUESSED_KIND,
    scoring._CODES_DISAGREE,
    0.6,
    0.3,
    round(0.3 * scoring._CODES_DISAGREE, 4),
)
FACTORS: Final = {
    **{f"kind_{v}": v for v in KIND_VALUES},
    "roles_differ": scoring._ROLES_DIFFER,
    "one_sided": scoring._ONE_SIDED,
    "tails_apart": scoring._TAILS_APART,
    "other_reading": scoring._OTHER_READING,
    "heads_apart": scoring._HEADS_APART,
}
#: Factors of the pairs that are vetoed (never an edge, whatever the score): they stay rules.
VETO_FACTORS: Final = {
    "family_conflict": scoring._FAMILY_CONFLICT,
    "goods_service": SERVICE_ON_GOODS,
}
#: The grid the refit searches each number over.
GRID: Final = np.round(np.arange(0.05, 1.0001, 0.05), 2)


def load(path: Path) -> dict[str, npt.NDArray[Any]]:
    """The export's columns (``pair_evidence.HEADER``): the set's name as text, the rest as
    numbers."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return columns(rows[0], rows[1:])


def columns(header: Sequence[str], body: Sequence[Sequence[object]]) -> dict[str, npt.NDArray[Any]]:
    result: dict[str, npt.NDArray[Any]] = {}
    for k, name in enumerate(header):
        values = [r[k] for r in body]
        result[name] = np.array(values) if name == "set" else np.array(values, dtype=np.float64)
    return result


def marks(data: dict[str, npt.NDArray[Any]]) -> dict[str, Mask]:
    """The factors' marks per pair (kind split by the value the engine gives it)."""
    kind = np.asarray(data["kind_value"], dtype=np.float64)
    result = {f"kind_{v}": np.isclose(kind, v, atol=1e-3) for v in KIND_VALUES}
    result["roles_differ"] = data["roles_differ"] > 0
    result["one_sided"] = (data["one_sided"] > 0) | (data["one_of_two"] > 0)
    for name in ("tails_apart", "other_reading", "heads_apart"):
        result[name] = data[name] > 0
    return result


def engine_form(
    data: dict[str, npt.NDArray[Any]],
    weights: dict[str, float],
    factors: dict[str, float],
    marked: dict[str, Mask],
) -> Array:
    """The engine's score with other constants (heads apart multiplies what is left)."""
    rest = np.ones(len(data["text"]))
    for name, w in weights.items():
        rest *= 1.0 - w * np.asarray(data[name], dtype=np.float64)
    score = (1.0 - rest) * np.asarray(data["time_factor"], dtype=np.float64)
    for name, value in factors.items():
        score = np.where(marked[name], score * value, score)
    result: Array = np.where(data["project"] > 0, 0.0, score)
    return result


def prf(decided: Mask, label: Mask) -> tuple[float, float, float, int, int, int]:
    tp = int((decided & label).sum())
    fp = int((decided & ~label).sum())
    fn = int((~decided & label).sum())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def f1(decided: Mask, label: Mask) -> float:
    return prf(decided, label)[2]


# --- logistic regression -----------------------------------------------------------------------

#: The evidence values the logistic regression reads as they are exported.
VALUES: Final = ("family", "same_family", "related_family", "text", "cpv", "head")
LOGISTIC: Final = (*VALUES, "log_time", *FACTORS, "text*family", "text*head", "cpv*text")


def logistic_features(data: dict[str, npt.NDArray[Any]], marked: dict[str, Mask]) -> Array:
    columns: list[Array] = []
    for name in LOGISTIC:
        if name in marked:
            columns.append(marked[name].astype(np.float64))
        elif name == "log_time":
            columns.append(np.log(np.maximum(np.asarray(data["time_factor"], np.float64), 1e-3)))
        elif "*" in name:
            x, y = name.split("*")
            columns.append(np.asarray(data[x], np.float64) * np.asarray(data[y], np.float64))
        else:
            columns.append(np.asarray(data[name], np.float64))
    return np.column_stack(columns)


def fit_logistic(x: Array, y: Array, l2: float = 1.0, steps: int = 30) -> Array:
    """Weights (intercept first) by Newton's method with an L2 penalty (not on the intercept)."""
    x1 = np.column_stack((np.ones(len(x)), x))
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x1 @ w)))
        gradient = x1.T @ (p - y) + penalty * w
        hessian = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: Array, x: Array) -> Array:
    result: Array = 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))
    return result


def best_cut(p: Array, y: Mask) -> float:
    """The probability cut with the best F1 on these pairs."""
    order = np.argsort(-p)
    tp = np.cumsum(y[order])
    taken = np.arange(1, len(p) + 1)
    f = 2 * tp / (taken + y.sum())
    k = int(np.argmax(f))
    return float(p[order][k])


#: Kinds of evidence left out one at a time (``--ablation``): what each adds out of set.
KINDS_OF_EVIDENCE: Final = {
    "need family": ("family", "same_family", "related_family", "text*family"),
    "words": ("text", "text*family", "text*head", "cpv*text"),
    "CPV": ("cpv", "cpv*text"),
    "heads": ("head", "text*head"),
    "time": ("log_time",),
    "kinds": tuple(f"kind_{v}" for v in KIND_VALUES),
    "other marks": ("roles_differ", "one_sided", "tails_apart", "other_reading", "heads_apart"),
}


def logistic_out_of_set(z: Array, label: Mask, sets: npt.NDArray[Any]) -> tuple[Mask, Array]:
    """Each set's decisions by a logistic regression fitted on the other sets, and its
    probabilities."""
    decided = np.zeros(len(label), dtype=bool)
    probability = np.zeros(len(label))
    for s in np.unique(sets):
        test, train = sets == s, sets != s
        w = fit_logistic(z[train], label[train].astype(np.float64))
        cut = best_cut(predict(w, z[train]), label[train])
        probability[test] = predict(w, z[test])
        decided[test] = probability[test] >= cut
    return decided, probability


def recall_at(score: Array, label: Mask, total: int, precisions: Sequence[float]) -> list[float]:
    """The most recall (of ``total`` true pairs) any cut of ``score`` reaches at each precision."""
    order = np.argsort(-score, kind="stable")
    tp = np.cumsum(label[order])
    precision = tp / np.arange(1, len(order) + 1)
    recall = tp / max(total, 1)
    return [float(recall[precision >= p].max(initial=0.0)) for p in precisions]


# --- refit of the engine's constants -----------------------------------------------------------


def refit(
    data: dict[str, npt.NDArray[Any]],
    marked: dict[str, Mask],
    label: Mask,
    allowed: Mask,
    sweeps: int = 3,
    *,
    keep_precision: bool = False,
) -> tuple[dict[str, float], dict[str, float]]:
    """Coordinate search of the weights and factors for the best F1 at ``THRESHOLD``; with
    ``keep_precision``, for the most true pairs at a precision no lower than the hand-set
    constants give (the gate asks that neither falls)."""
    weights, factors = dict(WEIGHTS), dict(FACTORS)
    start = allowed & (engine_form(data, weights, factors, marked) >= THRESHOLD)
    p0 = prf(start, label)[0]

    def objective() -> float:
        decided = allowed & (engine_form(data, weights, factors, marked) >= THRESHOLD)
        if keep_precision:
            p, _, _, tp, _, _ = prf(decided, label)
            return tp + p if p >= p0 - 1e-12 else -1.0
        return f1(decided, label)

    best = objective()
    for _ in range(sweeps):
        changed = False
        for table in (weights, factors):
            for name in list(table):
                keep = table[name]
                for value in GRID:
                    table[name] = float(value)
                    got = objective()
                    # (a tie keeps the value nearer the hand-set one)
                    if got > best + 1e-9:
                        best, keep, changed = got, float(value), True
                table[name] = keep
        if not changed:
            break
    return weights, factors


# --- leave one set out -------------------------------------------------------------------------


def where_true(data: dict[str, npt.NDArray[Any]]) -> None:
    """Where the true pairs are on the way to a group: never looked at (the candidate step
    drops them), looked at but never scored (their bound cannot reach the threshold), scored
    and vetoed (and by what), scored below the threshold, edges; and the pairs detection
    grouped."""
    label = data["label"] > 0
    candidate = data["candidate"] > 0
    reachable = data["reachable"] > 0
    veto = reachable & (data["veto"] > 0)
    edge = data["edge"] > 0
    grouped = data["grouped"] > 0
    print(f"pairs {len(label)} of two municipalities, true {int(label.sum())}")
    print(f"  candidates {int(candidate.sum())}: true {int((label & candidate).sum())}")
    print(f"  true never looked at (no candidate) {int((label & ~candidate).sum())}")
    print(f"  true looked at, never scored (bound) {int((label & candidate & ~reachable).sum())}")
    vetoes = ", ".join(
        f"{name} {int((label & veto & (data[name] > 0)).sum())}"
        for name in ("family_conflict", "goods_service", "project")
    )
    print(f"  true scored and vetoed {int((label & veto).sum())} ({vetoes})")
    below = label & reachable & ~veto & ~edge
    print(f"  true scored below the threshold {int(below.sum())}")
    print(f"  edges {int(edge.sum())}: true {int((edge & label).sum())}")
    print(f"  grouped {int(grouped.sum())}: true {int((grouped & label).sum())}")


def report(
    name: str, sets: list[str], per_set: dict[str, dict[str, tuple[float, ...]]], methods: list[str]
) -> None:
    print(f"\n{name}")
    head = "".join(f"  {m + ' P/R/F1':<22}" for m in methods)
    print(f"{'set':<9}{head}")
    pooled = {m: np.zeros(3, dtype=np.int64) for m in methods}
    for s in sets:
        cells = ""
        for m in methods:
            p, r, f, tp, fp, fn = per_set[s][m]
            pooled[m] += (int(tp), int(fp), int(fn))
            cells += f"  {p:.3f} {r:.3f} {f:.3f}      "
        print(f"{s:<9}{cells}")
    cells = ""
    for m in methods:
        tp, fp, fn = (int(v) for v in pooled[m])
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        cells += f"  {p:.3f} {r:.3f} {2 * p * r / max(p + r, 1e-9):.3f}      "
    print(f"{'pooled':<9}{cells}")
    for m in methods:
        print(f"  {m:<9} tp {pooled[m][0]} fp {pooled[m][1]} fn {pooled[m][2]}")


def spread(label: str, folds: list[dict[str, float]]) -> None:
    print(f"\n{label}: mean, sd, min, max over the folds")
    for name in folds[0]:
        values = np.array([f[name] for f in folds])
        print(
            f"  {name:<16} {values.mean():>7.3f} {values.std():>6.3f} "
            f"{values.min():>7.3f} {values.max():>7.3f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="?", default=ROOT / "build" / "pair_evidence.csv")
    parser.add_argument("--no-refit", action="store_true", help="only the logistic regression")
    parser.add_argument(
        "--ablation", action="store_true", help="also leave each kind of evidence out in turn"
    )
    args = parser.parse_args(argv)
    data = load(args.data)
    # the pairs detection looks at, not vetoed (the others are the same for all); also those
    # whose bound at the current weights cannot reach the threshold: other weights may
    looked = data["candidate"] > 0
    label_all = data["label"] > 0
    sets = list(dict.fromkeys(data["set"].tolist()))
    where_true(data)
    free = looked & (data["veto"] <= 0)
    sub = {k: v[free] for k, v in data.items()}
    label = label_all[free]
    marked = marks(sub)
    x = logistic_features(sub, marked)
    mean, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / sd
    per_set: dict[str, dict[str, tuple[float, ...]]] = {}
    logistic_folds: list[dict[str, float]] = []
    refit_folds: list[dict[str, float]] = []
    refit_p_folds: list[dict[str, float]] = []
    cut_folds: list[dict[str, float]] = []
    methods = ["current", "cut", "logistic"] + ([] if args.no_refit else ["refit", "refit_p"])
    # every true pair of a set counts, also those detection never looks at or vetoes: the
    # decisions below are over the free pairs, the misses over all
    for s in sets:
        test, train = sub["set"] == s, sub["set"] != s
        missed_elsewhere = int((label_all & (data["set"] == s) & ~free).sum())
        rows: dict[str, tuple[float, ...]] = {}

        def judged(
            decided: Mask, test: Mask = test, missed: int = missed_elsewhere
        ) -> tuple[float, ...]:
            p, r, f, tp, fp, fn = prf(decided[test], label[test])
            fn += missed
            r = tp / max(tp + fn, 1)
            f = 2 * p * r / max(p + r, 1e-9)
            return (p, r, f, tp, fp, fn)

        rows["current"] = judged((sub["score"] >= THRESHOLD) & (sub["reachable"] > 0))
        w = fit_logistic(z[train], label[train].astype(np.float64))
        cut = best_cut(predict(w, z[train]), label[train])
        rows["logistic"] = judged(predict(w, z) >= cut)
        logistic_folds.append(
            {"intercept": w[0], **{n: w[k + 1] / sd[k] for k, n in enumerate(LOGISTIC)}, "cut": cut}
        )
        if not args.no_refit:
            train_data = {k: v[train] for k, v in sub.items()}
            train_marks = {k: v[train] for k, v in marked.items()}
            weights, factors = refit(
                train_data, train_marks, label[train], np.ones(int(train.sum()), dtype=bool)
            )
            rows["refit"] = judged(engine_form(sub, weights, factors, marked) >= THRESHOLD)
            refit_folds.append({**weights, **factors})
            weights, factors = refit(
                train_data,
                train_marks,
                label[train],
                np.ones(int(train.sum()), dtype=bool),
                keep_precision=True,
            )
            rows["refit_p"] = judged(engine_form(sub, weights, factors, marked) >= THRESHOLD)
            refit_p_folds.append({**weights, **factors})
        # the engine's score as it is, cut where the training sets' F1 is best
        current_cut = best_cut(sub["score"][train].astype(np.float64), label[train])
        rows["cut"] = judged(sub["score"] >= current_cut)
        cut_folds.append({"threshold": current_cut})
        per_set[s] = rows
        print(f"  fold {s} done", file=sys.stderr, flush=True)
    report(
        "Held out, pair by pair (true pairs never scored or vetoed count as misses)",
        sets,
        per_set,
        methods,
    )
    grouped: dict[str, dict[str, tuple[float, ...]]] = {
        s: {"grouped": prf((data["grouped"] > 0)[data["set"] == s], label_all[data["set"] == s])}
        for s in sets
    }
    report(
        "Detection's groups on the same sets (what evaluate_detection counts)",
        sets,
        grouped,
        ["grouped"],
    )
    spread("Logistic weights (per unit of each value)", logistic_folds)
    spread("The engine's score cut at the training sets' best F1", cut_folds)
    if refit_folds:
        spread("Refit constants of the engine's form (best F1)", refit_folds)
        spread("Refit constants of the engine's form (precision kept)", refit_p_folds)
    frontier(z, label, sub["set"], np.asarray(sub["score"], np.float64), int(label_all.sum()))
    if args.ablation:
        ablation(z, label, sub["set"], int((label_all & ~free).sum()))
    return 0


def frontier(z: Array, label: Mask, sets: npt.NDArray[Any], score: Array, total: int) -> None:
    """Recall at equal precision (the gate asks that neither falls): the engine's score and
    the held-out logistic probabilities, each cut anywhere over all sets pooled."""
    precisions = (0.95, 0.9, 0.85, 0.8)
    probability = logistic_out_of_set(z, label, sets)[1]
    print("\nRecall at a precision (any cut, pooled)  " + "  ".join(f"P {p}" for p in precisions))
    for name, values in (("current", score), ("logistic", probability)):
        cells = "  ".join(f"{r:.3f}" for r in recall_at(values, label, total, precisions))
        print(f"  {name:<38} {cells}")


def ablation(z: Array, label: Mask, sets: npt.NDArray[Any], missed: int) -> None:
    """Pooled out-of-set P/R/F1 of the logistic regression without each kind of evidence."""
    print("\nLogistic regression without one kind of evidence (pooled, held out)")
    for name, left_out in {"(all)": (), **KINDS_OF_EVIDENCE}.items():
        keep = [k for k, column in enumerate(LOGISTIC) if column not in left_out]
        decided = logistic_out_of_set(z[:, keep], label, sets)[0]
        p, r, _, tp, fp, fn = prf(decided, label)
        r = tp / max(tp + fn + missed, 1)
        print(
            f"  {name:<12} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}  fp {fp} fn {fn + missed}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
