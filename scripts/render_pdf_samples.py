"""Write the sample PDFs and render their pages to PNG, for people to look at.

    .venv/bin/python scripts/render_pdf_samples.py OUTDIR [--dpi 60] [--gray] [--no-large]

Writes into OUTDIR:
  forslag_eksempel.pdf        the realistic proposal (8 municipalities in Nordhordland), bokmål
  forslag_nynorsk.pdf         the same as the nynorsk municipalities write it (full form)
  forslag_kort.pdf            below the national threshold: the short form (3 municipalities)
  forslag_en_kommune.pdf      the smallest case (1 municipality, no lots, no milestones)
  forslag_40_kommuner.pdf     the stress case (40 municipalities x 50 lines), unless --no-large
  forslag_injeksjon.pdf       markup and spreadsheet formulas in user text (must print literally)
  fullmakt/*.pdf              one fullmakt per municipality of the mixed proposal (a nynorsk
                              host, two bokmål municipalities): each in its own målform
  oversikt.pdf                the overview for a coordinators' meeting (oversikt_nynorsk.pdf)
  png/<name>-<page>.png       every page, rendered with pdftoppm (-gray: as a B&W printer would)

The sample data comes from tests/fileio/pdf_samples.py; the local supplier market (invented
counts read by the real reading) from tests/fileio/market_samples.py.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fileio"))

from document_samples import mixed_proposal, nynorsk_proposal, short_proposal  # noqa: E402
from market_samples import sample_market  # noqa: E402
from pdf_samples import (  # noqa: E402
    CPV_LABELS,
    GENERATED,
    evaluate_sample,
    injection_evaluation,
    injection_proposal,
    large_proposal,
    sample_groups,
    sample_proposal,
    small_proposal,
)

from kommunesamarbeid.fileio.pdf_fullmakt import write_fullmakt_pdfs  # noqa: E402
from kommunesamarbeid.fileio.pdf_overview import write_overview_pdf  # noqa: E402
from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf  # noqa: E402
from kommunesamarbeid.services.exports import group_summary  # noqa: E402


def write_samples(outdir: Path, *, large: bool) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    proposals = [
        ("forslag_eksempel.pdf", sample_proposal(), None),
        ("forslag_nynorsk.pdf", nynorsk_proposal(), None),
        ("forslag_kort.pdf", short_proposal(), None),
        ("forslag_en_kommune.pdf", small_proposal(), None),
    ]
    if large:
        proposals.append(("forslag_40_kommuner.pdf", large_proposal(), None))
    injected = injection_proposal()
    proposals.append(("forslag_injeksjon.pdf", injected, injection_evaluation(injected)))
    for name, proposal, evaluation in proposals:
        out = outdir / name
        write_proposal_pdf(
            proposal,
            evaluation or evaluate_sample(proposal),
            out,
            generated=GENERATED,
            cpv_labels=CPV_LABELS,
            local_market=sample_market(proposal),
        )
        written.append(out)
    proposal = mixed_proposal()
    written += write_fullmakt_pdfs(
        proposal, evaluate_sample(proposal), outdir / "fullmakt", generated=GENERATED
    )
    overview = outdir / "oversikt.pdf"
    write_overview_pdf(sample_groups(), overview, generated=GENERATED)
    written.append(overview)
    nynorsk = nynorsk_proposal()
    group = group_summary(
        1,
        nynorsk.title,
        "",
        0.81,
        nynorsk,
        evaluate_sample(nynorsk),
        list(nynorsk.group_reasons),
        status_code="confirmed",
    )
    overview_nn = outdir / "oversikt_nynorsk.pdf"
    write_overview_pdf([group, *sample_groups()[1:]], overview_nn, generated=GENERATED, lang="nn")
    written.append(overview_nn)
    return written


def render(pdfs: list[Path], pngdir: Path, *, dpi: int, gray: bool) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        sys.exit("pdftoppm (poppler-utils) er ikke installert; PDF-ene er skrevet, men ikke PNG.")
    pngdir.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        command = [pdftoppm, "-r", str(dpi), "-png"]
        if gray:
            command.append("-gray")
        subprocess.run([*command, str(pdf), str(pngdir / pdf.stem)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--gray", action="store_true", help="render in greyscale")
    parser.add_argument("--no-large", action="store_true", help="skip the 40 x 50 proposal")
    args = parser.parse_args()
    pdfs = write_samples(args.outdir, large=not args.no_large)
    render(pdfs, args.outdir / "png", dpi=args.dpi, gray=args.gray)
    for pdf in pdfs:
        print(pdf)
    print(f"PNG: {args.outdir / 'png'}")


if __name__ == "__main__":
    main()
