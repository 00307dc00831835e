"""Schema migrations: a new archive matches the models, and an older archive is upgraded on open
after a backup, keeping every row."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlmodel import SQLModel

import casefile.store.archive as archive_module
from casefile.services import cases, evidence, proceedings
from casefile.store.archive import DB_NAME, MIGRATIONS_DIR, Archive, _alembic_config, make_engine
from casefile.store.case_filters import made_by_hand
from casefile.store.migrations import SCHEMA_HEAD

OLD = "0001_initial"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(tmp_path / DB_NAME)
    try:
        yield made
    finally:
        made.dispose()


def _migrate(engine: Engine, target: str, *, down: bool = False) -> None:
    """Run Alembic the way `Archive` does: on a connection handed over through the Config."""
    with engine.begin() as connection:
        config = _alembic_config(connection)
        if down:
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def _schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        # The search index's FTS5 tables and the NOCASE indexes are made by hand.
        opts = {
            "compare_type": True,
            "include_name": lambda name, kind, _parents: not made_by_hand(name, kind),
        }
        context = MigrationContext.configure(connection, opts=opts)
        return list(compare_metadata(context, SQLModel.metadata))


def _revision(db: Path) -> str:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_schema_head_is_alembics_head() -> None:
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_heads() == [SCHEMA_HEAD]


def test_empty_database_migrated_to_head_matches_the_models(engine: Engine) -> None:
    _migrate(engine, "head")
    assert _schema_differences(engine) == []


def test_new_archive_is_at_head_and_matches_the_models(archive: Archive) -> None:
    assert _revision(archive.db_path) == SCHEMA_HEAD
    assert _schema_differences(archive.engine) == []


def test_downgrade_to_base_and_upgrade_again(engine: Engine, tmp_path: Path) -> None:
    _migrate(engine, "head")
    _migrate(engine, "base", down=True)
    assert _tables(tmp_path / DB_NAME) <= {"alembic_version"}
    _migrate(engine, "head")
    assert _schema_differences(engine) == []


def test_each_step_down_and_up_again_keeps_the_data(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    with Archive.open(folder, create=True) as opened:
        made = cases.create_case(opened, cases.CaseDraft(title="Fake scooters"))
    engine = make_engine(folder / DB_NAME)
    try:
        _migrate(engine, OLD, down=True)
        assert "archive_setting" not in _tables(folder / DB_NAME)
        _migrate(engine, "head")
    finally:
        engine.dispose()
    with Archive.open(folder) as reopened:
        assert [c.reference for c in cases.list_cases(reopened)] == [made.reference]


# Rows as an archive written by the first release (revision 0001_initial) holds them.
OLD_ROWS: dict[str, list[dict[str, object]]] = {
    "case_file": [
        {
            "id": 1,
            "reference": "CF-2025-0001",
            "title": "Counterfeit scooters, Yiwu",
            "brand": "Segway",
            "product_line": "Ninebot",
            "status": "open",
            "priority": "high",
            "jurisdictions": '["CN"]',
            "responsible_counsel": "Li Wei",
            "opened_on": "2025-03-01",
            "closed_on": None,
            "summary": "Test buys on Taobao.",
            "tags": '["repeat"]',
            "created_at": "2025-03-01 08:00:00.000000",
            "updated_at": "2025-03-01 08:00:00.000000",
        },
        {
            "id": 2,
            "reference": "CF-2025-0002",
            "title": "Pirated firmware site",
            "brand": "",
            "product_line": "",
            "status": "closed",
            "priority": "normal",
            "jurisdictions": '["CN", "SG"]',
            "responsible_counsel": "",
            "opened_on": "2025-04-02",
            "closed_on": "2025-09-30",
            "summary": "",
            "tags": "[]",
            "created_at": "2025-04-02 08:00:00.000000",
            "updated_at": "2025-09-30 08:00:00.000000",
        },
    ],
    "proceeding": [
        {
            "id": 1,
            "case_id": 1,
            "route": "customs",
            "authority": "Ningbo Customs",
            "authority_ref": "NB-2025-17",
            "stage": "pending",
            "started_on": "2025-03-05",
            "ended_on": None,
            "outcome": "",
            "quantity_seized": 1200,
            "fine_minor": None,
            "damages_minor": None,
            "currency": "CNY",
            "sentence": "",
            "created_at": "2025-03-05 08:00:00.000000",
        }
    ],
    "proceeding_event": [
        {
            "id": 1,
            "proceeding_id": 1,
            "kind": "customs_notice",
            "occurred_on": "2025-03-05",
            "reference": "N-1",
            "description": "",
        }
    ],
    "party": [
        {
            "id": 1,
            "kind": "shop",
            "name": "Happy Scooter Store",
            "country": "CN",
            "notes": "",
            "created_at": "2025-03-01 08:00:00.000000",
        }
    ],
    "party_identifier": [
        {
            "id": 1,
            "party_id": 1,
            "kind": "phone",
            "value": "138 0013 8000",
            "normalized": "13800138000",
        }
    ],
    "case_party": [{"id": 1, "case_id": 1, "party_id": 1, "role": "infringer", "note": ""}],
    "stored_blob": [
        {"sha256": "ab" * 32, "size": 5, "stored_at": "2025-03-02 08:00:00.000000"},
    ],
    "evidence_item": [
        {
            "id": 1,
            "case_id": 1,
            "exhibit_no": 1,
            "kind": "test_buy",
            "description": "Order 42",
            "obtained_on": "2025-03-02",
            "obtained_by": "Investigator Wang",
            "source_url": "https://shop.example.com/item/42",
            "notary_office": "",
            "notary_certificate": "",
            "internal": 0,
            "created_at": "2025-03-02 08:00:00.000000",
        }
    ],
    "evidence_file": [
        {
            "id": 1,
            "evidence_id": 1,
            "sha256": "ab" * 32,
            "original_name": "order.png",
            "media_type": "image/png",
            "added_at": "2025-03-02 08:00:00.000000",
        }
    ],
    "deadline": [
        {
            "id": 1,
            "case_id": 1,
            "proceeding_id": 1,
            "title": "Apply for detention",
            "due_on": "2025-03-10",
            "rule_id": "cn.customs.art16",
            "explanation": "",
            "status": "open",
            "reminder_days": "[7, 1]",
            "completed_on": None,
        }
    ],
    "money_entry": [
        {
            "id": 1,
            "case_id": 1,
            "proceeding_id": None,
            "direction": "cost",
            "category": "test_buy",
            "amount_minor": 12900,
            "currency": "CNY",
            "occurred_on": "2025-03-02",
            "description": "",
        }
    ],
    "note": [
        {
            "id": 1,
            "case_id": 2,
            "author": "Li Wei",
            "body": "Site taken down.",
            "internal": 1,
            "created_at": "2025-09-30 08:00:00.000000",
        }
    ],
    "audit_entry": [
        {
            "id": 1,
            "at": "2025-03-01 08:00:00.000000",
            "actor": "li.wei",
            "table_name": "case_file",
            "row_id": "1",
            "action": "insert",
            "changes": "{}",
        }
    ],
}


def _old_archive(folder: Path) -> Path:
    """An archive folder whose database is at 0001_initial and holds OLD_ROWS."""
    folder.mkdir(parents=True)
    db = folder / DB_NAME
    engine = make_engine(db)
    try:
        _migrate(engine, OLD)
    finally:
        engine.dispose()
    with sqlite3.connect(db) as con:
        for table, rows in OLD_ROWS.items():
            for row in rows:
                names = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                con.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    con.close()
    assert _revision(db) == OLD
    return db


def _dump(
    db: Path, columns: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the old tables, in the old columns (later revisions add columns)."""
    with sqlite3.connect(db) as con:
        if columns is None:
            columns = {
                table: [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
                for table in OLD_ROWS
            }
        dumped = {
            table: sorted(
                con.execute(f"SELECT {', '.join(columns[table])} FROM {table}").fetchall(),
                key=repr,
            )
            for table in OLD_ROWS
        }
    con.close()
    return dumped


def _old_columns(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as con:
        found = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in OLD_ROWS}
    con.close()
    return found


def test_old_archive_is_upgraded_on_open_keeping_every_row(tmp_path: Path) -> None:
    folder = tmp_path / "Old.casefile"
    db = _old_archive(folder)
    old_columns = _old_columns(db)
    before = _dump(db, old_columns)

    with Archive.open(folder) as opened:
        assert _revision(db) == SCHEMA_HEAD
        assert _schema_differences(opened.engine) == []
        # The old rows read back through the services.
        assert [c.reference for c in cases.list_cases(opened)] == ["CF-2025-0001", "CF-2025-0002"]
        detail = cases.case_detail(opened, "CF-2025-0001")
        assert detail.proceedings[0].events[0].kind == "customs_notice"
        assert detail.parties[0].party.name == "Happy Scooter Store"
        assert detail.evidence[0].files[0].original_name == "order.png"
        assert detail.money[0].money.minor_units == 12900
        # And the upgraded archive takes new work, numbering on from the old references.
        made = cases.create_case(opened, cases.CaseDraft(title="New", opened_on="2025-10-01"))
        assert made.reference == "CF-2025-0003"

    after = _dump(db, old_columns)
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), f"rows lost from {table}"
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_upgrade_leaves_a_backup_of_the_old_archive(tmp_path: Path) -> None:
    folder = tmp_path / "Old.casefile"
    db = _old_archive(folder)
    before = _dump(db)

    Archive.open(folder).close()

    backups = sorted((folder / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    assert OLD in backups[0].name
    # The backup is the archive as it was: old revision, every row.
    assert _revision(backups[0]) == OLD
    assert _dump(backups[0]) == before
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_archive_at_head_is_opened_without_a_backup(archive: Archive) -> None:
    folder = archive.path
    archive.close()
    Archive.open(folder).close()
    assert not list(folder.glob("backups/*"))


# A later release that rebuilds a parent table (SQLite alters tables by copy, drop and rename).
REBUILD_CASE_TABLE = '''
"""Rebuild case_file, as any later column change on SQLite does.

Revision ID: 0003_rebuild
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_rebuild"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_file", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("region", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_file", recreate="always") as batch_op:
        batch_op.drop_column("region")
'''


def test_a_later_migration_rebuilding_a_parent_table_keeps_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dropping the old copy of case_file must not cascade-delete proceedings, evidence, …"""
    folder = tmp_path / "Cases.casefile"
    source = tmp_path / "evidence.txt"
    source.write_text("order confirmation")
    with Archive.open(folder, create=True) as opened:
        made = cases.create_case(opened, cases.CaseDraft(title="Fake scooters"))
        evidence.add_evidence(opened, made.reference, evidence.EvidenceDraft(), [source])
        proceedings.add_proceeding(
            opened, made.reference, proceedings.ProceedingDraft(route="customs")
        )

    future = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, future, ignore=shutil.ignore_patterns("__pycache__"))
    script = REBUILD_CASE_TABLE.replace("{head}", SCHEMA_HEAD)
    (future / "versions" / "0003_rebuild.py").write_text(script)
    monkeypatch.setattr(archive_module, "MIGRATIONS_DIR", future)
    monkeypatch.setattr(archive_module, "SCHEMA_HEAD", "0003_rebuild")

    with Archive.open(folder) as upgraded:
        assert _revision(upgraded.db_path) == "0003_rebuild"
        detail = cases.case_detail(upgraded, made.reference)
        assert len(detail.proceedings) == 1
        assert len(detail.evidence) == 1
        with upgraded.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_the_upgrade_to_0005_works_out_the_case_of_audit_rows_already_written(
    tmp_path: Path,
) -> None:
    """Rows written before 0005 get the case the trail tells (children through their parents,
    removed rows too) and their shared record; the case a shared record was changed in is not
    known, so it is left empty."""
    from casefile.services import parties, records, rights

    folder = tmp_path / "Cases.casefile"
    source = tmp_path / "order.txt"
    source.write_text("order confirmation")
    with Archive.open(folder, create=True) as opened:
        ref = cases.create_case(opened, cases.CaseDraft("Fake scooters", jurisdictions="CN"))
        other = cases.create_case(opened, cases.CaseDraft("Fake robots")).reference
        draft = proceedings.ProceedingDraft(route="customs")
        proceeding = proceedings.add_proceeding(opened, ref.reference, draft)
        event = proceedings.add_event(opened, proceeding.id, "customs_notice", "2026-11-16")
        proceedings.add_event(opened, proceeding.id, "detention", "2026-11-18")
        proceedings.remove_event(opened, event.events[0].id)
        exhibit = evidence.add_evidence(
            opened, ref.reference, evidence.EvidenceDraft(), [source]
        ).evidence
        evidence.add_custody_event(opened, exhibit.id, "sealed")
        row, _ = parties.add_party_to_case(
            opened, ref.reference, parties.PartyDraft("Shop", identifiers=[("phone", "138 0013")])
        )
        parties.add_identifier(opened, row.party.id, "shop_id", "taobao-1")
        parties.link_party(opened, other, row.party.id)
        right = rights.add_right(opened, rights.RightDraft("trademark", "G1", "CN"), other)
        rights.add_recordal(opened, right.id, "GACC", "T1", "2026-01-01", "2036-01-01")
        note = records.add_note(opened, other, "A note")
        records.update_note(opened, note, "A better note")
        records.remove_note(opened, note)
        with opened.engine.connect() as connection:
            written = connection.exec_driver_sql(
                "SELECT id, table_name, case_id, shared_record FROM audit_entry ORDER BY id"
            ).fetchall()

    engine = make_engine(folder / DB_NAME)
    try:
        _migrate(engine, "0004_prior_penalty", down=True)
        _migrate(engine, "head")
        with engine.connect() as connection:
            filled = connection.exec_driver_sql(
                "SELECT id, table_name, case_id, shared_record FROM audit_entry ORDER BY id"
            ).fetchall()
    finally:
        engine.dispose()
    context_only = {"party", "party_identifier", "ip_right", "customs_recordal", "stored_blob"}
    expected = [
        (i, table, None if table in context_only else case_id, shared)
        for i, table, case_id, shared in written
    ]
    # This downgrade (foreign keys on, as _migrate runs it) loses the exhibit's files and custody
    # entries to the cascade of a rebuilt evidence_item; the upgrade to 0007 records them gone.
    assert filled[: len(expected)] == expected
    assert {table for _i, table, _c, _s in filled[len(expected) :]} <= {
        "evidence_file",
        "custody_event",
    }
    assert {table for _i, table, _c, _s in written} >= {
        "proceeding_event",  # inserted and removed
        "deadline",
        "evidence_file",
        "custody_event",
        "note",
        "case_party",
        "customs_recordal",
    }
    assert all(
        case_id is not None for _i, table, case_id, _s in filled if table not in context_only
    )
