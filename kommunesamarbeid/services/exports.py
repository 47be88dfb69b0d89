"""Use cases: export a proposal (PDF, fullmakt PDFs, Excel annex, OCDS) and the pooled plan.

Files are written to a temporary name beside the target and moved into place when complete
(``fileio.atomic``), so a failed or cancelled export never leaves a half-written file where the
user expects one, and a killed export's temporary is removed on the next start. File-system
trouble is refused with the error model's kinds (no folder, a folder as target, no permission,
a full disk).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.proposal import (
    Evaluation,
    ProposalData,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.texts import BOKMAAL, NYNORSK, Lang, Text, lang_of
from kommunesamarbeid.core.value_model import model_of
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.fileio.atomic import atomic_file as _atomic
from kommunesamarbeid.fileio.atomic import atomic_folder
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.lines import list_lines
from kommunesamarbeid.services.overlap import STATUS_LABELS, GroupInfo, list_groups
from kommunesamarbeid.services.proposal_data import lines_as_proposal
from kommunesamarbeid.services.proposals import (
    _label_for,
    evaluated,
    list_proposals,
    proposal_data,
    thresholds,
)

if TYPE_CHECKING:
    from kommunesamarbeid.fileio.pdf_overview import GroupSummary


def _check_target(out: Path, suffix: str) -> Path:
    if out.expanduser().is_dir():
        raise BadValueError(
            f"«{out}» er en mappe, ikke en fil.",
            hint=f"Oppgi et filnavn i mappen, f.eks. «{out / ('eksport' + suffix)}».",
        )
    if out.suffix.lower() != suffix:
        raise BadValueError(
            f"Filnavnet må slutte på {suffix}", value=str(out), hint=f"F.eks. «eksport{suffix}»."
        )
    return out


def maalform_language(maalform: str | None, default: Lang) -> Lang:
    """A written standard the user asked for ("nynorsk", "bokmaal", "nn", "nb"), else ``default``."""
    if maalform is None or not maalform.strip():
        return default
    from kommunesamarbeid.core.municipality_register import parse_maalform

    parsed = parse_maalform(maalform)
    if parsed is None:
        raise BadValueError(
            "Ukjent målform", value=maalform, expected="nynorsk eller bokmaal (bokmål)"
        )
    return lang_of(parsed.written)


def export_proposal_pdf(
    db: Database,
    proposal_id: int,
    out: Path,
    *,
    today: dt.date | None = None,
    maalform: str | None = None,
) -> Path:
    """The proposal document, in the host municipality's written standard unless ``maalform``
    says otherwise."""
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
            data,
            evaluation,
            tmp,
            generated=today,
            cpv_labels=cpv_labels,
            local_market=market,
            lang=maalform_language(maalform, data.language),
        )
    return target.resolve()


def export_fullmakt(
    db: Database, proposal_id: int, outdir: Path, *, today: dt.date | None = None
) -> list[Path]:
    """One fullmakt PDF per participant, each in the municipality's own written standard."""
    from kommunesamarbeid.fileio.pdf_fullmakt import write_fullmakt_pdfs

    today = today or dt.date.today()
    outdir = outdir.expanduser()
    data, evaluation = evaluated(db, proposal_id, today=today)
    with atomic_folder(outdir) as tmp:
        written = write_fullmakt_pdfs(data, evaluation, tmp, generated=today)
        final = []
        for path in written:
            target = outdir / path.name
            if target.is_dir():
                raise BadValueError(
                    f"«{target}» er en mappe; fullmakten kan ikke lagres med det navnet.",
                    hint="Flytt eller gi mappen nytt navn, eller velg en annen mappe.",
                )
            os.replace(path, target)
            final.append(target.resolve())
    return final


def group_as_proposal(db: Database, group: GroupInfo) -> ProposalData:
    """A group seen as a proposal made from it with the defaults, so the overview prints the
    figures that proposal would print (same lines, same value model)."""
    return lines_as_proposal(
        db, group.line_ids, id=-group.id, reference=f"Overlapp {group.id}", title=group.title
    )


def group_figures(
    db: Database, groups: list[GroupInfo], *, today: dt.date
) -> dict[int, tuple[ProposalData, Evaluation]]:
    """group id -> (the group as a default proposal, its evaluation)."""
    out = {}
    for g in groups:
        data = group_as_proposal(db, g)
        out[g.id] = (data, evaluate(data, thresholds(), today=today))
    return out


