"""Probe: does detection keep a thing apart from the service performed on it?

    .venv/bin/python scripts/probe_goods_service.py [--catalogue CSV] [--misses N]

A coordinator never pools buying a thing with a service another trade performs on it (buying
lifts / lift maintenance, buying PCs / PC repair), but does pool two lines that both buy the
thing, or both buy the service. The probe pairs are not written by hand: the CPV catalogue's
service labels that name a thing ("Reparasjon og vedlikehold av pumper", "Installasjon av
kraner", division 45, 50 and 51) are matched with the goods code of divisions 03-44 whose label
is that thing ("Pumper", 42122000). Each thing gives plan lines in bokmål, nynorsk and English
that buy it ("Kjøp av pumper", "Innkjøp av pumper til verksemdene", "Kjøp og montering av
pumper": installation included is still the goods, "Supply of pumps") and lines that buy the
service ("Service og reparasjon av pumper", "Årleg kontroll og ettersyn av pumper", "Repair
and maintenance of pumps").

Three plan sets are scored, as plans write codes: no CPV codes; each line its own kind's code;
the goods code on every line (plans often copy it). In each, every pair of lines about the same
thing is scored as detection scores it (all lines of the set read together, as in a run): a
pair of two goods lines or two service lines should pass, a goods line and a service line
should not. Prints, per set, the share of each kind of pair that passes and pairwise precision,
recall and F1 (a passing pair is "found"; the same-need pairs are the truth). Then how the real
Doffin notice titles of data-scout are read (goods, a service on goods, neither) by the kind of
their main CPV code.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kommunesamarbeid.core.overlap.catalogue import catalogue_from_csv
from kommunesamarbeid.core.overlap.detect import _df_cap, build_model, place_names, read_together
from kommunesamarbeid.core.overlap.goods_service import GOODS, NEITHER, SERVICE
from kommunesamarbeid.core.overlap.model import DetectionSettings, MatchLine
from kommunesamarbeid.core.overlap.scoring import FeatureTable
from kommunesamarbeid.core.overlap.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KOMMUNESAMARBEID_SHARED") or ROOT.parent / "shared")
DEFAULT_CATALOGUE = SHARED / "data-scout" / "cpv_2008_en_no.csv"
DEFAULT_NOTICES = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
VOCABULARY = ROOT / "resources" / "vocabulary"

#: A service label that names its object: "Reparasjon og vedlikehold av pumper".
_SERVICE_LABEL = re.compile(
    r"^(?:reparasjon og vedlikehold(?:stjenester)?|vedlikehold og reparasjon|vedlikehold"
    r"|reparasjon|installasjon|montering) (?:av|på) (.+)$"
)
_SERVICE_DIVISIONS = ("45", "50", "51")
#: Plan lines that buy the thing ({0}: the Norwegian object, {1}: the English one).
GOODS_TEMPLATES: tuple[str, ...] = (
    "{0}",
    "Kjøp av {0}",
    "Innkjøp av {0} til verksemdene",
    "Levering av {0} – rammeavtale",
    "Kjøp og montering av {0}",
    "Supply of {1}",
)
#: Plan lines that buy a service on the thing.
SERVICE_TEMPLATES: tuple[str, ...] = (
    "Reparasjon og vedlikehold av {0}",
    "Service og reparasjon av {0}",
    "Vedlikehald av {0}",
    "Årleg kontroll og ettersyn av {0}",
    "Årlig inspeksjon av {0}",
    "Repair and maintenance of {1}",
)
CODE_SETS = ("ingen koder", "egen kode", "varekoden på begge")


@dataclass(frozen=True, slots=True)
class Thing:
    """A thing of the catalogue and the service on it: objects and codes."""

    norwegian: str
    english: str
    goods_code: str
    service_code: str


@dataclass(frozen=True, slots=True)
class ProbeLine:
    thing: int
    side: str  # "goods" or "service"
    text: str


def things(catalogue_csv: Path) -> list[Thing]:
    """Every thing a service label of divisions 45, 50 and 51 names, with its goods code
    (the label of a code of divisions 03-44 is the thing), once per thing."""
    with catalogue_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    goods: dict[str, tuple[str, str]] = {}
    for row in rows:
        division = int(row["code8"][:2])
        if 3 <= division <= 44:
            label = row["label_no"].strip().rstrip(".").lower()
            goods.setdefault(label, (row["code8"], row["label_en"].strip()))
    found: dict[str, Thing] = {}
    for row in rows:
        if not row["code8"].startswith(_SERVICE_DIVISIONS):
            continue
        match = _SERVICE_LABEL.match(row["label_no"].strip().rstrip(".").lower())
        if match is None or match.group(1) not in goods or len(match.group(1).split()) > 3:
            continue
        thing = match.group(1)
        code, english = goods[thing]
        found.setdefault(thing, Thing(thing, english.lower(), code, row["code8"]))
    return list(found.values())


def probe_lines(items: Sequence[Thing]) -> list[ProbeLine]:
    lines: list[ProbeLine] = []
    for number, thing in enumerate(items):
        for side, templates in (("goods", GOODS_TEMPLATES), ("service", SERVICE_TEMPLATES)):
            for template in templates:
                text = template.format(thing.norwegian, thing.english)
                lines.append(ProbeLine(number, side, text[:1].upper() + text[1:]))
    return lines


def _match_lines(items: Sequence[Thing], lines: Sequence[ProbeLine], codes: str) -> list[MatchLine]:
    result = []
    for number, probe in enumerate(lines, start=1):
        thing = items[probe.thing]
        cpv = None
        if codes == CODE_SETS[1]:
            cpv = thing.goods_code if probe.side == "goods" else thing.service_code
        elif codes == CODE_SETS[2]:
            cpv = thing.goods_code
        result.append(MatchLine(number, number, f"Kommune {number}", probe.text, cpv=cpv))
    return result


def _pairs(lines: Sequence[ProbeLine]) -> Iterator[tuple[int, int, str]]:
    """Index pairs of lines about one thing: "goods", "service" (same need) or "cross"."""
    by_thing: dict[int, list[int]] = {}
    for index, probe in enumerate(lines):
        by_thing.setdefault(probe.thing, []).append(index)
    for members in by_thing.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                sa, sb = lines[a].side, lines[b].side
                yield a, b, (sa if sa == sb else "cross")


@dataclass(frozen=True, slots=True)
class ProbeResult:
    codes: str
    #: kind of pair -> (pairs, passing)
    counts: dict[str, tuple[int, int]]
    #: passing cross pairs (texts)
    crossed: list[tuple[str, str]]
    #: same-need pairs that do not pass (texts)
    missed: list[tuple[str, str]]

    def scores(self) -> tuple[float, float, float]:
        pairs_goods, found_goods = self.counts["goods"]
        pairs_service, found_service = self.counts["service"]
        _, found_cross = self.counts["cross"]
        right = found_goods + found_service
        found = right + found_cross
        truth = pairs_goods + pairs_service
        precision = right / found if found else 1.0
        recall = right / truth if truth else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def measure(catalogue_csv: Path, settings: DetectionSettings | None = None) -> list[ProbeResult]:
    """The probe's three plan sets scored as detection scores their pairs."""
    settings = settings or DetectionSettings()
    catalogue = catalogue_from_csv(catalogue_csv)
    vocabulary = load_vocabulary(VOCABULARY)
    model = build_model(vocabulary, catalogue)
    items = things(catalogue_csv)
    lines = probe_lines(items)
    pairs = list(_pairs(lines))
    a = np.array([p[0] for p in pairs], dtype=np.int64)
    b = np.array([p[1] for p in pairs], dtype=np.int64)
    results = []
    for codes in CODE_SETS:
        matches = _match_lines(items, lines, codes)
        places = place_names(matches)
        features = read_together(model, [model.line(m, places) for m in matches])
        table = FeatureTable(features, model, settings.max_months_apart, _df_cap(len(matches)))
        scored = table.pair_scores(a, b, table.similarity(a, b))
        passing = (scored.score >= settings.threshold) & ~scored.veto
        counts: dict[str, list[int]] = {"goods": [0, 0], "service": [0, 0], "cross": [0, 0]}
        crossed: list[tuple[str, str]] = []
        missed: list[tuple[str, str]] = []
        for (i, j, kind), passed in zip(pairs, passing.tolist(), strict=True):
            counts[kind][0] += 1
            counts[kind][1] += int(passed)
            texts = (lines[i].text, lines[j].text)
            if kind == "cross" and passed:
                crossed.append(texts)
            elif kind != "cross" and not passed:
                missed.append(texts)
        results.append(
            ProbeResult(codes, {k: (v[0], v[1]) for k, v in counts.items()}, crossed, missed)
        )
    return results


