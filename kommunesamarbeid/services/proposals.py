"""Use cases for forslag til felles anskaffelse: create from an overlap, edit, evaluate.

The database rows are turned into ``core.proposal.ProposalData`` for the rules engine and the
document writers; every change is written to the audit log with old and new values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.proposal import (
    STATUS_LABELS,
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
from kommunesamarbeid.core.thresholds import load_thresholds
from kommunesamarbeid.core.timeline import propose_milestones
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    JointProposal,
    Lot,
    Milestone,
    Municipality,
    OverlapGroup,
    PlannedPurchase,
    ProposalLine,
    ProposalParticipant,
)
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.municipalities import find_municipality

#: Allowed status changes (avlyst can be reached from every state but kunngjort).
TRANSITIONS: dict[ProposalStatus, set[ProposalStatus]] = {
    ProposalStatus.DRAFT: {ProposalStatus.CONSULTATION, ProposalStatus.CANCELLED},
    ProposalStatus.CONSULTATION: {
        ProposalStatus.DRAFT,
        ProposalStatus.ADOPTED,
        ProposalStatus.CANCELLED,
    },
    ProposalStatus.ADOPTED: {
        ProposalStatus.CONSULTATION,
        ProposalStatus.ANNOUNCED,
        ProposalStatus.CANCELLED,
    },
    ProposalStatus.ANNOUNCED: set(),
    ProposalStatus.CANCELLED: {ProposalStatus.DRAFT},
}

TEXT_FIELDS = (
    "title",
    "need_description",
    "climate_text",
    "innovation_text",
    "dialogue_text",
    "local_market_text",
    "roles_text",
    "risks_text",
    "no_lots_reason",
)
EDITABLE = (
    *TEXT_FIELDS,
    "host_municipality_id",
    "status",
    "is_framework",
    "contract_years",
    "option_years",
    "planned_announcement",
    "planned_contract_start",
    "climate_mode",
    "climate_weight_percent",
)


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
    for part in p.participants:
        lines = []
        for pl in sorted(part.lines, key=lambda x: (x.line.source_row or 0, x.line_id)):
            line = pl.line
            lines.append(
                ProposalLineData(
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
                    lot_number=lot_numbers.get(pl.lot_id) if pl.lot_id else None,
                    reasons=member_reasons.get(line.id, ()),
                )
            )
        m = part.municipality
        participants.append(
            ParticipantData(
                municipality_id=m.id,
                name=m.name,
                kommunenummer=m.kommunenummer,
                organisasjonsnummer=m.organisasjonsnummer,
                contact_name=part.contact_name,
                contact_email=part.contact_email,
                fullmakt_signed_date=part.fullmakt_signed_date,
                signatory_name=part.signatory_name,
                signatory_title=part.signatory_title,
                lines=tuple(lines),
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
            )
        )
    milestones = tuple(
        MilestoneData(
            kind=MilestoneKind(ms.kind), title=ms.title, due_date=ms.due_date, done=ms.done
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


# ------------------------------------------------------------------------------ creating


def _next_reference(session: Session, today: dt.date) -> str:
    prefix = f"FA-{today.year}-"
    count = (
        session.scalar(
            select(func.count())
            .select_from(JointProposal)
            .where(JointProposal.reference.like(f"{prefix}%"))
        )
        or 0
    )
    n = int(count) + 1
    while session.scalar(
        select(JointProposal.id).where(JointProposal.reference == f"{prefix}{n:03d}")
    ):
        n += 1
    return f"{prefix}{n:03d}"


def _default_title(title: str | None, lines: list[PlannedPurchase]) -> str:
    if title:
        return title[:1].upper() + title[1:]
    return f"Felles anskaffelse: {lines[0].description}" if lines else "Felles anskaffelse"


def _need_text(lines: list[PlannedPurchase], names: dict[int, str]) -> str:
    municipalities = sorted({names[line.municipality_id] for line in lines})
    listed = (
        ", ".join(municipalities[:-1]) + f" og {municipalities[-1]}"
        if len(municipalities) > 1
        else municipalities[0]
    )
    total = sum(line.total_value_nok or 0 for line in lines)
    return (
        f"{listed} har meldt behov i sine anskaffelsesplaner som kan dekkes av én felles "
        f"anskaffelse ({len(lines)} planlagte anskaffelser, samlet anslått verdi "
        f"{format_nok(total)} for hele perioden inkludert opsjoner)."
    )


def create_proposal(
    db: Database,
    actor: Actor,
    *,
    group_id: int | None = None,
    line_ids: list[int] | None = None,
    title: str | None = None,
    lead: str | None = None,
    today: dt.date | None = None,
) -> ProposalData:
    """A new draft proposal from an overlap group (or chosen lines), with a proposed timeline."""
    today = today or dt.date.today()
    with db.session() as session:
        group = None
        if group_id is not None:
            group = session.get(OverlapGroup, group_id)
            if group is None:
                raise RefusedInputError(f"Fant ikke overlapp nr. {group_id}.")
            if group.status == "rejected":
                raise RefusedInputError(f"Overlapp nr. {group_id} er avvist; åpne det igjen først.")
            ids = [m.line_id for m in group.members if m.origin != "removed"]
        elif line_ids:
            ids = list(dict.fromkeys(line_ids))
        else:
            raise RefusedInputError("Velg et overlapp eller linjer forslaget skal bygge på.")
        lines = list(session.scalars(select(PlannedPurchase).where(PlannedPurchase.id.in_(ids))))
        missing = set(ids) - {line.id for line in lines}
        if missing:
            raise RefusedInputError(f"Fant ikke linjene {sorted(missing)}.")
        inactive = [line.id for line in lines if line.status != "active"]
        if inactive:
            raise RefusedInputError(f"Linjene {inactive} er trukket tilbake fra planene.")
        names = dict(session.execute(select(Municipality.id, Municipality.name)).all())
        muni_ids = list(
            dict.fromkeys(
                line.municipality_id
                for line in sorted(lines, key=lambda x: names[x.municipality_id])
            )
        )
        if len(muni_ids) < 2:
            raise RefusedInputError("Et forslag til felles anskaffelse må ha minst to kommuner.")
        value_by = Counter[int]()
        for line in lines:
            value_by[line.municipality_id] += line.total_value_nok or 0
        if lead:
            host = find_municipality(session, lead)
            if host is None:
                raise RefusedInputError(f"Fant ingen kommune «{lead}» å bruke som vertskommune.")
            if host.id not in muni_ids:
                muni_ids.append(host.id)
        else:
            host = session.get(Municipality, max(muni_ids, key=lambda m: (value_by[m], -m)))
        assert host is not None
        years = Counter(
            (line.contract_years, line.option_years) for line in lines if line.contract_years
        )
        contract_years, option_years = years.most_common(1)[0][0] if years else (None, None)
        proposal = JointProposal(
            reference=_next_reference(session, today),
            group_id=group.id if group is not None else None,
            title=_default_title(title or (group.title if group is not None else None), lines)[
                :500
            ],
            need_description=_need_text(lines, names),
            host_municipality_id=host.id,
            status=ProposalStatus.DRAFT.value,
            contract_years=contract_years,
            option_years=option_years,
            created_by=actor.user,
            updated_by=actor.user,
        )
        session.add(proposal)
        session.flush()
        for mid in muni_ids:
            part = ProposalParticipant(proposal_id=proposal.id, municipality_id=mid)
            session.add(part)
            session.flush()
            for line in lines:
                if line.municipality_id == mid:
                    session.add(ProposalLine(participant_id=part.id, line_id=line.id))
        if group is not None and group.status == "candidate":
            group.status = "confirmed"
            group.decided_by = actor.user
            group.decided_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            audit.record(
                session,
                actor,
                entity_type="overlap_group",
                entity_id=group.id,
                action="confirm",
                changes={"reason": f"forslag {proposal.reference}"},
            )
        session.flush()
        data = _data(session, _load(session, proposal.id), {})
        part = evaluate(data, thresholds(), today=today).procedure_part
        for ms in propose_milestones(data, today=today, procedure_part=part):
            session.add(
                Milestone(
                    proposal_id=proposal.id,
                    kind=ms.kind.value,
                    title=ms.title,
                    due_date=ms.due_date,
                    done=ms.done,
                )
            )
            if ms.kind is MilestoneKind.ANNOUNCEMENT:
                proposal.planned_announcement = ms.due_date
            if ms.kind is MilestoneKind.CONTRACT_START:
                proposal.planned_contract_start = ms.due_date
        audit.record(
            session,
            actor,
            entity_type="joint_proposal",
            entity_id=proposal.id,
            action="create",
            changes={"reference": proposal.reference, "group_id": group_id, "lines": sorted(ids)},
        )
        new_id = proposal.id
    return proposal_data(db, new_id)


# ------------------------------------------------------------------------------ editing


def _coerce(name: str, value: Any) -> Any:
    if name in TEXT_FIELDS:
        text = "" if value is None else str(value).strip()
        if name == "title" and not text:
            raise RefusedInputError("Forslaget må ha en tittel.")
        return text[:500] if name == "title" else text
    if name in ("contract_years", "option_years"):
        if value in (None, ""):
            return None
        number = float(value)
        if not 0 <= number <= 30:
            raise RefusedInputError("Antall år må være mellom 0 og 30.", value=value)
        return number
    if name == "climate_weight_percent":
        if value in (None, ""):
            return None
        number = float(value)
        if not 0 <= number <= 100:
            raise RefusedInputError("Vekten må være mellom 0 og 100 prosent.", value=value)
        return number
    if name == "climate_mode":
        return None if value in (None, "") else ClimateMode(value).value
    if name in ("planned_announcement", "planned_contract_start"):
        if value is None or isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value))
    if name == "is_framework":
        return bool(value)
    return value


PARTICIPANT_FIELDS = frozenset(
    {"contact_name", "contact_email", "fullmakt_signed_date", "signatory_name", "signatory_title"}
)


def _touch(p: JointProposal, actor: Actor) -> None:
    """Mark the proposal row changed: its version goes up (optimistic locking)."""
    p.updated_by = actor.user
    p.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _check_version(p: JointProposal, expected_version: int | None) -> None:
    if expected_version is not None and p.version != expected_version:
        raise RefusedInputError(
            "Forslaget er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen."
        )


def _apply_fields(
    session: Session, actor: Actor, p: JointProposal, changes: dict[str, Any]
) -> bool:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise RefusedInputError(f"Disse feltene kan ikke endres: {', '.join(sorted(unknown))}.")
    diff: dict[str, Any] = {}
    for name, raw in changes.items():
        if name == "status":
            new_status = ProposalStatus(raw)
            old_status = ProposalStatus(p.status)
            if new_status != old_status and new_status not in TRANSITIONS[old_status]:
                raise RefusedInputError(
                    f"Status kan ikke endres fra «{STATUS_LABELS[old_status]}» til "
                    f"«{STATUS_LABELS[new_status]}»."
                )
            value: Any = new_status.value
        elif name == "host_municipality_id":
            if raw not in {part.municipality_id for part in p.participants}:
                raise RefusedInputError("Vertskommunen må være en av deltakerne.")
            value = raw
        else:
            value = _coerce(name, raw)
        old = getattr(p, name)
        if old != value:
            setattr(p, name, value)
            diff[name] = [old, value]
    if diff:
        audit.record(
            session,
            actor,
            entity_type="joint_proposal",
            entity_id=p.id,
            action="edit",
            changes=diff,
        )
    return bool(diff)


def _apply_participant(
    session: Session, actor: Actor, p: JointProposal, municipality_id: int, changes: dict[str, Any]
) -> bool:
    unknown = set(changes) - PARTICIPANT_FIELDS
    if unknown:
        raise RefusedInputError(f"Disse feltene kan ikke endres: {', '.join(sorted(unknown))}.")
    part = next((x for x in p.participants if x.municipality_id == municipality_id), None)
    if part is None:
        raise RefusedInputError("Kommunen er ikke deltaker i forslaget.")
    diff: dict[str, Any] = {}
    for name, raw in changes.items():
        if name == "fullmakt_signed_date":
            value: Any = (
                raw if raw is None or isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
            )
        else:
            value = "" if raw is None else str(raw).strip()[:200]
            if name == "contact_email" and value and ("@" not in value or " " in value):
                raise RefusedInputError("Ugyldig e-postadresse.", value=value)
        if getattr(part, name) != value:
            diff[name] = [getattr(part, name), value]
            setattr(part, name, value)
    if diff:
        audit.record(
            session,
            actor,
            entity_type="joint_proposal",
            entity_id=p.id,
            action="edit_participant",
            municipality_id=municipality_id,
            changes=diff,
        )
    return bool(diff)


def _apply_lots(
    session: Session,
    actor: Actor,
    p: JointProposal,
    lots: list[LotData],
    assignment: dict[int, int | None],
) -> None:
    numbers = [lot.number for lot in lots]
    if len(set(numbers)) != len(numbers):
        raise RefusedInputError("To delkontrakter kan ikke ha samme nummer.")
    if any(not lot.title.strip() for lot in lots):
        raise RefusedInputError("Hver delkontrakt må ha en tittel.")
    for pl in (pl for part in p.participants for pl in part.lines):
        pl.lot_id = None
    p.lots.clear()
    session.flush()
    by_number: dict[int, Lot] = {}
    for lot in lots:
        row = Lot(
            number=lot.number,
            title=lot.title.strip()[:300],
            description=lot.description,
            basis=lot.basis,
        )
        p.lots.append(row)
        by_number[lot.number] = row
    session.flush()
    for part in p.participants:
        for pl in part.lines:
            number = assignment.get(pl.line_id)
            if number is not None:
                if number not in by_number:
                    raise RefusedInputError(f"Delkontrakt {number} finnes ikke.")
                pl.lot_id = by_number[number].id
    audit.record(
        session,
        actor,
        entity_type="joint_proposal",
        entity_id=p.id,
        action="lots",
        changes={"lots": [f"{lot.number}: {lot.title}" for lot in lots]},
    )


def _apply_milestones(
    session: Session, actor: Actor, p: JointProposal, milestones: list[MilestoneData]
) -> None:
    if any(not ms.title.strip() for ms in milestones):
        raise RefusedInputError("Hver milepæl må ha en tittel.")
    p.milestones.clear()
    session.flush()
    for ms in milestones:
        p.milestones.append(
            Milestone(
                kind=ms.kind.value, title=ms.title.strip()[:300], due_date=ms.due_date, done=ms.done
            )
        )
        if ms.kind is MilestoneKind.ANNOUNCEMENT:
            p.planned_announcement = ms.due_date
        if ms.kind is MilestoneKind.CONTRACT_START:
            p.planned_contract_start = ms.due_date
    audit.record(
        session,
        actor,
        entity_type="joint_proposal",
        entity_id=p.id,
        action="milestones",
        changes={"milestones": [f"{m.title}: {m.due_date}" for m in milestones]},
    )


def save_proposal(
    db: Database,
    actor: Actor,
    proposal_id: int,
    *,
    fields: dict[str, Any] | None = None,
    participants: dict[int, dict[str, Any]] | None = None,
    lots: tuple[list[LotData], dict[int, int | None]] | None = None,
    milestones: list[MilestoneData] | None = None,
    expected_version: int | None = None,
) -> ProposalData:
    """Save everything the editor changed in ONE transaction: all of it, or (refused) none."""
    with db.session() as session:
        p = _load(session, proposal_id)
        _check_version(p, expected_version)
        if fields:
            _apply_fields(session, actor, p, fields)
        for municipality_id, changes in (participants or {}).items():
            if changes:
                _apply_participant(session, actor, p, municipality_id, changes)
        if lots is not None:
            _apply_lots(session, actor, p, lots[0], lots[1])
        if milestones is not None:
            _apply_milestones(session, actor, p, milestones)
        _touch(p, actor)
    return proposal_data(db, proposal_id)


def update_proposal(
    db: Database,
    actor: Actor,
    proposal_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> ProposalData:
    """Change fields of a proposal (status changes follow the allowed transitions)."""
    return save_proposal(db, actor, proposal_id, fields=changes, expected_version=expected_version)


def update_participant(
    db: Database, actor: Actor, proposal_id: int, municipality_id: int, changes: dict[str, Any]
) -> ProposalData:
    """Contact and fullmakt (signed date, signatory name and title) of one participant."""
    return save_proposal(db, actor, proposal_id, participants={municipality_id: changes})


def replace_lots(
    db: Database,
    actor: Actor,
    proposal_id: int,
    lots: list[LotData],
    assignment: dict[int, int | None],
) -> ProposalData:
    """Set the lots (delkontrakter) and which lot each line belongs to (line id -> lot number)."""
    return save_proposal(db, actor, proposal_id, lots=(lots, assignment))


def replace_milestones(
    db: Database, actor: Actor, proposal_id: int, milestones: list[MilestoneData]
) -> ProposalData:
    """Set the timeline; the announcement and contract start dates follow their milestones."""
    return save_proposal(db, actor, proposal_id, milestones=milestones)


def remove_participant(
    db: Database, actor: Actor, proposal_id: int, municipality_id: int
) -> ProposalData:
    """Take a municipality (and its lines) out of the proposal; the host cannot be removed."""
    with db.session() as session:
        p = _load(session, proposal_id)
        part = next((x for x in p.participants if x.municipality_id == municipality_id), None)
        if part is None:
            raise RefusedInputError("Kommunen er ikke deltaker i forslaget.")
        if p.host_municipality_id == municipality_id:
            raise RefusedInputError(
                "Vertskommunen kan ikke tas ut; velg en annen vertskommune først."
            )
        if len(p.participants) <= 2:
            raise RefusedInputError("Et forslag til felles anskaffelse må ha minst to kommuner.")
        lines = [pl.line_id for pl in part.lines]
        p.participants.remove(part)
        _touch(p, actor)
        audit.record(
            session,
            actor,
            entity_type="joint_proposal",
            entity_id=p.id,
            action="remove_participant",
            municipality_id=municipality_id,
            changes={"lines": lines},
        )
    return proposal_data(db, proposal_id)


def set_line_membership(
    db: Database, actor: Actor, proposal_id: int, line_id: int, *, include: bool
) -> ProposalData:
    """Add a line to the proposal (its municipality joins) or take it out."""
    with db.session() as session:
        p = _load(session, proposal_id)
        line = session.get(PlannedPurchase, line_id)
        if line is None:
            raise RefusedInputError(f"Fant ingen planlagt anskaffelse med id {line_id}.")
        part = next((x for x in p.participants if x.municipality_id == line.municipality_id), None)
        if include:
            if line.status != "active":
                raise RefusedInputError("Linjen er trukket tilbake fra kommunens plan.")
            if part is None:
                part = ProposalParticipant(proposal_id=p.id, municipality_id=line.municipality_id)
                p.participants.append(part)
                session.flush()
            if any(pl.line_id == line_id for pl in part.lines):
                raise RefusedInputError("Linjen er allerede med i forslaget.")
            part.lines.append(ProposalLine(line_id=line_id))
        else:
            pl = next((x for x in part.lines if x.line_id == line_id), None) if part else None
            if pl is None or part is None:
                raise RefusedInputError("Linjen er ikke med i forslaget.")
            part.lines.remove(pl)
        _touch(p, actor)
        audit.record(
            session,
            actor,
            entity_type="joint_proposal",
            entity_id=p.id,
            action="add_line" if include else "remove_line",
            municipality_id=line.municipality_id,
            changes={"line_id": line_id},
        )
    return proposal_data(db, proposal_id)


def suggest_lots_for(db: Database, actor: Actor, proposal_id: int, basis: str) -> ProposalData:
    """Replace the lots by a suggested division: by area or by product group (CPV class)."""
    from kommunesamarbeid.core.lots import assign_lines, suggest_lots

    if basis != "area" and basis != "product":
        raise RefusedInputError(
            "Delkontrakter kan foreslås etter område («area») eller produktgruppe («product»)."
        )
    data = proposal_data(db, proposal_id)
    labels = catalogue_labels(db)
    lots = suggest_lots(data, basis=basis, cpv_label=lambda code: _label_for(labels, code))
    return replace_lots(db, actor, proposal_id, list(lots), dict(assign_lines(data, lots)))


def propose_timeline(
    db: Database, actor: Actor, proposal_id: int, *, today: dt.date | None = None
) -> ProposalData:
    """Replace the milestones by a timeline planned backwards from the earliest need."""
    today = today or dt.date.today()
    data = proposal_data(db, proposal_id)
    part = evaluate(data, thresholds(), today=today).procedure_part
    return replace_milestones(
        db, actor, proposal_id, propose_milestones(data, today=today, procedure_part=part)
    )
