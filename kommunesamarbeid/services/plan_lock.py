"""Who may import a municipality's plan, and one import of a plan at a time.

Two imports of the same municipality's plan never both write: each takes the plan's lock
(``LockSpace.PLAN_IMPORT``) before it compares and writes, and an import that finds that
another one landed after it started is refused with who imported what and when.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import ConflictError
from kommunesamarbeid.db.locks import LockSpace, advisory_lock
from kommunesamarbeid.db.models import ImportBatch, Municipality
from kommunesamarbeid.services.context import Actor, require_coordinator, require_municipality
from kommunesamarbeid.services.municipalities import ensure_municipality, find_municipality


def check_may_import(actor: Actor, found: Municipality | None, name: str) -> None:
    if found is None:
        require_coordinator(actor, f"legge til kommunen «{name}»")
    else:
        require_municipality(actor, found.id, found.name, "importere anskaffelsesplanen til")


def latest_batch(session: Session, municipality_id: int) -> int | None:
    return session.scalar(
        select(func.max(ImportBatch.id)).where(ImportBatch.municipality_id == municipality_id)
    )


def lock_plan(
    session: Session, actor: Actor, name: str, seen_batch: int | None, *, check: bool
) -> Municipality:
    """The municipality, with its plan locked for this import (one import at a time).

    Refuses (``ConflictError``) when another import of the same plan landed after this one
    started: two imports at once never both write (no duplicate lines, nothing undone unseen).
    """
    found = find_municipality(session, name)
    if found is None:
        advisory_lock(session, LockSpace.MUNICIPALITY_CREATE)
    m, _created = ensure_municipality(session, actor, name)
    advisory_lock(session, LockSpace.PLAN_IMPORT, m.id)
    latest = latest_batch(session, m.id)
    if check and latest != seen_batch and latest is not None:
        other = session.get(ImportBatch, latest)
        assert other is not None
        when = other.imported_at.replace(tzinfo=dt.UTC).astimezone()
        raise ConflictError(
            f"Anskaffelsesplanen til {m.name} ble importert av «{other.imported_by}» "
            f"{when:%d.%m.%Y kl. %H:%M} (filen «{other.file_name}») mens denne importen "
            "pågikk. Ingenting er endret.",
            changed_by=other.imported_by,
            changed_at=other.imported_at.isoformat(),
            hint="Se over kommunens linjer, og importer filen din på nytt om den fortsatt "
            "skal gjelde.",
        )
    return m
