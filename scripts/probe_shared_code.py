"""Precision when plans give different needs the same CPV code: does the code carry the pair?

    .venv/bin/python scripts/probe_shared_code.py               # the rates per level
    .venv/bin/python scripts/probe_shared_code.py --show 30     # and false pairs, with reasons

Made from ``../shared/data-scout/doffin_notices_2020_F02.csv`` (Doffin 2020: title, main CPV
``cpv_hoved``, extra codes ``cpv_tillegg``; read where it lies, nothing written into the
repository) and the catalogue's Norwegian labels. Officers often pick a broad code (a division,
group or class) or reuse a catch-all one; here each notice's title is a plan line of a
municipality of its own, in one period, written with its own main code cut to one level:

- ``class``: the first four digits ("7131" -> ``71310000``), ``group``: three, ``division``:
  two (the catch-all code: ``45000000`` "bygge- og anleggsarbeid", ``79000000``, ...);
- with no code: the same lines with no code at all (what the words alone group; ``--show``
  lists only the false pairs the code adds).

Two notices given the same cut code are **different needs** when their own main codes differ,
they share no code at all (main or extra), and the Norwegian labels of their main codes share no
word (of four letters or more, compared by their first five letters): the truth comes from the
data, not from the engine's need families. A different-need pair in one group is a false pair;
the figure is per 1,000 different-need pairs that met in a run.

The same-need side: titles of different buyers with the same main code and a content word in
common (``probe_real_precision.same_need_pairs``), given the code cut to each level (``own``:
all eight digits; ``none``: no code); they must still meet.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_real_precision import (
    NOTICES,
    RUN_LINES,
    Notice,
    _grouped_pairs,
    _lines,
    read_notices,
    same_need_pairs,
)

from kommunesamarbeid.core.overlap import (
    DetectionSettings,
    MatchLine,
    Vocabulary,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.pair import explain_pair

#: Digits kept of each notice's own main code, per variant (0: no code written).
LEVELS = {"class": 4, "group": 3, "division": 2}
_LABEL_WORD = re.compile(r"[^\W\d_]{4,}")


def cut(code: str, digits: int) -> str | None:
    """The code cut to its first ``digits`` digits ("71314000", 3 -> "71300000")."""
    return code[:digits].ljust(8, "0") if digits else None


def label_stems(code: str, catalogue: dict[str, tuple[str, str]]) -> frozenset[str]:
    label = catalogue.get(code, ("", ""))[0]
    return frozenset(word[:5] for word in _LABEL_WORD.findall(label.lower()))


def different_needs(a: Notice, b: Notice, stems: dict[str, frozenset[str]]) -> bool:
    """Different main codes, no code in common, and labels that share no word."""
    if a.main == b.main or not a.codes.isdisjoint(b.codes):
        return False
    first, second = stems[a.main], stems[b.main]
    return bool(first) and bool(second) and first.isdisjoint(second)


@dataclass(slots=True)
class FalsePair:
    level: str
    first: Notice
    second: Notice
    code: str | None
    run: list[MatchLine]
    first_id: int
    second_id: int


def probe_different(
    notices: Sequence[Notice],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
    seeds: int,
) -> tuple[Counter[str], Counter[str], Counter[str], list[FalsePair]]:
    """Per level: different-need pairs given one code that met in a run, those grouped, and
    those grouped when no line has a code (the words alone)."""
    stems = {n.main: label_stems(n.main, catalogue) for n in notices}
    seen: Counter[str] = Counter()
    false: Counter[str] = Counter()
    by_words: Counter[str] = Counter()
    pairs: list[FalsePair] = []
    for seed in range(seeds):
        order = list(notices)
        random.Random(seed).shuffle(order)
        for start in range(0, len(order), RUN_LINES):
            chunk = order[start : start + RUN_LINES]
            plain = _lines([(n.title, None) for n in chunk])
            alone = _grouped_pairs(
                g.line_ids for g in detect_overlaps(plain, catalogue, vocabulary)
            )
            for level, digits in LEVELS.items():
                # the pairs one cut code joins
                asked = {
                    (i, j)
                    for i in range(len(chunk))
                    for j in range(i + 1, len(chunk))
                    if chunk[i].main[:digits] == chunk[j].main[:digits]
                    and different_needs(chunk[i], chunk[j], stems)
                }
                if not asked:
                    continue
                codes = [cut(n.main, digits) for n in chunk]
                lines = _lines([(n.title, code) for n, code in zip(chunk, codes, strict=True)])
                groups = detect_overlaps(lines, catalogue, vocabulary)
                grouped = _grouped_pairs(g.line_ids for g in groups) & asked
                seen[level] += len(asked)
                false[level] += len(grouped)
                by_words[level] += len(alone & asked)
                pairs.extend(
                    FalsePair(level, chunk[i], chunk[j], codes[i], lines, i, j)
                    for i, j in sorted(grouped - alone)
                )
    return seen, false, by_words, pairs


def probe_same(
    pairs: Sequence[tuple[Notice, Notice]],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
) -> tuple[Counter[str], int]:
    """Per level (``own``: all eight digits): same-need pairs given one code, found."""
    found: Counter[str] = Counter()
    per_run = RUN_LINES // 2
    for level, digits in {"own": 8, **LEVELS, "none": 0}.items():
        for start in range(0, len(pairs), per_run):
            chunk = pairs[start : start + per_run]
            texts = [(n.title, cut(n.main, digits)) for a, b in chunk for n in (a, b)]
            grouped = _grouped_pairs(
                g.line_ids for g in detect_overlaps(_lines(texts), catalogue, vocabulary)
            )
            found[level] += sum((2 * k, 2 * k + 1) in grouped for k in range(len(chunk)))
    return found, len(pairs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3, help="så mange stokkinger")
    parser.add_argument("--show", type=int, default=0, help="så mange feil par, med grunner")
    parser.add_argument("--no-same", action="store_true", help="uten samme-behov-proben")
    args = parser.parse_args(argv)
    for path in (NOTICES, DEFAULT_CATALOGUE):
        if not path.exists():
            print(f"Fant ikke {path} (../shared er ikke lagt ved)", file=sys.stderr)
            return 1
    notices = read_notices()
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    seen, false, by_words, pairs = probe_different(notices, vocabulary, catalogue, args.seeds)
    print(f"Kunngjøringer: {len(notices)}, {args.seeds} stokkinger, kjøringer à {RUN_LINES} linjer")
    for level in LEVELS:
        print(
            f"  different needs, {level:8} false pairs {false[level]:4} of {seen[level]} "
            f"({1000 * false[level] / max(seen[level], 1):.2f} per 1000); "
            f"with no code {by_words[level]}"
        )
    if not args.no_same:
        found, total = probe_same(
            same_need_pairs(notices, vocabulary, catalogue), vocabulary, catalogue
        )
        for level in ("own", *LEVELS, "none"):
            print(
                f"  same need, {level:8} {found[level]}/{total} = {found[level] / max(total, 1):.3f}"
            )
    shown: set[tuple[str, str]] = set()
    for pair in pairs:
        key = (pair.first.title, pair.second.title)
        if len(shown) >= args.show or key in shown:
            continue
        shown.add(key)
        explained = explain_pair(
            pair.run, catalogue, vocabulary, pair.first_id, pair.second_id, DetectionSettings()
        )
        print(
            f"\n[{pair.level} {pair.code}] «{pair.first.title}» [{pair.first.main}]\n"
            f"    / «{pair.second.title}» [{pair.second.main}]\n"
            f"    {explained.score:.2f} | " + " | ".join(explained.evidence_for)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
