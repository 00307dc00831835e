"""The command line as a user runs it: output, exit codes, and one clear line on any error."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casefile import __version__
from casefile.cli import main
from casefile.services import cases, evidence, proceedings, records
from casefile.store.archive import Archive


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "Filled.casefile"
    with Archive.open(path, create=True) as archive:
        first = cases.create_case(
            archive, cases.CaseDraft(title="宁波海关扣留假冒滑板车 Ningbo detention")
        )
        proceedings.add_proceeding(
            archive, first.reference, proceedings.ProceedingDraft(route="customs")
        )
        proceedings.add_proceeding(
            archive, first.reference, proceedings.ProceedingDraft(route="civil")
        )
        records.add_deadline(archive, first.reference, "Apply for detention", "2026-09-30")
        records.add_deadline(archive, first.reference, "Post bond", "2026-10-09")
        photo = tmp_path / "sample.jpg"
        photo.write_bytes(b"\xff\xd8\xff not really a jpeg but evidence bytes" * 100)
        evidence.add_evidence(
            archive, first.reference, evidence.EvidenceDraft(kind="sample_photo"), [photo]
        )
        cases.create_case(archive, cases.CaseDraft(title="Taobao takedown"))
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"casefile {__version__}"


def test_list_shows_routes_next_deadline_and_evidence(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--archive", str(filled)]) == 0
    out = capsys.readouterr().out
    first_line = next(line for line in out.splitlines() if line.startswith("CF-"))
    assert "宁波海关" in first_line
    assert "civil, customs" in first_line
    assert "2026-09-30" in first_line
    assert first_line.rstrip().endswith("1")
    assert out.rstrip().endswith("2 cases")


def test_list_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--archive", str(filled), "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["title"] for c in listed] == [
        "宁波海关扣留假冒滑板车 Ningbo detention",
        "Taobao takedown",
    ]
    assert listed[0]["routes"] == ["civil", "customs"]
    assert listed[0]["next_deadline"] == "2026-09-30"
    assert listed[0]["evidence_count"] == 1
    assert listed[1]["next_deadline"] is None


def test_archive_from_environment(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEFILE_ARCHIVE", str(filled))
    assert main(["list"]) == 0
    assert "Taobao takedown" in capsys.readouterr().out


def test_check_passes_then_fails_after_one_byte_changes(filled: Path) -> None:
    ok = run_cli("check", "--archive", str(filled))
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout

    stored = next(p for p in (filled / "evidence").rglob("*") if p.is_file() and len(p.name) == 64)
    data = bytearray(stored.read_bytes())
    data[5] ^= 0xFF
    stored.chmod(0o644)
    stored.write_bytes(bytes(data))

    bad = run_cli("check", "--archive", str(filled))
    assert bad.returncode != 0
    assert "altered" in bad.stdout
    assert "sample.jpg" in bad.stdout  # names the file as the user knows it
    assert "Traceback" not in bad.stdout + bad.stderr


def test_check_names_a_missing_file(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored = next(p for p in (filled / "evidence").rglob("*") if p.is_file() and len(p.name) == 64)
    stored.unlink()
    assert main(["check", "--archive", str(filled)]) == 1
    out = capsys.readouterr().out
    assert "missing" in out and "sample.jpg" in out


def test_missing_archive_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("list", "--archive", str(tmp_path / "nowhere.casefile"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no Casefile archive at" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_is_one_line(tmp_path: Path) -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "invalid choice" in result.stderr


def test_archive_from_a_newer_version_is_refused_untouched(filled: Path) -> None:
    db = filled / "archive.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    before = db.read_bytes()
    result = run_cli("list", "--archive", str(filled))
    assert result.returncode == 1
    assert "newer version of Casefile" in result.stderr
    assert result.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_a_file_is_not_an_archive(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("hello")
    result = run_cli("check", "--archive", str(plain))
    assert result.returncode == 1
    assert "is a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_cases_must_be_positive(tmp_path: Path) -> None:
    result = run_cli("demo", "--archive", str(tmp_path / "d.casefile"), "--cases", "-5")
    assert result.returncode == 2
    assert "--cases: must be at least 1, not -5" in result.stderr
    assert result.stderr.count("\n") == 1


def test_demo_builds_then_reopens_only_a_whole_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import casefile.cli as cli

    opened: list[tuple[Path, bool]] = []
    monkeypatch.setattr(cli, "_open_app", lambda path, create: opened.append((path, create)) or 0)
    demo = tmp_path / "Demo.casefile"
    assert main(["demo", "--archive", str(demo), "--cases", "3"]) == 0
    assert "3 cases" in capsys.readouterr().out
    assert main(["demo", "--archive", str(demo), "--open"]) == 0
    assert opened == [(demo, False)]

    with sqlite3.connect(demo / "archive.sqlite") as con:  # as if the build had been killed
        con.execute("DELETE FROM archive_setting")
    con.close()
    assert main(["demo", "--archive", str(demo), "--open"]) == 1
    assert "unfinished demo" in capsys.readouterr().err
    assert len(opened) == 1


def test_read_only_archive_is_one_clear_line(
    filled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A write-protected USB stick, simulated: CI runs as root, which may write anywhere.
    monkeypatch.setattr("casefile.store.archive.os.access", lambda _path, _mode: False)
    assert main(["list", "--archive", str(filled)]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Copy the archive to a writable folder" in err
    assert err.count("\n") == 1


def test_an_empty_database_file_is_not_turned_into_an_archive(tmp_path: Path) -> None:
    folder = tmp_path / "Copied.casefile"
    folder.mkdir()
    (folder / "archive.sqlite").write_bytes(b"")
    result = run_cli("list", "--archive", str(folder))
    assert result.returncode == 1
    assert "holds no Casefile data" in result.stderr
    assert (folder / "archive.sqlite").stat().st_size == 0
