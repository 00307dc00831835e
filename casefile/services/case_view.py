"""Everything the window shows for one case, read together: the detail, its money totals, the
criminal assessment and the transfers with their next deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casefile import clock
from casefile.errors import CasefileError
from casefile.services import cases
from casefile.services.assessment import CaseRules, case_rules
from casefile.services.records import MoneyTotals, totals_of
from casefile.services.rule_settings import deadline_settings
from casefile.services.transfers import TransferTimeline, transfer_timeline
from casefile.store.archive import Archive
from casefile.store.rows import CaseDetail


@dataclass(frozen=True, slots=True)
class CaseView:
    detail: CaseDetail
    rules: CaseRules | None  # None when the archive's rules cannot be read: `rules_problem`
    timeline: tuple[TransferTimeline, ...]
    rules_problem: str = ""
    # per currency, from the entries in `detail` (the same read): what the Money tab totals
    money_totals: tuple[MoneyTotals, ...] = ()


def read_case_view(archive: Archive, case_id: int, today: date | None = None) -> CaseView:
    today = today or clock.today()
    detail = cases.case_detail_by_id(archive, case_id)
    totals = totals_of(detail.money)
    # A broken edited rule set or setting must not hide the case: the detail shows, and the
    # Criminal tab says what is wrong (`casefile rules check` names it too).
    try:
        settings = deadline_settings(archive)
        rules = case_rules(archive, detail.reference, today)
        timeline = transfer_timeline(archive, detail.reference, settings, today)
    except CasefileError as exc:
        return CaseView(detail, None, (), str(exc), totals)
    return CaseView(detail, rules, timeline, money_totals=totals)
