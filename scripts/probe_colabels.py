"""Could the CPV catalogue have given the word links the hand vocabulary added?

    .venv/bin/python scripts/probe_colabels.py [--details]

Reads ``build/pair_evidence.csv`` and ``build/pair_evidence_blind_era.csv`` (written by
``scripts/pair_evidence.py``, the second with ``--blind-era``) and looks at two kinds of pairs
of the once-blind read sets:

* **gained**: right pairs detection groups with today's vocabulary but not with the vocabulary
  from before the set was read (and the wrong ones gained the same way);
* **family-only**: edges of the blind-era reading carried by a shared need family with no
  shared word, right and wrong.

For each pair, the words that carry it: the words each line's shared need family was known by
(``LineFeatures.matched``), or, when a word newly shares a key, the two spellings. Each pair of
words is then classified by the catalogue, read with the analyzer of the vocabulary from before
the set was read (what a mechanism could have learnt without the hand entries):

* ``same key``: the two words are one word to that analyzer already;
* ``co-labelled``: both are words of the labels (Norwegian or English) of one code;
* ``branch N``: they are in labels of two codes on one branch of the tree (one code the other's
  ancestor), the ancestor with N significant digits;
* ``sibling N``: in labels of two codes sharing the first N digits (N >= 3), neither above the
  other;
* ``part``: a part of one compound and the other word are in one code's labels;
* ``none``.

``--all-pairs``: every cross-municipality pair of the blind-era reading whose lines, after their
shared words are taken out, still have words of one code's labels (each word in at most
``--max-codes`` labels; a line's words are its keys and compound parts, as detection weighs
them), by what detection made of the pair (grouped, a candidate left ungrouped, never a
candidate), right and wrong, and how many of them already have CPV evidence (the codes written
or suggested from the same labels agree): what a link by co-labelled words would add. Apart:
the pairs linked across the languages (one line's word in a code's English label only, the
other's in its Norwegian label: ``translated_codes``), whether co-labelled or not.

Only read sets are read (``/work/wt/TEAM.md``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import evaluate_detection as ev  # noqa: E402

from kommunesamarbeid.core.cpv import significant_digits  # noqa: E402
from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary  # noqa: E402
from kommunesamarbeid.core.overlap.detect import place_names, read_together  # noqa: E402
from kommunesamarbeid.core.overlap.features import LineFeatures, TextModel  # noqa: E402


class LabelIndex:
    """The codes whose labels have a word (by the analyzer's key), whole or as a part."""

    def __init__(self, model: TextModel, catalogue: dict[str, tuple[str, str]]) -> None:
        self.whole: dict[str, set[str]] = defaultdict(set)
        self.part: dict[str, set[str]] = defaultdict(set)
        #: by language: the codes whose Norwegian label has a word, and those whose English
        #: label has it and their Norwegian label not (a word the analyzer left English)
        self.norwegian: dict[str, set[str]] = defaultdict(set)
        self.english: dict[str, set[str]] = defaultdict(set)
        analyse = model.analyzer.analyse
        for code, (no, en) in catalogue.items():
            keys_no = {t.key for t in analyse(no).tokens} if no else set()
            keys_en = {t.key for t in analyse(en).tokens} if en else set()
            for key in keys_no:
                self.norwegian[key].add(code)
            for key in keys_en - keys_no:
                self.english[key].add(code)
            for text in (no, en):
                for token in analyse(text).tokens if text else ():
                    self.whole[token.key].add(code)
                    for part in token.parts:
                        self.part[part].add(code)

    def codes(self, keys: Iterable[str]) -> set[str]:
        return set().union(*(self.whole.get(k, set()) for k in keys))

    def part_codes(self, parts: Iterable[str]) -> set[str]:
        return set().union(*(self.whole.get(p, set()) | self.part.get(p, set()) for p in parts))


def _prefix(code: str) -> str:
    return code[: significant_digits(code)]


def classify(model: TextModel, index: LabelIndex, first: str, second: str) -> str:
    """The class of a pair of words (as written) by the catalogue (module docstring)."""
    ta = model.analyzer.analyse(first).tokens
    tb = model.analyzer.analyse(second).tokens
    ka, kb = {t.key for t in ta}, {t.key for t in tb}
    if not ka or not kb:
        return "none"
    if ka & kb:
        return "same key"
    ca, cb = index.codes(ka), index.codes(kb)
    if ca & cb:
        return "co-labelled"
    best_branch = 0
    best_sibling = 0
    pa = {_prefix(c) for c in ca}
    pb = {_prefix(c) for c in cb}
    for x in pa:
        for y in pb:
            if x.startswith(y) or y.startswith(x):
                best_branch = max(best_branch, min(len(x), len(y)))
            else:
                common = 0
                for u, v in zip(x, y, strict=False):
                    if u != v:
                        break
                    common += 1
                best_sibling = max(best_sibling, common)
    if best_branch >= 2:
        return f"branch {best_branch}"
    parts_a = {p for t in ta for p in t.parts} | ka
    parts_b = {p for t in tb for p in t.parts} | kb
    if index.part_codes(parts_a - ka) & cb or index.part_codes(parts_b - kb) & ca:
        return "part"
    if best_sibling >= 3:
        return f"sibling {best_sibling}"
    if not ca or not cb:
        return "none (not in labels)"
    return "none"


def features_of(model: TextModel, corpus: Path) -> dict[int, LineFeatures]:
    lines, _ = ev.lines_from_labels(corpus)
    places = place_names(lines)
    keys = model.prepare(lines, places)
    found = [model.line(line, places, key) for line, key in zip(lines, keys, strict=True)]
    found = read_together(model, found, places)
    return {line.id: f for line, f in zip(lines, found, strict=True)}


def _related(model: TextModel, fa: int, fb: int) -> bool:
    return fa == fb or fa in model.ancestors[fb] or fb in model.ancestors[fa]


def carrying_words(
    model: TextModel, a: LineFeatures, b: LineFeatures, old_a: LineFeatures, old_b: LineFeatures
) -> tuple[str, list[tuple[str, str]]]:
    """How a pair is carried (``family`` or ``key``) and the word pairs that carry it."""
    pairs: list[tuple[str, str]] = []
    by_code = False
    for fa in a.families:
        for fb in b.families:
            if _related(model, fa, fb):
                wa, wb = a.matched_terms.get(fa, ""), b.matched_terms.get(fb, "")
                if wa and wb:
                    pairs.append((wa.replace(" + ", " "), wb.replace(" + ", " ")))
                else:
                    by_code = True
    if pairs:
        return "family", pairs
    if by_code:
        return "family from code", []
    shared = (set(a.terms) & set(b.terms)) - (set(old_a.terms) & set(old_b.terms))
    for key in shared:
        if a.terms[key] > 0 and b.terms[key] > 0 and key in a.surfaces and key in b.surfaces:
            pairs.append((a.surfaces[key], b.surfaces[key]))
    return ("key", pairs) if pairs else ("other", [])


def _rows(path: Path) -> dict[tuple[str, int, int], dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {(r["set"], int(r["a"]), int(r["b"])): r for r in csv.DictReader(handle)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every word pair")
    parser.add_argument("--all-pairs", action="store_true", help="co-labelled words, all pairs")
    parser.add_argument("--max-codes", type=int, nargs="+", default=[3, 10, 30])
    args = parser.parse_args(argv)
    if args.all_pairs:
        return _all_pairs(args.max_codes)
    today = _rows(ROOT / "build" / "pair_evidence.csv")
    blind = _rows(ROOT / "build" / "pair_evidence_blind_era.csv")
    catalogue = catalogue_from_csv(ev.DEFAULT_CATALOGUE)
    vocabulary = load_vocabulary(ev.DEFAULT_VOCABULARY)
    model_now = build_model(vocabulary, catalogue)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for name in ev.READ_SETS:
        if name in ev.NEVER_BLIND:
            continue
        corpus = ev.DEFAULT_CORPORA[name]
        old_vocabulary = load_vocabulary(ev.vocabulary_before(corpus))
        model_old = build_model(old_vocabulary, catalogue)
        index = LabelIndex(model_old, catalogue)
        now, old = features_of(model_now, corpus), features_of(model_old, corpus)
        for key, row in blind.items():
            if key[0] != name:
                continue
            current = today[key]
            label = "right" if row["label"] == "1" else "wrong"
            _, a, b = key
            groups: list[tuple[str, TextModel, LineFeatures, LineFeatures]] = []
            if current["grouped"] == "1" and row["grouped"] == "0":
                groups.append((f"gained {label}", model_now, now[a], now[b]))
            family_only = float(row["same_family"]) > 0 and float(row["text"]) == 0
            if row["edge"] == "1" and family_only:
                groups.append((f"blind family-only edge {label}", model_old, old[a], old[b]))
            for group, model, fa, fb in groups:
                how, pairs = carrying_words(model, fa, fb, old[a], old[b])
                classes = sorted({classify(model_old, index, x, y) for x, y in pairs})
                best = _best(classes) if classes else how
                counts[group][f"{how}: {best}"] += 1
                if args.details:
                    words = "; ".join(f"{x} ~ {y}" for x, y in pairs)
                    print(f"{group:<32} {name:<8} {how:<6} {best:<20} {words}")
        print(f"({name} done)", file=sys.stderr, flush=True)
    for group in sorted(counts):
        total = sum(counts[group].values())
        print(f"\n{group}: {total}")
        for cls, n in counts[group].most_common():
            print(f"  {cls:<36} {n:>4}")
    return 0


def colabelled_codes(
    index: LabelIndex, first: set[str], second: set[str], max_codes: int
) -> set[str]:
    """Codes whose labels have a word of ``first`` and another of ``second`` (keys; words in
    more than ``max_codes`` labels left out), the words both have taken out first."""

    def codes(keys: set[str], table: dict[str, set[str]] = index.whole) -> set[str]:
        found: set[str] = set()
        for key in keys:
            listed = table.get(key, set())
            if len(listed) <= max_codes:
                found |= listed
        return found

    return codes(first - second) & codes(second - first)


def translated_codes(
    index: LabelIndex, first: set[str], second: set[str], max_codes: int
) -> set[str]:
    """``colabelled_codes`` across the languages: one line's word is in a code's English label
    only (left English by the analyzer), the other's in its Norwegian label."""

    def codes(keys: set[str], table: dict[str, set[str]]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            listed = table.get(key, set())
            if len(index.whole.get(key, ())) <= max_codes:
                found |= listed
        return found

    only_first, only_second = first - second, second - first
    return (codes(only_first, index.english) & codes(only_second, index.norwegian)) | (
        codes(only_second, index.english) & codes(only_first, index.norwegian)
    )


def _all_pairs(limits: Sequence[int]) -> int:
    blind = _rows(ROOT / "build" / "pair_evidence_blind_era.csv")
    catalogue = catalogue_from_csv(ev.DEFAULT_CATALOGUE)
    counts: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    for name in ev.READ_SETS:
        if name in ev.NEVER_BLIND:
            continue
        corpus = ev.DEFAULT_CORPORA[name]
        model = build_model(load_vocabulary(ev.vocabulary_before(corpus)), catalogue)
        index = LabelIndex(model, catalogue)
        keys = {
            i: {k for k, w in f.terms.items() if w > 0}
            for i, f in features_of(model, corpus).items()
        }
        for (set_name, a, b), row in blind.items():
            if set_name != name:
                continue
            if row["grouped"] == "1":
                status = "grouped"
            else:
                status = "candidate" if row["candidate"] == "1" else "no candidate"
            label = "right" if row["label"] == "1" else "wrong"
            for limit in limits:
                if colabelled_codes(index, keys[a], keys[b], limit):
                    counts[(limit, status)][label] += 1
                    if float(row["cpv"]) > 0:
                        counts[(limit, status)][f"{label} cpv"] += 1
                if translated_codes(index, keys[a], keys[b], limit):
                    counts[(limit, status)][f"{label} translated"] += 1
        print(f"({name} done)", file=sys.stderr, flush=True)
    print(
        f"{'max codes':>9} {'blind-era pair':<14} {'right':>6} {'wrong':>6}  "
        "(with CPV evidence)  (across the languages)"
    )
    for (limit, status), found in sorted(counts.items()):
        print(
            f"{limit:>9} {status:<14} {found['right']:>6} {found['wrong']:>6}  "
            f"({found['right cpv']} / {found['wrong cpv']})  "
            f"({found['right translated']} / {found['wrong translated']})"
        )
    return 0


_ORDER = ("same key", "co-labelled", "branch", "part", "sibling", "none")


def _best(classes: list[str]) -> str:
    """The strongest class of a pair's word pairs (``_ORDER``; deeper branches first)."""

    def rank(cls: str) -> tuple[int, int]:
        head = next(i for i, p in enumerate(_ORDER) if cls.startswith(p))
        digits = int(cls.split()[-1]) if cls.split()[-1].isdigit() else 0
        return head, -digits

    return min(classes, key=rank)


if __name__ == "__main__":
    raise SystemExit(main())
