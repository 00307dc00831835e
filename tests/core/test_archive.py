"""Opening and creating archives: SQLite set-up, refusing what is not (or not yet) an archive
without touching it, and the folder layout."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import select

from casefile import clock
from casefile.errors import ArchiveError, ArchiveTooNewError
from casefile.services import cases
from casefile.store.archive import DB_NAME, Archive, _alembic_config, make_engine
from casefile.store.migrations import SCHEMA_HEAD
from casefile.store.models import Case
from tests.core.snapshots import snapshot


def _set_revision(db: Path, revision: str) -> None:
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


# -- a new archive ----------------------------------------------------------------------------


def test_new_archive_layout(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    with Archive.open(folder, create=True):
        pass
    assert (folder / DB_NAME).is_file()
    assert (folder / "evidence").is_dir()
    assert (folder / "evidence" / ".incoming").is_dir()
    assert (folder / "exports").is_dir()
    assert not (folder / "backups").exists()  # nothing to back up in a new archive


def test_new_archive_uses_wal_and_foreign_keys(archive: Archive) -> None:
    with archive.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    # WAL is a property of the file: any other program opening it sees it too.
    with sqlite3.connect(archive.db_path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_foreign_keys_are_enforced(archive: Archive) -> None:
    from casefile.store.models import Note

    with pytest.raises(ArchiveError, match="FOREIGN KEY"), archive.unit_of_work("t") as session:
        session.add(Note(case_id=999, body="orphan"))
        session.flush()
    with archive.reading() as session:
        assert session.exec(select(Note)).all() == []


def test_reopened_archive_keeps_its_cases(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    with Archive.open(folder, create=True) as opened:
        made = cases.create_case(opened, cases.CaseDraft(title="Fake scooters"))
    with Archive.open(folder) as reopened:
        assert [c.reference for c in cases.list_cases(reopened)] == [made.reference]


@pytest.mark.parametrize(
    "name",
    [
        "Cases 2026.casefile",
        "案件 档案.casefile",
        "A?B.casefile",
        "A#1.casefile",
        "100%.casefile",
        "x%20y.casefile",
    ],
)
def test_folder_names_with_url_characters(tmp_path: Path, name: str) -> None:
    """Characters that mean something in a URL are plain characters in a folder name."""
    folder = tmp_path / name
    with Archive.open(folder, create=True) as opened:
        cases.create_case(opened, cases.CaseDraft(title="Fake scooters"))
    assert (folder / DB_NAME).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no database elsewhere
    with Archive.open(folder) as reopened:
        assert len(cases.list_cases(reopened)) == 1


def test_unit_of_work_rolls_back_on_error(archive: Archive) -> None:
    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), archive.unit_of_work("test") as session:
        session.add(Case(reference="CF-2026-0001", title="x", opened_on=date(2026, 1, 1)))
        session.flush()
        raise BoomError
    assert cases.list_cases(archive) == []


def test_two_open_archives_write_at_the_same_time(tmp_path: Path) -> None:
    """The app and the command line on one archive: writers wait for each other, none fails."""
    folder = tmp_path / "Cases.casefile"
    Archive.open(folder, create=True).close()
    errors: list[BaseException] = []
    made: list[str] = []

    def writer(number: int) -> None:
        with Archive.open(folder) as mine:
            for i in range(25):
                try:
                    summary = cases.create_case(
                        mine, cases.CaseDraft(title=f"writer {number} case {i}")
                    )
                    made.append(summary.reference)
                except BaseException as exc:  # collected, asserted below
                    errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(made) == len(set(made)) == 75
    with Archive.open(folder) as opened:
        references = [c.reference for c in cases.list_cases(opened)]
    year = clock.today().year
    assert references == [f"CF-{year}-{n:04d}" for n in range(1, 76)]


def test_backup_is_a_consistent_copy(archive: Archive) -> None:
    cases.create_case(archive, cases.CaseDraft(title="Fake scooters"))
    copy = archive.backup(reason="manual")
    assert copy.parent == archive.path / "backups"
    with sqlite3.connect(copy) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT title FROM case_file").fetchall() == [("Fake scooters",)]
    con.close()


# -- what is not an archive -------------------------------------------------------------------


def test_missing_archive_without_create_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "Nowhere.casefile"
    with pytest.raises(ArchiveError, match="no Casefile archive at") as raised:
        Archive.open(folder)
    assert str(folder) in str(raised.value)
    assert not folder.exists()  # nothing created on the way


def test_folder_without_database_without_create_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("dear sir")
    before = snapshot(folder)
    with pytest.raises(ArchiveError, match="no Casefile archive at"):
        Archive.open(folder)
    assert snapshot(folder) == before


def test_a_new_archive_is_never_made_among_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("dear sir")
    before = snapshot(folder)
    with pytest.raises(ArchiveError, match="folder with other files in it"):
        Archive.open(folder, create=True)
    assert snapshot(folder) == before


def test_a_new_archive_may_go_into_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Empty"
    folder.mkdir()
    (folder / ".DS_Store").write_bytes(b"finder")  # hidden files do not make a folder "used"
    with Archive.open(folder, create=True) as opened:
        assert (opened.path / DB_NAME).exists()


def test_a_plain_file_is_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "Cases.casefile"
    path.write_text("not a folder")
    with pytest.raises(ArchiveError, match="is a file; an archive is a folder"):
        Archive.open(path)
    with pytest.raises(ArchiveError, match="is a file"):
        Archive.open(path, create=True)
    assert path.read_text() == "not a folder"


def test_a_database_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"PK\x03\x04 this is a zip file, not SQLite " * 200)
    before = snapshot(folder)
    with pytest.raises(ArchiveError, match="not a readable Casefile archive"):
        Archive.open(folder)
    assert snapshot(folder) == before


def test_an_sqlite_file_that_is_not_an_archive_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    folder.mkdir()
    with sqlite3.connect(folder / DB_NAME) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.execute("INSERT INTO contacts VALUES ('Wang')")
    con.close()
    before = snapshot(folder)
    with pytest.raises(ArchiveError, match="SQLite file but not a Casefile archive"):
        Archive.open(folder)
    with pytest.raises(ArchiveError, match="not a Casefile archive"):
        Archive.open(folder, create=True)
    assert snapshot(folder) == before


# -- an archive from a newer Casefile ---------------------------------------------------------


def _newer_archive(tmp_path: Path) -> Path:
    folder = tmp_path / "Newer.casefile"
    with Archive.open(folder, create=True) as opened:
        cases.create_case(opened, cases.CaseDraft(title="Written by a newer Casefile"))
    _set_revision(folder / DB_NAME, "0099_from_the_future")
    # As a newer Casefile leaves it after closing: WAL checkpointed, no -wal or -shm file.
    assert not (folder / f"{DB_NAME}-wal").exists()
    return folder


def test_archive_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder = _newer_archive(tmp_path)
    with pytest.raises(ArchiveTooNewError) as raised:
        Archive.open(folder)
    error = raised.value
    assert isinstance(error, ArchiveError)
    assert error.revision == "0099_from_the_future"
    message = str(error)
    assert "newer version of Casefile" in message
    assert "0099_from_the_future" in message
    assert "untouched" in message


def test_archive_from_a_newer_version_is_left_byte_for_byte_untouched(tmp_path: Path) -> None:
    folder = _newer_archive(tmp_path)
    before = snapshot(folder)
    for _ in range(2):
        with pytest.raises(ArchiveTooNewError):
            Archive.open(folder)
    # Same bytes, and no new file: no -wal/-shm, no backup, no migration attempt.
    assert snapshot(folder) == before


def test_known_older_revision_is_not_too_new(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    Archive.open(folder, create=True).close()
    assert SCHEMA_HEAD != "0001_initial"
    engine = make_engine(folder / DB_NAME)
    with engine.begin() as connection:  # back to the first schema, as an old Casefile wrote it
        command.downgrade(_alembic_config(connection), "0001_initial")
    engine.dispose()
    Archive.open(folder).close()  # upgraded, not refused


# -- leftovers of an interrupted evidence copy ------------------------------------------------


def test_leftovers_in_incoming_are_removed_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    Archive.open(folder, create=True).close()
    incoming = folder / "evidence" / ".incoming"
    (incoming / "copy-abc123").write_bytes(b"half a video")
    (incoming / "copy-readonly").write_bytes(b"half a photo")
    (incoming / "copy-readonly").chmod(0o444)
    (incoming / "stray-folder").mkdir()
    (incoming / "stray-folder" / "x").write_text("x")
    stored_before = sorted((folder / "evidence").iterdir())

    Archive.open(folder).close()

    assert list(incoming.iterdir()) == []
    assert sorted((folder / "evidence").iterdir()) == stored_before


def test_a_newer_revision_still_in_the_wal_is_seen(tmp_path: Path) -> None:
    """After a crash the newest revision may be only in the -wal file: it must still be read."""
    source = tmp_path / "Live.casefile"
    Archive.open(source, create=True).close()
    copy = tmp_path / "Crashed.casefile"
    copy.mkdir()
    con = sqlite3.connect(source / DB_NAME)
    try:
        con.execute("PRAGMA wal_autocheckpoint = 0")
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        con.commit()
        # Copy the files while the connection is open, as a crash would leave them.
        for name in (DB_NAME, f"{DB_NAME}-wal"):
            (copy / name).write_bytes((source / name).read_bytes())
    finally:
        con.close()
    database_before = hashlib.sha256((copy / DB_NAME).read_bytes()).hexdigest()
    wal_before = hashlib.sha256((copy / f"{DB_NAME}-wal").read_bytes()).hexdigest()

    with pytest.raises(ArchiveTooNewError):
        Archive.open(copy)

    assert hashlib.sha256((copy / DB_NAME).read_bytes()).hexdigest() == database_before
    assert hashlib.sha256((copy / f"{DB_NAME}-wal").read_bytes()).hexdigest() == wal_before


def test_an_archive_whose_folders_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    Archive.open(folder, create=True).close()
    incoming = folder / "evidence" / ".incoming"
    incoming.rmdir()
    incoming.write_text("a file where the copy folder should be")
    with pytest.raises(ArchiveError, match="cannot be opened"):
        Archive.open(folder)
