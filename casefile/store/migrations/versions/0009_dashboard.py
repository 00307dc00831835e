"""Indexes for the dashboard (services/dashboard.py): open deadlines by due date, customs
proceedings not ended, a deadline's proceeding, activity in a quarter (cases opened, proceeding
events), an infringer's cases, and rights and recordals by expiry. Indexes only: no row changes.

Revision ID: 0009_dashboard
Revises: 0008_search
Create Date: 2026-12-09
"""

from __future__ import annotations

from alembic import op

revision = "0009_dashboard"
down_revision = "0008_search"
branch_labels = None
depends_on = None

# (name, table, columns), as the models declare them.
INDEXES = (
    ("ix_deadline_status_due_on", "deadline", ["status", "due_on"]),
    ("ix_deadline_proceeding_id", "deadline", ["proceeding_id"]),
    ("ix_proceeding_route_ended_on", "proceeding", ["route", "ended_on"]),
    ("ix_proceeding_event_occurred_on", "proceeding_event", ["occurred_on"]),
    ("ix_case_file_opened_on", "case_file", ["opened_on"]),
    ("ix_case_party_role_party_case", "case_party", ["role", "party_id", "case_id"]),
    ("ix_ip_right_valid_to", "ip_right", ["valid_to"]),
    ("ix_customs_recordal_valid_to", "customs_recordal", ["valid_to"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    connection = op.get_bind()
    if (
        connection.dialect.name == "sqlite"
        and connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).first()
    ):
        # The archive has planner statistics: give the new indexes theirs, or the planner
        # weighs them against measured ones with guesses (and walks every open deadline).
        for name, _table, _columns in INDEXES:
            connection.exec_driver_sql(f"ANALYZE {name}")


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
