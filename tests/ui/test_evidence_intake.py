"""Evidence intake from the main window: files dropped or chosen, taken in as one exhibit or one
per file with their details and first custody entry, refused files named, duplicates reported,
a copy cancelled leaving nothing behind, and custody recorded for an exhibit."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QMimeData, QPoint, QPointF, Qt, QTime, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.store.rows import EvidenceRow
from casefile.ui import tasks
from casefile.ui.dialogs.custody_entry import CustodyEntryDialog
from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog
from casefile.ui.main_window import MainWindow
from tests.ui.keyboard import ime_type
from tests.ui.sample_data import Sample

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200  # a PNG signature is enough to be recognised
MIB = 1024 * 1024


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _show(window: MainWindow, reference: str) -> None:
    window.refresh()
    window.show_reference(reference)
    assert window.ui.detailPane.detail is not None
    assert window.ui.detailPane.detail.reference == reference


def _evidence(archive: Archive, reference: str) -> tuple[EvidenceRow, ...]:
    return cases.case_detail(archive, reference).evidence


def _stored_files(archive: Archive) -> set[str]:
    """Every file in the archive's evidence store, its temporary folder included."""
    root = archive.files.root
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _open(window: MainWindow, files: list[Path] | None = None) -> EvidenceIntakeDialog:
    window.ui.actionAddEvidence.trigger() if files is None else window.case_actions.add_evidence(
        files
    )
    dialog = window.dialogs.find(EvidenceIntakeDialog)
    assert isinstance(dialog, EvidenceIntakeDialog) and dialog.isVisible()
    return dialog


