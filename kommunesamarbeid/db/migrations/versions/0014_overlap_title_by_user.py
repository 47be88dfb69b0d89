"""overlap group title set by a user

Revision ID: 0014
Revises: 0015
Create Date: 2026-12-05 23:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("overlap_group") as batch:
        batch.add_column(
            sa.Column("title_by_user", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("overlap_group") as batch:
        batch.drop_column("title_by_user")
