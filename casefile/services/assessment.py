"""Use cases for the criminal assessment: one case explained, and the cases to chase.

A case is assessed against its offences (set on the case) with the figures recorded on it, under
the rule sets and margin of its archive. "Suspicion reached, not transferred" lists the cases an
authority ought to have transferred (Transfer Provisions Art 3(2)) and has not yet.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlmodel import col

from casefile import clock
from casefile.domain import CaseStatus, TransferStep
from casefile.errors import CasefileError
from casefile.rules.suspicion import (
    CaseAssessment,
    RecordedFigure,
    assess_case,
    figures_for_evaluation,
    suspicion_reached,
    suspicion_reason_phrases,
)
from casefile.rules.thresholds import PriorPenalty as Penalty
from casefile.rules.thresholds import Readings, RuleSet
from casefile.rules.transfer import is_transferred
from casefile.services.base import load_case
from casefile.services.rule_settings import archive_rule_sets, rule_settings
from casefile.store.archive import Archive
from casefile.store.models import (
    Case,
    PriorPenalty,
    ThresholdFigure,
    TransferRecord,
    TransferStepRecord,
)
from casefile.words import N_, Code, Phrase

# Counsel's own record that flags a case whatever its figures say (DOMAIN.md, Transfer:
# "suspicion reached → transfer requested → transferred …").
RECORDED_STEPS = (TransferStep.SUSPICION_REACHED, TransferStep.TRANSFER_REQUESTED)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CaseRules:
    """What the thresholds panel shows for one case."""

    reference: str
    offences: tuple[str, ...]
    figures: dict[str, Decimal]
    act_date: date
    act_date_recorded: bool  # False: the case's opening date stands in for it
    assessment: CaseAssessment | None  # None when no offence is set on the case
    transferred: bool
    penalties: tuple[Penalty, ...] = ()
    readings: Readings = Readings()
    recorded: tuple[Phrase, ...] = ()  # counsel's "suspicion reached" / "transfer requested"
    penalty_ids: tuple[int, ...] = ()  # the stored ids of `penalties`, in their order

    @property
    def flagged(self) -> bool:
        """Suspicion reached (on the figures, or recorded by counsel) and no transfer to the
        police recorded."""
        reached = bool(self.assessment and self.assessment.suspicion.reached)
        return (reached or bool(self.recorded)) and not self.transferred

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(str(reason) for reason in self.reason_phrases)

    @property
    def reason_phrases(self) -> tuple[Phrase, ...]:
        """Why suspicion is reached: counsel's record first, then the figures."""
        figures = self.assessment.suspicion.reason_phrases if self.assessment else ()
        return (*self.recorded, *figures)


@dataclass(frozen=True, slots=True)
class FlaggedCase:
    case_id: int
    reference: str
    title: str
    reasons: tuple[str, ...]  # in English
    reason_phrases: tuple[Phrase, ...] = ()  # the same, for the window to say


def _recorded(rows: list[ThresholdFigure]) -> dict[str, Decimal]:
    return figures_for_evaluation(RecordedFigure(f.measure, f.value, f.unit, f.as_of) for f in rows)


def _penalty(row: PriorPenalty) -> Penalty:
    return Penalty(row.decided_on, row.kind, row.conduct, row.reference)


def _recorded_steps(steps: list[tuple[str, date]]) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(
            N_("counsel recorded '{step}' on {day}"), {"step": Code(step), "day": on.isoformat()}
        )
        for step, on in sorted(steps, key=lambda s: s[1])
        if step in RECORDED_STEPS
    )


def case_rules(archive: Archive, reference: str, today: date | None = None) -> CaseRules:
    """One case's thresholds, explained, and whether it is flagged."""
    today = today or clock.today()
    sets = archive_rule_sets(archive)
    settings = rule_settings(archive)
    return _case_rules(
        archive, reference, today, sets, settings.suspicion_margin_percent, settings.readings
    )


