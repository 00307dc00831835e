"""Backup and restore: a backup restores into an equal archive, every hash verified; a backup
folder stores each evidence file once; a restore never overwrites, and a damaged, truncated or
altered backup is refused leaving nothing behind; a cancelled backup leaves no file."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from casefile.errors import BackupError, CancelledError
from casefile.services import backups, cases, evidence
from casefile.services.integrity import check_archive
from casefile.store.archive import Archive


def _filled(archive: Archive, tmp_path: Path) -> Archive:
    """Two cases, three exhibits, one file used twice (stored once)."""
    first = cases.create_case(archive, cases.CaseDraft(title="Fake scooters 假冒滑板车")).reference
    second = cases.create_case(archive, cases.CaseDraft(title="Copied manuals")).reference
    shared = tmp_path / "in" / "order.pdf"
    shared.parent.mkdir(parents=True, exist_ok=True)
    shared.write_bytes(b"%PDF-1.4\n" + b"% notarised purchase\n" * 5000)
    photo = tmp_path / "in" / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the goods" * 300)
    evidence.add_evidence(archive, first, evidence.EvidenceDraft(), [shared, photo])
    evidence.add_evidence(archive, second, evidence.EvidenceDraft(), [shared])
    return archive


@pytest.fixture
def filled(archive: Archive, tmp_path: Path) -> Archive:
    return _filled(archive, tmp_path)


def _contents(archive: Archive) -> tuple[list[object], dict[str, bytes]]:
    listed = [(c.reference, c.title, c.evidence_count) for c in cases.list_cases(archive)]
    stored = {p.name: p.read_bytes() for p in archive.files.iter_stored()}
    return listed, stored


def test_a_backup_file_restores_into_an_equal_archive(filled: Archive, tmp_path: Path) -> None:
    result = backups.back_up(filled, tmp_path / "Cases-backup.zip")
    assert result.path == tmp_path / "Cases-backup.zip"
    assert result.evidence_files == 2

    restored = backups.restore(result.path, tmp_path / "Restored.casefile")

    assert restored.evidence_files == 2
    with Archive.open(tmp_path / "Restored.casefile") as again:
        assert _contents(again) == _contents(filled)
        assert check_archive(again).ok


def test_the_manifest_lists_versions_and_every_hash(filled: Archive, tmp_path: Path) -> None:
    result = backups.back_up(filled, tmp_path / "b.zip")
    with zipfile.ZipFile(result.path) as backup:
        manifest = json.loads(backup.read("manifest.json"))
        names = set(backup.namelist())
    assert manifest["schema_version"]
    assert manifest["casefile_version"]
    assert manifest["created_at"].endswith("Z")
    stored = {p.name: p.stat().st_size for p in filled.files.iter_stored()}
    assert {e["sha256"]: e["size"] for e in manifest["evidence"]} == stored
    assert names == {"manifest.json", "archive.sqlite"} | {
        f"evidence/{sha[:2]}/{sha}" for sha in stored
    }


def test_a_backup_folder_stores_each_evidence_file_once(filled: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "Backups"
    first = backups.back_up(filled, folder)
    photo = tmp_path / "in" / "later.txt"
    photo.write_text("a note written later\n" * 100)
    reference = cases.list_cases(filled)[0].reference
    evidence.add_evidence(filled, reference, evidence.EvidenceDraft(), [photo])

    second = backups.back_up(filled, folder)

    assert first.path != second.path and first.path.parent == second.path.parent == folder
    assert (first.evidence_copied, second.evidence_copied) == (2, 1)
    stored = [p for p in (folder / "evidence").rglob("*") if p.is_file()]
    assert len(stored) == 3  # not 2 + 3
    for dated in (first.path, second.path):
        with zipfile.ZipFile(dated) as backup:
            assert not [n for n in backup.namelist() if n.startswith("evidence/")]
    backups.restore(first.path, tmp_path / "Monday.casefile")
    backups.restore(second.path, tmp_path / "Tuesday.casefile")
    with Archive.open(tmp_path / "Tuesday.casefile") as tuesday:
        assert _contents(tuesday) == _contents(filled)
        assert check_archive(tuesday).ok
    with Archive.open(tmp_path / "Monday.casefile") as monday:
        assert len(list(monday.files.iter_stored())) == 2


def test_the_last_backup_is_recorded(filled: Archive, tmp_path: Path) -> None:
    assert backups.last_backup(filled) is None

    result = backups.back_up(filled, tmp_path / "b.zip")

    last = backups.last_backup(filled)
    assert last is not None and last.to == str(result.path)
    day = last.at.date()
    assert last.age_days(day) == 0
    assert last.age_days(date.fromordinal(day.toordinal() + 8)) == 8


def test_restore_refuses_an_existing_target(filled: Archive, tmp_path: Path) -> None:
    result = backups.back_up(filled, tmp_path / "b.zip")
    target = tmp_path / "Existing"
    target.mkdir()
    (target / "notes.txt").write_text("mine")

    with pytest.raises(BackupError, match="already exists"):
        backups.restore(result.path, target)

    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    with pytest.raises(BackupError, match="already exists"):
        backups.restore(result.path, filled.path)


def _rewrite(backup: Path, name: str, data: bytes) -> None:
    """The backup with one entry's bytes replaced (the manifest left as it was)."""
    with zipfile.ZipFile(backup) as old:
        entries = {n: old.read(n) for n in old.namelist()}
    entries[name] = data
    backup.unlink()
    with zipfile.ZipFile(backup, "w") as new:
        for n, content in entries.items():
            new.writestr(n, content)


