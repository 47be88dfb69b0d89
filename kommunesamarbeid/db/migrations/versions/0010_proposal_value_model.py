"""proposal value model: contract kind, framework maximum, plan snapshot of proposal lines

Revision ID: 0010
Revises: 0012
Create Date: 2026-12-06 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("joint_proposal") as batch:
        batch.add_column(sa.Column("contract_kind", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("maximum_value_nok", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("proposal_line") as batch:
        batch.add_column(sa.Column("plan_snapshot", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("proposal_line") as batch:
        batch.drop_column("plan_snapshot")
    with op.batch_alter_table("joint_proposal") as batch:
        batch.drop_column("maximum_value_nok")
        batch.drop_column("contract_kind")
