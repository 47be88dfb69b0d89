"""Which vocabulary files gave the read sets what they gained after they were read?

    .venv/bin/python scripts/vocabulary_gain.py [ITEM ...]

Each once-blind read set is read with the vocabulary from before it was read
(``evaluate_detection.vocabulary_before``), then with that vocabulary and one item of today's
put in its place (a file or folder of ``resources/vocabulary``: by default the need families,
the English word list, the spelling variants, the lexicon derived from the Hunspell
dictionaries at build time, and the rest together), and the pairs are pooled over the sets as
``evaluate_detection.py --blind-era`` pools them. What one item alone adds is what it gave; the
items written by hand and the one derived from language data are told apart so.

Only read sets are read (``/work/wt/TEAM.md``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import evaluate_detection as ev  # noqa: E402

from kommunesamarbeid.core.overlap import (  # noqa: E402
    DetectionSettings,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)

#: What is swapped in, one at a time ("rest": every file not named here).
ITEMS = ("families.json", "english.tsv", "spelling_variants.tsv", "lexicon", "rest")


def mixed(old: Path, today: Path, item: str, target: Path) -> Path:
    """A copy of the vocabulary folder ``old`` with ``item`` of ``today`` in its place."""
    shutil.copytree(old, target)
    named = set(ITEMS) - {"rest"}
    swapped = [p.name for p in today.iterdir() if p.name not in named] if item == "rest" else [item]
    for name in swapped:
        source, goal = today / name, target / name
        if goal.is_dir():
            shutil.rmtree(goal)
        elif goal.exists():
            goal.unlink()
        if source.is_dir():
            shutil.copytree(source, goal)
        elif source.exists():
            shutil.copy2(source, goal)
    return target


def pooled(item: str | None) -> tuple[int, int, int]:
    """Right, wrong and missed pairs over the once-blind read sets, read with the vocabulary
    from before each was read (with ``item`` of today's in its place)."""
    catalogue = catalogue_from_csv(ev.DEFAULT_CATALOGUE)
    settings = DetectionSettings()
    tp = fp = fn = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in ev.READ_SETS:
            folder = ev.DEFAULT_CORPORA[name]
            if name in ev.NEVER_BLIND:
                continue
            vocabulary_dir = ev.vocabulary_before(folder)
            if item is not None:
                target = Path(scratch) / name
                vocabulary_dir = mixed(vocabulary_dir, ev.DEFAULT_VOCABULARY, item, target)
            lines, gold = ev.lines_from_labels(folder)
            groups = detect_overlaps(lines, catalogue, load_vocabulary(vocabulary_dir), settings)
            result = ev.score(lines, gold, groups)
            tp += result.true_positives
            fp += len(result.false_positives)
            fn += len(result.false_negatives)
    return tp, fp, fn


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="*", default=list(ITEMS))
    args = parser.parse_args(argv)
    print(f"{'today’s item':<24} {'right':>6} {'wrong':>6} {'missed':>6} {'P':>6} {'R':>6}")
    for item in [None, *args.items]:
        tp, fp, fn = pooled(item)
        print(
            f"{item or '(none: blind era)':<24} {tp:>6} {fp:>6} {fn:>6} "
            f"{tp / max(tp + fp, 1):>6.3f} {tp / max(tp + fn, 1):>6.3f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
