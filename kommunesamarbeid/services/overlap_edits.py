"""The coordinator's decisions on overlap groups and edits of their lines, with no lost update.

Every change to groups runs in one transaction that (1) takes the groups' advisory lock, so the
invariants that span groups hold under concurrency — every group has lines of at least two
municipalities, a line is in at most one open (not rejected) group; (2) locks and reads the
groups it changes afresh; (3) compares each group's version with the one the user saw
(``seen``: group id -> version; the command line reads it when the command starts, the GUI
passes what it shows). A group that changed since is refused with who changed what and when
(``ConflictError``); nothing is written.

Re-exported by ``services.overlap``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import ConflictError, NotFoundError
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.locks import LockSpace, advisory_lock
from kommunesamarbeid.db.models import AuditEntry, OverlapGroup, OverlapMember, PlannedPurchase
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor, require_coordinator
from kommunesamarbeid.services.overlap import (
    STATUS_LABELS,
    GroupInfo,
    _refresh,
    get_group,
)
from kommunesamarbeid.services.versions import (
    describe_entry,
    last_change,
    local_time,
    locked,
    stale,
    stamp,
)

__all__ = [
    "add_line",
    "add_lines",
    "group_versions",
    "merge_groups",
    "remove_line",
    "remove_lines",
    "rename_group",
    "set_status",
    "set_statuses",
    "split_group",
]

#: group id -> the version the user saw (None: not checked).
Seen = Mapping[int, int | None]


# ---------------------------------------------------------------------------- versions


def group_versions(db: Database, group_ids: Iterable[int]) -> dict[int, int]:
    """The groups' versions now (what a command reads when it starts); refuses a missing one
    (``NotFoundError``, or ``ConflictError`` when someone merged it away or detection replaced
    it)."""
    ids = list(dict.fromkeys(group_ids))
    with db.sessions() as session:
        found = dict(
            session.execute(
                select(OverlapGroup.id, OverlapGroup.version).where(OverlapGroup.id.in_(ids))
            ).all()
        )
        for gid in ids:
            if gid not in found:
                error = _gone(session, gid)
                if isinstance(error, RefusedInputError):
                    raise NotFoundError(error.message)
                raise error
    return {gid: int(found[gid]) for gid in ids}


def _gone(session: Session, group_id: int) -> ConflictError | RefusedInputError:
    """Why a group is not there: merged into another or replaced by a new detection run (a
    conflict: someone changed it), else simply not found."""
    merged = last_change(session, "overlap_group", group_id, actions=("merged_into",))
    if merged is not None:
        into = (merged.changes or {}).get("into")
        return ConflictError(
            f"Overlapp nr. {group_id} finnes ikke lenger: «{merged.user}» slo det sammen med "
            f"nr. {into} {local_time(merged.at)}. Ingenting er endret.",
            changed_by=merged.user,
            changed_at=merged.at.isoformat(timespec="seconds"),
        )
    for entry in session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_type == "overlap_group", AuditEntry.action == "detect")
        .order_by(AuditEntry.id.desc())
        .limit(20)
    ):
        if group_id in ((entry.changes or {}).get("removed") or []):
            return ConflictError(
                f"Overlapp nr. {group_id} finnes ikke lenger: det var en kandidat som ble "
                f"erstattet da «{entry.user}» fant overlapp på nytt {local_time(entry.at)}. "
                "Ingenting er endret.",
                changed_by=entry.user,
                changed_at=entry.at.isoformat(timespec="seconds"),
            )
    return RefusedInputError(f"Fant ikke overlapp nr. {group_id}.")


def _start_edit(
    session: Session, actor: Actor, group_ids: Iterable[int], seen: Seen | None
) -> list[OverlapGroup]:
    """The start of every change to groups: the right to make it, the lock, the fresh rows,
    and the versions the user saw."""
    require_coordinator(actor, "endre overlapp")
    advisory_lock(session, LockSpace.OVERLAP_GROUPS)
    groups = []
    for gid in group_ids:
        g = locked(session, OverlapGroup, gid)
        if g is None:
            raise _gone(session, gid)
        expected = (seen or {}).get(gid)
        if expected is not None and g.version != expected:
            raise _changed_meanwhile(session, g, expected)
        groups.append(g)
    return groups


def _changed_meanwhile(session: Session, g: OverlapGroup, seen: int | None) -> ConflictError:
    entry = last_change(session, "overlap_group", g.id)
    what = describe_entry(entry)
    status = f"status nå: {STATUS_LABELS.get(g.status, g.status)}"
    return stale(
        f"Overlapp nr. {g.id}",
        by=g.updated_by or g.decided_by,
        at=g.updated_at or g.decided_at,
        seen=seen,
        now=g.version,
        what=f"{what}; {status}" if what else status,
    )


def _decide(session: Session, actor: Actor, g: OverlapGroup, action: str, **changes: Any) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    g.decided_at = now
    g.decided_by = actor.user
    g.decided_by_municipality_id = actor.municipality_id
    stamp(g, actor)
    audit.record(
        session, actor, entity_type="overlap_group", entity_id=g.id, action=action, changes=changes
    )


def _active_line_ids(g: OverlapGroup) -> set[int]:
    return {m.line_id for m in g.members if m.origin != "removed"}


def _municipalities(session: Session, line_ids: set[int]) -> set[int]:
    if not line_ids:
        return set()
    return {
        mid
        for (mid,) in session.execute(
            select(PlannedPurchase.municipality_id).where(PlannedPurchase.id.in_(line_ids))
        )
    }


def _check_municipalities(session: Session, line_ids: set[int]) -> None:
    if len(_municipalities(session, line_ids)) < 2:
        raise RefusedInputError("Et overlapp må ha linjer fra minst to kommuner.")


# ---------------------------------------------------------------------------- decisions


def set_statuses(
    db: Database,
    actor: Actor,
    seen: Seen,
    status: str,
    *,
    expected_status: str | None = None,
) -> list[GroupInfo]:
    """Confirm, reject, or put groups back to candidate: all of them in one transaction, or
    (one changed since the user saw it: its version, or the status it had) none."""
    if status not in STATUS_LABELS:
        raise RefusedInputError(f"Ukjent status «{status}».")
    require_coordinator(actor, "ta beslutninger om overlapp")
    with db.session() as session:
        for g in _start_edit(session, actor, seen, seen):
            if expected_status is not None and g.status != expected_status:
                raise _changed_meanwhile(session, g, seen.get(g.id))
            if g.status == status:
                continue
            if status == "confirmed":
                _check_municipalities(session, _active_line_ids(g))
            old = g.status
            g.status = status
            _decide(
                session,
                actor,
                g,
                {"confirmed": "confirm", "rejected": "reject"}.get(status, "reopen"),
                status=[old, status],
            )
    return [get_group(db, gid) for gid in seen]


def set_status(
    db: Database,
    actor: Actor,
    group_id: int,
    status: str,
    *,
    expected_version: int | None = None,
    expected_status: str | None = None,
) -> GroupInfo:
    """Confirm, reject, or put a group back to candidate (``expected_version``: the version the
    user saw, ``expected_status`` the status; of a confirm and a reject at once, exactly one
    wins)."""
    (group,) = set_statuses(
        db, actor, {group_id: expected_version}, status, expected_status=expected_status
    )
    return group


def rename_group(
    db: Database, actor: Actor, group_id: int, title: str, *, expected_version: int | None = None
) -> GroupInfo:
    """Give a group the user's own title (kept when the group changes); an empty title gives
    the group back its described title."""
    title = " ".join(title.split())
    if len(title) > 300:
        raise RefusedInputError("Tittelen er for lang: bruk høyst 300 tegn.")
    with db.session() as session:
        (g,) = _start_edit(session, actor, [group_id], _seen(group_id, expected_version))
        old = g.title
        g.title_by_user = bool(title)
        if title:
            g.title = title
        else:
            _refresh(db, session, g)
        _decide(session, actor, g, "rename", title=[old, g.title])
    return get_group(db, group_id)


# ---------------------------------------------------------------------------- lines


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


def remove_lines(
    db: Database,
    actor: Actor,
    group_id: int,
    line_ids: Iterable[int],
    *,
    expected_version: int | None = None,
) -> GroupInfo:
    """Take lines out of a group (one transaction); they are remembered as removed and never
    re-added there. The group must keep lines of two municipalities."""
    ids = list(dict.fromkeys(line_ids))
    with db.session() as session:
        (g,) = _start_edit(session, actor, [group_id], _seen(group_id, expected_version))
        members = {m.line_id: m for m in g.members if m.origin != "removed"}
        for line_id in ids:
            if line_id not in members:
                raise RefusedInputError(f"Linje {line_id} er ikke med i overlapp nr. {group_id}.")
        if len(_municipalities(session, _active_line_ids(g) - set(ids))) < 2:
            raise RefusedInputError(
                "Da ville overlappet bare ha linjer fra én kommune. Avvis overlappet i stedet."
            )
        for line_id in ids:
            members[line_id].origin = "removed"
            members[line_id].changed_by = actor.user
        _edited(db, session, actor, g, "remove_line", ids)
    return get_group(db, group_id)


def _edited(
    db: Database, session: Session, actor: Actor, g: OverlapGroup, action: str, ids: list[int]
) -> None:
    """A user changed the group's lines: kept as it is by detection, described anew, logged."""
    g.edited = True
    _refresh(db, session, g)
    for line_id in ids:
        _decide(session, actor, g, action, line_id=line_id)


