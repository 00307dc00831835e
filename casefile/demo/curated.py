"""Build the curated scenarios through the real services, so every value is validated and every
change is audited exactly as if counsel had typed it in.

The only write that bypasses a service is the transfer record (there is no transfer service
yet); it still goes through `Archive.unit_of_work`, so the audit trail records it too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

from casefile.demo import samples
from casefile.demo.catalog import ACTOR, OWNER, RIGHTS
from casefile.demo.spec import Due, Sample, Scenario, Transfer, fill, on
from casefile.domain import CaseStatus, DeadlineStatus
from casefile.rules.deadlines import compute_deadline, get_rule
from casefile.services import cases, evidence, parties, proceedings, records, rights, transfers
from casefile.store.archive import Archive

Progress = Callable[[str, int, int], None]


@dataclass
class BuildState:
    """What later scenarios refer back to: parties by key, rights by catalog key."""

    today: date
    workdir: Path
    party_ids: dict[str, int] = field(default_factory=dict)
    right_ids: dict[str, int] = field(default_factory=dict)
    repeat_matches: int = 0  # parties recognised by a shared identifier when entered


def ensure_right(archive: Archive, key: str, state: BuildState, case_ref: str | None = None) -> int:
    """Register a catalog right once (with its customs recordals) and link it to a case."""
    spec = RIGHTS[key]
    row = rights.add_right(
        archive,
        rights.RightDraft(
            kind=spec.kind,
            number=spec.number,
            jurisdiction=spec.jurisdiction,
            title=spec.title,
            owner=OWNER,
            classes=list(spec.classes),
            valid_from=None if spec.start is None else on(spec.start, state.today),
            valid_to=None if spec.end is None else on(spec.end, state.today),
        ),
        case_reference=case_ref,
        actor=ACTOR,
    )
    if key not in state.right_ids and not row.recordals:
        for rec in spec.recordals:
            rights.add_recordal(
                archive,
                row.id,
                rec.authority,
                rec.number,
                on(rec.start, state.today),
                on(rec.end, state.today),
                actor=ACTOR,
            )
    state.right_ids[key] = row.id
    return row.id


def build_curated(
    archive: Archive, scenarios: Sequence[Scenario], state: BuildState, progress: Progress
) -> None:
    # Cases are opened oldest first so that CF-YYYY-NNNN numbers follow the opening dates.
    ordered = sorted(scenarios, key=lambda s: s.opened)
    for done, scenario in enumerate(ordered, 1):
        build_case(archive, scenario, state)
        progress("Writing the curated cases", done, len(ordered))


def build_case(archive: Archive, s: Scenario, state: BuildState) -> str:
    today = state.today

    def day(offset: int) -> date:
        return on(offset, today)

    case = cases.create_case(
        archive,
        cases.CaseDraft(
            title=s.title,
            brand=s.brand,
            product_line=s.product_line,
            priority=s.priority,
            jurisdictions=list(s.jurisdictions),
            responsible_counsel=s.counsel,
            opened_on=day(s.opened),
            summary=fill(s.summary, s.opened, today),
            tags=list(s.tags),
            offences=list(s.offences),
            acts_on=None if s.acts is None else day(s.acts),
        ),
        actor=ACTOR,
    )
    ref = case.reference
    for key in s.rights:
        ensure_right(archive, key, state, ref)

    proc_ids: list[int] = []
    for p in s.proceedings:
        start = p.start if p.start is not None else s.opened
        row = proceedings.add_proceeding(
            archive,
            ref,
            proceedings.ProceedingDraft(
                route=p.route,
                authority=p.authority,
                authority_ref=fill(p.authority_ref, start, today),
                jurisdiction=p.jurisdiction,
                stage=p.stage,
                started_on=None if p.start is None else day(p.start),
                ended_on=None if p.end is None else day(p.end),
                outcome=p.outcome,
                quantity_seized=p.seized,
                fine=p.fine,
                damages=p.damages,
                currency=p.currency,
                sentence=p.sentence,
            ),
            actor=ACTOR,
        )
        for ev in p.events:
            proceedings.add_event(
                archive,
                row.id,
                ev.kind,
                day(ev.day),
                fill(ev.reference, ev.day, today),
                fill(ev.description, ev.day, today),
                actor=ACTOR,
            )
        proc_ids.append(row.id)

    for who in s.parties:
        if who.key and who.key in state.party_ids:
            parties.link_party(archive, ref, state.party_ids[who.key], who.role, actor=ACTOR)
            continue
        linked, matches = parties.add_party_to_case(
            archive,
            ref,
            parties.PartyDraft(
                name=who.name,
                kind=who.kind,
                country=who.country,
                notes=who.notes,
                identifiers=list(who.identifiers),
            ),
            who.role,
            actor=ACTOR,
        )
        state.repeat_matches += len(matches)
        if who.key:
            state.party_ids[who.key] = linked.party.id

    exhibit_ids: list[int] = []
    for x in s.exhibits:
        files = [_draw(sample, x.day, s.title, state) for sample in x.files]
        intake = evidence.add_evidence(
            archive,
            ref,
            evidence.EvidenceDraft(
                kind=x.kind,
                description=fill(x.description, x.day, today),
                obtained_on=day(x.day),
                obtained_by=x.by,
                source_url=x.url,
                notary_office=x.notary,
                notary_certificate=fill(x.certificate, x.day, today),
                internal=x.internal,
            ),
            files,
            actor=ACTOR,
        )
        for c in x.custody:
            evidence.add_custody_event(
                archive,
                intake.evidence.id,
                c.action,
                datetime.combine(day(c.day), time(c.hour, 0)),
                c.received_from,
                c.handed_to,
                fill(c.seal, c.day, today),
                c.location,
                c.note,
                actor=ACTOR,
            )
        exhibit_ids.append(intake.evidence.id)

    for f in s.figures:
        records.add_threshold_figure(
            archive,
            ref,
            f.measure,
            f.value,
            day(f.day),
            f.unit,
            None if f.exhibit is None else exhibit_ids[f.exhibit],
            f.note,
            actor=ACTOR,
        )
    for penalty in s.penalties:
        records.add_prior_penalty(
            archive,
            ref,
            day(penalty.day),
            penalty.kind,
            penalty.conduct,
            penalty.authority,
            fill(penalty.reference, penalty.day, today),
            penalty.note,
            actor=ACTOR,
        )
    _mark_met(archive, ref, s, proc_ids, today)
    for d in s.deadlines:
        due, explanation = _counted(d, s, today)
        deadline_id = records.add_deadline(
            archive,
            ref,
            d.title,
            due,
            d.rule_id,
            explanation,
            proceeding_id=None if d.proc is None else proc_ids[d.proc],
            actor=ACTOR,
        )
        if d.done is not None:
            status = DeadlineStatus.WAIVED if d.waived else DeadlineStatus.DONE
            records.set_deadline_status(archive, deadline_id, status, day(d.done), actor=ACTOR)
    for m in s.money:
        records.add_money_entry(
            archive,
            ref,
            m.direction,
            m.category,
            m.amount,
            m.currency,
            day(m.day),
            m.description,
            proceeding_id=None if m.proc is None else proc_ids[m.proc],
            actor=ACTOR,
            bond_status=m.bond,
            bond_settled_on=None if m.settled is None else day(m.settled),
        )
    for text in s.notes:
        # Notes are written by the counsel on the case: the note's author is its audit actor.
        records.add_note(archive, ref, fill(text, s.opened, today), internal=True, actor=s.counsel)
    if s.transfer:
        _add_transfer(archive, ref, s.transfer, proc_ids, today)
    if s.status != CaseStatus.OPEN:
        closed = None if s.closed is None else day(s.closed)
        cases.set_status(archive, ref, s.status, closed, actor=ACTOR)
    return ref


def _mark_met(archive: Archive, ref: str, s: Scenario, proc_ids: list[int], today: date) -> None:
    """Mark generated deadlines done or waived; a `Met` no event generated is a spec error.
    One an event already met (its rule's `met_by`) stays done as that event says, unless the
    spec waives it."""
    if not s.met:
        return
    open_generated = [
        d
        for d in cases.case_detail(archive, ref).deadlines
        if d.event_id is not None
        and (d.status == DeadlineStatus.OPEN or d.met_by_event_id is not None)
    ]
    for m in s.met:
        found = next(
            (
                d
                for d in open_generated
                if d.rule_id == m.rule_id and d.proceeding_id == proc_ids[m.proc]
            ),
            None,
        )
        if found is None:
            raise ValueError(f"{s.title}: no open {m.rule_id} deadline on proceeding {m.proc}")
        open_generated.remove(found)
        if found.met_by_event_id is not None and not m.waived:
            continue  # done by the event recorded, on its date
        status = DeadlineStatus.WAIVED if m.waived else DeadlineStatus.DONE
        records.set_deadline_status(archive, found.id, status, on(m.day, today), actor=ACTOR)


def _counted(d: Due, s: Scenario, today: date) -> tuple[date, str]:
    """A hand-added deadline's date and explanation; counted by its rule with `counted_from`."""
    if d.counted_from is None:
        return on(d.day, today), d.explanation
    # An EU rule counts on the proceeding's member state; any other on its own calendar.
    proc = None if d.proc is None else s.proceedings[d.proc]
    member_state = get_rule(d.rule_id).calendar == "member_state"
    code = (proc.jurisdiction or s.jurisdictions[0]) if member_state and proc else None
    result = compute_deadline(d.rule_id, on(d.counted_from, today), code)
    return result.due, f"{d.explanation} {result.explanation}".strip()


def _draw(sample: Sample, offset: int, seed: str, state: BuildState) -> Path:
    filled = replace(
        sample, fields={k: fill(v, offset, state.today) for k, v in sample.fields.items()}
    )
    return samples.render(filled, state.workdir, on(offset, state.today), seed)


def _add_transfer(
    archive: Archive, ref: str, transfer: Transfer, proc_ids: list[int], today: date
) -> None:
    transfer_id = transfers.start_transfer(
        archive,
        ref,
        transfer.authority,
        proceeding_id=None if transfer.proc is None else proc_ids[transfer.proc],
        note=transfer.note,
        actor=ACTOR,
    )
    for step in transfer.steps:
        transfers.add_transfer_step(
            archive,
            transfer_id,
            step.step,
            on(step.day, today),
            step.authority,
            fill(step.reference, step.day, today),
            step.note,
            actor=ACTOR,
            today=today,
        )