def _ok(dialog: QWidget) -> QWidget:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box or radio button on its indicator (it may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _rows(dialog: EvidenceIntakeDialog) -> list[str]:
    tree = dialog.ui.fileTree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _evidence_tab(window: MainWindow) -> str:
    pane = window.ui.detailPane
    assert pane.current_tab() == pane.tab_index("evidence")
    return pane.tab_text("evidence")


@pytest.fixture
def shown(window: MainWindow, sample: Sample) -> str:
    """The scooter case (exhibits 1 and 2) shown in the window."""
    _show(window, sample.scooter)
    return sample.scooter


# --- taking files in ------------------------------------------------------------------------


def test_two_files_as_one_exhibit_are_stored_and_shown_on_the_evidence_tab(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    listing = _write(tmp_path / "in" / "listing.png", PNG)
    page = _write(tmp_path / "in" / "page.txt", "店铺页面 captured 2026-03-01".encode())
    dialog = _open(window, [listing, page])
    assert shown in dialog.windowTitle()
    assert _rows(dialog) == ["listing.png", "page.txt"]
    assert dialog.ui.oneExhibitRadio.isChecked()
    assert _ok(dialog).text() == "Add Exhibit"
    ime_type(dialog.ui.descriptionEdit, "速达车行 商品页面截图")

    with qtbot.waitSignal(dialog.evidence_added) as added:
        _click(qtbot, _ok(dialog))

    assert added.args == [[3]]
    assert not dialog.isVisible()
    exhibit = _evidence(archive, shown)[-1]
    assert exhibit.exhibit_no == 3
    assert [f.original_name for f in exhibit.files] == ["listing.png", "page.txt"]
    assert exhibit.description == "速达车行 商品页面截图"
    for f in exhibit.files:
        assert (
            archive.files.path_of(f.sha256).read_bytes()
            == (tmp_path / "in" / f.original_name).read_bytes()
        )
    assert listing.read_bytes() == PNG  # the original is untouched, and still there
    text = _evidence_tab(window)
    assert "Exhibit 3" in text and "listing.png" in text and "page.txt" in text
    assert "速达车行 商品页面截图" in text
    assert "Added exhibit 3 to " + shown in window.ui.statusBar.currentMessage()


def test_one_exhibit_per_file_makes_an_exhibit_of_each(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    first = _write(tmp_path / "a.png", PNG)
    second = _write(tmp_path / "b.txt", b"order 3381 confirmation")
    dialog = _open(window, [first, second])
    _tick(qtbot, dialog.ui.perFileRadio)
    assert _ok(dialog).text() == "Add 2 Exhibits"

    with qtbot.waitSignal(dialog.evidence_added) as added:
        _click(qtbot, _ok(dialog))

    assert added.args == [[3, 4]]
    exhibits = _evidence(archive, shown)
    assert [(e.exhibit_no, [f.original_name for f in e.files]) for e in exhibits[2:]] == [
        (3, ["a.png"]),
        (4, ["b.txt"]),
    ]
    text = _evidence_tab(window)
    assert "Exhibit 3" in text and "Exhibit 4" in text
    assert "Added exhibits 3, 4 to" in window.ui.statusBar.currentMessage()


def test_details_and_the_first_custody_entry_are_saved(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    dialog = _open(window, [_write(tmp_path / "capture.png", PNG)])
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Notarised capture"))
    ime_type(ui.descriptionEdit, "公证网页截图 of listing 6500000002")
    _tick(qtbot, ui.obtainedOnCheck)
    assert ui.obtainedOnEdit.isEnabled()
    ui.obtainedOnEdit.setDate(QDate(2026, 3, 2))
    qtbot.keyClicks(ui.obtainedByEdit, "Zhang Min (investigator)")
    qtbot.keyClicks(ui.sourceUrlEdit, "item.taobao.com/item.htm?id=6500000002")
    ime_type(ui.notaryOfficeEdit, "上海市东方公证处")
    ime_type(ui.notaryCertificateEdit, "(2026)沪东证经字第0413号")
    _tick(qtbot, ui.internalCheck)
    ui.receivedAtEdit.setDateTime(QDateTime(QDate(2026, 3, 3), QTime(9, 30)))
    ime_type(ui.receivedFromEdit, "上海市东方公证处")
    qtbot.keyClicks(ui.handedToEdit, "Wang Li")
    qtbot.keyClicks(ui.sealNumberEdit, "DF-0413")
    qtbot.keyClicks(ui.locationEdit, "Shanghai office safe")

    with qtbot.waitSignal(dialog.evidence_added):
        _click(qtbot, _ok(dialog))

    exhibit = _evidence(archive, shown)[-1]
    assert exhibit.kind == "notarised_capture"
    assert exhibit.description == "公证网页截图 of listing 6500000002"
    assert exhibit.obtained_on == date(2026, 3, 2)
    assert exhibit.obtained_by == "Zhang Min (investigator)"
    assert exhibit.source_url == "item.taobao.com/item.htm?id=6500000002"
    assert exhibit.notary_office == "上海市东方公证处"
    assert exhibit.notary_certificate == "(2026)沪东证经字第0413号"
    assert exhibit.internal
    [entry] = exhibit.custody
    assert entry.action == "received"
    assert entry.occurred_at.astimezone() == datetime(2026, 3, 3, 9, 30).astimezone()
    assert (entry.received_from, entry.handed_to) == ("上海市东方公证处", "Wang Li")
    assert (entry.seal_number, entry.location) == ("DF-0413", "Shanghai office safe")
    text = _evidence_tab(window)
    assert "INTERNAL" in text and "DF-0413" in text and "Received" in text


def test_no_date_and_no_custody_unless_given(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    dialog = _open(window, [_write(tmp_path / "memo.txt", b"internal memo")])
    assert not dialog.ui.obtainedOnCheck.isChecked() and not dialog.ui.obtainedOnEdit.isEnabled()
    with qtbot.waitSignal(dialog.evidence_added):
        _click(qtbot, _ok(dialog))
    exhibit = _evidence(archive, shown)[-1]
    assert exhibit.obtained_on is None
    assert exhibit.custody == ()
    assert exhibit.kind == "other"


# --- refusals ------------------------------------------------------------------------------


def test_a_mislabelled_file_is_named_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    good = _write(tmp_path / "listing.png", PNG)
    notice = _write(tmp_path / "notice.pdf", b"This is the text of the notice, not a PDF.")
    before = _stored_files(archive)
    dialog = _open(window, [good, notice])
    ime_type(dialog.ui.descriptionEdit, "海关扣留通知")

    _click(qtbot, _ok(dialog))

    assert dialog.isVisible()
    error = dialog.general_error
    assert "notice.pdf" in error and "PDF" in error and "text" in error
    assert str(tmp_path) in error  # which folder it is in
    assert dialog.flagged_file() == notice
    row = dialog.item_of(notice)
    assert row is not None and dialog.ui.fileTree.currentItem() is row
    assert row.background(0).color() == QColor("#fde7e9")
    assert len(_evidence(archive, shown)) == 2
    assert _stored_files(archive) == before
    # nothing typed is lost: take the file off the list and add again
    assert dialog.ui.descriptionEdit.toPlainText() == "海关扣留通知"
    dialog.ui.fileTree.setCurrentItem(row)
    _click(qtbot, dialog.ui.removeButton)
    assert _rows(dialog) == ["listing.png"]
    assert dialog.general_error == ""
    with qtbot.waitSignal(dialog.evidence_added):
        _click(qtbot, _ok(dialog))
    assert _evidence(archive, shown)[-1].description == "海关扣留通知"


def test_an_empty_file_is_refused(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    empty = _write(tmp_path / "photo.jpg", b"")
    before = _stored_files(archive)
    dialog = _open(window, [empty])
    _click(qtbot, _ok(dialog))
    assert dialog.isVisible()
    assert dialog.general_error.startswith("photo.jpg is empty.")
    assert dialog.flagged_file() == empty
    assert len(_evidence(archive, shown)) == 2
    assert _stored_files(archive) == before


def test_a_bad_detail_is_shown_under_its_field(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    dialog = _open(window, [_write(tmp_path / "a.png", PNG)])
    before = _stored_files(archive)
    qtbot.keyClicks(dialog.ui.sourceUrlEdit, "see the shop")
    _click(qtbot, _ok(dialog))
    assert dialog.isVisible()
    assert "does not look like a web address" in dialog.error_for("source_url")
    assert dialog.ui.sourceUrlEdit.property("invalid")  # a red border
    assert len(_evidence(archive, shown)) == 2
    assert _stored_files(archive) == before


def test_adding_without_files_asks_for_them(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str
) -> None:
    dialog = _open(window)
    assert dialog.files == []
    _click(qtbot, _ok(dialog))
    assert "Add the files first" in dialog.general_error
    assert len(_evidence(archive, shown)) == 2


def test_per_file_mode_stops_at_a_refused_file_and_says_what_was_added(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    first = _write(tmp_path / "a.png", PNG)
    empty = _write(tmp_path / "b.png", b"")
    third = _write(tmp_path / "c.txt", b"third")
    dialog = _open(window, [first, empty, third])
    _tick(qtbot, dialog.ui.perFileRadio)

    with qtbot.waitSignal(dialog.evidence_added) as added:
        _click(qtbot, _ok(dialog))

    assert added.args == [[3]]
    assert dialog.isVisible()
    assert "b.png is empty" in dialog.general_error
    assert "Exhibit 3 (a.png) was added" in dialog.notice
    assert _rows(dialog) == ["b.png", "c.txt"]  # Add again takes in the rest
    assert [e.exhibit_no for e in _evidence(archive, shown)] == [1, 2, 3]
    assert "Exhibit 3" in _evidence_tab(window)  # the window shows what was added


def test_a_file_already_in_the_archive_is_named_with_its_exhibit(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    held = tmp_path / "sources" / "invoice-3381.txt"  # exhibit 2 of the sample case
    again = _write(tmp_path / "downloads" / "invoice copy.txt", held.read_bytes())
    before = _stored_files(archive)
    dialog = _open(window, [again])

    with qtbot.waitSignal(dialog.evidence_added) as added:
        _click(qtbot, _ok(dialog))

    assert added.args == [[3]]
    assert dialog.isVisible()  # the user reads it first
    assert dialog.notice == (
        f"invoice copy.txt is already in the archive as {shown} #2; it was not stored twice."
    )
    assert _stored_files(archive) == before  # stored once
    assert "Exhibit 3" in _evidence_tab(window)
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    _click(qtbot, close)
    assert not dialog.isVisible()


# --- cancel --------------------------------------------------------------------------------


def test_cancel_during_the_copy_keeps_nothing(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    big = _write(tmp_path / "video.mp4.txt", b"v" * (3 * MIB))
    other = _write(tmp_path / "second.txt", b"w" * (2 * MIB))
    before = _stored_files(archive)
    dialog = _open(window, [big, other])
    ime_type(dialog.ui.descriptionEdit, "测试购买录像")
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    seen: list[str] = []

    def progressed(value: int) -> None:  # the user watches the bar move, then clicks Cancel
        if value > 0 and not seen:
            seen.append(dialog.ui.progressLabel.text())
            assert dialog.ui.progressBox.isVisible()
            _click(qtbot, cancel)

    dialog.ui.progressBar.valueChanged.connect(progressed)
    _click(qtbot, _ok(dialog))

    assert seen and seen[0].startswith("Copying “video.mp4.txt” (file 1 of 2)")
    assert dialog.isVisible() and not dialog.copying
    assert dialog.notice == "Cancelled: nothing of this exhibit was kept."
    assert len(_evidence(archive, shown)) == 2
    assert _stored_files(archive) == before  # no stored file, no temporary file
    # everything is still there to try again
    assert _rows(dialog) == ["video.mp4.txt", "second.txt"]
    assert dialog.ui.descriptionEdit.toPlainText() == "测试购买录像"
    dialog.ui.progressBar.valueChanged.disconnect(progressed)
    with qtbot.waitSignal(dialog.evidence_added):
        _click(qtbot, _ok(dialog))
    assert len(_evidence(archive, shown)[-1].files) == 2


def test_cancel_in_per_file_mode_keeps_the_exhibits_already_added(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str, tmp_path: Path
) -> None:
    small = _write(tmp_path / "a.png", PNG)
    big = _write(tmp_path / "b.txt", b"b" * (3 * MIB))
    dialog = _open(window, [small, big])
    _tick(qtbot, dialog.ui.perFileRadio)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)

    def progressed(_value: int) -> None:
        if "b.txt" in dialog.ui.progressLabel.text() and dialog.copying:
            _click(qtbot, cancel)

    dialog.ui.progressBar.valueChanged.connect(progressed)
    with qtbot.waitSignal(dialog.evidence_added) as added:
        _click(qtbot, _ok(dialog))

    assert added.args == [[3]]
    assert dialog.isVisible()
    assert dialog.notice.startswith("Cancelled: nothing of this exhibit was kept.")
    assert "Exhibit 3 (a.png) was added" in dialog.notice
    assert _rows(dialog) == ["b.txt"]
    assert [len(e.files) for e in _evidence(archive, shown)] == [2, 1, 1]


def test_cancel_on_the_worker_thread_while_the_dialog_stays_responsive(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    shown: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With real threads: the copy waits mid-file while the test (the user) sees the progress
    and clicks Cancel; the copy then stops and nothing is kept."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    big = _write(tmp_path / "big.txt", b"x" * (3 * MIB))
    before = _stored_files(archive)
    entered, release = threading.Event(), threading.Event()
    ingest = archive.files.ingest

    def slow_ingest(path, progress=None, cancelled=None, hold=None):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            entered.set()
            release.wait(10)

        return ingest(path, held, cancelled, hold=hold)

    monkeypatch.setattr(archive.files, "ingest", slow_ingest)
    dialog = _open(window, [big])
    qtbot.waitUntil(lambda: dialog.files == [big] and _ok(dialog).isEnabled())  # listed
    try:
        _click(qtbot, _ok(dialog))
        assert entered.wait(10)
        qtbot.waitUntil(lambda: dialog.ui.progressBar.value() > 0)
        assert "big.txt" in dialog.ui.progressLabel.text()
        assert not _ok(dialog).isEnabled() and dialog.copying
        _click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
        assert dialog.ui.progressLabel.text() == "Cancelling…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.copying, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.notice == "Cancelled: nothing of this exhibit was kept."
    assert len(_evidence(archive, shown)) == 2
    assert _stored_files(archive) == before


def test_a_cancel_after_the_last_byte_still_shows_the_exhibit_added(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    shown: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The copy had finished when the Cancel arrived: the exhibit was recorded, and the user is
    told so and sees it, rather than being told nothing was kept."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    small = _write(tmp_path / "small.png", PNG)
    entered, release = threading.Event(), threading.Event()
    ingest = archive.files.ingest

    def slow_ingest(path, progress=None, cancelled=None, hold=None):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            if done == total:
                entered.set()
                release.wait(10)

        return ingest(path, held, cancelled, hold=hold)

    monkeypatch.setattr(archive.files, "ingest", slow_ingest)
    dialog = _open(window, [small])
    qtbot.waitUntil(lambda: dialog.files == [small] and _ok(dialog).isEnabled())  # listed
    try:
        _click(qtbot, _ok(dialog))
        assert entered.wait(10)
        dialog.reject()  # Esc
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.copying, timeout=10_000)
    qtbot.waitUntil(lambda: "Exhibit 3" in window.ui.detailPane.tab_text("evidence"))
    assert dialog.notice.startswith("Cancel came too late")
    assert "Exhibit 3 (small.png) was added" in dialog.notice
    assert len(_evidence(archive, shown)) == 3


# --- drops ---------------------------------------------------------------------------------


def _drop(target: QWidget, paths: list[Path]) -> bool:
    """Drag `paths` from a file manager onto `target` and drop them; True if it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))  # file managers offer the paths as text too
    centre = target.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction


def test_files_and_folders_dropped_on_the_dialog_are_listed(
    window: MainWindow, shown: str, tmp_path: Path
) -> None:
    folder = tmp_path / "notarised purchase"
    _write(folder / "page-1.png", PNG)
    _write(folder / "receipts" / "order.txt", b"order 3381")
    _write(folder / ".DS_Store", b"hidden")
    loose = _write(tmp_path / "chat.txt", b"seller chat")
    dialog = _open(window)

    assert _drop(dialog.ui.fileTree.viewport(), [folder, loose])
    assert _rows(dialog) == ["page-1.png", "order.txt", "chat.txt"]
    tree = dialog.ui.fileTree
    assert tree.topLevelItem(1).text(2) == str(folder / "receipts")
    assert tree.topLevelItem(0).text(1) == "208 B"
    assert dialog.ui.totalLabel.text().startswith("3 files · ")
    # dropped again (or onto the description): listed once, and no path typed into the text
    assert _drop(dialog.ui.descriptionEdit.viewport(), [loose])
    assert _rows(dialog) == ["page-1.png", "order.txt", "chat.txt"]
    assert dialog.ui.descriptionEdit.toPlainText() == ""
    # a folder with nothing to add says so
    (tmp_path / "empty folder").mkdir()
    assert _drop(tree.viewport(), [tmp_path / "empty folder"])
    assert "No files there to add" in dialog.general_error
    assert len(_rows(dialog)) == 3


def test_files_dropped_on_the_case_open_the_intake_with_them(
    window: MainWindow, shown: str, tmp_path: Path
) -> None:
    photo = _write(tmp_path / "sample photo.png", PNG)
    pane = window.ui.detailPane
    pane.set_current_tab(pane.tab_index("evidence"))
    assert _drop(pane.ui.evidenceView.viewport(), [photo])
    dialog = window.dialogs.find(EvidenceIntakeDialog)
    assert isinstance(dialog, EvidenceIntakeDialog) and dialog.isVisible()
    assert dialog.case.reference == shown
    assert _rows(dialog) == ["sample photo.png"]


def test_nothing_is_taken_when_no_case_is_shown(window: MainWindow, tmp_path: Path) -> None:
    photo = _write(tmp_path / "photo.png", PNG)
    assert not window.ui.actionAddEvidence.isEnabled()
    assert not _drop(window.ui.detailPane.ui.evidenceView.viewport(), [photo])
    assert window.case_actions.add_evidence([photo]) is None
    assert window.dialogs.find(EvidenceIntakeDialog) is None


# --- custody -------------------------------------------------------------------------------


def test_record_custody_for_an_exhibit(
    qtbot: QtBot, window: MainWindow, archive: Archive, shown: str
) -> None:
    assert window.ui.actionRecordCustody.isEnabled()
    window.ui.actionRecordCustody.trigger()
    dialog = window.dialogs.find(CustodyEntryDialog)
    assert isinstance(dialog, CustodyEntryDialog) and dialog.isVisible()
    ui = dialog.ui
    assert ui.exhibitCombo.count() == 2
    ui.exhibitCombo.setCurrentIndex(0)
    assert ui.exhibitCombo.currentText().startswith("Exhibit 1 · Notarised purchase · ")
    assert "DF-0412" in ui.lastEntryLabel.text()  # the chain so far, to continue it
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findText("Handed over"))
    ui.occurredAtEdit.setDateTime(QDateTime(QDate(2026, 3, 10), QTime(14, 5)))
    qtbot.keyClicks(ui.receivedFromEdit, "Wang Li")
    ime_type(ui.handedToEdit, "义乌市公安局")
    qtbot.keyClicks(ui.sealNumberEdit, "DF-0412")
    ime_type(ui.locationEdit, "公安局证物室")
    qtbot.keyClicks(ui.noteEdit, "Seal intact.")

    with qtbot.waitSignal(dialog.custody_recorded):
        _click(qtbot, _ok(dialog))

    assert not dialog.isVisible()
    exhibit = _evidence(archive, shown)[0]
    assert len(exhibit.custody) == 2
    [last] = [c for c in exhibit.custody if c.seal_number == "DF-0412" and c.note]
    assert last.action == "handed_over"
    assert last.occurred_at.astimezone() == datetime(2026, 3, 10, 14, 5).astimezone()
    assert (last.received_from, last.handed_to) == ("Wang Li", "义乌市公安局")
    assert (last.seal_number, last.location, last.note) == (
        "DF-0412",
        "公安局证物室",
        "Seal intact.",
    )
    text = _evidence_tab(window)
    assert "Handed over" in text and "义乌市公安局" in text
    assert f"Recorded custody in {shown}." in window.ui.statusBar.currentMessage()


def test_record_custody_needs_an_exhibit(window: MainWindow, sample: Sample) -> None:
    _show(window, sample.robot)  # no evidence yet
    assert window.ui.actionAddEvidence.isEnabled()
    assert not window.ui.actionRecordCustody.isEnabled()


def test_one_case_dialog_at_a_time(window: MainWindow, shown: str, tmp_path: Path) -> None:
    dialog = _open(window)
    assert (
        window.case_actions.record_custody() is None
    )  # the intake is brought to the front instead
    # files dropped on the case while it is open join its list
    assert _drop(window.ui.detailPane.ui.evidenceView.viewport(), [_write(tmp_path / "x.png", PNG)])
    assert window.dialogs.find(EvidenceIntakeDialog) is dialog
    assert _rows(dialog) == ["x.png"]


def test_switching_archives_closes_the_intake(
    window: MainWindow, shown: str, tmp_path: Path
) -> None:
    dialog = _open(window, [_write(tmp_path / "x.png", PNG)])
    with Archive.open(tmp_path / "Other.casefile", create=True) as other:
        window.set_archive(other)
        assert not dialog.isVisible()
        assert window.ui.detailPane.detail is None
        assert not window.ui.actionAddEvidence.isEnabled()
