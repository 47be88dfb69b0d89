"""Which of a labelled corpus's errors come from the grouping step, and which from the pair score.

    .venv/bin/python scripts/grouping_errors.py tests/fixtures/blind12_corpus [...] [--misses]

Scores every pair of the corpus's lines (as detection does, with the word weights of all of
them) and sorts the missed and the false pairs of ``evaluate_detection``:

* missed, pair over the threshold: the pair reaches it on its own, and grouping left it apart;
* missed, through others: under the threshold, but the two are joined by a path of pairs that
  reach it (grouping could have put them together);
* missed, pair score: no such path (only a better pair score finds it);
* false, through others: grouped, though the pair does not reach the threshold on its own (a
  third line held them together);
* false, pair over the threshold: the pair score itself is wrong.

Prints the counts per corpus (and the pairs with ``--misses``). Use it on corpora whose labels
may be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluate_detection import (  # noqa: E402
    DEFAULT_CATALOGUE,
    DEFAULT_VOCABULARY,
    lines_from_labels,
    read_as_detected,
    score,
)

from kommunesamarbeid.core.overlap import (  # noqa: E402
    DetectionSettings,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.grouping import components  # noqa: E402

KINDS = (
    "missed, pair over the threshold",
    "missed, through others",
    "missed, pair score",
    "false, through others",
    "false, pair over the threshold",
)


def classify(folder: Path, settings: DetectionSettings) -> list[tuple[str, int, int, float]]:
    """Each missed and false pair of the corpus with its kind (``KINDS``) and pair score."""
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    lines, gold = lines_from_labels(folder)
    result = score(lines, gold, detect_overlaps(lines, catalogue, vocabulary, settings))
    table = read_as_detected(lines, catalogue, vocabulary, settings)[1]
    n = len(lines)
    pair = table.matrix(np.arange(n, dtype=np.int64))
    edge = (pair.score >= np.float32(settings.threshold)) & ~pair.veto
    first, second = np.nonzero(np.triu(edge, 1))
    part = np.full(n, -1)
    for number, members in enumerate(components(n, first, second)):
        part[members] = number
    row = {line.id: k for k, line in enumerate(lines)}
    found: list[tuple[str, int, int, float]] = []
    for a, b in result.false_negatives:
        i, j = row[a], row[b]
        if edge[i, j]:
            kind = KINDS[0]
        elif part[i] >= 0 and part[i] == part[j]:
            kind = KINDS[1]
        else:
            kind = KINDS[2]
        found.append((kind, a, b, float(pair.score[i, j])))
    for a, b in result.false_positives:
        i, j = row[a], row[b]
        found.append((KINDS[4] if edge[i, j] else KINDS[3], a, b, float(pair.score[i, j])))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="+", help="mapper med labels.csv")
    parser.add_argument("--misses", action="store_true", help="vis parene")
    args = parser.parse_args(argv)
    settings = DetectionSettings()
    total: Counter[str] = Counter()
    for folder in args.corpus:
        found = classify(folder, settings)
        counts = Counter(kind for kind, *_ in found)
        total.update(counts)
        print(f"{folder.name}: " + "; ".join(f"{kind} {counts[kind]}" for kind in KINDS))
        if args.misses:
            lines = {line.id: line for line in lines_from_labels(folder)[0]}
            for kind, a, b, value in found:
                print(f"  {kind} ({value:.3f}): {lines[a].description} + {lines[b].description}")
    if len(args.corpus) > 1:
        print("alle: " + "; ".join(f"{kind} {total[kind]}" for kind in KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
