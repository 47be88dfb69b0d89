"""Coverage probe: how many municipal Doffin titles name a need family, per CPV division.

    .venv/bin/python scripts/probe_family_coverage.py              # rates and uncovered titles
    .venv/bin/python scripts/probe_family_coverage.py --summary    # the rates only

Reads the titles of ../shared/data-scout/doffin_notices_2020_F02.csv whose buyer is a
municipality, a county or an inter-municipal company (``review_vocabulary.buyer_type``), each as
a plan line with no CPV written, and counts the titles the engine reads into a need family
(``FamilyMatcher`` through ``TextModel.line``), grouped by the notice's CPV division. The
uncovered titles are printed per division, with their buyer, for choosing needs no family
knows (families18). The notices are test data: read where they lie, nothing written.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence

from review_vocabulary import CATALOGUE, NOTICES, read_notices, read_titles

from kommunesamarbeid.core.overlap import catalogue_from_csv


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="the rates only")
    args = parser.parse_args(argv)
    notices = read_notices(NOTICES, "municipal")
    readings = read_titles(notices, catalogue_from_csv(CATALOGUE))
    by_division: dict[str, list[tuple[bool, str, str]]] = defaultdict(list)
    for reading in readings:
        n = reading.notice
        by_division[n.cpv[:2]].append((bool(reading.families), n.title, n.buyer))
    covered = sum(1 for r in readings if r.families)
    print(f"alle: {covered}/{len(readings)} = {covered / max(len(readings), 1):.3f}")
    for division, rows in sorted(by_division.items(), key=lambda kv: -len(kv[1])):
        hits = sum(1 for known, _, _ in rows if known)
        print(f"  {division}: {hits:4d}/{len(rows):4d} = {hits / len(rows):.3f}")
    if not args.summary:
        for division, rows in sorted(by_division.items()):
            missing = [(title, buyer) for known, title, buyer in rows if not known]
            if missing:
                print(f"\n== {division}: {len(missing)} uten familie")
                for title, buyer in sorted(missing):
                    print(f"  {title}  [{buyer}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
