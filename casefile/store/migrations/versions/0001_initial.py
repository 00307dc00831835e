"""Initial schema: cases, proceedings, parties, rights, evidence, deadlines, money, audit.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("brand", sa.String(), nullable=False),
        sa.Column("product_line", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("jurisdictions", sa.JSON(), nullable=False),
        sa.Column("responsible_counsel", sa.String(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_file_reference"), ["reference"], unique=True)
        batch_op.create_index(batch_op.f("ix_case_file_status"), ["status"], unique=False)

    op.create_table(
        "ip_right",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("jurisdiction", sa.String(length=8), nullable=False),
        sa.Column("classes", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "jurisdiction", "number"),
    )
    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_name"), ["name"], unique=False)

    op.create_table(
        "stored_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "case_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "party_id", "role"),
    )
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_party_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_party_party_id"), ["party_id"], unique=False)

    op.create_table(
        "case_right",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("right_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["right_id"],
            ["ip_right.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "right_id"),
    )
    with op.batch_alter_table("case_right", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_right_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_right_right_id"), ["right_id"], unique=False)

    op.create_table(
        "customs_recordal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("right_id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["right_id"], ["ip_right.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("customs_recordal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customs_recordal_right_id"), ["right_id"], unique=False
        )

    op.create_table(
        "evidence_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("exhibit_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("obtained_on", sa.Date(), nullable=True),
        sa.Column("obtained_by", sa.String(), nullable=False),
        sa.Column("source_url", sa.String(), nullable=False),
        sa.Column("notary_office", sa.String(), nullable=False),
        sa.Column("notary_certificate", sa.String(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "exhibit_no"),
    )
    with op.batch_alter_table("evidence_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_item_case_id"), ["case_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "party_identifier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("normalized", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("party_id", "kind", "normalized"),
    )
    with op.batch_alter_table("party_identifier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_party_identifier_normalized"), ["normalized"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_party_identifier_party_id"), ["party_id"], unique=False
        )

    op.create_table(
        "proceeding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("route", sa.String(length=16), nullable=False),
        sa.Column("authority", sa.String(), nullable=False),
        sa.Column("authority_ref", sa.String(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("quantity_seized", sa.Integer(), nullable=True),
        sa.Column("fine_minor", sa.Integer(), nullable=True),
        sa.Column("damages_minor", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("sentence", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("proceeding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proceeding_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proceeding_route"), ["route"], unique=False)

    op.create_table(
        "custody_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("received_from", sa.String(), nullable=False),
        sa.Column("handed_to", sa.String(), nullable=False),
        sa.Column("seal_number", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custody_event_evidence_id"), ["evidence_id"], unique=False
        )

    op.create_table(
        "deadline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("rule_id", sa.String(), nullable=False),
        sa.Column("explanation", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("reminder_days", sa.JSON(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceeding.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deadline_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_status"), ["status"], unique=False)

    op.create_table(
        "evidence_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["stored_blob.sha256"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_file_evidence_id"), ["evidence_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evidence_file_sha256"), ["sha256"], unique=False)

    op.create_table(
        "money_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceeding.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("money_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_money_entry_case_id"), ["case_id"], unique=False)

    op.create_table(
        "proceeding_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["proceeding_id"], ["proceeding.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("proceeding_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proceeding_event_proceeding_id"), ["proceeding_id"], unique=False
        )

    op.create_table(
        "threshold_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=24), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("threshold_figure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_threshold_figure_case_id"), ["case_id"], unique=False)

    op.create_table(
        "transfer_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("authority", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceeding.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("transfer_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_record_case_id"), ["case_id"], unique=False)

    op.create_table(
        "transfer_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("authority", sa.String(), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["transfer_id"], ["transfer_record.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("transfer_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_step_transfer_id"), ["transfer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("transfer_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_step_transfer_id"))

    op.drop_table("transfer_step")
    with op.batch_alter_table("transfer_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_record_case_id"))

    op.drop_table("transfer_record")
    with op.batch_alter_table("threshold_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_threshold_figure_case_id"))

    op.drop_table("threshold_figure")
    with op.batch_alter_table("proceeding_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proceeding_event_proceeding_id"))

    op.drop_table("proceeding_event")
    with op.batch_alter_table("money_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_money_entry_case_id"))

    op.drop_table("money_entry")
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_file_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_file_evidence_id"))

    op.drop_table("evidence_file")
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_status"))
        batch_op.drop_index(batch_op.f("ix_deadline_due_on"))
        batch_op.drop_index(batch_op.f("ix_deadline_case_id"))

    op.drop_table("deadline")
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custody_event_evidence_id"))

    op.drop_table("custody_event")
    with op.batch_alter_table("proceeding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proceeding_route"))
        batch_op.drop_index(batch_op.f("ix_proceeding_case_id"))

    op.drop_table("proceeding")
    with op.batch_alter_table("party_identifier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_identifier_party_id"))
        batch_op.drop_index(batch_op.f("ix_party_identifier_normalized"))

    op.drop_table("party_identifier")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_case_id"))

    op.drop_table("note")
    with op.batch_alter_table("evidence_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_item_case_id"))

    op.drop_table("evidence_item")
    with op.batch_alter_table("customs_recordal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customs_recordal_right_id"))

    op.drop_table("customs_recordal")
    with op.batch_alter_table("case_right", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_right_right_id"))
        batch_op.drop_index(batch_op.f("ix_case_right_case_id"))

    op.drop_table("case_right")
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_party_party_id"))
        batch_op.drop_index(batch_op.f("ix_case_party_case_id"))

    op.drop_table("case_party")
    op.drop_table("stored_blob")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_name"))

    op.drop_table("party")
    op.drop_table("ip_right")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_file_status"))
        batch_op.drop_index(batch_op.f("ix_case_file_reference"))

    op.drop_table("case_file")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