def remove_line(
    db: Database, actor: Actor, group_id: int, line_id: int, *, expected_version: int | None = None
) -> GroupInfo:
    """Take a line out of a group; it is remembered as removed and never re-added there."""
    return remove_lines(db, actor, group_id, [line_id], expected_version=expected_version)


def add_lines(
    db: Database,
    actor: Actor,
    group_id: int,
    line_ids: Iterable[int],
    *,
    expected_version: int | None = None,
) -> GroupInfo:
    """Add active lines to a group (one transaction); each may be in no other open group."""
    ids = list(dict.fromkeys(line_ids))
    with db.session() as session:
        (g,) = _start_edit(session, actor, [group_id], _seen(group_id, expected_version))
        for line_id in ids:
            _add_one(session, actor, g, line_id)
        _edited(db, session, actor, g, "add_line", ids)
    return get_group(db, group_id)


def add_line(
    db: Database, actor: Actor, group_id: int, line_id: int, *, expected_version: int | None = None
) -> GroupInfo:
    """Add an active line to a group (it may be in no other open group)."""
    return add_lines(db, actor, group_id, [line_id], expected_version=expected_version)


def _add_one(session: Session, actor: Actor, g: OverlapGroup, line_id: int) -> None:
    line = session.get(PlannedPurchase, line_id)
    if line is None or line.status != "active":
        raise RefusedInputError(f"Fant ingen aktiv planlagt anskaffelse med id {line_id}.")
    other = _group_of_line(session, line_id, exclude=g.id)
    if other is not None:
        raise RefusedInputError(
            f"Linje {line_id} er allerede med i overlapp nr. {other.id}; ta den ut der først."
        )
    member = next((m for m in g.members if m.line_id == line_id), None)
    if member is not None and member.origin != "removed":
        raise RefusedInputError(f"Linje {line_id} er allerede med i overlapp nr. {g.id}.")
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


