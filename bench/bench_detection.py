"""Benchmark overlap detection on synthetic plans: the engine, the real service path on a
database, and an all-pairs rapidfuzz baseline.

    .venv/bin/python bench/bench_detection.py [--sizes 5000 20000 40000] [--runs 3]
        [--db URL] [--service-sizes 20000 100000] [--no-baseline]
    bash scripts/with-postgres.sh .venv/bin/python bench/bench_detection.py   # PostgreSQL

Engine (``--sizes``): each size in its own process (so peak memory is that size's own). The
text model (lexicon, vocabulary, catalogue) is built first and timed on its own; then the
first run (nothing analysed yet) and ``--runs`` more (the same process, analyses kept in
memory: the median of those is "warm"). CPU time is the process's own.

Service (``--service-sizes``, on ``--db`` or $KOMMUNESAMARBEID_TEST_PG_URL; without one this
part is skipped and says so): the database is emptied and filled with the synthetic plans and
the CPV catalogue in one process; then ``services.overlap.detect`` runs in a fresh process
(model build, reading the lines, detection, storing the candidates, keeping the analyses,
listing the groups: what a coordinator waits for in a new session on an empty analysis
store), and once more in another fresh process (the analyses now come from the database).
The catalogue's reading kept in the user's cache folder by any earlier run is used (as for a
coordinator: it outlives databases) and the line says so; $KOMMUNESAMARBEID_DATA_DIR pointing at
an empty folder measures a run without it. Peak memory is the detecting process's.

Baseline: rapidfuzz ``process.cdist`` with ``fuzz.token_set_ratio`` over all pairs of the
same 5 000 lines on one core (detection uses one core too), only the comparing (no grouping),
printed beside our first run of the same lines in the same run.

Goals (issue 14): 20 000 lines ≤ 4 s on a first run, 100 000 lines ≤ 20 s in ≤ 800 MB (on
PostgreSQL), the all-pairs baseline ≥ 10 times slower than our first run of 5 000 lines. The
machine may be shared: compare CPU times and the same-run ratios. The CPV catalogue
../shared/data-scout/cpv_2008_en_no.csv is used when present (labels, CPV suggestions, and the
names of one-off purchases in the synthetic plans).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synthetic_plans import generate_lines  # noqa: E402

SHARED = Path(os.environ.get("KOMMUNESAMARBEID_SHARED") or ROOT.parent / "shared")
CATALOGUE = SHARED / "data-scout" / "cpv_2008_en_no.csv"
VOCABULARY = ROOT / "resources" / "vocabulary"
PG_ENV = "KOMMUNESAMARBEID_TEST_PG_URL"
MUNICIPALITIES = 50


def _inputs() -> tuple[dict[str, tuple[str, str]], list[str]]:
    from kommunesamarbeid.core.overlap import catalogue_from_csv

    catalogue = catalogue_from_csv(CATALOGUE) if CATALOGUE.exists() else {}
    noise = [label_no for label_no, _ in catalogue.values() if label_no]
    return catalogue, noise


def _lines(size: int, seed: int) -> list[Any]:
    _, noise = _inputs()
    return generate_lines(size, municipalities=MUNICIPALITIES, seed=seed, noise_texts=noise)[0]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(work: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


# ------------------------------------------------------------------------------ engine


def run_engine(size: int, runs: int, seed: int) -> dict[str, float]:
    """Time and measure the engine on one size (called in a child process)."""
    from kommunesamarbeid.core.overlap import build_model, detect_overlaps, load_vocabulary

    catalogue, _ = _inputs()
    lines = _lines(size, seed)
    gc.collect()
    vocabulary, _, load_cpu = _timed(lambda: load_vocabulary(VOCABULARY))
    _, _, model_cpu = _timed(lambda: build_model(vocabulary, catalogue))
    walls: list[float] = []
    cpus: list[float] = []
    groups = 0
    for _ in range(1 + max(1, runs)):
        result, wall, cpu = _timed(lambda: detect_overlaps(lines, catalogue, vocabulary))
        walls.append(wall)
        cpus.append(cpu)
        groups = len(result)
    return {
        "size": size,
        "wall_first": walls[0],
        "cpu_first": cpus[0],
        "wall_warm": statistics.median(walls[1:]),
        "cpu_warm": statistics.median(cpus[1:]),
        "model_cpu": load_cpu + model_cpu,
        "groups": groups,
        "peak_rss_mb": _peak_mb(),
    }


def run_baseline(size: int, seed: int) -> dict[str, float]:
    """All-pairs rapidfuzz token_set_ratio over the same lines (child process)."""
    from rapidfuzz import fuzz, process, utils

    texts = [line.description for line in _lines(size, seed)]
    matrix, wall, cpu = _timed(
        lambda: process.cdist(
            texts,
            texts,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            score_cutoff=80,
            dtype="uint8",
            workers=1,  # one core, like detection
        )
    )
    return {
        "size": size,
        "wall": wall,
        "cpu": cpu,
        "pairs_over_80": int((matrix >= 80).sum() - len(texts)) // 2,
    }


# ----------------------------------------------------------------------------- service


def _reset(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


def setup_service(url: str, size: int, seed: int) -> dict[str, float]:
    """Empty the database and fill it with the synthetic plans and the catalogue (child)."""
    from sqlalchemy import insert

    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.db.models import Municipality, PlannedPurchase
    from kommunesamarbeid.services.catalogue import load_cpv_catalogue
    from kommunesamarbeid.services.context import Actor

    _reset(url)
    db = open_database(url)
    actor = Actor(user="bench")
    if CATALOGUE.exists():
        load_cpv_catalogue(db, actor, CATALOGUE)
    lines = _lines(size, seed)
    names = sorted({line.municipality for line in lines})
    with db.session() as session:
        session.execute(
            insert(Municipality), [{"id": i + 1, "name": name} for i, name in enumerate(names)]
        )
        number = {name: i + 1 for i, name in enumerate(names)}
        rows = [
            {
                "id": line.id,
                "municipality_id": number[line.municipality],
                "description": line.description,
                "details": line.details or None,
                "cpv": line.cpv,
                "period_start": line.period.start if line.period else None,
                "period_end": line.period.end if line.period else None,
                "annual_value_nok": line.annual_value_nok,
                "total_value_nok": line.total_value_nok,
                "status": "active",
                "created_at": dt.datetime(2026, 1, 1),
                "updated_at": dt.datetime(2026, 1, 1),
            }
            for line in lines
        ]
        for start in range(0, len(rows), 5000):
            session.execute(insert(PlannedPurchase), rows[start : start + 5000])
    db.dispose()
    return {"size": size, "lines": len(rows)}


def run_service(url: str) -> dict[str, float]:
    """``services.overlap.detect`` in this (fresh) process, with the time of its steps."""
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.services import overlap, overlap_cache, overlap_run
    from kommunesamarbeid.services.context import Actor

    steps: dict[str, float] = {}

    def timing(module: Any, name: str) -> None:
        original = getattr(module, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                steps[name] = steps.get(name, 0.0) + time.perf_counter() - start

        setattr(module, name, timed)

    from kommunesamarbeid.core.overlap import detect as core_detect

    timing(overlap_run, "active_lines")
    timing(overlap_cache, "attach")
    timing(core_detect, "detect_overlaps")
    timing(overlap_run, "store_candidates")
    timing(overlap_cache, "keep")
    timing(overlap, "list_groups")
    from kommunesamarbeid.paths import cache_dir

    # the catalogue's reading kept in the cache folder by an earlier run (any database)
    on_disk = any(cache_dir().glob("katalog-*.json"))
    db = open_database(url)
    report, wall, cpu = _timed(lambda: overlap.detect(db, Actor(user="bench")))
    db.dispose()
    return {
        "wall": wall,
        "cpu": cpu,
        "peak_rss_mb": _peak_mb(),
        "groups": len(report.groups),
        "lines": report.lines,
        "labels_on_disk": on_disk,
        **{f"step_{k}": v for k, v in steps.items()},
    }


# --------------------------------------------------------------------------------- main


def _child(args: list[str]) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def _engine_report(sizes: list[int], runs: int, seed: int) -> dict[int, dict[str, Any]]:
    results: dict[int, dict[str, Any]] = {}
    print("Motoren (tekstmodellen bygd først; første kjøring uten noe analysert):")
    for size in sizes:
        r = _child(["--engine", str(size), "--runs", str(runs), "--seed", str(seed)])
        results[size] = r
        print(
            f"  {size:>7} linjer: første kjøring {r['wall_first']:6.2f} s (CPU "
            f"{r['cpu_first']:5.2f} s), varm median {r['wall_warm']:5.2f} s (CPU "
            f"{r['cpu_warm']:5.2f} s), {int(r['groups'])} grupper, toppminne "
            f"{r['peak_rss_mb']:.0f} MB; tekstmodell {r['model_cpu']:.1f} s CPU",
            flush=True,
        )
    return results


def _service_report(url: str, sizes: list[int], seed: int) -> None:
    where = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    print(f"Tjenesten overlap.detect på {where} (ny prosess; modell, lesing, søk, lagring):")
    for size in sizes:
        _child(["--setup", url, str(size), "--seed", str(seed)])
        for label in ("tom analyselagring", "analysene i databasen"):
            r = _child(["--service", url])
            steps = ", ".join(
                f"{k.removeprefix('step_')} {v:.1f}" for k, v in r.items() if k.startswith("step_")
            )
            print(
                f"  {size:>7} linjer, {label}: {r['wall']:6.2f} s (CPU {r['cpu']:5.2f} s), "
                f"toppminne {r['peak_rss_mb']:.0f} MB, {int(r['groups'])} grupper [{steps}]"
                + ("; katalogens lesning fra hurtiglageret" if r.get("labels_on_disk") else ""),
                flush=True,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tid og minne for overlappssøket.")
    parser.add_argument("--sizes", type=int, nargs="*", default=[5000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--db", help="database-URL for tjenestemålingen (standard: $" + PG_ENV + ")"
    )
    parser.add_argument("--service-sizes", type=int, nargs="*", default=[20000, 100000])
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--engine", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline-only", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--setup", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--service", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.runs, args.seed)))
        return 0
    if args.baseline_only:
        print(json.dumps(run_baseline(args.baseline_only, args.seed)))
        return 0
    if args.setup:
        print(json.dumps(setup_service(args.setup[0], int(args.setup[1]), args.seed)))
        return 0
    if args.service:
        print(json.dumps(run_service(args.service)))
        return 0
    print(f"Maskinen: {os.cpu_count()} kjerner, last {os.getloadavg()[0]:.1f} (1 min)")
    sizes = sorted(set(args.sizes) | ({5000} if not args.no_baseline else set()))
    engine = _engine_report(sizes, args.runs, args.seed) if sizes else {}
    if not args.no_baseline and 5000 in engine:
        base = _child(["--baseline-only", "5000", "--seed", str(args.seed)])
        ours = engine[5000]
        print(
            f"Alle par med rapidfuzz token_set_ratio, 5 000 linjer: {base['wall']:.2f} s "
            f"(CPU {base['cpu']:.2f} s) mot vår første kjøring {ours['wall_first']:.2f} s "
            f"(CPU {ours['cpu_first']:.2f} s): {base['cpu'] / ours['cpu_first']:.1f} ganger "
            f"(CPU), {base['wall'] / ours['wall_first']:.1f} ganger (veggklokke); med "
            f"tekstmodellen bygd i samme tid: {base['cpu'] / (ours['cpu_first'] + ours['model_cpu']):.1f} "
            "ganger (CPU)"
        )
    url = args.db or os.environ.get(PG_ENV)
    if args.service_sizes and url:
        _service_report(url, args.service_sizes, args.seed)
    elif args.service_sizes:
        print(
            f"Tjenestemålingen hoppet over: oppgi --db URL eller sett {PG_ENV} (f.eks. "
            "bash scripts/with-postgres.sh .venv/bin/python bench/bench_detection.py)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
