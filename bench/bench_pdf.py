"""Speed check for the proposal PDF (not a test): 40 participants x 50 lines, median of 3.

Builds the stress proposal from tests/fileio/pdf_samples.py and times ``write_proposal_pdf``
(goal: <= 3 s wall time). Wall time depends on what else the machine is doing, so the CPU time
of this process is printed as well. ``--fullmakt`` also times the 40 fullmakt documents.

    .venv/bin/python bench/bench_pdf.py [--participants N] [--lines N] [--repeat N] [--fullmakt]

The PDFs go to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "tests" / "fileio"))

from pdf_samples import (  # noqa: E402
    CPV_LABELS,
    GENERATED,
    evaluate_sample,
    large_proposal,
)

from kommunesamarbeid.fileio.pdf_common import register_fonts  # noqa: E402
from kommunesamarbeid.fileio.pdf_fullmakt import write_fullmakt_pdfs  # noqa: E402
from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf  # noqa: E402

GOAL_SECONDS = 3.0


def _pages(path: Path) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:  # pypdf is a test dependency
        return -1
    return len(PdfReader(path).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--lines", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fullmakt", action="store_true", help="time the fullmakt PDFs too")
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    register_fonts()  # loading the TrueType files once is not part of writing a document
    proposal = large_proposal(args.participants, args.lines)
    evaluation = evaluate_sample(proposal)
    out = OUT / "proposal_large.pdf"

    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        write_proposal_pdf(proposal, evaluation, out, generated=GENERATED, cpv_labels=CPV_LABELS)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    median = statistics.median(walls)
    lines = sum(len(p.lines) for p in proposal.participants)
    print(
        f"proposal PDF: {args.participants} participants x {args.lines} lines = {lines} lines, "
        f"{_pages(out)} pages, {out.stat().st_size / 1e6:.1f} MB"
    )
    print(f"  wall  median {median:6.2f} s   runs {', '.join(f'{w:.2f}' for w in walls)}")
    print(
        f"  cpu   median {statistics.median(cpus):6.2f} s   runs {', '.join(f'{c:.2f}' for c in cpus)}"
    )
    print(f"  goal  <= {GOAL_SECONDS:.1f} s: {'met' if median <= GOAL_SECONDS else 'NOT met'}")

    if args.fullmakt:
        wall, cpu = time.perf_counter(), time.process_time()
        paths = write_fullmakt_pdfs(proposal, evaluation, OUT / "fullmakt", generated=GENERATED)
        print(
            f"fullmakt PDFs: {len(paths)} files in {time.perf_counter() - wall:.2f} s wall, "
            f"{time.process_time() - cpu:.2f} s cpu"
        )


if __name__ == "__main__":
    main()
