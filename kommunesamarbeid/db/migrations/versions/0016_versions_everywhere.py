"""a version on every editable row (no lost updates), and who changed it last

Revision ID: 0016
Revises: 0011
Create Date: 2026-12-12 10:00:00

Municipalities, overlap groups, participants, lots and milestones get the optimistic lock the
lines and proposals already had (``version``, 1 for the rows that are there); the groups,
participants, lots and milestones also get ``updated_at``/``updated_by`` (on a secured server
the database writes them from the login), so the loser of a race is told who changed what and
when. Existing rows take them from what is known: a group from its last decision (or its
creation), the others from their proposal.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables that get ``updated_at``/``updated_by`` besides the version.
STAMPED = ("overlap_group", "proposal_participant", "lot", "milestone")


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))


def upgrade() -> None:
    with op.batch_alter_table("municipality") as batch:
        batch.add_column(_version())
    for table in STAMPED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
            batch.add_column(
                sa.Column("updated_by", sa.String(120), nullable=False, server_default="")
            )
            batch.add_column(_version())
    op.execute(
        "UPDATE overlap_group SET updated_at = COALESCE(decided_at, created_at), "
        "updated_by = COALESCE(decided_by, created_by, '')"
    )
    op.execute(
        "UPDATE proposal_participant SET "
        "updated_at = (SELECT updated_at FROM joint_proposal p WHERE p.id = proposal_id), "
        "updated_by = (SELECT updated_by FROM joint_proposal p WHERE p.id = proposal_id)"
    )
    for table in ("lot", "milestone"):
        op.execute(
            f"UPDATE {table} SET "
            "updated_at = (SELECT updated_at FROM joint_proposal p WHERE p.id = proposal_id), "
            "updated_by = (SELECT updated_by FROM joint_proposal p WHERE p.id = proposal_id)"
        )
    # A row whose source had no time (should not happen) gets the migration's own.
    for table in STAMPED:
        op.execute(f"UPDATE {table} SET updated_at = CURRENT_TIMESTAMP WHERE updated_at IS NULL")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("updated_at", existing_type=sa.DateTime(), nullable=False)


def downgrade() -> None:
    for table in reversed(STAMPED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
            batch.drop_column("updated_by")
            batch.drop_column("updated_at")
    with op.batch_alter_table("municipality") as batch:
        batch.drop_column("version")
