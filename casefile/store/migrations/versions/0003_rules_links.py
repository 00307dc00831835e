"""What the rules engine needs: the offences and act date of a case, the jurisdiction of a
proceeding, and the event a generated deadline came from.

Revision ID: 0003_rules_links
Revises: 0002_archive_settings
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_rules_links"
down_revision = "0002_archive_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(sa.Column("offences", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("acts_on", sa.Date(), nullable=True))
    with op.batch_alter_table("proceeding") as batch:
        batch.add_column(
            sa.Column("jurisdiction", sa.String(length=8), nullable=False, server_default="")
        )
    with op.batch_alter_table("deadline") as batch:
        batch.add_column(sa.Column("event_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("jurisdiction", sa.String(length=8), nullable=False, server_default="")
        )
        batch.create_index("ix_deadline_event_id", ["event_id"])
        batch.create_foreign_key(
            "fk_deadline_event_id", "proceeding_event", ["event_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("deadline") as batch:
        batch.drop_constraint("fk_deadline_event_id", type_="foreignkey")
        batch.drop_index("ix_deadline_event_id")
        batch.drop_column("jurisdiction")
        batch.drop_column("event_id")
    with op.batch_alter_table("proceeding") as batch:
        batch.drop_column("jurisdiction")
    with op.batch_alter_table("case_file") as batch:
        batch.drop_column("acts_on")
        batch.drop_column("offences")
