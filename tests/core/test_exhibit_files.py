"""Opening an exhibit's file: a read-only copy under its original name, checked against the
SHA-256 recorded at intake, in this session's own folder; the stored original is never touched."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.errors import CancelledError, EvidenceFileError, NotFoundError
from casefile.services import cases, evidence, exhibit_files
from casefile.store.archive import Archive

NOTARY_PDF = "%PDF-1.4 公证书 (2026)沪东证经字第12号".encode()


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft).reference


def _source(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def _exhibit(archive: Archive, case: str, *paths: Path) -> tuple[int, ...]:
    draft = evidence.EvidenceDraft(kind="notarised_purchase", description="Order 42")
    row = evidence.add_evidence(archive, case, draft, list(paths)).evidence
    return tuple(f.id for f in row.files)


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This session's folder goes under the test's temp folder, and is removed after."""
    monkeypatch.setattr(exhibit_files.tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(exhibit_files, "_session", None)
    yield
    exhibit_files.remove_session_folder()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_read_only_copy_with_the_original_name_and_bytes(
    archive: Archive, case: str, tmp_path: Path, session: None
) -> None:
    source = _source(tmp_path / "src", "公证书 12号.pdf", NOTARY_PDF)
    (file_id,) = _exhibit(archive, case, source)
    stored = exhibit_files.stored_file(archive, file_id)
    before = (stored.path.stat().st_mtime_ns, _mode(stored.path))

    copy = exhibit_files.temporary_copy(archive, file_id)

    assert copy.name == "公证书 12号.pdf"
    assert copy.parent.name == f"{case} exhibit 1"
    assert copy.read_bytes() == NOTARY_PDF
    assert _mode(copy) & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0  # read-only
    assert copy.is_relative_to(exhibit_files.session_folder())
    assert not copy.is_relative_to(archive.path)
    # the stored original is untouched
    assert (stored.path.stat().st_mtime_ns, _mode(stored.path)) == before
    # asked again: the same copy, still matching
    assert exhibit_files.temporary_copy(archive, file_id) == copy


def test_a_copy_changed_since_is_replaced(
    archive: Archive, case: str, tmp_path: Path, session: None
) -> None:
    (file_id,) = _exhibit(archive, case, _source(tmp_path / "src", "order.pdf", NOTARY_PDF))
    copy = exhibit_files.temporary_copy(archive, file_id)
    os.chmod(copy, stat.S_IRUSR | stat.S_IWUSR)  # a user made it writable and saved over it
    copy.write_bytes(b"edited")
    again = exhibit_files.temporary_copy(archive, file_id)
    assert again == copy and again.read_bytes() == NOTARY_PDF
    assert _mode(again) & stat.S_IWUSR == 0


def test_files_of_one_exhibit_with_the_same_name_get_folders_of_their_own(
    archive: Archive, case: str, tmp_path: Path, session: None
) -> None:
    first = _source(tmp_path / "a", "IMG_0001.jpg", b"\xff\xd8\xff first photo")
    second = _source(tmp_path / "b", "IMG_0001.jpg", b"\xff\xd8\xff second photo")
    one, two = _exhibit(archive, case, first, second)
    copies = [exhibit_files.temporary_copy(archive, f) for f in (one, two)]
    assert [c.name for c in copies] == ["IMG_0001.jpg", "IMG_0001.jpg"]
    assert copies[0].parent != copies[1].parent
    assert [c.read_bytes() for c in copies] == [first.read_bytes(), second.read_bytes()]


def test_a_stored_file_that_no_longer_matches_its_hash_is_not_opened(
    archive: Archive, case: str, tmp_path: Path, session: None
) -> None:
    (file_id,) = _exhibit(archive, case, _source(tmp_path / "src", "order.pdf", NOTARY_PDF))
    stored = exhibit_files.stored_file(archive, file_id)
    os.chmod(stored.path, stat.S_IRUSR | stat.S_IWUSR)
    stored.path.write_bytes(b"tampered")
    with pytest.raises(EvidenceFileError, match="no longer matches the SHA-256"):
        exhibit_files.temporary_copy(archive, file_id)
    assert not exhibit_files.copy_path(stored).exists()
    assert list(exhibit_files.copy_path(stored).parent.iterdir()) == []  # no partial copy left

    stored.path.unlink()
    with pytest.raises(EvidenceFileError, match="is missing from the archive"):
        exhibit_files.temporary_copy(archive, file_id)
    with pytest.raises(NotFoundError):
        exhibit_files.temporary_copy(archive, 999)


def test_a_cancelled_copy_leaves_nothing(
    archive: Archive, case: str, tmp_path: Path, session: None
) -> None:
    (file_id,) = _exhibit(archive, case, _source(tmp_path / "src", "order.pdf", NOTARY_PDF))
    with pytest.raises(CancelledError):
        exhibit_files.temporary_copy(archive, file_id, cancelled=lambda: True)
    stored = exhibit_files.stored_file(archive, file_id)
    assert list(exhibit_files.copy_path(stored).parent.iterdir()) == []


def test_the_session_folder_is_removed_with_its_read_only_copies(
    archive: Archive, case: str, tmp_path: Path, session: None
) -> None:
    (file_id,) = _exhibit(archive, case, _source(tmp_path / "src", "order.pdf", NOTARY_PDF))
    folder = exhibit_files.session_folder()
    assert folder.name.startswith(exhibit_files.PREFIX)
    exhibit_files.temporary_copy(archive, file_id)
    exhibit_files.remove_session_folder()
    assert not folder.exists()
    assert exhibit_files.session_folder() != folder  # a new one when needed again


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("公证书.pdf", "公证书.pdf"),
        ("a/b\\c:d*e?.txt", "a_b_c_d_e_.txt"),
        ("CON.txt", "_CON.txt"),
        ("report. ", "report"),
        ("..", "file"),
        ("x" * 300 + ".pdf", "x" * 176 + ".pdf"),
    ],
)
def test_names_every_system_accepts(name: str, safe: str) -> None:
    assert exhibit_files.safe_name(name) == safe
