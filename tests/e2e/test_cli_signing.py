"""export-bundle --sign and verify-bundle's signature part, as run from a terminal: the
passphrase from a file or the environment, a wrong one refused in one line with nothing
written, and verify-bundle naming the signer and failing once the file changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.services import cases, evidence
from casefile.store.archive import Archive
from tests.core import bundle_files as make
from tests.core import certificates as certs


def run_cli(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,  # no terminal: never a prompt
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def archive_with_case(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Cli.casefile"
    with Archive.open(path, create=True) as archive:
        ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters")).reference
        evidence.add_evidence(
            archive,
            ref,
            evidence.EvidenceDraft(kind="test_buy", description="Test buy"),
            [make.pdf(tmp_path / "receipt.pdf", pages=2)],
        )
    return path, ref


def test_sign_with_a_certificate_and_verify(
    archive_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    archive, ref = archive_with_case
    p12 = certs.p12(tmp_path / "jane.p12")
    out = tmp_path / "bundle.pdf"

    no_passphrase = run_cli("export-bundle", ref, "--out", out, "--sign", p12, "--archive", archive)
    assert no_passphrase.returncode == 1 and not out.exists()
    assert "jane.p12 is protected: give --passphrase-file FILE or set CASEFILE_SIGN_PASSPHRASE" in (
        no_passphrase.stderr
    )
    wrong = run_cli(
        "export-bundle",
        ref,
        "--out",
        out,
        "--sign",
        p12,
        "--archive",
        archive,
        env={"CASEFILE_SIGN_PASSPHRASE": "guess"},
    )
    assert wrong.returncode == 1 and not out.exists()
    assert (
        wrong.stderr.strip() == "casefile: error: passphrase: the passphrase does not open jane.p12"
    )

    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(certs.PASSPHRASE + b"\n")  # as an editor saves it
    signed = run_cli(
        "export-bundle",
        ref,
        "--out",
        out,
        "--sign",
        p12,
        "--passphrase-file",
        secret,
        "--archive",
        archive,
    )
    assert signed.returncode == 0, signed.stderr
    assert "signed by Jane Counsel" in signed.stdout

    verified = run_cli("verify-bundle", out, "--archive", archive)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Signature: OK — signed by Jane Counsel on " in verified.stdout
    assert "ok: signed with this archive's own key" not in verified.stdout
    assert verified.stdout.strip().endswith("Verdict: OK")

    with open(out, "ab") as appended:
        appended.write(b"\n% added later\n")
    changed = run_cli("verify-bundle", out)
    assert changed.returncode == 1
    assert "Signature: FAILED" in changed.stdout
    assert "the file was changed after it was signed" in changed.stdout


def test_without_a_certificate_the_archives_key_signs(
    archive_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    archive, ref = archive_with_case
    out = tmp_path / "bundle.pdf"
    exported = run_cli("export-bundle", ref, "--out", out, "--archive", archive)
    assert exported.returncode == 0, exported.stderr
    assert "signed by Casefile archive Cli.casefile" in exported.stdout

    verified = run_cli("verify-bundle", out, "--archive", archive)
    assert verified.returncode == 0, verified.stdout
    assert "signed with this archive's own key" in verified.stdout

    # the same case exported from a copy of the archive without its key: a re-made bundle
    other = tmp_path / "Other.casefile"
    with Archive.open(other, create=True) as copy:
        ref2 = cases.create_case(copy, cases.CaseDraft(title="Fake scooters")).reference
        evidence.add_evidence(
            copy,
            ref2,
            evidence.EvidenceDraft(kind="test_buy", description="Test buy"),
            [make.pdf(tmp_path / "receipt2.pdf", pages=2)],
        )
    remade = tmp_path / "remade.pdf"
    assert run_cli("export-bundle", ref2, "--out", remade, "--archive", other).returncode == 0
    told = run_cli("verify-bundle", remade, "--archive", archive)
    assert "not signed with this archive's own key" in told.stdout