def _seen(group_id: int, expected_version: int | None) -> Seen | None:
    return {group_id: expected_version} if expected_version is not None else None


# ---------------------------------------------------------------------------- merge and split


def _copy_member(m: OverlapMember, actor: Actor) -> OverlapMember:
    """The same line with its score and reasons, for another group (merge, split)."""
    return OverlapMember(
        line_id=m.line_id,
        score=m.score,
        reasons=list(m.reasons),
        origin=m.origin,
        changed_by=actor.user,
    )


def merge_groups(
    db: Database, actor: Actor, group_ids: list[int], *, seen: Seen | None = None
) -> GroupInfo:
    """Merge groups into the first one; the others are removed (the audit log keeps them)."""
    ids = list(dict.fromkeys(group_ids))
    if len(ids) < 2:
        raise RefusedInputError("Velg minst to overlapp å slå sammen.")
    with db.session() as session:
        target, *others = _start_edit(session, actor, ids, seen)
        present = _active_line_ids(target)
        for other in others:
            for m in other.members:
                if m.origin != "removed" and m.line_id not in present:
                    target.members.append(_copy_member(m, actor))
                    present.add(m.line_id)
            audit.record(
                session,
                actor,
                entity_type="overlap_group",
                entity_id=other.id,
                action="merged_into",
                changes={"into": target.id},
            )
            session.delete(other)
        target.edited = True
        _refresh(db, session, target)
        _decide(session, actor, target, "merge", merged=ids[1:])
    return get_group(db, ids[0])


def split_group(
    db: Database,
    actor: Actor,
    group_id: int,
    line_ids: list[int],
    *,
    expected_version: int | None = None,
) -> GroupInfo:
    """Move some lines of a group into a new group; both must keep two municipalities."""
    with db.session() as session:
        (g,) = _start_edit(session, actor, [group_id], _seen(group_id, expected_version))
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
            updated_by=actor.user,
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
