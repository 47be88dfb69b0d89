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

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core import json_text
from kommunesamarbeid.core.overlap.model import (
    DetectionCancelled,
    DetectionSettings,
    MatchLine,
)
from kommunesamarbeid.core.periods import Period
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    JointProposal,
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
)
from kommunesamarbeid.paths import resource_path
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


def _json_list(text: str | None) -> list[Any]:
    """A stored JSON list (None: an empty one)."""
    return list(json_text.loads(text) or []) if text else []


def _group_infos(session: Session) -> list[GroupInfo]:
    """Every stored group as ``_group_info`` describes it, read as plain rows (national scale:
    tens of thousands of members; the same fields as ``_group_info``, which a test checks).

    Core statements on the session's connection (no ORM row handling), each member made as
    its row is read (not all rows first: a national-scale listing was the run's highest
    memory), the reasons read as text (``_json_list``)."""
    names = _names(session)
    refs = _proposal_refs(session)
    connection = session.connection()
    m, p = OverlapMember, PlannedPurchase
    rows = connection.execute(
        select(
            m.group_id,
            m.line_id,
            p.municipality_id,
            p.description,
            m.score,
            cast(m.reasons, Text),
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
    )
    members: dict[int, list[MemberInfo]] = {}
    for row in rows:
        members.setdefault(row[0], []).append(
            MemberInfo(
                line_id=row[1],
                municipality=names.get(row[2], ""),
                description=row[3],
                score=row[4],
                reasons=_json_list(row[5]),
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
    groups = connection.execute(
        select(
            g.id,
            g.status,
            g.score,
            g.title,
            cast(g.reasons, Text),
            g.edited,
            g.decided_by,
            g.decided_at,
            g.title_by_user,
            g.version,
        ).order_by(g.id)
    )
    return [
        GroupInfo(
            gid,
            status,
            score,
            title or "",
            _json_list(reasons),
            members.get(gid, []),
            edited,
            decided_by=decided_by,
            decided_at=decided_at,
            proposals=refs.get(gid, ()),
            title_by_user=title_by_user,
            version=version,
        )
        for (
            gid,
            status,
            score,
            title,
            reasons,
            edited,
            decided_by,
            decided_at,
            title_by_user,
            version,
        ) in groups
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
    from kommunesamarbeid.core.overlap.detect import fewer_collections

    require_coordinator(actor, "finne overlapp")
    with fewer_collections():  # reading, storing and listing make many objects, no cycles
        return _detect(db, actor, settings, progress)


def _detect(
    db: Database, actor: Actor, settings: DetectionSettings | None, progress: Progress | None
) -> DetectReport:
    from kommunesamarbeid.core.overlap.detect import detect_overlaps
    from kommunesamarbeid.services import overlap_cache, overlap_run

    with db.sessions() as session:
        lines = overlap_run.active_lines(session)
        fixed = overlap_run.fixed_groups(session)
    labels = catalogue_labels(db)
    model = overlap_cache.model(db, vocabulary(), labels)
    texts = overlap_cache.attach(db, model, lines)

    def engine_progress(done: int, total: int) -> bool:
        return progress is None or progress(done, max(total, 1), "Sammenligner linjer") is not False

    try:
        results = detect_overlaps(
            lines, labels, vocabulary(), settings, fixed_groups=fixed, progress=engine_progress
        )
    except DetectionCancelled as exc:
        model.discard_fresh()  # nothing is kept from a cancelled run
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