def group_summary(
    group_id: int,
    title: str,
    status: str,
    score: float,
    data: ProposalData,
    evaluation: Evaluation,
    reasons: list[str],
    status_code: str = "",
) -> GroupSummary:
    """What the overview prints for one group: every figure from its value model."""
    from kommunesamarbeid.fileio.pdf_overview import GroupSummary

    model = model_of(evaluation)
    return GroupSummary(
        id=group_id,
        title=title,
        status=Text(f"doc.group_status.{status_code}")
        if status_code in ("candidate", "confirmed", "rejected")
        else status,
        status_code=status_code,
        procedure_part=evaluation.procedure_part,
        score=score,
        municipalities=[p.name for p in data.participants],
        total_value_nok=model.estimated_nok,
        plan_value_nok=model.plan_nok,
        maximum_value_nok=model.maximum_nok,
        period_text=model.period.text(),
        procedure_label=evaluation.procedure_label,
        lines=[
            (
                p.name,
                line.description
                + (" (trukket fra planen – ikke regnet med)" if line.status == "withdrawn" else ""),
                model.lines[line.line_id].counted_value
                if model.lines[line.line_id].counted
                else None,
            )
            for p in data.participants
            for line in p.lines
        ],
        participant_values=[(pv.name, pv.total_value_nok) for pv in model.participants],
        reasons=reasons,
    )


def _majority_language(figures: dict[int, tuple[ProposalData, Evaluation]]) -> Lang:
    """The written standard most of the municipalities in the overlaps use (bokmål on a tie)."""
    languages = {
        p.municipality_id: p.language for data, _ in figures.values() for p in data.participants
    }
    nynorsk = sum(1 for lang in languages.values() if lang == NYNORSK)
    return NYNORSK if nynorsk * 2 > len(languages) else BOKMAAL


def export_overview_pdf(
    db: Database, out: Path, *, today: dt.date | None = None, maalform: str | None = None
) -> Path:
    """The overview for a coordinators' meeting, in the written standard most of the
    municipalities use unless ``maalform`` says otherwise."""
    from kommunesamarbeid.fileio.pdf_overview import write_overview_pdf

    today = today or dt.date.today()
    groups = list_groups(db)
    figures = group_figures(db, groups, today=today)
    summaries = [
        group_summary(
            g.id,
            g.title,
            STATUS_LABELS.get(g.status, g.status),
            g.score,
            *figures[g.id],
            list(g.reasons),
            status_code=g.status,
        )
        for g in groups
    ]
    if not summaries:
        raise NotFoundError(
            "Det finnes ingen overlapp å lage oversikt over.", hint="Kjør «detect» først."
        )
    target = _check_target(out, ".pdf")
    with _atomic(target) as tmp:
        write_overview_pdf(
            summaries,
            tmp,
            generated=today,
            lang=maalform_language(maalform, _majority_language(figures)),
        )
    return target.resolve()


def export_pooled_xlsx(db: Database, out: Path, *, today: dt.date | None = None) -> Path:
    from kommunesamarbeid.fileio.xlsx_export import write_pooled_plan

    today = today or dt.date.today()
    lines = list_lines(db)
    groups = list_groups(db)
    figures = group_figures(db, groups, today=today)
    group_values = {
        gid: (model_of(ev).estimated_nok, model_of(ev).plan_nok) for gid, (_, ev) in figures.items()
    }
    proposals_by_line: dict[int, list[str]] = {}
    for summary in list_proposals(db):
        for line in proposal_data(db, summary.id).all_lines():
            proposals_by_line.setdefault(line.line_id, []).append(summary.reference)
    target = _check_target(out, ".xlsx")
    with _atomic(target) as tmp:
        write_pooled_plan(
            lines, groups, proposals_by_line, tmp, generated=today, group_values=group_values
        )
    return target.resolve()


def export_proposal_xlsx(
    db: Database,
    proposal_id: int,
    out: Path,
    *,
    today: dt.date | None = None,
    maalform: str | None = None,
) -> Path:
    """The proposal's Excel annex, in the host municipality's written standard (like the
    proposal document) unless ``maalform`` says otherwise."""
    from kommunesamarbeid.fileio.xlsx_annex import write_proposal_annex

    today = today or dt.date.today()
    data, evaluation = evaluated(db, proposal_id, today=today)
    lang = maalform_language(maalform, data.language)
    target = _check_target(out, ".xlsx")
    with _atomic(target) as tmp:
        write_proposal_annex(data, evaluation, tmp, generated=today, lang=lang)
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
