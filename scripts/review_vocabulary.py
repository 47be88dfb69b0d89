"""Review the need-family vocabulary against real notices (text the corpora do not contain).

    .venv/bin/python scripts/review_vocabulary.py                      # municipal buyers
    .venv/bin/python scripts/review_vocabulary.py --buyers all --top 40
    .venv/bin/python scripts/review_vocabulary.py --summary            # the figures only

Reads the Doffin notices of ../shared/data-scout/doffin_notices_2020_F02.csv (title, main CPV,
additional CPV, buyer), reads each title as a plan line with no CPV written (the text alone
must carry it, as in many plans) and reports:

- the share of titles read into a need family, in all and per CPV division;
- CPV groups (3 digits) frequent among titles with no family, with their titles;
- titles whose family has no CPV code in the divisions of the notice's codes (main and
  additional): the family contradicts the buyer's own classification;
- families whose members' main CPV codes scatter over several divisions (too broad, or a
  stem collision);
- with ``--english``: the same for the English council notices of
  uk_lancashire_contracts_finder_notices.csv (English forms of the needs);
- families whose first CPV code's Norwegian label is read as another family or none;
- main words that stand in titles of five or more CPV divisions and are not generic;
- a detection run over the titles (each buyer a municipality, all in one month): pairs of
  titles with the same specific main CPV (at least five significant digits) and the same
  buyer type that are not grouped, and grouped pairs whose codes share no division.

The notices are test data (see data-scout/SOURCES.md): this script reads them where they lie
and writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

# scripts/ is on the path when a script runs: evaluate_detection puts the repository there too,
# and says where ../shared and the vocabulary are
from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED

from kommunesamarbeid.core.cpv import significant_digits
from kommunesamarbeid.core.overlap import (
    MatchLine,
    build_model,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.detect import place_names
from kommunesamarbeid.core.periods import Period

NOTICES = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
UK_NOTICES = SHARED / "data-scout" / "uk_lancashire_contracts_finder_notices.csv"
CATALOGUE = DEFAULT_CATALOGUE
VOCABULARY = DEFAULT_VOCABULARY
_MONTH = Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30))
_COOPERATION = ("innkjøpssamarbeid", "interkommunal", " iks", "kommunenes", "kommunerevisjon")


@dataclass(frozen=True, slots=True)
class Notice:
    number: int
    buyer: str
    buyer_type: str
    title: str
    cpv: str
    extra: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reading:
    notice: Notice
    families: tuple[str, ...]
    known_by: tuple[str, ...]
    heads: tuple[str, ...]
    suggested: str | None


def buyer_type(buyer: str) -> str:
    name = f" {buyer.lower()}"
    if "fylkeskommune" in name:
        return "fylkeskommune"
    if "kommune" in name or "herad" in name or any(w in name for w in _COOPERATION):
        return "kommune"
    return "annen"


def read_notices(path: Path, buyers: str) -> list[Notice]:
    notices: list[Notice] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            code = (row.get("cpv_hoved") or "").strip()[:8]
            title = (row.get("tittel") or "").strip()
            kind = buyer_type(row.get("oppdragsgiver") or "")
            if len(code) != 8 or not code.isdigit() or not title:
                continue
            if buyers == "municipal" and kind == "annen":
                continue
            extra = tuple(c[:8] for c in (row.get("cpv_tillegg") or "").split() if len(c) >= 8)
            notices.append(Notice(number, row["oppdragsgiver"].strip(), kind, title, code, extra))
    return notices


def read_uk_notices(path: Path) -> list[Notice]:
    """The English council notices (Contracts Finder): every buyer is a council."""
    notices: list[Notice] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            codes = [c[:8] for c in (row.get("cpv_codes") or "").split() if len(c) >= 8]
            title = html.unescape(row.get("title") or "").strip()
            if not codes or not title:
                continue
            buyer = (row.get("council_file") or row.get("organisation") or "").strip()
            notices.append(Notice(number, buyer, "kommune", title, codes[0], tuple(codes[1:])))
    return notices


def read_titles(notices: Sequence[Notice], catalogue: dict[str, tuple[str, str]]) -> list[Reading]:
    model = build_model(load_vocabulary(VOCABULARY), catalogue)
    lines = [MatchLine(n.number, 1, n.buyer, n.title) for n in notices]
    # the words of municipalities' names are place names; other buyers' names ("Renovasjonen
    # IKS") are not
    places = place_names([line for line in lines if "kommune" in line.municipality.lower()])
    readings = []
    for notice, line in zip(notices, lines, strict=True):
        found = model.line(line, places)
        families = tuple(model.families[f].id for f in found.families)
        known = tuple(found.matched_terms.get(f, "") for f in found.families)
        readings.append(Reading(notice, families, known, found.heads, found.cpv))
    return readings


def _divisions(codes: Sequence[str]) -> set[str]:
    return {c[:2] for c in codes}


def report_coverage(readings: Sequence[Reading], top: int) -> None:
    total = len(readings)
    with_family = sum(1 for r in readings if r.families)
    print(
        f"Titler: {total}, lest inn i en behovsfamilie: {with_family} ({with_family / total:.1%})"
    )
    per_division: dict[str, list[Reading]] = defaultdict(list)
    for r in readings:
        per_division[r.notice.cpv[:2]].append(r)
    print("\nAndel med familie per CPV-avdeling (flest titler først):")
    for division, found in sorted(per_division.items(), key=lambda kv: -len(kv[1]))[:top]:
        share = sum(1 for r in found if r.families) / len(found)
        print(f"  {division}: {len(found):4d} titler, {share:6.1%} med familie")


def report_no_family(readings: Sequence[Reading], top: int) -> None:
    groups: dict[str, list[Reading]] = defaultdict(list)
    for r in readings:
        if not r.families:
            groups[r.notice.cpv[:3]].append(r)
    print("\nCPV-grupper med flest titler uten familie:")
    for group, found in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:top]:
        print(f"  {group}: {len(found)}")
        for r in found[:8]:
            print(f"      {r.notice.cpv} {r.notice.title[:90]}  (hoder: {', '.join(r.heads)})")


def report_contradictions(
    readings: Sequence[Reading], family_codes: dict[str, tuple[str, ...]]
) -> None:
    print("\nTitler der familien ikke har noen kode i kunngjøringens CPV-avdelinger:")
    count = 0
    for r in readings:
        codes = _divisions((r.notice.cpv, *r.notice.extra))
        for family, known in zip(r.families, r.known_by, strict=True):
            if not _divisions(family_codes[family]) & codes:
                count += 1
                print(f"  {family} (kjent på «{known}») ← {r.notice.cpv} {r.notice.title[:80]}")
    print(f"  i alt {count}")


def report_scatter(readings: Sequence[Reading]) -> None:
    members: dict[str, list[Reading]] = defaultdict(list)
    for r in readings:
        for family in r.families:
            members[family].append(r)
    print("\nFamilier der medlemmenes hovedkode spres over flere avdelinger:")
    for family, found in sorted(members.items(), key=lambda kv: -len(kv[1])):
        divisions = Counter(r.notice.cpv[:2] for r in found)
        if len(divisions) < 2 or len(found) < 3:
            continue
        spread = ", ".join(f"{d}×{n}" for d, n in divisions.most_common())
        print(f"  {family}: {len(found)} titler, avdelinger {spread}")
        main = divisions.most_common(1)[0][0]
        for r in found:
            if r.notice.cpv[:2] != main:
                index = r.families.index(family)
                print(f"      {r.notice.cpv} {r.notice.title[:80]} («{r.known_by[index]}»)")


def report_wide_heads(notices: Sequence[Notice], catalogue: dict[str, tuple[str, str]]) -> None:
    """Main words (their last part) that stand in titles of five or more CPV divisions and
    are not generic: candidates for stopwords or generic words ("åpen", "parallelle")."""
    model = build_model(load_vocabulary(VOCABULARY), catalogue)
    divisions: dict[str, Counter[str]] = defaultdict(Counter)
    for notice in notices:
        for token in model.analyzer.analyse(notice.title).tokens:
            if token.main and not (token.generic or token.proper or token.acronym):
                divisions[token.parts[-1]][notice.cpv[:2]] += 1
    wide = sorted(
        ((len(c), sum(c.values()), head) for head, c in divisions.items() if len(c) >= 5),
        reverse=True,
    )
    print("\nHovedord (siste ledd) i titler under fem eller flere CPV-avdelinger:")
    for count, total, head in wide:
        if head not in model.vocabulary.word_kinds:
            print(f"  {head}: {count} avdelinger, {total} titler")


def report_catalogue_labels(catalogue: dict[str, tuple[str, str]]) -> None:
    """Families whose own first CPV code's Norwegian label reads into another family or none
    (plans often copy the label of the code they chose as the description)."""
    vocabulary = load_vocabulary(VOCABULARY)
    model = build_model(vocabulary, catalogue)
    parents = {f.id: f.parent for f in vocabulary.families}

    def lineage(family: str) -> set[str]:
        found = {family}
        while parents.get(family):
            family = parents[family] or ""
            found.add(family)
        return found

    print("\nFamilier der den første CPV-kodens norske navn ikke leses som familien:")
    for family in vocabulary.families:
        label = catalogue.get(family.cpv[0], ("", ""))[0] if family.cpv else ""
        if not label:
            continue
        read = model.line(MatchLine(1, 1, "", label), frozenset())
        ids = [model.families[f].id for f in read.families]
        if not any(lineage(family.id) & lineage(i) for i in ids):
            print(f"  {family.id}: {family.cpv[0]} «{label}» → {', '.join(ids) or '(ingen)'}")


def report_pairs(
    readings: Sequence[Reading], catalogue: dict[str, tuple[str, str]], top: int
) -> None:
    buyers: dict[str, int] = {}
    lines = []
    for r in readings:
        buyer = buyers.setdefault(r.notice.buyer, len(buyers) + 1)
        lines.append(
            MatchLine(r.notice.number, buyer, r.notice.buyer, r.notice.title, period=_MONTH)
        )
    groups = detect_overlaps(lines, catalogue, load_vocabulary(VOCABULARY))
    by_number = {r.notice.number: r for r in readings}
    grouped: set[tuple[int, int]] = set()
    for group in groups:
        for low, high in combinations(sorted(group.line_ids), 2):
            grouped.add((low, high))
    same_code: list[tuple[Reading, Reading]] = []
    for first, second in combinations(readings, 2):
        na, nb = first.notice, second.notice
        if na.buyer == nb.buyer or na.cpv != nb.cpv or na.buyer_type != nb.buyer_type:
            continue
        if significant_digits(na.cpv) >= 5:
            same_code.append((first, second))
    missed = [
        (a, b)
        for a, b in same_code
        if (min(a.notice.number, b.notice.number), max(a.notice.number, b.notice.number))
        not in grouped
    ]
    print(
        f"\nPar med samme spesifikke CPV (≥ 5 sifre) og samme kjøpertype: {len(same_code)}, "
        f"ikke gruppert: {len(missed)}"
    )
    for a, b in missed[:top]:
        print(f"  {a.notice.cpv}: {a.notice.title[:60]} {a.families}")
        print(f"            + {b.notice.title[:60]} {b.families}")
    unrelated: list[tuple[Reading, Reading]] = []
    for low, high in sorted(grouped):
        a, b = by_number[low], by_number[high]
        if a.notice.buyer == b.notice.buyer:
            continue
        if not _divisions((a.notice.cpv, *a.notice.extra)) & _divisions(
            (b.notice.cpv, *b.notice.extra)
        ):
            unrelated.append((a, b))
    print(f"\nGrupperte par: {len(grouped)}, av dem uten felles CPV-avdeling: {len(unrelated)}")
    for a, b in unrelated[:top]:
        print(f"  {a.notice.cpv} {a.notice.title[:60]} {a.families}")
        print(f"  {b.notice.cpv} + {b.notice.title[:60]} {b.families}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=Path, default=NOTICES)
    parser.add_argument(
        "--english", action="store_true", help="de engelske kunngjøringene (Lancashire) i stedet"
    )
    parser.add_argument("--catalogue", type=Path, default=CATALOGUE)
    parser.add_argument("--buyers", choices=("municipal", "all"), default="municipal")
    parser.add_argument("--top", type=int, default=25, help="hvor mange eksempler per del")
    parser.add_argument("--summary", action="store_true", help="bare andelen med familie")
    args = parser.parse_args(argv)
    for path in (args.notices, args.catalogue):
        if not path.exists():
            print(f"Fant ikke {path} (../shared er ikke lagt ved)", file=sys.stderr)
            return 1
    catalogue = catalogue_from_csv(args.catalogue)
    notices = (
        read_uk_notices(UK_NOTICES) if args.english else read_notices(args.notices, args.buyers)
    )
    readings = read_titles(notices, catalogue)
    if args.summary:
        with_family = sum(1 for r in readings if r.families)
        print(f"Titler: {len(readings)}, med familie: {with_family / len(readings):.1%}")
        return 0
    report_coverage(readings, args.top)
    family_codes = {f.id: f.cpv for f in load_vocabulary(VOCABULARY).families}
    report_no_family(readings, args.top)
    report_contradictions(readings, family_codes)
    report_scatter(readings)
    report_wide_heads(notices, catalogue)
    report_catalogue_labels(catalogue)
    report_pairs(readings, catalogue, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
