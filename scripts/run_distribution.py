"""How the plans of a run distribute the words of pairs: contrast and complementary distribution.

    .venv/bin/python scripts/run_distribution.py [corpus ...] [--unit word|head|member]
        [--min-plans 2] [--pooled] [--pairs]

A run pools some ten plans, and a plan names each of its needs about once. For a pair of lines
of two municipalities, with a unit ``a`` only the first line has and ``b`` only the second has,
the run says two things no vocabulary does:

* contrast: a plan other than the two lines' own writes ``a`` and ``b`` on separate lines (a
  line with ``a`` and without ``b``, another with ``b`` and without ``a``: a line that names
  both is no contrast). That plan holds them to be two needs;
* complementary distribution: no plan writes both, and each is in at least ``--min-plans``
  plans: two names of one need, the way linguists test for variants.

Three units are measured: a line's main words as read (their keys: lemmas and compounds, not
surfaces), their heads (generic last parts taken off: "renhold" of "renholdstjenester"), and
a need family's member (the family with the keys of the words a line's family was read from;
contrast then needs both lines of the other plan in that family, each read from its own
word). "thin" counts pairs where ``a`` or ``b`` is in one plan only: the statistic cannot say
anything about them. "split" (members only): a plan other than the two lines' own has two
lines read in the family from words that share none (the family is two needs to that plan).

Prints, per kind of pair, how many labelled-same and labelled-different pairs have each
statistic: near the threshold, over it (a contrast would lower them), under it (a
complementary distribution would raise them; also only those with some weak agreement: a
need family, the same or a related one, or a code that counts), missed and false. Pairs are
of lines of different municipalities whose score lies in 0.3-0.7, or that are missed or
false; for members, every pair a need family joins by words that share none. ``--pooled``
counts the plans over all the sets named, as one run of some 160 plans would (the pairs and
their scores stay each set's own). Use it on corpora whose labels may be read (it refuses
the unread check sets).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import evaluate_detection as evaluation  # noqa: E402
from evaluate_detection import (  # noqa: E402
    DEFAULT_CATALOGUE,
    DEFAULT_CORPORA,
    DEFAULT_VOCABULARY,
    lines_from_labels,
    read_as_detected,
)

from kommunesamarbeid.core.overlap import (  # noqa: E402
    DetectionSettings,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.features import LineFeatures  # noqa: E402
from kommunesamarbeid.core.overlap.model import MatchLine  # noqa: E402
from kommunesamarbeid.core.overlap.vocabulary import Vocabulary  # noqa: E402

#: The first check set nobody may read (it and the later ones are refused).
NEAR = (0.3, 0.7)
#: The "families" main words and heads are looked up under (``RunUnits``).
WORD, HEAD = -1, -2


#: The labelled sets whose misses may be studied (``evaluate_detection.READ_SETS``).
READ_SETS = {name: DEFAULT_CORPORA[name] for name in evaluation.READ_SETS}


Reference = tuple[dict[str, tuple[str, str]], Vocabulary]


@dataclass(frozen=True)
class Pair:
    corpus: str
    first: str
    second: str
    same: bool
    grouped: bool
    score: float
    units: tuple[tuple[str, ...], tuple[str, ...]]
    contrast: int
    complementary: int
    thin: bool
    #: the lines share a main word (as read)
    shared: bool
    #: some weak agreement besides the words (``Run.weak``)
    weak: bool
    #: (need-family members) plans other than the two lines' own with two lines read in
    #: the family from words that share none
    split: int


def _member_keys(line: LineFeatures, family: int) -> frozenset[str]:
    """The keys of the words a line's need family was read from (as its surfaces read)."""
    keys_of: dict[str, str] = {}
    for key, surface in line.surfaces.items():
        keys_of.setdefault(surface.lower(), key)
    words = (w.strip().lower() for w in line.matched_terms.get(family, "").split(" + "))
    return frozenset(keys_of.get(w, w) for w in words if w)


