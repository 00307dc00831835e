"""Full-text search (store/search.py): the FTS5 index tables, the triggers that remove a record's
documents with it, and the index filled from every case, party, identifier, exhibit, note,
proceeding, right and recordal already in the archive. Also the indexes the case list's filters
use: brand and counsel ignoring ASCII case (as typed in a filter), and each case's next open
deadline (the dashboard's 0009 adds open deadlines by due date).

Revision ID: 0008_search
Revises: 0007_audit_chain
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op

from casefile.store import search
from casefile.store.case_filters import NOCASE_INDEXES
from casefile.store.models import NEXT_DUE_INDEX

revision = "0008_search"
down_revision = "0007_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    search.install(connection)
    search.rebuild(connection, later=False)
    for name, column in NOCASE_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON case_file ({column} COLLATE NOCASE)")
    op.create_index(NEXT_DUE_INDEX, "deadline", ["case_id", "status", "due_on"])


def downgrade() -> None:
    op.drop_index(NEXT_DUE_INDEX, "deadline")
    for name in NOCASE_INDEXES:
        op.execute(f"DROP INDEX {name}")
    search.uninstall(op.get_bind())
