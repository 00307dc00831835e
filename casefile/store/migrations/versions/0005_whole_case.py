"""Every record of a case editable from the window: the case each audit row belongs to (worked
out for the rows already written, where it can be), bonds held, forfeited or returned, exhibits
withdrawn (when, why), and the reason a deadline was waived.

Revision ID: 0005_whole_case
Revises: 0004_prior_penalty
Create Date: 2026-12-06
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_whole_case"
down_revision = "0004_prior_penalty"
branch_labels = None
depends_on = None

# As store/audit.py resolves them when writing (kept here as they were at this revision).
OWN_CASE = {
    "proceeding",
    "case_party",
    "case_right",
    "evidence_item",
    "threshold_figure",
    "prior_penalty",
    "transfer_record",
    "deadline",
    "money_entry",
    "note",
}
PARENTS = {
    "proceeding_event": ("proceeding", "proceeding_id"),
    "evidence_file": ("evidence_item", "evidence_id"),
    "custody_event": ("evidence_item", "evidence_id"),
    "transfer_step": ("transfer_record", "transfer_id"),
}
SHARED = {
    "party": ("party", "id"),
    "party_identifier": ("party", "party_id"),
    "case_party": ("party", "party_id"),
    "ip_right": ("right", "id"),
    "customs_recordal": ("right", "right_id"),
    "case_right": ("right", "right_id"),
}
# The columns that tie a row to its case or record, remembered per row as the trail is read.
LINK_COLUMNS = ("case_id", "proceeding_id", "evidence_id", "transfer_id", "party_id", "right_id")


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("shared_record", sa.String(length=32), nullable=False, server_default="")
        )
        batch.create_index("ix_audit_entry_case_id", ["case_id"])
        batch.create_index("ix_audit_entry_shared_record", ["shared_record"])
    with op.batch_alter_table("evidence_item") as batch:
        batch.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("withdrawn_reason", sa.String(), nullable=False, server_default="")
        )
    with op.batch_alter_table("deadline") as batch:
        batch.add_column(sa.Column("reason", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("money_entry") as batch:
        batch.add_column(sa.Column("bond_status", sa.String(length=12), nullable=True))
        batch.add_column(sa.Column("bond_settled_on", sa.Date(), nullable=True))
    _fill_audit_cases(op.get_bind())


def _fill_audit_cases(connection: Any) -> None:
    """The case of each audit row written before this revision, where the trail or the row
    itself still tells it: inserts and deletes carry every value, an update is matched to its
    row's insert earlier in the trail (or the row as it is now), a child to its parent's case.
    Rows of shared records get their `shared_record`; the case they were written in is not
    known, and stays empty."""
    links: dict[tuple[str, str], dict[str, Any]] = {}  # (table, row id) → its link columns
    columns: dict[str, list[str]] = {}

    def current(table: str, row_id: str) -> dict[str, Any]:
        if table not in columns:
            names = [r[1] for r in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
            columns[table] = [c for c in LINK_COLUMNS if c in names]
        wanted = columns[table]
        if not wanted or not row_id.isdigit():
            return {}
        found = connection.exec_driver_sql(
            f'SELECT {", ".join(wanted)} FROM "{table}" WHERE id = ?', (int(row_id),)
        ).first()
        return dict(zip(wanted, found, strict=True)) if found else {}

    def known(table: str, row_id: str) -> dict[str, Any]:
        if (table, row_id) not in links:
            links[(table, row_id)] = current(table, row_id)
        return links[(table, row_id)]

    updates = []
    for entry_id, table, row_id, action, changes in connection.exec_driver_sql(
        "SELECT id, table_name, row_id, action, changes FROM audit_entry ORDER BY id"
    ).fetchall():
        values = json.loads(changes) if isinstance(changes, str) else dict(changes or {})
        if action == "update":  # {column: [before, after]}
            values = {k: v[1] for k, v in values.items() if isinstance(v, list) and len(v) == 2}
        if action == "insert":
            links[(table, row_id)] = {}
        row = known(table, row_id)
        row.update({c: values[c] for c in LINK_COLUMNS if c in values})
        case_id = None
        if table == "case_file":
            case_id = int(row_id) if row_id.isdigit() else None
        elif table in OWN_CASE:
            case_id = row.get("case_id")
        elif table in PARENTS:
            parent, column = PARENTS[table]
            if row.get(column) is not None:
                case_id = known(parent, str(row[column])).get("case_id")
        shared = ""
        if table in SHARED:
            prefix, column = SHARED[table]
            record = row_id if column == "id" else row.get(column)
            shared = f"{prefix}:{record}" if record is not None else ""
        if case_id is not None or shared:
            updates.append({"id": entry_id, "case_id": case_id, "shared": shared})
    if updates:
        connection.execute(
            sa.text(
                "UPDATE audit_entry SET case_id = :case_id, shared_record = :shared WHERE id = :id"
            ),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("money_entry") as batch:
        batch.drop_column("bond_settled_on")
        batch.drop_column("bond_status")
    with op.batch_alter_table("deadline") as batch:
        batch.drop_column("reason")
    with op.batch_alter_table("evidence_item") as batch:
        batch.drop_column("withdrawn_reason")
        batch.drop_column("withdrawn_on")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index("ix_audit_entry_shared_record")
        batch.drop_index("ix_audit_entry_case_id")
        batch.drop_column("shared_record")
        batch.drop_column("case_id")
