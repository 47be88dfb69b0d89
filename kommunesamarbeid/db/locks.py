"""Transaction-level advisory locks: one writer at a time where a check spans many rows.

PostgreSQL only (SQLite lets one writer in at a time anyway). Each lock lives until the
transaction ends, so a crash or a Ctrl-C can never leave one behind.
"""

from __future__ import annotations

import enum

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


class LockSpace(enum.IntEnum):
    """The first key of ``pg_advisory_xact_lock(int, int)``: what is being serialised."""

    #: Every change to overlap groups (members, decisions, detection's store step): the
    #: invariants "two municipalities per group" and "a line in one open group" span groups.
    OVERLAP_GROUPS = 7101
    #: Importing one municipality's plan (second key: the municipality id).
    PLAN_IMPORT = 7102
    #: Creating a municipality by name (second key 0): two first imports of a new name.
    MUNICIPALITY_CREATE = 7103
    #: Loading Enhetsregisteret (second key 0): a load replaces the register as a whole, so
    #: two at once run one after the other (the last one's data stands, complete).
    SUPPLIER_REGISTER = 7104


def advisory_lock(session: Session | Connection, space: LockSpace, key: int = 0) -> None:
    """Wait for and hold the lock (space, key) until the transaction ends."""
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": int(space), "key": key}
    )
