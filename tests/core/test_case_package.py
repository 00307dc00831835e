"""Case packages round trip: a case exported and imported into an empty archive reads the same
(its records, its evidence bytes, `check` clean); imported into an archive that has an edited
copy, the local edits survive and are reported, and the app may take the package's instead."""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import build_demo_archive
from casefile.errors import CancelledError
from casefile.services import case_package, cases, parties, records
from casefile.services.integrity import check_archive
from casefile.store.archive import Archive
from tests.case_contents import case_contents
from tests.core.writes import row_counts

REFERENCE = "CF-2026-0011"  # the demo's pirated-firmware case: parties, rights, exhibits,
# figures, a transfer, deadlines, money and notes


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    summary = build_demo_archive(tmp_path_factory.mktemp("demo") / "Demo.casefile")
    archive = Archive.open(summary.path)
    try:
        yield archive
    finally:
        archive.close()


@pytest.fixture
def empty(archive: Archive) -> Archive:
    """The laptop's archive: empty to start with."""
    return archive


@pytest.fixture
def carried(source: Archive, empty: Archive, tmp_path: Path) -> Path:
    """The case exported from the office's archive and imported into the laptop's: the
    package."""
    out = tmp_path / "first.casepkg"
    case_package.export_case(source, REFERENCE, out)
    case_package.import_case(empty, out)
    return out


def _own(contents: dict[str, Any]) -> dict[str, Any]:
    """The case's contents without the other cases its parties and rights are linked to in the
    source archive (those cases are not in the package)."""
    for kind in ("rights", "parties"):
        for item in contents.get(kind, []):
            item.pop("cases", None)
    return contents


def _evidence_bytes(archive: Archive, reference: str) -> dict[int, list[bytes]]:
    detail = cases.case_detail(archive, reference)
    return {
        e.exhibit_no: sorted(archive.files.path_of(f.sha256).read_bytes() for f in e.files)
        for e in detail.evidence
    }


@pytest.mark.parametrize("passphrase", [None, "correct horse battery staple"])
def test_a_case_imported_into_an_empty_archive_is_the_same_case(
    source: Archive, empty: Archive, tmp_path: Path, passphrase: str | None
) -> None:
    out = tmp_path / "firmware.casepkg"
    exported = case_package.export_case(source, REFERENCE, out, passphrase)
    assert exported.evidence_files >= 4 and exported.encrypted == bool(passphrase)

    report = case_package.import_case(empty, out, passphrase)

    assert report.new_case and not report.kept
    assert _own(case_contents(empty, REFERENCE)) == _own(case_contents(source, REFERENCE))
    assert _evidence_bytes(empty, REFERENCE) == _evidence_bytes(source, REFERENCE)
    assert report.evidence_copied == exported.evidence_files
    assert check_archive(empty).ok
    assert [c.reference for c in cases.list_cases(empty)] == [REFERENCE]


