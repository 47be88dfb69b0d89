"""The detection path of overlap: reading what detection needs and storing what it found.

Written for national scale (100 000 lines): lines and decided groups are read as plain rows
(no ORM objects), and the candidates are stored with bulk statements. Decisions persist as
before: confirmed, rejected and edited groups are never touched; a candidate with the same
lines as a new one keeps its id (and its rows and version, unless its members, scores, reasons
or description changed; a title the user wrote stays); other candidates are replaced.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Final, Literal, cast

from sqlalchemy import Table, Text, any_, bindparam, case, delete, insert, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from kommunesamarbeid.core import json_text
from kommunesamarbeid.core.overlap.model import FixedGroup, GroupResult, MatchLine
from kommunesamarbeid.core.periods import Period
from kommunesamarbeid.db.locks import LockSpace, advisory_lock
from kommunesamarbeid.db.models import (
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
    utcnow,
)
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor

__all__ = ["active_lines", "among", "fixed_groups", "pg_insert", "store_candidates"]

#: Ids per IN list, rows per insert.
_CHUNK: Final = 1000
#: Rows per PostgreSQL bulk statement (one statement of column arrays: ``_pg_insert``).
_PG_CHUNK: Final = 20_000
_GROUP_COLUMNS: Final = (
    ("id", "int8"),
    ("status", "text"),
    ("score", "float8"),
    ("title", "text"),
    ("reasons", "json"),
    ("edited", "bool"),
    ("title_by_user", "bool"),
    ("created_at", "timestamp"),
    ("created_by", "text"),
    ("updated_at", "timestamp"),
    ("updated_by", "text"),
)
_MEMBER_COLUMNS: Final = (
    ("group_id", "int8"),
    ("line_id", "int8"),
    ("score", "float8"),
    ("reasons", "json"),
    ("origin", "text"),
    ("changed_by", "text"),
)


def among(
    session: Session, column: InstrumentedAttribute[Any], values: Sequence[Any]
) -> Iterator[ColumnElement[bool]]:
    """Conditions "``column`` is one of ``values``", one per query to run: on PostgreSQL a
    single one, the values as one array parameter (``= ANY``: one placeholder, where an IN list
    of a thousand costs the client and the server time to write and to parse each); elsewhere
    an IN list per ``_CHUNK`` values. Nothing for no values."""
    if not values:
        return
    if session.get_bind().dialect.name == "postgresql":
        kind = ARRAY(column.type)
        yield column == any_(sql_cast(bindparam(None, list(values), type_=kind), kind))
        return
    for start in range(0, len(values), _CHUNK):
        yield column.in_(values[start : start + _CHUNK])


def active_lines(session: Session) -> list[MatchLine]:
    """Every active planned purchase as detection sees it, in id order."""
    names = dict(session.execute(select(Municipality.id, Municipality.name)).all())
    p = PlannedPurchase
    # a Core statement on the session's connection: plain rows, no ORM row handling
    rows = session.connection().execute(
        select(
            p.id,
            p.municipality_id,
            p.description,
            p.details,
            p.cpv,
            p.period_start,
            p.period_end,
            p.annual_value_nok,
            p.total_value_nok,
        )
        .where(p.status == "active")
        .order_by(p.id)
    )
    # one object for each text, code and period the lines repeat (plans repeat their wording
    # and periods: a national-scale run keeps a hundred thousand lines through detection)
    texts: dict[str, str] = {}
    periods: dict[tuple[dt.date, dt.date], Period] = {}
    lines: list[MatchLine] = []
    for line_id, municipality_id, description, details, cpv, start, end, annual, total in rows:
        period = None
        if start and end:
            period = periods.get((start, end))
            if period is None:
                period = periods[(start, end)] = Period(start, end)
        lines.append(
            MatchLine(
                id=line_id,
                municipality_id=municipality_id,
                municipality=names.get(municipality_id, ""),
                description=texts.setdefault(description, description),
                details=texts.setdefault(details, details) if details else "",
                cpv=texts.setdefault(cpv, cpv) if cpv is not None else None,
                period=period,
                annual_value_nok=annual,
                total_value_nok=total,
            )
        )
    return lines


def _fixed_ids(session: Session) -> dict[int, Literal["confirmed", "rejected"]]:
    """Groups a user decided on or edited: id -> "confirmed" or "rejected" (as detection
    treats them: an edited candidate counts as confirmed)."""
    g = OverlapGroup
    rows = session.execute(
        select(g.id, g.status).where((g.status != "candidate") | g.edited.is_(True))
    )
    return {gid: "rejected" if status == "rejected" else "confirmed" for gid, status in rows}


def _members(session: Session, group_ids: Iterable[int], *, active: bool) -> dict[int, set[int]]:
    """group id -> its line ids (only the lines not removed by a user when ``active``)."""
    ids = list(group_ids)
    found: dict[int, set[int]] = {gid: set() for gid in ids}
    m = OverlapMember
    for condition in among(session, m.group_id, ids):
        query = select(m.group_id, m.line_id).where(condition)
        if active:
            query = query.where(m.origin != "removed")
        for gid, line_id in session.execute(query):
            found[gid].add(line_id)
    return found


def fixed_groups(session: Session) -> list[FixedGroup]:
    """The decided and edited groups, for detection to leave alone."""
    status = _fixed_ids(session)
    members = _members(session, status, active=True)
    return [
        FixedGroup(line_ids=frozenset(members[gid]), status=decided)
        for gid, decided in status.items()
    ]


def _taken_or_gone(session: Session, line_ids: set[int]) -> set[int]:
    """Those of ``line_ids`` that may no longer go into a new candidate: while detection ran,
    a coordinator may have confirmed or edited a group with the line (a line is in at most one
    open group), or an import withdrawn it."""
    ids = sorted(line_ids)
    fixed = [gid for gid, status in _fixed_ids(session).items() if status == "confirmed"]
    taken: set[int] = set()
    for lines in _members(session, fixed, active=True).values():
        taken |= lines
    active: set[int] = set()
    for condition in among(session, PlannedPurchase.id, ids):
        active.update(
            session.scalars(
                select(PlannedPurchase.id).where(condition, PlannedPurchase.status == "active")
            )
        )
    return (line_ids - active) | (line_ids & taken)


def store_candidates(
    session: Session, actor: Actor, found: Sequence[GroupResult]
) -> tuple[int, int]:
    """Replace the undecided candidates with ``found``; (new groups, groups kept).

    A result with a line that a coordinator put in a decided group, or an import withdrew,
    while detection ran is left out (the next run proposes around it)."""
    advisory_lock(session, LockSpace.OVERLAP_GROUPS)
    unusable = _taken_or_gone(session, {i for r in found for i in r.line_ids})
    results = [r for r in found if unusable.isdisjoint(r.line_ids)]
    g = OverlapGroup
    candidate_ids = list(
        session.scalars(select(g.id).where(g.status == "candidate", g.edited.is_(False)))
    )
    by_lines = {
        frozenset(lines): gid
        for gid, lines in _members(session, candidate_ids, active=False).items()
    }
    kept: dict[int, GroupResult] = {}
    fresh: list[GroupResult] = []
    for result in results:
        gid = by_lines.get(frozenset(result.line_ids))
        if gid is None or gid in kept:
            fresh.append(result)
        else:
            kept[gid] = result
    gone = [gid for gid in candidate_ids if gid not in kept]
    same_members, same_group = _unchanged(session, kept)
    rewritten = [gid for gid in kept if gid not in same_members]
    # only the kept candidates that changed get a new version: a colleague's open edit of
    # one that did not is no conflict
    changed = {
        gid: r for gid, r in kept.items() if gid not in same_members or gid not in same_group
    }
    for condition in among(session, OverlapMember.group_id, [*gone, *rewritten]):
        session.execute(delete(OverlapMember).where(condition))
    for condition in among(session, OverlapGroup.id, gone):
        session.execute(delete(OverlapGroup).where(condition))
    now = utcnow()
    postgres = session.get_bind().dialect.name == "postgresql"
    new_ids = _new_group_ids(session, len(fresh)) if postgres else []
    if postgres:
        _pg_update_groups(session, changed, actor.user)
        pg_insert(
            session,
            "overlap_group",
            _GROUP_COLUMNS,
            (
                (
                    gid,
                    "candidate",
                    float(r.score),
                    r.title[:300],
                    json.dumps(list(r.reasons)),
                    False,
                    False,
                    now,
                    actor.user,
                    now,
                    actor.user,
                )
                for gid, r in zip(new_ids, fresh, strict=True)
            ),
        )
    else:
        if changed:
            # a Core UPDATE (the ORM's bulk form would not raise the version)
            table = cast(Table, OverlapGroup.__table__)
            session.connection().execute(
                update(table)
                .where(table.c.id == bindparam("gid"))
                .values(
                    score=bindparam("new_score"),
                    title=case(
                        (table.c.title_by_user, table.c.title), else_=bindparam("new_title")
                    ),
                    reasons=bindparam("new_reasons"),
                    version=table.c.version + 1,
                    updated_at=now,
                    updated_by=actor.user,
                ),
                [
                    {
                        "gid": gid,
                        "new_score": float(r.score),
                        "new_title": r.title[:300],
                        "new_reasons": list(r.reasons),
                    }
                    for gid, r in changed.items()
                ],
            )
        for start in range(0, len(fresh), _CHUNK):
            rows = [
                {
                    "status": "candidate",
                    "score": float(r.score),
                    "title": r.title[:300],
                    "reasons": list(r.reasons),
                    "created_by": actor.user,
                    "updated_by": actor.user,
                }
                for r in fresh[start : start + _CHUNK]
            ]
            new_ids.extend(
                session.scalars(
                    insert(OverlapGroup).returning(OverlapGroup.id, sort_by_parameter_order=True),
                    rows,
                )
            )
    pairs = [*((gid, kept[gid]) for gid in rewritten), *zip(new_ids, fresh, strict=True)]
    if postgres:
        pg_insert(
            session,
            "overlap_member",
            _MEMBER_COLUMNS,
            (
                (
                    gid,
                    m.line_id,
                    float(m.score),
                    json.dumps(list(m.reasons)),
                    "detected",
                    actor.user,
                )
                for gid, r in pairs
                for m in r.members
            ),
        )
    else:
        members = [
            {
                "group_id": gid,
                "line_id": m.line_id,
                "score": float(m.score),
                "reasons": list(m.reasons),
                "origin": "detected",
                "changed_by": actor.user,
            }
            for gid, r in pairs
            for m in r.members
        ]
        for start in range(0, len(members), _CHUNK):
            session.execute(insert(OverlapMember), members[start : start + _CHUNK])
    audit.record(
        session,
        actor,
        entity_type="overlap_group",
        entity_id=None,
        action="detect",
        changes={
            "candidates": len(results),
            "new": len(fresh),
            "removed": gone,
            "left_out": len(found) - len(results),
        },
    )
    return len(fresh), len(_fixed_ids(session)) + len(kept)


def _unchanged(session: Session, kept: dict[int, GroupResult]) -> tuple[set[int], set[int]]:
    """Those of the kept candidates whose stored members are the new ones as they are (the
    same lines in the same order, scores and reasons, found by detection), and those whose
    stored score, title and reasons are the new ones (a title the user wrote is kept, so it
    counts as the same). Detection run again on the same plans would otherwise write every
    group and member again, and give every group a new version."""
    m = OverlapMember
    connection = session.connection()
    stored: dict[int, list[tuple[Any, ...]]] = {}
    for condition in among(session, m.group_id, list(kept)):
        rows = connection.execute(
            select(m.group_id, m.line_id, m.score, sql_cast(m.reasons, Text), m.origin)
            .where(condition)
            .order_by(m.group_id, m.id)
        )
        for gid, *row in rows:
            stored.setdefault(gid, []).append(row)
    same_members: set[int] = set()
    for gid, result in kept.items():
        rows = stored.get(gid, [])
        if len(rows) == len(result.members) and all(
            (line_id, score, origin) == (member.line_id, float(member.score), "detected")
            and _same_json(reasons, member.reasons)
            for (line_id, score, reasons, origin), member in zip(rows, result.members, strict=True)
        ):
            same_members.add(gid)
    del stored
    g = OverlapGroup
    same_group: set[int] = set()
    for condition in among(session, g.id, list(kept)):
        for gid, score, title, reasons, by_user in connection.execute(
            select(g.id, g.score, g.title, sql_cast(g.reasons, Text), g.title_by_user).where(
                condition
            )
        ):
            result = kept[gid]
            if (
                score == float(result.score)
                and (by_user or title == result.title[:300])
                and _same_json(reasons, result.reasons)
            ):
                same_group.add(gid)
    return same_members, same_group


def _same_json(stored: str | None, reasons: Sequence[str]) -> bool:
    """Whether stored JSON text holds ``reasons`` (read: JSON text of the same list may be
    written in more than one way)."""
    if stored is None:
        return not reasons
    return bool(json_text.loads(stored) == list(reasons))


def pg_insert(
    session: Session,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Iterable[tuple[Any, ...]],
    *,
    suffix: str = "",
) -> None:
    """Insert many rows on PostgreSQL as one statement per chunk: each column as an array,
    unnested (an ordinary INSERT: row-level security and the login triggers apply, unlike
    COPY; and it spares the client from writing and the server from parsing a VALUES list of
    tens of thousands of rows). ``rows`` is read a chunk at a time: given as a generator, only
    one chunk's rows are made at once (a national-scale run's members and their reasons as
    JSON were the run's highest memory when all were made first)."""
    names = ", ".join(name for name, _ in columns)
    # %b: the arrays go in binary form (long texts as they are, not escaped one by one)
    arrays = ", ".join(f"%b::{kind}[]" for _, kind in columns)
    statement = f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}) {suffix}"
    raw = session.connection().connection.driver_connection
    assert raw is not None
    given = iter(rows)
    with raw.cursor() as cursor:
        while chunk := list(islice(given, _PG_CHUNK)):
            cursor.execute(statement, tuple(list(column) for column in zip(*chunk, strict=True)))
            del chunk


