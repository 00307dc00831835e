"""An exhibit after intake, from the Evidence tab: its details corrected through the real dialog,
withdrawn with a reason (files and custody kept) and reinstated, and its file opened as a
read-only copy (the stored original never handed out)."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases, evidence, exhibit_files
from casefile.store.archive import Archive
from casefile.store.rows import EvidenceRow
from casefile.ui.dialogs.exhibit_editor import ExhibitEditor, WithdrawExhibitDialog
from casefile.ui.main_window import MainWindow
from tests.ui.case_tabs import click_link, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.keyboard import ime_type

RECEIPT = "Taobao order 42: two X9 scooters, 速达车行\n".encode()


@pytest.fixture
def case_ref(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake X9 scooters on Taobao", jurisdictions=["CN"])
    return cases.create_case(archive, draft).reference


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "from the investigator"
    folder.mkdir()
    path = folder / "订单截图 order 42.txt"
    path.write_bytes(RECEIPT)
    return path


@pytest.fixture
def exhibit(archive: Archive, case_ref: str, source: Path) -> EvidenceRow:
    draft = evidence.EvidenceDraft(kind="test_buy", description="Order 42")
    custody = evidence.CustodyDraft(received_from="Investigator Wang", seal_number="S-1")
    return evidence.add_evidence(archive, case_ref, draft, [source], custody=custody).evidence


@pytest.fixture
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QUrl]]:
    """The addresses handed to the desktop (nothing is opened); copies go under the test's temp
    folder and are removed after."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(exhibit_files.tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setattr(exhibit_files, "_session", None)
    yield urls
    exhibit_files.remove_session_folder()


def _stored(archive: Archive, case_ref: str) -> EvidenceRow:
    [row] = cases.case_detail(archive, case_ref).evidence
    return row


def test_an_exhibits_details_are_corrected(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str, exhibit: EvidenceRow
) -> None:
    view = show_tab(window, case_ref, "evidence")
    click_link(view, "Edit")
    dialog = window.dialogs.find(ExhibitEditor)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.kindCombo.currentData() == "test_buy"
    assert dialog.ui.descriptionEdit.toPlainText() == "Order 42"
    assert not dialog.ui.obtainedOnEdit.isEnabled()  # not known yet

    # a web address that is not one is refused at its field, nothing written
    ime_type(dialog.ui.sourceUrlEdit, "速达车行")
    save(qtbot, dialog)
    assert dialog.isVisible() and "does not look like a web address" in dialog.error_for(
        "source_url"
    )
    assert _stored(archive, case_ref) == exhibit

    dialog.ui.sourceUrlEdit.setText("item.taobao.com/item.htm?id=42")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("notarised_purchase"))
    dialog.ui.obtainedOnCheck.setChecked(True)
    obtained = clock.today() - timedelta(days=12)
    dialog.ui.obtainedOnEdit.setDate(QDate(obtained.year, obtained.month, obtained.day))
    ime_type(dialog.ui.obtainedByEdit, "调查员 王明")
    ime_type(dialog.ui.notaryOfficeEdit, "上海市东方公证处")
    ime_type(dialog.ui.notaryCertificateEdit, "(2026)沪东证经字第12号")
    dialog.ui.internalCheck.setChecked(True)
    save(qtbot, dialog)
    assert not dialog.isVisible()

    row = _stored(archive, case_ref)
    assert (row.kind, row.obtained_on, row.obtained_by) == (
        "notarised_purchase",
        obtained,
        "调查员 王明",
    )
    assert (row.notary_office, row.notary_certificate) == (
        "上海市东方公证处",
        "(2026)沪东证经字第12号",
    )
    assert row.internal and row.source_url == "item.taobao.com/item.htm?id=42"
    assert row.files == exhibit.files and row.custody == exhibit.custody  # untouched
    text = view.toPlainText()
    assert "Exhibit 1 · Notarised purchase" in text and "INTERNAL" in text
    assert "上海市东方公证处, certificate (2026)沪东证经字第12号" in text
    assert "Saved exhibit 1 in" in window.ui.statusBar.currentMessage()


def test_an_exhibit_is_withdrawn_with_a_reason_and_reinstated(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    exhibit: EvidenceRow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = show_tab(window, case_ref, "evidence")
    click_link(view, "Withdraw")
    dialog = window.dialogs.find(WithdrawExhibitDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Exhibit 1 · Test buy" in dialog.windowTitle()
    assert "its files and chain of custody stay" in dialog.ui.introLabel.text()
    save(qtbot, dialog)  # no reason: refused under the field
    assert dialog.isVisible() and "Reason is required" in dialog.error_for("reason")
    assert not _stored(archive, case_ref).withdrawn
    ime_type(dialog.ui.reasonEdit, "与证据2重复 duplicate of exhibit 2")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    row = _stored(archive, case_ref)
    assert row.withdrawn_on == clock.today()
    assert row.withdrawn_reason == "与证据2重复 duplicate of exhibit 2"
    assert row.files == exhibit.files and row.custody == exhibit.custody  # kept
    text = view.toPlainText()
    assert "WITHDRAWN" in text
    assert f"Withdrawn on {clock.today().isoformat()}: 与证据2重复 duplicate of exhibit 2" in text
    assert "订单截图 order 42.txt" in text  # its file is still listed
    assert "Withdrew exhibit 1 from" in window.ui.statusBar.currentMessage()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Reinstate")
    assert len(asked) == 1 and "the withdrawal of exhibit 1" in asked[0]
    row = _stored(archive, case_ref)
    assert not row.withdrawn and row.withdrawn_reason == ""
    assert "WITHDRAWN" not in view.toPlainText()
    click_link(view, "Withdraw")  # offered again
    window.dialogs.find(WithdrawExhibitDialog).discard()


def test_a_file_is_opened_as_a_read_only_copy(
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    exhibit: EvidenceRow,
    source: Path,
    opened: list[QUrl],
) -> None:
    stored = exhibit_files.stored_file(archive, exhibit.files[0].id).path
    before = stored.stat()
    view = show_tab(window, case_ref, "evidence")
    click_link(view, "Open")
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "订单截图 order 42.txt"  # the name it was taken in with
    assert copy.read_bytes() == RECEIPT == source.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0
    assert copy != stored and not copy.is_relative_to(archive.path)
    assert stored.stat().st_mtime_ns == before.st_mtime_ns  # the original is not touched
    assert "Opened a read-only copy of 订单截图 order 42.txt." in (
        window.ui.statusBar.currentMessage()
    )

    click_link(view, "Show in Folder")  # the copy's folder, not the archive's store
    assert Path(opened[1].toLocalFile()) == copy.parent
    assert copy.parent.name == f"{case_ref} exhibit 1"
