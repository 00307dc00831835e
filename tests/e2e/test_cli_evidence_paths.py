"""What `add-evidence` walks: never an empty path read as "this folder", never a huge tree by
accident, never a link out of the folder named; what it leaves out, it says. The window's intake
walks the same way (`services.evidence.gather_files`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.errors import ValidationError
from casefile.services import cases, evidence
from casefile.store.archive import Archive


def run_cli(
    tmp_path: Path, *args: object, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=cwd,
    )


@pytest.fixture
def archive_with_case(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Cli.casefile"
    with Archive.open(path, create=True) as archive:
        ref = cases.create_case(archive, cases.CaseDraft(title="fake scooters")).reference
    return path, ref


def _exhibits(path: Path, ref: str) -> int:
    with Archive.open(path) as archive:
        return len(cases.case_detail(archive, ref).evidence)


def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    tmp_path: Path, archive_with_case: tuple[Path, str]
) -> None:
    path, ref = archive_with_case
    here = tmp_path / "cwd"
    here.mkdir()
    (here / "private.txt").write_text("not evidence", encoding="utf-8")
    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, "", cwd=here)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "empty" in done.stderr
    assert _exhibits(path, ref) == 0


def test_a_huge_folder_is_refused_with_a_hint_and_taken_with_the_flag(
    tmp_path: Path, archive_with_case: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ref = archive_with_case
    folder = tmp_path / "everything"
    folder.mkdir()
    for i in range(evidence.MAX_FOLDER_FILES + 1):
        (folder / f"{i:05}.txt").write_text(f"file {i}", encoding="utf-8")
    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, folder)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1
    assert f"more than {evidence.MAX_FOLDER_FILES:,} files" in done.stderr
    assert "--all-files" in done.stderr
    assert _exhibits(path, ref) == 0

    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, folder, "--all-files")
    assert done.returncode == 0, done.stderr
    assert f"{evidence.MAX_FOLDER_FILES + 1} file(s)" in done.stdout


def test_the_filesystem_root_is_not_walked(
    tmp_path: Path, archive_with_case: tuple[Path, str]
) -> None:
    path, ref = archive_with_case
    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, Path(os.sep))
    assert done.returncode == 1, done.stderr
    assert "--all-files" in done.stderr and done.stderr.count("\n") == 1
    assert _exhibits(path, ref) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_links_out_of_the_folder_are_not_followed_and_are_named(
    tmp_path: Path, archive_with_case: tuple[Path, str]
) -> None:
    path, ref = archive_with_case
    secret = tmp_path / "outside" / "salaries.xlsx"
    secret.parent.mkdir()
    secret.write_text("not evidence", encoding="utf-8")
    folder = tmp_path / "exhibit"
    (folder / "shots").mkdir(parents=True)
    (folder / "shots" / "listing.txt").write_text("listing", encoding="utf-8")
    (folder / "salaries.xlsx").symlink_to(secret)
    (folder / "home").symlink_to(tmp_path / "outside", target_is_directory=True)
    (folder / "again.txt").symlink_to(folder / "shots" / "listing.txt")  # inside: the same file

    gathered = evidence.gather_files([folder])
    assert gathered.files == [folder / "again.txt"] or gathered.files == [
        folder / "shots" / "listing.txt"
    ]
    skipped = {p.name: why for p, why in gathered.skipped}
    assert set(skipped) == {"salaries.xlsx", "home"}
    assert "outside" in skipped["salaries.xlsx"]

    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, folder)
    assert done.returncode == 0, done.stderr
    assert "1 file(s)" in done.stdout
    assert "salaries.xlsx" in done.stderr and "home" in done.stderr and "skipped" in done.stderr
    with Archive.open(path) as archive:
        names = [f.original_name for e in cases.case_detail(archive, ref).evidence for f in e.files]
    assert "salaries.xlsx" not in names


def test_a_loop_of_links_is_left_out_or_refused_in_words(
    tmp_path: Path, archive_with_case: tuple[Path, str]
) -> None:
    path, ref = archive_with_case
    folder = tmp_path / "exhibit"
    folder.mkdir()
    (folder / "listing.txt").write_text("listing", encoding="utf-8")
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")  # Python 3.11's resolve() raised RuntimeError

    gathered = evidence.gather_files([folder])
    assert gathered.files == [folder / "listing.txt"]
    assert {p.name for p, _why in gathered.skipped} == {"a", "b"}

    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, folder)
    assert done.returncode == 0, done.stderr
    assert "1 file(s)" in done.stdout and "skipped" in done.stderr
    named = run_cli(tmp_path, "--archive", path, "add-evidence", ref, folder / "a")
    assert named.returncode == 1, named.stderr
    assert "internal error" not in named.stderr and "cannot be read" in named.stderr
    assert _exhibits(path, ref) == 1


def test_the_service_refuses_an_empty_path() -> None:
    with pytest.raises(ValidationError):
        evidence.gather_files([""])


def test_the_help_states_the_limits() -> None:
    from casefile.cli import build_parser

    assert evidence.MAX_FOLDER_FILES == 2_000 and evidence.MAX_FOLDER_BYTES == 20 * 1024**3
    add = build_parser()._subparsers._group_actions[0].choices["add-evidence"]  # type: ignore[union-attr]
    assert "2,000 files or 20 GiB" in " ".join(add.format_help().split())


def test_the_limit_stops_counting(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(evidence.MAX_FOLDER_FILES + 5):
        (folder / f"{i}.txt").write_text("x", encoding="utf-8")
    with pytest.raises(evidence.FolderTooLargeError) as refused:
        evidence.gather_files([folder], limit=True)
    assert refused.value.folder == folder
    assert len(evidence.gather_files([folder], limit=False).files) == evidence.MAX_FOLDER_FILES + 5