def _left_behind(tmp_path: Path) -> list[str]:
    """A restored archive, or the work folder of a restore, left in the folder."""
    return sorted(
        p.name for p in tmp_path.iterdir() if "Restored" in p.name or p.name.startswith(".")
    )


def test_tampered_evidence_is_refused_and_nothing_is_left(filled: Archive, tmp_path: Path) -> None:
    backup = backups.back_up(filled, tmp_path / "b.zip").path
    with zipfile.ZipFile(backup) as b:
        name = next(n for n in b.namelist() if n.startswith("evidence/"))
        data = bytearray(b.read(name))
    data[10] ^= 0xFF
    _rewrite(backup, name, bytes(data))

    with pytest.raises(BackupError, match="does not match its SHA-256"):
        backups.restore(backup, tmp_path / "Restored.casefile")

    assert _left_behind(tmp_path) == []


def test_a_tampered_database_is_refused(filled: Archive, tmp_path: Path) -> None:
    backup = backups.back_up(filled, tmp_path / "b.zip").path
    with zipfile.ZipFile(backup) as b:
        data = bytearray(b.read("archive.sqlite"))
    data[-100] ^= 0x01
    _rewrite(backup, "archive.sqlite", bytes(data))

    with pytest.raises(BackupError, match="the database .* does not match"):
        backups.restore(backup, tmp_path / "Restored.casefile")

    assert _left_behind(tmp_path) == []


def test_an_altered_file_in_a_backup_folder_is_refused(filled: Archive, tmp_path: Path) -> None:
    result = backups.back_up(filled, tmp_path / "Backups")
    stored = next(p for p in (tmp_path / "Backups" / "evidence").rglob("*") if p.is_file())
    stored.chmod(0o644)
    stored.write_bytes(b"something else")

    with pytest.raises(BackupError, match="does not match"):
        backups.restore(result.path, tmp_path / "Restored.casefile")

    assert _left_behind(tmp_path) == []


@pytest.mark.parametrize("keep", [0.3, 0.9, 0.999])
def test_a_truncated_backup_is_refused(filled: Archive, tmp_path: Path, keep: float) -> None:
    backup = backups.back_up(filled, tmp_path / "b.zip").path
    data = backup.read_bytes()
    backup.write_bytes(data[: int(len(data) * keep)])

    with pytest.raises(BackupError, match="damaged|incomplete|truncated"):
        backups.restore(backup, tmp_path / "Restored.casefile")

    assert _left_behind(tmp_path) == []


def test_a_file_that_is_no_backup_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "holiday.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("beach.jpg", b"sand")

    with pytest.raises(BackupError, match="not a Casefile backup"):
        backups.restore(other, tmp_path / "Restored.casefile")

    assert _left_behind(tmp_path) == []


@pytest.mark.parametrize("after", [0, 3])
def test_a_cancelled_backup_leaves_no_file(filled: Archive, tmp_path: Path, after: int) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(CancelledError):
        backups.back_up(filled, tmp_path / "b.zip", cancelled=cancelled)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["Test.casefile", "in"]
    assert backups.last_backup(filled) is None


