"""Correcting parties (details, identifiers one by one, their role in a case), taking a party or
a right out of a case (the record goes when no case is left to it), correcting rights and their
customs recordals, and "seen before" while an identifier is typed."""

from __future__ import annotations

import pytest

from casefile.errors import NotFoundError
from casefile.services import cases, parties, rights
from casefile.store.archive import Archive
from casefile.store.rows import PartyRow
from tests.core.writes import refused, row_counts


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft).reference


def _shop(
    archive: Archive, case: str, name: str = "Fastwheel", phone: str = "+86 138 0013 8000"
) -> PartyRow:
    draft = parties.PartyDraft(name=name, kind="shop", identifiers=[("phone", phone)])
    row, _ = parties.add_party_to_case(archive, case, draft)
    return row.party


# -- parties ----------------------------------------------------------------------------------


def test_a_party_is_corrected_in_every_case_it_is_in(archive: Archive, case: str) -> None:
    party = _shop(archive, case)
    other = cases.create_case(archive, cases.CaseDraft(title="Later")).reference
    parties.link_party(archive, other, party.id)
    row = parties.update_party(
        archive,
        party.id,
        parties.PartyDraft(name="Shenzhen Fastwheel Trading", kind="company", country="cn"),
    )
    assert (row.name, row.kind, row.country) == ("Shenzhen Fastwheel Trading", "company", "CN")
    assert row.identifiers == party.identifiers  # untouched
    for ref in (case, other):
        assert cases.case_detail(archive, ref).parties[0].party.name == row.name
    with refused(archive, "name", "required"):
        parties.update_party(archive, party.id, parties.PartyDraft(name=""))
    with refused(archive, "identifiers", "one by one"):
        parties.update_party(
            archive, party.id, parties.PartyDraft(name="x", identifiers=[("phone", "1")])
        )
    with pytest.raises(NotFoundError):
        parties.update_party(archive, 999, parties.PartyDraft(name="x"))


def test_identifiers_are_corrected_and_removed_one_by_one(archive: Archive, case: str) -> None:
    party = _shop(archive, case)
    (phone,) = party.identifiers
    assert phone.id
    row, matches = parties.update_identifier(archive, phone.id, "phone", "139 5792 8841")
    assert [(i.kind, i.value) for i in row.identifiers] == [("phone", "139 5792 8841")]
    assert matches == []
    row, _ = parties.add_identifier(archive, party.id, "shop_id", "taobao-77")
    shop_id = row.identifiers[1]
    with refused(archive, "value", "already recorded on this party"):
        parties.update_identifier(archive, shop_id.id, "phone", "+86 13957928841")
    with refused(archive, "identifiers[0].value", "not a valid web address"):
        parties.update_identifier(archive, shop_id.id, "url", "http://[shop")

    row = parties.remove_identifier(archive, phone.id)
    assert [(i.kind, i.value) for i in row.identifiers] == [("shop_id", "taobao-77")]
    with pytest.raises(NotFoundError):
        parties.remove_identifier(archive, phone.id)


def test_a_corrected_identifier_finds_an_earlier_infringer(archive: Archive, case: str) -> None:
    earlier_case = cases.create_case(archive, cases.CaseDraft(title="Earlier")).reference
    earlier = _shop(archive, earlier_case, "Speedy Wheels", "13957928841")
    party = _shop(archive, case)
    _row, matches = parties.update_identifier(
        archive, party.identifiers[0].id, "phone", "0086 139 5792 8841"
    )
    assert [(m.party.id, m.cases) for m in matches] == [(earlier.id, (earlier_case,))]


def test_a_party_taken_out_of_its_only_case_is_removed_with_its_identifiers(
    archive: Archive, case: str
) -> None:
    party = _shop(archive, case)
    tables = ("party", "party_identifier", "case_party")
    before = {t: n for t, n in row_counts(archive).items() if t in tables}
    assert parties.unlink_party(archive, case, party.id) is True
    after = {t: n for t, n in row_counts(archive).items() if t in tables}
    assert after == {t: n - 1 for t, n in before.items()}
    assert cases.case_detail(archive, case).parties == ()


