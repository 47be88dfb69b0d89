"""supplier register (Enhetsregisteret) for the local-market counts

Revision ID: 0015
Revises: 0010
Create Date: 2026-12-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "supplier_count",
        sa.Column("municipality", sa.String(length=4), nullable=False),
        sa.Column("industry", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("with_staff", sa.Integer(), nullable=False),
        sa.Column("five_plus", sa.Integer(), nullable=False),
        sa.Column("sole_proprietors", sa.Integer(), nullable=False),
        sa.Column("parent_missing", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("municipality", "industry", name=op.f("pk_supplier_count")),
    )
    op.create_table(
        "supplier_parent",
        sa.Column("orgnr", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("legal_form", sa.String(length=10), nullable=False),
        sa.Column("bankrupt", sa.Boolean(), nullable=False),
        sa.Column("liquidating", sa.Boolean(), nullable=False),
        sa.Column("municipality", sa.String(length=4), nullable=True),
        sa.Column("maalform", sa.String(length=10), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("orgnr", name=op.f("pk_supplier_parent")),
    )
    op.create_table(
        "supplier_register_load",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_format", sa.String(length=20), nullable=False),
        sa.Column("data_date", sa.Date(), nullable=True),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("loaded_by", sa.String(length=120), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_stored", sa.Integer(), nullable=False),
        sa.Column("excluded", sa.JSON(), nullable=False),
        sa.Column("attribution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_register_load")),
        sa.UniqueConstraint("kind", name=op.f("uq_supplier_register_load_kind")),
    )
    op.create_table(
        "supplier_unit",
        sa.Column("orgnr", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("parent_orgnr", sa.Integer(), nullable=True),
        sa.Column("municipality", sa.String(length=4), nullable=False),
        sa.Column("industry1", sa.Integer(), nullable=True),
        sa.Column("industry2", sa.Integer(), nullable=True),
        sa.Column("industry3", sa.Integer(), nullable=True),
        sa.Column("has_staff", sa.Boolean(), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("orgnr", name=op.f("pk_supplier_unit")),
    )
    op.create_index(
        "ix_supplier_unit_municipality_industry",
        "supplier_unit",
        ["municipality", "industry1"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_supplier_unit_municipality_industry", table_name="supplier_unit")
    op.drop_table("supplier_unit")
    op.drop_table("supplier_register_load")
    op.drop_table("supplier_parent")
    op.drop_table("supplier_count")
