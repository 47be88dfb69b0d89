"""Writing the audit log: who changed what, when."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kommunesamarbeid.db.models import AuditEntry
from kommunesamarbeid.services.context import Actor


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def record(
    session: Session,
    actor: Actor,
    *,
    entity_type: str,
    entity_id: int | None,
    action: str,
    municipality_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """Add one audit entry to the session (committed with the change it describes)."""
    session.add(
        AuditEntry(
            user=actor.user,
            municipality_id=municipality_id,
            entity_type=entity_type,
            entity_id=entity_id,
            action=action,
            changes=_jsonable(changes or {}),
        )
    )
