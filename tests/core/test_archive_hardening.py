"""Nothing silently wrong or lost: an archive that cannot be opened says what is really wrong and
is left untouched; what an interrupted intake, export or demo leaves behind is cleaned up, but
never what another live program is still writing; committed work reaches the database file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from casefile.errors import ArchiveError
from casefile.services import cases
from casefile.store.archive import DB_NAME, Archive

WAL = f"{DB_NAME}-wal"
SHM = f"{DB_NAME}-shm"


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its SHA-256: equal snapshots mean nothing was touched."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    } | {str(p.relative_to(folder)) + "/": "" for p in folder.rglob("*") if p.is_dir()}


def _archive_with_cases(folder: Path, count: int) -> None:
    with Archive.open(folder, create=True) as opened:
        for n in range(count):
            cases.create_case(opened, cases.CaseDraft(title=f"Case {n}"))


def _crashed_copy(source: Path, target: Path) -> None:
    """`target` as a crash of a program writing to `source` leaves it: database, -wal and -shm."""
    target.mkdir()
    with Archive.open(source) as opened:
        cases.create_case(opened, cases.CaseDraft(title="Written just before the crash"))
        with opened.engine.connect():  # the files of an open archive
            for name in (DB_NAME, WAL, SHM):
                (target / name).write_bytes((source / name).read_bytes())
    for sub in ("evidence", "evidence/.incoming", "exports"):
        (target / sub).mkdir()


# -- a. messages that name what is really wrong -----------------------------------------------


class _FullDiskConnection:
    """An sqlite3 connection on a disk with no room left: every statement fails."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self._real = real

    def execute(self, *_args: object) -> sqlite3.Cursor:
        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        self._real.close()


def test_a_full_disk_while_opening_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Cases.casefile"
    _archive_with_cases(folder, 1)
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> object:
        return _FullDiskConnection(real_connect(*args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(ArchiveError) as raised:
        Archive.open(folder)
    message = str(raised.value)
    assert "disk" in message and "full" in message
    assert "not a readable" not in message
    assert "nothing was changed" in message.lower()


def test_a_full_disk_while_writing_is_named(archive: Archive) -> None:
    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    event.listen(archive.engine, "before_cursor_execute", full)
    with pytest.raises(ArchiveError) as raised:
        cases.create_case(archive, cases.CaseDraft(title="No room"))
    event.remove(archive.engine, "before_cursor_execute", full)
    message = str(raised.value)
    assert "disk" in message and "full" in message
    assert "was not saved" in message
    assert cases.list_cases(archive) == []


def test_a_missing_wal_beside_its_shm_is_named_and_nothing_is_changed(tmp_path: Path) -> None:
    source = tmp_path / "Live.casefile"
    _archive_with_cases(source, 3)
    copy = tmp_path / "Copied.casefile"
    _crashed_copy(source, copy)
    (copy / WAL).unlink()  # deleted, or not copied with the rest
    before = _snapshot(copy)
    for create in (False, True):
        with pytest.raises(ArchiveError) as raised:
            Archive.open(copy, create=create)
        message = str(raised.value)
        assert WAL in message and "missing" in message
        assert "nothing was changed" in message.lower()
        assert "holds no Casefile data" not in message
        assert _snapshot(copy) == before


def test_an_empty_version_record_is_damage_not_an_empty_archive(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    _archive_with_cases(folder, 40)
    with sqlite3.connect(folder / DB_NAME) as con:
        con.execute("DELETE FROM alembic_version")
    con.close()
    before = _snapshot(folder)
    for create in (False, True):  # the app offering to create an archive must not overwrite it
        with pytest.raises(ArchiveError) as raised:
            Archive.open(folder, create=create)
        message = str(raised.value)
        assert "holds no Casefile data" not in message
        assert "version record" in message and "damaged" in message
        assert "40 cases" in message
        assert "nothing was changed" in message.lower()
        assert _snapshot(folder) == before