def test_a_party_in_other_cases_is_only_unlinked(archive: Archive, case: str) -> None:
    party = _shop(archive, case)
    other = cases.create_case(archive, cases.CaseDraft(title="Later")).reference
    parties.link_party(archive, other, party.id, role="infringer")
    parties.link_party(archive, case, party.id, role="witness")
    assert parties.unlink_party(archive, case, party.id, role="witness") is False
    assert [p.role for p in cases.case_detail(archive, case).parties] == ["infringer"]
    assert parties.unlink_party(archive, case, party.id) is False
    assert cases.case_detail(archive, case).parties == ()
    assert [p.party.id for p in cases.case_detail(archive, other).parties] == [party.id]
    with refused(archive, "party_id", f"is not in {case}"):
        parties.unlink_party(archive, case, party.id)


def test_keep_party_keeps_a_record_in_no_case(archive: Archive, case: str) -> None:
    party = _shop(archive, case)
    assert parties.unlink_party(archive, case, party.id, keep_party=True) is False
    other = cases.create_case(archive, cases.CaseDraft(title="Later")).reference
    assert parties.link_party(archive, other, party.id).party.name == "Fastwheel"


def test_a_partys_role_in_a_case_is_corrected(archive: Archive, case: str) -> None:
    party = _shop(archive, case)
    row = parties.set_party_role(archive, case, party.id, "infringer", "witness")
    assert row.role == "witness"
    with refused(archive, "role", "has no role infringer"):
        parties.set_party_role(archive, case, party.id, "infringer", "agent")
    parties.link_party(archive, case, party.id, role="agent")
    with refused(archive, "new_role", "already has the role agent"):
        parties.set_party_role(archive, case, party.id, "witness", "agent")


# -- seen before, while typing ----------------------------------------------------------------


def test_an_identifier_being_typed_finds_the_party_seen_before(archive: Archive) -> None:
    earlier = cases.create_case(archive, cases.CaseDraft(title="Earlier", opened_on="2025-05-01"))
    party = _shop(archive, earlier.reference, "Shenzhen Fastwheel Trading", "+86 138 0013 8000")
    parties.add_identifier(archive, party.id, "url", "https://www.fastwheel.cn/store/9")
    new = cases.create_case(archive, cases.CaseDraft(title="New"))

    (match,) = parties.identifier_matches(archive, "phone", "138 0013 8000", new.id)
    assert (match.party.name, match.cases, match.in_this_case) == (
        "Shenzhen Fastwheel Trading",
        (earlier.reference,),
        False,
    )
    assert [(i.kind, i.value) for i in match.matched] == [("phone", "+86 138 0013 8000")]
    # A website's domain finds the URLs recorded on it.
    (by_site,) = parties.identifier_matches(archive, "domain", "FASTWHEEL.cn", new.id)
    assert by_site.matched[0].value == "https://www.fastwheel.cn/store/9"
    # The case being edited is left out of the cases named, and its own parties are marked.
    (here,) = parties.identifier_matches(archive, "phone", "13800138000", earlier.id)
    assert (here.cases, here.in_this_case) == ((), True)


def test_while_typing_an_unusable_value_finds_nothing_and_writes_nothing(
    archive: Archive, case: str
) -> None:
    _shop(archive, case)
    before = row_counts(archive)
    for kind, value in (("phone", ""), ("phone", "  "), ("url", "http://[fast"), ("phone", "-")):
        assert parties.identifier_matches(archive, kind, value) == ()
    assert parties.identifier_matches(archive, "phone", "138 0013 800") == ()  # not yet the same
    assert row_counts(archive) == before
    with refused(archive, "kind", "'fax' is not one of"):
        parties.identifier_matches(archive, "fax", "1")


# -- rights and recordals ---------------------------------------------------------------------


