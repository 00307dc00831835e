"""A party corrected as the party dialog shows it (details, role in the case and every
identifier) in one transaction; identifiers refused when they cannot be what they claim (a credit
code, an e-mail address); finding known parties by name or identifier, to link one to a case."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from casefile.errors import NotFoundError
from casefile.services import cases, parties
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from tests.core.writes import refused


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft).reference


def _add(archive: Archive, case: str, name: str, *identifiers: tuple[str, str]) -> int:
    draft = parties.PartyDraft(name=name, kind="shop", identifiers=list(identifiers))
    row, _ = parties.add_party_to_case(archive, case, draft)
    return row.party.id


def _identifier_audit(archive: Archive) -> list[tuple[str, dict[str, Any]]]:
    with archive.reading() as session:
        return [
            (e.action, e.changes)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.table_name == "party_identifier")  # type: ignore[arg-type]
            )
        ]


def test_a_party_with_its_role_and_identifiers_is_corrected_at_once(
    archive: Archive, case: str
) -> None:
    party_id = _add(
        archive,
        case,
        "Fastwheel",
        ("phone", "+86 138 0013 8000"),
        ("shop_id", "tb-1"),
        ("wechat", "fw"),
    )
    phone, shop, wechat = cases.case_detail(archive, case).parties[0].party.identifiers
    draft = parties.PartyDraft(
        name="深圳快轮贸易有限公司",
        kind="company",
        country="cn",
        identifiers=[("shop_id", "tb-2"), ("phone", "+86 138 0013 8000"), ("email", "a@fw.cn")],
    )
    row, matches = parties.update_party_in_case(
        archive, case, party_id, draft, "infringer", "witness", [shop.id, phone.id, None]
    )
    assert (row.party.name, row.party.kind, row.party.country, row.role) == (
        "深圳快轮贸易有限公司",
        "company",
        "CN",
        "witness",
    )
    assert [(i.kind, i.value) for i in row.party.identifiers] == [
        ("phone", "+86 138 0013 8000"),
        ("shop_id", "tb-2"),
        ("email", "a@fw.cn"),
    ]
    assert [i.id for i in row.party.identifiers[:2]] == [phone.id, shop.id]  # corrected in place
    assert matches == []
    trail = _identifier_audit(archive)
    removed = [changes for action, changes in trail if action == "delete"]
    assert [c["value"] for c in removed] == ["fw"]  # the WeChat ID, audited with its value
    updated = [changes for action, changes in trail if action == "update"]
    assert updated == [{"value": ["tb-1", "tb-2"], "normalized": ["tb-1", "tb-2"]}]


def test_swapped_identifiers_are_saved(archive: Archive, case: str) -> None:
    party_id = _add(archive, case, "Fastwheel", ("phone", "111111"), ("phone", "222222"))
    first, second = cases.case_detail(archive, case).parties[0].party.identifiers
    draft = parties.PartyDraft(
        name="Fastwheel", identifiers=[("phone", "222222"), ("phone", "111111")]
    )
    row, _ = parties.update_party_in_case(
        archive, case, party_id, draft, "infringer", None, [first.id, second.id]
    )
    assert sorted(i.value for i in row.party.identifiers) == ["111111", "222222"]


def test_a_refused_party_form_writes_nothing(archive: Archive, case: str) -> None:
    party_id = _add(archive, case, "Fastwheel", ("phone", "13800138000"))
    (phone,) = cases.case_detail(archive, case).parties[0].party.identifiers

    def save(*identifiers: tuple[str, str], ids: list[int | None] | None = None, **kw: Any) -> None:
        draft = parties.PartyDraft(name=kw.pop("name", "Fastwheel"), identifiers=list(identifiers))
        parties.update_party_in_case(
            archive, case, party_id, draft, kw.pop("role", "infringer"), None, ids or []
        )

    with refused(archive, "identifiers[1].value", "is identifier 1 again"):
        save(("phone", "13800138000"), ("phone", "+86 138 0013 8000"), ids=[phone.id, None])
    with refused(archive, "identifiers[1].value", "not a unified social credit code"):
        save(("phone", "13800138000"), ("credit_code", "91330782MA2K3X7Y4"), ids=[phone.id])
    with refused(archive, "identifiers[0].value", "not an e-mail address"):
        save(("email", "sales at fastwheel.cn"))
    with refused(archive, "identifiers[0].value", "is required"):
        save(("phone", "  "))
    with refused(archive, "name", "required"):
        save(name=" ")
    with refused(archive, "role", "has no role witness"):
        save(role="witness")
    other = _add(archive, case, "Other", ("phone", "555555"))
    (theirs,) = cases.case_detail(archive, case).parties[1].party.identifiers
    with refused(archive, "identifiers[0]", "not an identifier of this party"):
        save(("phone", "555555"), ids=[theirs.id])
    with pytest.raises(NotFoundError):
        parties.update_party_in_case(archive, case, 999, parties.PartyDraft(name="x"), "infringer")
    assert other


def test_credit_codes_and_email_addresses_are_checked_when_added(
    archive: Archive, case: str
) -> None:
    for good in ("9133 0782 ma2k 3x7y 4p", "91330782MA2K3X7Y4P"):
        parties.find_matching_parties(archive, [("credit_code", good)])
    for bad in ("91330782MA2K3X7Y4", "91330782MA2K3X7Y4O", "9133078-2MA2K3X7Y4PP"):
        with refused(archive, "identifiers[0].value", "not a unified social credit code"):
            _add(archive, case, "X", ("credit_code", bad))
    for good in ("sales@fastwheel.cn", "销售@快轮.中国", "kuaida-eu@outlook.com"):
        parties.find_matching_parties(archive, [("email", good)])
    for bad in ("sales@fastwheel", "fastwheel.cn", "a@b@c.cn", "a b@c.cn"):
        with refused(archive, "identifiers[0].value", "not an e-mail address"):
            _add(archive, case, "X", ("email", bad))


def test_known_parties_are_found_by_name_or_identifier(archive: Archive, case: str) -> None:
    earlier = cases.create_case(archive, cases.CaseDraft(title="Earlier")).reference
    fast = _add(archive, earlier, "Shenzhen Fastwheel Trading", ("phone", "+86 138 0013 8000"))
    _add(archive, case, "义乌市沃驰电子商务", ("shop_id", "taobao-58812077"))

    (found,) = parties.find_parties(archive, "fastwheel")
    assert (found.party.id, found.cases, found.matched) == (fast, (earlier,), ())
    (found,) = parties.find_parties(archive, "138 0013 8000", exclude_case_id=None)
    assert [i.value for i in found.matched] == ["+86 138 0013 8000"]
    (found,) = parties.find_parties(
        archive, "沃驰", exclude_case_id=cases.case_detail(archive, case).id
    )
    assert (found.cases, found.in_this_case) == ((), True)
    (found,) = parties.find_parties(archive, "58812077")
    assert found.party.name == "义乌市沃驰电子商务"
    assert parties.find_parties(archive, "  ") == ()
    assert parties.find_parties(archive, "%") == ()  # not a wildcard
    assert len(parties.find_parties(archive, "a", limit=1)) == 1


def test_a_party_is_taken_out_of_one_case_in_one_role_and_kept(archive: Archive, case: str) -> None:
    party_id = _add(archive, case, "Fastwheel", ("phone", "13800138000"))
    parties.link_party(archive, case, party_id, role="witness")
    infringer, witness = cases.case_detail(archive, case).parties
    assert infringer.link_id and witness.link_id and infringer.link_id != witness.link_id
    row = parties.remove_party_link(archive, witness.link_id)
    assert row.id == party_id
    assert [p.role for p in cases.case_detail(archive, case).parties] == ["infringer"]
    parties.remove_party_link(archive, infringer.link_id)
    assert cases.case_detail(archive, case).parties == ()
    # the record stays, with its identifiers, to be found and linked again
    (found,) = parties.find_parties(archive, "13800138000")
    assert (found.party.id, found.cases) == (party_id, ())
    with archive.reading() as session:
        (entry,) = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "case_party",  # type: ignore[arg-type]
                AuditEntry.row_id == str(infringer.link_id),  # type: ignore[arg-type]
                AuditEntry.action == "delete",  # type: ignore[arg-type]
            )
        )
        assert entry.case_id == cases.case_detail(archive, case).id
    with pytest.raises(NotFoundError):
        parties.remove_party_link(archive, infringer.link_id)