def test_a_cancelled_restore_leaves_nothing(filled: Archive, tmp_path: Path) -> None:
    backup = backups.back_up(filled, tmp_path / "b.zip").path

    with pytest.raises(CancelledError):
        backups.restore(backup, tmp_path / "Restored.casefile", cancelled=lambda: True)

    assert _left_behind(tmp_path) == []


def test_a_backup_never_replaces_another(filled: Archive, tmp_path: Path) -> None:
    (tmp_path / "b.zip").write_bytes(b"last week's backup")

    with pytest.raises(BackupError, match="already exists"):
        backups.back_up(filled, tmp_path / "b.zip")

    assert (tmp_path / "b.zip").read_bytes() == b"last week's backup"


def test_progress_reaches_the_total(filled: Archive, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    backups.back_up(filled, tmp_path / "b.zip", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_backup_folder_restores_its_newest_backup(filled: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "Backups"
    backups.back_up(filled, folder)
    cases.create_case(filled, cases.CaseDraft(title="Opened later"))
    newest = backups.back_up(filled, folder)

    restored = backups.restore(folder, tmp_path / "Restored.casefile")

    assert restored.backup == newest.path
    with Archive.open(restored.path) as again:
        assert "Opened later" in [c.title for c in cases.list_cases(again)]


def test_writes_while_backing_up_are_safe_and_left_for_the_next(
    filled: Archive, tmp_path: Path
) -> None:
    """The app keeps working during a backup: what it writes meanwhile is not half in it."""
    written: list[str] = []

    def meanwhile(_done: int, _total: int) -> None:
        if not written:  # the database is copied; the evidence files are being copied
            written.append(cases.create_case(filled, cases.CaseDraft(title="Meanwhile")).title)

    result = backups.back_up(filled, tmp_path / "b.zip", progress=meanwhile)

    assert written == ["Meanwhile"]
    backups.restore(result.path, tmp_path / "Restored.casefile")
    with Archive.open(tmp_path / "Restored.casefile") as again:
        assert "Meanwhile" not in [c.title for c in cases.list_cases(again)]
        assert check_archive(again).ok
    assert "Meanwhile" in [c.title for c in cases.list_cases(filled)]


def test_the_signing_key_and_edited_rule_sets_come_back(filled: Archive, tmp_path: Path) -> None:
    from casefile.services.rule_settings import copy_rule_set, edited_rule_sets
    from casefile.store.keys import archive_key

    key = archive_key(filled.path)
    copy_rule_set(filled, "cn-2025")
    for out in ("b.zip", "Backups"):
        result = backups.back_up(filled, tmp_path / out)
        restored = tmp_path / f"Restored {out}.casefile"

        backups.restore(result.path, restored)

        assert (restored / "keys" / key.name).read_bytes() == key.read_bytes()
        with Archive.open(restored) as again:
            assert [p.name for p in edited_rule_sets(again)] == ["cn-2025.toml"]
            assert check_archive(again).ok


@pytest.mark.parametrize(
    "path", ["../outside.txt", "/etc/passwd", "keys/../../outside", "evidence/x", "keys\\..\\x"]
)
def test_a_backup_naming_a_file_outside_the_archive_is_refused(
    filled: Archive, tmp_path: Path, path: str
) -> None:
    backup = backups.back_up(filled, tmp_path / "b.zip").path
    with zipfile.ZipFile(backup) as b:
        manifest = json.loads(b.read("manifest.json"))
    manifest["files"].append({"path": path, "sha256": "0" * 64, "size": 4})
    _rewrite(backup, "manifest.json", json.dumps(manifest).encode())

    with pytest.raises(BackupError, match="outside the archive"):
        backups.restore(backup, tmp_path / "Restored.casefile")

    assert _left_behind(tmp_path) == []
    assert not (tmp_path / "outside.txt").exists()


def test_the_work_folder_of_a_killed_backup_is_removed_by_the_next(
    filled: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "Backups"
    killed = folder / ".casefile-backup-999999999-0badc0de"  # no such process
    killed.mkdir(parents=True)
    (killed / "casefile-backup-20261120-101010.zip").write_bytes(b"half a zip")

    backups.back_up(filled, folder)

    assert not killed.exists()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
