"""Saving a proposal's parts with no lost update: what the user read is what a save checks.

A proposal has four kinds of editable rows, each with its own version: the proposal itself
(title, texts, status, dates …), each participant (contact and fullmakt: the municipality's own
officers may change it), each lot (its title, description, basis and which lines are in it) and
each milestone. A save names the versions it read (``Seen``); in one transaction it locks the
proposal row (the participant rows for a participant's change), compares, and writes. Someone
else's save in between refuses it with who changed what and when (``ConflictError``): nothing
is written, whatever else the save held.

Only what a save changes is compared: an officer signing the fullmakt does not make the
coordinator's text edit fail, nor does a lot edit. Lots and milestones are compared as the set
the user saw (one added, removed or changed by someone else refuses the save).

``services.proposals.save_proposal`` (the editor's one transaction) and the single edits here
(``edit_lot``, ``edit_milestone``, lines in and out, accepting changed lines) use these checks;
``services.proposals`` re-exports them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import NotFoundError
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.proposal import LotData, MilestoneData, MilestoneKind, ProposalData
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    JointProposal,
    Lot,
    Milestone,
    Municipality,
    PlannedPurchase,
    ProposalLine,
    ProposalParticipant,
)
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor, require_coordinator, require_municipality
from kommunesamarbeid.services.proposal_data import _load, plan_snapshot, proposal_data
from kommunesamarbeid.services.versions import (
    describe_entry,
    last_change,
    locked,
    refuse_stale,
    stale,
    stamp,
)

__all__ = [
    "LOT_FIELDS",
    "MILESTONE_FIELDS",
    "PARTICIPANT_FIELDS",
    "Seen",
    "accept_line_changes",
    "apply_lots",
    "apply_milestones",
    "apply_participant",
    "check_proposal",
    "edit_lot",
    "edit_milestone",
    "lock_proposal",
    "proposal_versions",
    "remove_participant",
    "seen_of",
    "set_line_membership",
]

PARTICIPANT_FIELDS = frozenset(
    {"contact_name", "contact_email", "fullmakt_signed_date", "signatory_name", "signatory_title"}
)
LOT_FIELDS = frozenset({"title", "description", "basis"})
MILESTONE_FIELDS = frozenset({"title", "due_date", "done", "kind"})


@dataclass(frozen=True, slots=True)
class Seen:
    """The versions a user read, for the parts a save changes (None or absent: not checked)."""

    proposal: int | None = None
    #: municipality id -> the participant's version.
    participants: Mapping[int, int] = field(default_factory=dict)
    #: lot id -> version: the whole set of lots the user saw.
    lots: Mapping[int, int] | None = None
    #: milestone id -> version: the whole timeline the user saw.
    milestones: Mapping[int, int] | None = None


def seen_of(data: ProposalData) -> Seen:
    """Every version in a loaded proposal (the editor passes the parts it changes)."""
    return Seen(
        proposal=data.version,
        participants={p.municipality_id: p.version for p in data.participants},
        lots={lot.id: lot.version for lot in data.lots if lot.id is not None},
        milestones={ms.id: ms.version for ms in data.milestones if ms.id is not None},
    )


def proposal_versions(db: Database, proposal_id: int) -> Seen:
    """The versions now: what a command reads when it starts."""
    with db.sessions() as session:
        version = session.scalar(
            select(JointProposal.version).where(JointProposal.id == proposal_id)
        )
        if version is None:
            raise NotFoundError(f"Fant ikke forslag nr. {proposal_id}.")
        participants = session.execute(
            select(ProposalParticipant.municipality_id, ProposalParticipant.version).where(
                ProposalParticipant.proposal_id == proposal_id
            )
        ).all()
        lots = session.execute(
            select(Lot.id, Lot.version).where(Lot.proposal_id == proposal_id)
        ).all()
        milestones = session.execute(
            select(Milestone.id, Milestone.version).where(Milestone.proposal_id == proposal_id)
        ).all()
    return Seen(
        proposal=int(version),
        participants={int(m): int(v) for m, v in participants},
        lots={int(i): int(v) for i, v in lots},
        milestones={int(i): int(v) for i, v in milestones},
    )


def _name(p: JointProposal) -> str:
    return f"Forslag {p.reference}"


def lock_proposal(session: Session, proposal_id: int) -> JointProposal:
    """The proposal row read fresh and locked: one save of a proposal's own parts at a time."""
    p = locked(session, JointProposal, proposal_id)
    if p is None:
        raise RefusedInputError(f"Fant ikke forslag nr. {proposal_id}.")
    return p