def _new_group_ids(session: Session, count: int) -> list[int]:
    """``count`` ids from the group table's own sequence (PostgreSQL)."""
    if not count:
        return []
    result = session.connection().exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence('overlap_group', 'id')) FROM generate_series(1, %s)",
        (count,),
    )
    return [int(gid) for (gid,) in result]


def _pg_update_groups(session: Session, kept: dict[int, GroupResult], user: str) -> None:
    """New score, title (unless a user wrote it) and reasons of the kept candidates that
    changed, one statement per chunk (a new version: a user who read the candidate before
    sees that it changed)."""
    items = list(kept.items())
    connection = session.connection()
    for start in range(0, len(items), _PG_CHUNK):
        chunk = items[start : start + _PG_CHUNK]
        connection.exec_driver_sql(
            "UPDATE overlap_group AS g SET score = v.score, "
            "title = CASE WHEN g.title_by_user THEN g.title ELSE v.title END, reasons = v.reasons, "
            "version = g.version + 1, updated_at = %s, updated_by = %s "
            "FROM unnest(%b::int8[], %b::float8[], %b::text[], %b::json[]) "
            "AS v(id, score, title, reasons) WHERE g.id = v.id",
            (
                utcnow(),
                user,
                [gid for gid, _ in chunk],
                [float(r.score) for _, r in chunk],
                [r.title[:300] for _, r in chunk],
                [json.dumps(list(r.reasons)) for _, r in chunk],
            ),
        )
