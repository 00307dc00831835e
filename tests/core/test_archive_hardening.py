"""Nothing silently wrong or lost: an archive that cannot be opened says what is really wrong and
is left untouched; what an interrupted intake, export or demo leaves behind is cleaned up, but
never what another live program is still writing; committed work reaches the database file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from casefile.demo import build_demo_archive
from casefile.errors import ArchiveBusyError, ArchiveError
from casefile.services import cases, evidence
from casefile.services.bundles import BundleRequest, export_bundle
from casefile.services.integrity import check_archive
from casefile.store.archive import DB_NAME, Archive
from tests.core.snapshots import snapshot

WAL = f"{DB_NAME}-wal"
SHM = f"{DB_NAME}-shm"


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
    before = snapshot(copy)
    for create in (False, True):
        with pytest.raises(ArchiveError) as raised:
            Archive.open(copy, create=create)
        message = str(raised.value)
        assert WAL in message and "missing" in message
        assert "nothing was changed" in message.lower()
        assert "holds no Casefile data" not in message
        assert snapshot(copy) == before


def test_an_empty_version_record_is_damage_not_an_empty_archive(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    _archive_with_cases(folder, 40)
    with sqlite3.connect(folder / DB_NAME) as con:
        con.execute("DELETE FROM alembic_version")
    con.close()
    before = snapshot(folder)
    for create in (False, True):  # the app offering to create an archive must not overwrite it
        with pytest.raises(ArchiveError) as raised:
            Archive.open(folder, create=create)
        message = str(raised.value)
        assert "holds no Casefile data" not in message
        assert "version record" in message and "damaged" in message
        assert "40 cases" in message
        assert "nothing was changed" in message.lower()
        assert snapshot(folder) == before


# -- b. files left in evidence/ by an interrupted intake --------------------------------------

# A second program adding evidence: it copies the file in, then (before its transaction) waits
# for a line on stdin, or is killed there.
INTAKE_CHILD = """
import os, sys
from pathlib import Path
from casefile.services import evidence
from casefile.store.archive import Archive

archive = Archive.open(Path(sys.argv[1]))
record = evidence._record

def paused(*args, **kwargs):
    print("copied", flush=True)
    if sys.argv[4] == "die":
        os.kill(os.getpid(), 9)
    sys.stdin.readline()
    return record(*args, **kwargs)

evidence._record = paused
result = evidence.add_evidence(archive, sys.argv[2], evidence.EvidenceDraft(), [Path(sys.argv[3])])
print("recorded", result.evidence.files[0].sha256, flush=True)
"""


def _intake_child(folder: Path, reference: str, source: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", INTAKE_CHILD, str(folder), reference, str(source), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "copied\n"
    return child


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _case_with_exhibit(folder: Path, tmp_path: Path) -> tuple[str, str]:
    """A new archive with one case holding one exhibit: the reference and the exhibit's SHA."""
    kept = tmp_path / "kept.txt"
    kept.write_bytes(b"an exhibit that is recorded")
    with Archive.open(folder, create=True) as opened:
        reference = cases.create_case(opened, cases.CaseDraft(title="Intake")).reference
        evidence.add_evidence(opened, reference, evidence.EvidenceDraft(), [kept])
    return reference, _sha(kept.read_bytes())