class RunUnits:
    """Per unit (a frozenset of keys, with a family or -1) the lines of each plan that have it."""

    def __init__(self, features: Sequence[LineFeatures], plan: Sequence[int]) -> None:
        self.plan = plan
        self.words = [frozenset(f.main_keys) for f in features]
        self.heads = [frozenset(f.heads) for f in features]
        self.members: list[dict[int, frozenset[str]]] = [
            {}
            if f.family_from_code
            else {fam: k for fam in f.families if (k := _member_keys(f, fam))}
            for f in features
        ]
        # (key, family or -1) -> the lines that have it
        self._index: dict[tuple[str, int], set[int]] = defaultdict(set)
        for z, words in enumerate(self.words):
            for w in words:
                self._index[w, WORD].add(z)
        for z, heads in enumerate(self.heads):
            for w in heads:
                self._index[w, HEAD].add(z)
        self._in_family: dict[int, list[int]] = defaultdict(list)
        for z, members in enumerate(self.members):
            for family, keys in members.items():
                self._in_family[family].append(z)
                for w in keys:
                    self._index[w, family].add(z)
        self._lines: dict[tuple[int, frozenset[str]], dict[int, list[int]]] = {}

    def split(self, family: int, own: set[int]) -> int:
        """Plans not in ``own`` with two lines read in ``family`` from words that share none."""
        by_plan: dict[int, list[frozenset[str]]] = defaultdict(list)
        for z in self._in_family.get(family, ()):
            by_plan[self.plan[z]].append(self.members[z][family])
        return sum(
            any(not (m[i] & m[j]) for i in range(len(m)) for j in range(i))
            for plan, m in by_plan.items()
            if plan not in own
        )

    def lines_with(self, family: int, unit: frozenset[str]) -> dict[int, list[int]]:
        """Plan -> its lines with ``unit`` (``WORD``: among the main words, ``HEAD``: among
        the heads; a family: read in it from words that include ``unit``)."""
        key = (family, unit)
        found = self._lines.get(key)
        if found is None:
            found = defaultdict(list)
            having = set.intersection(*(self._index.get((w, family), set()) for w in unit))
            for z in sorted(having):
                found[self.plan[z]].append(z)
            self._lines[key] = found
        return found


def _statistics(
    run: RunUnits, family: int, a: frozenset[str], b: frozenset[str], own: set[int], least: int
) -> tuple[int, bool, bool]:
    """Contrasts (plans other than ``own``), complementary distribution, and whether either
    unit is in one plan only."""
    with_a, with_b = run.lines_with(family, a), run.lines_with(family, b)
    contrast = 0
    for plan in (with_a.keys() & with_b.keys()) - own:
        only_a = [z for z in with_a[plan] if z not in with_b[plan]]
        only_b = [z for z in with_b[plan] if z not in with_a[plan]]
        contrast += bool(only_a and only_b)
    apart = not (with_a.keys() & with_b.keys())
    complementary = apart and len(with_a) >= least and len(with_b) >= least
    return contrast, complementary, min(len(with_a), len(with_b)) < 2


def _unit_pairs(
    run: RunUnits, x: int, y: int, unit: str
) -> Iterable[tuple[int, frozenset[str], frozenset[str]]]:
    """The (family, a, b) a pair is asked about: main words one line has and the other not,
    or for a need family both are in, the words each was read from (sharing none)."""
    if unit in ("word", "head"):
        wx, wy = (run.words[x], run.words[y]) if unit == "word" else (run.heads[x], run.heads[y])
        for a in sorted(wx - wy):
            for b in sorted(wy - wx):
                yield WORD if unit == "word" else HEAD, frozenset([a]), frozenset([b])
        return
    mx, my = run.members[x], run.members[y]
    for family in sorted(mx.keys() & my.keys()):
        if not mx[family] & my[family]:
            yield family, mx[family], my[family]


@dataclass
class Run:
    """One read set as detection reads and scores it."""

    name: str
    lines: list[MatchLine]
    gold: dict[int, str]
    group_of: dict[int, int]
    features: list[LineFeatures]
    a: list[int]
    b: list[int]
    scores: list[float]
    #: per pair: some weak agreement besides the words (a need family, the same or a
    #: related one, or a CPV code that counts)
    weak: list[bool]


def read_run(name: str, settings: DetectionSettings, reference: Reference) -> Run:
    """A read set's lines, labels, groups, features and the scores of its pairs of lines of
    different municipalities."""
    catalogue, vocabulary = reference
    lines, gold = lines_from_labels(READ_SETS[name])
    group_of: dict[int, int] = {}
    for number, group in enumerate(detect_overlaps(lines, catalogue, vocabulary, settings)):
        group_of.update(dict.fromkeys(group.line_ids, number))
    features, table = read_as_detected(lines, catalogue, vocabulary, settings)
    n = len(lines)
    plan = np.array([line.municipality_id for line in lines])
    first, second = np.triu_indices(n, 1)
    keep = plan[first] != plan[second]
    a, b = first[keep].astype(np.int64), second[keep].astype(np.int64)
    parts = table.components(a, b, table.similarity(a, b))
    weak = (parts["same_family"] > 0) | (parts["related_family"] > 0) | (parts["cpv"] > 0)
    return Run(
        name,
        lines,
        gold,
        group_of,
        features,
        a.tolist(),
        b.tolist(),
        parts["score"].tolist(),
        weak.tolist(),
    )


