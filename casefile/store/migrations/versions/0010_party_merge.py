"""Merging party records found to be the same infringer, reversibly: the `party_merge` table
keeps what each merge did (services/infringers.py); and the cases' (id, opened_on, acts_on) index
the Infringers view reads first and last seen dates from. No row changes.

Revision ID: 0010_party_merge
Revises: 0009_dashboard
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casefile.store.models import SEEN_INDEX

revision = "0010_party_merge"
down_revision = "0009_dashboard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "party_merge",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("keep_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("merged_name", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(), nullable=False, server_default=""),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("moved_identifier_ids", sa.JSON(), nullable=False),
        sa.Column("created_link_ids", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_party_merge_keep_id", "party_merge", ["keep_id"])
    op.create_index("ix_party_merge_merged_id", "party_merge", ["merged_id"])
    op.create_index(SEEN_INDEX, "case_file", ["id", "opened_on", "acts_on"])
    connection = op.get_bind()
    if (
        connection.dialect.name == "sqlite"
        and connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).first()
    ):
        # Planner statistics for the new index, as 0009 gives its own (see there).
        connection.exec_driver_sql(f"ANALYZE {SEEN_INDEX}")


def downgrade() -> None:
    op.drop_index(SEEN_INDEX, "case_file")
    op.drop_index("ix_party_merge_merged_id", "party_merge")
    op.drop_index("ix_party_merge_keep_id", "party_merge")
    op.drop_table("party_merge")
