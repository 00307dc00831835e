"""Earlier penalties of a case's infringer (the repeat standards of the 2025 Interpretation).

Revision ID: 0004_prior_penalty
Revises: 0003_rules_links
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_prior_penalty"
down_revision = "0003_rules_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "prior_penalty",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("case_file.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("conduct", sa.String(length=8), nullable=False),
        sa.Column("authority", sa.String(), nullable=False, server_default=""),
        sa.Column("reference", sa.String(), nullable=False, server_default=""),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_prior_penalty_case_id", "prior_penalty", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_prior_penalty_case_id", "prior_penalty")
    op.drop_table("prior_penalty")
