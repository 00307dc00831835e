"""Input at fault is one clear line and exit 1, never an internal error (exit 70): a deadline past
9999-12-31, figures too large to be real, file names the file system or the archive cannot hold,
an archive whose evidence folder cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.cli import EXIT_ERROR, main
from casefile.errors import ValidationError
from casefile.rules.thresholds import evaluate_thresholds
from casefile.services import cases, validation
from casefile.store.archive import Archive

HUGE = "9" * 5000  # past Python's 4,300-digit limit on int() from text


def run_cli(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}  # its log, not the user's
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"casefile", *(os.fsencode(str(a)) for a in args)],
        capture_output=True,
        timeout=180,
        env=env,
    )  # type: ignore[return-value]


def _one_clear_line(done: subprocess.CompletedProcess[bytes], *words: str) -> str:  # type: ignore[type-var]
    err = done.stderr.decode("utf-8", "backslashreplace")  # type: ignore[union-attr]
    assert done.returncode == EXIT_ERROR, err
    assert err.count("\n") == 1 and "internal error" not in err and "Traceback" not in err, err
    assert len(err) < 400, err
    for word in words:
        assert word in err, err
    return err


@pytest.fixture
def archive_with_case(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Cli.casefile"
    with Archive.open(path, create=True) as archive:
        ref = cases.create_case(archive, cases.CaseDraft(title="fake scooters")).reference
    return path, ref


def test_a_deadline_past_the_last_day_of_the_calendar(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "deadline", "cn.civil.appeal_judgment", "--from", "9999-12-31")
    _one_clear_line(done, "9999-12-31")


@pytest.mark.parametrize("flag", ["--gains", "--business-volume", "--sales", "--unsold"])
@pytest.mark.parametrize("value", ["1e999999999", HUGE])
def test_an_amount_too_large_to_be_real(tmp_path: Path, flag: str, value: str) -> None:
    done = run_cli(tmp_path, "thresholds", "--offence", "213", flag, value)
    _one_clear_line(done, "too large")


@pytest.mark.parametrize("flag", ["--copies", "--clicks"])
def test_a_count_too_large_to_be_real(tmp_path: Path, flag: str) -> None:
    done = run_cli(tmp_path, "thresholds", "--offence", "217-online", flag, HUGE)
    _one_clear_line(done, "too large")


@pytest.mark.parametrize("value", ["1e999999999", HUGE, "1" + "0" * 4000])
def test_the_core_refuses_figures_too_large_in_words(value: str) -> None:
    with pytest.raises(Exception) as refused:
        evaluate_thresholds("218", {"illegal_gains": value})
    assert "too large" in str(refused.value) and len(str(refused.value)) < 200
    checks = (validation.count, validation.decimal) if value.isdigit() else (validation.decimal,)
    for check in checks:
        with pytest.raises(ValidationError) as bad:
            check("copies", value)
        assert "too large" in bad.value.reason and len(bad.value.reason) < 200
    with pytest.raises(ValidationError) as bad:
        validation.count("copies", 10**4400)  # an int too long to be turned into text
    assert "too large" in bad.value.reason
    with pytest.raises(ValidationError) as bad:
        validation.money("amount", value, "CNY")
    assert "too large" in bad.value.reason


def test_a_file_name_over_255_bytes(tmp_path: Path, archive_with_case: tuple[Path, str]) -> None:
    path, ref = archive_with_case
    long_name = tmp_path / ("证据" * 50 + ".pdf")  # 300 bytes in UTF-8
    done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, long_name)
    _one_clear_line(done, "255 bytes")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_a_file_name_that_is_not_utf8(tmp_path: Path, archive_with_case: tuple[Path, str]) -> None:
    path, ref = archive_with_case
    folder = tmp_path / "from-a-windows-zip"
    folder.mkdir()
    # GBK bytes, as a Windows zip leaves them: on Linux the name holds surrogates
    gbk_path = folder / os.fsdecode("证据清单.txt".encode("gbk"))
    gbk_path.write_text("listing", encoding="utf-8")
    for given in (gbk_path, folder):  # named, or inside a folder named
        done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, given)
        _one_clear_line(done, "not UTF-8", "rename")
    with Archive.open(path) as archive:
        assert cases.case_detail(archive, ref).evidence == ()  # nothing half-added


def test_an_evidence_folder_that_cannot_be_written(
    tmp_path: Path,
    archive_with_case: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, ref = archive_with_case
    source = tmp_path / "listing.txt"
    source.write_text("a listing", encoding="utf-8")
    evidence_dir = path / "evidence"
    real_mkstemp = __import__("tempfile").mkstemp

    def read_only(*args: object, dir: object = None, **kwargs: object) -> object:  # noqa: A002
        if dir is not None and Path(str(dir)).is_relative_to(evidence_dir):
            raise PermissionError(13, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    monkeypatch.setattr("os.open", _refusing(os.open, evidence_dir))
    assert main(["--archive", str(path), "add-evidence", ref, str(source)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err, err
    assert "evidence" in err and "Permission denied" in err


def _refusing(real: object, folder: Path) -> object:
    def opened(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and Path(
            os.fsdecode(file)
        ).is_relative_to(  # type: ignore[arg-type]
            folder
        ):
            raise PermissionError(13, "Permission denied", os.fsdecode(file))  # type: ignore[arg-type]
        return real(file, flags, *args, **kwargs)  # type: ignore[operator,no-any-return]

    return opened


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="a read-only folder binds only non-root"
)
def test_a_read_only_evidence_folder(tmp_path: Path, archive_with_case: tuple[Path, str]) -> None:
    path, ref = archive_with_case
    source = tmp_path / "listing.txt"
    source.write_text("a listing", encoding="utf-8")
    evidence_dir = path / "evidence"
    evidence_dir.mkdir(exist_ok=True)
    evidence_dir.chmod(0o555)
    try:
        done = run_cli(tmp_path, "--archive", path, "add-evidence", ref, source)
    finally:
        evidence_dir.chmod(0o755)
    _one_clear_line(done, "evidence")
