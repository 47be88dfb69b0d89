"""Reading proposals: the database rows as ``core.proposal.ProposalData``, evaluated.

The write side (create, edit, lots, milestones) is ``services.proposals``, which re-exports
these names.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.proposal import (
    ClimateMode,
    Evaluation,
    LotData,
    MilestoneData,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalLineData,
    ProposalStatus,
    ThresholdPeriod,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.texts import lang_of
from kommunesamarbeid.core.thresholds import load_thresholds
from kommunesamarbeid.core.value_model import framework_from_lines
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    JointProposal,
    Municipality,
    OverlapGroup,
    PlannedPurchase,
    ProposalLine,
    ProposalParticipant,
)
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.catalogue import catalogue_labels


@cache
def thresholds() -> list[ThresholdPeriod]:
    """The dated threshold periods shipped in resources/thresholds.json."""
    with resource_path("thresholds.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    periods = data["periods"] if isinstance(data, dict) else data
    return load_thresholds(periods)


@dataclass(frozen=True, slots=True)
class ProposalSummary:
    id: int
    reference: str
    title: str
    status: str
    host: str | None
    participants: int
    lines: int
    group_id: int | None
    updated_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "reference": self.reference,
            "title": self.title,
            "status": self.status,
            "host": self.host,
            "participants": self.participants,
            "lines": self.lines,
            "group_id": self.group_id,
        }


# ------------------------------------------------------------------------------ loading


def _load(session: Session, proposal_id: int) -> JointProposal:
    p = session.scalar(
        select(JointProposal)
        .where(JointProposal.id == proposal_id)
        .options(
            selectinload(JointProposal.participants)
            .selectinload(ProposalParticipant.lines)
            .selectinload(ProposalLine.line),
            selectinload(JointProposal.participants).selectinload(ProposalParticipant.municipality),
            selectinload(JointProposal.lots),
            selectinload(JointProposal.milestones),
        )
    )
    if p is None:
        raise RefusedInputError(f"Fant ikke forslag nr. {proposal_id}.")
    return p


def _label_for(labels: dict[str, tuple[str, str]], code: str | None) -> str | None:
    if not code:
        return None
    for digits in (8, 5, 4, 3, 2):
        key = code[:digits].ljust(8, "0")
        if key in labels:
            no, en = labels[key]
            return no or en or None
    return None


#: The plan line's figures remembered when it is put in a proposal (``ProposalLine.plan_snapshot``).
SNAPSHOT_FIELDS: tuple[tuple[str, str], ...] = (
    ("description", "beskrivelse"),
    ("cpv", "CPV"),
    ("annual_value_nok", "årsverdi"),
    ("total_value_nok", "totalverdi"),
    ("contract_years", "avtaleår"),
    ("option_years", "opsjonsår"),
)


def plan_snapshot(line: PlannedPurchase) -> dict[str, Any]:
    """The figures of a plan line that a proposal depends on, to notice later changes."""
    return {name: getattr(line, name) for name, _ in SNAPSHOT_FIELDS}


def _shown(name: str, value: Any) -> str:
    if value is None or value == "":
        return "–"
    if name.endswith("_nok"):
        return format_nok(int(value))
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _changes(snapshot: dict[str, Any] | None, line: PlannedPurchase) -> tuple[str, ...]:
    """What changed in the plan line since ``snapshot``, in Norwegian ("årsverdi 300 000 kr ->
    350 000 kr"); nothing for an older row without a snapshot."""
    if not snapshot:
        return ()
    out = []
    for name, label in SNAPSHOT_FIELDS:
        old, new = snapshot.get(name), getattr(line, name)
        if name not in snapshot or old == new:
            continue
        if name == "description":
            out.append(f"beskrivelsen er endret (før: «{old}»)")
        else:
            out.append(f"{label} {_shown(name, old)} → {_shown(name, new)}")
    return tuple(out)


def _notes(line: PlannedPurchase) -> str:
    return " ".join(t for t in (line.procedure, line.comments, line.category) if t)


def suggested_cpvs(
    lines: list[PlannedPurchase], labels: dict[str, tuple[str, str]]
) -> dict[int, str]:
    """line id -> the CPV code the overlap engine reads from the text, for lines without one."""
    without = [line for line in lines if not line.cpv]
    if not without:
        return {}
    from kommunesamarbeid.core.overlap.detect import build_model
    from kommunesamarbeid.core.overlap.model import MatchLine
    from kommunesamarbeid.services.overlap import vocabulary

    model = build_model(vocabulary(), labels)
    out: dict[int, str] = {}
    for line in without:
        features = model.line(
            MatchLine(
                id=line.id,
                municipality_id=line.municipality_id,
                municipality="",
                description=line.description,
                details=line.details or "",
            ),
            frozenset(),
        )
        if features.cpv:
            out[line.id] = features.cpv
    return out


def line_data(
    line: PlannedPurchase,
    labels: dict[str, tuple[str, str]],
    *,
    lot_number: int | None = None,
    reasons: tuple[str, ...] = (),
    suggested_cpv: str | None = None,
    changes: tuple[str, ...] = (),
) -> ProposalLineData:
    """A plan line as the value model and the documents read it (one mapping for all)."""
    return ProposalLineData(
        line_id=line.id,
        description=line.description,
        reference=line.reference,
        cpv=line.cpv,
        cpv_label=_label_for(labels, line.cpv),
        annual_value_nok=line.annual_value_nok,
        total_value_nok=line.total_value_nok,
        contract_years=line.contract_years,
        option_years=line.option_years,
        period_start=line.period_start,
        period_end=line.period_end,
        period_text=line.period_text,
        current_expiry=line.current_expiry,
        source_file=line.source_file,
        source_sheet=line.source_sheet,
        source_row=line.source_row,
        lot_number=lot_number,
        reasons=reasons,
        details=line.details or "",
        notes=_notes(line),
        value_basis=line.value_basis,
        status=line.status,
        suggested_cpv=suggested_cpv,
        changes=changes,
    )


def lines_as_proposal(
    db: Database, line_ids: list[int], *, id: int, reference: str, title: str
) -> ProposalData:
    """Lines seen as a proposal made with the defaults (as ``create_proposal`` would make it:
    participants in name order, no stored period, framework from the lines' words), so an
    overlap can be valued by the same model as its proposal."""
    labels = catalogue_labels(db)
    with db.sessions() as session:
        rows = list(
            session.execute(
                select(PlannedPurchase, Municipality)
                .join(Municipality, PlannedPurchase.municipality_id == Municipality.id)
                .where(PlannedPurchase.id.in_(line_ids))
            )
        )
        suggested = suggested_cpvs([line for line, _ in rows], labels)
        by_municipality: dict[int, tuple[Municipality, list[PlannedPurchase]]] = {}
        for line, m in sorted(rows, key=lambda r: (r[1].name, r[0].source_row or 0, r[0].id)):
            by_municipality.setdefault(m.id, (m, []))[1].append(line)
        participants = tuple(
            ParticipantData(
                municipality_id=m.id,
                name=m.name,
                kommunenummer=m.kommunenummer,
                organisasjonsnummer=m.organisasjonsnummer,
                county=m.county,
                lines=tuple(
                    line_data(line, labels, suggested_cpv=suggested.get(line.id)) for line in lines
                ),
                language=_language(m),
            )
            for m, lines in by_municipality.values()
        )
    data = ProposalData(id=id, reference=reference, title=title, participants=participants)
    return replace(data, is_framework=framework_from_lines(data)[0])


def _language(m: Municipality) -> str:
    """The written standard of the municipality's documents ("nb" or "nn")."""
    from kommunesamarbeid.services.municipalities import effective_maalform

    return lang_of(effective_maalform(m).written)


def _data(session: Session, p: JointProposal, labels: dict[str, tuple[str, str]]) -> ProposalData:
    lot_numbers = {lot.id: lot.number for lot in p.lots}
    member_reasons: dict[int, tuple[str, ...]] = {}
    group_reasons: tuple[str, ...] = ()
    if p.group_id is not None:
        group = session.get(OverlapGroup, p.group_id)
        if group is not None:
            group_reasons = tuple(group.reasons or ())
            member_reasons = {m.line_id: tuple(m.reasons or ()) for m in group.members}
    participants = []
    suggested = suggested_cpvs([pl.line for part in p.participants for pl in part.lines], labels)
    for part in p.participants:
        lines = []
        for pl in sorted(part.lines, key=lambda x: (x.line.source_row or 0, x.line_id)):
            line = pl.line
            lines.append(
                line_data(
                    line,
                    labels,
                    lot_number=lot_numbers.get(pl.lot_id) if pl.lot_id else None,
                    reasons=member_reasons.get(line.id, ()),
                    suggested_cpv=suggested.get(line.id),
                    changes=_changes(pl.plan_snapshot, line),
                )
            )
        m = part.municipality
        participants.append(
            ParticipantData(
                municipality_id=m.id,
                name=m.name,
                kommunenummer=m.kommunenummer,
                organisasjonsnummer=m.organisasjonsnummer,
                county=m.county,
                contact_name=part.contact_name,
                contact_email=part.contact_email,
                fullmakt_signed_date=part.fullmakt_signed_date,
                signatory_name=part.signatory_name,
                signatory_title=part.signatory_title,
                lines=tuple(lines),
                language=_language(m),
                version=part.version,
            )
        )
    lots = []
    for lot in p.lots:
        lot_line_munis = sorted(
            {
                part.municipality_id
                for part in p.participants
                for pl in part.lines
                if pl.lot_id == lot.id
            }
        )
        lots.append(
            LotData(
                number=lot.number,
                title=lot.title,
                description=lot.description,
                basis=lot.basis,
                municipality_ids=tuple(lot_line_munis),
                id=lot.id,
                version=lot.version,
            )
        )
    milestones = tuple(
        MilestoneData(
            kind=MilestoneKind(ms.kind),
            title=ms.title,
            due_date=ms.due_date,
            done=ms.done,
            id=ms.id,
            version=ms.version,
        )
        for ms in sorted(p.milestones, key=lambda m: (m.due_date or dt.date.max, m.id))
    )
    return ProposalData(
        id=p.id,
        reference=p.reference,
        title=p.title,
        status=ProposalStatus(p.status),
        need_description=p.need_description,
        host_municipality_id=p.host_municipality_id,
        participants=tuple(participants),
        lots=tuple(lots),
        milestones=milestones,
        is_framework=p.is_framework,
        contract_kind=p.contract_kind,
        maximum_value_nok=p.maximum_value_nok,
        contract_years=p.contract_years,
        option_years=p.option_years,
        planned_announcement=p.planned_announcement,
        planned_contract_start=p.planned_contract_start,
        climate_mode=ClimateMode(p.climate_mode) if p.climate_mode else None,
        climate_weight_percent=p.climate_weight_percent,
        climate_text=p.climate_text,
        innovation_text=p.innovation_text,
        dialogue_text=p.dialogue_text,
        local_market_text=p.local_market_text,
        roles_text=p.roles_text,
        risks_text=p.risks_text,
        no_lots_reason=p.no_lots_reason,
        goals_text=p.goals_text,
        procedure_text=p.procedure_text,
        criteria_text=p.criteria_text,
        governance_text=p.governance_text,
        cost_sharing_text=p.cost_sharing_text,
        contract_management_text=p.contract_management_text,
        anchoring_text=p.anchoring_text,
        group_reasons=group_reasons,
        created_at=p.created_at.date() if p.created_at else None,
        updated_by=p.updated_by,
        version=p.version,
    )


def proposal_data(db: Database, proposal_id: int) -> ProposalData:
    labels = catalogue_labels(db)
    with db.sessions() as session:
        return _data(session, _load(session, proposal_id), labels)


def evaluated(
    db: Database, proposal_id: int, *, today: dt.date | None = None
) -> tuple[ProposalData, Evaluation]:
    """The proposal and what the rules engine says about it."""
    data = proposal_data(db, proposal_id)
    return data, evaluate(data, thresholds(), today=today or dt.date.today())


def list_proposals(db: Database) -> list[ProposalSummary]:
    with db.sessions() as session:
        names = dict(session.execute(select(Municipality.id, Municipality.name)).all())
        out = []
        for p in session.scalars(
            select(JointProposal)
            .options(
                selectinload(JointProposal.participants).selectinload(ProposalParticipant.lines)
            )
            .order_by(JointProposal.id)
        ):
            out.append(
                ProposalSummary(
                    id=p.id,
                    reference=p.reference,
                    title=p.title,
                    status=p.status,
                    host=names.get(p.host_municipality_id) if p.host_municipality_id else None,
                    participants=len(p.participants),
                    lines=sum(len(part.lines) for part in p.participants),
                    group_id=p.group_id,
                    updated_at=p.updated_at,
                )
            )
        return out