def _mark(archive: Archive, case: str | None, number: str = "G1234567") -> int:
    draft = rights.RightDraft(kind="trademark", number=number, jurisdiction="CN", classes="12")
    return rights.add_right(archive, draft, case).id


def test_a_right_is_corrected(archive: Archive, case: str) -> None:
    right = _mark(archive, case)
    _mark(archive, None, "G7654321")
    draft = rights.RightDraft(
        "trademark", "G1234568", "CN", title="NINEBOT", owner="Ninebot", classes="12, 28"
    )
    row = rights.update_right(archive, right, draft)
    assert (row.number, row.title, row.classes) == ("G1234568", "NINEBOT", ("12", "28"))
    assert cases.case_detail(archive, case).rights == (row,)
    with refused(archive, "number", "already registered"):
        rights.update_right(archive, right, rights.RightDraft("trademark", "G7654321", "CN"))
    with refused(archive, "valid_to", "before valid_from"):
        draft = rights.RightDraft(
            "trademark", "G1", "CN", valid_from="2030-01-01", valid_to="2020-01-01"
        )
        rights.update_right(archive, right, draft)


def test_a_right_being_typed_is_found_as_add_right_would_find_it(
    archive: Archive, case: str
) -> None:
    right = _mark(archive, case)
    other = cases.create_case(archive, cases.CaseDraft(title="Later")).reference
    rights.add_right(archive, rights.RightDraft("trademark", "G1234567", "CN"), other)
    before = row_counts(archive)

    found = rights.find_right(archive, "trademark", " cn ", " G1234567 ")
    assert found is not None and found.id == right and found.classes == ("12",)
    assert found.cases == tuple(sorted((case, other)))
    assert rights.find_right(archive, "patent", "CN", "G1234567") is None  # another kind
    assert rights.find_right(archive, "trademark", "EU", "G1234567") is None
    assert rights.find_right(archive, "trademark", "CN", "G123") is None
    # half typed: nothing found, nothing refused
    assert rights.find_right(archive, "trademark", "C", "G1234567") is None
    assert rights.find_right(archive, "trademark", "CN", "  ") is None
    assert row_counts(archive) == before


def test_a_right_in_no_other_case_goes_with_its_recordals(archive: Archive, case: str) -> None:
    right = _mark(archive, case)
    rights.add_recordal(archive, right, "GACC", "T2019-1", "2019-01-01", "2029-01-01")
    other = cases.create_case(archive, cases.CaseDraft(title="Later")).reference
    rights.add_right(archive, rights.RightDraft("trademark", "G1234567", "CN"), other)

    assert rights.unlink_right(archive, case, right) is False  # still enforced in the other
    assert cases.case_detail(archive, case).rights == ()
    assert cases.case_detail(archive, other).rights[0].recordals[0].number == "T2019-1"
    with refused(archive, "right_id", f"is not linked to {case}"):
        rights.unlink_right(archive, case, right)

    assert rights.unlink_right(archive, other, right) is True
    counts = row_counts(archive)
    assert (counts["ip_right"], counts["customs_recordal"], counts["case_right"]) == (0, 0, 0)


def test_a_recordal_is_renewed_and_removed(archive: Archive, case: str) -> None:
    right = _mark(archive, case)
    recordal = rights.add_recordal(archive, right, "GACC", "T1", "2016-12-01", "2026-12-01")
    rec_id = recordal.recordals[0].id
    row = rights.update_recordal(archive, rec_id, "GACC", "T1", "2026-12-02", "2036-12-01")
    assert (row.recordals[0].valid_from.year, row.recordals[0].valid_to.year) == (2026, 2036)
    with refused(archive, "valid_to", "before valid_from"):
        rights.update_recordal(archive, rec_id, "GACC", "T1", "2026-12-02", "2016-12-01")
    with refused(archive, "authority", "required"):
        rights.update_recordal(archive, rec_id, "", "T1", "2026-12-02", "2036-12-01")
    assert rights.remove_recordal(archive, rec_id).recordals == ()
    with pytest.raises(NotFoundError):
        rights.remove_recordal(archive, rec_id)
