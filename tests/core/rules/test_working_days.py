"""The table-lookup due date used for whole-archive work agrees with the explained computation."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.rules.deadlines import DeadlineSettings, compute_deadline, shipped_rule_book
from casefile.rules.working_days import due_date

RULE_IDS = sorted(shipped_rule_book().rules)
JURISDICTIONS = {"member_state": ("NL", "DE", "FR", "PL")}


@settings(max_examples=400, deadline=None)
@given(
    rule_id=st.sampled_from(RULE_IDS),
    # Beyond the tabulated years too: those fall back to the explained computation.
    trigger=st.dates(min_value=date(2012, 1, 1), max_value=date(2043, 12, 31)),
    makeup_days_count=st.booleans(),
    transfer_day_basis=st.sampled_from(("calendar_days", "working_days")),
    member_state=st.sampled_from(JURISDICTIONS["member_state"]),
)
def test_lookup_gives_the_explained_due_date(
    rule_id: str,
    trigger: date,
    makeup_days_count: bool,
    transfer_day_basis: str,
    member_state: str,
) -> None:
    rule = shipped_rule_book().rules[rule_id]
    jurisdiction = member_state if rule.calendar == "member_state" else None
    chosen = DeadlineSettings(makeup_days_count, transfer_day_basis)
    explained = compute_deadline(rule_id, trigger, jurisdiction, chosen)
    assert due_date(rule_id, trigger, jurisdiction, chosen) == explained.due


def test_national_day_2025_by_lookup() -> None:
    # Customs notice on Fri 26 Sep 2025: the make-up working Sunday 28 Sep counts, then
    # Mon 29 and Tue 30 Sep → 30 Sep; without the make-up day, 9 Oct (1–8 Oct are holidays).
    assert due_date("cn.customs.apply_detention", date(2025, 9, 26)) == date(2025, 9, 30)
    not_counted = DeadlineSettings(makeup_days_count=False)
    assert due_date("cn.customs.apply_detention", date(2025, 9, 26), None, not_counted) == date(
        2025, 10, 9
    )
