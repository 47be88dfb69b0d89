"""Score overlap detection on a labelled corpus (labels.csv + expected_values.csv).

    .venv/bin/python scripts/evaluate_detection.py            # dev, demo, unseen, traps
    .venv/bin/python scripts/evaluate_detection.py ../shared/corpus/dev [--sensitivity 0.5]
    .venv/bin/python scripts/evaluate_detection.py --cpv-from-text NOTICES.csv [--municipal-only]
    .venv/bin/python scripts/evaluate_detection.py --blind-era [CORPUS]

Prints pairwise precision, recall and F1 over pairs of lines of *different* municipalities (a
pair is found when both lines are in one proposed group, and right when they share a label
group), then the misses: false positives and false negatives with their descriptions.

The lines are built by ``lines_from_labels`` from the label files (description from labels.csv;
CPV only where the plan wrote one, period from ``date_text``, values from expected_values.csv).
It stands in for the real importer and can be swapped for it.

``--blind-era`` reads each read set with the vocabulary as it was in the commit that added the
set, before anyone read its misses (the engine's code stays today's): a set then looks to the
vocabulary as plans nobody here has seen do. Without a corpus: the read sets that were once
blind, and all of them pooled.

``--cpv-from-text`` checks the CPV codes suggested from text alone on real notices (a CSV with
``tittel`` and ``cpv_hoved``, e.g. ../shared/data-scout/doffin_notices_2020_F02.csv): how often
the suggested code has the same division, group and class as the notice's main CPV.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kommunesamarbeid.core.overlap import (  # noqa: E402
    DetectionSettings,
    GroupResult,
    MatchLine,
    build_model,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.detect import _df_cap, place_names, read_together  # noqa: E402
from kommunesamarbeid.core.overlap.features import LineFeatures  # noqa: E402
from kommunesamarbeid.core.overlap.scoring import FeatureTable  # noqa: E402
from kommunesamarbeid.core.overlap.vocabulary import Vocabulary  # noqa: E402
from kommunesamarbeid.core.periods import parse_period  # noqa: E402

SHARED = Path(os.environ.get("KOMMUNESAMARBEID_SHARED") or ROOT.parent / "shared")
DEFAULT_CATALOGUE = SHARED / "data-scout" / "cpv_2008_en_no.csv"
DEFAULT_VOCABULARY = ROOT / "resources" / "vocabulary"
#: The labelled corpora scored when none is named: development, demo, the unseen check set
#: (written by someone who never saw the engine), the trap set, and the second to seventh
#: check sets (each blind until its misses were read: see their READMEs).
DEFAULT_CORPORA = {
    "dev": SHARED / "corpus" / "dev",
    "demo": ROOT / "resources" / "demo",
    "unseen": ROOT / "tests" / "fixtures" / "unseen_corpus",
    "traps": ROOT / "tests" / "fixtures" / "trap_corpus",
    "holdout": ROOT / "tests" / "fixtures" / "holdout_corpus",
    "blind3": ROOT / "tests" / "fixtures" / "blind3_corpus",
    "blind4": ROOT / "tests" / "fixtures" / "blind4_corpus",
    "blind5": ROOT / "tests" / "fixtures" / "blind5_corpus",
    "blind6": ROOT / "tests" / "fixtures" / "blind6_corpus",
    "blind7": ROOT / "tests" / "fixtures" / "blind7_corpus",
    "blind8": ROOT / "tests" / "fixtures" / "blind8_corpus",
    "blind9": ROOT / "tests" / "fixtures" / "blind9_corpus",
    "blind10": ROOT / "tests" / "fixtures" / "blind10_corpus",
    "blind11": ROOT / "tests" / "fixtures" / "blind11_corpus",
    "blind12": ROOT / "tests" / "fixtures" / "blind12_corpus",
    "blind13": ROOT / "tests" / "fixtures" / "blind13_corpus",
    "blind14": ROOT / "tests" / "fixtures" / "blind14_corpus",
    "blind15": ROOT / "tests" / "fixtures" / "blind15_corpus",
    "blind16": ROOT / "tests" / "fixtures" / "blind16_corpus",
    "blind17": ROOT / "tests" / "fixtures" / "blind17_corpus",
    "blind18": ROOT / "tests" / "fixtures" / "blind18_corpus",
    "blind19": ROOT / "tests" / "fixtures" / "blind19_corpus",
    "blind20": ROOT / "tests" / "fixtures" / "blind20_corpus",
    "blind21": ROOT / "tests" / "fixtures" / "blind21_corpus",
}

#: The sets whose labels and misses may be studied (``/work/wt/TEAM.md``); the rest of
#: ``DEFAULT_CORPORA`` are unread.
READ_SETS = ("dev", "demo", "unseen", "traps", "holdout", *(f"blind{n}" for n in range(3, 14)))
#: Read sets that were never blind: no vocabulary from before they were read.
NEVER_BLIND = ("dev", "demo")


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: list[tuple[int, int]]
    false_negatives: list[tuple[int, int]]


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def lines_from_labels(corpus_dir: Path) -> tuple[list[MatchLine], dict[int, str]]:
    """MatchLines from labels.csv + expected_values.csv, and the gold group of each line id."""
    with (corpus_dir / "labels.csv").open(encoding="utf-8", newline="") as handle:
        labels = list(csv.DictReader(handle))
    values: dict[tuple[str, str, str], dict[str, str]] = {}
    expected = corpus_dir / "expected_values.csv"
    if expected.exists():
        with expected.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                values[(row["file"], row.get("sheet", ""), row["excel_row"])] = row
    municipality_ids: dict[str, int] = {}
    lines: list[MatchLine] = []
    gold: dict[int, str] = {}
    for number, row in enumerate(labels, start=1):
        municipality = row["municipality"].strip()
        municipality_id = municipality_ids.setdefault(municipality, len(municipality_ids) + 1)
        value = values.get((row["file"], row.get("sheet", ""), row["excel_row"]), {})
        cpv = (value.get("cpv8") or "").strip() if (value.get("cpv_written") or "").strip() else ""
        date_text = (value.get("date_text") or "").strip()
        period = parse_period(date_text).period if date_text else None
        lines.append(
            MatchLine(
                id=number,
                municipality_id=municipality_id,
                municipality=municipality,
                description=row["description"],
                details="",
                cpv=cpv.zfill(8) if cpv else None,
                period=period,
                annual_value_nok=_int(value.get("annual_value_nok")),
                total_value_nok=_int(value.get("total_value_nok")),
            )
        )
        if row.get("group", "").strip():
            gold[number] = row["group"].strip()
    return lines, gold


def read_as_detected(
    lines: Sequence[MatchLine],
    catalogue: dict[str, tuple[str, str]],
    vocabulary: Vocabulary,
    settings: DetectionSettings,
) -> tuple[list[LineFeatures], FeatureTable]:
    """The lines read together and tabled as one detection run of them reads them (the word
    weights of all of them): for the scripts that look at the scores of pairs."""
    model = build_model(vocabulary, catalogue)
    places = place_names(lines)
    features = read_together(model, [model.line(line, places) for line in lines], places)
    table = FeatureTable(features, model, settings.max_months_apart, df_cap=_df_cap(len(lines)))
    return features, table


def vocabulary_before(corpus_dir: Path) -> Path:
    """The vocabulary folder as it was in the commit that added the corpus's labels (taken
    out with ``git archive`` into ``build/vocabulary_at/`` once)."""
    labels = (corpus_dir / "labels.csv").resolve().relative_to(ROOT)
    log = ["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--", str(labels)]
    found = subprocess.run(log, check=True, capture_output=True, text=True).stdout.split()
    if not found:
        raise ValueError(f"{labels} er ikke i git-historikken")
    commit = found[-1]
    target = ROOT / "build" / "vocabulary_at" / commit[:12]
    folder = target / "resources" / "vocabulary"
    if not folder.exists():
        target.mkdir(parents=True, exist_ok=True)
        archive = ["git", "-C", str(ROOT), "archive", commit, "resources/vocabulary"]
        tar = subprocess.run(archive, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=tar, check=True)
    return folder


def _cross_pairs(
    groups: Iterable[Sequence[int]], municipality: dict[int, int]
) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for group in groups:
        for a, b in combinations(sorted(group), 2):
            if municipality[a] != municipality[b]:
                pairs.add((a, b))
    return pairs


def score(
    lines: Sequence[MatchLine], gold: dict[int, str], groups: Sequence[GroupResult]
) -> Scores:
    municipality = {line.id: line.municipality_id for line in lines}
    by_label: dict[str, list[int]] = {}
    for line_id, label in gold.items():
        by_label.setdefault(label, []).append(line_id)
    truth = _cross_pairs(by_label.values(), municipality)
    found = _cross_pairs((g.line_ids for g in groups), municipality)
    tp = len(truth & found)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, tp, sorted(found - truth), sorted(truth - found))


def cpv_from_text(
    notices: Path, catalogue: dict[str, tuple[str, str]], municipal_only: bool
) -> dict[str, float]:
    """Share of notices whose CPV suggested from the title matches the real main CPV."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    model = build_model(vocabulary, catalogue)
    with notices.open(encoding="utf-8", newline="") as handle:
        rows = [
            r
            for r in csv.DictReader(handle)
            if not municipal_only or "kommune" in r.get("oppdragsgiver", "").lower()
        ]
    counts = {"notices": 0.0, "suggested": 0.0, "division": 0.0, "group": 0.0, "class": 0.0}
    for number, row in enumerate(rows, start=1):
        truth = (row.get("cpv_hoved") or "").strip()[:8]
        if len(truth) != 8 or not truth.isdigit():
            continue
        counts["notices"] += 1
        found = model.line(MatchLine(number, 1, "", row.get("tittel", "")), frozenset())
        if found.cpv is None:
            continue
        counts["suggested"] += 1
        for name, digits in (("division", 2), ("group", 3), ("class", 4)):
            counts[name] += found.cpv[:digits] == truth[:digits]
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", type=Path, nargs="?", help="mappe med labels.csv og expected_values.csv"
    )
    parser.add_argument(
        "--cpv-from-text", type=Path, help="CSV med kunngjøringer (tittel, cpv_hoved)"
    )
    parser.add_argument(
        "--municipal-only", action="store_true", help="bare kommunale oppdragsgivere"
    )
    parser.add_argument("--sensitivity", type=float, default=None)
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--vocabulary", type=Path, default=DEFAULT_VOCABULARY)
    parser.add_argument("--quiet", action="store_true", help="bare tallene")
    parser.add_argument(
        "--blind-era",
        action="store_true",
        help="hvert korpus med ordlistene fra før det ble lest",
    )
    args = parser.parse_args(argv)
    catalogue = catalogue_from_csv(args.catalogue) if args.catalogue.exists() else {}
    if args.cpv_from_text:
        c = cpv_from_text(args.cpv_from_text, catalogue, args.municipal_only)
        suggested = max(c["suggested"], 1.0)
        print(
            f"Kunngjøringer: {c['notices']:.0f}, med foreslått CPV: {c['suggested']:.0f} "
            f"({c['suggested'] / max(c['notices'], 1.0):.0%})"
        )
        print(
            f"Samme avdeling {c['division'] / suggested:.1%}, samme gruppe "
            f"{c['group'] / suggested:.1%}, samme klasse {c['class'] / suggested:.1%} "
            "(av dem med forslag)"
        )
        return 0
    if args.blind_era and args.corpus is None:
        return _blind_era(catalogue, args.sensitivity)
    if args.blind_era:
        vocabulary = load_vocabulary(vocabulary_before(args.corpus))
    else:
        vocabulary = load_vocabulary(args.vocabulary)
    if args.corpus is None:
        return _summary(vocabulary, catalogue, args.sensitivity)
    lines, gold = lines_from_labels(args.corpus)
    settings = (
        DetectionSettings() if args.sensitivity is None else DetectionSettings(args.sensitivity)
    )
    groups = detect_overlaps(lines, catalogue, vocabulary, settings)
    result = score(lines, gold, groups)
    by_id = {line.id: line for line in lines}
    print(f"Linjer: {len(lines)}, grupper funnet: {len(groups)}, følsomhet {settings.sensitivity}")
    print(
        f"Presisjon {result.precision:.3f}  treffsikkerhet (recall) {result.recall:.3f}  "
        f"F1 {result.f1:.3f}  (riktige par: {result.true_positives})"
    )
    if args.quiet:
        return 0

    def describe(line_id: int) -> str:
        line = by_id[line_id]
        label = gold.get(line_id, "-")
        return f"[{line.municipality[:12]}] {line.description} <{label}>"

    print(f"\nFeil par (falske positive): {len(result.false_positives)}")
    for a, b in result.false_positives:
        print(f"  {describe(a)}\n    + {describe(b)}")
    print(f"\nMangler (falske negative): {len(result.false_negatives)}")
    for a, b in result.false_negatives:
        print(f"  {describe(a)}\n    + {describe(b)}")
    print("\nGrupper:")
    for group in groups:
        print(f"  {group.title} ({group.score:.2f})")
        for line_id in group.line_ids:
            print(f"    {describe(line_id)}")
    return 0