def check_proposal(session: Session, p: JointProposal, seen: int | None) -> None:
    """Refuse when the proposal row moved on from the version the user read."""
    refuse_stale(session, _name(p), p, seen, entity=("joint_proposal", p.id))


def record(
    session: Session,
    actor: Actor,
    p: JointProposal,
    action: str,
    changes: dict[str, Any],
    municipality_id: int | None = None,
) -> None:
    """One audit entry about a proposal (its parts included)."""
    audit.record(
        session,
        actor,
        entity_type="joint_proposal",
        entity_id=p.id,
        action=action,
        municipality_id=municipality_id,
        changes=changes,
    )


# ------------------------------------------------------------------------------ participants


def apply_participant(
    session: Session,
    actor: Actor,
    p: JointProposal,
    municipality_id: int,
    changes: dict[str, Any],
    seen: int | None,
) -> bool:
    """Contact and fullmakt of one participant, its row locked and its version checked."""
    unknown = set(changes) - PARTICIPANT_FIELDS
    if unknown:
        raise RefusedInputError(f"Disse feltene kan ikke endres: {', '.join(sorted(unknown))}.")
    found = next((x for x in p.participants if x.municipality_id == municipality_id), None)
    part = locked(session, ProposalParticipant, found.id) if found is not None else None
    if part is None:
        raise RefusedInputError("Kommunen er ikke deltaker i forslaget.")
    refuse_stale(
        session,
        f"Deltakelsen til {part.municipality.name} i forslag {p.reference} (kontakt og fullmakt)",
        part,
        seen,
        entity=("joint_proposal", p.id),
        actions=("edit_participant",),
        municipality_id=municipality_id,
    )
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
        stamp(part, actor)
        record(session, actor, p, "edit_participant", diff, municipality_id=municipality_id)
    return bool(diff)


# ------------------------------------------------------------------------------ lots, milestones


def _check_set(
    session: Session,
    p: JointProposal,
    what: str,
    rows: Sequence[Lot] | Sequence[Milestone],
    seen: Mapping[int, int] | None,
    action: str,
) -> None:
    """Refuse when the set of rows differs from the one the user saw (a row added, removed or
    changed by someone else); says which one, who and when."""
    if seen is None:
        return
    now = {row.id: row.version for row in rows}
    if now == dict(seen):
        return
    thing = f"{what} i forslag {p.reference}"
    moved = [row for row in rows if seen.get(row.id) != row.version]
    if moved:
        row = max(moved, key=lambda r: r.updated_at)
        raise stale(thing, by=row.updated_by, at=row.updated_at, what=_row_name(row))
    entry = last_change(session, "joint_proposal", p.id, actions=(action, "lots", "milestones"))
    raise stale(
        thing,
        by=entry.user if entry else None,
        at=entry.at if entry else None,
        what=describe_entry(entry) or "noe er fjernet",
    )


def _row_name(row: Lot | Milestone) -> str:
    if isinstance(row, Lot):
        return f"delkontrakt {row.number} «{row.title}»"
    return f"milepæl «{row.title}»"