def notice_sides(notices_csv: Path, catalogue_csv: Path) -> Counter[tuple[str, str]]:
    """How real notice titles are read (``goods_service.side``), by the kind of their main CPV
    code: goods (divisions 03-44, 48), works (45), services on goods (50, 51) and other
    services. A goods notice read as a service would be kept apart from its own need."""
    model = build_model(load_vocabulary(VOCABULARY), catalogue_from_csv(catalogue_csv))
    names = {GOODS: "vare", SERVICE: "tjeneste på vare", NEITHER: "ingen av delene"}
    counts: Counter[tuple[str, str]] = Counter()
    with notices_csv.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            code = (row.get("cpv_hoved") or "").strip()[:8]
            if len(code) != 8 or not code.isdigit():
                continue
            division = int(code[:2])
            if division <= 44 or division == 48:
                kind = "varer"
            elif division == 45:
                kind = "bygg og anlegg"
            elif division in (50, 51):
                kind = "tjenester på varer"
            else:
                kind = "andre tjenester"
            line = model.line(MatchLine(number, 1, "", row.get("tittel", "")), frozenset())
            counts[(kind, names[line.service_side])] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--misses", type=int, default=5, help="vis så mange feil per sett")
    parser.add_argument("--notices", type=Path, default=DEFAULT_NOTICES)
    args = parser.parse_args(argv)
    if not args.catalogue.exists():
        print(f"CPV-katalogen mangler: {args.catalogue}")
        return 1
    items = things(args.catalogue)
    print(f"Ting fra katalogen: {len(items)}, linjer per sett: {len(probe_lines(items))}")
    for result in measure(args.catalogue):
        precision, recall, f1 = result.scores()
        shares = ", ".join(
            f"{kind} {found}/{pairs} ({found / max(pairs, 1):.0%})"
            for kind, (pairs, found) in result.counts.items()
        )
        print(f"\n{result.codes}: {shares}")
        print(f"  presisjon {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
        for first, second in result.crossed[: args.misses]:
            print(f"  vare + tjeneste sammen: {first} | {second}")
        for first, second in result.missed[: args.misses]:
            print(f"  samme behov ikke sammen: {first} | {second}")
    if args.notices.exists():
        print(f"\nKunngjøringstitler lest som vare / tjeneste på vare ({args.notices.name}):")
        for (kind, read), count in sorted(notice_sides(args.notices, args.catalogue).items()):
            print(f"  {kind:<20} {read:<18} {count:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
