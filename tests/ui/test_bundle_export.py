"""The Export Bundle dialog: the checklist and its order, the index preview, internal exhibits
barred for outside recipients, the exported PDF (opened with pypdf), Cancel leaving nothing
behind, errors by their field, Open PDF, and Case › Export Bundle… in the main window."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import bundles, cases, evidence
from casefile.store.archive import Archive
from casefile.ui import errors, tasks
from casefile.ui.dialogs.bundle_export import BundleExportDialog
from casefile.ui.main_window import MainWindow
from tests.core import bundle_files as make

INTERNAL = 4  # the case's internal exhibit


@pytest.fixture
def case_ref(archive: Archive, tmp_path: Path) -> str:
    """A case with four exhibits: photos (JPEG and PNG), a one-page notarial certificate (PDF),
    a chat log (text) and internal strategy notes."""
    ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters 假冒滑板车")).reference
    src = tmp_path / "src"
    src.mkdir()
    add = evidence.add_evidence
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="sample_photo", description="Seized scooter 扣押样品"),
        [make.photo(src / "scooter.jpg"), make.png(src / "logo.png")],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(
            kind="notarised_purchase",
            description="Notarial certificate 公证书",
            notary_office="上海市东方公证处",
            obtained_on=date(2026, 3, 2),
        ),
        [make.pdf(src / "certificate.pdf", pages=1)],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="correspondence", description="Chat log 聊天记录"),
        [make.text(src / "chat.txt")],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="other", description="Strategy notes", internal=True),
        [make.text(src / "strategy.txt")],
    )
    return ref


@pytest.fixture
def dialog(qtbot: QtBot, archive: Archive, case_ref: str) -> BundleExportDialog:
    dlg = BundleExportDialog(archive, cases.case_detail(archive, case_ref))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.set_recipient("court")
    dlg.set_language("en")
    return dlg


def _save_to(dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, path: Path) -> list:
    """Export… saves to `path`; returns the list of paths it was offered."""
    offered: list[Path] = []

    def ask(suggested: Path) -> Path:
        offered.append(suggested)
        return path

    monkeypatch.setattr(dialog, "_ask_output_path", ask)
    return offered


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _outline_titles(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [item.title for item in reader.outline if not isinstance(item, list)]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".casefile-bundle-"))


def test_the_checklist_lists_the_exhibits_and_the_preview_the_index(
    dialog: BundleExportDialog,
) -> None:
    ui = dialog.ui
    assert dialog.order() == [1, 2, 3, 4]
    texts = [ui.exhibitList.item(r).text() for r in range(4)]
    assert texts[0].startswith("1. Sample photo — Seized scooter 扣押样品")
    assert "(internal)" in texts[3] and all("(internal)" not in t for t in texts[:3])
    assert dialog.chosen() == [1, 2, 3]  # the internal one stays out for the court

    rows = dialog.preview_rows()
    assert [r[:3] for r in rows] == [
        ["1", "1", "Seized scooter 扣押样品"],
        ["2", "2", "Notarial certificate 公证书"],
        ["3", "3", "Chat log 聊天记录"],
    ]
    assert rows[1][3:6] == ["Notarised purchase", "2026-03-02", "上海市东方公证处"]
    choices = {
        c.exhibit_no: c for c in bundles.exhibit_choices(dialog._archive, dialog.case.reference)
    }
    assert rows[0][6] == ", ".join(choices[1].sha256_prefixes)  # both photos' hashes
    assert len(rows[0][6].split(", ")) == 2
    assert ui.previewSummary.text().startswith("3 exhibit(s), 4 file(s)")
    # the kinds as the bundle prints them, in its language
    dialog.set_language("zh")
    assert dialog.preview_rows()[1][3] == "公证购买"
    assert ui.exportButton.isEnabled()
    assert not ui.openButton.isEnabled() and not ui.showFolderButton.isEnabled()


def test_unticking_and_moving_change_the_preview_and_the_pdf(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ui = dialog.ui
    dialog.set_checked(1, False)
    assert [r[1] for r in dialog.preview_rows()] == ["2", "3"]
    # Move Up, as a keyboard user would: exhibit 3 before exhibit 2
    ui.exhibitList.setCurrentRow(2)
    _click(qtbot, ui.moveUpButton)
    assert dialog.order() == [1, 3, 2, 4]
    assert ui.exhibitList.currentRow() == 1  # the moved exhibit stays selected
    assert [r[:2] for r in dialog.preview_rows()] == [["1", "3"], ["2", "2"]]
    # a drag and drop moves the model's row: the photos last
    dialog.move_exhibit(1, 2)
    dialog.set_checked(1, True)
    assert dialog.order() == [3, 2, 1, 4]
    assert [r[1] for r in dialog.preview_rows()] == ["3", "2", "1"]
    # Alt+Down on the list moves the selected exhibit too
    ui.exhibitList.setFocus()
    ui.exhibitList.setCurrentRow(0)
    qtbot.keyClick(ui.exhibitList, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.order() == [2, 3, 1, 4]
    ui.exhibitList.setCurrentRow(1)
    qtbot.keyClick(ui.exhibitList, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.order() == [3, 2, 1, 4]

    out = tmp_path / "out" / "bundle.pdf"
    out.parent.mkdir()
    _save_to(dialog, monkeypatch, out)
    _click(qtbot, ui.exportButton)

    result = dialog.exported
    assert result is not None and result.path == out and out.exists()
    assert dialog.status_text == "Exported."
    assert [e.exhibit_no for e in result.manifest.exhibits] == [3, 2, 1]
    reader = PdfReader(out)
    # cover, index, (separator + chat log), (separator + certificate), (separator + 2 photos),
    # manifest
    assert len(reader.pages) == result.pages == 10
    titles = _outline_titles(out)
    assert titles == [
        "Cover",
        "Index of exhibits",
        "Exhibit 1: Chat log 聊天记录",
        "Exhibit 2: Notarial certificate 公证书",
        "Exhibit 3: Seized scooter 扣押样品",
        "Manifest of files",
    ]
    assert ui.resultFrame.isVisible()
    assert result.manifest_sha256 in ui.resultLabel.text()
    assert "10 pages" in ui.resultLabel.text()
    assert not ui.problemsList.isVisible()
    assert not ui.progressBar.isVisible()
    assert ui.closeButton.text() == "Close"


def test_an_internal_exhibit_goes_to_an_internal_bundle_only(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ui = dialog.ui
    item = dialog.item_of(INTERNAL)
    assert item is not None
    for recipient in ("court", "customs", "police", "platform"):
        dialog.set_recipient(recipient)
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
        assert item.checkState() == Qt.CheckState.Unchecked
        assert "Internal exhibits (1)" in ui.recipientNote.text()
    dialog.set_recipient("customs")
    dialog.set_checked(INTERNAL, True)  # refused
    _click(qtbot, ui.selectAllButton)
    assert dialog.chosen() == [1, 2, 3]

    dialog.set_recipient("internal")
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.chosen() == [1, 2, 3, 4]
    assert [r[1] for r in dialog.preview_rows()] == ["1", "2", "3", "4"]
    assert "Not for filing" in ui.recipientNote.text()
    # unticked for the internal bundle: still unticked after a trip to customs
    dialog.set_checked(INTERNAL, False)
    dialog.set_recipient("customs")
    dialog.set_recipient("internal")
    assert dialog.chosen() == [1, 2, 3]
    dialog.set_checked(INTERNAL, True)
    dialog.set_checked(1, False)

    out = tmp_path / "internal.pdf"
    _save_to(dialog, monkeypatch, out)
    _click(qtbot, ui.exportButton)
    assert dialog.exported is not None
    assert [e.exhibit_no for e in dialog.exported.manifest.exhibits] == [2, 3, INTERNAL]
    assert "Exhibit 3: Strategy notes" in _outline_titles(out)


def test_the_suggested_file_is_in_the_archives_exports_folder(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exports = archive.path / "exports"
    if exports.exists():  # a new archive has one; made again if it has gone
        exports.rmdir()
    dialog.set_recipient("customs")
    expected = exports / f"{case_ref} bundle customs {clock.today().isoformat()}.pdf"
    offered = _save_to(dialog, monkeypatch, expected)
    _click(qtbot, dialog.ui.exportButton)
    assert offered == [expected] and expected.exists()
    # taken now: the next one gets a number
    _click(qtbot, dialog.ui.exportButton)
    assert offered[1] == expected.with_name(expected.stem + " (2).pdf")
    assert _leftovers(exports) == []


def test_a_chosen_name_without_pdf_gets_it(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _save_to(dialog, monkeypatch, tmp_path / "for court")
    _click(qtbot, dialog.ui.exportButton)
    assert (tmp_path / "for court.pdf").exists()


def test_asking_for_the_file_can_be_cancelled(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "_ask_output_path", lambda _suggested: None)
    _click(qtbot, dialog.ui.exportButton)
    assert dialog.exported is None and not dialog.exporting
    assert dialog.ui.exportButton.isEnabled()


@pytest.mark.parametrize("how", ["cancel button", "escape"])
def test_cancel_during_the_export_leaves_nothing_behind(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
) -> None:
    ui = dialog.ui
    out = tmp_path / "cancelled.pdf"
    _save_to(dialog, monkeypatch, out)
    seen: list[tuple[int, int, str]] = []
    report = dialog._progress

    def progress(done: int, total: int, label: str) -> None:
        report(done, total, label)
        seen.append((done, total, label))
        if len(seen) == 2:  # the export is under way
            assert dialog.exporting and ui.progressBar.isVisible()
            assert not ui.exportButton.isEnabled() and not ui.exhibitList.isEnabled()
            assert ui.closeButton.text() == "Cancel"
            if how == "escape":
                qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            else:
                _click(qtbot, ui.closeButton)
            assert dialog.status_text == "Cancelling…"

    monkeypatch.setattr(dialog, "_progress", progress)
    _click(qtbot, ui.exportButton)

    assert len(seen) == 2  # nothing reported after Cancel
    assert not out.exists()
    assert _leftovers(tmp_path) == []
    assert dialog.isVisible()  # Cancel (and Esc) stopped the export, not the dialog
    assert dialog.status_text == "Cancelled: no bundle was written."
    assert not dialog.exporting and dialog.exported is None
    assert ui.closeButton.text() == "Close" and ui.closeButton.isEnabled()
    assert ui.exportButton.isEnabled() and not ui.openButton.isEnabled()
    assert not ui.progressBar.isVisible()
    # and the next export works
    _click(qtbot, ui.exportButton)
    assert out.exists() and dialog.exported is not None


def test_open_pdf_and_show_in_folder_after_an_export(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    ui = dialog.ui
    assert not ui.openButton.isEnabled()
    out = tmp_path / "bundle.pdf"
    _save_to(dialog, monkeypatch, out)
    _click(qtbot, ui.exportButton)
    assert ui.openButton.isEnabled() and ui.showFolderButton.isEnabled()
    assert ui.openButton.hasFocus()
    _click(qtbot, ui.openButton)
    _click(qtbot, ui.showFolderButton)
    assert [Path(u.toLocalFile()) for u in opened] == [out, tmp_path]
    assert opened[0] == QUrl.fromLocalFile(str(out))


def test_damaged_files_are_listed_in_the_dialog(
    qtbot: QtBot,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    broken = make.corrupt_pdf(tmp_path / "broken.pdf")
    evidence.add_evidence(archive, case_ref, evidence.EvidenceDraft(description="Scan"), [broken])
    dialog = BundleExportDialog(archive, cases.case_detail(archive, case_ref))
    qtbot.addWidget(dialog)
    dialog.show()
    _save_to(dialog, monkeypatch, tmp_path / "bundle.pdf")
    _click(qtbot, dialog.ui.exportButton)
    ui = dialog.ui
    assert dialog.exported is not None and len(dialog.exported.problems) == 1
    assert ui.problemsList.isVisible() and ui.problemsList.count() == 1
    assert "broken.pdf" in ui.problemsList.item(0).text()
    assert ui.problemsLabel.text().startswith("1 file(s) could not be shown on paper")
    assert errors._state.open_boxes == 0  # told in the dialog, not in a box


def test_a_bad_bates_prefix_is_shown_by_its_field(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ui = dialog.ui
    ui.batesPrefixEdit.setText("NB 1/")
    assert ui.batesExample.text() == "The cover is page NB 1/000001."
    out = tmp_path / "bundle.pdf"
    _save_to(dialog, monkeypatch, out)
    _click(qtbot, ui.exportButton)
    assert "16 letters" in dialog.error_for("bates_prefix")
    assert ui.batesPrefixEdit.hasFocus()
    assert not out.exists() and dialog.exported is None
    assert dialog.status_text == "Not exported: see the message above."
    assert errors._state.open_boxes == 0
    ui.batesPrefixEdit.setText("CUS-")  # typing clears it
    assert dialog.error_for("bates_prefix") == ""
    _click(qtbot, ui.exportButton)
    assert out.exists()


def test_an_exhibit_error_is_shown_under_the_list(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # the list was read before the exhibit became internal (elsewhere, meanwhile)
    def internal_now(*_args: object, **_kwargs: object) -> object:
        from casefile.errors import ValidationError

        raise ValidationError("exhibits", "exhibit 2 is internal working material")

    monkeypatch.setattr(bundles, "export_bundle", internal_now)
    _save_to(dialog, monkeypatch, tmp_path / "bundle.pdf")
    _click(qtbot, dialog.ui.exportButton)
    assert dialog.general_error == "Exhibits: exhibit 2 is internal working material."
    assert dialog.ui.errorLabel.isVisible()
    dialog.set_checked(2, False)  # changing the choice clears it
    assert dialog.general_error == ""


def test_other_errors_go_to_the_apps_error_reporting(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, _title, text, *_a: shown.append(text))
    _save_to(dialog, monkeypatch, tmp_path / "missing" / "bundle.pdf")
    _click(qtbot, dialog.ui.exportButton)
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert dialog.status_text.startswith("Not exported: the folder")
    assert dialog.ui.exportButton.isEnabled() and dialog.exported is None


def test_a_real_background_export_can_be_cancelled(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With real threads: the window is usable while the export runs, and Cancel stops it."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    entered, release = threading.Event(), threading.Event()
    export = bundles.export_bundle

    def slow(*args: object, **kwargs: object) -> object:
        entered.set()
        release.wait(10)
        return export(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bundles, "export_bundle", slow)
    out = tmp_path / "bundle.pdf"
    _save_to(dialog, monkeypatch, out)
    try:
        _click(qtbot, dialog.ui.exportButton)
        assert entered.wait(10)
        assert dialog.exporting and dialog.ui.closeButton.text() == "Cancel"
        dialog.ui.previewTable.scrollToBottom()  # the GUI thread is free
        qtbot.wait(20)
        _click(qtbot, dialog.ui.closeButton)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=10_000)
    assert dialog.status_text == "Cancelled: no bundle was written."
    assert not out.exists() and _leftovers(tmp_path) == []


def test_a_real_background_export_delivers_its_result(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    out = tmp_path / "bundle.pdf"
    _save_to(dialog, monkeypatch, out)
    with qtbot.waitSignal(dialog.bundle_exported, timeout=30_000) as signal:
        _click(qtbot, dialog.ui.exportButton)
    assert signal.args[0].path == out
    qtbot.waitUntil(lambda: not dialog.exporting)
    assert dialog.ui.openButton.isEnabled() and dialog.ui.progressBar.isHidden()


# --- the main window ---------------------------------------------------------------------


def _show(window: MainWindow, reference: str) -> None:
    window.refresh()
    window.show_reference(reference)
    detail = window.ui.detailPane.detail
    assert detail is not None and detail.reference == reference


def test_case_export_bundle_opens_the_dialog_for_the_case_shown(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str, tmp_path: Path
) -> None:
    action = window.ui.actionExportBundle
    assert action.shortcut().toString() == "Ctrl+B"
    assert action in window.ui.menuCase.actions()
    bare = cases.create_case(archive, cases.CaseDraft(title="No evidence yet")).reference
    _show(window, bare)
    assert not action.isEnabled()  # nothing to bundle
    _show(window, case_ref)
    assert action.isEnabled()

    action.trigger()
    dialog = window.dialogs.find(BundleExportDialog)
    assert isinstance(dialog, BundleExportDialog) and dialog.isVisible()
    assert dialog.case.reference == case_ref and dialog.order() == [1, 2, 3, 4]
    action.trigger()  # the same one comes to the front
    assert window.dialogs.find(BundleExportDialog) is dialog

    # another case shown: its own dialog replaces the idle one
    other = cases.create_case(archive, cases.CaseDraft(title="Second case")).reference
    note = tmp_path / "note.txt"
    note.write_text("a note", encoding="utf-8")
    evidence.add_evidence(archive, other, evidence.EvidenceDraft(description="Note"), [note])
    _show(window, other)
    action.trigger()
    replaced = window.dialogs.find(BundleExportDialog)
    assert replaced is not None and replaced is not dialog
    assert replaced.case.reference == other and not dialog.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old one goes
    assert not shiboken6.isValid(dialog)
    assert (
        window.dialogs.find(BundleExportDialog) is replaced
    )  # forgetting the old one kept the new one

    window._close_archive()  # an archive closed closes its bundle dialog
    assert not replaced.isVisible()
    assert not action.isEnabled()


def test_closing_the_dialog_while_exporting_stops_the_export(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    out = tmp_path / "bundle.pdf"
    _save_to(dialog, monkeypatch, out)
    report = dialog._progress

    def progress(done: int, total: int, label: str) -> None:
        report(done, total, label)
        if dialog.isVisible():
            dialog.close()

    monkeypatch.setattr(dialog, "_progress", progress)
    _click(qtbot, dialog.ui.exportButton)
    assert not dialog.isVisible()
    assert not out.exists() and _leftovers(tmp_path) == []
