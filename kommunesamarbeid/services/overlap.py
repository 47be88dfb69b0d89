"""Use cases around overlapp: detect, list, and the coordinator's decisions (``overlap_edits``).

Decisions persist: confirmed and rejected groups, and groups a user edited (added or removed a
line, merged, split), keep their ids and members when detection runs again; detection only
proposes new candidates around them. Candidate groups nobody touched are replaced by the new
run's candidates (a candidate with the same lines keeps its id). The store step never puts a
line into a second open group, whatever a coordinator decided while detection ran.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kommunesamarbeid.core.overlap.model import (
    DetectionCancelled,
    DetectionSettings,
    FixedGroup,
    GroupResult,
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
    #: The group's version (covers its decision): pass it back when changing the group.
    version: int = 1

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
            "version": self.version,
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
        version=g.version,
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


def _load_groups(session: Session) -> list[OverlapGroup]:
    return list(
        session.scalars(
            select(OverlapGroup)
            .options(selectinload(OverlapGroup.members).selectinload(OverlapMember.line))
            .order_by(OverlapGroup.id)
        )
    )


def list_groups(db: Database, *, status: str | None = None) -> list[GroupInfo]:
    """The stored groups with the user's decisions, by status then value."""
    with db.sessions() as session:
        names = _names(session)
        refs = _proposal_refs(session)
        groups = [_group_info(g, names, refs) for g in _load_groups(session)]
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


def _is_fixed(g: OverlapGroup) -> bool:
    return g.status in ("confirmed", "rejected") or g.edited


def detect(
    db: Database,
    actor: Actor,
    *,
    settings: DetectionSettings | None = None,
    progress: Progress | None = None,
) -> DetectReport:
    """Run detection over all active lines and store the candidates (decisions are kept)."""
    require_coordinator(actor, "finne overlapp")
    with db.sessions() as session:
        names = _names(session)
        lines = [
            _match_line(p, names.get(p.municipality_id, ""))
            for p in session.scalars(
                select(PlannedPurchase).where(PlannedPurchase.status == "active")
            )
        ]
        existing = _load_groups(session)
        fixed = [
            FixedGroup(
                line_ids=frozenset(m.line_id for m in g.members if m.origin != "removed"),
                status="rejected" if g.status == "rejected" else "confirmed",
            )
            for g in existing
            if _is_fixed(g)
        ]
    labels = catalogue_labels(db)

    def engine_progress(done: int, total: int) -> bool:
        return progress is None or progress(done, max(total, 1), "Sammenligner linjer") is not False

    from kommunesamarbeid.core.overlap.detect import detect_overlaps

    try:
        results = detect_overlaps(
            lines, labels, vocabulary(), settings, fixed_groups=fixed, progress=engine_progress
        )
    except DetectionCancelled as exc:
        raise DetectionAborted("Søket etter overlapp ble avbrutt. Ingenting er endret.") from exc
    report = DetectReport(lines=len(lines), catalogue_codes=len(labels))
    with db.session() as session:
        report.new, report.kept = _store(session, actor, results)
    report.groups = list_groups(db)
    return report


def _still_open(session: Session, existing: list[OverlapGroup]) -> Callable[[GroupResult], bool]:
    """Whether a result of detection may still be stored: while detection ran, a coordinator
    may have confirmed or edited a group, or an import withdrawn a line. A result with a line
    that is now in such a group (a line is in at most one open group) or no longer active is
    left out; the next run proposes around it."""
    taken = {
        m.line_id
        for g in existing
        if _is_fixed(g) and g.status != "rejected"
        for m in g.members
        if m.origin != "removed"
    }
    active = set(
        session.scalars(select(PlannedPurchase.id).where(PlannedPurchase.status == "active"))
    )
    return lambda result: all(i in active and i not in taken for i in result.line_ids)


def _store(session: Session, actor: Actor, results: list[GroupResult]) -> tuple[int, int]:
    advisory_lock(session, LockSpace.OVERLAP_GROUPS)
    existing = _load_groups(session)
    fits = _still_open(session, existing)
    stored = [r for r in results if fits(r)]
    candidates = {frozenset(m.line_id for m in g.members): g for g in existing if not _is_fixed(g)}
    kept_ids: set[int] = set()
    new = 0
    for result in stored:
        key = frozenset(result.line_ids)
        group = candidates.get(key)
        if group is None:
            group = OverlapGroup(status="candidate", created_by=actor.user, updated_by=actor.user)
            session.add(group)
            new += 1
        else:
            kept_ids.add(group.id)
            group.members.clear()
            session.flush()
        group.score = float(result.score)
        group.title = result.title[:300]
        group.reasons = list(result.reasons)
        group.members.extend(
            OverlapMember(
                line_id=m.line_id,
                score=float(m.score),
                reasons=list(m.reasons),
                origin="detected",
                changed_by=actor.user,
            )
            for m in result.members
        )
    removed = []
    for group in candidates.values():
        if group.id not in kept_ids and group not in session.new:
            removed.append(group.id)
            session.delete(group)
    session.flush()
    audit.record(
        session,
        actor,
        entity_type="overlap_group",
        entity_id=None,
        action="detect",
        changes={
            "candidates": len(stored),
            "new": new,
            "removed": removed,
            "left_out": len(results) - len(stored),
        },
    )
    fixed_count = sum(1 for g in existing if _is_fixed(g))
    return new, fixed_count + len(kept_ids)


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


# The decisions and edits live in ``overlap_edits`` (which imports the reading side above);
# they are names of this module too, as they always were.
from kommunesamarbeid.services import overlap_edits  # noqa: E402
from kommunesamarbeid.services.overlap_edits import *  # noqa: E402, F403

__all__ = [
    "STATUS_LABELS",
    "DetectReport",
    "DetectionAborted",
    "GroupInfo",
    "MemberInfo",
    "detect",
    "get_group",
    "list_groups",
    "vocabulary",
    *overlap_edits.__all__,
]
