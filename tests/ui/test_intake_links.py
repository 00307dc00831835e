"""The window's evidence intake walks a folder as `add-evidence` does: links out of the folder are
not followed, and the dialog names them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_dropped_folder_leaves_out_links_to_outside_and_says_so(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    ref = cases.create_case(archive, cases.CaseDraft(title="fake scooters")).reference
    secret = tmp_path / "outside" / "salaries.xlsx"
    secret.parent.mkdir()
    secret.write_text("not evidence", encoding="utf-8")
    folder = tmp_path / "exhibit"
    folder.mkdir()
    (folder / "listing.txt").write_text("listing", encoding="utf-8")
    (folder / "salaries.xlsx").symlink_to(secret)

    dialog = EvidenceIntakeDialog(archive, cases.case_detail(archive, ref))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([folder])  # as a drop or Add Folder… does

    qtbot.waitUntil(lambda: dialog.files == [folder / "listing.txt"])
    assert "salaries.xlsx" in dialog.notice and "outside" in dialog.notice
