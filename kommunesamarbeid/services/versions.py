"""No lost updates: every editable row carries a version, and a save says which one it read.

The rule, the same for every editable thing (municipality, line, overlap group and its
decision, proposal, participant and fullmakt, lot, milestone; a plan's version is its latest
import): a save locks the row it changes (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite lets one
writer in at a time), compares the version with the one the user read, and writes in the same
transaction (the ORM's ``UPDATE … WHERE id = :id AND version = :seen`` raises it). When someone
else saved first, nothing is written and the user is told who changed what and when
(``ConflictError``): the row's ``updated_by``/``updated_at`` (written by the database from the
login on a shared server) and the latest audit entry for it.

The command line reads the version when a command starts (or takes ``--version N``); the GUI
passes the version it showed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.edit_fields import LINE_FIELDS, PARTICIPANT_FIELDS, PROPOSAL_FIELDS
from kommunesamarbeid.core.errors import ConflictError
from kommunesamarbeid.db.models import AuditEntry, utcnow
from kommunesamarbeid.services.context import Actor

__all__ = [
    "changed",
    "describe_entry",
    "last_change",
    "local_time",
    "locked",
    "refuse_stale",
    "stale",
    "stamp",
]


class Versioned(Protocol):
    version: int
    updated_by: str
    updated_at: dt.datetime


V = TypeVar("V")

#: Field names in the audit log -> the words people know them by.
FIELD_WORDS: dict[str, str] = {
    **{f.stored_as: f.label.split(" (")[0].lower() for f in PROPOSAL_FIELDS.values()},
    **{f.stored_as: f.label.lower() for f in PARTICIPANT_FIELDS.values()},
    **{f.stored_as: f.label.split(" (")[0].lower() for f in LINE_FIELDS.values()},
    "kommunenummer": "kommunenummer",
    "organisasjonsnummer": "organisasjonsnummer",
    "county": "fylke",
    "maalform": "målform",
    "value_basis": "verdigrunnlag",
    "status": "status",
    "title": "tittel",
    "number": "nummer",
    "description": "beskrivelse",
    "basis": "grunnlag",
    "due_date": "dato",
    "done": "utført",
    "kind": "type",
}

#: What an audit action did, in words ({…} from its changes).
ACTION_WORDS: dict[str, str] = {
    "confirm": "bekreftet",
    "reject": "avvist",
    "reopen": "satt tilbake til kandidat",
    "remove_line": "linje {line_id} tatt ut",
    "add_line": "linje {line_id} lagt til",
    "merge": "slått sammen",
    "split": "delt opp",
    "rename": "ny tittel",
    "lots": "delkontraktene",
    "milestones": "tidsplanen",
    "reimport": "ny import av planen",
    "withdraw": "trukket tilbake fra planen",
    "accept_line_changes": "endringer i planene godtatt",
    "remove_participant": "en deltaker tatt ut",
    "create": "opprettet",
    "import": "ny import av planen",
}


def local_time(at: dt.datetime | None) -> str:
    """A stored UTC time as people read it: «12.12.2026 kl. 10:04» (local time)."""
    if at is None:
        return ""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y kl. %H:%M")


def stamp(row: Any, actor: Actor) -> None:
    """Mark a row changed by the actor now (a secured server writes the same from the login)."""
    row.updated_by = actor.user
    row.updated_at = utcnow()


def locked(session: Session, model: type[V], key: object) -> V | None:
    """The row read fresh and locked until the transaction ends (PostgreSQL), or None.

    The lock is taken first with a plain ``SELECT … FOR UPDATE`` of the key, then the row is
    read again: an object this session already holds gets the values another user saved in
    the meantime (and its version), which the caller compares with what the user read.
    Check the user's right to change the row first: on a secured server row-level security
    hides a row the login may not change from ``FOR UPDATE`` (None here, not a refusal).
    """
    (pk,) = inspect(model).primary_key
    if session.execute(select(pk).where(pk == key).with_for_update()).first() is None:
        return None
    return session.get(model, key, populate_existing=True)


def last_change(
    session: Session,
    entity_type: str,
    entity_id: int | None,
    *,
    actions: Iterable[str] | None = None,
    municipality_id: int | None = None,
) -> AuditEntry | None:
    """The newest audit entry for a thing (optionally only these actions / this municipality)."""
    stmt = select(AuditEntry).where(
        AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id
    )
    if actions is not None:
        stmt = stmt.where(AuditEntry.action.in_(list(actions)))
    if municipality_id is not None:
        stmt = stmt.where(AuditEntry.municipality_id == municipality_id)
    return session.scalar(stmt.order_by(AuditEntry.id.desc()).limit(1))


def describe_entry(entry: AuditEntry | None) -> str:
    """What an audit entry changed, in words: «tittel, status» / «linje 5 tatt ut»."""
    if entry is None:
        return ""
    changes = entry.changes if isinstance(entry.changes, Mapping) else {}
    words = ACTION_WORDS.get(entry.action)
    if words is not None:
        try:
            return words.format(**changes)
        except (KeyError, IndexError):
            return words.split(" {")[0]
    fields = [
        FIELD_WORDS.get(str(name), str(name))
        for name, value in changes.items()
        if isinstance(value, list) and len(value) == 2  # [old, new]: a changed field
    ]
    return ", ".join(dict.fromkeys(fields))


def stale(
    thing: str,
    *,
    by: str | None,
    at: dt.datetime | None,
    seen: int | None = None,
    now: int | None = None,
    what: str = "",
    hint: str | None = None,
) -> ConflictError:
    """«{thing} ble endret av «kari» 12.12.2026 kl. 10:04 (tittel, status) etter at du leste
    versjon 3 (nå versjon 4). Ingenting er endret.»"""
    who = f"«{by}»" if by else "en annen bruker"
    when = f" {local_time(at)}" if at else ""
    detail = f" ({what})" if what else ""
    read = ""
    if seen is not None:
        read = f" etter at du leste versjon {seen}" + (
            f" (nå versjon {now})" if now is not None else ""
        )
    kwargs = {"hint": hint} if hint is not None else {}
    return ConflictError(
        f"{thing} ble endret av {who}{when}{detail}{read}. Ingenting er endret.",
        changed_by=by or None,
        changed_at=at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds") if at else None,
        **kwargs,
    )


def changed(row: Versioned, seen: int | None) -> bool:
    """Whether the row is at another version than the one the user read (None: not checked)."""
    return seen is not None and row.version != seen


def refuse_stale(
    session: Session,
    thing: str,
    row: Versioned,
    seen: int | None,
    *,
    entity: tuple[str, int | None] | None = None,
    actions: Iterable[str] | None = None,
    municipality_id: int | None = None,
) -> None:
    """Refuse (``ConflictError``) when the row moved on from the version the user read.

    ``entity`` (audit entity type and id) says where the audit log tells what was changed.
    """
    if not changed(row, seen):
        return
    entry = (
        last_change(session, *entity, actions=actions, municipality_id=municipality_id)
        if entity is not None
        else None
    )
    raise stale(
        thing,
        by=row.updated_by,
        at=row.updated_at,
        seen=seen,
        now=row.version,
        what=describe_entry(entry),
    )