def _summary(
    vocabulary: object, catalogue: dict[str, tuple[str, str]], sensitivity: float | None
) -> int:
    """P/R/F1 of every default corpus that is present, as one table."""
    settings = DetectionSettings() if sensitivity is None else DetectionSettings(sensitivity)
    print(f"Følsomhet {settings.sensitivity}; CPV-katalog: {len(catalogue)} koder")
    print(f"{'korpus':<8} {'linjer':>6} {'grupper':>7} {'presisjon':>9} {'recall':>7} {'F1':>6}")
    for name, folder in DEFAULT_CORPORA.items():
        if not (folder / "labels.csv").exists():
            print(f"{name:<8} (mangler: {folder})")
            continue
        lines, gold = lines_from_labels(folder)
        groups = detect_overlaps(lines, catalogue, vocabulary, settings)  # type: ignore[arg-type]
        result = score(lines, gold, groups)
        print(
            f"{name:<8} {len(lines):>6} {len(groups):>7} {result.precision:>9.3f} "
            f"{result.recall:>7.3f} {result.f1:>6.3f}"
        )
    return 0


def _blind_era(catalogue: dict[str, tuple[str, str]], sensitivity: float | None) -> int:
    """P/R/F1 of each read set that was once blind, read with the vocabulary from before it
    was read, and of them all pooled."""
    settings = DetectionSettings() if sensitivity is None else DetectionSettings(sensitivity)
    print(f"Følsomhet {settings.sensitivity}; hvert korpus med ordlistene fra før det ble lest")
    print(f"{'korpus':<8} {'linjer':>6} {'grupper':>7} {'presisjon':>9} {'recall':>7} {'F1':>6}")
    tp = fp = fn = 0
    for name in READ_SETS:
        folder = DEFAULT_CORPORA[name]
        if name in NEVER_BLIND or not (folder / "labels.csv").exists():
            continue
        vocabulary = load_vocabulary(vocabulary_before(folder))
        lines, gold = lines_from_labels(folder)
        groups = detect_overlaps(lines, catalogue, vocabulary, settings)
        result = score(lines, gold, groups)
        tp += result.true_positives
        fp += len(result.false_positives)
        fn += len(result.false_negatives)
        print(
            f"{name:<8} {len(lines):>6} {len(groups):>7} {result.precision:>9.3f} "
            f"{result.recall:>7.3f} {result.f1:>6.3f}"
        )
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"{'alle':<8} {'':>6} {'':>7} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f}")
    print(f"(riktige par {tp}, feil par {fp}, mangler {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
