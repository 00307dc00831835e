"""`casefile backup` and `casefile restore` as a user runs them: the demo archive backed up and
restored lists the same cases, holds the same files and checks clean; an existing target and a
damaged backup are refused in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.cli import main
from casefile.demo import build_demo_archive


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_archive(tmp_path_factory.mktemp("demo") / "Demo.casefile").path


def _listed(archive: Path, capsys: pytest.CaptureFixture[str]) -> list[object]:
    capsys.readouterr()
    assert main(["list", "--json", "--archive", str(archive)]) == 0
    listed: list[object] = json.loads(capsys.readouterr().out)
    return listed


def _files(archive: Path) -> dict[str, bytes]:
    return {
        p.relative_to(archive).as_posix(): p.read_bytes()
        for p in (archive / "evidence").rglob("*")
        if p.is_file() and ".incoming" not in p.parts
    }


@pytest.mark.parametrize("out", ["Demo-backup.zip", "Backups"])
def test_backup_then_restore_gives_an_equal_archive(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], out: str
) -> None:
    assert main(["backup", "--archive", str(demo), "--out", str(tmp_path / out)]) == 0
    said = capsys.readouterr().out
    assert "Backed up to" in said
    backup = next(p for p in (tmp_path / out, *(tmp_path / out).glob("*.zip")) if p.is_file())
    restored = tmp_path / "Restored.casefile"

    assert main(["restore", str(backup), "--archive", str(restored)]) == 0
    assert "every SHA-256 verified" in capsys.readouterr().out

    assert _listed(restored, capsys) == _listed(demo, capsys)
    assert _files(restored) == _files(demo)
    assert main(["check", "--archive", str(restored)]) == 0
    assert capsys.readouterr().out.rstrip().endswith(": OK")


def test_restore_over_an_archive_is_refused_in_one_line(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.zip"
    assert main(["backup", "--archive", str(demo), "--out", str(backup)]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "restore", str(backup), "--archive", str(demo)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "already exists" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_truncated_backup_is_refused_in_one_line(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.zip"
    assert main(["backup", "--archive", str(demo), "--out", str(backup)]) == 0
    backup.write_bytes(backup.read_bytes()[:-5000])
    target = tmp_path / "Restored.casefile"
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "restore", str(backup), "--archive", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("casefile: error: ")
    assert done.stderr.count("\n") == 1
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["b.zip"]
