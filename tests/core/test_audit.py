"""The audit trail: every change a service makes is recorded in the same transaction, with who,
which table and row, what was done, and the values before → after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services import cases, evidence, parties, proceedings, records, rights
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry

ACTOR = "zhang.counsel"


@dataclass(frozen=True)
class Audited:
    actor: str
    table: str
    row_id: str
    action: str
    changes: dict[str, Any]


def _trail(archive: Archive) -> list[Audited]:
    with archive.reading() as session:
        return [
            Audited(e.actor, e.table_name, e.row_id, e.action, e.changes)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def _row_exists(archive: Archive, table: str, row_id: str) -> bool:
    key = "sha256" if table == "stored_blob" else "id"
    with archive.engine.connect() as connection:
        found = connection.exec_driver_sql(
            f'SELECT 1 FROM "{table}" WHERE {key} = ?',
            (row_id if key == "sha256" else int(row_id),),
        )
        return found.first() is not None


def _changes_by(archive: Archive, call: Callable[[], object]) -> list[Audited]:
    """The audit rows that `call` wrote."""
    before = len(_trail(archive))
    call()
    return _trail(archive)[before:]


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01")
    return cases.create_case(archive, draft, actor=ACTOR).reference


def test_creating_a_case_is_audited(archive: Archive) -> None:
    written = _changes_by(
        archive,
        lambda: cases.create_case(
            archive, cases.CaseDraft(title="Fake robots", opened_on="2026-03-01"), actor=ACTOR
        ),
    )
    (entry,) = written
    assert (entry.actor, entry.table, entry.action) == (ACTOR, "case_file", "insert")
    assert entry.row_id != ""
    assert entry.row_id == str(cases.list_cases(archive)[0].id)
    assert entry.changes["reference"] == "CF-2026-0001"
    assert entry.changes["title"] == "Fake robots"
    assert entry.changes["opened_on"] == "2026-03-01"


def test_the_actor_defaults_to_the_user(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_USER", "wang.paralegal")
    (entry,) = _changes_by(archive, lambda: cases.create_case(archive, cases.CaseDraft(title="x")))
    assert entry.actor == "wang.paralegal"


def test_an_update_records_before_and_after(archive: Archive, case: str) -> None:
    (entry,) = _changes_by(
        archive,
        lambda: cases.update_case(
            archive, case, {"title": "Fake robots", "jurisdictions": "CN, NL"}, actor=ACTOR
        ),
    )
    assert (entry.actor, entry.table, entry.action) == (ACTOR, "case_file", "update")
    assert entry.row_id == str(cases.case_detail(archive, case).id)
    assert entry.changes["title"] == ["Fake scooters", "Fake robots"]
    assert entry.changes["jurisdictions"] == [[], ["CN", "NL"]]
    assert "brand" not in entry.changes  # unchanged fields are not listed
    before, after = entry.changes["updated_at"]
    assert before < after


def test_status_changes_record_before_and_after(archive: Archive, case: str) -> None:
    (entry,) = _changes_by(
        archive, lambda: cases.set_status(archive, case, "closed", on="2026-06-30", actor=ACTOR)
    )
    assert entry.action == "update"
    assert entry.changes["status"] == ["open", "closed"]
    assert entry.changes["closed_on"] == [None, "2026-06-30"]


def test_every_service_that_writes_is_audited(archive: Archive, case: str, tmp_path: Path) -> None:
    """Each call writes audit rows for exactly the rows it wrote, each naming an existing row."""
    source = tmp_path / "order.txt"
    source.write_bytes(b"order screenshot")
    state: dict[str, int] = {}

    def add_proceeding() -> None:
        draft = proceedings.ProceedingDraft(route="customs", fine="100")
        state["proceeding"] = proceedings.add_proceeding(archive, case, draft, actor=ACTOR).id

    def add_party() -> None:
        draft = parties.PartyDraft(name="Shop", identifiers=[("phone", "13800138000")])
        row, _ = parties.add_party_to_case(archive, case, draft, actor=ACTOR)
        state["party"] = row.party.id

    def add_right() -> None:
        draft = rights.RightDraft(kind="trademark", number="G1", jurisdiction="CN")
        state["right"] = rights.add_right(archive, draft, case, actor=ACTOR).id

    def add_evidence() -> None:
        result = evidence.add_evidence(
            archive, case, evidence.EvidenceDraft(), [source], actor=ACTOR
        )
        state["evidence"] = result.evidence.id

    def add_deadline() -> None:
        state["deadline"] = records.add_deadline(archive, case, "Bond", "2026-03-06", actor=ACTOR)

    steps: list[tuple[Callable[[], object], list[tuple[str, str]]]] = [
        (add_proceeding, [("proceeding", "insert")]),
        (
            lambda: proceedings.add_event(
                archive, state["proceeding"], "detention", "2026-03-03", actor=ACTOR
            ),
            [("proceeding_event", "insert")],
        ),
        (
            lambda: proceedings.update_proceeding(
                archive,
                state["proceeding"],
                proceedings.ProceedingDraft(route="customs", fine="250", stage="pending"),
                actor=ACTOR,
            ),
            [("proceeding", "update")],
        ),
        (
            add_party,
            [("party", "insert"), ("party_identifier", "insert"), ("case_party", "insert")],
        ),
        (
            lambda: parties.add_identifier(
                archive, state["party"], "shop_id", "taobao-1", actor=ACTOR
            ),
            [("party_identifier", "insert")],
        ),
        (
            lambda: parties.link_party(archive, case, state["party"], role="witness", actor=ACTOR),
            [("case_party", "insert")],
        ),
        (
            lambda: parties.add_party(archive, parties.PartyDraft(name="Agent"), actor=ACTOR),
            [("party", "insert")],
        ),
        (add_right, [("ip_right", "insert"), ("case_right", "insert")]),
        (
            lambda: rights.add_recordal(
                archive, state["right"], "GACC", "T1", "2026-01-01", "2036-01-01", actor=ACTOR
            ),
            [("customs_recordal", "insert")],
        ),
        (
            add_evidence,
            [("evidence_item", "insert"), ("stored_blob", "insert"), ("evidence_file", "insert")],
        ),
        (
            lambda: evidence.add_custody_event(archive, state["evidence"], "sealed", actor=ACTOR),
            [("custody_event", "insert")],
        ),
        (
            lambda: records.add_threshold_figure(
                archive, case, "copies", "600", "2026-03-01", actor=ACTOR
            ),
            [("threshold_figure", "insert")],
        ),
        (add_deadline, [("deadline", "insert")]),
        (
            lambda: records.set_deadline_status(
                archive, state["deadline"], "done", on="2026-03-05", actor=ACTOR
            ),
            [("deadline", "update")],
        ),
        (
            lambda: records.add_money_entry(
                archive, case, "cost", "notary", "1500", "CNY", "2026-03-02", actor=ACTOR
            ),
            [("money_entry", "insert")],
        ),
        (lambda: records.add_note(archive, case, "A note", actor=ACTOR), [("note", "insert")]),
        (
            lambda: cases.update_case(archive, case, {"brand": "Ninebot"}, actor=ACTOR),
            [("case_file", "update")],
        ),
        (
            lambda: cases.set_status(archive, case, "on_hold", actor=ACTOR),
            [("case_file", "update")],
        ),
    ]
    for call, expected in steps:
        written = _changes_by(archive, call)
        assert sorted((w.table, w.action) for w in written) == sorted(expected), call
        for entry in written:
            assert entry.actor == ACTOR
            assert entry.row_id, f"empty row id for {entry.table} {entry.action}"
            assert _row_exists(archive, entry.table, entry.row_id)
            assert entry.changes
            if entry.action == "update":
                assert all(len(pair) == 2 and pair[0] != pair[1] for pair in entry.changes.values())


def test_rows_written_in_one_flush_each_get_their_own_row_id(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    sources = []
    for i in range(3):
        source = tmp_path / f"photo{i}.txt"
        source.write_bytes(f"photo {i}".encode())
        sources.append(source)
    written = _changes_by(
        archive,
        lambda: evidence.add_evidence(archive, case, evidence.EvidenceDraft(), sources),
    )
    file_ids = [w.row_id for w in written if w.table == "evidence_file"]
    assert len(file_ids) == len(set(file_ids)) == 3
    assert all(file_ids)
    stored = cases.case_detail(archive, case).evidence[0].files
    assert sorted(file_ids) == sorted(str(f.id) for f in stored)
    blob_ids = {w.row_id for w in written if w.table == "stored_blob"}
    assert blob_ids == {f.sha256 for f in stored}


def test_nothing_that_changes_nothing_is_audited(archive: Archive, case: str) -> None:
    row, _ = parties.add_party_to_case(
        archive, case, parties.PartyDraft(name="Shop", identifiers=[("phone", "13800138000")])
    )
    assert _changes_by(archive, lambda: parties.link_party(archive, case, row.party.id)) == []
    assert (
        _changes_by(
            archive,
            lambda: parties.add_identifier(archive, row.party.id, "phone", "+86 138 0013 8000"),
        )
        == []
    )
    assert _changes_by(archive, lambda: cases.list_cases(archive)) == []
    assert _changes_by(archive, lambda: cases.case_detail(archive, case)) == []


# -- a failing call leaves neither the change nor its audit row -------------------------------


def _counts(archive: Archive, *tables: str) -> dict[str, int]:
    with archive.engine.connect() as connection:
        return {
            t: connection.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() or 0
            for t in tables
        }


def test_a_failure_after_the_insert_leaves_no_row_and_no_audit(
    archive: Archive, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(archive, "case_file", "audit_entry")

    def fail(*_args: object) -> object:
        raise RuntimeError("the disk went away")

    # create_case flushes the new case (and so its audit row), then reads the summary: fail there.
    monkeypatch.setattr(cases.repositories, "case_summaries", fail)
    with pytest.raises(RuntimeError):
        cases.create_case(archive, cases.CaseDraft(title="Never saved"), actor=ACTOR)

    assert _counts(archive, "case_file", "audit_entry") == before


def test_a_refusal_after_a_first_insert_leaves_no_row_and_no_audit(
    archive: Archive, case: str
) -> None:
    tables = ("party", "party_identifier", "case_party", "audit_entry")
    before = _counts(archive, *tables)
    draft = parties.PartyDraft(
        name="Half a party", identifiers=[("phone", "13800138000"), ("fax", "x")]
    )
    with pytest.raises(ValidationError):
        parties.add_party_to_case(archive, case, draft, actor=ACTOR)
    assert _counts(archive, *tables) == before


def test_a_failed_update_leaves_the_old_values_and_no_audit(archive: Archive, case: str) -> None:
    before = _counts(archive, "audit_entry")
    with pytest.raises(ValidationError):
        cases.set_status(archive, case, "closed", on="2020-01-01", actor=ACTOR)
    detail = cases.case_detail(archive, case)
    assert (detail.status, detail.closed_on) == ("open", None)
    assert _counts(archive, "audit_entry") == before
    assert detail.opened_on == date(2026, 3, 1)


# -- the case each audit row belongs to -------------------------------------------------------


def _cases_of_rows(archive: Archive) -> list[tuple[str, str, int | None, str]]:
    """(table, action, case_id, shared_record) of every audit row, oldest first."""
    with archive.reading() as session:
        return [
            (e.table_name, e.action, e.case_id, e.shared_record)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))  # type: ignore[arg-type]
        ]


def test_each_audit_row_names_its_case_even_through_a_parent(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    source = tmp_path / "order.txt"
    source.write_bytes(b"order screenshot")
    case_id = cases.case_detail(archive, case).id
    other = cases.create_case(archive, cases.CaseDraft(title="Other"), actor=ACTOR).reference
    before = len(_trail(archive))

    proceeding = proceedings.add_proceeding(archive, case, proceedings.ProceedingDraft("customs"))
    proceedings.add_event(archive, proceeding.id, "detention", "2026-03-03")
    exhibit = evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source]).evidence
    evidence.add_custody_event(archive, exhibit.id, "sealed")
    row, _ = parties.add_party_to_case(
        archive, case, parties.PartyDraft(name="Shop", identifiers=[("phone", "13800138000")])
    )
    parties.add_identifier(archive, row.party.id, "shop_id", "taobao-1")  # no case named
    right = rights.add_right(
        archive, rights.RightDraft(kind="trademark", number="G1", jurisdiction="CN"), other
    )

    written = _cases_of_rows(archive)[before:]
    party, right_id = row.party.id, right.id
    assert written == [
        ("proceeding", "insert", case_id, ""),
        ("proceeding_event", "insert", case_id, ""),
        ("evidence_item", "insert", case_id, ""),
        ("stored_blob", "insert", case_id, ""),  # written in this case's intake
        ("evidence_file", "insert", case_id, ""),
        ("custody_event", "insert", case_id, ""),
        ("party", "insert", case_id, f"party:{party}"),
        ("party_identifier", "insert", case_id, f"party:{party}"),
        ("case_party", "insert", case_id, f"party:{party}"),
        ("party_identifier", "insert", None, f"party:{party}"),
        ("ip_right", "insert", case_id + 1, f"right:{right_id}"),
        ("case_right", "insert", case_id + 1, f"right:{right_id}"),
    ]


def test_a_removed_child_still_names_its_case(archive: Archive, case: str) -> None:
    case_id = cases.case_detail(archive, case).id
    draft = proceedings.ProceedingDraft("customs", jurisdiction="CN")
    proceeding = proceedings.add_proceeding(archive, case, draft)
    event = proceedings.add_event(archive, proceeding.id, "customs_notice", "2026-03-03").events[0]
    before = len(_trail(archive))
    proceedings.remove_event(archive, event.id)
    assert _cases_of_rows(archive)[before:] == [
        ("deadline", "delete", case_id, ""),
        ("proceeding_event", "delete", case_id, ""),
    ]