def measure(run: Run, units: RunUnits, offset: int, unit: str, least: int) -> list[Pair]:
    """The pairs of one read set asked about, with their statistics (``units``: of this run
    alone, or of all runs pooled, this one's lines from ``offset`` on)."""
    lines, gold, group_of = run.lines, run.gold, run.group_of
    found: list[Pair] = []
    for x, y, score, weak in zip(run.a, run.b, run.scores, run.weak, strict=True):
        label = gold.get(lines[x].id)
        same = label is not None and label == gold.get(lines[y].id)
        grouped = group_of.get(lines[x].id, -1) == group_of.get(lines[y].id, -2)
        # (every pair a need family joins by other words; else those near, missed or false)
        if unit != "member" and not (NEAR[0] <= score <= NEAR[1] or same != grouped):
            continue
        asked = list(_unit_pairs(units, offset + x, offset + y, unit))
        if not asked:
            continue
        own = {units.plan[offset + x], units.plan[offset + y]}
        split = sum(units.split(family, own) for family, _, _ in asked if family >= 0)
        contrast = complementary = 0
        thin = True
        for family, ua, ub in asked:
            c, k, t = _statistics(units, family, ua, ub, own, least)
            contrast += c
            complementary += k
            thin &= t
        found.append(
            Pair(
                run.name,
                lines[x].description,
                lines[y].description,
                same,
                grouped,
                score,
                (
                    tuple(sorted("+".join(sorted(u)) for _, u, _ in asked)),
                    tuple(sorted("+".join(sorted(u)) for _, _, u in asked)),
                ),
                contrast,
                complementary,
                thin,
                bool(units.words[offset + x] & units.words[offset + y]),
                weak,
                split,
            )
        )
    return found


def _row(title: str, pairs: list[Pair]) -> str:
    counts: Counter[tuple[bool, str]] = Counter()
    for p in pairs:
        counts[p.same, "n"] += 1
        counts[p.same, "contrast"] += p.contrast > 0
        counts[p.same, "compl"] += p.complementary > 0
        counts[p.same, "thin"] += p.thin
        counts[p.same, "split"] += p.split > 0
    cells = [
        f"{counts[s, 'n']:>5} {counts[s, 'contrast']:>5} {counts[s, 'compl']:>5} "
        f"{counts[s, 'thin']:>5} {counts[s, 'split']:>5}"
        for s in (True, False)
    ]
    return f"{title:<34} {cells[0]}   {cells[1]}"


ROWS: tuple[tuple[str, Callable[[Pair, float], bool]], ...] = (
    ("near (0.3-0.7)", lambda p, t: NEAR[0] <= p.score <= NEAR[1]),
    ("at or over threshold", lambda p, t: p.score >= t),
    ("at or over, no main word shared", lambda p, t: p.score >= t and not p.shared),
    ("under threshold", lambda p, t: p.score < t),
    ("under, no main word shared", lambda p, t: p.score < t and not p.shared),
    ("under, weak agreement", lambda p, t: p.score < t and p.weak),
    ("missed", lambda p, t: p.same and not p.grouped),
    ("false", lambda p, t: p.grouped and not p.same),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", help="names from evaluate_detection (read sets)")
    parser.add_argument("--unit", choices=("word", "head", "member"), default=None)
    parser.add_argument("--min-plans", type=int, default=2)
    parser.add_argument("--pairs", action="store_true", help="list pairs with a statistic")
    parser.add_argument(
        "--pooled",
        action="store_true",
        help="count plans over all the sets named (a run of some 160 plans), pairs per set",
    )
    args = parser.parse_args(argv)
    names = args.corpora or list(READ_SETS)
    refused = [n for n in names if n not in READ_SETS]
    if refused:
        parser.error(f"not a read set: {', '.join(refused)}")
    settings = DetectionSettings()
    reference = (catalogue_from_csv(DEFAULT_CATALOGUE), load_vocabulary(DEFAULT_VOCABULARY))
    runs = [read_run(name, settings, reference) for name in names]
    for unit in [args.unit] if args.unit else ["word", "head", "member"]:
        pairs: list[Pair] = []
        if args.pooled:
            plans = [(k, line.municipality_id) for k, run in enumerate(runs) for line in run.lines]
            ids = {p: k for k, p in enumerate(dict.fromkeys(plans))}
            pooled = RunUnits([f for run in runs for f in run.features], [ids[p] for p in plans])
            offset = 0
            for run in runs:
                pairs.extend(measure(run, pooled, offset, unit, args.min_plans))
                offset += len(run.lines)
        else:
            for run in runs:
                units = RunUnits(run.features, [line.municipality_id for line in run.lines])
                pairs.extend(measure(run, units, 0, unit, args.min_plans))
        where = "all sets pooled" if args.pooled else "each set's own run"
        print(
            f"\nunit: {unit}, plans counted in {where} (min plans {args.min_plans}); "
            "counts: n contrast compl thin split"
        )
        print(f"{'pairs':<34} {'labelled same':<29}   labelled different")
        for title, test in ROWS:
            print(_row(title, [p for p in pairs if test(p, settings.threshold)]))
        if args.pairs:
            for p in pairs:
                if p.contrast or p.complementary:
                    print(
                        f"  {p.corpus:<8} {'S' if p.same else 'D'} {p.score:.2f} "
                        f"c{p.contrast} k{p.complementary} {p.first!r} / {p.second!r} "
                        f"{list(p.units[0])} {list(p.units[1])}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
