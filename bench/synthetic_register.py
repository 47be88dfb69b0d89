"""A synthetic national Enhetsregisteret download, for the supplier-load benchmark.

    .venv/bin/python bench/synthetic_register.py [--units 865000] [--parents 1160000] [OUT_DIR]

writes ``underenheter_alle.csv.gz`` and ``enheter_alle.csv.gz`` (and, with ``--json`` /
``--xlsx``, the same underenheter as gzipped JSON / XLSX) into OUT_DIR (default bench/out/).
The files have the real downloads' shape: every cell quoted, the dotted headers of data.brreg.no
(36 columns for underenheter, 50 for enheter: the real files have grown to ~90, so a few filler
columns are added), descriptions and addresses in their cells, about a third sole
proprietorships, hidden headcounts (``harRegistrertAntallAnsatte`` without ``antallAnsatte``),
some AAFY, closed and bankrupt units, and units spread over the 357 municipalities by
population. Sizes come out close to the real ones (underenheter ~60 MB gzipped).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fixtures.make_brreg_files import PARENT_COLUMNS, UNIT_COLUMNS  # noqa: E402

CODES = [
    ("81.210", "Rengjøring av bygninger"),
    ("81.220", "Annen rengjøring av bygninger og industri"),
    ("81.300", "Beplanting av hager og parkanlegg"),
    ("43.210", "Elektrisk installasjonsarbeid"),
    ("43.220", "VVS-arbeid"),
    ("41.000", "Oppføring av bygninger"),
    ("43.320", "Snekkerarbeid"),
    ("49.410", "Godstransport på vei"),
    ("49.330", "Drosjebiltransport"),
    ("56.110", "Restaurantvirksomhet"),
    ("47.110", "Butikkhandel med bredt vareutvalg"),
    ("46.470", "Engroshandel med møbler"),
    ("62.100", "Programmeringstjenester"),
    ("70.200", "Bedriftsrådgivning"),
    ("68.200", "Utleie av egen eller leid fast eiendom"),
    ("01.110", "Dyrking av korn"),
    ("86.210", "Allmenn legetjeneste"),
    ("96.210", "Frisering"),
    ("95.310", "Vedlikehold og reparasjon av motorvogner"),
    ("00.000", "Uoppgitt"),
]
WEIGHTS = [8, 3, 4, 6, 5, 7, 4, 6, 3, 5, 4, 1, 4, 6, 12, 9, 2, 3, 3, 1]
FILLER = [f"ekstraKolonne{i:02d}" for i in range(40)]


def municipalities() -> tuple[list[str], list[int]]:
    text = (ROOT / "resources" / "municipalities" / "kommuner_2025.csv").read_text("utf-8")
    numbers, weights = [], []
    for row in csv.DictReader(io.StringIO(text)):
        numbers.append(row["kommunenummer"])
        weights.append(int(row["innbyggere"] or 1000))
    return numbers, weights


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1995, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def unit_rows(count: int, parents: int, seed: int = 1) -> list[list[str]] | object:
    """Yield the underenheter rows (lists in UNIT_COLUMNS + FILLER order)."""
    rng = random.Random(seed)
    numbers, weights = municipalities()
    places = rng.choices(numbers, weights, k=count)
    codes = rng.choices(range(len(CODES)), WEIGHTS, k=count)
    for i in range(count):
        code, text = CODES[codes[i]]
        number = places[i]
        staff = rng.random() < 0.45
        employees = "" if not staff or rng.random() < 0.55 else str(rng.randint(5, 200))
        form = "AAFY" if rng.random() < 0.04 else "BEDR"
        closed = _date(rng) if rng.random() < 0.02 else ""
        row = [
            f"{800_000_000 + i}",
            f"BEDRIFT NUMMER {i} {text.upper()[:20]} AVD {number}",
            form,
            "Underenhet til næringsdrivende og offentlig forvaltning",
            code,
            text,
            "",
            "",
            "",
            "",
            "",
            "",
            "true" if staff else "false",
            employees,
            "www.eksempel.no" if rng.random() < 0.2 else "",
            f"Postboks {rng.randint(1, 999)}",
            "STED",
            f"{rng.randint(1000, 9999)}",
            "KOMMUNE",
            number,
            "Norge",
            "NO",
            f"Gateveien {rng.randint(1, 120)}",
            "STED",
            f"{rng.randint(1000, 9999)}",
            "KOMMUNE",
            number,
            "Norge",
            "NO",
            _date(rng),
            "",
            "true" if rng.random() < 0.6 else "false",
            _date(rng),
            "",
            f"{900_000_000 + rng.randrange(parents)}",
            closed,
        ]
        yield row + [""] * len(FILLER)


def parent_rows(count: int, seed: int = 2) -> object:
    rng = random.Random(seed)
    numbers, weights = municipalities()
    places = rng.choices(numbers, weights, k=count)
    for i in range(count):
        form = "ENK" if rng.random() < 0.36 else rng.choice(["AS", "AS", "AS", "NUF", "DA", "SA"])
        row = {
            "organisasjonsnummer": f"{900_000_000 + i}",
            "navn": f"ENHET {i} {'PERSON NAVN' if form == 'ENK' else 'AS'}",
            "organisasjonsform.kode": form,
            "organisasjonsform.beskrivelse": "Aksjeselskap" if form == "AS" else "Annet",
            "naeringskode1.kode": CODES[i % len(CODES)][0],
            "naeringskode1.beskrivelse": CODES[i % len(CODES)][1],
            "harRegistrertAntallAnsatte": "true" if rng.random() < 0.3 else "false",
            "forretningsadresse.adresse": f"Gateveien {rng.randint(1, 120)}",
            "forretningsadresse.poststed": "STED",
            "forretningsadresse.postnummer": f"{rng.randint(1000, 9999)}",
            "forretningsadresse.kommune": "KOMMUNE",
            "forretningsadresse.kommunenummer": places[i],
            "forretningsadresse.land": "Norge",
            "forretningsadresse.landkode": "NO",
            "institusjonellSektorkode.kode": "2100",
            "registreringsdatoenhetsregisteret": _date(rng),
            "stiftelsesdato": _date(rng),
            "registrertIMvaRegisteret": "true",
            "registrertIForetaksregisteret": "true",
            "konkurs": "true" if rng.random() < 0.01 else "false",
            "underAvvikling": "true" if rng.random() < 0.01 else "false",
            "underTvangsavviklingEllerTvangsopplosning": "false",
            "maalform": "Bokmål",
            "aktivitet": (
                f"Drift av virksomhet nr. {i} innen {CODES[i % len(CODES)][1].lower()}, "
                f"kjøp og salg av varer og tjenester, utleie, rådgivning og annen tilknyttet "
                f"virksomhet, herunder deltakelse i andre selskaper med tilsvarende formål. "
                f"Stiftet {rng.randint(1950, 2025)}, kapital {rng.randint(30, 9000)} 000 kr."
            ),
        }
        yield [row.get(c, "") for c in PARENT_COLUMNS] + [""] * len(FILLER)


def write_csv_gz(path: Path, header: list[str], rows: object) -> None:
    with gzip.open(path, "wt", encoding="utf-8", newline="", compresslevel=6) as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)  # type: ignore[arg-type]


def write_json_gz(path: Path, rows: object) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as handle:
        handle.write("[")
        first = True
        for row in rows:  # type: ignore[attr-defined]
            cells = dict(zip(UNIT_COLUMNS, row, strict=False))
            obj: dict[str, object] = {}
            for name, value in cells.items():
                if value == "":
                    continue
                target = obj
                parts = name.split(".")
                for part in parts[:-1]:
                    target = target.setdefault(part, {})  # type: ignore[assignment]
                target[parts[-1]] = value
            handle.write(("" if first else ",") + json.dumps(obj, ensure_ascii=False))
            first = False
        handle.write("]")


def write_xlsx(path: Path, rows: object) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Underenheter")
    sheet.append(UNIT_COLUMNS + FILLER)
    for row in rows:  # type: ignore[attr-defined]
        sheet.append(row)
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(OUT))
    parser.add_argument("--units", type=int, default=865_000)
    parser.add_argument("--parents", type=int, default=1_160_000)
    parser.add_argument("--json", action="store_true", help="also the underenheter as JSON.gz")
    parser.add_argument("--xlsx", action="store_true", help="also the underenheter as XLSX")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_csv_gz(
        out / "underenheter_alle.csv.gz", UNIT_COLUMNS + FILLER, unit_rows(args.units, args.parents)
    )
    write_csv_gz(out / "enheter_alle.csv.gz", PARENT_COLUMNS + FILLER, parent_rows(args.parents))
    if args.json:
        write_json_gz(out / "underenheter_alle.json.gz", unit_rows(args.units, args.parents))
    if args.xlsx:
        write_xlsx(out / "underenheter_alle.xlsx", unit_rows(args.units, args.parents))
    for path in sorted(out.glob("*enheter_alle.*")):
        print(f"{path.stat().st_size / 1e6:8.1f} MB  {path}")


if __name__ == "__main__":
    main()
