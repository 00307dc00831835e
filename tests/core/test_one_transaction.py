"""Several use cases written as one (`Archive.one_transaction`): the services called inside it
join one transaction, so a whole case from a file is written entirely or not at all, and each
service's rows are audited exactly as when it runs on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services import cases, parties, proceedings, rights
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from tests.core.writes import row_counts

ACTOR = "li.counsel"


def _trail(archive: Archive) -> list[tuple[str, str, str, int | None, str]]:
    """The audit rows, without their times and row ids."""
    with archive.reading() as session:
        return [
            (e.actor, e.table_name, e.action, e.case_id, e.shared_record)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def _build(archive: Archive) -> str:
    """A case with a proceeding and an event, a party and a right with its recordal: services
    that name their case (load_case) and some that do not (add_event, add_recordal)."""
    reference = cases.create_case(
        archive, cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01"), ACTOR
    ).reference
    proceeding = proceedings.add_proceeding(
        archive, reference, proceedings.ProceedingDraft(route="customs", jurisdiction="CN"), ACTOR
    )
    proceedings.add_event(archive, proceeding.id, "detention", "2026-03-05", actor=ACTOR)
    draft = parties.PartyDraft(name="Shop X", identifiers=[("phone", "13800138000")])
    parties.add_party_to_case(archive, reference, draft, actor=ACTOR)
    right = rights.add_right(
        archive, rights.RightDraft("trademark", "12345678", "CN"), reference, ACTOR
    )
    rights.add_recordal(archive, right.id, "GACC", "T2020-1", "2020-01-01", "2030-01-01", ACTOR)
    return reference


def test_services_inside_write_once_and_are_audited_as_on_their_own(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "Alone.casefile", create=True) as alone:
        _build(alone)
        expected = _trail(alone)
        expected_rows = row_counts(alone)
    with Archive.open(tmp_path / "Joined.casefile", create=True) as joined:
        with joined.one_transaction(ACTOR):
            reference = _build(joined)
            # nothing is committed until the block ends: another connection sees no case
            assert cases.list_cases(joined) == []
        assert _trail(joined) == expected
        assert row_counts(joined) == expected_rows
        detail = cases.case_detail(joined, reference)
        assert len(detail.proceedings[0].events) == 1 and detail.deadlines
        assert detail.rights[0].recordals[0].number == "T2020-1"


def test_a_refusal_inside_writes_nothing(archive: Archive) -> None:
    before = row_counts(archive)
    with pytest.raises(ValidationError) as raised, archive.one_transaction(ACTOR):
        reference = _build(archive)
        proceedings.add_proceeding(archive, reference, proceedings.ProceedingDraft(route="x"))
    assert raised.value.field == "route"
    assert row_counts(archive) == before
    # and the archive writes normally afterwards, each service on its own again
    assert cases.create_case(archive, cases.CaseDraft(title="Next")).reference


def test_not_opened_twice_on_one_thread(archive: Archive) -> None:
    with (
        archive.one_transaction(ACTOR),
        pytest.raises(RuntimeError),
        archive.one_transaction(ACTOR),
    ):
        pass  # pragma: no cover
