"""Import benchmark (not a test): the CLI importing a 20,000-line plan vs a raw openpyxl read.

Generates a realistic plan workbook: a title row, then a 12-column header (Nr, Anskaffelse,
Kategori, CPV, Est. verdi pr år eks mva, Varighet (år), Opsjon, Planlagt kunngjøring, Enhet,
Kontaktperson, Prosedyre, Kommentar), 20,000 lines in sections (a heading row before each
group of 40 to 60 lines) and a "Sum" row at the end. Descriptions use the wordings plans use;
CPV codes come plain, with check digit, spaced, with a label, or not at all; values as numbers
and as text ("1 250 000", "kr 450 000,-", "1,2 mill", "ca. 300 000"); periods as real dates and
as text ("Q2 2026", "mars 2026", "høst 2026"). By default text is stored as shared strings, as
Excel writes it (``--inline-strings`` keeps openpyxl's inline strings).

Both sides run in a fresh subprocess, so interpreter start-up and imports count on both sides
(nothing is subtracted):

- import: ``python -m kommunesamarbeid --db run.db import plan.xlsx --municipality X``, into a
  copy of an empty database whose schema was created beforehand (migrations are not timed);
- raw: ``python -c "openpyxl.load_workbook(plan, read_only=True, data_only=True)"`` iterating
  every row with ``values_only=True``.

Runs are interleaved; the medians (default 3 runs each) and their ratio are printed (goal:
<= 1.5), both in CPU time (user + system of the child process, which stays fair on a busy
machine) and in wall-clock time. ``--profile`` prints a cProfile of one in-process import instead.

    .venv/bin/python bench/bench_import.py [--rows N] [--repeat N] [--inline-strings] [--profile]

Generated files go to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

HEADER = [
    "Nr",
    "Anskaffelse",
    "Kategori",
    "CPV",
    "Est. verdi pr år eks mva",
    "Varighet (år)",
    "Opsjon",
    "Planlagt kunngjøring",
    "Enhet",
    "Kontaktperson",
    "Prosedyre",
    "Kommentar",
]
SECTIONS = ["Oppvekst", "Helse og omsorg", "Teknisk drift", "Eiendom", "Stab", "Kultur", "IKT"]
NEEDS: list[tuple[str, str, list[str]]] = [
    ("Tjenester", "90620000", ["Brøyting og strøing av kommunale veier, rode {n}",
                               "Vintervedlikehold {area}", "Snørydding og strøing, {area}"]),
    ("Tjenester", "90910000", ["Renholdstjenester til kommunale bygg", "Renhold av {area}",
                               "Vindusvask og periodisk renhold"]),
    ("Varer", "30192000", ["Kontorrekvisita og kopipapir", "Kjøp av kontorrekvisita",
                           "Forbruksmateriell til kontor"]),
    ("Varer", "39160000", ["Skolemøbler og inventar", "Møbler til {area}",
                           "Inventar til ny barnehage i {area}"]),
    ("Tjenester", "50711000", ["Elektrikertjenester, rammeavtale", "Elektroarbeider i {area}"]),
    ("Varer", "09310000", ["Kjøp av elektrisk kraft", "Strøm og porteføljeforvaltning"]),
    ("Tjenester", "98310000", ["Vaskeritjenester og leie av arbeidstøy",
                               "Leie og vask av arbeidsklær"]),
    ("Tjenester", "72000000", ["Konsulentbistand innen IKT-sikkerhet",
                               "Drift av fagsystem for {area}"]),
    ("Bygg og anlegg", "45233142", ["Asfaltering og reparasjon av veier i {area}",
                                    "Vegvedlikehold, kontrakt {n}"]),
    ("Varer", "15800000", ["Matvarer til sykehjem og barnehager", "Dagligvarer til {area}"]),
    ("Tjenester", "79540000", ["Tolketjenester", "Tolking og oversettelse"]),
    ("Varer", "34110000", ["Kjøp av tjenestebiler", "Leasing av el-biler til {area}"]),
]  # fmt: skip
AREAS = ["Knarvik", "Lonevåg", "Eivindvik", "Matre", "Dale", "sentrum", "nordre krets"]
PEOPLE = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Per Olsen", "Siri Brekke"]
PROCEDURES = ["Åpen anbudskonkurranse", "Konkurranse med forhandling", "Direkteanskaffelse",
              "Avrop på rammeavtale", None]  # fmt: skip
PERIODS = ["Q1 2026", "Q2 2026", "Q3 2026", "H2 2026", "mars 2026", "høst 2026", "2027",
           "1. kvartal 2027"]  # fmt: skip


def _cpv(code: str, rng: random.Random) -> str | int | None:
    form = rng.random()
    if form < 0.25:
        return None
    if form < 0.45:
        return int(code)
    if form < 0.65:
        return f"{code}-{rng.randint(0, 9)}"
    if form < 0.8:
        return f"{code[:4]} {code[4:]}"
    return f"{code} {rng.choice(['Tjenester', 'Varer', 'Diverse'])}"


def _value(rng: random.Random) -> str | int:
    amount = rng.randint(5, 900) * 10_000
    form = rng.random()
    if form < 0.5:
        return amount
    if form < 0.7:
        return f"{amount:,}".replace(",", " ")
    if form < 0.8:
        return f"kr {amount:,},-".replace(",", " ")
    if form < 0.9:
        return f"{amount / 1_000_000:.1f} mill".replace(".", ",")
    return f"ca. {amount:,}".replace(",", " ")


def make_plan(path: Path, lines: int) -> int:
    """Write the plan; returns the number of plan lines (without headings and the sum row)."""
    rng = random.Random(2026)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Anskaffelsesplan")
    ws.append(["Eksempel kommune – anskaffelsesplan 2026–2027"])
    ws.append([])
    ws.append(HEADER)
    start = dt.datetime(2026, 1, 1)
    written = 0
    section = 0
    while written < lines:
        ws.append([None, f"{section % len(SECTIONS) + 1} {SECTIONS[section % len(SECTIONS)]}"])
        section += 1
        for _ in range(min(rng.randint(40, 60), lines - written)):
            written += 1
            category, code, wordings = rng.choice(NEEDS)
            description = rng.choice(wordings).format(n=written % 40, area=rng.choice(AREAS))
            when: str | dt.datetime = (
                start + dt.timedelta(days=rng.randint(0, 700))
                if rng.random() < 0.3
                else rng.choice(PERIODS)
            )
            ws.append(
                [
                    f"{2026}-{written:05d}",
                    description,
                    category,
                    _cpv(code, rng),
                    _value(rng),
                    rng.choice([1, 2, 3, 4, "2 år", "4 år"]),
                    rng.choice(["1+1", "2x1", "Nei", None]),
                    when,
                    rng.choice(SECTIONS),
                    rng.choice(PEOPLE),
                    rng.choice(PROCEDURES),
                    "Vurderes for felles anskaffelse" if rng.random() < 0.2 else None,
                ]
            )
    ws.append([None, "Sum"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return written


def shared_strings_copy(source: Path, target: Path) -> None:
    """The same workbook with its text in a shared-strings part, as Excel stores it."""
    spec = importlib.util.spec_from_file_location(
        "make_bad_files", ROOT / "tests" / "fixtures" / "make_bad_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target.write_bytes(module.with_shared_strings(source.read_bytes()))


RAW_READ = (
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)\n"
    "n = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))\n"
    "wb.close()\n"
    "print(n)\n"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.setdefault("KOMMUNESAMARBEID_USER", "bench")
    return env


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def _timed(command: list[str]) -> tuple[Timing, str]:
    """Run a command; its wall time and its CPU time (user + system, from the kernel)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=_env(), check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]} ... failed ({done.returncode}):\n{done.stderr[-2000:]!r}")
    return Timing(elapsed, cpu), done.stdout.decode("utf-8")


