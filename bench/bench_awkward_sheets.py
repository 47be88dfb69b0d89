"""Awkward plans import as fast as plain ones (not a test): the goal is under 2 s each.

Times ``python -m kommunesamarbeid --db X import FILE --municipality Y`` in a fresh process for
each file of ``bench/awkward_sheets.py`` and for the same plan without the awkwardness (the
baseline: a 12-line plan, normally formatted), into a copy of a database whose schema was made
beforehand. Interpreter start-up and imports count (nothing is subtracted). Runs are
interleaved; medians of wall-clock and CPU time (user + system of the child, fairer on a busy
machine) and the ratio to the baseline are printed.

    .venv/bin/python bench/bench_awkward_sheets.py [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.awkward_sheets import DEFAULT_OUT, _plan_sheet, make_all  # noqa: E402

GOAL_S = 2.0


def _timed(command: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command[4:7]} failed ({done.returncode}):\n{done.stderr[-1500:]!r}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = make_all(DEFAULT_OUT)
    baseline = DEFAULT_OUT / "baseline.xlsx"
    wb, _ws = _plan_sheet()
    wb.save(baseline)
    runs = {"baseline": baseline, **files}
    template = DEFAULT_OUT / "empty.db"
    template.unlink(missing_ok=True)
    _timed([sys.executable, "-m", "kommunesamarbeid", "--db", str(template), "municipality",
            "add", "Eksempel kommune"])  # fmt: skip
    wall: dict[str, list[float]] = {k: [] for k in runs}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(args.repeat):
        for key, path in runs.items():
            db = DEFAULT_OUT / "run.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            shutil.copy(template, db)
            w, c = _timed([sys.executable, "-m", "kommunesamarbeid", "--db", str(db), "import",
                           str(path), "--municipality", "Eksempel kommune"])  # fmt: skip
            wall[key].append(w)
            cpu[key].append(c)
    base_wall = statistics.median(wall["baseline"])
    print(f"median of {args.repeat} runs (goal: under {GOAL_S:.0f} s each)")
    print(f"{'file':<24} {'wall s':>7} {'cpu s':>7} {'× baseline':>11}")
    for key in runs:
        mw, mc = statistics.median(wall[key]), statistics.median(cpu[key])
        flag = "" if mw < GOAL_S else "  OVER GOAL"
        print(f"{key:<24} {mw:>7.2f} {mc:>7.2f} {mw / base_wall:>10.2f}×{flag}")


if __name__ == "__main__":
    main()
