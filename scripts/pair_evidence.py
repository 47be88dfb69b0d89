"""Export the evidence of every cross-municipality pair of the read sets, with its label.

    .venv/bin/python scripts/pair_evidence.py [--out build/pair_evidence.csv] [SET ...]

For every labelled read set (``evaluate_detection.READ_SETS``; or the ones named), the lines are
read as a run reads them (``read_together``, ``FeatureTable``), and every pair of lines of two
different municipalities is scored with ``FeatureTable.components``: the values the pair score
is combined from (need family, words, CPV, heads, and the multiplying factors and marks), before
they are combined. Each row also says

* ``label``: both lines are in one labelled group;
* ``candidate``: detection looks at the pair at all (its words can reach the threshold, or the
  lines share a need family or a head and are near in time: ``grouping.candidate_edges``);
* ``reachable``: a candidate whose bound can reach the threshold (the rest are never scored);
* ``edge``: a candidate scoring the threshold, not vetoed (what makes components);
* ``grouped``: detection put both lines in one group (what ``evaluate_detection`` counts);
* ``kind_value``: the factor the kinds of the lines give, without the one for roles.

``--blind-era``: each set's lines read with the vocabulary as it was in the commit that added
the set (``evaluate_detection.vocabulary_before``), before anyone read its misses: need families
and words are then as unfamiliar with the set as with plans nobody here has seen (the engine's
code stays today's). The sets without such a commit (the development corpus, and the demo
plans written beside the engine) are left out then.

Only the read sets: the unread ones are never exported (``/work/wt/TEAM.md``).
``scripts/fit_pair_weights.py`` reads the file.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from evaluate_detection import (  # noqa: E402
    DEFAULT_CATALOGUE,
    DEFAULT_CORPORA,
    DEFAULT_VOCABULARY,
    NEVER_BLIND,
    READ_SETS,
    lines_from_labels,
    vocabulary_before,
)

from kommunesamarbeid.core.overlap import (  # noqa: E402
    DetectionSettings,
    MatchLine,
    build_model,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.detect import _df_cap, place_names, read_together  # noqa: E402
from kommunesamarbeid.core.overlap.grouping import _reachable, _sorted_unique  # noqa: E402
from kommunesamarbeid.core.overlap.score_factors import min_text_for  # noqa: E402
from kommunesamarbeid.core.overlap.scoring import FeatureTable  # noqa: E402

#: Columns of ``components`` written as they are (numbers; marks as 0/1).
COMPONENTS = (
    "score",
    "veto",
    "family",
    "same_family",
    "related_family",
    "text",
    "cpv",
    "head",
    "code_weight",
    "kind_factor",
    "time_factor",
    "code_alone",
    "family_conflict",
    "code_asked",
    "code_apart",
    "codes_disagree",
    "kinds_differ",
    "code_doubtful",
    "code_overruled",
    "kind_guessed",
    "kind_overruled",
    "project",
    "one_sided",
    "one_of_two",
    "other_reading",
    "roles_differ",
    "broad_apart",
    "broad_link",
    "heads_apart",
    "family_by_head",
    "tails_apart",
    "goods_service",
    "objects_apart",
    "objects_meet",
)
HEADER = (
    "set",
    "a",
    "b",
    "label",
    "candidate",
    "reachable",
    "edge",
    "grouped",
    *COMPONENTS,
    "kind_value",
)


def set_rows(
    name: str,
    lines: Sequence[MatchLine],
    gold: dict[int, str],
    catalogue: object,
    vocabulary: object,
) -> list[list[object]]:
    """The rows (``HEADER``) of one set of lines with their labelled groups (``gold``: line id
    to group; lines without one are in no group)."""
    settings = DetectionSettings()
    threshold = settings.threshold
    model = build_model(vocabulary, catalogue)  # type: ignore[arg-type]
    places = place_names(lines)
    keys = model.prepare(lines, places)
    features = [model.line(line, places, key) for line, key in zip(lines, keys, strict=True)]
    features = read_together(model, features, places)
    n = len(features)
    table = FeatureTable(features, model, settings.max_months_apart, df_cap=_df_cap(n))
    i, j = np.triu_indices(n, 1)
    cross = table.municipality[i] != table.municipality[j]
    a, b = i[cross].astype(np.int64), j[cross].astype(np.int64)
    text = table.similarity(a, b)
    parts = table.components(a, b, text)
    # the pairs detection looks at (``grouping.candidate_edges``)
    found = [k for _, k, _ in table.text.candidates(min_text_for(threshold))]
    found += [table.family_pairs(), table.head_pairs()]
    candidates = _sorted_unique(np.concatenate(found)) if found else np.zeros(0, np.int64)
    keys_ab = a * n + b
    candidate = np.isin(keys_ab, candidates)
    reachable = candidate & _reachable(table, a, b, text, threshold)[0]
    edge = reachable & (parts["score"] >= threshold) & ~parts["veto"]
    groups = detect_overlaps(lines, catalogue, vocabulary, settings)  # type: ignore[arg-type]
    together = {(x, y) for g in groups for x in g.line_ids for y in g.line_ids if x < y}
    ids = [line.id for line in lines]
    roles = np.where(parts["roles_differ"], 0.5, 1.0)
    kind_value = np.round(parts["kind_factor"] / roles, 4)
    rows: list[list[object]] = []
    for k in range(len(a)):
        first, second = ids[int(a[k])], ids[int(b[k])]
        label = first in gold and gold.get(first) == gold.get(second)
        row: list[object] = [
            name,
            first,
            second,
            int(label),
            int(candidate[k]),
            int(reachable[k]),
            int(edge[k]),
            int((first, second) in together),
        ]
        for column in COMPONENTS:
            value = parts[column][k]
            row.append(int(value) if parts[column].dtype == bool else round(float(value), 6))
        row.append(float(kind_value[k]))
        rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help=f"read sets (default: {', '.join(READ_SETS)})")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--blind-era",
        action="store_true",
        help="each set with the vocabulary from before it was read",
    )
    args = parser.parse_args(argv)
    names = args.sets or [s for s in READ_SETS if not (args.blind_era and s in NEVER_BLIND)]
    default = "pair_evidence_blind_era.csv" if args.blind_era else "pair_evidence.csv"
    args.out = args.out or ROOT / "build" / default
    unread = [s for s in names if s not in READ_SETS]
    if unread:
        parser.error(f"not a read set: {', '.join(unread)}")
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for name in names:
            if args.blind_era:
                vocabulary = load_vocabulary(vocabulary_before(DEFAULT_CORPORA[name]))
            lines, gold = lines_from_labels(DEFAULT_CORPORA[name])
            rows = set_rows(name, lines, gold, catalogue, vocabulary)
            writer.writerows(rows)
            labelled = sum(int(r[3]) for r in rows)  # type: ignore[call-overload]
            missed = sum(1 for r in rows if r[3] and not r[4])
            print(
                f"{name:<8} pairs {len(rows):>6}  true {labelled:>4}  "
                f"true not candidates {missed:>3}",
                flush=True,
            )
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
