"""app_user: logins of a shared server, their municipality and role

Revision ID: 0012
Revises: 0002
Create Date: 2026-12-05 23:00:00

The roles, grants, row-level security policies and triggers that use this table are made by
``kommunesamarbeid server init`` (``db/security.py``), run by the database owner after every
upgrade; they are not part of the migration because new tables must be classified first. The
downgrade removes them on PostgreSQL (their functions read this table).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The functions ``server init`` creates; dropping them (CASCADE) drops the policies and
#: triggers that use them.
SECURITY_FUNCTIONS = (
    "ks_login_municipality()",
    "ks_login_is_member()",
    "ks_login_is_coordinator()",
    "ks_stamp_login()",
    "ks_stamp_decision()",
)


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint("role IN ('officer', 'coordinator')", name=op.f("ck_app_user_role")),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_app_user_municipality_id_municipality"),
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_app_user")),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_app_user_municipality_id"), ["municipality_id"], unique=False
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for function in SECURITY_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function} CASCADE")
        tables = bind.execute(
            sa.text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity"
            )
        ).scalars()
        for table in list(tables):
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_municipality_id"))
    op.drop_table("app_user")
