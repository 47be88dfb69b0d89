"""Where a first run of detection spends its CPU time, step by step (the engine alone).

    .venv/bin/python bench/bench_phases.py [--size 20000] [--seed 1] [--pairs]

The lines are those of ``bench_detection.py`` (same generator, seed and catalogue). The text
model is built first and timed on its own, as ``bench_detection.py`` does; then one first run
(nothing analysed yet) with the steps ``iter_detection`` takes timed by wrapping the functions
it calls (CPU time of the process; a wrapper costs about a microsecond a call):

* reading the lines: everything before ``read_together`` (the analysis of each new text);
* ``read_together``: the run's lines read together (cuts, spellings, acronyms, families);
* the feature table (``FeatureTable``: word vectors, per-line columns, code spread);
* the score matrices of the components (``matrices``: every pair of each component);
* clustering (``cluster_component``) and the groups with their reasons (``_group``);
* the rest: candidates (word blocks, shared needs and heads, the bound, their scores) and
  components.

``--pairs``: how many of the pairs the score matrices score are pairs of distinct readings
(lines whose analysis fields are the same objects, their period aside), and how many when the
period counts too: what scoring each distinct pair once would leave (the period enters every
score through the time factor, so the matrices themselves, their clusters and the reasons
differ per line).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_detection import VOCABULARY, _inputs, _lines  # noqa: E402

#: The steps timed, as (module, function) of the engine, and the name each is shown under.
_STEPS = (
    ("detect", "read_together", "lesing sammen (read_together)"),
    ("detect", "FeatureTable", "tabellen (FeatureTable)"),
    ("grouping", "matrices", "skårmatrisene (matrices)"),
    ("detect", "cluster_component", "klyngene (cluster_component)"),
    ("detect", "_group", "gruppene med begrunnelser (_group)"),
)


def _timed(spent: dict[str, float], name: str, work: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return work(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    return wrapper


def _pair_counts(groups: list[Any], table: Any, counts: Counter[str]) -> None:
    """Pairs of the matrices, and those of distinct readings (without and with the period)."""
    import numpy as np

    from kommunesamarbeid.core.overlap.line_features import _FIELDS
    from kommunesamarbeid.core.overlap.score_matrices import upper_pairs

    fields = [f for f in _FIELDS if f not in ("line", "mid_month")]
    readings: dict[tuple[Any, ...], int] = {}
    timed: dict[tuple[Any, ...], int] = {}
    plain: list[int] = []
    dated: list[int] = []
    for features in table._features:
        key = tuple(id(getattr(features, f)) for f in fields)
        plain.append(readings.setdefault(key, len(readings)))
        dated.append(timed.setdefault((*key, features.mid_month), len(timed)))
    reading, period = np.array(plain), np.array(dated)
    for lines in groups:
        i, j = upper_pairs(len(lines))
        a, b = lines[i], lines[j]
        counts["par"] += len(a)
        counts["par av ulike lesinger"] += len(
            set(zip(reading[a].tolist(), reading[b].tolist(), strict=True))
        )
        counts["par av ulike lesinger og tidsrom"] += len(
            set(zip(period[a].tolist(), period[b].tolist(), strict=True))
        )
        counts["linjer"] += len(lines)
        counts["ulike lesinger"] += len(set(reading[lines].tolist()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Hvor en første kjøring bruker tiden.")
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pairs", action="store_true")
    args = parser.parse_args(argv)

    from kommunesamarbeid.core.overlap import (
        build_model,
        compiled,
        detect,
        grouping,
        load_vocabulary,
    )

    catalogue, _ = _inputs()
    lines = _lines(args.size, args.seed)
    start = time.process_time()
    vocabulary = load_vocabulary(VOCABULARY)
    build_model(vocabulary, catalogue)
    model_cpu = time.process_time() - start

    spent: dict[str, float] = {}
    counts: Counter[str] = Counter()
    modules = {"detect": detect, "grouping": grouping}
    originals = [(modules[m], f, getattr(modules[m], f)) for m, f, _ in _STEPS]
    read_started: list[float] = []
    uncounted: list[float] = []
    for (module, function, original), (_, _, name) in zip(originals, _STEPS, strict=True):
        wrapped = _timed(spent, name, original)
        if function == "read_together":
            timed_read = wrapped

            def wrapped(*a: Any, _inner: Any = timed_read, **k: Any) -> Any:
                read_started.append(time.process_time())
                return _inner(*a, **k)

        if function == "matrices" and args.pairs:
            timed_matrices = wrapped

            def wrapped(groups: Any, table: Any, _inner: Any = timed_matrices) -> Any:
                counting = time.process_time()
                _pair_counts(groups, table, counts)
                uncounted.append(time.process_time() - counting)  # (left out of the run)
                return _inner(groups, table)

        setattr(module, function, wrapped)
    try:
        start = time.process_time()
        groups = detect.detect_overlaps(lines, catalogue, vocabulary)
        total = time.process_time() - start - sum(uncounted)
    finally:
        for module, function, original in originals:
            setattr(module, function, original)
    reading = read_started[0] - start if read_started else total
    print(
        f"{args.size} linjer, {len(groups)} grupper, "
        f"{'kompilert' if compiled.active() else 'ren Python'}; tekstmodellen {model_cpu:.2f} s "
        f"CPU (før kjøringen); første kjøring {total:.2f} s CPU:"
    )
    rows = [("lesing av linjene", reading), *sorted(spent.items(), key=lambda item: -item[1])]
    rows.append(("resten (kandidater, komponenter)", total - reading - sum(spent.values())))
    for name, seconds in rows:
        print(f"  {name:40s} {seconds:6.2f} s {100 * seconds / total:5.1f} %")
    if args.pairs:
        for name, count in counts.items():
            print(f"  {name}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
