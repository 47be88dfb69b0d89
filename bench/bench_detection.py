"""Benchmark overlap detection on synthetic plans, against an all-pairs rapidfuzz baseline.

    .venv/bin/python bench/bench_detection.py [--sizes 5000 10000 20000 40000] [--runs 3]

Each size runs in its own process (so peak memory is that size's own): median wall and CPU time
of ``--runs`` detections (the text model is built once before, and timed on its own), peak
resident memory and the peak of Python/numpy allocations (tracemalloc, in an extra run). The
baseline scores all pairs of the 5 000-line set with ``rapidfuzz.process.cdist`` and
``fuzz.token_set_ratio`` on one core (detection runs on one core too), which is only the
comparing, no grouping. The first run of a size is reported too: later runs reuse what the text
model has learnt about words and texts it has seen (as a re-run in the application would).

Goals (issue 14): 20 000 lines in at most 4 s on a first run, 100 000 lines in at most 20 s and
800 MB, and the all-pairs baseline over the same 5 000 lines at least 10 times slower than our
first run (both printed in one run). On a loaded machine compare the CPU times and the ratios.
The CPU catalogue ../shared/data-scout/cpv_2008_en_no.csv is used when present (labels for
explanations, CPV suggestions and the names of one-off purchases in the synthetic plans).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synthetic_plans import generate_lines  # noqa: E402
from kommunesamarbeid.core.overlap import (  # noqa: E402
    build_model,
    catalogue_from_csv,
    detect_overlaps,
    load_vocabulary,
)

SHARED = Path(os.environ.get("KOMMUNESAMARBEID_SHARED") or ROOT.parent / "shared")
CATALOGUE = SHARED / "data-scout" / "cpv_2008_en_no.csv"
VOCABULARY = ROOT / "resources" / "vocabulary"


def _inputs() -> tuple[dict[str, tuple[str, str]], list[str]]:
    catalogue = catalogue_from_csv(CATALOGUE) if CATALOGUE.exists() else {}
    noise = [label_no for label_no, _ in catalogue.values() if label_no]
    return catalogue, noise


def run_single(size: int, runs: int, seed: int) -> dict[str, float]:
    """Time and measure detection on one size (called in a child process)."""
    catalogue, noise = _inputs()
    vocabulary = load_vocabulary(VOCABULARY)
    lines, _ = generate_lines(size, municipalities=50, seed=seed, noise_texts=noise)
    start = time.perf_counter()
    build_model(vocabulary, catalogue)
    model_seconds = time.perf_counter() - start
    walls: list[float] = []
    cpus: list[float] = []
    groups = 0
    for _ in range(max(1, runs)):
        wall, cpu = time.perf_counter(), time.process_time()
        result = detect_overlaps(lines, catalogue, vocabulary)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        groups = len(result)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    detect_overlaps(lines, catalogue, vocabulary)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "size": size,
        "wall_first": walls[0],
        "cpu_first": cpus[0],
        "wall_median": statistics.median(walls),
        "cpu_median": statistics.median(cpus),
        "model_seconds": model_seconds,
        "groups": groups,
        "peak_rss_mb": rss_mb,
        "traced_peak_mb": traced_peak / 2**20,
    }


def run_baseline(size: int, seed: int) -> dict[str, float]:
    """All-pairs rapidfuzz token_set_ratio over the same lines (child process)."""
    from rapidfuzz import fuzz, process, utils

    _, noise = _inputs()
    lines, _ = generate_lines(size, municipalities=50, seed=seed, noise_texts=noise)
    texts = [line.description for line in lines]
    wall, cpu = time.perf_counter(), time.process_time()
    matrix = process.cdist(
        texts,
        texts,
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        score_cutoff=80,
        dtype="uint8",
        workers=1,  # one core, like detection
    )
    return {
        "size": size,
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "pairs_over_80": int((matrix >= 80).sum() - len(texts)) // 2,
    }


def _child(args: list[str]) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tid og minne for overlappssøket.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000, 40000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--single", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.single:
        print(json.dumps(run_single(args.single, args.runs, args.seed)))
        return 0
    if args.baseline_only:
        print(json.dumps(run_baseline(args.baseline_only, args.seed)))
        return 0
    results = {}
    for size in args.sizes:
        result = _child(["--single", str(size), "--runs", str(args.runs), "--seed", str(args.seed)])
        results[size] = result
        print(
            f"{size:>6} linjer: median {result['wall_median']:6.2f} s "
            f"(CPU {result['cpu_median']:6.2f} s), første kjøring {result['wall_first']:6.2f} s "
            f"(CPU {result['cpu_first']:6.2f} s), {int(result['groups'])} grupper, "
            f"minne {result['peak_rss_mb']:.0f} MB (tracemalloc {result['traced_peak_mb']:.0f} MB); "
            f"tekstmodell {result['model_seconds']:.1f} s",
            flush=True,
        )
    if 10000 in results and 40000 in results:
        ratio = results[40000]["wall_median"] / results[10000]["wall_median"]
        cpu_ratio = results[40000]["cpu_median"] / results[10000]["cpu_median"]
        first = results[40000]["wall_first"] / results[10000]["wall_first"]
        print(
            f"tid(40 000) / tid(10 000): {ratio:.2f} (CPU {cpu_ratio:.2f}; første kjøring {first:.2f})"
        )
    if not args.no_baseline and 5000 in results:
        baseline = _child(["--baseline-only", "5000", "--seed", str(args.seed)])
        ours = results[5000]
        print(
            f"alle par med rapidfuzz token_set_ratio, 5 000 linjer: {baseline['wall']:.1f} s "
            f"(CPU {baseline['cpu']:.1f} s); overlappssøket er "
            f"{baseline['wall'] / ours['wall_median']:.0f} ganger raskere "
            f"(første kjøring {baseline['wall'] / ours['wall_first']:.0f} ganger)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