def test_the_plain_package_is_a_zip_with_a_manifest_of_hashes(
    source: Archive, tmp_path: Path
) -> None:
    out = tmp_path / "firmware.casepkg"
    case_package.export_case(source, REFERENCE, out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
    assert {"manifest.json", "case.json", "audit.json"} <= names
    assert any(n.startswith("evidence/") for n in names)


def test_an_encrypted_package_hides_the_names_too(source: Archive, tmp_path: Path) -> None:
    out = tmp_path / "firmware.casepkg"
    case_package.export_case(source, REFERENCE, out, "a passphrase")
    data = out.read_bytes()
    assert data.startswith(b"CFPKGENC")
    assert b"manifest.json" not in data and REFERENCE.encode() not in data
    assert not zipfile.is_zipfile(out)


def test_importing_the_same_package_twice_changes_nothing(empty: Archive, carried: Path) -> None:
    again = case_package.import_case(empty, carried)
    assert not again.new_case and not again.added and not again.updated and not again.kept


def test_local_edits_newer_than_the_package_survive_and_are_reported(
    source: Archive, empty: Archive, carried: Path, tmp_path: Path
) -> None:
    # On the laptop: the case retitled, a note added.
    cases.update_case(empty, REFERENCE, {"title": "Edited on the laptop"})
    records.add_note(empty, REFERENCE, "Called the platform from the customs office")
    # At the office, later: a note of the case rewritten, then exported again.
    note = cases.case_detail(source, REFERENCE).notes[0]
    records.update_note(source, note.id, "Rewritten at the office", note.internal)
    second = tmp_path / "second.casepkg"
    case_package.export_case(source, REFERENCE, second)

    plan = case_package.plan_import(empty, second)
    assert [c.table for c in plan.conflicts] == ["case_file"]
    assert ("title", "Edited on the laptop", cases.case_detail(source, REFERENCE).title) in (
        plan.conflicts[0].fields
    )

    report = case_package.import_case(empty, second)

    merged = cases.case_detail(empty, REFERENCE)
    assert merged.title == "Edited on the laptop"  # kept, not overwritten
    assert [c.label for c in report.kept] == [f"case {REFERENCE!r}"]
    bodies = {n.body for n in merged.notes}
    assert "Rewritten at the office" in bodies  # the office's newer edit came in
    assert "Called the platform from the customs office" in bodies  # the laptop's note stays
    assert report.updated == {"note": 1}
    assert check_archive(empty).ok


def test_the_app_may_take_the_package_s_version_of_a_conflict(
    source: Archive, empty: Archive, carried: Path
) -> None:
    cases.update_case(empty, REFERENCE, {"title": "Edited on the laptop"})
    plan = case_package.plan_import(empty, carried)

    report = case_package.import_case(empty, carried, take_package=[plan.conflicts[0].key])

    assert report.taken == list(plan.conflicts) and not report.kept
    assert cases.case_detail(empty, REFERENCE).title == cases.case_detail(source, REFERENCE).title


def test_a_case_comes_home_with_the_laptop_s_edits(
    source: Archive, empty: Archive, carried: Path, tmp_path: Path
) -> None:
    """Exported to a laptop, edited there, exported back: the office's archive takes the
    edits into the same case (matched by origin), not into a second one."""
    records.add_note(empty, REFERENCE, "Written on the laptop")
    back = tmp_path / "back.casepkg"
    case_package.export_case(empty, REFERENCE, back)
    before = len(cases.list_cases(source))
    notes_before = len(cases.case_detail(source, REFERENCE).notes)

    report = case_package.import_case(source, back)

    assert not report.new_case and report.added == {"note": 1} and not report.kept
    assert len(cases.list_cases(source)) == before
    assert len(cases.case_detail(source, REFERENCE).notes) == notes_before + 1


def test_known_infringers_are_matched_by_identifier(
    source: Archive, empty: Archive, tmp_path: Path
) -> None:
    """A party already known here under another name, with one of the package's party's
    identifiers written another way, is recognised: the case is linked to it, no second
    record is made."""
    out = tmp_path / "p.casepkg"
    case_package.export_case(source, REFERENCE, out)
    theirs = next(
        p.party for p in cases.case_detail(source, REFERENCE).parties if p.party.identifiers
    )
    ident = theirs.identifiers[0]
    known = parties.add_party(
        empty,
        parties.PartyDraft(
            name="Known here by another name",
            kind=theirs.kind,
            identifiers=[(ident.kind, f"  {ident.value.upper()}  ")],
        ),
    )

    report = case_package.import_case(empty, out)

    now = {p.party.id: p.party.name for p in cases.case_detail(empty, REFERENCE).parties}
    assert known.id in now
    assert theirs.name not in now.values()
    assert report.matched_parties == [f"{theirs.name} → Known here by another name"]


def test_another_case_of_the_same_reference_is_never_merged_into(
    source: Archive, empty: Archive, tmp_path: Path
) -> None:
    out = tmp_path / "p.casepkg"
    case_package.export_case(source, REFERENCE, out)
    cases.create_case(empty, cases.CaseDraft(title="Someone else's", reference=REFERENCE))

    with pytest.raises(case_package.CaseCopyMismatchError, match="not a copy"):
        case_package.import_case(empty, out)
    assert cases.case_detail(empty, REFERENCE).title == "Someone else's"


def test_a_cancelled_export_leaves_no_file(source: Archive, tmp_path: Path) -> None:
    out = tmp_path / "p.casepkg"
    with pytest.raises(CancelledError):
        case_package.export_case(source, REFERENCE, out, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_import_leaves_the_archive_as_it_was(
    source: Archive, empty: Archive, tmp_path: Path
) -> None:
    out = tmp_path / "p.casepkg"
    case_package.export_case(source, REFERENCE, out)
    before = row_counts(empty)
    asked = itertools.count()
    # Cancelled after the first evidence files are in: they are taken out again.
    with pytest.raises(CancelledError):
        case_package.import_case(empty, out, cancelled=lambda: next(asked) >= 3)
    assert row_counts(empty) == before
    assert empty.files.stored_names() == set()


def test_a_case_s_listings_and_their_notices_travel_with_it(empty: Archive, tmp_path: Path) -> None:
    """The platform case's listings (imported from a monitoring tool) go in the package with
    the notice that named them; into an empty archive they arrive linked to the same proceeding,
    seller and notice, searchable; a second import adds none."""
    from sqlmodel import col, select

    from casefile.services import complaint_packets, listing_import
    from casefile.services.search import search_cases
    from casefile.store.models import Listing
    from tests.core.test_complaint_packets_service import _listings_file

    office = Archive.open(tmp_path / "Office.casefile", create=True)
    try:
        draft = cases.CaseDraft(title="Taobao 沃驰 shops", jurisdictions=["CN"])
        reference = cases.create_case(office, draft).reference
        listing_import.import_listings(office, reference, _listings_file(tmp_path, 12))
        plan = complaint_packets.plan_packets(office, reference, batch_size=5)
        packet = complaint_packets.export_packets(office, plan, tmp_path / "packets")
        complaint_packets.record_notices_sent(office, plan, packet)
        out = tmp_path / "taobao.casepkg"
        case_package.export_case(office, reference, out)
    finally:
        office.close()

    report = case_package.import_case(empty, out)
    assert report.new_case
    with empty.reading() as session:
        listings = session.scalars(select(Listing).order_by(col(Listing.url_key))).all()
        assert len(listings) == 12
        assert all(x.proceeding_id and x.party_id and x.notice_event_id for x in listings)
        assert len({x.notice_event_id for x in listings}) == 3  # batches of 5, 5 and 2
    assert [hit.case.reference for hit in search_cases(empty, "700012")] == [reference]
    again = case_package.import_case(empty, out)
    assert not again.added and not again.updated
    assert check_archive(empty).ok
