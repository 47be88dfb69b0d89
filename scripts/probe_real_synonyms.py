"""Synonym probe from real text: the same need written in other words, no word in common.

    .venv/bin/python scripts/probe_real_synonyms.py              # the rates per variant
    .venv/bin/python scripts/probe_real_synonyms.py --show 40    # and the pairs missed
    .venv/bin/python scripts/probe_real_synonyms.py --draw       # candidates, for reading
    .venv/bin/python scripts/probe_real_synonyms.py --suggested  # is one suggested code a need?

Made from ``../shared/data-scout/doffin_notices_2020_F02.csv`` (test data, read where it lies;
nothing of it is written into the repository but row numbers): pairs of notice titles from
different buyers that share a specific main CPV code (five significant digits or more, not a
works code) and no content word (no main word of the engine's reading, whole or as a compound
part, other than generic words). A reader kept only the pairs that are one need, with the
reason, in ``real_synonym_pairs.tsv`` beside this script.

Each pair is scored as detection scores it (``probe_precision.passing``: runs of about 200
lines) with no CPV code written, in three variants: ``none`` (the titles as written), ``nn``
(the first title turned to the other written standard where the lexicon pairs its words,
``probe_real_precision.Standards``) and ``one`` (the first title's main code written, none on
the second: a code on one side only must not sink the words).

``--suggested`` measures whether a code the catalogue suggests for two titles' words is evidence
of one need when the titles share no content word (that is what a synonym would look like to the
suggester): over all pairs of different buyers' titles with the same suggested code (five
significant digits or more, not works), how many of the notices share a code (main or extra),
share only the main code's group, or are unrelated, by the suggestion's least confidence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, passing, rates
from probe_real_precision import Notice, Standards, read_notices
from probe_real_recall import DOFFIN_NOTICES

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.features import TextModel

KEPT = Path(__file__).resolve().parent / "real_synonym_pairs.tsv"
#: A main code this specific says one need; works codes name projects.
_MIN_DIGITS = 5
_WORKS = "45"


def kept_pairs(path: Path = KEPT) -> list[tuple[int, int, str]]:
    """(first row, second row, reason) of the pairs a reader judged one need."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            first, second, reason = line.split("\t", 2)
            rows.append((int(first), int(second), reason))
    return rows


def _rows(notices: Sequence[Notice]) -> dict[int, Notice]:
    """Notices by their data row in the file (``read_notices`` numbers only rows it keeps)."""
    return {n.number: n for n in notices}


def content_words(model: TextModel, text: str) -> frozenset[str]:
    """The main words of a text as the engine reads them, whole and by their parts, without
    generic words."""
    found: set[str] = set()
    for token in model.analyzer.analyse(text).tokens:
        if token.main and not token.generic:
            found.add(token.key)
            found.update(p for p in token.parts if p not in model.generic)
    return frozenset(found)


def candidates(model: TextModel, notices: Sequence[Notice]) -> list[tuple[Notice, Notice]]:
    """Pairs of different buyers' notices with one specific main code and no content word in
    common (for reading)."""
    by_code: dict[str, list[Notice]] = defaultdict(list)
    seen: set[str] = set()
    for notice in notices:
        code = notice.main
        if notice.title.lower() in seen or code.startswith(_WORKS):
            continue
        seen.add(notice.title.lower())
        if len(code.rstrip("0")) >= _MIN_DIGITS:
            by_code[code].append(notice)
    words = {n.number: content_words(model, n.title) for ns in by_code.values() for n in ns}
    found = []
    for group in by_code.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.buyer != b.buyer and words[a.number].isdisjoint(words[b.number]):
                    found.append((a, b))
    return found


def suggested_agreement(
    model: TextModel, notices: Sequence[Notice], confidences: Sequence[float]
) -> dict[float, Counter[str]]:
    """Pairs of different buyers' titles with no content word in common and one code suggested
    for both (``--suggested``): "same" (the notices share a code), "group" (their main codes
    share the group) or "unrelated", per least confidence of the two suggestions."""
    analyzer = model.analyzer
    by_code: dict[str, list[tuple[Notice, float, frozenset[str]]]] = defaultdict(list)
    seen: set[str] = set()
    for notice in notices:
        if notice.title.lower() in seen:
            continue
        seen.add(notice.title.lower())
        tokens = analyzer.analyse(notice.title).tokens
        main = tuple(t for t in tokens if t.main) or tokens
        found = model.suggester.suggest(main)
        if found is None or found.code8.startswith(_WORKS):
            continue
        if len(found.code8.rstrip("0")) >= _MIN_DIGITS:
            words = content_words(model, notice.title)
            by_code[found.code8].append((notice, found.confidence, words))
    result: dict[float, Counter[str]] = {c: Counter() for c in confidences}
    for group in by_code.values():
        for i, (a, conf_a, words_a) in enumerate(group):
            for b, conf_b, words_b in group[i + 1 :]:
                if a.buyer == b.buyer or not words_a.isdisjoint(words_b):
                    continue
                if a.codes & b.codes:
                    kind = "same"
                elif a.main[:3] == b.main[:3]:
                    kind = "group"
                else:
                    kind = "unrelated"
                for least in confidences:
                    if min(conf_a, conf_b) >= least:
                        result[least][kind] += 1
    return result


def probes(notices: Sequence[Notice], standards: Standards) -> list[Probe]:
    by_row = _rows(notices)
    found = []
    for first, second, _reason in kept_pairs():
        a, b = by_row[first], by_row[second]
        found.append(Probe("synonym", "none", a.title, b.title, None, None, True))
        found.append(Probe("synonym", "nn", standards.text(a.title), b.title, None, None, True))
        found.append(Probe("synonym", "one", a.title, b.title, a.main, None, True))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange bomte par per variant")
    parser.add_argument("--draw", action="store_true", help="skriv kandidatparene (til lesing)")
    parser.add_argument(
        "--suggested", action="store_true", help="er én foreslått CPV-kode tegn på ett behov?"
    )
    args = parser.parse_args(argv)
    if not DOFFIN_NOTICES.exists():
        print(f"Fant ikke {DOFFIN_NOTICES} (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    notices = read_notices(DOFFIN_NOTICES)
    if args.draw or args.suggested:
        model = build_model(vocabulary, catalogue)
        if args.suggested:
            for least, counts in suggested_agreement(model, notices, (0.3, 0.5, 0.7)).items():
                shown = ", ".join(f"{k} {counts[k]}" for k in ("same", "group", "unrelated"))
                print(f"suggested code, confidence >= {least}: {shown}")
            return 0
        for a, b in candidates(model, notices):
            print(f"{a.main}\t{a.number}\t{b.number}\t{a.title[:90]}\t{b.title[:90]}")
        return 0
    found = probes(notices, Standards(vocabulary))
    passed = passing(found, vocabulary, catalogue)
    for (cls, variant), (ok, total) in sorted(rates(found, passed).items()):
        print(f"{cls} {variant:5} same-need rate: {ok}/{total} = {ok / total:.3f}")
        missed = [
            p for p, hit in zip(found, passed, strict=True) if p.variant == variant and not hit
        ]
        for probe in missed[: args.show] if variant != "all" else ():
            print(f"      «{probe.first}» / «{probe.second}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