def apply_lots(
    session: Session,
    actor: Actor,
    p: JointProposal,
    lots: list[LotData],
    assignment: dict[int, int | None],
    seen: Mapping[int, int] | None,
) -> bool:
    """Set the lots and which lot each line is in (line id -> lot number), in place: a lot
    keeps its row (matched by number); a lot that gains or loses a line gets a new version."""
    numbers = [lot.number for lot in lots]
    if len(set(numbers)) != len(numbers):
        raise RefusedInputError("To delkontrakter kan ikke ha samme nummer.")
    if any(not lot.title.strip() for lot in lots):
        raise RefusedInputError("Hver delkontrakt må ha en tittel.")
    _check_set(session, p, "Delkontraktene", list(p.lots), seen, "lot")
    current = {lot.number: lot for lot in p.lots}
    wanted = {lot.number: lot for lot in lots}
    lines = [pl for part in p.participants for pl in part.lines]
    changed: set[int] = set()
    for number, gone in list(current.items()):
        if number not in wanted:
            for pl in lines:
                if pl.lot_id == gone.id:
                    pl.lot_id = None
            p.lots.remove(gone)
            changed.add(number)
    by_number: dict[int, Lot] = {}
    new: set[int] = set()
    for lot in lots:
        values = {
            "title": lot.title.strip()[:300],
            "description": lot.description,
            "basis": lot.basis,
        }
        kept = current.get(lot.number)
        if kept is None:
            kept = Lot(number=lot.number, updated_by=actor.user, **values)
            p.lots.append(kept)
            changed.add(lot.number)
            new.add(lot.number)
        elif any(getattr(kept, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(kept, k, v)
            stamp(kept, actor)
            changed.add(lot.number)
        by_number[lot.number] = kept
    session.flush()
    by_id = {x.id: x for x in by_number.values()}
    for pl in lines:
        chosen = assignment.get(pl.line_id)
        if chosen is not None and chosen not in by_number:
            raise RefusedInputError(f"Delkontrakt {chosen} finnes ikke.")
        target = by_number[chosen].id if chosen is not None else None
        if pl.lot_id != target:
            for lot_id in (pl.lot_id, target):
                touched = by_id.get(lot_id) if lot_id is not None else None
                if touched is not None and touched.number not in new:
                    stamp(touched, actor)  # its lines changed: a new version
                    changed.add(touched.number)
            pl.lot_id = target
    if changed:
        record(session, actor, p, "lots", {"lots": [f"{x.number}: {x.title}" for x in lots]})
    return bool(changed)


def apply_milestones(
    session: Session,
    actor: Actor,
    p: JointProposal,
    milestones: list[MilestoneData],
    seen: Mapping[int, int] | None,
) -> bool:
    """Set the timeline, keeping the rows (in their order); the announcement and contract start
    dates follow a milestone of that kind that is new or moved."""
    if any(not ms.title.strip() for ms in milestones):
        raise RefusedInputError("Hver milepæl må ha en tittel.")
    _check_set(session, p, "Tidsplanen", list(p.milestones), seen, "milestone")
    current = sorted(p.milestones, key=lambda m: (m.due_date or dt.date.max, m.id))
    changed = False
    for i, ms in enumerate(milestones):
        values = {
            "kind": ms.kind.value,
            "title": ms.title.strip()[:300],
            "due_date": ms.due_date,
            "done": ms.done,
        }
        row = current[i] if i < len(current) else None
        moved = row is None or row.due_date != ms.due_date or row.kind != ms.kind.value
        if row is None:
            p.milestones.append(Milestone(updated_by=actor.user, **values))
            changed = True
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            stamp(row, actor)
            changed = True
        if moved and ms.kind is MilestoneKind.ANNOUNCEMENT:
            p.planned_announcement = ms.due_date
        if moved and ms.kind is MilestoneKind.CONTRACT_START:
            p.planned_contract_start = ms.due_date
    for row in current[len(milestones) :]:
        p.milestones.remove(row)
        changed = True
    if changed:
        record(
            session,
            actor,
            p,
            "milestones",
            {"milestones": [f"{m.title}: {m.due_date}" for m in milestones]},
        )
    return changed


# ------------------------------------------------------------------------------ membership


def _require_participant_right(
    session: Session, actor: Actor, municipality_id: int, action: str
) -> None:
    """Participation and fullmakt: the municipality's own officers, or a coordinator."""
    if actor.may_change(municipality_id):
        return
    m = session.get(Municipality, municipality_id)
    require_municipality(actor, municipality_id, m.name if m else str(municipality_id), action)


def remove_participant(
    db: Database,
    actor: Actor,
    proposal_id: int,
    municipality_id: int,
    *,
    expected_version: int | None = None,
) -> ProposalData:
    """Take a municipality (and its lines) out of the proposal; the host cannot be removed."""
    with db.session() as session:
        _require_participant_right(session, actor, municipality_id, "melde ut av forslaget")
        p = _locked_proposal(session, proposal_id, expected_version)
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
        stamp(p, actor)
        record(
            session,
            actor,
            p,
            "remove_participant",
            {"lines": lines},
            municipality_id=municipality_id,
        )
    return proposal_data(db, proposal_id)


def set_line_membership(
    db: Database,
    actor: Actor,
    proposal_id: int,
    line_id: int | list[int],
    *,
    include: bool,
    expected_version: int | None = None,
) -> ProposalData:
    """Add lines to the proposal (their municipalities join) or take them out: all of them in
    one transaction, or (one refused, or the proposal changed since ``expected_version``) none."""
    ids = [line_id] if isinstance(line_id, int) else list(dict.fromkeys(line_id))
    with db.session() as session:
        p = _locked_proposal(session, proposal_id, expected_version)
        for one in ids:
            _membership(session, actor, p, one, include=include)
        stamp(p, actor)
    return proposal_data(db, proposal_id)


def _membership(
    session: Session, actor: Actor, p: JointProposal, line_id: int, *, include: bool
) -> None:
    line = session.get(PlannedPurchase, line_id)
    if line is None:
        raise RefusedInputError(f"Fant ingen planlagt anskaffelse med id {line_id}.")
    _require_participant_right(
        session, actor, line.municipality_id, "melde linjer inn i eller ut av forslaget for"
    )
    part = next((x for x in p.participants if x.municipality_id == line.municipality_id), None)
    if include:
        if line.status != "active":
            raise RefusedInputError("Linjen er trukket tilbake fra kommunens plan.")
        if part is None:
            part = ProposalParticipant(
                proposal_id=p.id, municipality_id=line.municipality_id, updated_by=actor.user
            )
            p.participants.append(part)
            session.flush()
        if any(pl.line_id == line_id for pl in part.lines):
            raise RefusedInputError("Linjen er allerede med i forslaget.")
        part.lines.append(ProposalLine(line_id=line_id, plan_snapshot=plan_snapshot(line)))
    else:
        pl = next((x for x in part.lines if x.line_id == line_id), None) if part else None
        if pl is None or part is None:
            raise RefusedInputError("Linjen er ikke med i forslaget.")
        part.lines.remove(pl)
    record(
        session,
        actor,
        p,
        "add_line" if include else "remove_line",
        {"line_id": line_id},
        municipality_id=line.municipality_id,
    )


def _locked_proposal(
    session: Session, proposal_id: int, expected_version: int | None
) -> JointProposal:
    """The proposal locked, loaded with its parts, and checked against the version read."""
    lock_proposal(session, proposal_id)
    p = _load(session, proposal_id)
    check_proposal(session, p, expected_version)
    return p


def accept_line_changes(
    db: Database, actor: Actor, proposal_id: int, *, expected_version: int | None = None
) -> ProposalData:
    """The coordinator has seen how the plan lines changed: remember their figures as they are
    now (the «Linje endret i planen» warnings go away)."""
    require_coordinator(actor, "godta endringer i planene for et forslag")
    with db.session() as session:
        p = _locked_proposal(session, proposal_id, expected_version)
        accepted = []
        for part in p.participants:
            for pl in part.lines:
                now = plan_snapshot(pl.line)
                if pl.plan_snapshot != now:
                    pl.plan_snapshot = now
                    accepted.append(pl.line_id)
        if accepted:
            stamp(p, actor)
            record(session, actor, p, "accept_line_changes", {"lines": accepted})
    return proposal_data(db, proposal_id)


# ------------------------------------------------------------------------------ one lot, one milestone


def edit_lot(
    db: Database,
    actor: Actor,
    proposal_id: int,
    number: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> None:
    """Change one lot's title, description or basis (``proposal lot``)."""
    unknown = set(changes) - LOT_FIELDS
    if unknown:
        raise RefusedInputError(f"Disse feltene kan ikke endres: {', '.join(sorted(unknown))}.")
    require_coordinator(actor, "endre delkontrakter")
    with db.session() as session:
        p = lock_proposal(session, proposal_id)
        found = next((lot for lot in p.lots if lot.number == number), None)
        row = locked(session, Lot, found.id) if found is not None else None
        if row is None:
            raise NotFoundError(
                f"Forslag {p.reference} har ingen delkontrakt {number}.",
                hint="Se delkontraktene med «proposal show».",
            )
        refuse_stale(
            session,
            f"Delkontrakt {number} i forslag {p.reference}",
            row,
            expected_version,
            entity=("joint_proposal", p.id),
            actions=("lot", "lots"),
        )
        values = dict(changes)
        if "title" in values:
            values["title"] = " ".join(str(values["title"] or "").split())[:300]
            if not values["title"]:
                raise RefusedInputError("Hver delkontrakt må ha en tittel.")
        if "basis" in values and values["basis"] not in ("area", "product"):
            raise RefusedInputError(
                "Grunnlaget er «area» (område) eller «product» (produktgruppe)."
            )
        diff = _set(row, values)
        if diff:
            stamp(row, actor)
            record(session, actor, p, "lot", {"lot": number, **diff})


def edit_milestone(
    db: Database,
    actor: Actor,
    proposal_id: int,
    milestone_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> None:
    """Change one milestone's title, date, done or kind (``proposal milestone``); the
    announcement and contract start dates follow a milestone of that kind."""
    unknown = set(changes) - MILESTONE_FIELDS
    if unknown:
        raise RefusedInputError(f"Disse feltene kan ikke endres: {', '.join(sorted(unknown))}.")
    require_coordinator(actor, "endre tidsplanen")
    with db.session() as session:
        p = lock_proposal(session, proposal_id)
        row = locked(session, Milestone, milestone_id)
        if row is None or row.proposal_id != p.id:
            raise NotFoundError(
                f"Forslag {p.reference} har ingen milepæl nr. {milestone_id}.",
                hint="Se milepælene (med nummer) med «proposal show --json».",
            )
        refuse_stale(
            session,
            f"Milepælen «{row.title}» i forslag {p.reference}",
            row,
            expected_version,
            entity=("joint_proposal", p.id),
            actions=("milestone", "milestones"),
        )
        values = dict(changes)
        if "title" in values:
            values["title"] = " ".join(str(values["title"] or "").split())[:300]
            if not values["title"]:
                raise RefusedInputError("Hver milepæl må ha en tittel.")
        if "kind" in values:
            values["kind"] = MilestoneKind(values["kind"]).value
        diff = _set(row, values)
        if not diff:
            return
        stamp(row, actor)
        if "due_date" in diff or "kind" in diff:
            if row.kind == MilestoneKind.ANNOUNCEMENT.value:
                p.planned_announcement = row.due_date
            if row.kind == MilestoneKind.CONTRACT_START.value:
                p.planned_contract_start = row.due_date
            if session.is_modified(p):
                stamp(p, actor)
        record(session, actor, p, "milestone", {"milestone": row.title, **diff})


def _set(row: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    diff: dict[str, Any] = {}
    for name, new in values.items():
        old = getattr(row, name)
        if old != new:
            setattr(row, name, new)
            diff[name] = [old, new]
    return diff
