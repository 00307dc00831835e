"""The infringers across the practice, as counsel would check them on a small archive: the list
with identifiers, cases, routes and outcomes; "seen before" suggestions; merging two records of
the same seller and undoing it exactly; and what is refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from casefile.domain import CaseStatus, Money, PartyRole, Route
from casefile.errors import ValidationError
from casefile.services import cases, history, infringers, integrity, parties, proceedings
from casefile.services.search import search_cases
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from tests.core.writes import refused


def _case(archive: Archive, title: str, opened: str) -> str:
    return cases.create_case(archive, cases.CaseDraft(title=title, opened_on=opened)).reference


def _infringer(archive: Archive, reference: str, name: str, *identifiers: tuple[str, str]) -> int:
    row, _matches = parties.add_party_to_case(
        archive, reference, parties.PartyDraft(name=name, identifiers=list(identifiers))
    )
    return row.party.id


@pytest.fixture
def two_sellers(archive: Archive) -> dict[str, Any]:
    """One seller entered twice under two names, in two cases, sharing a phone number written
    differently; plus an unrelated infringer and a witness."""
    first = _case(archive, "Fake scooters on Taobao", "2025-03-01")
    second = _case(archive, "Fake scooters at the Yiwu fair", "2026-02-10")
    other = _case(archive, "Counterfeit chargers", "2025-06-01")
    fast = _infringer(
        archive,
        first,
        "Shenzhen Fastwheel Trading Co., Ltd.",
        ("phone", "+86 139-5792-8841"),
        ("shop_id", "fastwheel888"),
    )
    wheel = _infringer(
        archive,
        second,
        "Fastwheel Yiwu stall",
        ("phone", "13957928841"),
        ("wechat", "fastwheel_yw"),
    )
    unrelated = _infringer(archive, other, "Guangzhou Charger Works", ("phone", "13800138000"))
    parties.add_party_to_case(
        archive, second, parties.PartyDraft(name="Stall neighbour"), role=PartyRole.WITNESS
    )
    proceedings.add_proceeding(
        archive,
        first,
        proceedings.ProceedingDraft(
            route=Route.ADMINISTRATIVE,
            authority="Shenzhen AMR",
            stage="decided",
            outcome="Goods confiscated",
            fine=Decimal("50000"),
        ),
    )
    proceedings.add_proceeding(
        archive, second, proceedings.ProceedingDraft(route=Route.PLATFORM, authority="Taobao")
    )
    return {
        "first": first,
        "second": second,
        "other": other,
        "fast": fast,
        "wheel": wheel,
        "unrelated": unrelated,
    }


def _state(archive: Archive) -> dict[str, Any]:
    """Every party, identifier and case link with all its columns: equal means restored exactly."""
    with archive.engine.connect() as connection:
        return {
            table: sorted(
                tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {table}")
            )
            for table in ("party", "party_identifier", "case_party")
        }


# --- the list ----------------------------------------------------------------------------------


def test_infringers_lists_each_with_identifiers_cases_routes_and_outcomes(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    found = {i.name: i for i in infringers.infringers(archive)}
    assert set(found) == {
        "Shenzhen Fastwheel Trading Co., Ltd.",
        "Fastwheel Yiwu stall",
        "Guangzhou Charger Works",
    }  # the witness is no infringer
    fast = found["Shenzhen Fastwheel Trading Co., Ltd."]
    assert [(i.kind, i.value) for i in fast.identifiers] == [
        ("phone", "+86 139-5792-8841"),
        ("shop_id", "fastwheel888"),
    ]
    assert [(c.reference, c.title, c.status) for c in fast.cases] == [
        (two_sellers["first"], "Fake scooters on Taobao", CaseStatus.OPEN)
    ]
    assert fast.routes == (Route.ADMINISTRATIVE,)
    ((reference, outcome),) = fast.outcomes
    assert reference == two_sellers["first"]
    assert outcome.outcome == "Goods confiscated"
    assert outcome.fine == Money(Decimal("50000"), "CNY")
    assert (fast.first_seen, fast.last_seen) == (date(2025, 3, 1), date(2025, 3, 1))
    stall = found["Fastwheel Yiwu stall"]
    assert stall.routes == (Route.PLATFORM,)
    assert stall.outcomes == ()  # nothing decided yet


def test_search_finds_an_infringer_by_name_or_by_identifier_as_typed_differently(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    assert [i.name for i in infringers.infringers(archive, search="charger")] == [
        "Guangzhou Charger Works"
    ]
    by_phone = infringers.infringers(archive, search="139 5792 8841", order="name")
    assert [i.name for i in by_phone] == [
        "Fastwheel Yiwu stall",
        "Shenzhen Fastwheel Trading Co., Ltd.",
    ]
    assert infringers.infringers(archive, search="nobody at all") == []


def test_ids_and_pages_give_the_same_infringers(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    ids = infringers.infringer_ids(archive, order="first_seen")
    assert len(ids) == 3
    page = infringers.infringer_details(archive, ids[1:])
    assert [i.id for i in page] == ids[1:]
    assert [i.name for i in infringers.infringers(archive, order="first_seen", limit=1)] == [
        "Shenzhen Fastwheel Trading Co., Ltd."
    ]


def test_bad_list_arguments_are_refused_in_words(archive: Archive) -> None:
    with pytest.raises(ValidationError, match="order"):
        infringers.infringers(archive, order="size")
    with pytest.raises(ValidationError, match="limit"):
        infringers.infringers(archive, limit=0)


# --- "seen before" -------------------------------------------------------------------------------


def test_two_records_sharing_a_phone_are_suggested_with_the_evidence(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    (suggestion,) = infringers.merge_suggestions(archive)
    assert {suggestion.first.id, suggestion.second.id} == {
        two_sellers["fast"],
        two_sellers["wheel"],
    }
    assert suggestion.reasons == ("phone 13957928841 on both",)
    assert {suggestion.first.cases, suggestion.second.cases} == {
        (two_sellers["first"],),
        (two_sellers["second"],),
    }


def test_names_nearly_alike_are_suggested(archive: Archive) -> None:
    one = _case(archive, "Bags", "2025-01-01")
    two = _case(archive, "More bags", "2025-05-01")
    _infringer(archive, one, "Yiwu Handbag Trading Co., Ltd.")
    _infringer(archive, two, "YIWU HANDBAG TRADING CO LTD")
    _infringer(archive, two, "黄某")  # too short a name to tell anyone apart
    _infringer(archive, one, "黄某")
    (suggestion,) = infringers.merge_suggestions(archive)
    assert suggestion.same_name and suggestion.shared == ()
    assert "names nearly the same" in suggestion.reasons[0]


def test_a_merged_pair_is_no_longer_suggested(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    infringers.merge_parties(archive, two_sellers["fast"], two_sellers["wheel"], reason="same")
    assert infringers.merge_suggestions(archive) == []


# --- merging -------------------------------------------------------------------------------------


def test_after_a_merge_the_kept_party_has_both_cases_and_all_identifiers(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    fast, wheel = two_sellers["fast"], two_sellers["wheel"]
    result = infringers.merge_parties(
        archive, fast, wheel, actor="Li Wei", reason="Same phone; stall is their outlet"
    )
    assert result.identifiers_moved == ("wechat fastwheel_yw",)
    assert result.identifiers_dropped == ("phone 13957928841",)  # already held, as normalised
    assert result.links_moved == (f"{two_sellers['second']} as infringer",)
    (merged,) = [i for i in infringers.infringers(archive) if i.id == fast]
    assert [c.reference for c in merged.cases] == [two_sellers["first"], two_sellers["second"]]
    assert {(i.kind, i.value) for i in merged.identifiers} == {
        ("phone", "+86 139-5792-8841"),
        ("shop_id", "fastwheel888"),
        ("wechat", "fastwheel_yw"),
    }
    assert merged.routes == (Route.PLATFORM, Route.ADMINISTRATIVE)
    assert wheel not in infringers.infringer_ids(archive)
    # The second case now names the kept party as its infringer.
    detail = cases.case_detail(archive, two_sellers["second"])
    assert [p.party.name for p in detail.parties if p.role == PartyRole.INFRINGER] == [
        "Shenzhen Fastwheel Trading Co., Ltd."
    ]
    assert integrity.check_archive(archive).ok


def test_the_audit_trail_and_the_case_history_name_the_merge(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    result = infringers.merge_parties(
        archive, two_sellers["fast"], two_sellers["wheel"], actor="Li Wei", reason="Same phone"
    )
    with archive.reading() as session:
        trail = list(session.scalars(select(AuditEntry).where(AuditEntry.actor == "Li Wei")))
    merge_rows = [e for e in trail if e.table_name == "party_merge"]
    assert [(e.action, e.changes["reason"], e.changes["merged_name"]) for e in merge_rows] == [
        ("insert", "Same phone", "Fastwheel Yiwu stall")
    ]
    assert {"party", "party_identifier", "case_party"} <= {e.table_name for e in trail}
    second_id = cases.case_detail(archive, two_sellers["second"]).id
    records = [h.record for h in history.case_history(archive, second_id)]
    assert "Fastwheel Yiwu stall merged into Shenzhen Fastwheel Trading Co., Ltd." in records
    assert [m.id for m in infringers.merges(archive, two_sellers["fast"])] == [result.merge_id]


def test_undo_restores_both_parties_exactly(archive: Archive, two_sellers: dict[str, Any]) -> None:
    before = _state(archive)
    merge = infringers.merge_parties(
        archive, two_sellers["fast"], two_sellers["wheel"], reason="Same phone"
    )
    assert _state(archive) != before
    undone = infringers.undo_merge(archive, merge.merge_id, actor="Li Wei")
    assert undone.same_id and undone.cases_gone == ()
    assert undone.restored.name == "Fastwheel Yiwu stall"
    assert _state(archive) == before
    assert len(infringers.merge_suggestions(archive)) == 1  # a pair again
    (row,) = infringers.merges(archive)
    assert row.undone_by == "Li Wei" and row.undone_at is not None
    assert integrity.check_archive(archive).ok


def test_undo_of_a_merge_of_a_party_in_the_same_case_restores_both_links(
    archive: Archive,
) -> None:
    reference = _case(archive, "Two names, one seller", "2025-01-01")
    one = _infringer(archive, reference, "Seller A", ("email", "a@shop.cn"))
    two = _infringer(archive, reference, "Seller B", ("email", "A@SHOP.CN"))
    before = _state(archive)
    merge = infringers.merge_parties(archive, one, two, reason="same mailbox")
    assert merge.links_dropped == (f"{reference} as infringer",)
    assert [p.party.id for p in cases.case_detail(archive, reference).parties] == [one]
    infringers.undo_merge(archive, merge.merge_id)
    assert _state(archive) == before


def test_merged_and_restored_parties_are_found_by_search(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    merge = infringers.merge_parties(
        archive, two_sellers["fast"], two_sellers["wheel"], reason="Same phone"
    )
    # Each identifier of the kept party, moved or its own, finds both its cases.
    for identifier in ("fastwheel_yw", "fastwheel888"):
        assert {h.case.reference for h in search_cases(archive, identifier)} == {
            two_sellers["first"],
            two_sellers["second"],
        }
    assert {h.case.reference for h in search_cases(archive, "Fastwheel Trading")} == {
        two_sellers["first"],
        two_sellers["second"],
    }
    assert search_cases(archive, "Yiwu stall") == []  # the merged name is gone
    infringers.undo_merge(archive, merge.merge_id)
    assert {h.case.reference for h in search_cases(archive, "Yiwu stall")} == {
        two_sellers["second"]
    }
    assert {h.case.reference for h in search_cases(archive, "fastwheel888")} == {
        two_sellers["first"]
    }
    assert {h.case.reference for h in search_cases(archive, "fastwheel_yw")} == {
        two_sellers["second"]
    }


def test_a_chain_of_merges_is_undone_last_first(archive: Archive) -> None:
    reference = _case(archive, "Three records", "2025-01-01")
    a = _infringer(archive, reference, "Record A", ("phone", "13900000001"))
    b = _infringer(archive, reference, "Record B", ("phone", "13900000002"))
    c = _infringer(archive, reference, "Record C", ("phone", "13900000003"))
    before = _state(archive)
    first = infringers.merge_parties(archive, a, b, reason="same")
    second = infringers.merge_parties(archive, c, a, reason="same")
    with refused(archive, "merge_id", "since merged into party", f"merge {second.merge_id}"):
        infringers.undo_merge(archive, first.merge_id)
    infringers.undo_merge(archive, second.merge_id)
    infringers.undo_merge(archive, first.merge_id)
    assert _state(archive) == before


# --- refusals ------------------------------------------------------------------------------------


def test_merging_into_itself_or_unknown_parties_is_refused(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    fast = two_sellers["fast"]
    with refused(archive, "merged_id", "cannot be merged into itself"):
        infringers.merge_parties(archive, fast, fast, reason="oops")
    with refused(archive, "merged_id", "no party 999"):
        infringers.merge_parties(archive, fast, 999, reason="oops")
    with refused(archive, "keep_id", "no party 998"):
        infringers.merge_parties(archive, 998, fast, reason="oops")
    with refused(archive, "reason", "required"):
        infringers.merge_parties(archive, fast, two_sellers["wheel"], reason="  ")


def test_undoing_twice_or_an_unknown_merge_is_refused(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    merge = infringers.merge_parties(
        archive, two_sellers["fast"], two_sellers["wheel"], reason="Same phone"
    )
    infringers.undo_merge(archive, merge.merge_id)
    with refused(archive, "merge_id", "already undone"):
        infringers.undo_merge(archive, merge.merge_id)
    with refused(archive, "merge_id", "no merge 42"):
        infringers.undo_merge(archive, 42)


def test_undo_is_refused_when_the_kept_party_was_removed(
    archive: Archive, two_sellers: dict[str, Any]
) -> None:
    fast, wheel = two_sellers["fast"], two_sellers["wheel"]
    merge = infringers.merge_parties(archive, fast, wheel, reason="Same phone")
    for reference in (two_sellers["first"], two_sellers["second"]):
        parties.unlink_party(archive, reference, fast)  # the last unlink removes the record
    with refused(archive, "merge_id", "has since been removed"):
        infringers.undo_merge(archive, merge.merge_id)


def test_undo_gives_a_new_id_when_the_old_one_was_taken_meanwhile(archive: Archive) -> None:
    reference = _case(archive, "Ids reused", "2025-01-01")
    kept = _infringer(archive, reference, "Kept", ("phone", "13900000001"))
    merged = _infringer(archive, reference, "Merged", ("wechat", "merged_wx"))
    merge = infringers.merge_parties(archive, kept, merged, reason="same")
    newcomer = _infringer(archive, reference, "Newcomer")  # SQLite hands out the freed id
    undone = infringers.undo_merge(archive, merge.merge_id)
    assert newcomer == merged and not undone.same_id
    assert undone.restored.id != merged
    assert [(i.kind, i.value) for i in undone.restored.identifiers] == [("wechat", "merged_wx")]
    assert [(i.kind, i.value) for i in undone.kept.identifiers] == [("phone", "13900000001")]
    detail = cases.case_detail(archive, reference)
    assert sorted(p.party.name for p in detail.parties) == ["Kept", "Merged", "Newcomer"]
    assert integrity.check_archive(archive).ok