def _case_rules(
    archive: Archive,
    reference: str,
    today: date,
    sets: tuple[RuleSet, ...],
    margin: int,
    readings: Readings,
) -> CaseRules:
    with archive.reading() as session:
        case = load_case(session, reference)
        figures = _recorded(
            list(
                session.scalars(
                    select(ThresholdFigure).where(col(ThresholdFigure.case_id) == case.id)
                )
            )
        )
        steps = [
            (step, on)
            for step, on in session.execute(
                select(col(TransferStepRecord.step), col(TransferStepRecord.occurred_on))
                .join(TransferRecord, col(TransferRecord.id) == col(TransferStepRecord.transfer_id))
                .where(col(TransferRecord.case_id) == case.id)
            )
        ]
        penalty_rows = list(
            session.scalars(
                select(PriorPenalty)
                .where(col(PriorPenalty.case_id) == case.id)
                .order_by(col(PriorPenalty.decided_on), col(PriorPenalty.id))
            )
        )
        penalties = tuple(_penalty(row) for row in penalty_rows)
        penalty_ids = tuple(row.id or 0 for row in penalty_rows)
        offences, acts_on, opened = tuple(case.offences), case.acts_on, case.opened_on
    act_date = min(acts_on or opened, today)
    assessment = (
        assess_case(offences, figures, act_date, today, sets, margin, penalties, readings)
        if offences
        else None
    )
    return CaseRules(
        reference,
        offences,
        figures,
        act_date,
        acts_on is not None,
        assessment,
        is_transferred(step for step, _ in steps),
        penalties,
        readings,
        _recorded_steps(steps),
        penalty_ids,
    )


@dataclass(frozen=True, slots=True)
class _Candidates:
    """What the whole-archive flag reads, once: the open cases with offences and their inputs."""

    cases: dict[int, tuple[list[str], date]]  # case id → (offences, act date), cases with figures
    figures: dict[int, list[RecordedFigure]]
    penalties: dict[int, list[Penalty]]
    transferred: set[int]
    recorded: dict[int, list[tuple[str, date]]]  # counsel's RECORDED_STEPS, with their dates


def _candidates(archive: Archive, today: date) -> _Candidates:
    """The cases that can be flagged, selected in SQL: not closed, with an offence set; figures
    and earlier penalties of those cases only (joined, not filtered here), and every case's
    transfer steps (few)."""
    not_closed = col(Case.status).in_([s.value for s in CaseStatus if s is not CaseStatus.CLOSED])
    has_offence = func.json_array_length(col(Case.offences)) > 0
    figures: dict[int, list[RecordedFigure]] = defaultdict(list)
    penalties: dict[int, list[Penalty]] = defaultdict(list)
    cases: dict[int, tuple[list[str], date]] = {}
    steps: dict[int, list[tuple[str, date]]] = defaultdict(list)
    with archive.reading() as session:
        connection = session.connection()
        # Driven by the figures (few cases have any): each with its case's offences and act
        # date, so no pass over every open case is needed.
        for case_id, offences, acts_on, opened, measure, value, unit, as_of in connection.execute(
            select(
                col(Case.id),
                col(Case.offences),
                col(Case.acts_on),
                col(Case.opened_on),
                col(ThresholdFigure.measure),
                col(ThresholdFigure.value),
                col(ThresholdFigure.unit),
                col(ThresholdFigure.as_of),
            )
            .select_from(ThresholdFigure)
            .join(Case, col(Case.id) == col(ThresholdFigure.case_id))
            .where(has_offence, not_closed)
        ):
            case_id = case_id or 0  # ids are set
            if case_id not in cases:
                cases[case_id] = (offences, min(acts_on or opened, today))
            figures[case_id].append(RecordedFigure(measure, value, unit, as_of))
        for row in session.scalars(
            select(PriorPenalty)
            .join(Case, col(Case.id) == col(PriorPenalty.case_id))
            .where(has_offence, not_closed)
        ):
            penalties[row.case_id].append(_penalty(row))
        for case_id, step, on in session.execute(
            select(
                col(TransferRecord.case_id),
                col(TransferStepRecord.step),
                col(TransferStepRecord.occurred_on),
            ).join(
                TransferStepRecord, col(TransferStepRecord.transfer_id) == col(TransferRecord.id)
            )
        ):
            steps[case_id].append((step, on))
    transferred = {
        case_id for case_id, found in steps.items() if is_transferred(s for s, _ in found)
    }
    recorded = {
        case_id: [(s, on) for s, on in found if s in RECORDED_STEPS]
        for case_id, found in steps.items()
    }
    return _Candidates(
        cases, figures, penalties, transferred, {k: v for k, v in recorded.items() if v}
    )


