"""overlap detection: each line's analysis kept between runs

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-12 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "overlap_line_analysis",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("engine", sa.String(length=16), nullable=False),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_overlap_line_analysis")),
    )
    op.create_index(
        op.f("ix_overlap_line_analysis_engine"),
        "overlap_line_analysis",
        ["engine"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_overlap_line_analysis_engine"), table_name="overlap_line_analysis")
    op.drop_table("overlap_line_analysis")
