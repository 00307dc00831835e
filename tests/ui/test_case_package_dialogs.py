"""Case › Export Case Package… and File › Import Case Package… driven from the window: a case
written to an encrypted package, a package read and merged, and a newer local edit the user
chooses to keep or to replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from casefile.services import case_package, cases, records
from casefile.store.archive import Archive
from casefile.ui.dialogs.case_package_export import ExportCasePackageDialog
from casefile.ui.dialogs.case_package_import import ImportCasePackageDialog
from casefile.ui.main_window import MainWindow

REFERENCE = "CF-2026-0201"
PASSPHRASE = "carried to Ningbo"


def _office_package(tmp_path: Path, passphrase: str | None = PASSPHRASE) -> Path:
    """A package of a case in another archive (the office's)."""
    out = tmp_path / "office.casepkg"
    with Archive.open(tmp_path / "Office.casefile", create=True) as office:
        cases.create_case(office, cases.CaseDraft(title="Fake chargers", reference=REFERENCE))
        records.add_note(office, REFERENCE, "Seen at the Yiwu market")
        case_package.export_case(office, REFERENCE, out, passphrase)
    return out


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _export_dialog(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path, confirm: str
) -> tuple[ExportCasePackageDialog, Path]:
    """The Export dialog opened from the menu on a new case, its file and passphrase typed."""
    cases.create_case(archive, cases.CaseDraft(title="Fake chargers", reference=REFERENCE))
    window.refresh()
    window.show_reference(REFERENCE)
    action = window.case_packages.export_action
    assert action.isEnabled() and action in window.ui.menuCase.actions()
    action.trigger()
    dialog = window.findChild(ExportCasePackageDialog)
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "carried.casepkg"
    dialog.pathEdit.setText(str(out))
    qtbot.keyClicks(dialog.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(dialog.confirmEdit, confirm)
    return dialog, out


def test_a_case_is_exported_to_an_encrypted_package(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    dialog, out = _export_dialog(qtbot, window, archive, tmp_path, PASSPHRASE)

    _click(qtbot, dialog.exportButton)

    assert out.read_bytes().startswith(b"CFPKGENC")
    assert not dialog.isVisible()
    assert str(out) in window.statusBar().currentMessage()
    with Archive.open(tmp_path / "Laptop.casefile", create=True) as laptop:
        case_package.import_case(laptop, out, PASSPHRASE)
        assert cases.case_detail(laptop, REFERENCE).title == "Fake chargers"


def test_passphrases_that_differ_write_nothing(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    dialog, out = _export_dialog(qtbot, window, archive, tmp_path, PASSPHRASE + "!")

    _click(qtbot, dialog.exportButton)

    assert not out.exists() and dialog.isVisible()
    assert "differ" in dialog.statusLabel.text()
    dialog.reject()


def _import_dialog(window: MainWindow, package: Path) -> ImportCasePackageDialog:
    action = window.case_packages.import_action
    assert action.isEnabled() and action in window.ui.menuFile.actions()
    action.trigger()
    dialog = window.findChild(ImportCasePackageDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_path(package)
    return dialog


def test_a_package_is_read_then_imported_into_the_window_s_archive(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    package = _office_package(tmp_path)
    dialog = _import_dialog(window, package)

    _click(qtbot, dialog.readButton)  # no passphrase yet
    assert "passphrase" in dialog.statusLabel.text() and not dialog.importButton.isEnabled()
    qtbot.keyClicks(dialog.passphraseEdit, PASSPHRASE)
    _click(qtbot, dialog.readButton)
    assert REFERENCE in dialog.summaryLabel.text() and not dialog.conflictTree.isVisible()
    _click(qtbot, dialog.importButton)

    assert not dialog.isVisible()
    assert [c.reference for c in cases.list_cases(archive)] == [REFERENCE]
    assert window.ui.detailPane.detail is not None
    assert window.ui.detailPane.detail.reference == REFERENCE
    assert f"Imported case {REFERENCE}" in window.statusBar().currentMessage()


def test_the_user_chooses_about_a_newer_local_edit(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    package = _office_package(tmp_path, passphrase=None)
    case_package.import_case(archive, package)
    cases.update_case(archive, REFERENCE, {"title": "Retitled on the laptop"})
    dialog = _import_dialog(window, package)

    _click(qtbot, dialog.readButton)
    assert dialog.conflictTree.isVisible() and dialog.conflictTree.topLevelItemCount() == 1
    conflict = dialog.conflictTree.topLevelItem(0)
    assert conflict is not None and REFERENCE in conflict.text(0)
    fields = [conflict.child(i).text(1) for i in range(conflict.childCount())]  # type: ignore[union-attr]
    assert "title" in fields
    assert dialog.taken() == []  # kept unless the user ticks it
    _click(qtbot, dialog.takeAllButton)
    _click(qtbot, dialog.importButton)

    assert cases.case_detail(archive, REFERENCE).title == "Fake chargers"
    assert dialog.report is not None and len(dialog.report.taken) == 1
