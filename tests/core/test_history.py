"""A case's history as counsel reads it: newest first, each change with when, who, the kind of
record and which one in words, and before → after; removed records still named; parties and
rights changed elsewhere while linked to the case; filters by kind, text and dates."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from casefile.domain import AuditAction, RecordKind
from casefile.errors import NotFoundError
from casefile.services import cases, evidence, parties, proceedings, records, rights
from casefile.services.history import FieldChange, HistoryRow, case_history
from casefile.store.archive import Archive
from tests.core.writes import refused


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft, actor="li.wei").reference


def _id(archive: Archive, reference: str) -> int:
    return cases.case_detail(archive, reference).id


def _changes(row: HistoryRow) -> dict[str, tuple[object, object]]:
    return {c.field: (c.before, c.after) for c in row.changes}


def test_the_history_reads_newest_first_with_before_and_after(archive: Archive, case: str) -> None:
    cases.update_case(archive, case, {"title": "Fake e-scooters"}, actor="zhang.counsel")
    note = records.add_note(archive, case, "Seller moved to Pinduoduo.", actor="wang.paralegal")
    records.update_note(archive, note, "Seller moved to JD.", actor="zhang.counsel")

    history = case_history(archive, _id(archive, case))

    assert [(h.kind, h.action, h.actor) for h in history] == [
        (RecordKind.NOTE, AuditAction.UPDATE, "zhang.counsel"),
        (RecordKind.NOTE, AuditAction.INSERT, "wang.paralegal"),
        (RecordKind.CASE, AuditAction.UPDATE, "zhang.counsel"),
        (RecordKind.CASE, AuditAction.INSERT, "li.wei"),
    ]
    edited = history[0]
    assert (edited.kind_words, edited.record, edited.record_id) == (
        "note",
        "note “Seller moved to JD.”",
        str(note),
    )
    assert edited.changes == (
        FieldChange("body", "Seller moved to Pinduoduo.", "Seller moved to JD."),
    )
    assert _changes(history[2])["title"] == ("Fake scooters", "Fake e-scooters")
    assert "updated_at" not in _changes(history[2])
    assert history[3].record == case
    assert _changes(history[3])["opened_on"] == (None, "2026-03-01")
    assert all(h.at.tzinfo is not None for h in history)
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)


def test_removed_records_are_named_with_what_they_held(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    draft = proceedings.ProceedingDraft(route="customs", authority="Ningbo Customs")
    proceeding = proceedings.add_proceeding(archive, case, draft)
    proceedings.add_event(archive, proceeding.id, "customs_notice", "2026-11-16", "NB-17")
    source = tmp_path / "order.txt"
    source.write_text("order 42")
    exhibit = evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source]).evidence
    evidence.add_custody_event(archive, exhibit.id, "sealed", seal_number="S-9")
    proceedings.remove_proceeding(archive, proceeding.id, actor="zhang.counsel")

    history = case_history(archive, _id(archive, case))
    removed = [h for h in history if h.action is AuditAction.DELETE]
    assert {(h.kind, h.record) for h in removed} == {
        (RecordKind.PROCEEDING, "customs proceeding before Ningbo Customs"),
        (RecordKind.EVENT, "customs notice on 2026-11-16"),
        (RecordKind.DEADLINE, "“Apply for detention and post a bond after customs notifies "
         "suspected goods” due 2026-11-19"),
    }  # fmt: skip
    event = next(h for h in removed if h.kind is RecordKind.EVENT)
    assert _changes(event)["reference"] == ("NB-17", None)
    custody = next(h for h in history if h.kind is RecordKind.CUSTODY)
    assert custody.record == "sealed of exhibit #1"
    assert _changes(custody)["seal_number"] == (None, "S-9")


def test_a_party_changed_in_another_case_while_linked_shows_in_both(
    archive: Archive, case: str
) -> None:
    row, _ = parties.add_party_to_case(
        archive, case, parties.PartyDraft("Fastwheel", identifiers=[("phone", "13800138000")])
    )
    party = row.party.id
    later = cases.create_case(archive, cases.CaseDraft("Later")).reference
    parties.link_party(archive, later, party)
    parties.update_party(archive, party, parties.PartyDraft("Shenzhen Fastwheel Trading"))
    parties.add_identifier(archive, party, "shop_id", "taobao-77")

    for reference in (case, later):
        history = case_history(archive, _id(archive, reference))
        renamed = next(h for h in history if h.kind is RecordKind.PARTY)
        assert renamed.action is AuditAction.UPDATE
        assert renamed.record == "Shenzhen Fastwheel Trading"
        assert _changes(renamed)["name"] == ("Fastwheel", "Shenzhen Fastwheel Trading")
        added = history[0]
        assert (added.kind, added.record) == (
            RecordKind.IDENTIFIER,
            "shop id taobao-77 of Shenzhen Fastwheel Trading",
        )
    # Linking the party to the later case is the later case's change, not the first one's.
    links = [
        h for h in case_history(archive, _id(archive, case)) if h.kind is RecordKind.CASE_PARTY
    ]
    assert len(links) == 1 and links[0].action is AuditAction.INSERT
    # The later case does not show the party's life before it was linked there.
    later_history = case_history(archive, _id(archive, later))
    assert not [
        h for h in later_history if h.action is AuditAction.INSERT and h.kind is RecordKind.PARTY
    ]
    # Once unlinked, later changes to the party are no longer the first case's.
    parties.unlink_party(archive, case, party)
    parties.add_identifier(archive, party, "wechat", "fastwheel88")
    assert case_history(archive, _id(archive, case))[0].kind is RecordKind.CASE_PARTY
    assert case_history(archive, _id(archive, later))[0].record.startswith("wechat fastwheel88")


def test_a_right_and_its_recordals_show_while_linked(archive: Archive, case: str) -> None:
    right = rights.add_right(archive, rights.RightDraft("trademark", "G1234567", "CN"), case)
    rights.add_recordal(archive, right.id, "GACC", "T2019-1", "2019-01-01", "2029-01-01")
    history = case_history(archive, _id(archive, case))
    assert history[0].record == "GACC T2019-1 of trademark CN G1234567"
    assert history[0].kind_words == "customs recordal"


def test_the_history_is_filtered_by_kind_text_and_dates(archive: Archive, case: str) -> None:
    records.add_money_entry(archive, case, "cost", "notary", "1500", "CNY", "2026-03-02")
    records.add_note(archive, case, "公证处已出证", actor="wang.paralegal")
    case_id = _id(archive, case)
    everything = case_history(archive, case_id)

    money = case_history(archive, case_id, kinds=["money_entry"])
    assert [h.record for h in money] == ["cost notary CNY 1,500.00"]
    assert [h.kind for h in case_history(archive, case_id, kinds=[RecordKind.NOTE])] == [
        RecordKind.NOTE
    ]
    assert [h.kind for h in case_history(archive, case_id, text="公证处")] == [RecordKind.NOTE]
    assert [h.kind for h in case_history(archive, case_id, text="WANG.PARA")] == [RecordKind.NOTE]
    assert case_history(archive, case_id, text="nothing like this") == ()
    day = everything[0].at.astimezone().date()
    assert case_history(archive, case_id, since=day, until=day) == everything
    assert case_history(archive, case_id, since=day + timedelta(days=1)) == ()
    assert case_history(archive, case_id, until=day - timedelta(days=1)) == ()
    assert case_history(archive, case_id, limit=1) == everything[:1]


def test_bad_filters_are_refused(archive: Archive, case: str) -> None:
    case_id = _id(archive, case)
    with refused(archive, "kinds", "'photos' is not one of"):
        case_history(archive, case_id, kinds=["photos"])
    with refused(archive, "until", "is before since"):
        case_history(archive, case_id, since="2026-03-02", until="2026-03-01")
    with refused(archive, "since", "not a date"):
        case_history(archive, case_id, since="March")
    with refused(archive, "limit", "≥ 1"):
        case_history(archive, case_id, limit=0)
    with pytest.raises(NotFoundError):
        case_history(archive, 999)
