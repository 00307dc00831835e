"""The case list's first page read with sqlite3 alone (store/first_page.py) gives what the
window lists once the archive has opened: the same ids in the same order (`CaseListing`, the
query of `casefile list`) and the same rows (`case_summaries`), for every order and status
filter it reads; and it stays out of the way where it cannot tell (another schema, no
archive, an order it does not read)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.domain import CaseStatus
from casefile.services import cases
from casefile.services.case_listing import CaseListing
from casefile.store.archive import Archive
from casefile.store.case_filters import CaseFilters
from casefile.store.first_page import PAGE_SIZE, SORT_SQL, read_first_page


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """The demo's curated cases and synthetic ones: more than a page, every status."""
    from casefile.demo import build_demo_archive

    summary = build_demo_archive(tmp_path_factory.mktemp("first") / "Demo.casefile", 260)
    opened = Archive.open(summary.path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.mark.parametrize("sort", sorted(SORT_SQL))
def test_every_order_and_status_reads_as_the_window_lists(listed: Archive, sort: str) -> None:
    listing = CaseListing(listed)
    for descending in (False, True):
        for status in ("", *(s.value for s in CaseStatus)):
            first = read_first_page(listed.path, sort, descending, status)
            assert first is not None
            expected = listing.ids("", CaseFilters(status=status or None), sort, descending).ids
            assert first.ids == expected, (sort, descending, status)
            page = expected[:PAGE_SIZE]
            assert first.rows == cases.case_summaries(listed, page)


def test_the_first_page_is_a_page_of_a_longer_list(listed: Archive) -> None:
    first = read_first_page(listed.path)
    assert first is not None
    assert len(first.ids) > PAGE_SIZE and len(first.rows) == PAGE_SIZE
    assert [r.id for r in first.rows] == first.ids[:PAGE_SIZE]
    assert any(r.routes and r.next_deadline and r.evidence_count for r in first.rows)
    assert any(r.jurisdictions for r in first.rows)


def test_what_it_cannot_tell_is_left_to_the_archives_opening(
    listed: Archive, tmp_path: Path
) -> None:
    assert read_first_page(tmp_path / "Nothing.casefile") is None
    assert read_first_page(listed.path, sort="next_deadline") is None
    assert read_first_page(listed.path, status="archived") is None
    older = tmp_path / "Older.casefile"
    shutil.copytree(listed.path, older)
    with sqlite3.connect(older / "archive.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = '0009_older'")
    assert read_first_page(older) is None  # to be migrated by its opening first
    broken = tmp_path / "Broken.casefile"
    broken.mkdir()
    (broken / "archive.sqlite").write_bytes(b"not a database" * 100)
    assert read_first_page(broken) is None


def test_it_never_writes(listed: Archive) -> None:
    db = listed.path / "archive.sqlite"
    before = db.stat().st_mtime_ns, db.stat().st_size
    assert read_first_page(listed.path) is not None
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before
