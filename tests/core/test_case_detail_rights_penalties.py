"""What the case detail tells the window about rights and earlier penalties, so it can word a
removal and find the record to edit: each right names the cases that enforce it, the case lists
its earlier penalties with their ids, and the assessment names the ids of the penalties it
counted."""

from __future__ import annotations

from datetime import date

from casefile.services import cases, records, rights
from casefile.services.assessment import case_rules
from casefile.store.archive import Archive


def test_a_right_names_every_case_that_enforces_it(archive: Archive) -> None:
    first = cases.create_case(archive, cases.CaseDraft(title="Ningbo port")).reference
    second = cases.create_case(archive, cases.CaseDraft(title="Yiwu market")).reference
    draft = rights.RightDraft(kind="trademark", number="12345678", jurisdiction="CN")
    right = rights.add_right(archive, draft, first)
    assert right.cases == (first,)
    rights.add_right(archive, draft, second)
    [shown] = cases.case_detail(archive, first).rights
    assert shown.cases == (first, second)
    assert rights.unlink_right(archive, second, right.id) is False
    assert cases.case_detail(archive, first).rights[0].cases == (first,)


def test_the_case_lists_its_earlier_penalties_and_the_assessment_their_ids(
    archive: Archive,
) -> None:
    reference = cases.create_case(
        archive, cases.CaseDraft(title="Firmware", offences=["217"], acts_on="2026-10-01")
    ).reference
    later = records.add_prior_penalty(
        archive, reference, "2026-02-01", "administrative", "217", reference="杭文执罚〔2026〕3号"
    )
    earlier = records.add_prior_penalty(
        archive, reference, "2025-06-01", "criminal", "217", authority="杭州市中级人民法院"
    )
    penalties = cases.case_detail(archive, reference).penalties
    assert [p.id for p in penalties] == [earlier, later]  # by date decided
    assert (penalties[0].decided_on, penalties[0].kind) == (date(2025, 6, 1), "criminal")
    assert penalties[0].authority == "杭州市中级人民法院"
    assert penalties[1].reference == "杭文执罚〔2026〕3号"
    rules = case_rules(archive, reference)
    assert rules.penalty_ids == (earlier, later)
    assert [p.decided_on for p in rules.penalties] == [date(2025, 6, 1), date(2026, 2, 1)]
