"""`casefile export-case` and `casefile import-case` from outside: a case carried to a new
archive lists the same, the passphrase comes from the environment or a terminal (never the
command line), and refusals are one line with exit 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.services import cases, records
from casefile.store.archive import Archive

REFERENCE = "CF-2026-0101"


def _casefile(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=300,
    )


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "Office.casefile"
    with Archive.open(path, create=True) as archive:
        cases.create_case(
            archive, cases.CaseDraft(title="Fake chargers at the port", reference=REFERENCE)
        )
        records.add_note(archive, REFERENCE, "Seen at the Yiwu market")
    return path


def _listed(archive: Path) -> list[dict[str, object]]:
    listed = json.loads(_casefile("list", "--json", "--archive", archive).stdout)
    assert isinstance(listed, list)
    return listed


def test_a_case_carried_in_an_encrypted_package_lists_the_same(
    office: Path, tmp_path: Path
) -> None:
    package = tmp_path / "case.casepkg"
    secret = {"CASEFILE_PASSPHRASE": "a long passphrase"}

    exported = _casefile(
        "export-case", REFERENCE, "--out", package, "--passphrase", "--archive", office, env=secret
    )
    assert exported.returncode == 0, exported.stderr
    assert "encrypted" in exported.stdout and b"manifest" not in package.read_bytes()

    laptop = tmp_path / "Laptop.casefile"
    imported = _casefile("import-case", package, "--archive", laptop, env=secret)
    assert imported.returncode == 0, imported.stderr
    assert f"Imported new case {REFERENCE}" in imported.stdout
    assert _listed(laptop) == _listed(office)
    checked = _casefile("check", "--archive", laptop)
    assert checked.returncode == 0 and "OK" in checked.stdout


def test_without_a_passphrase_or_with_a_wrong_one_nothing_is_imported(
    office: Path, tmp_path: Path
) -> None:
    package = tmp_path / "case.casepkg"
    env = {"CASEFILE_PASSPHRASE": "the right passphrase"}
    _casefile(
        "export-case", REFERENCE, "--out", package, "--passphrase", "--archive", office, env=env
    )
    laptop = tmp_path / "Laptop.casefile"
    Archive.open(laptop, create=True).close()

    asked = _casefile("import-case", package, "--archive", laptop)  # no terminal, no variable
    wrong = _casefile("import-case", package, "--archive", laptop, env={"CASEFILE_PASSPHRASE": "x"})

    assert asked.returncode == 1 and "CASEFILE_PASSPHRASE" in asked.stderr
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert _listed(laptop) == []
    # into a new folder: a failed import leaves no empty archive behind
    fresh = tmp_path / "Fresh.casefile"
    failed = _casefile("import-case", package, "--archive", fresh, env={"CASEFILE_PASSPHRASE": "x"})
    assert failed.returncode == 1 and "wrong passphrase" in failed.stderr
    assert not fresh.exists()


def test_local_edits_are_kept_and_listed(office: Path, tmp_path: Path) -> None:
    package = tmp_path / "case.casepkg"
    _casefile("export-case", REFERENCE, "--out", package, "--archive", office)
    laptop = tmp_path / "Laptop.casefile"
    _casefile("import-case", package, "--archive", laptop)
    with Archive.open(laptop) as archive:
        cases.update_case(archive, REFERENCE, {"title": "Retitled on the laptop"})

    again = _casefile("import-case", package, "--archive", laptop)

    assert again.returncode == 0, again.stderr
    assert "kept 1 local edit(s)" in again.stdout and "title" in again.stdout
    assert _listed(laptop)[0]["title"] == "Retitled on the laptop"


def test_an_existing_file_is_not_replaced_without_force(office: Path, tmp_path: Path) -> None:
    package = tmp_path / "case.casepkg"
    package.write_text("keep me")
    refused = _casefile("export-case", REFERENCE, "--out", package, "--archive", office)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert package.read_text() == "keep me"
