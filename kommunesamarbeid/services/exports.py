"""Use cases: export a proposal (PDF, fullmakt PDFs, Excel annex, OCDS) and the pooled plan.

Files are written to a temporary name beside the target and moved into place when complete, so
a failed or cancelled export never leaves a half-written file where the user expects one.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.proposal import (
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.lines import list_lines
from kommunesamarbeid.services.overlap import STATUS_LABELS, GroupInfo, list_groups
from kommunesamarbeid.services.proposals import (
    _label_for,
    evaluated,
    list_proposals,
    proposal_data,
    thresholds,
)


@contextmanager
def _atomic(out: Path) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed to the target on success."""
    out = out.expanduser().resolve()
    if not out.parent.is_dir():
        raise RefusedInputError(f"Mappen {out.parent} finnes ikke.")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); give it the mode a normal new file gets.
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, out)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _check_target(out: Path, suffix: str) -> Path:
    if out.suffix.lower() != suffix:
        raise RefusedInputError(f"Filnavnet må slutte på {suffix}.", value=str(out))
    return out


def export_proposal_pdf(
    db: Database, proposal_id: int, out: Path, *, today: dt.date | None = None
) -> Path:
    from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf

    today = today or dt.date.today()
    data, evaluation = evaluated(db, proposal_id, today=today)
    labels = catalogue_labels(db)
    cpv_labels = {
        line.cpv: label
        for line in data.all_lines()
        if line.cpv and (label := _label_for(labels, line.cpv))
    }
    from kommunesamarbeid.services.supplier_market import proposal_market

    market = proposal_market(db, data)
    target = _check_target(out, ".pdf")
    with _atomic(target) as tmp:
        write_proposal_pdf(
            data, evaluation, tmp, generated=today, cpv_labels=cpv_labels, local_market=market
        )
    return target.resolve()


def export_fullmakt(
    db: Database, proposal_id: int, outdir: Path, *, today: dt.date | None = None
) -> list[Path]:
    from kommunesamarbeid.fileio.pdf_fullmakt import write_fullmakt_pdfs

    today = today or dt.date.today()
    outdir = outdir.expanduser()
    outdir.mkdir(parents=True, exist_ok=True)
    data, evaluation = evaluated(db, proposal_id, today=today)
    with tempfile.TemporaryDirectory(dir=outdir, prefix=".fullmakt-") as tmp:
        written = write_fullmakt_pdfs(data, evaluation, Path(tmp), generated=today)
        final = []
        for path in written:
            target = outdir / path.name
            os.replace(path, target)
            final.append(target.resolve())
    return final


def group_as_proposal(group: GroupInfo, municipality_ids: dict[str, int]) -> ProposalData:
    """A group seen as a proposal, so the rules engine can value it and name its procedure."""
    participants: dict[str, list[ProposalLineData]] = {}
    for m in group.active_members:
        participants.setdefault(m.municipality, []).append(
            ProposalLineData(
                line_id=m.line_id,
                description=m.description,
                cpv=m.cpv,
                annual_value_nok=m.annual_value_nok,
                total_value_nok=m.total_value_nok,
                period_start=m.period_start,
                period_end=m.period_end,
                period_text=m.period_text,
            )
        )
    return ProposalData(
        id=-group.id,
        reference=f"Overlapp {group.id}",
        title=group.title,
        participants=tuple(
            ParticipantData(
                municipality_id=municipality_ids.get(name, 0), name=name, lines=tuple(lines)
            )
            for name, lines in participants.items()
        ),
        group_reasons=tuple(group.reasons),
    )


def export_overview_pdf(db: Database, out: Path, *, today: dt.date | None = None) -> Path:
    from kommunesamarbeid.fileio.pdf_overview import GroupSummary, write_overview_pdf
    from kommunesamarbeid.services.municipalities import list_municipalities

    today = today or dt.date.today()
    ids = {m.name: m.id for m in list_municipalities(db)}
    summaries = []
    for g in list_groups(db):
        evaluation = evaluate(group_as_proposal(g, ids), thresholds(), today=today)
        summaries.append(
            GroupSummary(
                id=g.id,
                title=g.title,
                status=STATUS_LABELS.get(g.status, g.status),
                score=g.score,
                municipalities=g.municipalities,
                total_value_nok=g.total_value_nok,
                procedure_label=evaluation.procedure_label,
                lines=[(m.municipality, m.description) for m in g.active_members],
                reasons=list(g.reasons),
            )
        )
    if not summaries:
        raise RefusedInputError(
            "Det finnes ingen overlapp å lage oversikt over. Kjør «detect» først."
        )
    target = _check_target(out, ".pdf")
    with _atomic(target) as tmp:
        write_overview_pdf(summaries, tmp, generated=today)
    return target.resolve()


def export_pooled_xlsx(db: Database, out: Path, *, today: dt.date | None = None) -> Path:
    from kommunesamarbeid.fileio.xlsx_export import write_pooled_plan

    today = today or dt.date.today()
    lines = list_lines(db)
    groups = list_groups(db)
    proposals_by_line: dict[int, list[str]] = {}
    for summary in list_proposals(db):
        for line in proposal_data(db, summary.id).all_lines():
            proposals_by_line.setdefault(line.line_id, []).append(summary.reference)
    target = _check_target(out, ".xlsx")
    with _atomic(target) as tmp:
        write_pooled_plan(lines, groups, proposals_by_line, tmp, generated=today)
    return target.resolve()


def export_proposal_xlsx(
    db: Database, proposal_id: int, out: Path, *, today: dt.date | None = None
) -> Path:
    from kommunesamarbeid.fileio.xlsx_export import write_proposal_annex

    today = today or dt.date.today()
    data, evaluation = evaluated(db, proposal_id, today=today)
    target = _check_target(out, ".xlsx")
    with _atomic(target) as tmp:
        write_proposal_annex(data, evaluation, tmp, generated=today)
    return target.resolve()


def export_ocds(
    db: Database, proposal_id: int, out: Path, *, now: dt.datetime | None = None
) -> Path:
    from kommunesamarbeid.fileio.ocds import write_ocds

    now = now or dt.datetime.now(dt.UTC)
    data, evaluation = evaluated(db, proposal_id, today=now.date())
    target = _check_target(out, ".json")
    with _atomic(target) as tmp:
        write_ocds(data, evaluation, tmp, published=now)
    return target.resolve()


#: For the GUI: export kinds with their file suffix and use case.
EXPORTERS: dict[str, tuple[str, Callable[..., object]]] = {
    "pdf": (".pdf", export_proposal_pdf),
    "xlsx-annex": (".xlsx", export_proposal_xlsx),
    "ocds": (".json", export_ocds),
}
