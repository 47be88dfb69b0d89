"""Speed check for the xlsx reader (not a test): read_workbook vs plain openpyxl read-only.

Generates a 20,000-row, 12-column plan with openpyxl (strings, numbers, dates, a few empty
cells), then times ``read_workbook`` against ``openpyxl.load_workbook(read_only=True,
data_only=True)`` iterating all rows with ``values_only=True``. Prints the medians and the ratio
(target: <= 1.2). With ``--shared-strings`` the file is rewritten the way Excel stores text
(a shared-strings part instead of openpyxl's inline strings) and measured as well.

    .venv/bin/python bench/bench_read.py [--rows N] [--repeat N] [--shared-strings]

Generated files go to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from kommunesamarbeid.fileio.reader import read_workbook

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

UNITS = ["Oppvekst", "Helse og velferd", "Teknisk drift", "Eiendom", "Stab", "Kultur"]
THINGS = [
    "Rammeavtale for kjøp av skolemøbler og inventar",
    "Brøyting og strøing av kommunale veier, rode {n}",
    "Renholdstjenester til kommunale bygg",
    "Kontorrekvisita og kopipapir",
    "Elektrikertjenester, rammeavtale",
    "Kjøp av elektrisk kraft og porteføljeforvaltning",
    "Vaskeritjenester og leie av arbeidstøy",
    "Konsulentbistand innen IKT-sikkerhet",
]
PEOPLE = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Per Olsen", "Siri Brekke"]


def make_plan(path: Path, rows: int) -> None:
    rng = random.Random(2026)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Anskaffelsesplan")
    ws.append(["Eksempel kommune – anskaffelsesplan 2026–2027"])
    ws.append([])
    ws.append(
        [
            "Nr",
            "Anskaffelse",
            "Beskrivelse",
            "CPV",
            "Est. verdi pr år eks mva",
            "Varighet (år)",
            "Opsjon",
            "Planlagt kunngjøring",
            "Utløp dagens avtale",
            "Enhet",
            "Kontaktperson",
            "Kommentar",
        ]
    )
    start = dt.datetime(2026, 1, 1)
    for n in range(1, rows + 1):
        ws.append(
            [
                n,
                rng.choice(THINGS).format(n=n % 40),
                f"Behov meldt av {rng.choice(UNITS).lower()}, sak 2025/{rng.randint(100, 9999)}",
                f"{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else None,
                rng.randint(1, 500) * 10_000,
                rng.randint(1, 4),
                rng.choice(["1+1", "2x1", "-", "1+1+1"]),
                rng.choice(["Q1 2026", "Q2 2026", "H2 2026", "mars 2026", "2027"]),
                start + dt.timedelta(days=rng.randint(0, 900)),
                rng.choice(UNITS),
                rng.choice(PEOPLE),
                "Vurderes for felles anskaffelse" if rng.random() < 0.2 else None,
            ]
        )
    wb.save(path)


def openpyxl_rows(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = 0
    for ws in wb.worksheets:
        for _row in ws.iter_rows(values_only=True):
            count += 1
    wb.close()
    return count


def our_rows(path: Path) -> int:
    return sum(len(sheet.rows) for sheet in read_workbook(path).sheets)


def median_seconds(run: Callable[[Path], int], path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(path)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def compare(label: str, path: Path, repeat: int) -> None:
    our_rows(path)  # warm-up (imports, caches)
    openpyxl_rows(path)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):  # interleaved, so drift in machine load hits both
        ours.append(median_seconds(our_rows, path, 1))
        theirs.append(median_seconds(openpyxl_rows, path, 1))
    ours_median = statistics.median(ours)
    theirs_median = statistics.median(theirs)
    print(f"{label}: {path.name} ({path.stat().st_size:,} B)")
    print(f"  read_workbook            median {ours_median * 1000:8.1f} ms")
    print(f"  openpyxl read-only rows  median {theirs_median * 1000:8.1f} ms")
    print(f"  ratio                           {ours_median / theirs_median:8.2f}")


def shared_strings_copy(source: Path, target: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_bad_files", ROOT / "tests" / "fixtures" / "make_bad_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target.write_bytes(module.with_shared_strings(source.read_bytes()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--shared-strings", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"plan_{args.rows}.xlsx"
    make_plan(path, args.rows)
    compare("openpyxl-skrevet (inline-tekst)", path, args.repeat)
    if args.shared_strings:
        shared = OUT / f"plan_{args.rows}_delte_tekster.xlsx"
        shared_strings_copy(path, shared)
        compare("Excel-lik (delte tekster)", shared, args.repeat)


if __name__ == "__main__":
    main()
