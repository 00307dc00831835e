"""Use cases as a user meets them: cases, proceedings, parties, rights, and what a case gathers
(figures, deadlines, money, notes). Bad input is refused naming the field, and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from casefile import clock
from casefile.domain import Money
from casefile.errors import NotFoundError
from casefile.services import cases, evidence, parties, proceedings, records, rights
from casefile.store.archive import Archive
from tests.core.writes import refused


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters, Yiwu", opened_on="2026-03-01")
    return cases.create_case(archive, draft).reference


# -- cases ------------------------------------------------------------------------------------


def test_create_case(archive: Archive) -> None:
    made = cases.create_case(
        archive,
        cases.CaseDraft(
            title="  Counterfeit scooters  ",
            brand="Segway",
            priority="HIGH",
            jurisdictions="cn, sg",
            opened_on="2026-03-01",
            tags="repeat, customs",
        ),
    )
    assert made.reference == "CF-2026-0001"
    assert made.title == "Counterfeit scooters"
    assert made.status == "open"
    assert made.priority == "high"
    assert made.jurisdictions == ("CN", "SG")
    detail = cases.case_detail(archive, made.reference)
    assert detail.tags == ("repeat", "customs")
    assert detail.opened_on == date(2026, 3, 1)


def test_opened_today_when_no_date_is_given(archive: Archive) -> None:
    made = cases.create_case(archive, cases.CaseDraft(title="Today"))
    assert made.opened_on == clock.today()
    assert made.reference == f"CF-{clock.today().year}-0001"


def test_references_are_sequential_per_year(archive: Archive) -> None:
    opened = ["2025-12-30", "2026-01-02", "2025-12-31", "2026-01-05", "2026-02-01", "2024-06-01"]
    references = [
        cases.create_case(archive, cases.CaseDraft(title=f"case {d}", opened_on=d)).reference
        for d in opened
    ]
    assert references == [
        "CF-2025-0001",
        "CF-2026-0001",
        "CF-2025-0002",
        "CF-2026-0002",
        "CF-2026-0003",
        "CF-2024-0001",
    ]


def test_a_reference_given_by_hand_is_kept_and_numbering_goes_on_after_it(
    archive: Archive,
) -> None:
    given = cases.create_case(
        archive, cases.CaseDraft(title="Imported", reference="cf-2026-0100", opened_on="2026-01-01")
    )
    following = cases.create_case(archive, cases.CaseDraft(title="Next", opened_on="2026-02-01"))
    assert given.reference == "CF-2026-0100"
    assert following.reference == "CF-2026-0101"


def test_a_reference_already_used_is_refused(archive: Archive, case: str) -> None:
    with refused(archive, "reference", "already used"):
        cases.create_case(archive, cases.CaseDraft(title="Again", reference=case.lower()))


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (cases.CaseDraft(title="   "), "title", "required"),
        (cases.CaseDraft(title="x" * 301), "title", "at most 300"),
        (cases.CaseDraft(title="x", opened_on="2026-02-30"), "opened_on", "'2026-02-30'"),
        (cases.CaseDraft(title="x", priority="extreme"), "priority", "'extreme' is not one of"),
        (cases.CaseDraft(title="x", jurisdictions=["China"]), "jurisdictions", "two-letter"),
        (cases.CaseDraft(title="x", tags=42), "tags", "list"),
    ],
)
def test_bad_case_input_is_refused(
    archive: Archive, case: str, draft: cases.CaseDraft, field: str, reason: str
) -> None:
    with refused(archive, field, reason):
        cases.create_case(archive, draft)


def test_update_case(archive: Archive, case: str) -> None:
    updated = cases.update_case(
        archive, case, {"title": "Fake robots", "priority": "urgent", "jurisdictions": ["NL"]}
    )
    assert (updated.title, updated.priority, updated.jurisdictions) == (
        "Fake robots",
        "urgent",
        ("NL",),
    )
    assert updated.reference == case
    assert cases.case_detail(archive, case).title == "Fake robots"


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"reference": "CF-2026-0999"}, "reference", "cannot be changed"),
        ({"status": "closed"}, "status", "cannot be changed"),
        ({"title": ""}, "title", "required"),
        ({"opened_on": "2026-13-01"}, "opened_on", "not a date"),
        ({"opened_on": ""}, "opened_on", "required"),  # not silently "today"
        ({"priority": "whenever"}, "priority", "not one of"),
    ],
)
def test_bad_case_changes_are_refused(
    archive: Archive, case: str, changes: dict[str, object], field: str, reason: str
) -> None:
    with refused(archive, field, reason):
        cases.update_case(archive, case, changes)
    assert cases.case_detail(archive, case).opened_on == date(2026, 3, 1)


def test_update_of_an_unknown_case(archive: Archive) -> None:
    with pytest.raises(NotFoundError) as raised:
        cases.update_case(archive, "CF-2026-0404", {"title": "x"})
    assert "CF-2026-0404" in str(raised.value)


def test_close_and_reopen_a_case(archive: Archive, case: str) -> None:
    held = cases.set_status(archive, case, "on_hold")
    assert held.status == "on_hold"
    closed = cases.set_status(archive, case, "closed", on="2026-06-30")
    assert closed.status == "closed"
    assert cases.case_detail(archive, case).closed_on == date(2026, 6, 30)
    reopened = cases.set_status(archive, case, "open")
    assert reopened.status == "open"
    assert cases.case_detail(archive, case).closed_on is None


def test_bad_status_changes_are_refused(archive: Archive, case: str) -> None:
    with refused(archive, "status", "'archived' is not one of"):
        cases.set_status(archive, case, "archived")
    with refused(archive, "closed_on", "is before opened_on 2026-03-01"):
        cases.set_status(archive, case, "closed", on="2026-02-28")
    with refused(archive, "closed_on", "not a date"):
        cases.set_status(archive, case, "closed", on="2026-02-30")
    assert cases.case_detail(archive, case).status == "open"
    # And a closed case cannot be given an opening date after it closed.
    cases.set_status(archive, case, "closed", on="2026-04-01")
    with refused(archive, "closed_on", "before opened_on"):
        cases.update_case(archive, case, {"opened_on": "2026-05-01"})


def _search(archive: Archive, text: str) -> list[str]:
    ids = cases.case_ids(archive, text)
    return [s.reference for s in cases.case_summaries(archive, ids)]


def test_search_looks_in_summaries_tags_parties_and_identifiers(archive: Archive) -> None:
    def make(title: str, **fields: object) -> str:
        return cases.create_case(archive, cases.CaseDraft(title=title, **fields)).reference

    by_title = make("Taobao shop 沃驰滑板车专营店 — takedown")
    by_summary = make("Ningbo detention", summary="The consignor is Yiwu 沃驰 again.")
    by_tag = make("Fake chargers", tags="export, 宁波, repeat infringer")
    by_party = make("Yiwu market raid")
    by_phone = make("1688 wholesale store")
    unrelated = make("Rotterdam detention", summary="Nothing to do with it.", tags="EU")
    parties.add_party_to_case(
        archive,
        by_party,
        _infringer("义乌市沃驰电动车配件商行", ("credit_code", "92330782MA2K3X7Y4P")),
    )
    parties.add_party_to_case(
        archive,
        by_phone,
        _infringer("Wholesale store", ("phone", "+86 13957928841"), ("shop_id", "b2b-22087")),
    )

    assert _search(archive, "沃驰") == [by_title, by_summary, by_party]
    assert _search(archive, "宁波") == [by_tag]
    assert _search(archive, "REPEAT infringer") == [by_tag]  # case as typed does not matter
    assert _search(archive, "b2b-22087") == [by_phone]  # an identifier as typed
    # identifiers compared in their normalized form, as repeat-infringer matching does
    assert _search(archive, "139 5792 8841") == [by_phone]
    assert _search(archive, "0086-139-5792-8841") == [by_phone]
    assert _search(archive, "１３９５７９２８８４１") == [by_phone]  # full-width digits
    assert _search(archive, "9233 0782 ma2k") == [by_party]  # credit code with spaces
    assert _search(archive, "Rotterdam") == [unrelated]
    # the digits of a text are taken for a phone number only if it looks like one
    assert _search(archive, "5792 8841") == [by_phone]
    assert _search(archive, "X9 5792 8841") == []


def test_search_takes_typed_wildcards_and_json_literally(archive: Archive) -> None:
    percent = cases.create_case(archive, cases.CaseDraft(title="Sold at 50% off")).reference
    cases.create_case(archive, cases.CaseDraft(title="Plain", tags="a, b, 宁波"))
    assert _search(archive, "50%") == [percent]
    assert _search(archive, "%") == [percent]
    assert _search(archive, "_") == []
    # tags are a JSON list: neither its punctuation nor its escapes ("\\u5b81") are found
    assert _search(archive, '", "') == []
    assert _search(archive, "u5b81") == []
    assert _search(archive, "[") == []


def test_a_party_sharing_an_identifier_with_a_party_in_other_cases_is_reported(
    archive: Archive,
) -> None:
    """Two party records, one phone: the later case shows the earlier ones, and back."""

    def make(title: str) -> str:
        return cases.create_case(archive, cases.CaseDraft(title=title)).reference

    raid, takedown, wholesale = make("Yiwu raid"), make("Taobao takedown"), make("1688 store")
    wochi, _ = parties.add_party_to_case(
        archive,
        raid,
        _infringer(
            "义乌市沃驰电动车配件商行",
            ("phone", "+86 139 5792 8841"),
            ("domain", "wochi-scooter.cn"),
        ),
    )
    parties.link_party(archive, takedown, wochi.party.id)
    store, matches = parties.add_party_to_case(
        archive,
        wholesale,
        _infringer(
            "义乌市沃驰贸易有限公司",
            ("phone", "0086-13957928841"),
            ("url", "https://www.wochi-scooter.cn/shop/7"),
            ("shop_id", "b2b-2208741133"),
        ),
    )
    assert [m.party.id for m in matches] == [wochi.party.id]  # what intake reported
    assert store.other_cases == ()  # not the same party record…

    [shown] = cases.case_detail(archive, wholesale).parties
    assert shown.other_cases == ()
    assert [
        (m.identifier.kind, m.identifier.value, m.other_identifier.value, m.party_name, m.cases)
        for m in shown.shared
    ] == [  # …but it shares its phone and website with a party of two other cases
        (
            "phone",
            "0086-13957928841",
            "+86 139 5792 8841",
            "义乌市沃驰电动车配件商行",
            (raid, takedown),
        ),
        (
            "url",
            "https://www.wochi-scooter.cn/shop/7",
            "wochi-scooter.cn",
            "义乌市沃驰电动车配件商行",
            (raid, takedown),
        ),
    ]
    assert shown.linked_cases == (raid, takedown)

    [earlier] = cases.case_detail(archive, raid).parties
    assert earlier.other_cases == (takedown,)  # the same record
    assert {(m.identifier.kind, m.party_name, m.cases) for m in earlier.shared} == {
        ("phone", "义乌市沃驰贸易有限公司", (wholesale,)),
        ("domain", "义乌市沃驰贸易有限公司", (wholesale,)),
    }
    assert earlier.linked_cases == (takedown, wholesale)
    assert parties.shared_identifiers(archive, wholesale) == {store.party.id: shown.shared}


def test_parties_sharing_an_identifier_only_within_the_case_are_not_reported(
    archive: Archive, case: str
) -> None:
    parties.add_party_to_case(archive, case, _infringer("Shop", ("phone", "13800138000")))
    parties.add_party_to_case(archive, case, _infringer("Its company", ("phone", "138 0013 8000")))
    other = cases.create_case(archive, cases.CaseDraft(title="Unrelated")).reference
    parties.add_party_to_case(archive, other, _infringer("Else", ("phone", "13800138001")))
    assert [p.shared for p in cases.case_detail(archive, case).parties] == [(), ()]
    assert parties.shared_identifiers(archive, case) == {}


def test_shared_identifiers_of_a_case_take_two_queries(archive: Archive, case: str) -> None:
    """However many parties and identifiers: not one query per identifier."""
    from sqlalchemy import event

    from casefile.store import repositories

    for n in range(6):
        idents = [("phone", f"1380013800{n}"), ("shop_id", f"shop-{n}"), ("domain", f"s{n}.cn")]
        parties.add_party_to_case(archive, case, _infringer(f"Party {n}", *idents))
        other = cases.create_case(archive, cases.CaseDraft(title=f"Other {n}")).reference
        parties.add_party_to_case(archive, other, _infringer(f"Again {n}", *idents))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with archive.reading() as session:
        case_id = repositories.case_by_reference(session, case).id
        event.listen(archive.engine, "before_cursor_execute", count)
        try:
            found = repositories.identifier_matches_of_case(session, case_id)
        finally:
            event.remove(archive.engine, "before_cursor_execute", count)
    assert len(found) == 6 and all(len(matches) == 3 for matches in found.values())
    assert len(statements) == 2


# -- proceedings ------------------------------------------------------------------------------


def test_proceeding_with_money_and_events(archive: Archive, case: str) -> None:
    made = proceedings.add_proceeding(
        archive,
        case,
        proceedings.ProceedingDraft(
            route="Administrative",
            authority="Yiwu AMR",
            started_on="2026-03-05",
            quantity_seized="1,200",
            fine="50,000.50",
            currency="cny",
        ),
    )
    assert made.route == "administrative"
    assert made.quantity_seized == 1200
    assert made.fine == Money(Decimal("50000.50"), "CNY")
    assert made.damages is None

    proceedings.add_event(archive, made.id, "penalty_decision", "2026-04-20", reference="YW-17")
    proceedings.add_event(archive, made.id, "raid", "2026-03-06")
    row = proceedings.add_event(archive, made.id, "complaint_filed", "2026-03-05")
    assert [e.kind for e in row.events] == ["complaint_filed", "raid", "penalty_decision"]
    assert row.events[2].reference == "YW-17"

    updated = proceedings.update_proceeding(
        archive,
        made.id,
        proceedings.ProceedingDraft(
            route="administrative", stage="decided", fine="80000", currency="CNY"
        ),
    )
    assert updated.stage == "decided"
    assert updated.fine == Money(Decimal("80000"), "CNY")
    assert len(updated.events) == 3
    assert cases.case_detail(archive, case).proceedings == (updated,)
    assert cases.list_cases(archive)[0].routes == ("administrative",)


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (proceedings.ProceedingDraft(route="police"), "route", "'police' is not one of"),
        (proceedings.ProceedingDraft(route="civil", stage="won"), "stage", "not one of"),
        (
            proceedings.ProceedingDraft(route="civil", quantity_seized="-5"),
            "quantity_seized",
            "negative",
        ),
        (
            proceedings.ProceedingDraft(route="civil", quantity_seized="2.5"),
            "quantity_seized",
            "whole number",
        ),
        (proceedings.ProceedingDraft(route="civil", fine="-100"), "fine", "negative"),
        (
            proceedings.ProceedingDraft(route="civil", damages="10.005"),
            "damages",
            "two decimal places",
        ),
        (
            proceedings.ProceedingDraft(route="civil", fine="100", currency="yuan"),
            "currency",
            "three-letter",
        ),
        (
            proceedings.ProceedingDraft(route="civil", started_on="2026-02-30"),
            "started_on",
            "not a date",
        ),
        (
            proceedings.ProceedingDraft(
                route="civil", started_on="2026-03-02", ended_on="2026-03-01"
            ),
            "ended_on",
            "before started_on",
        ),
    ],
)
def test_bad_proceeding_input_is_refused(
    archive: Archive, case: str, draft: proceedings.ProceedingDraft, field: str, reason: str
) -> None:
    with refused(archive, field, reason):
        proceedings.add_proceeding(archive, case, draft)


def test_bad_events_are_refused(archive: Archive, case: str) -> None:
    made = proceedings.add_proceeding(archive, case, proceedings.ProceedingDraft(route="customs"))
    with refused(archive, "kind", "'bribe' is not one of"):
        proceedings.add_event(archive, made.id, "bribe", "2026-03-01")
    with refused(archive, "occurred_on", "'2026-02-30'"):
        proceedings.add_event(archive, made.id, "detention", "2026-02-30")
    with refused(archive, "occurred_on", "required"):
        proceedings.add_event(archive, made.id, "detention", "")
    with pytest.raises(NotFoundError):
        proceedings.add_event(archive, 999, "detention", "2026-03-01")


# -- parties and repeat infringers ------------------------------------------------------------


def _infringer(name: str, *identifiers: tuple[str, str]) -> parties.PartyDraft:
    return parties.PartyDraft(name=name, kind="shop", identifiers=list(identifiers))


def test_one_infringer_linked_to_several_cases(archive: Archive, case: str) -> None:
    row, matches = parties.add_party_to_case(
        archive, case, _infringer("Happy Scooter Store", ("shop_id", "taobao-55501"))
    )
    assert matches == []
    assert row.role == "infringer"
    second = cases.create_case(archive, cases.CaseDraft(title="Same shop again")).reference
    third = cases.create_case(archive, cases.CaseDraft(title="And again")).reference
    parties.link_party(archive, second, row.party.id)
    linked = parties.link_party(archive, third, row.party.id, role="infringer")
    parties.link_party(archive, third, row.party.id)  # linking twice is harmless

    assert linked.other_cases == (case, second)
    in_first = cases.case_detail(archive, case).parties
    assert len(in_first) == 1
    assert in_first[0].other_cases == (second, third)
    assert len(cases.case_detail(archive, third).parties) == 1


def test_linking_unknown_parties_or_cases(archive: Archive, case: str) -> None:
    with pytest.raises(NotFoundError):
        parties.link_party(archive, case, 999)
    row, _ = parties.add_party_to_case(archive, case, _infringer("X"))
    with pytest.raises(NotFoundError):
        parties.link_party(archive, "CF-2026-0404", row.party.id)
    with refused(archive, "role", "'suspect' is not one of"):
        parties.link_party(archive, case, row.party.id, role="suspect")


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (("phone", "+86 138-0013-8000"), ("phone", "13800138000")),
        (("phone", "13800138000"), ("phone", "0086 138 0013 8000")),
        (("phone", "138 0013 8000"), ("phone", "１３８００１３８０００")),
        (("credit_code", "91310115MA1K4ABC1X"), ("credit_code", "9131 0115 ma1k 4abc 1x")),
        (("url", "https://www.shop-x.com/item/42"), ("domain", "shop-x.com")),
        (("domain", "www.shop-x.com"), ("url", "http://shop-x.com/item/7?ref=ad")),
        (("url", "shop-x.com/item/42/"), ("url", "HTTPS://SHOP-X.COM/item/42#reviews")),
        (("shop_id", "Taobao  Shop 55501"), ("shop_id", " taobao shop 55501 ")),
        (("seller_id", "JD-88-ABC"), ("seller_id", "jd-88-abc")),
        (("wechat", "Fake_Scooters"), ("wechat", "fake_scooters")),
    ],
)
def test_an_earlier_infringer_sharing_an_identifier_is_found(
    archive: Archive, case: str, earlier: tuple[str, str], later: tuple[str, str]
) -> None:
    first, _ = parties.add_party_to_case(archive, case, _infringer("Earlier shop", earlier))

    matches = parties.find_matching_parties(archive, [("email", "new@example.com"), later])

    assert [m.party.id for m in matches] == [first.party.id]
    assert matches[0].cases == (case,)
    assert matches[0].shared[0].value == earlier[1]  # shown as the user wrote it

    # Entering the new infringer in a new case reports the match at once.
    second = cases.create_case(archive, cases.CaseDraft(title="New listing")).reference
    _, found = parties.add_party_to_case(archive, second, _infringer("New shop", later))
    assert [m.party.id for m in found] == [first.party.id]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (("phone", "13800138000"), ("phone", "13800138001")),
        (("shop_id", "55501"), ("seller_id", "55501")),  # kinds do not cross
        (("url", "https://myxshop.com/item/1"), ("domain", "my_shop.com")),  # _ is no wildcard
        (("url", "https://shop-x.com.evil.cn/item"), ("domain", "shop-x.com")),
        (("credit_code", "91310115MA1K4ABC1X"), ("credit_code", "91310115MA1K4ABC1Y")),
    ],
)
def test_different_identifiers_do_not_match(
    archive: Archive, case: str, earlier: tuple[str, str], later: tuple[str, str]
) -> None:
    parties.add_party_to_case(archive, case, _infringer("Earlier shop", earlier))
    assert parties.find_matching_parties(archive, [later]) == []


def test_adding_an_identifier_reports_matches(archive: Archive, case: str) -> None:
    first, _ = parties.add_party_to_case(
        archive, case, _infringer("Shenzhen X Trading", ("credit_code", "91440300MA5ABCDE1X"))
    )
    other, _ = parties.add_party_to_case(archive, case, _infringer("Happy Store"))
    party, matches = parties.add_identifier(
        archive, other.party.id, "credit_code", "91440300 ma5abcde1x"
    )
    assert [i.kind for i in party.identifiers] == ["credit_code"]
    assert [m.party.id for m in matches] == [first.party.id]
    # The same identifier twice is kept once.
    again, _ = parties.add_identifier(archive, other.party.id, "credit_code", "91440300MA5ABCDE1X")
    assert len(again.identifiers) == 1


def test_bad_party_input_is_refused(archive: Archive, case: str) -> None:
    with refused(archive, "name", "required"):
        parties.add_party_to_case(archive, case, _infringer(" "))
    with refused(archive, "kind", "'alien' is not one of"):
        parties.add_party_to_case(archive, case, parties.PartyDraft(name="X", kind="alien"))
    # The party row is written before its identifiers are checked: all of it is rolled back.
    with refused(archive, "identifiers[1].kind", "'fax' is not one of"):
        parties.add_party_to_case(
            archive, case, _infringer("X", ("phone", "13800138000"), ("fax", "010-1234"))
        )
    with refused(archive, "identifiers[0].value", "no usable content"):
        parties.add_party_to_case(archive, case, _infringer("X", ("phone", "n/a")))
    with refused(archive, "identifiers[0].value", "not a valid web address"):
        parties.add_party_to_case(archive, case, _infringer("X", ("url", "http://[shop-x.com")))
    with refused(archive, "identifiers[0].value", "not a valid web address"):
        parties.find_matching_parties(archive, [("domain", "[::1")])
    with refused(archive, "country", "at most 2"):
        parties.add_party(archive, parties.PartyDraft(name="X", country="China"))
    with pytest.raises(NotFoundError):
        parties.add_identifier(archive, 999, "phone", "13800138000")


# -- rights and recordals ---------------------------------------------------------------------


def test_rights_and_recordals(archive: Archive, case: str) -> None:
    mark = rights.add_right(
        archive,
        rights.RightDraft(
            kind="trademark",
            number="G1234567",
            jurisdiction="cn",
            title="NINEBOT",
            classes="12; 28",
            valid_from="2020-01-01",
            valid_to="2030-01-01",
        ),
        case_reference=case,
    )
    assert (mark.kind, mark.jurisdiction, mark.classes) == ("trademark", "CN", ("12", "28"))
    other = cases.create_case(archive, cases.CaseDraft(title="Other")).reference
    same = rights.add_right(
        archive,
        rights.RightDraft(kind="trademark", number="G1234567", jurisdiction="CN"),
        case_reference=other,
    )
    assert same.id == mark.id  # found, not registered twice
    assert same.title == "NINEBOT"

    with_recordal = rights.add_recordal(
        archive, mark.id, "GACC", "T2020-12345", "2020-06-01", "2030-05-31"
    )
    (recordal,) = with_recordal.recordals
    assert (recordal.authority, recordal.valid_to) == ("GACC", date(2030, 5, 31))
    for reference in (case, other):
        assert [r.recordals for r in cases.case_detail(archive, reference).rights] == [
            with_recordal.recordals
        ]


def test_bad_rights_are_refused(archive: Archive, case: str) -> None:
    with refused(archive, "kind", "'trade secret' is not one of"):
        rights.add_right(archive, rights.RightDraft("trade secret", "1", "CN"), case)
    with refused(archive, "number", "required"):
        rights.add_right(archive, rights.RightDraft("patent", "", "CN"), case)
    with refused(archive, "jurisdiction", "two-letter"):
        rights.add_right(archive, rights.RightDraft("patent", "ZL1", "China"), case)
    with refused(archive, "valid_to", "before valid_from"):
        rights.add_right(
            archive,
            rights.RightDraft(
                "patent", "ZL1", "CN", valid_from="2026-01-01", valid_to="2025-01-01"
            ),
        )
    with refused(archive, "classes", "list"):
        rights.add_right(archive, rights.RightDraft("trademark", "1", "CN", classes=12), case)
    mark = rights.add_right(archive, rights.RightDraft("trademark", "1", "CN"))
    with refused(archive, "valid_to", "before valid_from"):
        rights.add_recordal(archive, mark.id, "GACC", "T1", "2026-01-01", "2025-12-31")
    with refused(archive, "authority", "required"):
        rights.add_recordal(archive, mark.id, "", "T1", "2026-01-01", "2036-01-01")
    with refused(archive, "valid_from", "'2026-02-30'"):
        rights.add_recordal(archive, mark.id, "GACC", "T1", "2026-02-30", "2036-01-01")
    with pytest.raises(NotFoundError):
        rights.add_recordal(archive, 999, "GACC", "T1", "2026-01-01", "2036-01-01")


# -- threshold figures ------------------------------------------------------------------------


def test_threshold_figures(archive: Archive, case: str) -> None:
    copies = records.add_threshold_figure(archive, case, "copies", "600", "2026-03-01")
    works = records.add_threshold_figure(archive, case, "works", "12", "2026-03-01", unit="episode")
    volume = records.add_threshold_figure(
        archive, case, "business_volume", "52,000.50", "2026-03-02"
    )
    figures = {f.id: f for f in cases.case_detail(archive, case).figures}
    assert (figures[copies].value, figures[copies].unit) == (Decimal("600"), "copy")
    assert (figures[works].value, figures[works].unit) == (Decimal("12"), "episode")
    assert (figures[volume].value, figures[volume].unit) == (Decimal("52000.50"), "rmb")


def test_figure_backed_by_an_exhibit_of_the_case(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    source = tmp_path / "sales.csv"
    source.write_bytes(b"sales records")
    exhibit = evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source]).evidence
    figure = records.add_threshold_figure(
        archive, case, "sales", "80000", "2026-03-02", evidence_id=exhibit.id
    )
    assert cases.case_detail(archive, case).figures[0].evidence_id == exhibit.id
    other = cases.create_case(archive, cases.CaseDraft(title="Other")).reference
    with refused(archive, "evidence_id", f"no exhibit {exhibit.id} in {other}"):
        records.add_threshold_figure(
            archive, other, "sales", "1", "2026-03-02", evidence_id=exhibit.id
        )
    assert figure


@pytest.mark.parametrize(
    ("measure", "value", "unit", "as_of", "field", "reason"),
    [
        ("copies", "-5", None, "2026-03-01", "value", "negative"),
        (
            "copies",
            "12.5",
            None,
            "2026-03-01",
            "value",
            "12.5 is not a whole number; copies are counted whole",
        ),
        ("clicks", "50000.1", None, "2026-03-01", "value", "whole number"),
        (
            "works",
            "500",
            "copy",
            "2026-03-01",
            "unit",
            "copy does not fit works; use work, episode",
        ),
        ("copies", "500", "parsec", "2026-03-01", "unit", "'parsec' is not one of"),
        ("views", "500", None, "2026-03-01", "measure", "'views' is not one of"),
        ("copies", "lots", None, "2026-03-01", "value", "'lots' is not a number"),
        ("copies", "500", None, "2026-02-30", "as_of", "'2026-02-30'"),
        ("sales", "-0.01", None, "2026-03-01", "value", "negative"),
    ],
)
def test_bad_figures_are_refused(
    archive: Archive,
    case: str,
    measure: str,
    value: str,
    unit: str | None,
    as_of: str,
    field: str,
    reason: str,
) -> None:
    with refused(archive, field, reason):
        records.add_threshold_figure(archive, case, measure, value, as_of, unit=unit)


# -- deadlines --------------------------------------------------------------------------------


def test_deadlines_done_waived_and_reopened(archive: Archive, case: str) -> None:
    apply = records.add_deadline(
        archive, case, "Apply for detention and post bond", "2026-03-06", reminder_days=[1, 3, 1]
    )
    appeal = records.add_deadline(archive, case, "Appeal", "2026-04-20")
    assert cases.list_cases(archive)[0].next_deadline == date(2026, 3, 6)

    records.set_deadline_status(archive, apply, "done", on="2026-03-05")
    records.set_deadline_status(archive, appeal, "waived")
    deadlines = {d.id: d for d in cases.case_detail(archive, case).deadlines}
    assert (deadlines[apply].status, deadlines[apply].completed_on) == ("done", date(2026, 3, 5))
    assert deadlines[apply].reminder_days == (3, 1)
    assert (deadlines[appeal].status, deadlines[appeal].completed_on) == ("waived", clock.today())
    assert cases.list_cases(archive)[0].next_deadline is None  # nothing open

    records.set_deadline_status(archive, apply, "open")
    reopened = {d.id: d for d in cases.case_detail(archive, case).deadlines}[apply]
    assert (reopened.status, reopened.completed_on) == ("open", None)


def test_bad_deadlines_are_refused(archive: Archive, case: str) -> None:
    with refused(archive, "due_on", "'2026-02-30'"):
        records.add_deadline(archive, case, "Appeal", "2026-02-30")
    with refused(archive, "title", "required"):
        records.add_deadline(archive, case, "", "2026-03-01")
    with refused(archive, "reminder_days", "negative"):
        records.add_deadline(archive, case, "Appeal", "2026-03-01", reminder_days=[7, -1])
    other = cases.create_case(archive, cases.CaseDraft(title="Other")).reference
    elsewhere = proceedings.add_proceeding(
        archive, other, proceedings.ProceedingDraft(route="civil")
    )
    with refused(archive, "proceeding_id", "no proceeding"):
        records.add_deadline(archive, case, "Appeal", "2026-03-01", proceeding_id=elsewhere.id)
    deadline = records.add_deadline(archive, case, "Appeal", "2026-03-01")
    with refused(archive, "status", "'forgotten' is not one of"):
        records.set_deadline_status(archive, deadline, "forgotten")
    with refused(archive, "on", "not a date"):
        records.set_deadline_status(archive, deadline, "done", on="yesterday")
    with pytest.raises(NotFoundError):
        records.set_deadline_status(archive, 999, "done")


# -- money ------------------------------------------------------------------------------------


def test_costs_and_recoveries(archive: Archive, case: str) -> None:
    records.add_money_entry(archive, case, "cost", "notary", "1,500.50", "cny", "2026-03-02")
    records.add_money_entry(archive, case, "Recovery", "damages", "200000", "CNY", "2026-09-01")
    records.add_money_entry(archive, case, "cost", "lawyer", "800.00", "EUR", "2026-03-03")
    money = cases.case_detail(archive, case).money
    assert [(m.direction, m.category, m.money) for m in money] == [
        ("cost", "notary", Money(Decimal("1500.50"), "CNY")),
        ("cost", "lawyer", Money(Decimal("800"), "EUR")),
        ("recovery", "damages", Money(Decimal("200000"), "CNY")),
    ]


@pytest.mark.parametrize(
    ("amount", "currency", "field", "reason"),
    [
        ("-100", "CNY", "amount", "negative"),
        ("100.005", "CNY", "amount", "more than two decimal places"),
        ("0", "CNY", "amount", "zero"),
        ("a lot", "CNY", "amount", "not a number"),
        ("1e30", "CNY", "amount", "too large"),
        ("100", "yuan", "currency", "three-letter currency code"),
        ("100", "", "currency", "required"),
    ],
)
def test_bad_money_is_refused(
    archive: Archive, case: str, amount: str, currency: str, field: str, reason: str
) -> None:
    with refused(archive, field, reason):
        records.add_money_entry(archive, case, "cost", "notary", amount, currency, "2026-03-02")


def test_bad_money_fields_are_refused(archive: Archive, case: str) -> None:
    add: Callable[..., int] = records.add_money_entry
    with refused(archive, "direction", "'income' is not one of"):
        add(archive, case, "income", "notary", "1", "CNY", "2026-03-02")
    with refused(archive, "category", "'bribes' is not one of"):
        add(archive, case, "cost", "bribes", "1", "CNY", "2026-03-02")
    with refused(archive, "occurred_on", "'2026-02-30'"):
        add(archive, case, "cost", "notary", "1", "CNY", "2026-02-30")


# -- notes ------------------------------------------------------------------------------------


def test_notes(archive: Archive, case: str) -> None:
    records.add_note(archive, case, "  Seller moved to Pinduoduo.  ", actor="li.wei")
    records.add_note(archive, case, "Client agrees to settle.", internal=False, actor="li.wei")
    notes = cases.case_detail(archive, case).notes
    assert [(n.body, n.author, n.internal) for n in notes] == [
        ("Seller moved to Pinduoduo.", "li.wei", True),
        ("Client agrees to settle.", "li.wei", False),
    ]
    with refused(archive, "body", "required"):
        records.add_note(archive, case, "   ")
    with pytest.raises(NotFoundError):
        records.add_note(archive, "CF-1999-0001", "Lost")
