"""An intake that was recorded is never reported as failed because its hold's marker could not
be deleted at the end (on Windows, an open file cannot be deleted: another program reading the
marker that moment, or a virus scanner, makes the deletion fail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile import owners
from casefile.services import cases, evidence
from casefile.store import files
from casefile.store.archive import Archive


def _deletion_refused_for(monkeypatch: pytest.MonkeyPatch, refused: str) -> None:
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.startswith(refused):
            raise PermissionError(13, "The process cannot access the file", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)


def test_a_recorded_intake_is_not_failed_by_its_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "listing.txt"
    source.write_text("a listing", encoding="utf-8")
    with Archive.open(tmp_path / "Cases.casefile", create=True) as archive:
        reference = cases.create_case(archive, cases.CaseDraft(title="Intake")).reference
        _deletion_refused_for(monkeypatch, f"{files.HOLD}-")

        result = evidence.add_evidence(archive, reference, evidence.EvidenceDraft(), [source])

        assert [f.original_name for f in result.evidence.files] == ["listing.txt"]
        assert len(cases.case_detail(archive, reference).evidence) == 1


def test_a_finished_work_folder_is_not_failed_by_its_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = owners.WorkFolder(tmp_path, ".casefile-bundle")
    _deletion_refused_for(monkeypatch, owners.LOCK_NAME)

    claim.release()  # raised PermissionError

    claim.release()  # and again: nothing left to do