def flagged_case_ids(archive: Archive, today: date | None = None) -> list[int]:
    """Ids of open cases with suspicion reached and no transfer recorded, fast for any archive."""
    today = today or clock.today()
    sets = archive_rule_sets(archive)
    settings = rule_settings(archive)
    margin, readings = settings.suspicion_margin_percent, settings.readings
    found = _candidates(archive, today)
    transferred, recorded_by_counsel = found.transferred, set(found.recorded)
    flagged = sorted(_still_open(archive, recorded_by_counsel - transferred))
    for case_id, recorded in found.figures.items():
        if case_id in transferred or case_id in recorded_by_counsel:
            continue
        offences, act_date = found.cases[case_id]
        try:
            values = figures_for_evaluation(recorded)
            reached = suspicion_reached(
                offences,
                values,
                act_date,
                today,
                sets,
                margin,
                tuple(found.penalties[case_id]),
                readings,
            )
        except (CasefileError, TypeError, ValueError) as exc:
            # One odd row (written by another tool) must not hide every other case's flag;
            # the case's own Criminal tab shows the problem.
            log.warning("case %s not assessed: %s", case_id, exc)
            continue
        if reached:
            flagged.append(case_id)
    return sorted(flagged)


def flagged_reasons(archive: Archive, today: date | None = None) -> dict[int, tuple[Phrase, ...]]:
    """Every flagged case (as `flagged_case_ids`) with why, in the Criminal tab's words
    (`CaseRules.reasons`: counsel's record first, then the figures), at the cost of the fast
    flag: for the dashboard, which shows every flagged case with its reason."""
    return first_flagged(archive, today, None)[1]


def first_flagged(
    archive: Archive, today: date | None, limit: int | None
) -> tuple[int, dict[int, tuple[Phrase, ...]]]:
    """How many cases are flagged (exactly: every candidate is evaluated, with the fast yes/no
    of `flagged_case_ids`), and the reasons of the first `limit` of them by case id (every one
    when None), as `flagged_reasons` words them. The explanations cost more than the yes/no,
    so a dashboard showing 50 of 1,200 flagged cases words only those 50."""
    today = today or clock.today()
    sets = archive_rule_sets(archive)
    settings = rule_settings(archive)
    margin, readings = settings.suspicion_margin_percent, settings.readings
    found = _candidates(archive, today)
    by_counsel = _still_open(archive, set(found.recorded) - found.transferred)
    evaluated = {case_id for case_id in found.figures if case_id not in found.transferred}
    count = 0
    reasons: dict[int, tuple[Phrase, ...]] = {}
    for case_id in sorted(by_counsel | evaluated):
        worded = limit is None or len(reasons) < limit
        recorded = _recorded_steps(found.recorded[case_id]) if case_id in by_counsel else ()
        if recorded and not worded:
            count += 1  # counsel's record flags it whatever the figures say
            continue
        figures: tuple[Phrase, ...] = ()
        reached = False
        if case_id in evaluated:
            offences, act_date = found.cases[case_id]
            penalties = tuple(found.penalties[case_id])
            try:
                values = figures_for_evaluation(found.figures[case_id])
                if worded:
                    figures = suspicion_reason_phrases(
                        offences, values, act_date, today, sets, margin, penalties, readings
                    )
                    reached = bool(figures)
                else:
                    reached = suspicion_reached(
                        offences, values, act_date, today, sets, margin, penalties, readings
                    )
            except (CasefileError, TypeError, ValueError) as exc:
                # One odd row (written by another tool) must not hide every other case's
                # flag; the case's own Criminal tab shows the problem.
                log.warning("case %s not assessed: %s", case_id, exc)
        if recorded or reached:
            count += 1
            if worded:
                reasons[case_id] = (*recorded, *figures)
    return count, reasons


def _still_open(archive: Archive, ids: set[int]) -> set[int]:
    with archive.reading() as session:
        return {
            case_id or 0
            for case_id in session.scalars(
                select(col(Case.id)).where(
                    col(Case.id).in_(ids), col(Case.status) != CaseStatus.CLOSED
                )
            )
        }


def flagged_cases(archive: Archive, today: date | None = None) -> list[FlaggedCase]:
    """The flagged cases with why each is flagged (`flagged_reasons`: the Criminal tab's
    reasons, read for the whole archive at once)."""
    reasons = flagged_reasons(archive, today or clock.today())
    with archive.reading() as session:
        named = {
            case_id: (reference, title)
            for case_id, reference, title in session.execute(
                select(col(Case.id), col(Case.reference), col(Case.title)).where(
                    col(Case.id).in_(list(reasons))
                )
            )
        }
    return [
        FlaggedCase(case_id, *named[case_id], tuple(str(r) for r in why), why)
        for case_id, why in reasons.items()
    ]
