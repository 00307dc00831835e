"""add-evidence, export-bundle and verify-bundle as a paralegal runs them: output, exit codes,
one clear line on a bad input, nothing half-done left behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.services import cases, proceedings
from casefile.store.archive import Archive
from tests.core import bundle_files as make


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture
def archive_with_case(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Cli.casefile"
    with Archive.open(path, create=True) as archive:
        ref = cases.create_case(
            archive, cases.CaseDraft(title="假冒滑板车 fake scooters")
        ).reference
    return path, ref


def test_add_export_verify(archive_with_case: tuple[Path, str], tmp_path: Path) -> None:
    archive, ref = archive_with_case
    folder = tmp_path / "test buy"
    (folder / "parcel").mkdir(parents=True)
    make.photo(folder / "parcel" / "label.jpg", orientation=6)
    make.pdf(folder / "receipt.pdf", pages=2)
    certificate = make.pdf(tmp_path / "certificate.pdf", pages=3)

    added = run_cli(
        "add-evidence",
        ref,
        folder,
        "--kind",
        "test_buy",
        "--description",
        "Test buy 试购",
        "--archive",
        archive,
    )
    assert added.returncode == 0, added.stderr
    assert f"{ref} exhibit #1: 2 file(s)" in added.stdout
    assert "label.jpg" in added.stdout and "receipt.pdf" in added.stdout
    second = run_cli(
        "add-evidence", ref, certificate, "--kind", "notarised_purchase", "--archive", archive
    )
    assert second.returncode == 0 and "exhibit #2" in second.stdout

    out = tmp_path / "bundle.pdf"
    exported = run_cli(
        "export-bundle",
        ref,
        "--out",
        out,
        "--exhibits",
        "2,1",
        "--lang",
        "bilingual",
        "--recipient",
        "customs",
        "--archive",
        archive,
    )
    assert exported.returncode == 0, exported.stderr
    assert "pages, 2 exhibits, 3 files" in exported.stdout
    reader = PdfReader(out)
    # cover, index, [separator + 3], [separator + 1 photo + 2 receipt pages], manifest
    assert len(reader.pages) == 11
    assert "NB-000011" in reader.pages[10].extract_text()

    verified = run_cli("verify-bundle", out, "--archive", archive)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    lines = verified.stdout.splitlines()
    assert sum(line.startswith("Exhibit") and line.endswith(": OK") for line in lines) == 2
    assert verified.stdout.strip().endswith("Verdict: OK")

    # a stored file changed behind the archive's back: the verdict says which, exit 1
    for stored in (archive / "evidence").glob("??/*"):
        if stored.read_bytes() == certificate.read_bytes():
            stored.chmod(0o644)
            stored.write_bytes(b"%PDF-1.4 replaced")
    failed = run_cli("verify-bundle", out, "--archive", archive)
    assert failed.returncode == 1
    assert "Exhibit 1 (case exhibit #2)" in failed.stdout and "MISMATCH" in failed.stdout
    assert "Verdict: FAILED (1 problem(s))" in failed.stdout


def test_bad_inputs_are_one_clear_line(archive_with_case: tuple[Path, str], tmp_path: Path) -> None:
    archive, ref = archive_with_case
    mislabelled = tmp_path / "notice.pdf"
    mislabelled.write_text("this is a web page saved as text")
    refused = run_cli("add-evidence", ref, mislabelled, "--archive", archive)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert "notice.pdf" in refused.stderr and "content is a text file" in refused.stderr
    assert list((archive / "evidence").glob("??/*")) == []

    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    assert "is empty" in run_cli("add-evidence", ref, empty, "--archive", archive).stderr

    backwards = run_cli(
        "export-bundle",
        ref,
        "--out",
        tmp_path / "b.pdf",
        "--exhibits",
        "3-1",
        "--archive",
        archive,
    )
    assert backwards.returncode == 1 and "runs backwards" in backwards.stderr
    nothing = run_cli("export-bundle", ref, "--out", tmp_path / "b.pdf", "--archive", archive)
    assert nothing.returncode == 1 and "no exhibits" in nothing.stderr
    assert not (tmp_path / "b.pdf").exists()

    not_a_bundle = make.pdf(tmp_path / "plain.pdf")
    foreign = run_cli("verify-bundle", not_a_bundle)
    assert foreign.returncode == 1 and "not a Casefile bundle" in foreign.stdout


def test_each_file_its_own_exhibit_until_one_is_refused(
    archive_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    """--each: the exhibits added before a refused file are kept and listed; the refusal is the
    one line on stderr, and the files after it are not taken in."""
    archive, ref = archive_with_case
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.txt").write_text("first photo note")
    (folder / "b.txt").write_text("")  # empty: refused
    (folder / "c.txt").write_text("third photo note")
    done = run_cli("add-evidence", ref, folder, "--each", "--archive", archive)
    assert done.returncode == 1
    assert f"{ref} exhibit #1: 1 file(s)" in done.stdout and "a.txt" in done.stdout
    assert "exhibit #2" not in done.stdout
    assert done.stderr.count("\n") == 1 and "b.txt" in done.stderr and "is empty" in done.stderr
    with Archive.open(archive) as opened:
        assert [e.exhibit_no for e in cases.case_detail(opened, ref).evidence] == [1]


def test_export_starts_from_the_windows_defaults(
    archive_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    """No --out, --lang or --recipient: the bundle goes where the window would put it, to the
    authority of the case's latest proceeding, in both languages for a case in China."""
    archive, ref = archive_with_case
    with Archive.open(archive) as opened:
        cases.update_case(opened, ref, {"jurisdictions": "CN"})
        proceedings.add_proceeding(
            opened, ref, proceedings.ProceedingDraft(route="customs", started_on="2026-03-02")
        )
    added = run_cli("add-evidence", ref, make.pdf(tmp_path / "notice.pdf"), "--archive", archive)
    assert added.returncode == 0, added.stderr

    exported = run_cli("export-bundle", ref, "--archive", archive)
    assert exported.returncode == 0, exported.stderr
    out = archive / "exports" / f"{ref} bundle customs 2026-11-21.pdf"
    assert exported.stdout.startswith(f"{out}: ")
    cover = PdfReader(out).pages[0].extract_text()
    assert "海关" in cover and "Customs" in cover  # bilingual, to customs
    again = run_cli("export-bundle", ref, "--archive", archive)
    assert again.returncode == 0 and f"{ref} bundle customs 2026-11-21 (2).pdf" in again.stdout
