"""Use cases around overlapp: detect, list, and the coordinator's decisions.

Decisions persist: confirmed and rejected groups, and groups a user edited (added or removed a
line, merged, split), keep their ids and members when detection runs again; detection only
proposes new candidates around them. Candidate groups nobody touched are replaced by the new
run's candidates (a candidate with the same lines keeps its id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import ConflictError, NotFoundError
from kommunesamarbeid.core.overlap.model import (
    DetectionCancelled,
    DetectionSettings,
    MatchLine,
)
from kommunesamarbeid.core.periods import Period
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.locks import LockSpace, advisory_lock
from kommunesamarbeid.db.models import (
    JointProposal,
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
)
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.context import Actor, require_coordinator

Progress = Callable[[int, int, str], bool]

STATUS_LABELS = {"candidate": "Kandidat", "confirmed": "Bekreftet", "rejected": "Avvist"}


class DetectionAborted(Exception):
    """The user cancelled detection; nothing was changed."""


@dataclass(frozen=True, slots=True)
class MemberInfo:
    line_id: int
    municipality: str
    description: str
    score: float
    reasons: list[str]
    origin: str
    line_status: str
    total_value_nok: int | None
    annual_value_nok: int | None
    cpv: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str | None


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    status: str
    score: float
    title: str
    reasons: list[str]
    members: list[MemberInfo]
    edited: bool = False
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    #: References of proposals made from this group.
    proposals: tuple[str, ...] = ()
    #: The title was written by a user (kept when the group changes).
    title_by_user: bool = False

    @property
    def line_ids(self) -> list[int]:
        return [m.line_id for m in self.members if m.origin != "removed"]

    @property
    def active_members(self) -> list[MemberInfo]:
        return [m for m in self.members if m.origin != "removed"]

    @property
    def municipalities(self) -> list[str]:
        seen: list[str] = []
        for m in self.active_members:
            if m.municipality not in seen:
                seen.append(m.municipality)
        return seen

    @property
    def total_value_nok(self) -> int:
        return sum(m.total_value_nok or 0 for m in self.active_members)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": round(self.score, 3),
            "status": self.status,
            "line_ids": self.line_ids,
            "municipalities": self.municipalities,
            "total_value_nok": self.total_value_nok,
            "reasons": self.reasons,
            "title": self.title,
            "title_by_user": self.title_by_user,
            "edited": self.edited,
            "decided_by": self.decided_by,
            "proposals": list(self.proposals),
            "members": [
                {
                    "line_id": m.line_id,
                    "municipality": m.municipality,
                    "description": m.description,
                    "score": round(m.score, 3),
                    "reasons": m.reasons,
                    "origin": m.origin,
                    "line_status": m.line_status,
                }
                for m in self.members
            ],
        }


@dataclass(slots=True)
class DetectReport:
    groups: list[GroupInfo] = field(default_factory=list)
    new: int = 0
    kept: int = 0
    lines: int = 0
    catalogue_codes: int = 0


# ---------------------------------------------------------------------------- reading


def _group_info(
    g: OverlapGroup, names: dict[int, str], proposals: dict[int, tuple[str, ...]] | None = None
) -> GroupInfo:
    proposals = proposals or {}
    members = [
        MemberInfo(
            line_id=m.line_id,
            municipality=names.get(m.line.municipality_id, ""),
            description=m.line.description,
            score=m.score,
            reasons=list(m.reasons or []),
            origin=m.origin,
            line_status=m.line.status,
            total_value_nok=m.line.total_value_nok,
            annual_value_nok=m.line.annual_value_nok,
            cpv=m.line.cpv,
            period_start=m.line.period_start,
            period_end=m.line.period_end,
            period_text=m.line.period_text,
        )
        for m in g.members
    ]
    return GroupInfo(
        g.id,
        g.status,
        g.score,
        g.title or "",
        list(g.reasons or []),
        members,
        g.edited,
        decided_by=g.decided_by,
        decided_at=g.decided_at,
        proposals=proposals.get(g.id, ()),
        title_by_user=g.title_by_user,
    )


def _proposal_refs(session: Session) -> dict[int, tuple[str, ...]]:
    refs: dict[int, list[str]] = {}
    for gid, ref in session.execute(
        select(JointProposal.group_id, JointProposal.reference).where(
            JointProposal.group_id.is_not(None)
        )
    ):
        refs.setdefault(gid, []).append(ref)
    return {k: tuple(v) for k, v in refs.items()}


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Municipality.id, Municipality.name)).all())


def _group_infos(session: Session) -> list[GroupInfo]:
    """Every stored group as ``_group_info`` describes it, read as plain rows (national scale:
    tens of thousands of members; the same fields as ``_group_info``, which a test checks)."""
    names = _names(session)
    refs = _proposal_refs(session)
    m, p = OverlapMember, PlannedPurchase
    members: dict[int, list[MemberInfo]] = {}
    for row in session.execute(
        select(
            m.group_id,
            m.line_id,
            p.municipality_id,
            p.description,
            m.score,
            m.reasons,
            m.origin,
            p.status,
            p.total_value_nok,
            p.annual_value_nok,
            p.cpv,
            p.period_start,
            p.period_end,
            p.period_text,
        )
        .join(p, m.line_id == p.id)
        .order_by(m.group_id, m.id)
    ):
        members.setdefault(row[0], []).append(
            MemberInfo(
                line_id=row[1],
                municipality=names.get(row[2], ""),
                description=row[3],
                score=row[4],
                reasons=list(row[5] or []),
                origin=row[6],
                line_status=row[7],
                total_value_nok=row[8],
                annual_value_nok=row[9],
                cpv=row[10],
                period_start=row[11],
                period_end=row[12],
                period_text=row[13],
            )
        )
    g = OverlapGroup
    return [
        GroupInfo(
            gid,
            status,
            score,
            title or "",
            list(reasons or []),
            members.get(gid, []),
            edited,
            decided_by=decided_by,
            decided_at=decided_at,
            proposals=refs.get(gid, ()),
            title_by_user=title_by_user,
        )
        for gid, status, score, title, reasons, edited, decided_by, decided_at, title_by_user in (
            session.execute(
                select(
                    g.id,
                    g.status,
                    g.score,
                    g.title,
                    g.reasons,
                    g.edited,
                    g.decided_by,
                    g.decided_at,
                    g.title_by_user,
                ).order_by(g.id)
            )
        )
    ]


def list_groups(db: Database, *, status: str | None = None) -> list[GroupInfo]:
    """The stored groups with the user's decisions, by status then value."""
    with db.sessions() as session:
        groups = _group_infos(session)
    if status:
        groups = [g for g in groups if g.status == status]
    order = {"confirmed": 0, "candidate": 1, "rejected": 2}
    return sorted(groups, key=lambda g: (order.get(g.status, 3), -g.total_value_nok, g.id))


