"""Use cases for forslag til felles anskaffelse: create from an overlap, edit, evaluate.

The database rows are turned into ``core.proposal.ProposalData`` for the rules engine and the
document writers; every change is written to the audit log with old and new values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.amounts import parse_amount
from kommunesamarbeid.core.errors import BadValueError
from kommunesamarbeid.core.geography import GeoFact, parse_geography, places
from kommunesamarbeid.core.lots import Place
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.proposal import (
    STATUS_LABELS,
    ClimateMode,
    LotData,
    MilestoneData,
    ProposalData,
    ProposalStatus,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.texts import Lang, lang_of, render, tr
from kommunesamarbeid.core.thresholds import CONTRACT_KIND_LABELS
from kommunesamarbeid.core.timeline import propose_milestones
from kommunesamarbeid.core.value_model import framework_from_lines
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.locks import LockSpace, advisory_lock
from kommunesamarbeid.db.models import (
    JointProposal,
    Municipality,
    OverlapGroup,
    PlannedPurchase,
    ProposalLine,
    ProposalParticipant,
)
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.context import Actor, require_coordinator
from kommunesamarbeid.services.municipalities import (
    effective_maalform,
    find_municipality,
    municipality_register,
)
from kommunesamarbeid.services.proposal_data import (  # re-exported: the read side
    ProposalSummary,
    _data,
    _label_for,
    _load,
    evaluated,
    list_proposals,
    plan_snapshot,
    proposal_data,
    thresholds,
)
from kommunesamarbeid.services.proposal_edits import (
    Seen,
    _require_participant_right,
    accept_line_changes,
    apply_lots,
    apply_milestones,
    apply_participant,
    check_proposal,
    edit_lot,
    edit_milestone,
    lock_proposal,
    proposal_versions,
    record,
    remove_participant,
    seen_of,
    set_line_membership,
)
from kommunesamarbeid.services.versions import locked, refuse_stale, stamp

__all__ = [
    "ProposalSummary",
    "Seen",
    "accept_line_changes",
    "create_proposal",
    "edit_lot",
    "edit_milestone",
    "evaluated",
    "list_proposals",
    "proposal_data",
    "proposal_versions",
    "propose_timeline",
    "remove_participant",
    "replace_lots",
    "replace_milestones",
    "save_proposal",
    "seen_of",
    "set_line_membership",
    "suggest_lots_for",
    "thresholds",
    "update_participant",
    "update_proposal",
]

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
    "goals_text",
    "procedure_text",
    "criteria_text",
    "governance_text",
    "cost_sharing_text",
    "contract_management_text",
    "anchoring_text",
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
    "contract_kind",
    "maximum_value_nok",
)


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


def _default_title(title: str | None, lines: list[PlannedPurchase], lang: Lang) -> str:
    if title:
        return title[:1].upper() + title[1:]
    if lines:
        return tr("lots.proposal.title", lang, description=lines[0].description)
    return tr("lots.proposal.title_empty", lang)


def _need_text(lines: list[PlannedPurchase], names: dict[int, str], lang: Lang) -> str:
    municipalities = sorted({names[line.municipality_id] for line in lines})
    # No amount here: the figures are the value model's and follow the lines (a number
    # frozen into this text would contradict the documents as soon as a line changes).
    return tr("lots.proposal.need", lang, names=municipalities, n=len(lines))


def create_proposal(
    db: Database,
    actor: Actor,
    *,
    group_id: int | None = None,
    line_ids: list[int] | None = None,
    title: str | None = None,
    lead: str | None = None,
    today: dt.date | None = None,
    expected_group_version: int | None = None,
) -> ProposalData:
    """A new draft proposal from an overlap group (or chosen lines), with a proposed timeline.

    ``expected_group_version``: the group as the user saw it (refused when it changed since).
    """
    today = today or dt.date.today()
    require_coordinator(actor, "lage forslag til felles anskaffelse")
    catalogue = catalogue_labels(db)
    with db.session() as session:
        group = None
        if group_id is not None:
            advisory_lock(session, LockSpace.OVERLAP_GROUPS)  # it may confirm the group
            group = locked(session, OverlapGroup, group_id)
            if group is None:
                raise RefusedInputError(f"Fant ikke overlapp nr. {group_id}.")
            refuse_stale(
                session,
                f"Overlapp nr. {group_id}",
                group,
                expected_group_version,
                entity=("overlap_group", group_id),
            )
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
        # the default texts are stored as the coordinator's own: in the host's målform
        lang = lang_of(effective_maalform(host))
        given_title = title or (group.title if group is not None else None)
        # No period is stored: the value model uses the longest period among the lines
        # (options included) until the coordinator sets one.
        proposal = JointProposal(
            reference=_next_reference(session, today),
            group_id=group.id if group is not None else None,
            title=_default_title(given_title, lines, lang)[:500],
            need_description=_need_text(lines, names, lang),
            host_municipality_id=host.id,
            status=ProposalStatus.DRAFT.value,
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
                    session.add(
                        ProposalLine(
                            participant_id=part.id,
                            line_id=line.id,
                            plan_snapshot=plan_snapshot(line),
                        )
                    )
        if group is not None and group.status == "candidate":
            group.status = "confirmed"
            group.decided_by = actor.user
            group.decided_by_municipality_id = actor.municipality_id
            group.decided_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            stamp(group, actor)
            audit.record(
                session,
                actor,
                entity_type="overlap_group",
                entity_id=group.id,
                action="confirm",
                changes={"reason": f"forslag {proposal.reference}"},
            )
        session.flush()
        loaded = _load(session, proposal.id)
        data = _data(session, loaded, catalogue)
        # "Rammeavtale" only when the plan lines say so (rammeavtale, avrop …).
        framework, _reason = framework_from_lines(data)
        proposal.is_framework = framework
        data = dataclasses.replace(data, is_framework=framework)
        part = evaluate(data, thresholds(), today=today).procedure_part
        _audit(
            session,
            actor,
            loaded,
            "create",
            {"reference": proposal.reference, "group_id": group_id, "lines": sorted(ids)},
        )
        apply_milestones(
            session, actor, loaded, propose_milestones(data, today=today, procedure_part=part), None
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
    if name == "contract_kind":
        return _contract_kind(value)
    if name == "maximum_value_nok":
        return _maximum(value)
    return value


def _contract_kind(value: Any) -> str | None:
    """None or "" = from the lines; else one of the kinds (English key or Norwegian label)."""
    if value in (None, ""):
        return None
    text = str(value).strip().casefold()
    for key, label in CONTRACT_KIND_LABELS.items():
        if text in (key, label.casefold(), label.split(" (")[0].casefold()):
            return key
    words = {
        "varer": "supplies",
        "tjenester": "services",
        "bygg": "works",
        "særlige": "special_services",
    }
    if text in words:
        return words[text]
    raise BadValueError(
        "Ukjent kontraktstype.",
        field="contract_kind",
        value=value,
        expected="varer, tjenester, bygge- og anleggsarbeid, særlige tjenester "
        "(supplies, services, works, special_services), eller tomt for «fra linjene»",
    )


def _maximum(value: Any) -> int | None:
    """None or "" = the estimate; else a whole positive amount in NOK."""
    if value in (None, "") or (isinstance(value, str) and not value.strip()):
        return None
    written = value
    if isinstance(value, str):
        parsed = parse_amount(value)
        value = parsed.value if parsed.severity != "error" else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValueError(
            "Maksimal verdi må være et beløp i hele kroner.",
            field="maximum_value_nok",
            value=written,
            expected="et positivt beløp, f.eks. 2 500 000",
        )
    if value <= 0 or value > 10**13:
        raise BadValueError(
            "Maksimal verdi må være et positivt beløp.",
            field="maximum_value_nok",
            value=value,
            expected="et positivt beløp, f.eks. 2 500 000",
        )
    return round(value)


_audit = record


def _touch(p: JointProposal, actor: Actor) -> None:
    """Mark the proposal row changed: its version goes up (optimistic locking)."""
    stamp(p, actor)


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
        _audit(session, actor, p, "edit", diff)
    return bool(diff)


def save_proposal(
    db: Database,
    actor: Actor,
    proposal_id: int,
    *,
    fields: dict[str, Any] | None = None,
    participants: dict[int, dict[str, Any]] | None = None,
    lots: tuple[list[LotData], dict[int, int | None]] | None = None,
    milestones: list[MilestoneData] | None = None,
    seen: Seen | None = None,
    expected_version: int | None = None,
) -> ProposalData:
    """Save everything the editor changed in ONE transaction: all of it, or (refused) none.

    ``seen`` holds the versions the user read of the parts the save changes (the proposal,
    participants, the set of lots, the timeline; ``expected_version`` is ``seen.proposal``):
    when someone saved one of them since, nothing is written (``ConflictError`` naming who
    changed what and when).
    """
    seen = seen or Seen(proposal=expected_version)
    coordinating = bool(fields) or lots is not None or milestones is not None
    if coordinating:
        require_coordinator(actor, "endre forslag til felles anskaffelse")
    with db.session() as session:
        for municipality_id in participants or {}:
            _require_participant_right(
                session, actor, municipality_id, "endre kontaktperson og fullmakt for"
            )
        if coordinating or seen.proposal is not None:
            lock_proposal(session, proposal_id)
        p = _load(session, proposal_id)
        check_proposal(session, p, seen.proposal)
        if fields:
            _apply_fields(session, actor, p, fields)
        for municipality_id, changes in (participants or {}).items():
            if changes:
                apply_participant(
                    session,
                    actor,
                    p,
                    municipality_id,
                    changes,
                    seen.participants.get(municipality_id),
                )
        if lots is not None:
            apply_lots(session, actor, p, lots[0], lots[1], seen.lots)
        if milestones is not None:
            apply_milestones(session, actor, p, milestones, seen.milestones)
        if session.is_modified(p, include_collections=False):
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
    db: Database,
    actor: Actor,
    proposal_id: int,
    municipality_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> ProposalData:
    """Contact and fullmakt (signed date, signatory name and title) of one participant
    (``expected_version``: the participant's, as the user read it)."""
    seen = Seen(participants={municipality_id: expected_version} if expected_version else {})
    return save_proposal(db, actor, proposal_id, participants={municipality_id: changes}, seen=seen)


def replace_lots(
    db: Database,
    actor: Actor,
    proposal_id: int,
    lots: list[LotData],
    assignment: dict[int, int | None],
    *,
    seen: Seen | None = None,
) -> ProposalData:
    """Set the lots (delkontrakter) and which lot each line belongs to (line id -> lot number)."""
    return save_proposal(db, actor, proposal_id, lots=(lots, assignment), seen=seen)


def replace_milestones(
    db: Database,
    actor: Actor,
    proposal_id: int,
    milestones: list[MilestoneData],
    *,
    seen: Seen | None = None,
) -> ProposalData:
    """Set the timeline; the announcement and contract start dates follow their milestones."""
    return save_proposal(db, actor, proposal_id, milestones=milestones, seen=seen)


def suggest_lots_for(
    db: Database,
    actor: Actor,
    proposal_id: int,
    basis: str,
    *,
    expected_version: int | None = None,
) -> ProposalData:
    """Replace the lots by a suggested division: by area or by product group (CPV class).

    The suggestion is made from the proposal as read now (or refused when it is no longer at
    ``expected_version``); it is saved only if neither the proposal nor its lots changed since.
    """
    from kommunesamarbeid.core.lots import assign_lines, suggest_lots
    from kommunesamarbeid.services.supplier_market import annotate_lots, suggested_basis

    if basis not in ("area", "product", "auto"):
        raise RefusedInputError(
            "Delkontrakter kan foreslås etter område («area»), produktgruppe («product») eller "
            "lokalt marked («auto»)."
        )
    data = proposal_data(db, proposal_id)
    seen = _seen_for(data, expected_version, lots=True)
    if basis == "auto":  # area when every municipality has local suppliers with staff
        basis = suggested_basis(db, data)
    labels = catalogue_labels(db)
    lots = suggest_lots(
        data,
        basis=basis,  # type: ignore[arg-type]
        geography=participant_places(data),
        cpv_label=lambda code: _label_for(labels, code),
    )
    # stored as the coordinator's own text: written in the proposal's (the host's) målform
    lang = data.language
    lots = [
        dataclasses.replace(
            lot, title=render(lot.title, lang), description=render(lot.description, lang)
        )
        for lot in annotate_lots(db, data, lots)
    ]
    return replace_lots(
        db, actor, proposal_id, list(lots), dict(assign_lines(data, lots)), seen=seen
    )


def _seen_for(data: ProposalData, expected_version: int | None, *, lots: bool = False) -> Seen:
    """What a suggestion made from ``data`` checks when saved: the proposal it was made from
    (``expected_version`` when given), and the lots or the timeline it replaces."""
    read = seen_of(data)
    return Seen(
        proposal=expected_version if expected_version is not None else read.proposal,
        lots=read.lots if lots else None,
        milestones=None if lots else read.milestones,
    )


@functools.cache
def municipality_geography() -> dict[str, GeoFact]:
    """The shipped neighbours and centres of the municipalities (read once)."""
    path = resource_path("municipalities", "kommuner_2024_geografi.csv")
    return parse_geography(path.read_text(encoding="utf-8"))


def participant_places(data: ProposalData) -> dict[int, Place]:
    """Where each participant is: number and county from the municipality (else the national
    list, by an unambiguous name), neighbours and centre from the geography table."""
    register = municipality_register()
    rows = []
    for p in data.participants:
        fact = register.by_number(p.kommunenummer) if p.kommunenummer else register.find(p.name)
        number = p.kommunenummer or (fact.number if fact else None)
        county = p.county or (fact.county if fact else None)
        rows.append((p.municipality_id, number, county))
    return places(rows, municipality_geography())


def propose_timeline(
    db: Database,
    actor: Actor,
    proposal_id: int,
    *,
    today: dt.date | None = None,
    expected_version: int | None = None,
) -> ProposalData:
    """Replace the milestones by a timeline planned backwards from the earliest need (saved
    only if neither the proposal nor its timeline changed since it was read)."""
    today = today or dt.date.today()
    data = proposal_data(db, proposal_id)
    part = evaluate(data, thresholds(), today=today).procedure_part
    return replace_milestones(
        db,
        actor,
        proposal_id,
        propose_milestones(data, today=today, procedure_part=part),
        seen=_seen_for(data, expected_version),
    )
