"""Open or create an archive folder: SQLite (WAL, foreign keys, migrations) and the file store.

MyArchive.casefile/
  archive.sqlite     WAL mode, foreign keys on, schema managed by Alembic
  evidence/ab/abc…   evidence files stored once by SHA-256
  exports/           bundles written from this archive
  backups/           a copy of archive.sqlite taken before every migration
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from casefile.errors import ArchiveBusyError, ArchiveError, ArchiveTooNewError, DiskFullError
from casefile.store import audit, search  # noqa: F401  (search: its flush hook)
from casefile.store.files import EvidenceStore, size_text
from casefile.store.migrations import SCHEMA_HEAD
from casefile.words import N_, Phrase

DB_NAME = "archive.sqlite"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
WRITE = "casefile_write"  # execution option: this transaction writes (BEGIN IMMEDIATE)
BUSY_TIMEOUT_MS = 10_000

log = logging.getLogger(__name__)


def _disk_full(exc: BaseException | None) -> bool:
    """Whether an SQLite or OS error means the disk has no room left."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    if getattr(exc, "sqlite_errorname", None) == "SQLITE_FULL":
        return True
    return isinstance(exc, sqlite3.Error) and "disk is full" in str(exc)


def _journal_missing(db_path: Path) -> bool:
    """The -wal file is gone while its -shm index is there (see `_check_journal`)."""
    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    return shm.exists() and not wal.exists()


def _journal_deleted_while_open(db_path: Path) -> Phrase:
    wal = db_path.with_name(db_path.name + "-wal")
    return Phrase(
        N_(
            "the journal file {wal} of {folder} was deleted while the archive was open (by a "
            "clean-up tool, or by hand): {database} cannot be read safely. Nothing more was "
            "changed. Close every Casefile window and command using this archive, then open it "
            "again (each change was also written to the database file as it was saved)"
        ),
        {"wal": wal.name, "folder": db_path.parent, "database": db_path.name},
    )


