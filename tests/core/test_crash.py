"""The archive survives a kill at any moment: a child process writes through the services and is
SIGKILLed at a random time, 50 times over on the same archive. After each kill the database is
sound, everything the child saw committed is there, and the archive opens again."""

from __future__ import annotations

import hashlib
import queue
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from casefile.store.archive import DB_NAME, Archive

ROUNDS = 50
SEED = 20261121
CHILD = Path(__file__).with_name("crash_writer.py")
READY_TIMEOUT = 120  # seconds; only a guard against a child that hangs, never a measured time

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows"),
]


def _run_and_kill(folder: Path, seed: int, scratch: Path, log: Path, delay: float) -> list[str]:
    """Start the writer, kill it `delay` seconds after it is ready; the lines it completed."""
    with log.open("wb") as errors:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), str(seed), str(scratch)],
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        lines: queue.Queue[bytes | None] = queue.Queue()

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                lines.put(line)
            lines.put(None)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            first = lines.get(timeout=READY_TIMEOUT)
            assert first == b"ready\n", f"writer did not start: {log.read_text()}"
            time.sleep(delay)
            assert child.poll() is None, f"writer stopped by itself: {log.read_text()}"
        finally:
            child.kill()  # SIGKILL: no cleanup, no atexit, no flush
            child.wait()
        reader.join()
    assert child.returncode == -9
    done: list[str] = []
    while (line := lines.get_nowait()) is not None:
        if line.endswith(b"\n"):  # a line cut by the kill was never fully reported
            done.append(line.decode().strip())
    return done


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_archive_survives_being_killed_at_any_moment(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    folder = tmp_path / "Crash.casefile"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    db = folder / DB_NAME
    reported: set[str] = set()
    reported_files: dict[str, str] = {}  # sha256 → case reference
    verified: set[str] = set()

    for round_no in range(ROUNDS):
        delay = rng.uniform(0.05, 1.0)
        log = tmp_path / f"writer-{round_no}.log"
        for line in _run_and_kill(folder, SEED + round_no, scratch, log, delay):
            if line.startswith("evidence "):
                _, reference, sha = line.split()
                reported_files[sha] = reference
            else:
                reported.add(line)
        where = f"after kill {round_no + 1} ({delay:.2f} s)"

        # The database as the kill left it, read by plain SQLite (which replays the WAL).
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
            assert con.execute("PRAGMA foreign_key_check").fetchall() == [], where
            references = {r for (r,) in con.execute("SELECT reference FROM case_file")}
            files = set(
                con.execute(
                    "SELECT f.sha256, c.reference FROM evidence_file f "
                    "JOIN evidence_item i ON i.id = f.evidence_id "
                    "JOIN case_file c ON c.id = i.case_id"
                )
            )
            audited = {
                row_id
                for (row_id,) in con.execute(
                    "SELECT row_id FROM audit_entry WHERE table_name = 'case_file' "
                    "AND action = 'insert'"
                )
            }
            case_ids = {str(i) for (i,) in con.execute("SELECT id FROM case_file")}
        finally:
            con.close()

        # Everything the writer saw committed is there, with its audit row.
        assert not reported - references, f"{where}: committed cases lost"
        assert set(reported_files.items()) <= files, f"{where}: committed evidence lost"
        assert audited == case_ids, f"{where}: a case without its audit row, or the reverse"
        # Every file the database refers to is in the store, whole.
        for sha, _ in files:
            if sha not in verified:
                stored = folder / "evidence" / sha[:2] / sha
                assert stored.is_file(), f"{where}: evidence file {sha} missing"
                assert _sha256(stored) == sha, f"{where}: evidence file {sha} damaged"
                verified.add(sha)

        # And the archive opens again, dropping what an interrupted copy left behind: temporary
        # files, and stored files that the killed intake never recorded.
        with Archive.open(folder):
            pass
        assert list((folder / "evidence" / ".incoming").iterdir()) == [], where
        stored = {p.name for p in (folder / "evidence").glob("??/*")}
        assert stored == {sha for sha, _ in files}, f"{where}: unreferenced files left"

    assert len(reported) > ROUNDS  # the writer did get work done between the kills
    assert reported_files
