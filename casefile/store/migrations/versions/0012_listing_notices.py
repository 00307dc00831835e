"""A listing remembers the notice sent that named it (a complaint packet's batch filed on the
platform proceeding, services/complaint_packets.py), so that a packet leaves out what was sent
before and a takedown or counter-notice is tracked against its batch. No row changes.

Revision ID: 0012_listing_notices
Revises: 0011_listings
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casefile.store import search

revision = "0012_listing_notices"
down_revision = "0011_listings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Copied into a new table (SQLite cannot add a foreign key to a table in place, and an
    # inline REFERENCES keeps no ON DELETE SQLAlchemy can read back); the search trigger goes
    # with the old table and is put back.
    op.execute("DROP TRIGGER IF EXISTS search_forget_listing")
    with op.batch_alter_table("listing", recreate="always") as batch:
        batch.add_column(sa.Column("notice_event_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_listing_notice_event_id",
            "proceeding_event",
            ["notice_event_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_listing_notice_event_id", ["notice_event_id"])
    search.install_trigger(op.get_bind(), "listing")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_forget_listing")
    with op.batch_alter_table("listing", recreate="always") as batch:
        batch.drop_index("ix_listing_notice_event_id")
        batch.drop_constraint("fk_listing_notice_event_id", type_="foreignkey")
        batch.drop_column("notice_event_id")
    search.install_trigger(op.get_bind(), "listing")