def _check_journal(db_path: Path) -> None:
    """Refuse, untouched, a database whose -wal file is gone while its -shm index is still there.

    SQLite removes both when the last program closes the archive, the -wal first; a -shm alone
    means the -wal was deleted or not copied along, and committed changes may have been only in
    it. Opening would make that loss final (and, if a program still writes to the deleted file,
    let two histories of the archive diverge), so the user decides.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    for _ in range(3):  # another program may be closing the archive this very moment
        if not _journal_missing(db_path):
            return
        time.sleep(0.05)
    raise ArchiveError(
        N_(
            "{folder} cannot be opened: its journal file {wal} is missing while its index {shm} "
            "is still there. The archive was copied without {wal}, or the file was deleted "
            "(perhaps while Casefile was running), and the most recent changes may be only in "
            "it. Nothing was changed. Put {wal} back beside {database} if you have it (from "
            "where the archive was copied, or a backup); if it is lost for good, delete {shm} "
            "to open the archive as {database} holds it."
        ),
        folder=db_path.parent,
        wal=wal.name,
        shm=shm.name,
        database=db_path.name,
    )


def _read_revision(db_path: Path) -> str | None:
    """The schema revision of an existing database, read without writing anything."""
    # Without a -wal file the database file holds everything: open it immutable, so that not even
    # the -wal/-shm files of a read-only WAL connection appear beside an archive that is refused.
    wal = db_path.with_name(db_path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        if _disk_full(exc):
            raise DiskFullError(
                db_path.parent, N_("it cannot be opened; nothing was changed")
            ) from None
        raise ArchiveError(
            N_("{path} cannot be opened: {problem}"), path=db_path, problem=exc
        ) from None
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise ArchiveError(
                    N_("{path} is an SQLite file but not a Casefile archive"), path=db_path
                )
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None and tables - {"alembic_version"}:
            damaged = _damaged_version_record(con, db_path, tables)
            raise ArchiveError(damaged.template, **damaged.values)
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if _disk_full(exc):
            raise DiskFullError(
                db_path.parent, N_("it cannot be opened; nothing was changed")
            ) from None
        raise ArchiveError(
            N_("{path} is not a readable Casefile archive ({problem})"),
            path=db_path,
            problem=exc,
        ) from None
    finally:
        con.close()


def _damaged_version_record(con: sqlite3.Connection, db_path: Path, tables: set[str]) -> Phrase:
    """Tables but no schema version: not an empty archive to create afresh, but a damaged one
    that must be neither migrated (from which version?) nor overwritten."""
    held: str | Phrase = N_("Casefile tables")
    if "case_file" in tables:
        try:
            count = con.execute("SELECT count(*) FROM case_file").fetchone()[0]
            held = Phrase(
                N_("{count} case") if count == 1 else N_("{count} cases"), {"count": count}
            )
        except sqlite3.DatabaseError:
            pass
    return Phrase(
        N_(
            "{path} holds {held}, but its schema version record (the alembic_version table) "
            "is empty: the version record is damaged. Nothing was changed; the archive was "
            "neither upgraded nor overwritten. Restore archive.sqlite from a backup (the "
            "archive's backups/ folder or a copy), or have the version record repaired."
        ),
        {"path": db_path, "held": held},
    )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so DDL (migrations) is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")  # a committed case survives a power cut too
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # A writing transaction takes the write lock at once: a second writer (the CLI while the app is
    # open) then waits for busy_timeout instead of failing with "database is locked" when its
    # read snapshot went stale between reading and writing.
    writes = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    # URL.create, not an f-string: "?", "#" and "%" are legal in folder names and must not be
    # parsed as URL syntax (which would put the database somewhere else).
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, connect_args={"check_same_thread": False})

    def journal_kept(_dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # A new connection beside a -shm whose -wal was deleted would start a second journal
        # while this program's other connections still write to the deleted one.
        for _ in range(3):  # another program may be closing the archive this very moment
            if not _journal_missing(db_path):
                return
            time.sleep(0.05)
        raise sqlite3.OperationalError(f"{db_path.name}-wal is missing beside its -shm")

    event.listen(engine, "connect", journal_kept)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Archive:
    """An open archive. Use `Archive.open(path)`; close it when done (or use `with`)."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.db_path = path / DB_NAME
        self.engine = engine
        self.writer = engine.execution_options(**{WRITE: True})  # same pool, BEGIN IMMEDIATE
        self.files = EvidenceStore(path / "evidence")
        self.exports_dir = path / "exports"
        self.backups_dir = path / "backups"
        # Stored files no exhibit used (left by interrupted intakes) that this archive removed.
        self.removed_unreferenced: list[Path] = []
        self.removed_bytes = 0
        self._joined = threading.local()  # the session of `one_transaction`, per thread

    @classmethod
    def open(cls, path: Path, *, create: bool = False) -> Archive:
        """Open the archive at `path`, migrating it after a backup; create it if asked to."""
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise ArchiveError(
                N_("{path} is a file; an archive is a folder (e.g. Cases.casefile)"), path=path
            )
        db_path = path / DB_NAME
        if not db_path.exists():
            if not create:
                raise ArchiveError(
                    N_(
                        "no Casefile archive at {path} (check the path; `casefile --archive "
                        "{path}` opens the app and offers to create a new, empty archive there)"
                    ),
                    path=path,
                )
            if path.is_dir() and any(not p.name.startswith(".") for p in path.iterdir()):
                # Never scatter an archive among someone's files, nor over a damaged archive
                # whose database is missing but whose evidence/ is still there.
                raise ArchiveError(
                    N_(
                        "{path} is a folder with other files in it, not a Casefile archive; a new "
                        "archive needs a new or empty folder"
                    ),
                    path=path,
                )
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(
                    N_("cannot create an archive at {path}: {problem}"),
                    path=path,
                    problem=exc.strerror,
                ) from None
            revision = None
        else:
            _check_journal(db_path)
            revision = _read_revision(db_path)
            unknown = revision not in (None, SCHEMA_HEAD) and revision not in _known_revisions()
            if unknown:
                raise ArchiveTooNewError(path, str(revision))
            if revision is None and not create:
                # An empty database (a failed copy, a crash while it was first created) is not
                # silently turned into a new, empty archive by a command that only reads.
                raise ArchiveError(
                    N_("{path} holds no Casefile data (empty or unfinished); nothing was changed"),
                    path=db_path,
                )
            if not (os.access(path, os.W_OK) and os.access(db_path, os.W_OK)):
                raise ArchiveError(
                    N_(
                        "{path} is read-only (a locked USB stick or share?); Casefile writes its "
                        "journal beside the database even to read. Copy the archive to a writable "
                        "folder to open it"
                    ),
                    path=path,
                )
        engine = make_engine(db_path)
        archive = cls(path, engine)
        try:
            if revision != SCHEMA_HEAD:
                if revision is not None:
                    archive.backup(reason=f"before-upgrade-from-{revision}")
                archive._migrate()
            sweep = archive.files.needs_sweep()  # before `prepare` drops the dead holds
            archive.files.prepare()
            if sweep:
                archive.remove_unreferenced_files()
            archive.checkpoint()  # a new or upgraded schema is in the database file, too
            archive.exports_dir.mkdir(exist_ok=True)
        except DBAPIError as exc:
            engine.dispose()
            if _disk_full(exc.orig):
                raise DiskFullError(path, N_("it cannot be opened; nothing was changed")) from None
            raise ArchiveError(
                N_("{path} cannot be opened: {problem}"), path=path, problem=exc.orig
            ) from None
        except OSError as exc:
            engine.dispose()
            if _disk_full(exc):
                raise DiskFullError(path, N_("it cannot be opened; nothing was changed")) from None
            raise ArchiveError(
                N_("{path} cannot be opened: {problem}"), path=path, problem=exc.strerror or exc
            ) from None
        except BaseException:
            engine.dispose()
            raise
        return archive

    def remove_unreferenced_files(self) -> list[Path]:
        """Remove stored files that no exhibit uses: left by an intake that was killed, or whose
        write timed out on a busy archive (its own clean-up then timed out too). What was
        removed is logged and added to `removed_unreferenced`; returns that list.

        Under the write lock, so no intake commits meanwhile; and never a file that a live
        process holds (`files.Hold`): another program's intake that has copied its files in but
        not committed yet. If another program is writing right now, this is left for a later
        open (`files.request_sweep`).
        """
        removed: list[Path] = []
        try:
            raw = self.engine.raw_connection()  # autocommit (see _on_connect): BEGIN by hand
        except (DBAPIError, sqlite3.Error) as exc:
            log.info("%s: unreferenced evidence files left for later (%s)", self.path, exc)
            self.files.request_sweep()
            return removed
        con = raw.driver_connection
        try:
            assert con is not None
            con.execute("PRAGMA busy_timeout = 0")
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:  # another program writing: left for a later open
                log.info("%s: unreferenced evidence files left for later (%s)", self.path, exc)
                self.files.request_sweep()
                return removed
            try:
                stored = self.files.stored_names()
                for table in ("stored_blob", "evidence_file"):
                    stored.difference_update(
                        sha for (sha,) in con.execute(f"SELECT sha256 FROM {table}")
                    )
                held = self.files.held() if stored else set()  # after listing the store
                for sha in sorted(stored - held):
                    path = self.files.path_of(sha)
                    try:
                        size = path.stat().st_size
                        path.chmod(0o644)  # stored files are read-only
                        path.unlink()
                    except OSError as exc:
                        log.warning("%s could not be removed: %s", path, exc)
                        continue
                    removed.append(path)
                    self.removed_bytes += size
                self.files.swept()
            finally:
                con.execute("ROLLBACK")  # nothing was written: the lock was what mattered
        finally:
            if con is not None:
                con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            raw.close()
        if removed:
            self.removed_unreferenced += removed
            log.warning(
                "%s: removed %d evidence file(s) (%s in all so far) that no exhibit used, left "
                "by interrupted intakes: %s",
                self.path,
                len(removed),
                size_text(self.removed_bytes),
                ", ".join(p.name for p in removed),
            )
        return removed

    def _migrate(self) -> None:
        from alembic import command

        with self.writer.connect() as connection:
            # Batch migrations rebuild a table by copy, drop and rename; with foreign keys on,
            # dropping a parent table would cascade-delete its children. SQLite changes this pragma
            # only outside a transaction, so it is switched off before BEGIN and the keys are
            # checked before COMMIT.
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA foreign_keys = OFF")
            try:
                with connection.begin():
                    command.upgrade(_alembic_config(connection), "head")
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ArchiveError(
                            N_(
                                "{path} was not upgraded: the upgrade would leave {count} "
                                "broken links (first in table {table}); the archive is unchanged"
                            ),
                            path=self.path,
                            count=len(broken),
                            table=broken[0][0],
                        )
            finally:
                driver.execute("PRAGMA foreign_keys = ON")

    def backup(self, reason: str) -> Path:
        """A consistent copy of the database (SQLite's online backup) under backups/."""
        self.backups_dir.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backups_dir / f"archive-{stamp}-{reason}.sqlite"
        source = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(target)
            with dest:
                source.backup(dest)
            dest.close()
        finally:
            source.close()
        return target

    @contextmanager
    def unit_of_work(self, actor: str) -> Iterator[Session]:
        """One session, one transaction: committed if the block ends normally, else rolled back.
        Inside `one_transaction` (on this thread) it is a part of that one instead."""
        joined: Session | None = getattr(self._joined, "session", None)
        if joined is not None:
            # As a session of its own would start: its actor, no case named yet; and flushed at
            # its end, where it would commit, so its rows are audited as they would be then.
            joined.info[audit.ACTOR_KEY] = actor
            joined.info.pop(audit.CASE_KEY, None)
            yield joined
            joined.flush()
            return
        with self._database_errors(), Session(self.writer, expire_on_commit=False) as session:
            session.info[audit.ACTOR_KEY] = actor
            with session.begin():
                yield session
        self.checkpoint()

    @contextmanager
    def one_transaction(self, actor: str) -> Iterator[Session]:
        """Several use cases written as one: every `unit_of_work` opened on this thread inside
        the block joins its session and transaction, so all of them are committed at its end,
        or none if anything in it raises (a whole case from a file: all or nothing). Reads
        inside the block (`reading`) see only what was committed before it."""
        if getattr(self._joined, "session", None) is not None:
            raise RuntimeError("one_transaction is already open on this thread")
        with self.unit_of_work(actor) as session:
            self._joined.session = session
            try:
                yield session
            finally:
                self._joined.session = None

    def checkpoint(self) -> None:
        """Copy committed work from the -wal file into the database file (a passive checkpoint:
        it never waits for, nor disturbs, other programs). Each committed change is then in
        archive.sqlite itself, not only in the -wal, which a copy or a clean-up tool may lose.
        A checkpoint that cannot run now is left to the next one: the work is committed."""
        try:
            raw = self.engine.raw_connection()  # autocommit (see _on_connect): no transaction
        except (DBAPIError, sqlite3.Error) as exc:
            log.info("%s: no checkpoint (%s)", self.path, exc)
            return
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:
            log.info("%s: no checkpoint (%s)", self.path, exc)
        finally:
            raw.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        with self._database_errors(), Session(self.engine) as session:
            yield session

    @contextmanager
    def _database_errors(self) -> Iterator[None]:
        """SQLite's errors as sentences: the faces show `ArchiveError`s, never driver errors."""
        try:
            yield
        except OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise ArchiveBusyError(self.path) from exc
            if _disk_full(exc.orig):
                raise DiskFullError(
                    self.path, N_("the change was not saved; nothing was changed")
                ) from exc
            if _journal_missing(self.db_path):
                deleted = _journal_deleted_while_open(self.db_path)
                raise ArchiveError(deleted.template, **deleted.values) from exc
            raise ArchiveError(
                N_("{path} could not be read or written: {problem}"),
                path=self.path,
                problem=exc.orig,
            ) from exc
        except DBAPIError as exc:
            raise ArchiveError(
                N_("{path}: the change was refused: {problem}"), path=self.path, problem=exc.orig
            ) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def database_problems(archive: Archive) -> list[str]:
    """SQLite's own integrity and foreign-key checks, as sentences (empty when all is well)."""
    problems: list[str] = []
    if _journal_missing(archive.db_path):
        problems.append(f"database: {_journal_deleted_while_open(archive.db_path)}")
    try:
        with archive.engine.connect() as connection:
            for (message,) in connection.exec_driver_sql("PRAGMA integrity_check"):
                if message != "ok":
                    problems.append(f"database integrity: {message}")
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(
                    f"database: row {rowid} of {table} points to a missing {parent} row"
                )
    except (DBAPIError, sqlite3.Error) as exc:  # a failing disk, a deleted journal: a finding
        problems.append(f"database: cannot be checked ({getattr(exc, 'orig', exc)})")
    return problems
