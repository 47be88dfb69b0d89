"""proposal decision-document texts (goals, procedure, criteria, governance, costs, contract
management, political anchoring)

Revision ID: 0011
Revises: 0014
Create Date: 2026-12-06 00:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The new text columns of joint_proposal, in the order the document prints them.
COLUMNS = (
    "goals_text",
    "procedure_text",
    "criteria_text",
    "governance_text",
    "cost_sharing_text",
    "contract_management_text",
    "anchoring_text",
)


def upgrade() -> None:
    with op.batch_alter_table("joint_proposal") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("joint_proposal") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
