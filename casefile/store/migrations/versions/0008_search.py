"""Full-text search (store/search.py): the FTS5 index tables, the triggers that remove a record's
documents with it, and the index filled from every case, party, identifier, exhibit, note,
proceeding, right and recordal already in the archive.

Revision ID: 0008_search
Revises: 0007_audit_chain
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op

from casefile.store import search

revision = "0008_search"
down_revision = "0007_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    search.install(connection)
    search.rebuild(connection)


def downgrade() -> None:
    search.uninstall(op.get_bind())
