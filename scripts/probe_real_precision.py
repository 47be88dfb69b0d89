"""Precision on real text: do titles real buyers wrote for unrelated needs group?

    .venv/bin/python scripts/probe_real_precision.py                 # the rates per variant
    .venv/bin/python scripts/probe_real_precision.py --show 40       # and false pairs, with reasons
    .venv/bin/python scripts/probe_real_precision.py --csv out.csv   # every grouped pair

Made from ``../shared/data-scout/doffin_notices_2020_F02.csv`` (about 1,100 Doffin notices of
2020: title, buyer, main CPV ``cpv_hoved``, extra codes ``cpv_tillegg``; read where it lies,
nothing written into the repository; see data-scout/SOURCES.md). Each notice's title is a plan
line of a municipality of its own, in one period, written three ways:

- ``none``: the title, no CPV code (plans often have none);
- ``nn``: the same, each word turned to the other written standard (bokmål to nynorsk, nynorsk
  to bokmål) where the lexicon ``resources/vocabulary/lexicon/nn_nb.tsv`` pairs it;
- ``shared``: the title with one code for every line of the run (the first notice's main code:
  wrong for almost all of them, a code copied along a plan).

The lines are shuffled (``--seeds`` times) and detected in runs of ``RUN_LINES`` lines with the
real ``detect_overlaps`` (so word weights are those of a plan set that size). Two notices are
**unrelated** when they share no CPV code at all (main or extra) and their main codes are in
different CPV groups (first three digits); a pair of unrelated notices in one group is a false
pair. The false-pair figure is per 1,000 unrelated pairs that met in a run; "precision" is the
share of grouped pairs that are not unrelated (pairs that share a code or a group count as
right, which flatters: the figure to watch is the false pairs).

The same-need probe goes the other way: pairs of titles from different buyers with the same
main code (all eight digits) and a content word in common (a main word of the engine's reading,
after normalisation), two lines each in runs of ``RUN_LINES`` lines, counted as found when
detection puts them in one group. Some notices code the same need under another group: read
the false pairs (``--show``) before counting them as errors.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# scripts/ is on the path when a script runs: evaluate_detection puts the repository there too
from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED

from kommunesamarbeid.core.overlap import (
    DetectionSettings,
    MatchLine,
    Vocabulary,
    build_model,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.pair import explain_pair
from kommunesamarbeid.core.periods import Period

NOTICES = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
#: Lines per detection run (about one plan set).
RUN_LINES = 200
PERIOD = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
VARIANTS = ("none", "nn", "shared")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Notice:
    number: int
    title: str
    buyer: str
    main: str
    codes: frozenset[str]


def read_notices(path: Path = NOTICES) -> list[Notice]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    notices = []
    for row in rows:
        main = (row.get("cpv_hoved") or "").strip()[:8]
        title = " ".join((row.get("tittel") or "").split())
        if len(main) != 8 or not main.isdigit() or not title:
            continue
        extra = {c[:8] for c in (row.get("cpv_tillegg") or "").split() if c[:8].isdigit()}
        notices.append(
            Notice(
                len(notices), title, row.get("oppdragsgiver", ""), main, frozenset({main, *extra})
            )
        )
    return notices


def unrelated(a: Notice, b: Notice) -> bool:
    """No code in common (main or extra) and main codes in different CPV groups."""
    return a.codes.isdisjoint(b.codes) and a.main[:3] != b.main[:3]


class Standards:
    """Words turned to the other written standard by the dictionaries: a bokmål form nynorsk
    does not have ("tjenester") to the nynorsk form of the word the lexicon pairs it with
    ("tenester"), and the other way; only when the form made is a form of the other standard
    (the lexicon's pairs by spelling rules alone, "tel" for "til", are never used: "til" is
    nynorsk too). A compound's last part is turned the same way ("renholdstjenester" ->
    "renholdstenester")."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        senses = vocabulary.senses
        if senses is None:
            raise SystemExit("Ordlistene (resources/vocabulary/lexicon) mangler")
        self.senses = senses
        self.nb_nn: dict[str, str] = {}
        for nn, nb in senses.nn_nb.items():
            self.nb_nn.setdefault(nb, nn)
        self._cache: dict[str, str | None] = {}

    def _whole(self, word: str) -> str | None:
        nb, nn = self.senses.nb, self.senses.nn
        for own, other, pairs in (
            (nb, nn, self.nb_nn),
            (nn, nb, self.senses.nn_nb),
        ):
            if other.lemmas(word) or not own.lemmas(word):
                continue
            for lemma in own.lemmas(word):
                paired = pairs.get(lemma)
                # a headword the other standard has too differs only in its endings
                if paired is None or other.lemmas(lemma) or not word.startswith(lemma[:-1]):
                    continue
                ending = word[len(lemma) :] if word.startswith(lemma) else ""
                for candidate in (paired + ending, paired):
                    if other.lemmas(candidate):
                        return candidate
        return None

    def word(self, word: str) -> str | None:
        if word in self._cache:
            return self._cache[word]
        found = self._whole(word)
        known = self.senses.nb.lemmas(word) or self.senses.nn.lemmas(word)
        if found is None and not known:
            # a compound the dictionaries do not list: its last part (five letters or more)
            for cut in range(4, len(word) - 4):
                head = self._whole(word[cut:])
                if head is not None:
                    found = word[:cut] + head
                    break
        self._cache[word] = found
        return found

    def text(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            word = match.group(0)
            if word.isupper() or (word[:1].isupper() and match.start() > 0):
                return word  # an acronym or a name ("LARK", "Bodø")
            other = self.word(word.lower())
            if other is None:
                return word
            return other[:1].upper() + other[1:] if word[:1].isupper() else other

        return _WORD.sub(swap, text)


def _lines(texts: Sequence[tuple[str, str | None]]) -> list[MatchLine]:
    return [
        MatchLine(n, n + 1, f"Kommune {n + 1}", text, cpv=cpv, period=PERIOD)
        for n, (text, cpv) in enumerate(texts)
    ]


def _grouped_pairs(groups: Iterable[Sequence[int]]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for ids in groups:
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                found.add((a, b))
    return found


@dataclass(slots=True)
class FalsePair:
    variant: str
    first: Notice
    second: Notice
    first_text: str
    second_text: str
    cpv: str | None
    run: list[MatchLine]
    first_id: int
    second_id: int


@dataclass(slots=True)
class Outcome:
    seen: Counter[str]
    false: Counter[str]
    grouped: Counter[str]
    pairs: list[FalsePair]


def probe_unrelated(
    notices: Sequence[Notice],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
    seeds: int,
    variants: Sequence[str] = VARIANTS,
) -> Outcome:
    forms = Standards(vocabulary)
    outcome = Outcome(Counter(), Counter(), Counter(), [])
    for seed in range(seeds):
        order = list(notices)
        random.Random(seed).shuffle(order)
        for start in range(0, len(order), RUN_LINES):
            chunk = order[start : start + RUN_LINES]
            if len(chunk) < 2:
                continue
            for variant in variants:
                code = chunk[0].main if variant == "shared" else None
                texts = [(forms.text(n.title) if variant == "nn" else n.title, code) for n in chunk]
                lines = _lines(texts)
                groups = detect_overlaps(lines, catalogue, vocabulary)
                pairs = _grouped_pairs(g.line_ids for g in groups)
                outcome.seen[variant] += sum(
                    unrelated(chunk[i], chunk[j])
                    for i in range(len(chunk))
                    for j in range(i + 1, len(chunk))
                )
                outcome.grouped[variant] += len(pairs)
                for i, j in sorted(pairs):
                    if unrelated(chunk[i], chunk[j]):
                        outcome.false[variant] += 1
                        outcome.pairs.append(
                            FalsePair(
                                variant,
                                chunk[i],
                                chunk[j],
                                texts[i][0],
                                texts[j][0],
                                code,
                                lines,
                                i,
                                j,
                            )
                        )
    return outcome


def same_need_pairs(
    notices: Sequence[Notice], vocabulary: Vocabulary, catalogue: dict[str, tuple[str, str]]
) -> list[tuple[Notice, Notice]]:
    """Titles of different buyers with the same main code and a main word in common."""
    model = build_model(vocabulary, catalogue)
    words: dict[int, frozenset[str]] = {}
    for notice in notices:
        found = model.line(MatchLine(0, 1, "", notice.title), frozenset())
        words[notice.number] = frozenset(k for k in found.main_keys if found.terms.get(k, 0.0) > 0)
    by_code: dict[str, list[Notice]] = defaultdict(list)
    for notice in notices:
        by_code[notice.main].append(notice)
    pairs: list[tuple[Notice, Notice]] = []
    for code in sorted(by_code):
        group = by_code[code]
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.buyer.strip().lower() == b.buyer.strip().lower() or a.title == b.title:
                    continue
                if words[a.number] & words[b.number]:
                    pairs.append((a, b))
    return pairs


def probe_same_need(
    pairs: Sequence[tuple[Notice, Notice]],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
    variants: Sequence[str] = ("none", "nn", "own"),
) -> tuple[Counter[str], Counter[str], list[tuple[str, Notice, Notice]]]:
    forms = Standards(vocabulary)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[tuple[str, Notice, Notice]] = []
    per_run = RUN_LINES // 2
    for variant in variants:
        for start in range(0, len(pairs), per_run):
            chunk = pairs[start : start + per_run]
            texts: list[tuple[str, str | None]] = []
            for a, b in chunk:
                for notice in (a, b):
                    text = forms.text(notice.title) if variant == "nn" else notice.title
                    texts.append((text, notice.main if variant == "own" else None))
            groups = detect_overlaps(_lines(texts), catalogue, vocabulary)
            grouped = _grouped_pairs(g.line_ids for g in groups)
            for k, (a, b) in enumerate(chunk):
                total[variant] += 1
                if (2 * k, 2 * k + 1) in grouped:
                    found[variant] += 1
                else:
                    missed.append((variant, a, b))
    return found, total, missed


def _reasons(pair: FalsePair, vocabulary: Vocabulary, catalogue: dict[str, tuple[str, str]]) -> str:
    explained = explain_pair(
        pair.run, catalogue, vocabulary, pair.first_id, pair.second_id, DetectionSettings()
    )
    return f"{explained.score:.2f} | " + " | ".join(explained.evidence_for)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=Path, default=NOTICES)
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--seeds", type=int, default=3, help="så mange stokkinger")
    parser.add_argument("--show", type=int, default=0, help="så mange feil par, med grunner")
    parser.add_argument("--missed", type=int, default=0, help="så mange bommer i samme behov")
    parser.add_argument("--csv", type=Path, help="skriv hvert feil par hit")
    parser.add_argument("--no-same", action="store_true", help="uten samme-behov-proben")
    args = parser.parse_args(argv)
    for path in (args.notices, args.catalogue):
        if not path.exists():
            print(f"Fant ikke {path} (../shared er ikke lagt ved)", file=sys.stderr)
            return 1
    notices = read_notices(args.notices)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(args.catalogue)
    outcome = probe_unrelated(notices, vocabulary, catalogue, args.seeds)
    print(f"Kunngjøringer: {len(notices)}, {args.seeds} stokkinger, kjøringer à {RUN_LINES} linjer")
    for variant in VARIANTS:
        seen, false, grouped = (
            outcome.seen[variant],
            outcome.false[variant],
            outcome.grouped[variant],
        )
        precision = 1.0 - false / grouped if grouped else 1.0
        print(
            f"  {variant:7} false pairs {false:4} of {seen} unrelated "
            f"({1000 * false / max(seen, 1):.2f} per 1000); grouped pairs {grouped}, "
            f"not unrelated {precision:.3f}"
        )
    if not args.no_same:
        pairs = same_need_pairs(notices, vocabulary, catalogue)
        found, total, missed = probe_same_need(pairs, vocabulary, catalogue)
        for variant in total:
            print(
                f"  same-need {variant:5} {found[variant]}/{total[variant]} = "
                f"{found[variant] / max(total[variant], 1):.3f}"
            )
        for variant, a, b in missed[: args.missed]:
            print(f"  missed {variant}: «{a.title}» / «{b.title}» [{a.main}]")
    seen_pairs: set[tuple[str, str]] = set()
    shown = 0
    for pair in outcome.pairs:
        key = (pair.first_text, pair.second_text)
        if shown >= args.show or key in seen_pairs:
            continue
        seen_pairs.add(key)
        shown += 1
        print(
            f"\n[{pair.variant}] «{pair.first_text}» [{pair.first.main}]\n"
            f"    / «{pair.second_text}» [{pair.second.main}]\n"
            f"    {_reasons(pair, vocabulary, catalogue)}"
        )
    if args.csv:
        with args.csv.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["variant", "first", "second", "first_cpv", "second_cpv", "cpv"])
            for pair in outcome.pairs:
                writer.writerow(
                    [
                        pair.variant,
                        pair.first_text,
                        pair.second_text,
                        pair.first.main,
                        pair.second.main,
                        pair.cpv or "",
                    ]
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
