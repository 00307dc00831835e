"""A generated deadline remembers the proceeding event that met it (its rule's `met_by`: an
appeal filed meets the appeal period), so that it opens again if that event goes. No foreign
key: generation clears it in the same transaction as it removes or moves the event.

Revision ID: 0006_met_by_event
Revises: 0005_whole_case
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_met_by_event"
down_revision = "0005_whole_case"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deadline") as batch:
        batch.add_column(sa.Column("met_by_event_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deadline") as batch:
        batch.drop_column("met_by_event_id")
