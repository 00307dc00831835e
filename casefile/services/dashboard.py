"""The practice at a glance: what is due across cases, what the law says must happen next, what
expires, who keeps coming back and what enforcement costs against what it recovers.

`dashboard(archive, today)` reads every section at once and returns frozen rows; each item names
its case (id and reference) and the detail tab that shows it (`DetailTab`, the window's tab
names), with a `why` a lawyer can check: the deadline's own explanation, the Criminal tab's
reasons, the transfer rule's, the renewal rule's.

`dashboard(archive, today, limit=SECTION_LIMIT)` lists each section's first 50 items and gives
every section's exact count (`Dashboard.counts`, `Dashboard.count(section)`); without a limit it
lists every item.

How it stays under a second on 100,000 cases: every section is selected in SQL
(`store/dashboard_queries.py`) on indexed columns (migration 0009), and the rules run only on the
rows that can matter: the threshold rules on open cases with an offence and figures (the
whole-archive fast path, `assessment.first_flagged`: every candidate judged for the count, only
the listed ones worded), the transfer rules on transfers of cases not closed, the renewal rules
on records whose validity ends in the window. Deadlines are counted on their index and read
`LIMIT N`; items are built only for what is listed; the threshold rules and the SQL sums run on
threads beside the other reads. No legal rule is written here: each comes from `rules/` through
the service that owns it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from casefile import clock
from casefile.domain import Money, RenewalState
from casefile.errors import CasefileError
from casefile.rules.renewals import renewal
from casefile.rules.suspicion import TRANSFER_DUTY
from casefile.rules.transfer import RecordedStep, next_deadline
from casefile.services.assessment import first_flagged
from casefile.services.records import BONDS_HELD, COSTS, RECOVERIES, money_column
from casefile.services.rule_settings import deadline_settings
from casefile.store import dashboard_queries as q
from casefile.store.archive import Archive
from casefile.words import Phrase

# Items the window lists per section (`dashboard(limit=SECTION_LIMIT)`); each section's exact
# count is read apart (`Dashboard.counts`), so a heading can say 3,361 while 50 rows are built.
SECTION_LIMIT = 50

# The listed sections, by their `Dashboard` field names (the keys of `Dashboard.counts`).
SECTIONS = (
    "overdue",
    "due_soon",
    "due_later",
    "suspicion",
    "transfers_overdue",
    "detentions",
    "expiring",
    "repeat_infringers",
)


class DetailTab(StrEnum):
    """A tab of the case detail, named as the window names it (`CaseDetailPane.tab_index`)."""

    PROCEEDINGS = "proceedings"
    PARTIES = "parties"
    EVIDENCE = "evidence"
    RIGHTS = "rights"
    CRIMINAL = "criminal"  # thresholds and transfers to the police
    DEADLINES = "deadlines"
    MONEY = "money"
    NOTES = "notes"


# --- the items --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseRef:
    case_id: int
    reference: str


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    """An open deadline: `days_left` is negative when overdue, 0 when due today."""

    case_id: int
    reference: str
    case_title: str
    deadline_id: int
    title: str  # what is due
    due_on: date
    days_left: int
    rule_id: str  # "" for a deadline added by hand
    route: str  # the proceeding's route; "" for a deadline of the case as a whole
    jurisdiction: str
    why: str
    tab: DetailTab = DetailTab.DEADLINES


@dataclass(frozen=True, slots=True)
class SuspicionItem:
    """Suspicion reached (on the figures, or recorded by counsel) and no transfer recorded."""

    case_id: int
    reference: str
    case_title: str
    reasons: tuple[str, ...]  # the Criminal tab's reasons, in English
    why: str
    tab: DetailTab = DetailTab.CRIMINAL
    reason_phrases: tuple[Phrase, ...] = ()  # the reasons, for the window to say


@dataclass(frozen=True, slots=True)
class TransferItem:
    """A transfer to the police whose next statutory step is past its last day."""

    case_id: int
    reference: str
    case_title: str
    transfer_id: int
    authority: str
    last_step: str
    last_step_on: date
    next_title: str  # what the law requires next
    due_on: date  # under the archive's reading of the days
    days_overdue: int
    rule_id: str
    source: str
    why: str
    tab: DetailTab = DetailTab.CRIMINAL


@dataclass(frozen=True, slots=True)
class ResponseDeadline:
    deadline_id: int
    title: str
    due_on: date
    days_left: int
    rule_id: str
    why: str


@dataclass(frozen=True, slots=True)
class DetentionItem:
    """A customs proceeding holding goods, with its open (response) deadlines, earliest first."""

    case_id: int
    reference: str
    case_title: str
    proceeding_id: int
    authority: str
    authority_ref: str
    jurisdiction: str
    held_since: date
    held_by: str  # the event kind: customs_notice, detention_applied, detention
    deadlines: tuple[ResponseDeadline, ...]
    why: str
    tab: DetailTab = DetailTab.PROCEEDINGS

    @property
    def next_due(self) -> date | None:
        return self.deadlines[0].due_on if self.deadlines else None


@dataclass(frozen=True, slots=True)
class ExpiryItem:
    """A right's registration or one of its customs recordals ending within the window.
    `case_id`/`reference` are the first open case enforcing it; None and "" when no open case
    does (the Rights view shows it then)."""

    case_id: int | None
    reference: str
    open_cases: tuple[CaseRef, ...]  # the cases not closed that enforce the right
    cases_count: int  # every case enforcing it, closed ones included
    record: str  # "right" or "recordal"
    right_id: int
    recordal_id: int | None
    kind: str  # trademark, patent, …
    number: str  # the right's number
    title: str
    jurisdiction: str
    authority: str  # the recordal's customs authority
    recordal_number: str
    expires: date
    days_left: int
    state: RenewalState
    window_opens: date | None  # None: it cannot be renewed
    last_day: date | None
    why: str
    tab: DetailTab = DetailTab.RIGHTS


@dataclass(frozen=True, slots=True)
class RepeatInfringerItem:
    """An infringer of more than one case, one of them active this quarter (opened, or a
    proceeding event dated in it). `case_id` and `reference` are its latest active case."""

    case_id: int
    reference: str
    party_id: int
    name: str
    cases_count: int  # the cases it is an infringer in
    active: tuple[CaseRef, ...]  # those active this quarter, by reference
    last_seen: date
    why: str
    tab: DetailTab = DetailTab.PARTIES


@dataclass(frozen=True, slots=True)
class Quarter:
    year: int
    number: int  # 1-4

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.first_day + relativedelta(months=3) - timedelta(days=1)

    def shifted(self, quarters: int) -> Quarter:
        return Quarter.of(self.first_day + relativedelta(months=3 * quarters))

    @property
    def label(self) -> str:
        return f"{self.year} Q{self.number}"


@dataclass(frozen=True, slots=True)
class MoneyBar:
    """Costs against recoveries of one route in one quarter and currency (a chart's bar pair).
    As a case's Money tab counts them: a bond held is neither (`bonds_held`), a bond forfeited
    is a cost, a bond returned is nothing."""

    route: str  # "" for entries recorded on no proceeding
    quarter: Quarter
    currency: str
    costs: Decimal
    recoveries: Decimal
    bonds_held: Decimal
    entries: int

    @property
    def net(self) -> Decimal:
        return self.recoveries - self.costs


@dataclass(frozen=True, slots=True)
class MoneyChart:
    quarters: tuple[Quarter, ...]  # oldest first, ending with today's
    routes: tuple[str, ...]  # those with money in the quarters
    currencies: tuple[str, ...]
    bars: tuple[MoneyBar, ...]  # only non-empty (route, quarter, currency)
    why: str

    def bar(self, route: str, quarter: Quarter, currency: str) -> MoneyBar | None:
        return next(
            (
                b
                for b in self.bars
                if (b.route, b.quarter, b.currency) == (route, quarter, currency)
            ),
            None,
        )

    def route_totals(self, currency: str) -> dict[str, MoneyBar]:
        """Per route, the quarters summed (quarter: the last one)."""
        totals: dict[str, list[Decimal | int]] = {}
        for b in self.bars:
            if b.currency == currency:
                t = totals.setdefault(b.route, [Decimal(0), Decimal(0), Decimal(0), 0])
                t[0] += b.costs
                t[1] += b.recoveries
                t[2] += b.bonds_held
                t[3] += b.entries
        last = self.quarters[-1]
        return {
            route: MoneyBar(route, last, currency, Decimal(c), Decimal(r), Decimal(h), int(n))
            for route, (c, r, h, n) in sorted(totals.items())
        }


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    overdue: tuple[DeadlineItem, ...]  # open deadlines due before today, oldest first
    due_soon: tuple[DeadlineItem, ...]  # due today up to today + soon_days
    due_later: tuple[DeadlineItem, ...]  # due after that, up to today + later_days
    suspicion: tuple[SuspicionItem, ...]
    transfers_overdue: tuple[TransferItem, ...]
    detentions: tuple[DetentionItem, ...]  # earliest response deadline first
    expiring: tuple[ExpiryItem, ...]  # earliest expiry first
    repeat_infringers: tuple[RepeatInfringerItem, ...]  # most cases first
    money: MoneyChart
    soon_days: int
    later_days: int
    expiry_until: date
    quarter: Quarter
    # A section that could not be read (an edited rule set that does not load…), and why: the
    # rest of the dashboard still shows.
    problems: tuple[str, ...] = ()
    # Every item of each section (keys: `SECTIONS`), listed or not: the sections above hold
    # only the first `limit` (None: all of them).
    counts: Mapping[str, int] = field(default_factory=dict)
    limit: int | None = None

    def count(self, section: str) -> int:
        """The exact number of items in `section` (a name in `SECTIONS`), shown or not."""
        if section not in SECTIONS:
            raise ValueError(f"no dashboard section {section!r}")
        listed: tuple[object, ...] = getattr(self, section)
        return self.counts.get(section, len(listed))


# --- the sections -----------------------------------------------------------------------------


def _deadline_item(hit: q.DeadlineHit, today: date) -> DeadlineItem:
    why = hit.explanation or ("Added by hand." if not hit.rule_id else f"Rule {hit.rule_id}.")
    return DeadlineItem(
        hit.case_id,
        hit.reference,
        hit.case_title,
        hit.id,
        hit.title,
        hit.due_on,
        (hit.due_on - today).days,
        hit.rule_id,
        hit.route,
        hit.jurisdiction,
        why,
    )


def _suspicion(
    archive: Archive, today: date, limit: int | None
) -> tuple[int, tuple[SuspicionItem, ...]]:
    count, reasons = first_flagged(archive, today, limit)
    with archive.reading() as session:
        titles = q.case_names(session, list(reasons))
    return count, tuple(
        SuspicionItem(
            case_id,
            *titles[case_id],
            tuple(str(reason) for reason in why),
            f"{'; '.join(map(str, why))}. No transfer to the police is recorded ({TRANSFER_DUTY}).",
            reason_phrases=why,
        )
        for case_id, why in reasons.items()
    )


def _transfers(archive: Archive, today: date, steps: list[q.TransferStepHit]) -> list[TransferItem]:
    settings = deadline_settings(archive)
    by_transfer: dict[int, list[q.TransferStepHit]] = defaultdict(list)
    for hit in steps:
        by_transfer[hit.transfer_id].append(hit)
    found = []
    for transfer_id, hits in by_transfer.items():
        deadline = next_deadline([RecordedStep(h.step, h.occurred_on) for h in hits], settings)
        if deadline is None or not deadline.is_overdue(today):
            continue
        last = hits[-1]
        found.append(
            TransferItem(
                last.case_id,
                last.reference,
                last.case_title,
                transfer_id,
                last.authority,
                last.step,
                last.occurred_on,
                deadline.title,
                deadline.due,
                (today - deadline.due).days,
                deadline.rule_id,
                deadline.source,
                deadline.explanation,
            )
        )
    return sorted(found, key=lambda t: (t.due_on, t.reference))


def _detentions(
    hits: list[q.DetentionHit], responses: list[q.ResponseHit], today: date, limit: int | None
) -> list[DetentionItem]:
    """The first `limit` detentions (earliest response deadline first), each item built only
    when listed: a synthetic archive holds thousands."""
    due: dict[int, list[q.ResponseHit]] = defaultdict(list)
    for r in responses:  # earliest first
        due[r.proceeding_id].append(r)
    far = date.max
    ordered = sorted(
        hits,
        key=lambda h: (
            due[h.proceeding_id][0].due_on if due[h.proceeding_id] else far,
            h.held_since,
            h.reference,
        ),
    )
    found = []
    for hit in ordered[:limit]:
        deadlines = tuple(
            ResponseDeadline(
                r.deadline_id, r.title, r.due_on, (r.due_on - today).days, r.rule_id, r.explanation
            )
            for r in due[hit.proceeding_id]
        )
        held = f"{hit.held_by.replace('_', ' ')} on {hit.held_since.isoformat()}"
        nxt = (
            f" Next: {deadlines[0].title}, due {deadlines[0].due_on.isoformat()}."
            if deadlines
            else " No open deadline is recorded on it."
        )
        found.append(
            DetentionItem(
                hit.case_id,
                hit.reference,
                hit.case_title,
                hit.proceeding_id,
                hit.authority,
                hit.authority_ref,
                hit.jurisdiction,
                hit.held_since,
                hit.held_by,
                deadlines,
                f"Customs {held}; no release, decision or end recorded since.{nxt}",
            )
        )
    return found


def _expiring(
    archive: Archive, today: date, until: date, limit: int | None = None
) -> tuple[int, list[ExpiryItem]]:
    # From a year back: a registration past its expiry may still be in a grace period (the rule
    # says; one expired for good is left out).
    with archive.reading() as session:
        hits = q.expiring_records(session, today - relativedelta(years=1), until)
    renewable = []
    for hit in hits:
        record = "right" if hit.recordal_id is None else "recordal"
        state = renewal(record, hit.jurisdiction, hit.kind, hit.expires, today)
        if state.state is not RenewalState.EXPIRED:
            renewable.append((hit, record, state))
    listed = renewable[:limit]
    with archive.reading() as session:  # the cases of the listed records only
        cases = q.cases_of_rights(session, sorted({hit.right_id for hit, _, _ in listed}))
    found = []
    for hit, record, state in listed:
        linked = cases.get(hit.right_id, q.RightCases(0, ()))
        refs = tuple(CaseRef(case_id, reference) for case_id, reference in linked.open_cases)
        found.append(
            ExpiryItem(
                refs[0].case_id if refs else None,
                refs[0].reference if refs else "",
                refs,
                linked.cases,
                record,
                hit.right_id,
                hit.recordal_id,
                hit.kind,
                hit.number,
                hit.title,
                hit.jurisdiction,
                hit.authority,
                hit.recordal_number,
                hit.expires,
                (hit.expires - today).days,
                state.state,
                state.window_opens,
                state.last_day,
                f"{state.rule.title}. {state.explanation}",
            )
        )
    return len(renewable), found


def _repeat_infringers(
    hits: list[q.RepeatHit], activity: list[q.ActivityHit], quarter: Quarter, limit: int | None
) -> tuple[int, list[RepeatInfringerItem]]:
    latest: dict[int, q.ActivityHit] = {}
    for a in activity:
        if a.case_id not in latest or (a.on, a.what) > (
            latest[a.case_id].on,
            latest[a.case_id].what,
        ):
            latest[a.case_id] = a
    by_party: dict[int, list[q.RepeatHit]] = defaultdict(list)
    for hit in hits:
        by_party[hit.party_id].append(hit)
    # Each party's latest active case first, to order them all; items only for those listed.
    lasts = [
        max(active, key=lambda h: (latest[h.case_id].on, h.reference))
        for active in by_party.values()
    ]
    lasts.sort(key=lambda h: (-h.cases, -latest[h.case_id].on.toordinal(), h.name))
    found = []
    for last in lasts[:limit]:
        active = by_party[last.party_id]
        seen = [
            f"{h.reference} ({latest[h.case_id].what.replace('_', ' ')} on "
            f"{latest[h.case_id].on.isoformat()})"
            for h in active
        ]
        found.append(
            RepeatInfringerItem(
                last.case_id,
                last.reference,
                last.party_id,
                last.name,
                last.cases,
                tuple(CaseRef(h.case_id, h.reference) for h in active),
                latest[last.case_id].on,
                f"Infringer in {last.cases} cases; seen in {quarter.label}: {', '.join(seen)}.",
            )
        )
    return len(lasts), found


def _money(sums: list[q.MoneySum], quarters: tuple[Quarter, ...]) -> MoneyChart:
    figures: dict[tuple[str, int, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for s in sums:
        column = money_column(s.direction, s.bond_status)
        key = (s.route, s.quarter, s.currency)
        figures[key][3] += s.entries
        if column is not None:
            figures[key][column] += s.amount_minor

    def amount(minor: int, currency: str) -> Decimal:
        return Money.from_minor(minor, currency).amount

    bars = tuple(
        MoneyBar(
            route,
            quarters[index],
            currency,
            amount(f[COSTS], currency),
            amount(f[RECOVERIES], currency),
            amount(f[BONDS_HELD], currency),
            f[3],
        )
        for (route, index, currency), f in sorted(figures.items())
    )
    why = (
        f"Costs and recoveries recorded from {quarters[0].first_day.isoformat()} to "
        f"{quarters[-1].last_day.isoformat()}, by the date each was paid or received, per route "
        "of the proceeding they were recorded on; a bond held is shown apart, a bond forfeited "
        "counts as a cost and a bond returned not at all (as the Money tab counts them)."
    )
    return MoneyChart(
        quarters,
        tuple(sorted({b.route for b in bars})),
        tuple(sorted({b.currency for b in bars})),
        bars,
        why,
    )


def _sums(
    archive: Archive, quarter: Quarter, shown: tuple[Quarter, ...]
) -> tuple[list[q.RepeatHit], list[q.ActivityHit], list[q.MoneySum]]:
    """The sections SQLite sums up: repeat infringers this quarter, money per quarter."""
    with archive.reading() as session:
        return (
            q.repeat_infringers(session, quarter.first_day, quarter.last_day),
            q.active_cases(session, quarter.first_day, quarter.last_day),
            q.money_by_quarter(session, [s.first_day for s in shown], quarter.last_day),
        )


# --- the use case -----------------------------------------------------------------------------


def dashboard(
    archive: Archive,
    today: date | None = None,
    *,
    soon_days: int = 7,
    later_days: int = 30,
    expiry_months: int = 6,
    quarters: int = 8,
    limit: int | None = None,
) -> Dashboard:
    """Every section of the dashboard on `today` (default: the clock's). Deadlines due within
    `soon_days` (today included) and then up to `later_days`; records expiring within
    `expiry_months`; repeat infringers active in today's calendar quarter; money for the last
    `quarters` quarters, today's the last. Each section lists its first `limit` items (None:
    all) and `Dashboard.counts` says how many there are: the window asks for `SECTION_LIMIT`."""
    if not 0 <= soon_days <= later_days:
        raise ValueError("soon_days must be 0 or more and at most later_days")
    if expiry_months < 0 or quarters < 1:
        raise ValueError("expiry_months must be 0 or more, quarters 1 or more")
    if limit is not None and limit < 0:
        raise ValueError("limit must be 0 or more (or None: every item)")
    today = today or clock.today()
    quarter = Quarter.of(today)
    shown = tuple(quarter.shifted(i - quarters + 1) for i in range(quarters))
    expiry_until = today + relativedelta(months=expiry_months)
    day = timedelta(days=1)
    soon = today + timedelta(days=soon_days)
    spans: dict[str, tuple[date | None, date]] = {
        "overdue": (None, today - day),
        "due_soon": (today, soon),
        "due_later": (soon + day, today + timedelta(days=later_days)),
    }
    problems: list[str] = []
    counts: dict[str, int] = {}
    due: dict[str, tuple[DeadlineItem, ...]] = {}
    # The threshold rules (pure Python, the longest section) and the sums (SQLite's work, which
    # lets go of the interpreter while it runs) each on a thread of their own while this one
    # reads the other sections: on two free processors the dashboard takes the longest of them.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dashboard") as pool:
        flagged = pool.submit(_suspicion, archive, today, limit)
        summed = pool.submit(_sums, archive, quarter, shown)
        with archive.reading() as session:
            for name, (first, last) in spans.items():
                counts[name] = q.count_open_deadlines(session, first, last)
                hits = q.open_deadlines_between(session, first, last, limit)
                due[name] = tuple(_deadline_item(hit, today) for hit in hits)
            held, responses = q.open_detentions(session)
            steps = q.transfer_steps_of_open_cases(session)
        transfers: list[TransferItem] = []
        counts["transfers_overdue"] = 0
        try:
            transfers = _transfers(archive, today, steps)
            counts["transfers_overdue"] = len(transfers)
        except CasefileError as exc:
            problems.append(f"Transfers: {exc}")
        counts["detentions"] = len(held)
        detentions = _detentions(held, responses, today, limit)
        counts["expiring"], expiring = _expiring(archive, today, expiry_until, limit)
        repeat, activity, sums = summed.result()
        counts["repeat_infringers"], repeat_items = _repeat_infringers(
            repeat, activity, quarter, limit
        )
        money = _money(sums, shown)
        suspicion: tuple[SuspicionItem, ...] = ()
        counts["suspicion"] = 0
        try:
            counts["suspicion"], suspicion = flagged.result()
        except CasefileError as exc:  # an edited rule set that does not load: say so
            problems.insert(0, f"Suspicion reached, not transferred: {exc}")
    return Dashboard(
        today=today,
        overdue=due["overdue"],
        due_soon=due["due_soon"],
        due_later=due["due_later"],
        suspicion=suspicion,
        transfers_overdue=tuple(transfers[:limit]),
        detentions=tuple(detentions),
        expiring=tuple(expiring),
        repeat_infringers=tuple(repeat_items),
        money=money,
        soon_days=soon_days,
        later_days=later_days,
        expiry_until=expiry_until,
        quarter=quarter,
        problems=tuple(problems),
        counts=MappingProxyType({name: counts[name] for name in SECTIONS}),
        limit=limit,
    )


__all__ = [
    "CaseRef",
    "Dashboard",
    "DeadlineItem",
    "SECTIONS",
    "SECTION_LIMIT",
    "DetailTab",
    "DetentionItem",
    "ExpiryItem",
    "MoneyBar",
    "MoneyChart",
    "Quarter",
    "RepeatInfringerItem",
    "ResponseDeadline",
    "SuspicionItem",
    "TransferItem",
    "dashboard",
]
