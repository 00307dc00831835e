"""Infringing listings imported from monitoring tools' files (services/listing_import.py): the
`listing` table, one row per listing of a case, known in its case by its normalised address; and
its documents in the search index (a listing's address, title, seller name and ID, shop
address), whose trigger removes them with the listing. No row changes.

Revision ID: 0011_listings
Revises: 0010_party_merge
Create Date: 2026-12-11
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casefile.store import search

revision = "0011_listings"
down_revision = "0010_party_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "listing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("url_key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("seller_name", sa.String(), nullable=False),
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("shop_url", sa.String(), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proceeding_id"], ["proceeding.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "url_key"),
    )
    for column in ("case_id", "proceeding_id", "party_id"):
        op.create_index(f"ix_listing_{column}", "listing", [column])
    # The table is new and empty: its trigger is all the index needs.
    search.install_trigger(op.get_bind(), "listing")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_forget_listing")
    for column in ("party_id", "proceeding_id", "case_id"):
        op.drop_index(f"ix_listing_{column}", "listing")
    op.drop_table("listing")
