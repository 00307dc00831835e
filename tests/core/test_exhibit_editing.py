"""Exhibits after intake: their details corrected, withdrawn (never deleted: files and custody
stay, bundles leave them out), many taken in at once with one progress and one Cancel, and
what a new bundle starts from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile import clock
from casefile.domain import Route
from casefile.errors import EvidenceFileError, NotFoundError
from casefile.export.wording import Language, Recipient
from casefile.services import bundles, cases, evidence, proceedings
from casefile.store.archive import Archive
from tests.core.writes import refused, row_counts


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft).reference


def _file(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


@pytest.fixture
def exhibit(archive: Archive, case: str, tmp_path: Path) -> int:
    source = _file(tmp_path / "src", "order.txt", "order 42, two scooters")
    draft = evidence.EvidenceDraft(kind="test_buy", description="Order 42")
    custody = evidence.CustodyDraft(received_from="Investigator Wang", seal_number="S-1")
    return evidence.add_evidence(archive, case, draft, [source], custody=custody).evidence.id


# -- details --------------------------------------------------------------------------------


def test_an_exhibits_details_are_corrected_after_intake(
    archive: Archive, case: str, exhibit: int
) -> None:
    before = cases.case_detail(archive, case).evidence[0]
    row = evidence.update_evidence(
        archive,
        exhibit,
        evidence.EvidenceDraft(
            kind="notarised_purchase",
            description="Order 42, notarised",
            obtained_on="2026-03-02",
            obtained_by="Wang",
            notary_office="上海市东方公证处",
            notary_certificate="(2026)沪东证经字第12号",
            internal=True,
        ),
    )
    assert (row.kind, row.notary_certificate, row.obtained_on, row.internal) == (
        "notarised_purchase",
        "(2026)沪东证经字第12号",
        date(2026, 3, 2),
        True,
    )
    assert (row.files, row.custody, row.exhibit_no) == (before.files, before.custody, 1)
    with refused(archive, "kind", "'video' is not one of"):
        evidence.update_evidence(archive, exhibit, evidence.EvidenceDraft(kind="video"))
    with refused(archive, "source_url", "does not look like a web address"):
        evidence.update_evidence(archive, exhibit, evidence.EvidenceDraft(source_url="nowhere"))
    with pytest.raises(NotFoundError):
        evidence.update_evidence(archive, 999, evidence.EvidenceDraft())


# -- withdrawal -----------------------------------------------------------------------------


def test_a_withdrawn_exhibit_keeps_its_files_and_custody(
    archive: Archive, case: str, exhibit: int
) -> None:
    before = cases.case_detail(archive, case).evidence[0]
    with refused(archive, "reason", "required"):
        evidence.withdraw_exhibit(archive, exhibit, "")
    counts = row_counts(archive)
    row = evidence.withdraw_exhibit(archive, exhibit, "The seller's receipt is a forgery.")
    assert (row.withdrawn, row.withdrawn_on, row.withdrawn_reason) == (
        True,
        clock.today(),
        "The seller's receipt is a forgery.",
    )
    assert (row.files, row.custody) == (before.files, before.custody)
    assert archive.files.contains(row.files[0].sha256)
    after = row_counts(archive)
    assert after["evidence_item"] == counts["evidence_item"]  # nothing deleted
    assert after["audit_entry"] == counts["audit_entry"] + 1  # one update, audited
    with refused(archive, "evidence_id", "already withdrawn"):
        evidence.withdraw_exhibit(archive, exhibit, "again")
    assert cases.case_detail(archive, case).evidence[0].withdrawn


def test_a_withdrawal_in_the_future_is_refused(archive: Archive, case: str, exhibit: int) -> None:
    with refused(archive, "on", "2099-01-01 is in the future"):
        evidence.withdraw_exhibit(archive, exhibit, "not yet", on="2099-01-01")
    with pytest.raises(NotFoundError):
        evidence.withdraw_exhibit(archive, 999, "no such exhibit")


def test_a_withdrawn_exhibit_leaves_bundles(
    archive: Archive, case: str, exhibit: int, tmp_path: Path
) -> None:
    source = _file(tmp_path / "src", "listing.txt", "listing page")
    second = evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source]).evidence
    evidence.withdraw_exhibit(archive, exhibit, "Forged receipt", on="2026-11-20")

    assert [c.exhibit_no for c in bundles.exhibit_choices(archive, case)] == [2]
    listed = bundles.exhibit_choices(archive, case, include_withdrawn=True)
    assert [(c.exhibit_no, c.withdrawn) for c in listed] == [(1, True), (2, False)]
    spec = bundles.plan_bundle(archive, bundles.BundleRequest(case))
    assert [e.exhibit_no for e in spec.exhibits] == [second.exhibit_no]
    with refused(archive, "exhibits", "exhibit 1 was withdrawn on 2026-11-20 (Forged receipt)"):
        bundles.plan_bundle(archive, bundles.BundleRequest(case, exhibits=[1, 2]))
    internal = bundles.BundleRequest(case, exhibits=[1, 2], recipient=Recipient.INTERNAL)
    assert [e.exhibit_no for e in bundles.plan_bundle(archive, internal).exhibits] == [1, 2]

    evidence.reinstate_exhibit(archive, exhibit)
    assert [c.exhibit_no for c in bundles.exhibit_choices(archive, case)] == [1, 2]


# -- many exhibits at once ------------------------------------------------------------------


def test_several_exhibits_are_taken_in_with_one_progress(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    files = [_file(tmp_path / "src", f"photo{i}.txt", "x" * (100 * (i + 1))) for i in range(3)]
    seen: list[tuple[int, int, str]] = []
    outcome = evidence.add_exhibits(
        archive,
        case,
        [[f] for f in files],
        evidence.EvidenceDraft(kind="sample_photo"),
        progress=lambda done, total, name: seen.append((done, total, name)),
    )
    assert outcome.complete
    assert [r.evidence.exhibit_no for _f, r in outcome.added] == [1, 2, 3]
    assert [f for f, _r in outcome.added] == [(f,) for f in files]
    assert {total for _d, total, _n in seen} == {600}
    assert seen[-1][:2] == (600, 600)
    assert [d for d, _t, _n in seen] == sorted(d for d, _t, _n in seen)
    assert {n for _d, _t, n in seen} == {str(f) for f in files}


def test_a_problem_stops_the_rest_and_keeps_what_was_added(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    good = _file(tmp_path / "src", "a.txt", "first")
    empty = _file(tmp_path / "src", "empty.txt", "")
    later = _file(tmp_path / "src", "c.txt", "third")
    outcome = evidence.add_exhibits(
        archive, case, [[good], [empty], [later]], evidence.EvidenceDraft()
    )
    assert not outcome.complete
    assert [f for f, _r in outcome.added] == [(good,)]
    assert isinstance(outcome.error, EvidenceFileError)
    assert outcome.failed == (empty,)
    assert [e.exhibit_no for e in cases.case_detail(archive, case).evidence] == [1]


def test_cancel_stops_before_the_next_exhibit(archive: Archive, case: str, tmp_path: Path) -> None:
    files = [_file(tmp_path / "src", f"{i}.txt", f"file {i}") for i in range(3)]

    def cancelled() -> bool:
        return len(cases.case_detail(archive, case).evidence) >= 1

    outcome = evidence.add_exhibits(
        archive, case, [[f] for f in files], evidence.EvidenceDraft(), cancelled=cancelled
    )
    added = [r.evidence.exhibit_no for _f, r in outcome.added]
    assert (outcome.cancelled, added, outcome.failed) == (True, [1], (files[1],))


# -- what a new bundle starts from ----------------------------------------------------------


def test_a_new_bundle_follows_the_cases_latest_proceeding(archive: Archive, case: str) -> None:
    detail = cases.case_detail(archive, case)
    request = bundles.default_request(detail)
    assert (request.recipient, request.language, request.exhibits) == (
        Recipient.COURT,
        Language.BILINGUAL,  # a case in CN
        None,
    )
    for route, started in ((Route.CUSTOMS, "2026-04-01"), (Route.CRIMINAL, "2026-06-01")):
        draft = proceedings.ProceedingDraft(route=route, started_on=started)
        proceedings.add_proceeding(archive, case, draft)
    request = bundles.default_request(cases.case_detail(archive, case))
    assert request.recipient == Recipient.POLICE
    assert request.prepared_by == "test-counsel"


def test_a_new_bundle_is_saved_in_exports_under_a_free_name(archive: Archive, case: str) -> None:
    path = bundles.default_output_path(archive, case, "customs")
    assert path == archive.path / "exports" / f"{case} bundle customs {clock.today()}.pdf"
    path.write_bytes(b"%PDF")
    assert bundles.default_output_path(archive, case, "customs").name.endswith(" (2).pdf")