def empty_database(folder: Path) -> Path:
    template = folder / "empty.db"
    template.unlink(missing_ok=True)
    _timed([sys.executable, "-m", "kommunesamarbeid", "--db", str(template), "municipality",
            "add", "Eksempel kommune"])  # fmt: skip
    return template


def run_import(
    plan: Path, template: Path, folder: Path, *, json_out: bool = False
) -> tuple[Timing, str]:
    db = folder / "run.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, db)
    command = [sys.executable, "-m", "kommunesamarbeid", "--db", str(db), "import", str(plan),
               "--municipality", "Eksempel kommune"]  # fmt: skip
    return _timed([*command, "--json"] if json_out else command)


def run_raw(plan: Path) -> tuple[Timing, str]:
    return _timed([sys.executable, "-c", RAW_READ, str(plan)])


def profile(plan: Path, template: Path, folder: Path) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from kommunesamarbeid.cli import main as cli_main

    db = folder / "profile.db"
    db.unlink(missing_ok=True)
    shutil.copy(template, db)
    profiler = cProfile.Profile()
    profiler.enable()
    code = cli_main(["--db", str(db), "import", str(plan), "--municipality", "Eksempel kommune"])
    profiler.disable()
    print(f"exit {code}", file=sys.stderr)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--inline-strings", action="store_true")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    inline = OUT / f"import_{args.rows}_inline.xlsx"
    lines = make_plan(inline, args.rows)
    plan = inline
    if not args.inline_strings:
        plan = OUT / f"import_{args.rows}.xlsx"
        shared_strings_copy(inline, plan)
    template = empty_database(OUT)
    if args.profile:
        profile(plan, template, OUT)
        return

    _, out = run_import(plan, template, OUT, json_out=True)  # warm-up, and a correctness check
    report = json.loads(out)
    if report["added"] != lines:
        raise SystemExit(f"imported {report['added']} lines, expected {lines}")
    raw_rows = int(run_raw(plan)[1])
    ours: list[Timing] = []
    raw: list[Timing] = []
    for _ in range(args.repeat):  # interleaved, so drift in machine load hits both sides
        ours.append(run_import(plan, template, OUT)[0])
        raw.append(run_raw(plan)[0])
    kind = "inline strings" if args.inline_strings else "shared strings"
    print(f"plan: {plan.name} ({plan.stat().st_size:,} B, {lines:,} lines, {raw_rows:,} rows, "
          f"{kind}); medians of {args.repeat} runs, seconds")  # fmt: skip
    for label, pick in (("CPU (user+sys)", _cpu), ("wall clock", _wall)):
        ours_median = statistics.median(pick(t) for t in ours)
        raw_median = statistics.median(pick(t) for t in raw)
        print(f"  {label}:")
        print(
            f"    CLI import                  {ours_median:6.2f}  {_runs([pick(t) for t in ours])}"
        )
        print(f"    openpyxl read-only rows     {raw_median:6.2f}  {_runs([pick(t) for t in raw])}")
        print(f"    ratio                       {ours_median / raw_median:6.2f}  (goal <= 1.5)")


def _cpu(timing: Timing) -> float:
    return timing.cpu


def _wall(timing: Timing) -> float:
    return timing.wall


def _runs(times: list[float]) -> str:
    return "[" + ", ".join(f"{t:.2f}" for t in times) + "]"


if __name__ == "__main__":
    main()