def get_group(db: Database, group_id: int) -> GroupInfo:
    with db.sessions() as session:
        g = _get(session, group_id)
        return _group_info(g, _names(session), _proposal_refs(session))


def _get(session: Session, group_id: int, *, lock: bool = False) -> OverlapGroup:
    g = session.get(OverlapGroup, group_id, with_for_update=lock or None)
    if g is None:
        raise RefusedInputError(f"Fant ikke overlapp nr. {group_id}.")
    return g


def _start_edit(session: Session, actor: Actor, *group_ids: int) -> list[OverlapGroup]:
    """The start of every change to groups: the right to make it, then the locks.

    One edit of groups at a time (an advisory lock: the invariants "lines from two
    municipalities" and "a line in one open group" span groups), and the groups' rows locked
    and read fresh (``SELECT … FOR UPDATE``), so every check below sees the latest state.
    """
    require_coordinator(actor, "endre overlapp")
    advisory_lock(session, LockSpace.OVERLAP_GROUPS)
    return [_get(session, gid, lock=True) for gid in group_ids]


def _local_time(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y kl. %H:%M")


def _changed_meanwhile(g: OverlapGroup) -> ConflictError:
    who = f"«{g.decided_by}»" if g.decided_by else "noen andre"
    when = f" {_local_time(g.decided_at)}" if g.decided_at else ""
    return ConflictError(
        f"Overlapp nr. {g.id} ble endret av {who}{when} mens du arbeidet (status nå: "
        f"{STATUS_LABELS.get(g.status, g.status)}). Ingenting er endret.",
        changed_by=g.decided_by,
        changed_at=g.decided_at.isoformat() if g.decided_at else None,
    )


# ---------------------------------------------------------------------------- detection

_vocabulary_cache: dict[str, Any] = {}


def vocabulary() -> Any:
    """The shipped domain vocabulary (resources/vocabulary), read once."""
    from kommunesamarbeid.core.overlap.vocabulary import load_vocabulary

    key = str(resource_path("vocabulary"))
    if key not in _vocabulary_cache:
        _vocabulary_cache[key] = load_vocabulary(resource_path("vocabulary"))
    return _vocabulary_cache[key]


def _match_line(p: PlannedPurchase, name: str) -> MatchLine:
    period = Period(p.period_start, p.period_end) if p.period_start and p.period_end else None
    return MatchLine(
        id=p.id,
        municipality_id=p.municipality_id,
        municipality=name,
        description=p.description,
        details=p.details or "",
        cpv=p.cpv,
        period=period,
        annual_value_nok=p.annual_value_nok,
        total_value_nok=p.total_value_nok,
    )


def detect(
    db: Database,
    actor: Actor,
    *,
    settings: DetectionSettings | None = None,
    progress: Progress | None = None,
) -> DetectReport:
    """Run detection over all active lines and store the candidates (decisions are kept).

    The lines' analyses are taken from the earlier runs kept in the database and the new ones
    kept for the next run (``overlap_cache``)."""
    from kommunesamarbeid.core.overlap.detect import build_model, detect_overlaps
    from kommunesamarbeid.services import overlap_cache, overlap_run

    require_coordinator(actor, "finne overlapp")
    with db.sessions() as session:
        lines = overlap_run.active_lines(session)
        fixed = overlap_run.fixed_groups(session)
    labels = catalogue_labels(db)
    model = build_model(vocabulary(), labels)
    texts = overlap_cache.attach(db, model, lines)

    def engine_progress(done: int, total: int) -> bool:
        return progress is None or progress(done, max(total, 1), "Sammenligner linjer") is not False

    try:
        results = detect_overlaps(
            lines, labels, vocabulary(), settings, fixed_groups=fixed, progress=engine_progress
        )
    except DetectionCancelled as exc:
        model.take_fresh()  # nothing is kept from a cancelled run
        raise DetectionAborted("Søket etter overlapp ble avbrutt. Ingenting er endret.") from exc
    report = DetectReport(lines=len(lines), catalogue_codes=len(labels))
    with db.session() as session:
        report.new, report.kept = overlap_run.store_candidates(session, actor, results)
    del results, lines  # stored: memory for the listing (national scale)
    overlap_cache.keep(db, model, texts)
    report.groups = list_groups(db)
    return report


# ---------------------------------------------------------------------------- decisions


def _refresh(db: Database, session: Session, g: OverlapGroup) -> None:
    """Describe a group as it now is, after an edit: score, title (unless a user wrote it),
    reasons, and each member's score and reasons (members added by a user keep that note)."""
    from kommunesamarbeid.core.overlap.detect import describe_group

    session.flush()
    active = [m for m in g.members if m.origin != "removed"]
    names = _names(session)
    lines = [_match_line(m.line, names.get(m.line.municipality_id, "")) for m in active]
    result = describe_group(lines, catalogue_labels(db), vocabulary())
    if result is None:
        return
    g.score = float(result.score)
    if not g.title_by_user:
        g.title = result.title[:300]
    g.reasons = list(result.reasons)
    by_line = {m.line_id: m for m in result.members}
    for member in active:
        described = by_line.get(member.line_id)
        if described is None:
            continue
        member.score = float(described.score)
        reasons = list(described.reasons)
        if member.origin == "added":
            reasons.insert(0, "Lagt til av bruker")
        member.reasons = reasons


def rename_group(db: Database, actor: Actor, group_id: int, title: str) -> GroupInfo:
    """Give a group the user's own title (kept when the group changes); an empty title gives
    the group back its described title."""
    title = " ".join(title.split())
    if len(title) > 300:
        raise RefusedInputError("Tittelen er for lang: bruk høyst 300 tegn.")
    with db.session() as session:
        g = _get(session, group_id)
        old = g.title
        g.title_by_user = bool(title)
        if title:
            g.title = title
        else:
            _refresh(db, session, g)
        _decide(session, actor, g, "rename", title=[old, g.title])
    return get_group(db, group_id)


def _decide(session: Session, actor: Actor, g: OverlapGroup, action: str, **changes: Any) -> None:
    g.decided_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    g.decided_by = actor.user
    g.decided_by_municipality_id = actor.municipality_id
    audit.record(
        session, actor, entity_type="overlap_group", entity_id=g.id, action=action, changes=changes
    )


def _active_line_ids(g: OverlapGroup) -> set[int]:
    return {m.line_id for m in g.members if m.origin != "removed"}


def _check_municipalities(session: Session, line_ids: set[int]) -> None:
    munis = {
        mid
        for (mid,) in session.execute(
            select(PlannedPurchase.municipality_id).where(PlannedPurchase.id.in_(line_ids))
        )
    }
    if len(munis) < 2:
        raise RefusedInputError("Et overlapp må ha linjer fra minst to kommuner.")


def set_status(
    db: Database,
    actor: Actor,
    group_id: int,
    status: str,
    *,
    expected_status: str | None = None,
) -> GroupInfo:
    """Confirm, reject, or put a group back to candidate.

    ``expected_status`` is the status the user saw (the GUI passes it); the command line's
    is the status read when the command starts. When someone else decided in between, the
    change is refused (``ConflictError``): of a confirm and a reject at once, exactly one wins.
    """
    if status not in STATUS_LABELS:
        raise RefusedInputError(f"Ukjent status «{status}».")
    require_coordinator(actor, "ta beslutninger om overlapp")
    with db.session() as session:
        if expected_status is None:
            expected_status = session.scalar(
                select(OverlapGroup.status).where(OverlapGroup.id == group_id)
            )
            if expected_status is None:
                raise NotFoundError(f"Fant ikke overlapp nr. {group_id}.")
        (g,) = _start_edit(session, actor, group_id)
        if g.status != expected_status:
            raise _changed_meanwhile(g)
        if status == "confirmed":
            _check_municipalities(session, _active_line_ids(g))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        # The status the user saw is part of the UPDATE's condition: a change nobody saw is
        # never overwritten, even where row locks do not exist (SQLite).
        changed = session.execute(
            update(OverlapGroup)
            .where(OverlapGroup.id == group_id, OverlapGroup.status == expected_status)
            .values(
                status=status,
                decided_at=now,
                decided_by=actor.user,
                decided_by_municipality_id=actor.municipality_id,
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        if changed != 1:
            session.refresh(g)
            raise _changed_meanwhile(g)
        audit.record(
            session,
            actor,
            entity_type="overlap_group",
            entity_id=g.id,
            action={"confirmed": "confirm", "rejected": "reject"}.get(status, "reopen"),
            changes={"status": [expected_status, status]},
        )
    return get_group(db, group_id)


def _group_of_line(
    session: Session, line_id: int, exclude: int | None = None
) -> OverlapGroup | None:
    for m in session.scalars(
        select(OverlapMember).where(
            OverlapMember.line_id == line_id, OverlapMember.origin != "removed"
        )
    ):
        if m.group_id != exclude and m.group.status != "rejected":
            return m.group
    return None


def remove_line(db: Database, actor: Actor, group_id: int, line_id: int) -> GroupInfo:
    """Take a line out of a group; it is remembered as removed and never re-added there."""
    with db.session() as session:
        (g,) = _start_edit(session, actor, group_id)
        member = next(
            (m for m in g.members if m.line_id == line_id and m.origin != "removed"), None
        )
        if member is None:
            raise RefusedInputError(f"Linje {line_id} er ikke med i overlapp nr. {group_id}.")
        remaining = _active_line_ids(g) - {line_id}
        munis = (
            {
                mid
                for (mid,) in session.execute(
                    select(PlannedPurchase.municipality_id).where(PlannedPurchase.id.in_(remaining))
                )
            }
            if remaining
            else set()
        )
        if len(munis) < 2:
            raise RefusedInputError(
                "Da ville overlappet bare ha linjer fra én kommune. Avvis overlappet i stedet."
            )
        member.origin = "removed"
        member.changed_by = actor.user
        g.edited = True
        _refresh(db, session, g)
        _decide(session, actor, g, "remove_line", line_id=line_id)
    return get_group(db, group_id)


def add_line(db: Database, actor: Actor, group_id: int, line_id: int) -> GroupInfo:
    """Add an active line to a group (it may be in no other open group)."""
    with db.session() as session:
        (g,) = _start_edit(session, actor, group_id)
        line = session.get(PlannedPurchase, line_id)
        if line is None or line.status != "active":
            raise RefusedInputError(f"Fant ingen aktiv planlagt anskaffelse med id {line_id}.")
        other = _group_of_line(session, line_id, exclude=group_id)
        if other is not None:
            raise RefusedInputError(
                f"Linje {line_id} er allerede med i overlapp nr. {other.id}; ta den ut der først."
            )
        member = next((m for m in g.members if m.line_id == line_id), None)
        if member is not None and member.origin != "removed":
            raise RefusedInputError(f"Linje {line_id} er allerede med i overlapp nr. {group_id}.")
        if member is None:
            g.members.append(
                OverlapMember(
                    line_id=line_id,
                    score=0.0,
                    origin="added",
                    reasons=["Lagt til av bruker"],
                    changed_by=actor.user,
                )
            )
        else:
            member.origin = "added"
            member.changed_by = actor.user
        g.edited = True
        _refresh(db, session, g)
        _decide(session, actor, g, "add_line", line_id=line_id)
    return get_group(db, group_id)


def _copy_member(m: OverlapMember, actor: Actor) -> OverlapMember:
    """The same line with its score and reasons, for another group (merge, split)."""
    return OverlapMember(
        line_id=m.line_id,
        score=m.score,
        reasons=list(m.reasons),
        origin=m.origin,
        changed_by=actor.user,
    )


def merge_groups(db: Database, actor: Actor, group_ids: list[int]) -> GroupInfo:
    """Merge groups into the first one; the others are removed (the audit log keeps them)."""
    ids = list(dict.fromkeys(group_ids))
    if len(ids) < 2:
        raise RefusedInputError("Velg minst to overlapp å slå sammen.")
    with db.session() as session:
        target, *others = _start_edit(session, actor, *ids)
        present = _active_line_ids(target)
        for other in others:
            for m in other.members:
                if m.origin != "removed" and m.line_id not in present:
                    target.members.append(_copy_member(m, actor))
                    present.add(m.line_id)
            session.delete(other)
        target.edited = True
        _refresh(db, session, target)
        _decide(session, actor, target, "merge", merged=ids[1:])
    return get_group(db, ids[0])


def split_group(db: Database, actor: Actor, group_id: int, line_ids: list[int]) -> GroupInfo:
    """Move some lines of a group into a new group; both must keep two municipalities."""
    with db.session() as session:
        (g,) = _start_edit(session, actor, group_id)
        moving = set(line_ids)
        active = _active_line_ids(g)
        if not moving or not moving <= active:
            raise RefusedInputError("Velg linjer som er med i overlappet for å dele det.")
        if moving == active:
            raise RefusedInputError("Minst én linje må bli igjen i det opprinnelige overlappet.")
        _check_municipalities(session, moving)
        _check_municipalities(session, active - moving)
        new = OverlapGroup(
            status=g.status if g.status != "rejected" else "candidate",
            score=g.score,
            title=g.title,
            reasons=list(g.reasons),
            edited=True,
            created_by=actor.user,
        )
        session.add(new)
        for m in list(g.members):
            if m.line_id in moving and m.origin != "removed":
                new.members.append(_copy_member(m, actor))
                g.members.remove(m)
        g.edited = True
        session.flush()
        new.title_by_user = False
        _refresh(db, session, g)
        _refresh(db, session, new)
        _decide(session, actor, g, "split", new_group=new.id, lines=sorted(moving))
        new_id = new.id
    return get_group(db, new_id)
