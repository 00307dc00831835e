"""The rights across the practice (`services.right_list`): the most pressing first, each with
its recordals' standing, the cases counted, and the cases of one right newest first. Today is
the suite's (2026-11-21); the renewal windows are the rules' (a CN recordal may be renewed in
the 6 months before it expires, a CN trademark in the 12 months before)."""

from __future__ import annotations

from datetime import date

from casefile.domain import CaseStatus, RenewalState
from casefile.services import cases, rights
from casefile.services.right_list import cases_of_right, right_list
from casefile.store.archive import Archive


def _case(archive: Archive, title: str) -> str:
    return cases.create_case(archive, cases.CaseDraft(title=title)).reference


def test_rights_come_most_pressing_first_with_their_recordals(archive: Archive) -> None:
    first, second = _case(archive, "Scooters on Taobao"), _case(archive, "Robots at customs")
    rights.add_right(
        archive,
        rights.RightDraft("trademark", "13812345", "CN", "VOLTRA", valid_to=date(2034, 12, 5)),
        first,
    )
    rights.add_right(archive, rights.RightDraft("trademark", "13812345", "CN"), second)
    recorded = rights.add_right(
        archive,
        rights.RightDraft("trademark", "41234567", "CN", "沃驰", valid_to=date(2033, 12, 5)),
        second,
    )
    # a recordal expiring in 3 months: inside its 6-month renewal window
    rights.add_recordal(
        archive, recorded.id, "GACC", "T2022-41020", date(2022, 3, 1), date(2027, 2, 20)
    )
    cases.set_status(archive, first, CaseStatus.CLOSED)

    items = right_list(archive, today=date(2026, 11, 21))

    assert [i.right.number for i in items] == ["41234567", "13812345"]
    pressing, other = items
    assert pressing.renewal is not None and pressing.renewal.state is RenewalState.VALID
    [recordal] = pressing.recordals
    assert recordal.recordal.number == "T2022-41020"
    assert recordal.renewal is not None and recordal.renewal.state is RenewalState.RENEW_NOW
    assert "2027-02-20" in recordal.renewal.explanation
    assert pressing.attention == (2, date(2027, 2, 20))
    assert (other.case_count, other.open_count, pressing.case_count) == (2, 1, 1)
    assert other.right.cases == ()  # counted, not listed


def test_the_cases_of_a_right_open_first_then_newest(archive: Archive) -> None:
    refs = [_case(archive, f"Case {n}") for n in range(4)]
    right = rights.add_right(archive, rights.RightDraft("patent", "ZL2022", "CN"), refs[0])
    for ref in refs[1:]:
        rights.add_right(archive, rights.RightDraft("patent", "ZL2022", "CN"), ref)
    cases.set_status(archive, refs[3], CaseStatus.CLOSED)

    found = cases_of_right(archive, right.id)
    assert [c.reference for c in found] == [refs[2], refs[1], refs[0], refs[3]]
    assert [c.status for c in found] == [CaseStatus.OPEN] * 3 + [CaseStatus.CLOSED]
    assert [c.reference for c in cases_of_right(archive, right.id, limit=2)] == refs[2:0:-1]
