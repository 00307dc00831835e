"""Evidence intake: files hashed while copied in, stored once by SHA-256, the original untouched,
refusals and Cancel leaving nothing behind, and the chain of custody."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casefile.errors import (
    CancelledError,
    EvidenceFileError,
    NotFoundError,
    ValidationError,
)
from casefile.services import cases, evidence
from casefile.store import files
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry, CustodyEvent, EvidenceFile, EvidenceItem, StoredBlob

CHUNK = 64 * 1024


@pytest.fixture
def case(archive: Archive) -> str:
    return cases.create_case(archive, cases.CaseDraft(title="Fake scooters")).reference


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _stored(archive: Archive) -> list[Path]:
    """Every file in the evidence store (the temporary folder aside)."""
    return list(archive.files.iter_stored())


def _incoming(archive: Archive) -> list[Path]:
    return list(archive.files.incoming.iterdir())


def _counts(archive: Archive) -> dict[str, int]:
    with archive.reading() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (EvidenceItem, EvidenceFile, StoredBlob, CustodyEvent, AuditEntry)
        }


def _nothing_written(archive: Archive, counts: dict[str, int], stored: list[Path]) -> None:
    assert _counts(archive) == counts
    assert _stored(archive) == stored
    assert _incoming(archive) == []


# -- taking files in --------------------------------------------------------------------------


def test_file_is_copied_in_named_by_its_sha256(archive: Archive, case: str, tmp_path: Path) -> None:
    data = b"%PDF-1.4\n" + b"% notarised purchase, order 42\n" * 1000
    source = _write(tmp_path / "in" / "order 42.pdf", data)

    result = evidence.add_evidence(
        archive,
        case,
        evidence.EvidenceDraft(kind="notarised_purchase", notary_office="Shanghai Dongfang"),
        [source],
    )

    item = result.evidence
    assert item.exhibit_no == 1
    assert item.kind == "notarised_purchase"
    assert item.notary_office == "Shanghai Dongfang"
    (stored_file,) = item.files
    assert stored_file.sha256 == _sha(data)
    assert stored_file.size == len(data)
    assert stored_file.original_name == "order 42.pdf"
    assert stored_file.media_type == "application/pdf"
    blob = archive.files.path_of(_sha(data))
    assert blob == archive.path / "evidence" / _sha(data)[:2] / _sha(data)
    assert blob.read_bytes() == data
    assert result.already_in_archive == {}
    assert _incoming(archive) == []


def test_stored_file_is_read_only(archive: Archive, case: str, tmp_path: Path) -> None:
    source = _write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0 sample photo")
    evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source])
    mode = stat.S_IMODE(
        archive.files.path_of(_sha(b"\xff\xd8\xff\xe0 sample photo")).stat().st_mode
    )
    assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0


def test_original_is_untouched(archive: Archive, case: str, tmp_path: Path) -> None:
    data = os.urandom(300_000)
    source = _write(tmp_path / "capture.mhtml", data)
    old = datetime(2025, 3, 1, 9, 30).timestamp()
    os.utime(source, (old, old))
    before = source.stat()

    evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source])

    after = source.stat()
    assert source.read_bytes() == data
    assert after.st_mtime == before.st_mtime
    assert after.st_size == before.st_size
    assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)


def test_hash_is_computed_while_copying_large_files(
    archive: Archive, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "CHUNK_SIZE", CHUNK)
    data = os.urandom(CHUNK * 5 + 123)
    source = _write(tmp_path / "video.mp4", data)
    progress: list[tuple[int, int]] = []

    result = evidence.add_evidence(
        archive,
        case,
        evidence.EvidenceDraft(),
        [source],
        progress=lambda d, t: progress.append((d, t)),
    )

    assert result.evidence.files[0].sha256 == _sha(data)
    assert archive.files.path_of(_sha(data)).read_bytes() == data
    assert len(progress) == 6
    assert progress[-1] == (len(data), len(data))
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_same_content_again_is_recognised_and_stored_once(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    data = b"\x89PNG\r\n\x1a\n screenshot of the listing"
    first = _write(tmp_path / "a" / "listing.png", data)
    again = _write(tmp_path / "b" / "listing copy.png", data)  # another name, same content
    evidence.add_evidence(archive, case, evidence.EvidenceDraft(kind="screenshot"), [first])
    other = cases.create_case(archive, cases.CaseDraft(title="Same seller, new shop")).reference

    result = evidence.add_evidence(archive, other, evidence.EvidenceDraft(), [again])

    assert result.already_in_archive == {_sha(data): (f"{case} #1",)}
    assert result.evidence.files[0].original_name == "listing copy.png"
    assert _stored(archive) == [archive.files.path_of(_sha(data))]
    counts = _counts(archive)
    assert counts["StoredBlob"] == 1
    assert counts["EvidenceFile"] == 2


def test_exhibits_are_numbered_per_case(archive: Archive, case: str, tmp_path: Path) -> None:
    numbers = [
        evidence.add_evidence(
            archive, case, evidence.EvidenceDraft(), [_write(tmp_path / f"{i}.txt", bytes([i + 1]))]
        ).evidence.exhibit_no
        for i in range(3)
    ]
    other = cases.create_case(archive, cases.CaseDraft(title="Other")).reference
    first_of_other = evidence.add_evidence(
        archive, other, evidence.EvidenceDraft(), [_write(tmp_path / "o.txt", b"o")]
    )
    assert numbers == [1, 2, 3]
    assert first_of_other.evidence.exhibit_no == 1


def test_folders_recurse_and_hidden_files_are_skipped(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    folder = tmp_path / "Test buy 2026-03-01"
    _write(folder / "order.png", b"\x89PNG\r\n\x1a\n order")
    _write(folder / "parcel" / "label.jpg", b"\xff\xd8\xff label")
    _write(folder / "parcel" / "deep" / "invoice.pdf", b"%PDF-1.4 invoice")
    _write(folder / ".DS_Store", b"finder")
    _write(folder / "parcel" / ".thumbs.db", b"thumbs")
    _write(folder / ".git" / "config", b"git")
    single = _write(tmp_path / "chat.txt", b"chat")

    result = evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [folder, single])

    names = sorted(f.original_name for f in result.evidence.files)
    assert names == ["chat.txt", "invoice.pdf", "label.jpg", "order.png"]
    assert len(_stored(archive)) == 4


def test_an_empty_folder_is_refused(archive: Archive, case: str, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    _write(folder / ".hidden", b"only hidden")
    counts, stored = _counts(archive), _stored(archive)
    with pytest.raises(ValidationError) as raised:
        evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [folder])
    assert raised.value.field == "files"
    _nothing_written(archive, counts, stored)


# -- files that cannot be taken in ------------------------------------------------------------


def test_empty_file_is_refused(archive: Archive, case: str, tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.pdf", b"")
    counts, stored = _counts(archive), _stored(archive)
    with pytest.raises(EvidenceFileError) as raised:
        evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [empty])
    assert raised.value.reason == "is empty"
    assert str(empty) in str(raised.value)
    _nothing_written(archive, counts, stored)


def test_missing_file_is_refused(archive: Archive, case: str, tmp_path: Path) -> None:
    missing = tmp_path / "gone.pdf"
    counts, stored = _counts(archive), _stored(archive)
    with pytest.raises(EvidenceFileError) as raised:
        evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [missing])
    assert raised.value.reason == "no such file"
    _nothing_written(archive, counts, stored)


def test_a_directory_is_not_a_file_to_store(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(EvidenceFileError) as raised:
        archive.files.ingest(tmp_path)
    assert raised.value.reason == "is not a regular file"
    assert _stored(archive) == []
    assert _incoming(archive) == []


def test_file_over_the_size_limit_is_refused(
    archive: Archive, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_FILE_SIZE", 1024 * 1024)
    small = _write(tmp_path / "small.txt", b"fine")
    big = _write(tmp_path / "huge.mp4", b"\0" * (1024 * 1024 + 1))
    counts, stored = _counts(archive), _stored(archive)

    with pytest.raises(EvidenceFileError) as raised:
        evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [small, big])

    assert raised.value.path == big
    reason = raised.value.reason
    assert "1,048,577 bytes" in reason  # the size, exact: "1 MiB" alone would read as the limit
    assert "files over 1 MiB cannot be taken in" in reason
    # Refused before anything was copied, the small file included.
    _nothing_written(archive, counts, stored)


def test_wrong_case_reference_fails_before_copying(archive: Archive, tmp_path: Path) -> None:
    source = _write(tmp_path / "a.txt", b"a")
    with pytest.raises(NotFoundError):
        evidence.add_evidence(archive, "CF-1999-0001", evidence.EvidenceDraft(), [source])
    assert _stored(archive) == []


def test_bad_metadata_is_refused_before_copying(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    source = _write(tmp_path / "a.txt", b"a")
    counts, stored = _counts(archive), _stored(archive)
    for draft, field in [
        (evidence.EvidenceDraft(kind="rumour"), "kind"),
        (evidence.EvidenceDraft(obtained_on="2026-02-30"), "obtained_on"),
        (evidence.EvidenceDraft(source_url="not a web address"), "source_url"),
    ]:
        with pytest.raises(ValidationError) as raised:
            evidence.add_evidence(archive, case, draft, [source])
        assert raised.value.field == field
    _nothing_written(archive, counts, stored)


# -- Cancel -----------------------------------------------------------------------------------


def _cancel_after(chunks: int) -> tuple[list[int], object]:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > chunks

    return asked, cancelled


def test_cancel_midway_leaves_nothing(
    archive: Archive, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "CHUNK_SIZE", CHUNK)
    source = _write(tmp_path / "video.mp4", os.urandom(4 * 1024 * 1024))
    counts, stored = _counts(archive), _stored(archive)
    asked, cancelled = _cancel_after(1)

    with pytest.raises(CancelledError):
        evidence.add_evidence(
            archive, case, evidence.EvidenceDraft(), [source], cancelled=cancelled
        )

    assert len(asked) == 2  # asked before each chunk: it went on after the first, then stopped
    _nothing_written(archive, counts, stored)


def test_cancel_on_a_later_file_removes_the_files_already_copied(
    archive: Archive, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "CHUNK_SIZE", CHUNK)
    first = _write(tmp_path / "1.bin", os.urandom(2 * CHUNK))
    second = _write(tmp_path / "2.bin", os.urandom(8 * CHUNK))
    counts, stored = _counts(archive), _stored(archive)
    _, cancelled = _cancel_after(4)  # 2 chunks of the first file, 2 of the second

    with pytest.raises(CancelledError):
        evidence.add_evidence(
            archive, case, evidence.EvidenceDraft(), [first, second], cancelled=cancelled
        )

    _nothing_written(archive, counts, stored)


def test_cancel_keeps_content_that_was_already_in_the_archive(
    archive: Archive, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "CHUNK_SIZE", CHUNK)
    earlier = _write(tmp_path / "earlier.bin", os.urandom(CHUNK))
    evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [earlier])
    big = _write(tmp_path / "big.bin", os.urandom(8 * CHUNK))
    counts, stored = _counts(archive), _stored(archive)
    _, cancelled = _cancel_after(3)

    with pytest.raises(CancelledError):
        evidence.add_evidence(
            archive, case, evidence.EvidenceDraft(), [earlier, big], cancelled=cancelled
        )

    _nothing_written(archive, counts, stored)
    assert archive.files.path_of(_sha(earlier.read_bytes())).read_bytes() == earlier.read_bytes()


def test_a_failure_while_recording_removes_the_copied_files(
    archive: Archive, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write(tmp_path / "a.bin", b"copied, then the database write fails")
    counts, stored = _counts(archive), _stored(archive)

    def broken(*_args: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(evidence.repositories, "next_exhibit_number", broken)
    with pytest.raises(RuntimeError):
        evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source])
    _nothing_written(archive, counts, stored)


# -- chain of custody -------------------------------------------------------------------------


def _exhibit(archive: Archive, case: str, tmp_path: Path) -> int:
    source = _write(tmp_path / "sample.txt", b"sample photo")
    return evidence.add_evidence(archive, case, evidence.EvidenceDraft(), [source]).evidence.id


def test_custody_events_are_kept_in_time_order(archive: Archive, case: str, tmp_path: Path) -> None:
    item = _exhibit(archive, case, tmp_path)
    beijing = timezone(timedelta(hours=8))
    evidence.add_custody_event(
        archive,
        item,
        "handed_over",
        occurred_at=datetime(2026, 3, 2, 9, 0, tzinfo=beijing),
        received_from="Investigator Wang",
        handed_to="Notary Zhao",
    )
    row = evidence.add_custody_event(
        archive,
        item,
        "sealed",
        occurred_at="2026-03-01T15:00:00+08:00",
        seal_number="SEAL-0042",
        location="Shanghai Dongfang Notary Office",
    )
    assert [c.action for c in row.custody] == ["sealed", "handed_over"]
    sealed, handed = row.custody
    assert sealed.seal_number == "SEAL-0042"
    assert sealed.occurred_at == datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
    assert handed.occurred_at == datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    assert handed.received_from == "Investigator Wang"


def test_custody_event_without_time_is_now(archive: Archive, case: str, tmp_path: Path) -> None:
    item = _exhibit(archive, case, tmp_path)
    before = datetime.now(UTC)
    row = evidence.add_custody_event(archive, item, "received")
    (event,) = row.custody
    assert before - timedelta(seconds=5) <= event.occurred_at <= datetime.now(UTC)


def test_bad_custody_events_are_refused(archive: Archive, case: str, tmp_path: Path) -> None:
    item = _exhibit(archive, case, tmp_path)
    counts = _counts(archive)
    with pytest.raises(ValidationError) as raised:
        evidence.add_custody_event(archive, item, "lost")
    assert raised.value.field == "action"
    with pytest.raises(ValidationError) as raised:
        evidence.add_custody_event(archive, item, "sealed", occurred_at="2026-02-30 10:00")
    assert raised.value.field == "occurred_at"
    with pytest.raises(NotFoundError):
        evidence.add_custody_event(archive, 9999, "sealed")
    assert _counts(archive) == counts
