"""The audit trail becomes a hash chain (store/chain.py): each row carries the hash of the row
before it and its own; the head is kept beside it. The rows already written are chained in id
order, and the evidence tables (exhibits, their files, custody entries) are recorded as found
where the trail does not already say what they hold, so that from here on the chain covers them.

Revision ID: 0007_audit_chain
Revises: 0006_met_by_event
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casefile.store import chain

revision = "0007_audit_chain"
down_revision = "0006_met_by_event"
branch_labels = None
depends_on = None

UPGRADE_ACTOR = "Casefile upgrade (audit chain)"


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("row_hash", sa.String(length=64), nullable=False, server_default="")
        )
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    connection = op.get_bind()
    chain.chain_existing(connection)
    chain.record_as_found(connection, UPGRADE_ACTOR)


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
