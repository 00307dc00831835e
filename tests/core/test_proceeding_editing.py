"""Correcting a proceeding's events (the deadlines follow), removing a proceeding recorded in
error (its events and their open deadlines go with it; counsel's own records stay, unlinked),
and the deadlines an event not yet saved would start."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casefile.domain import DeadlineStatus, ProceedingEventKind
from casefile.errors import NotFoundError
from casefile.services import cases, proceedings, records
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from casefile.store.rows import DeadlineRow
from tests.core.writes import refused, row_counts


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft).reference


@pytest.fixture
def customs(archive: Archive, case: str) -> int:
    draft = proceedings.ProceedingDraft(route="customs", authority="Ningbo Customs")
    return proceedings.add_proceeding(archive, case, draft).id


def _deadlines(archive: Archive, case: str) -> dict[str, DeadlineRow]:
    return {d.rule_id or d.title: d for d in cases.case_detail(archive, case).deadlines}


# -- events -----------------------------------------------------------------------------------


def test_correcting_an_events_date_moves_its_deadlines(
    archive: Archive, case: str, customs: int
) -> None:
    row = proceedings.add_event(archive, customs, "customs_notice", "2026-11-16")
    notice = row.events[0].id
    assert _deadlines(archive, case)["cn.customs.apply_detention"].due_on == date(2026, 11, 19)

    row = proceedings.update_event(
        archive, notice, "customs_notice", "2026-11-18", reference="NB-17", description="Fax"
    )
    assert (row.events[0].occurred_on, row.events[0].reference) == (date(2026, 11, 18), "NB-17")
    # Three working days from Wednesday 18 November: Monday 23 November.
    moved = _deadlines(archive, case)["cn.customs.apply_detention"]
    assert moved.due_on == date(2026, 11, 23)
    assert "2026-11-18 (NB-17)" in moved.explanation


def test_correcting_an_events_kind_starts_other_rules(
    archive: Archive, case: str, customs: int
) -> None:
    proceedings.add_event(archive, customs, "customs_notice", "2026-11-16")
    row = proceedings.add_event(archive, customs, "detention", "2026-11-18")
    detention = next(e for e in row.events if e.kind == ProceedingEventKind.DETENTION)
    assert set(_deadlines(archive, case)) >= {
        "cn.customs.investigation",
        "cn.customs.release_ex_officio",
    }
    proceedings.update_event(archive, detention.id, "release", "2026-11-18")
    assert set(_deadlines(archive, case)) == {"cn.customs.apply_detention"}


def test_a_done_deadline_stays_when_its_event_is_corrected(
    archive: Archive, case: str, customs: int
) -> None:
    notice = proceedings.add_event(archive, customs, "customs_notice", "2026-11-16").events[0]
    done = _deadlines(archive, case)["cn.customs.apply_detention"]
    records.set_deadline_status(archive, done.id, DeadlineStatus.DONE, on="2026-11-18")
    proceedings.update_event(archive, notice.id, "customs_notice", "2026-11-17")
    kept = _deadlines(archive, case)["cn.customs.apply_detention"]
    assert (kept.id, kept.status, kept.due_on) == (done.id, "done", date(2026, 11, 19))


def test_bad_event_corrections_are_refused(archive: Archive, case: str, customs: int) -> None:
    notice = proceedings.add_event(archive, customs, "customs_notice", "2026-11-16").events[0]
    with refused(archive, "kind", "'seizure' is not one of"):
        proceedings.update_event(archive, notice.id, "seizure", "2026-11-16")
    with refused(archive, "occurred_on", "required"):
        proceedings.update_event(archive, notice.id, "customs_notice", "")
    with pytest.raises(NotFoundError):
        proceedings.update_event(archive, 999, "customs_notice", "2026-11-16")
    before = row_counts(archive)
    proceedings.update_event(archive, notice.id, "customs_notice", "2026-11-16")
    assert row_counts(archive) == before  # nothing changed: nothing written


# -- removing a proceeding --------------------------------------------------------------------


def test_removing_a_proceeding_takes_its_events_and_their_open_deadlines(
    archive: Archive, case: str, customs: int
) -> None:
    proceedings.add_event(archive, customs, "customs_notice", "2026-11-16")
    proceedings.add_event(archive, customs, "detention", "2026-11-18")
    generated = _deadlines(archive, case)
    done = generated["cn.customs.apply_detention"]
    records.set_deadline_status(archive, done.id, "done", on="2026-11-18")
    by_hand = records.add_deadline(archive, case, "Chase the sample", "2026-12-01", None, "", (7,))
    records.add_deadline(
        archive, case, "Send photos", "2026-12-02", proceeding_id=customs, reminder_days=()
    )
    bond = records.add_money_entry(
        archive, case, "cost", "bond", "50000", "CNY", "2026-11-18", proceeding_id=customs
    )
    other = proceedings.add_proceeding(archive, case, proceedings.ProceedingDraft("civil"))

    removal = proceedings.remove_proceeding(archive, customs, actor="zhang.counsel")

    assert removal == proceedings.ProceedingRemoval(
        events_removed=2,
        deadlines_removed=2,  # the investigation and the ex-officio release, still open
        deadlines_kept=2,  # the one done and the one added by hand for it
        money_entries_kept=1,
        transfers_kept=0,
    )
    detail = cases.case_detail(archive, case)
    assert [p.id for p in detail.proceedings] == [other.id]
    kept = {d.title: d for d in detail.deadlines}
    assert set(kept) == {done.title, "Chase the sample", "Send photos"}
    assert all(d.proceeding_id is None and d.event_id is None for d in kept.values())
    assert kept[done.title].status == "done"
    assert by_hand in {d.id for d in detail.deadlines}
    assert [(m.id, m.proceeding_id, m.bond_status) for m in detail.money] == [(bond, None, "held")]
    with archive.reading() as session:
        trail = [
            (e.table_name, e.action, e.changes)
            for e in session.scalars(
                select(AuditEntry).order_by(AuditEntry.id.desc()).limit(8)  # type: ignore[union-attr]
            )
        ]
    removed = {
        (table, changes.get("kind") or changes.get("route"))
        for table, action, changes in trail
        if action == "delete"
    }
    assert removed >= {
        ("proceeding", "customs"),
        ("proceeding_event", "customs_notice"),
        ("proceeding_event", "detention"),
    }
    with pytest.raises(NotFoundError):
        proceedings.remove_proceeding(archive, customs)


# -- what an event not yet saved would start ------------------------------------------------


def test_preview_of_a_detention_after_a_customs_notice(
    archive: Archive, case: str, customs: int
) -> None:
    proceedings.add_event(archive, customs, "customs_notice", "2026-11-16")
    before = row_counts(archive)

    preview = proceedings.preview_event_deadlines(archive, customs, "detention", "2026-11-18")

    assert row_counts(archive) == before  # nothing written
    investigation = next(p for p in preview if p.rule_id == "cn.customs.investigation")
    assert investigation.title == "Customs decides whether detained goods infringe"
    assert (investigation.period, investigation.article) == ("30 working days", "Art 20")
    assert "Customs Protection of IPR" in investigation.source
    assert investigation.explanation.startswith("From the detention recorded on 2026-11-18")
    assert investigation.jurisdiction == "CN"
    # Saving it generates exactly what was previewed.
    proceedings.add_event(archive, customs, "detention", "2026-11-18")
    saved = _deadlines(archive, case)
    assert {(p.rule_id, p.title, p.due_on, p.explanation) for p in preview} == {
        (d.rule_id, d.title, d.due_on, d.explanation)
        for d in saved.values()
        if d.rule_id != "cn.customs.apply_detention"
    }


def test_preview_without_a_notice_is_the_application_route(
    archive: Archive, case: str, customs: int
) -> None:
    preview = proceedings.preview_event_deadlines(archive, customs, "detention", "2026-11-18")
    assert [p.rule_id for p in preview] == ["cn.customs.release_on_application"]
    assert preview[0].period == "20 working days"


def test_preview_of_an_event_being_edited_leaves_it_out_of_the_history(
    archive: Archive, case: str, customs: int
) -> None:
    notice = proceedings.add_event(archive, customs, "customs_notice", "2026-11-16").events[0]
    # The notice turned out to be the detention itself: without it, the application route.
    preview = proceedings.preview_event_deadlines(
        archive, customs, "detention", "2026-11-16", replacing=notice.id
    )
    assert [p.rule_id for p in preview] == ["cn.customs.release_on_application"]


def test_preview_refuses_bad_input_and_knows_no_law_without_a_jurisdiction(
    archive: Archive,
) -> None:
    ref = cases.create_case(archive, cases.CaseDraft(title="Nowhere")).reference
    proceeding = proceedings.add_proceeding(archive, ref, proceedings.ProceedingDraft("customs"))
    assert (
        proceedings.preview_event_deadlines(archive, proceeding.id, "detention", "2026-11-18") == ()
    )
    with refused(archive, "kind", "is not one of"):
        proceedings.preview_event_deadlines(archive, proceeding.id, "raid!", "2026-11-18")
    with refused(archive, "occurred_on", "not a date"):
        proceedings.preview_event_deadlines(archive, proceeding.id, "detention", "18.11.2026")
    with pytest.raises(NotFoundError):
        proceedings.preview_event_deadlines(archive, 999, "detention", "2026-11-18")


def test_preview_says_which_deadlines_saving_an_event_meets(
    archive: Archive, case: str, customs: int
) -> None:
    proceedings.add_event(archive, customs, "customs_notice", "2026-03-02")
    before = row_counts(archive)

    [met] = proceedings.preview_met_deadlines(archive, customs, "bond_posted", "2026-03-04")

    assert row_counts(archive) == before  # nothing written
    assert met.title.startswith("Apply for detention and post a bond")
    assert met.due_on == date(2026, 3, 5)
    # Dated before the notice, or of a kind that meets nothing: nothing met.
    assert proceedings.preview_met_deadlines(archive, customs, "bond_posted", "2026-02-27") == ()
    assert proceedings.preview_met_deadlines(archive, customs, "raid", "2026-03-04") == ()
    with refused(archive, "kind", "is not one of"):
        proceedings.preview_met_deadlines(archive, customs, "raid!", "2026-03-04")

    proceedings.add_event(archive, customs, "bond_posted", "2026-03-04")
    bond = _deadlines(archive, case)["cn.customs.apply_detention"].met_by_event_id
    assert bond is not None
    # Met already: a later detention meets nothing more; editing the bond itself still does.
    assert proceedings.preview_met_deadlines(archive, customs, "detention", "2026-03-05") == ()
    assert proceedings.preview_met_deadlines(
        archive, customs, "bond_posted", "2026-03-03", replacing=bond
    ) == (met,)
    # What a detention would start is not met by any event recorded yet.
    preview = proceedings.preview_event_deadlines(archive, customs, "detention", "2026-03-05")
    assert {p.rule_id: p.met for p in preview}["cn.customs.investigation"] == ""


def test_preview_of_a_deadline_met_at_once_by_an_event_already_recorded(archive: Archive) -> None:
    ref = cases.create_case(archive, cases.CaseDraft(title="Old", jurisdictions=["CN"])).reference
    civil = proceedings.add_proceeding(archive, ref, proceedings.ProceedingDraft("civil")).id
    proceedings.add_event(archive, civil, "appeal_filed", "2025-03-10")  # entered first
    [appeal] = proceedings.preview_event_deadlines(archive, civil, "judgment_served", "2025-03-03")
    assert appeal.met == "Met: appeal filed recorded on 2025-03-10"
