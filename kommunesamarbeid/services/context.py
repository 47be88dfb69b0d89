"""Who is acting: recorded on every change (audit, created_by/updated_by)."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

USER_ENV = "KOMMUNESAMARBEID_USER"


@dataclass(frozen=True, slots=True)
class Actor:
    """The person making a change, and (when known) the municipality they act for."""

    user: str
    municipality_id: int | None = None


def current_actor() -> Actor:
    """The actor from ``$KOMMUNESAMARBEID_USER`` or the operating-system login name."""
    name = os.environ.get(USER_ENV)
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name on some service accounts
            name = "ukjent"
    return Actor(user=name)
