"""Precision of nynorsk lines without a CPV code: which unrelated bokmål lines does a nynorsk
line meet, and on which words?

    .venv/bin/python scripts/probe_nynorsk_precision.py             # false-pair rates
    .venv/bin/python scripts/probe_nynorsk_precision.py --show 20   # and the pairs, with words

Drawn from text the engine was not tuned on (test data, read where it lies: see
data-scout/SOURCES.md; nothing of it is written into the repository):

- *nynorsk lines*, three kinds: ``real``, Doffin 2020 titles (``doffin_notices_2020_F02.csv``)
  of buyers that write nynorsk (as ``probe_nynorsk.py`` finds them); ``title``, titles of the
  other buyers turned to nynorsk word by word by the dictionaries (``nn_nb.tsv`` and the
  nynorsk word list, as ``probe_real_precision.Standards`` does: "renholdstjenester" ->
  "reinhaldstenester"); ``label``, the CPV catalogue's Norwegian labels turned the same way
  (no works codes: a works label names no object); and ``control``, the bokmål titles the
  ``title`` lines were made of, as written (what the bokmål lines do among themselves).
- *bokmål lines*: titles of buyers that write bokmål, never the source of a ``title`` line in
  the same run.

Each run has ``_NYNORSK`` nynorsk (or control) lines of one kind and ``_BOKMAL`` bokmål lines, no CPV codes,
detected with the real ``detect_overlaps`` (word weights those of a plan set that size). A
nynorsk line and a bokmål line are *unrelated* when they share no CPV code and their main codes
are in different CPV divisions (first two digits) that are not one area of need; a grouped
unrelated pair is a false pair. Printed per kind: false pairs per 1,000 unrelated nynorsk /
bokmål pairs, and the share of nynorsk lines that meet at least one unrelated bokmål line;
``--show`` lists false pairs with the evidence the engine gives for them.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_nynorsk import MUNICIPALITIES, NOTICES, buyers, by_standard
from probe_precision import _related
from probe_real_precision import Standards, _grouped_pairs, _lines
from probe_real_recall import doffin_notices

from kommunesamarbeid.core.overlap import (
    DetectionSettings,
    Vocabulary,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.pair import explain_pair

KINDS = ("real", "title", "label", "control")
_NYNORSK = 60
_BOKMAL = 200
_WORKS = "45"


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    source: str  # the text it was made of
    codes: frozenset[str]

    @property
    def main(self) -> str:
        return min(self.codes)


def _unrelated(a: Line, b: Line) -> bool:
    if not a.codes.isdisjoint(b.codes):
        return False
    divisions_a = frozenset(c[:2] for c in a.codes)
    divisions_b = frozenset(c[:2] for c in b.codes)
    return divisions_a.isdisjoint(divisions_b) and not _related(divisions_a, divisions_b)


@dataclass(slots=True)
class FalsePair:
    kind: str
    nynorsk: Line
    bokmal: Line
    evidence: str


def sources(
    vocabulary: Vocabulary, catalogue: dict[str, tuple[str, str]]
) -> tuple[dict[str, list[Line]], list[Line]]:
    """The nynorsk lines of each kind, and the bokmål lines."""
    notices = doffin_notices(NOTICES)
    senses = vocabulary.senses
    assert senses is not None

    def nynorsk_only(word: str) -> bool:
        return len(word) >= 3 and bool(senses.nn.lemmas(word)) and not senses.nb.lemmas(word)

    standard = by_standard(notices, buyers(), nynorsk_only)
    forms = Standards(vocabulary)
    kinds: dict[str, list[Line]] = {k: [] for k in KINDS}
    bokmal: list[Line] = []
    for notice in notices:
        line = Line(notice.title, notice.title, frozenset(notice.codes))
        if standard.get(notice.id) == "nn":
            kinds["real"].append(line)
        elif standard.get(notice.id) == "nb" and not notice.codes[0].startswith(_WORKS):
            bokmal.append(line)
            turned = forms.text(notice.title)
            if turned != notice.title:
                kinds["title"].append(Line(turned, notice.title, frozenset(notice.codes)))
                kinds["control"].append(line)
    for code, (label, _english) in sorted(catalogue.items()):
        if code.startswith(_WORKS) or not label:
            continue
        turned = forms.text(label)
        if turned != label:
            kinds["label"].append(Line(turned, label, frozenset({code})))
    return kinds, bokmal


def probe(
    kinds: dict[str, list[Line]],
    bokmal: list[Line],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
    seed: int,
    runs: int,
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[FalsePair]]:
    seen: Counter[str] = Counter()
    false: Counter[str] = Counter()
    lines_seen: Counter[str] = Counter()
    lines_false: Counter[str] = Counter()
    found: list[FalsePair] = []
    settings = DetectionSettings()
    for kind in KINDS:
        # a generator of its own per kind: one kind's pool size does not move the others
        rng = random.Random(f"{seed}-{kind}")
        pool = kinds[kind]
        for _ in range(runs):
            nynorsk = rng.sample(pool, min(_NYNORSK, len(pool)))
            sources_used = {n.source for n in nynorsk}
            others = [b for b in bokmal if b.source not in sources_used]
            chosen = rng.sample(others, min(_BOKMAL, len(others)))
            run = [*nynorsk, *chosen]
            lines = _lines([(line.text, None) for line in run])
            groups = detect_overlaps(lines, catalogue, vocabulary)
            pairs = _grouped_pairs(g.line_ids for g in groups)
            count = len(nynorsk)
            seen[kind] += sum(_unrelated(a, b) for a in nynorsk for b in chosen)
            met: set[int] = set()
            for i, j in sorted(pairs):
                if i >= count or j < count or not _unrelated(run[i], run[j]):
                    continue
                false[kind] += 1
                met.add(i)
                explained = explain_pair(lines, catalogue, vocabulary, i, j, settings)
                evidence = f"{explained.score:.2f} | " + " | ".join(explained.evidence_for)
                found.append(FalsePair(kind, run[i], run[j], evidence))
            lines_seen[kind] += count
            lines_false[kind] += len(met)
    return seen, false, lines_seen, lines_false, found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange falske par per slag")
    parser.add_argument("--runs", type=int, default=8, help="kjøringer per slag")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    if not NOTICES.exists() or not MUNICIPALITIES.exists() or not DEFAULT_CATALOGUE.exists():
        print(
            "Fant ikke kunngjøringene eller katalogen (../shared er ikke lagt ved)", file=sys.stderr
        )
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    kinds, bokmal = sources(vocabulary, catalogue)
    sizes = ", ".join(f"{k} {len(v)}" for k, v in kinds.items())
    print(f"nynorsk lines: {sizes}; bokmål lines: {len(bokmal)}")
    seen, false, lines_seen, lines_false, found = probe(
        kinds, bokmal, vocabulary, catalogue, args.seed, args.runs
    )
    for kind in KINDS:
        rate = 1000 * false[kind] / max(seen[kind], 1)
        share = lines_false[kind] / max(lines_seen[kind], 1)
        print(
            f"{kind:6} false pairs {false[kind]:3}/{seen[kind]} unrelated = {rate:.2f} per 1000;"
            f" nynorsk lines meeting an unrelated line {lines_false[kind]}/{lines_seen[kind]}"
            f" = {share:.3f}"
        )
        for pair in [p for p in found if p.kind == kind][: args.show]:
            print(f"      «{pair.nynorsk.text}» [{pair.nynorsk.main}]")
            print(f"    / «{pair.bokmal.text}» [{pair.bokmal.main}]")
            print(f"        {pair.evidence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