def _stored(folder: Path) -> set[str]:
    return {p.name for p in (folder / "evidence").glob("??/*")}


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")
def test_files_of_a_killed_intake_are_removed_at_the_next_open(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    reference, kept = _case_with_exhibit(folder, tmp_path)
    lost = tmp_path / "lost.bin"
    lost.write_bytes(b"copied in, never recorded: the intake was killed" * 1000)
    child = _intake_child(folder, reference, lost, "die")
    child.wait()
    assert _stored(folder) == {kept, _sha(lost.read_bytes())}

    with Archive.open(folder) as opened:
        assert _stored(folder) == {kept}  # only the unrecorded file went
        assert [p.name for p in opened.removed_unreferenced] == [_sha(lost.read_bytes())]
        report = check_archive(opened)
    assert report.ok
    assert not any("harmless" in note for note in report.notes)
    assert any("removed" in note and "1 file" in note for note in report.notes), report.notes
    assert list((folder / "evidence" / ".incoming").iterdir()) == []


def test_files_of_an_intake_that_timed_out_are_removed_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Cases.casefile"
    reference, kept = _case_with_exhibit(folder, tmp_path)
    source = tmp_path / "late.txt"
    source.write_bytes(b"the archive was busy for too long")

    def busy(archive: Archive, *_args: object, **_kwargs: object) -> None:
        raise ArchiveBusyError(archive.path)

    with Archive.open(folder) as opened:
        monkeypatch.setattr(evidence, "_record", busy)
        monkeypatch.setattr(evidence, "_discard_unreferenced", busy)  # busy still
        with pytest.raises(ArchiveBusyError):
            evidence.add_evidence(opened, reference, evidence.EvidenceDraft(), [source])
        monkeypatch.undo()
    assert _sha(source.read_bytes()) in _stored(folder)

    with Archive.open(folder) as opened:
        assert _stored(folder) == {kept}


@pytest.mark.skipif(sys.platform == "win32", reason="a live process is checked by its id")
def test_the_file_of_another_program_s_unfinished_intake_is_never_removed(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Cases.casefile"
    reference, kept = _case_with_exhibit(folder, tmp_path)
    source = tmp_path / "in-flight.bin"
    source.write_bytes(b"being added by the app right now" * 1000)
    child = _intake_child(folder, reference, source, "wait")
    try:
        # The command line opens the archive while the app's intake has copied its file in
        # but not yet recorded it: that file is unreferenced, but not abandoned.
        with Archive.open(folder) as opened:
            assert opened.removed_unreferenced == []
            notes = check_archive(opened).notes
        assert _sha(source.read_bytes()) in _stored(folder)
        assert any("being added" in note for note in notes), notes
    finally:
        out, _ = child.communicate("go\n", timeout=60)
    assert child.returncode == 0, out
    assert out.split() == ["recorded", _sha(source.read_bytes())]
    with Archive.open(folder) as opened:
        assert _stored(folder) == {kept, _sha(source.read_bytes())}
        assert check_archive(opened).notes == []


def test_check_removes_unreferenced_files_an_older_casefile_left(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    _, kept = _case_with_exhibit(folder, tmp_path)
    orphan = _sha(b"left by an intake killed before holds existed")
    (folder / "evidence" / orphan[:2]).mkdir(exist_ok=True)
    (folder / "evidence" / orphan[:2] / orphan).write_bytes(b"x" * 2048)
    (folder / "evidence" / orphan[:2] / orphan).chmod(0o444)
    (folder / "evidence" / orphan[:2] / "Thumbs.db").write_bytes(b"not ours")
    with Archive.open(folder) as opened:
        report = check_archive(opened)
    assert _stored(folder) == {kept, "Thumbs.db"}
    assert any("removed 1 file (2 KiB)" in note for note in report.notes), report.notes
    assert any("Thumbs.db is not an evidence file" in note for note in report.notes)
    assert report.ok


# -- c. work folders of killed bundle exports -------------------------------------------------

EXPORT_CHILD = """
import os, sys
from pathlib import Path
from casefile.services.bundles import BundleRequest, export_bundle
from casefile.store.archive import Archive

archive = Archive.open(Path(sys.argv[1]))
first = []

def progress(done, total, what):
    if first:
        return
    first.append(done)
    print("working", flush=True)
    if sys.argv[4] == "die":
        os.kill(os.getpid(), 9)
    sys.stdin.readline()

result = export_bundle(archive, BundleRequest(sys.argv[2]), Path(sys.argv[3]), progress)
print("written", result.pages, flush=True)
"""


def _case_to_export(folder: Path, tmp_path: Path) -> str:
    reference, _ = _case_with_exhibit(folder, tmp_path)
    return reference


def _export_child(folder: Path, reference: str, out: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", EXPORT_CHILD, str(folder), reference, str(out), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "working\n"
    return child


def _work_folders(where: Path) -> set[str]:
    return {p.name for p in where.glob(".casefile-bundle-*")}


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")
def test_work_folders_of_killed_exports_are_removed_by_the_next_export(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    reference = _case_to_export(folder, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    for _ in range(2):  # the second export removes the first one's folder
        _export_child(folder, reference, out / "killed.pdf", "die").wait()
        assert len(_work_folders(out)) == 1
    # Left by an older Casefile, which did not name the owner: removed once a day old.
    old, recent = out / ".casefile-bundle-k3j4h5g6", out / ".casefile-bundle-a1b2c3d4"
    for legacy in (old, recent):
        legacy.mkdir()
        (legacy / "streams.bin").write_bytes(b"x" * 1000)
    # Ages as the program's clock tells them (the suite also runs with the clock moved on).
    os.utime(old, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    os.utime(recent, (time.time(), time.time()))

    with Archive.open(folder) as opened:
        export_bundle(opened, BundleRequest(reference), out / "bundle.pdf")

    assert _work_folders(out) == {recent.name}
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["bundle.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="a live process is checked by its id")
def test_the_work_folder_of_another_live_export_is_never_removed(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    reference = _case_to_export(folder, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    child = _export_child(folder, reference, out / "theirs.pdf", "wait")
    try:
        theirs = _work_folders(out)
        assert len(theirs) == 1
        with Archive.open(folder) as opened:
            export_bundle(opened, BundleRequest(reference), out / "mine.pdf")
        assert _work_folders(out) == theirs
    finally:
        output, _ = child.communicate("go\n", timeout=120)
    assert child.returncode == 0, output
    assert output.startswith("written")
    assert _work_folders(out) == set()
    assert (out / "theirs.pdf").is_file() and (out / "mine.pdf").is_file()


# -- d. demo builds -----------------------------------------------------------------------------


def test_ctrl_c_on_a_demo_removes_only_what_it_created(tmp_path: Path) -> None:
    target = tmp_path / "Demo.casefile"
    others: list[str] = []

    def meanwhile(_stage: str, done: int, _total: int) -> None:
        if done == 2 and not others:
            # Another program makes an archive in the chosen folder and commits a case to it.
            with Archive.open(target, create=True) as theirs:
                made = cases.create_case(theirs, cases.CaseDraft(title="Committed meanwhile"))
            others.append(made.reference)
            raise KeyboardInterrupt  # and then the user presses Ctrl+C in `casefile demo`

    with pytest.raises((KeyboardInterrupt, ArchiveError)):
        build_demo_archive(target, cases=3, progress=meanwhile)
    assert others
    with Archive.open(target) as opened:
        assert [c.reference for c in cases.list_cases(opened)] == others
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Demo.casefile"]  # nothing else left


def test_two_demos_into_one_new_folder_never_mix(tmp_path: Path) -> None:
    target = tmp_path / "Demo.casefile"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", DEMO_CHILD, str(target), "wait"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for child in children:  # both are building before either finishes
        assert child.stdout is not None
        assert child.stdout.readline() == "building\n"
    results = [child.communicate("go\n", timeout=300) for child in children]
    codes = sorted(child.returncode for child in children)
    assert codes == [0, 1], results
    refused = next(
        err for child, (_, err) in zip(children, results, strict=True) if child.returncode
    )
    assert "another program" in refused
    with Archive.open(target) as opened:
        assert len(cases.list_cases(opened)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Demo.casefile"]


@pytest.mark.parametrize("damage", ["empty database", "missing -wal"])
def test_a_demo_is_never_built_over_a_damaged_archive(tmp_path: Path, damage: str) -> None:
    target = tmp_path / "Demo.casefile"
    if damage == "empty database":
        target.mkdir()
        (target / DB_NAME).write_bytes(b"")  # a failed copy
        (target / "evidence").mkdir()
    else:
        source = tmp_path / "Live.casefile"
        _archive_with_cases(source, 0)
        _crashed_copy(source, target)
        (target / WAL).unlink()
    before = snapshot(target)
    with pytest.raises(ArchiveError) as raised:
        build_demo_archive(target, cases=2)
    assert "demo" in str(raised.value) or WAL in str(raised.value)
    assert snapshot(target) == before


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")
def test_a_killed_demo_leaves_nothing_under_the_chosen_name(tmp_path: Path) -> None:
    target = tmp_path / "Demo.casefile"
    child = subprocess.run(
        [sys.executable, "-c", DEMO_CHILD, str(target), "die"], capture_output=True, timeout=300
    )
    assert child.returncode == -9, child.stderr
    assert not target.exists()  # never a half-built demo under the chosen name
    assert len(list(tmp_path.iterdir())) == 1  # its private work folder, until the next demo
    build_demo_archive(tmp_path / "Other.casefile", cases=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Other.casefile"]


DEMO_CHILD = """
import os, sys
from pathlib import Path
from casefile.demo import build_demo_archive
from casefile.errors import ArchiveError

def progress(stage, done, total):
    if done == 2 and sys.argv[2] == "die":
        os.kill(os.getpid(), 9)
    if done == 2 and sys.argv[2] == "wait" and not started:
        started.append(1)
        print("building", flush=True)
        sys.stdin.readline()

started = []
try:
    build_demo_archive(Path(sys.argv[1]), cases=3, progress=progress)
except ArchiveError as exc:
    print(exc, file=sys.stderr)
    sys.exit(1)
"""


# -- e. committed work reaches the database file itself ---------------------------------------

WRITER_CHILD = """
import os, sys
from pathlib import Path
from casefile.services import cases
from casefile.store.archive import Archive

archive = Archive.open(Path(sys.argv[1]), create=True)
for n in range(10):
    cases.create_case(archive, cases.CaseDraft(title=f"Committed {n}"))
os.kill(os.getpid(), 9)  # a crash, with the archive open
"""


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")
def test_committed_work_survives_a_crash_and_a_lost_wal(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    child = subprocess.run([sys.executable, "-c", WRITER_CHILD, str(folder)], timeout=120)
    assert child.returncode == -9
    # The -wal file is lost (deleted, or not copied along): the database file alone holds
    # every committed case. (With the -shm still there, opening refuses: see above.)
    (folder / WAL).unlink()
    (folder / SHM).unlink()
    with Archive.open(folder) as opened:
        assert [c.title for c in cases.list_cases(opened)] == [f"Committed {n}" for n in range(10)]
        assert check_archive(opened).ok


def test_each_committed_action_is_checkpointed_into_the_database_file(archive: Archive) -> None:
    for n in range(3):
        cases.create_case(archive, cases.CaseDraft(title=f"Case {n}"))
        # The database file alone, as a copy without its -wal would be.
        alone = archive.path.parent / f"alone-{n}.sqlite"
        alone.write_bytes(archive.db_path.read_bytes())
        con = sqlite3.connect(f"{alone.as_uri()}?immutable=1", uri=True)
        try:
            assert con.execute("SELECT count(*) FROM case_file").fetchone() == (n + 1,)
        finally:
            con.close()


def test_check_reports_a_wal_deleted_while_the_archive_is_open(archive: Archive) -> None:
    cases.create_case(archive, cases.CaseDraft(title="Before"))
    with archive.engine.connect():
        (archive.path / WAL).unlink()  # a clean-up tool, or a user tidying the folder
        report = check_archive(archive)
    assert not report.ok
    assert any(WAL in str(problem) for problem in report.problems), report.problems


def test_a_demo_into_the_current_folder_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "empty"
    here.mkdir()
    monkeypatch.chdir(here)
    with pytest.raises(ArchiveError, match="is the current folder; .* --archive Demo.casefile"):
        build_demo_archive(Path("."), cases=1)
    assert list(here.iterdir()) == [] and not list(tmp_path.glob(".casefile-demo-*"))
