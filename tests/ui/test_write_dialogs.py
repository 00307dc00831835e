"""Every write path of the window, end to end on real threads: each dialog that writes is opened
from the main window, filled through its widgets and accepted with its own button; the test waits
for the background write and reads the result back from the archive through the services. Then
the failure path: a write that fails is told to the user in words (under a field, above the
buttons or in a message box), never only logged.

No test depends on the day it runs: "today" is `clock.today()` (pinned by tests/conftest.py),
every case is made here through the services, and every date is counted from that today. The
transfer-step dialog has its own tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.errors import CasefileError
from casefile.rules.deadlines import compute_deadline
from casefile.services import bundles, cases, evidence, proceedings, records
from casefile.services.rule_settings import deadline_settings
from casefile.store.archive import Archive
from casefile.store.files import sha256_of
from casefile.store.rows import CaseDetail, DeadlineRow
from casefile.ui import tasks
from casefile.ui.dialogs.bundle_export import BundleExportDialog
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.dialogs.close_case import CloseCaseDialog
from casefile.ui.dialogs.custody_entry import CustodyEntryDialog
from casefile.ui.dialogs.deadline_editor import DeadlineEditor, WaiveDeadlineDialog
from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog
from casefile.ui.main_window import MainWindow
from tests.ui.keyboard import ime_type

WAIT_MS = 15_000  # a write on the write thread of a busy test machine
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200  # a PNG signature is enough to be recognised


# --- helpers -------------------------------------------------------------------------------


def _day(offset: int) -> date:
    return clock.today() + timedelta(days=offset)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _ok(dialog: QDialog) -> QWidget:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box or radio button on its indicator (it may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace a line edit's text the way a user does: select all, type."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def _detail(archive: Archive, reference: str) -> CaseDetail:
    return cases.case_detail(archive, reference)


def _deadline(archive: Archive, reference: str, title: str) -> DeadlineRow:
    [found] = [d for d in _detail(archive, reference).deadlines if d.title == title]
    return found


def _show(qtbot: QtBot, window: MainWindow, reference: str) -> CaseDetail:
    """Select the case in the list and wait until the detail pane shows it."""
    window.refresh()
    window.show_reference(reference)
    pane = window.ui.detailPane
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.reference == reference, timeout=WAIT_MS
    )
    assert pane.detail is not None
    return pane.detail


def _shown(window: MainWindow) -> CaseDetail:
    detail = window.ui.detailPane.detail
    assert detail is not None
    return detail


def _error_box(qtbot: QtBot, parent: QWidget) -> QMessageBox:
    """The warning box the app shows a user (`casefile.ui.errors.show_error`), window-modal on
    `parent`: the window whose work failed, not somewhere behind it."""

    def shown() -> bool:
        box = parent.findChild(QMessageBox, "errorBox")
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None and box.parentWidget() is parent
    assert box.windowModality() == Qt.WindowModality.WindowModal
    return box


def _failing(monkeypatch: pytest.MonkeyPatch, module: object, name: str, exc: Exception) -> None:
    """`module.<name>` raises `exc` on the write thread, as a full disk or a bug would."""

    def fail(*_args: object, **_kwargs: object) -> object:
        raise exc

    monkeypatch.setattr(module, name, fail)


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it to run the rest of the test's tasks on real worker threads."""
    return lambda: monkeypatch.setattr(tasks, "SYNCHRONOUS", False)


@pytest.fixture
def case_ref(archive: Archive) -> str:
    """An open case of the test's own, opened 30 days ago, with a customs proceeding."""
    made = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Write-path target 写入测试",
            brand="Velora",
            jurisdictions="CN",
            opened_on=_day(-30),
        ),
    )
    proceedings.add_proceeding(
        archive,
        made.reference,
        proceedings.ProceedingDraft(
            route="customs", authority="Ningbo Customs", authority_ref="NB-77", started_on=_day(-20)
        ),
    )
    return made.reference


@pytest.fixture
def exhibit_ref(archive: Archive, case_ref: str, tmp_path: Path) -> str:
    """`case_ref` with two exhibits."""
    src = tmp_path / "src"
    src.mkdir()
    for name, kind in (("photo.png", "sample_photo"), ("chat.txt", "correspondence")):
        path = src / name
        path.write_bytes(PNG if name.endswith(".png") else "聊天记录 chat log".encode())
        evidence.add_evidence(
            archive, case_ref, evidence.EvidenceDraft(kind=kind, description=f"The {name}"), [path]
        )
    return case_ref


# --- New Case, Edit Case ---------------------------------------------------------------------


def test_new_case_saves_every_field_typed(
    qtbot: QtBot, window: MainWindow, archive: Archive, threaded: Callable[[], None]
) -> None:
    threaded()
    window.ui.actionNewCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    assert isinstance(editor, CaseEditor) and editor.isVisible()
    ui = editor.ui
    ime_type(ui.titleEdit, "仓库 — counterfeit X9 chargers")
    qtbot.keyClicks(ui.brandEdit, "Velora")
    qtbot.keyClicks(ui.productLineEdit, "X9 charger")
    ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData("urgent"))
    qtbot.keyClicks(ui.jurisdictionsEdit, "cn, nl")
    qtbot.keyClicks(ui.counselEdit, "Anna de Vries")
    ui.openedOnEdit.setDate(_qdate(_day(-12)))
    _tick(qtbot, ui.actsOnCheck)
    assert ui.actsOnEdit.isEnabled()
    ui.actsOnEdit.setDate(_qdate(_day(-40)))
    _tick(qtbot, ui.offence213Check)
    _tick(qtbot, ui.offence214Check)
    qtbot.keyClicks(ui.tagsEdit, "warehouse, customs")
    qtbot.keyClicks(ui.summaryEdit, "Chargers seized at the port of ")
    ime_type(ui.summaryEdit, "宁波")

    with qtbot.waitSignal(editor.case_created, timeout=WAIT_MS) as created:
        _click(qtbot, _ok(editor))

    reference = created.args[0].reference
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    stored = _detail(archive, reference)
    assert stored.title == "仓库 — counterfeit X9 chargers"
    assert (stored.brand, stored.product_line) == ("Velora", "X9 charger")
    assert stored.priority == "urgent"
    assert stored.jurisdictions == ("CN", "NL")
    assert stored.responsible_counsel == "Anna de Vries"
    assert stored.opened_on == _day(-12)
    assert stored.acts_on == _day(-40)
    assert stored.offences == ("213", "214")
    assert stored.tags == ("warehouse", "customs")
    assert stored.summary == "Chargers seized at the port of 宁波"
    assert stored.status == "open" and stored.closed_on is None
    # the window shows the new case once its reads have come back
    qtbot.waitUntil(
        lambda: (
            window.ui.detailPane.detail is not None
            and window.ui.detailPane.detail.reference == reference
        ),
        timeout=WAIT_MS,
    )
    assert window.cases.current_case_id() == stored.id


def test_new_case_dates_left_as_offered_are_the_apps_today(
    qtbot: QtBot, window: MainWindow, archive: Archive, threaded: Callable[[], None]
) -> None:
    """The form offers today for the opening date and the acts' date; today is the app's
    (`clock.today()`), the same day the core checks against, not the computer's."""
    threaded()
    editor = window.case_actions.new_case()
    assert editor is not None
    qtbot.keyClicks(editor.ui.titleEdit, "Dated today")
    _tick(qtbot, editor.ui.actsOnCheck)  # known: done today, as offered
    assert editor.ui.openedOnEdit.date() == _qdate(clock.today())
    assert editor.ui.actsOnEdit.date() == _qdate(clock.today())

    with qtbot.waitSignal(editor.case_created, timeout=WAIT_MS) as created:
        _click(qtbot, _ok(editor))

    stored = _detail(archive, created.args[0].reference)
    assert (stored.opened_on, stored.acts_on) == (clock.today(), clock.today())


def test_edit_case_saves_the_changes_and_keeps_the_rest(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    window.ui.actionEditCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    assert isinstance(editor, CaseEditor) and editor.editing
    ui = editor.ui
    _type(qtbot, ui.titleEdit, "Renamed target")
    _type(qtbot, ui.productLineEdit, "X9 battery")
    ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData("low"))
    _type(qtbot, ui.jurisdictionsEdit, "CN, HK")
    _type(qtbot, ui.counselEdit, "Wang Li")
    ui.openedOnEdit.setDate(_qdate(_day(-31)))
    _tick(qtbot, ui.actsOnCheck)
    ui.actsOnEdit.setDate(_qdate(_day(-45)))
    _tick(qtbot, ui.offence218Check)
    _type(qtbot, ui.tagsEdit, "battery")
    ui.summaryEdit.selectAll()
    ime_type(ui.summaryEdit, "改过的摘要")

    with qtbot.waitSignal(editor.case_updated, timeout=WAIT_MS) as updated:
        _click(qtbot, _ok(editor))

    assert updated.args[0].reference == case_ref
    stored = _detail(archive, case_ref)
    assert stored.title == "Renamed target"
    assert (stored.brand, stored.product_line) == ("Velora", "X9 battery")  # brand untouched
    assert stored.priority == "low"
    assert stored.jurisdictions == ("CN", "HK")
    assert stored.responsible_counsel == "Wang Li"
    assert stored.opened_on == _day(-31)
    assert stored.acts_on == _day(-45)
    assert stored.offences == ("218",)
    assert stored.tags == ("battery",)
    assert stored.summary == "改过的摘要"
    assert len(stored.proceedings) == 1  # what the editor does not show is kept
    qtbot.waitUntil(lambda: _shown(window).title == "Renamed target", timeout=WAIT_MS)


# --- Close Case…, Reopen Case -----------------------------------------------------------------


def test_close_case_on_a_chosen_day_then_reopen(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    window.ui.actionCloseCase.trigger()
    closer = window.dialogs.find(CloseCaseDialog)
    assert isinstance(closer, CloseCaseDialog) and closer.isVisible()
    closer.ui.closedOnEdit.setDate(_qdate(_day(-2)))

    with qtbot.waitSignal(closer.case_closed, timeout=WAIT_MS):
        _click(qtbot, _ok(closer))

    stored = _detail(archive, case_ref)
    assert (stored.status, stored.closed_on) == ("closed", _day(-2))
    qtbot.waitUntil(lambda: _shown(window).status == "closed", timeout=WAIT_MS)
    assert window.ui.actionReopenCase.isVisible() and window.ui.actionReopenCase.isEnabled()

    window.ui.actionReopenCase.trigger()  # written at once, nothing to ask
    qtbot.waitUntil(lambda: _detail(archive, case_ref).status == "open", timeout=WAIT_MS)
    assert _detail(archive, case_ref).closed_on is None
    qtbot.waitUntil(lambda: _shown(window).status == "open", timeout=WAIT_MS)


def test_close_case_on_the_day_offered_closes_it_today(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    window.case_actions.close_case()
    closer = window.dialogs.find(CloseCaseDialog)
    assert closer is not None
    assert closer.ui.closedOnEdit.date() == _qdate(clock.today())
    assert closer.ui.closedOnEdit.maximumDate() == _qdate(clock.today())
    assert closer.ui.closedOnEdit.minimumDate() == _qdate(_day(-30))  # the day it was opened

    with qtbot.waitSignal(closer.case_closed, timeout=WAIT_MS):
        _click(qtbot, _ok(closer))

    assert _detail(archive, case_ref).closed_on == clock.today()


# --- Add Deadline…, Mark Done, Waive… ----------------------------------------------------------


def test_add_a_deadline_by_hand_to_a_proceeding(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    detail = _show(qtbot, window, case_ref)
    threaded()
    panel = window.ui.detailPane.ui.deadlinesPanel
    _click(qtbot, panel.ui.addButton)
    editor = window.dialogs.find(DeadlineEditor)
    assert isinstance(editor, DeadlineEditor) and editor.isVisible()
    ui = editor.ui
    ime_type(ui.titleEdit, "Pay the customs bond 担保金")
    ui.dueEdit.setDate(_qdate(_day(9)))
    ui.remindersEdit.clear()
    qtbot.keyClicks(ui.remindersEdit, "5, 2, 0")
    qtbot.keyClicks(ui.explanationEdit, "Agreed with the customs officer.")
    ui.proceedingCombo.setCurrentIndex(ui.proceedingCombo.findData(detail.proceedings[0].id))

    with qtbot.waitSignal(editor.deadline_added, timeout=WAIT_MS) as added:
        _click(qtbot, _ok(editor))

    stored = _deadline(archive, case_ref, "Pay the customs bond 担保金")
    assert added.args == [stored.id]
    assert stored.due_on == _day(9)
    assert stored.reminder_days == (5, 2, 0)
    assert stored.explanation == "Agreed with the customs officer."
    assert stored.proceeding_id == detail.proceedings[0].id
    assert (stored.rule_id, stored.status, stored.event_id) == ("", "open", None)
    qtbot.waitUntil(lambda: panel.model.row_of(stored.id) is not None, timeout=WAIT_MS)


def test_a_deadline_due_on_the_day_offered_is_due_today(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    editor = window.case_actions.add_deadline()
    assert editor is not None
    qtbot.keyClicks(editor.ui.titleEdit, "Call the officer")
    assert editor.ui.dueEdit.date() == _qdate(clock.today())
    with qtbot.waitSignal(editor.deadline_added, timeout=WAIT_MS):
        _click(qtbot, _ok(editor))
    assert _deadline(archive, case_ref, "Call the officer").due_on == clock.today()


def test_add_a_deadline_counted_by_a_rule(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    editor = window.case_actions.add_deadline()
    assert editor is not None
    ui = editor.ui
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("cn.platform.counter_notice"))
    ui.triggerEdit.setDate(_qdate(_day(-5)))
    title = ui.titleEdit.text()
    explanation = ui.explanationEdit.toPlainText()
    assert title and explanation.startswith(f"Counted from {_day(-5).isoformat()}: ")

    with qtbot.waitSignal(editor.deadline_added, timeout=WAIT_MS):
        _click(qtbot, _ok(editor))

    stored = _deadline(archive, case_ref, title)
    expected = compute_deadline(
        "cn.platform.counter_notice", _day(-5), None, deadline_settings(archive)
    )
    assert stored.rule_id == "cn.platform.counter_notice"
    assert stored.due_on == expected.due
    assert stored.explanation == explanation


def test_mark_done_waive_and_reopen_write_the_status_on_the_apps_today(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    threaded: Callable[[], None],
) -> None:
    first = records.add_deadline(archive, case_ref, "File the complaint", _day(3))
    second = records.add_deadline(archive, case_ref, "Ask for samples", _day(6))
    _show(qtbot, window, case_ref)
    threaded()
    panel = window.ui.detailPane.ui.deadlinesPanel

    assert panel.select_deadline(first)
    _click(qtbot, panel.ui.doneButton)
    qtbot.waitUntil(
        lambda: _deadline(archive, case_ref, "File the complaint").status == "done",
        timeout=WAIT_MS,
    )
    assert _deadline(archive, case_ref, "File the complaint").completed_on == clock.today()

    # the tab is read again before the next click acts on the deadline shown
    qtbot.waitUntil(
        lambda: (
            panel.model.row_of(first) is not None
            and panel.model.deadline_at(panel.model.row_of(first)).status == "done"
        ),
        timeout=WAIT_MS,
    )
    assert panel.select_deadline(second)
    _click(qtbot, panel.ui.waiveButton)  # asks why, then writes
    waive = window.dialogs.find(WaiveDeadlineDialog)
    assert waive is not None and waive.isVisible()
    qtbot.keyClicks(waive.ui.reasonEdit, "Samples came with the customs notice.")
    _click(qtbot, _ok(waive))
    qtbot.waitUntil(
        lambda: _deadline(archive, case_ref, "Ask for samples").status == "waived",
        timeout=WAIT_MS,
    )
    assert _deadline(archive, case_ref, "Ask for samples").completed_on == clock.today()
    assert _deadline(archive, case_ref, "File the complaint").status == "done"  # untouched

    # Reopen undoes Mark Done
    qtbot.waitUntil(
        lambda: (
            panel.model.row_of(second) is not None
            and panel.model.deadline_at(panel.model.row_of(second)).status == "waived"
        ),
        timeout=WAIT_MS,
    )
    assert panel.select_deadline(first)
    _click(qtbot, panel.ui.reopenButton)
    qtbot.waitUntil(
        lambda: _deadline(archive, case_ref, "File the complaint").status == "open",
        timeout=WAIT_MS,
    )
    assert _deadline(archive, case_ref, "File the complaint").completed_on is None


# --- Record Custody… -------------------------------------------------------------------------


def test_record_custody_saves_the_link_typed(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    exhibit_ref: str,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, exhibit_ref)
    threaded()
    window.ui.actionRecordCustody.trigger()
    dialog = window.dialogs.find(CustodyEntryDialog)
    assert isinstance(dialog, CustodyEntryDialog) and dialog.isVisible()
    ui = dialog.ui
    assert ui.occurredAtEdit.date() == _qdate(clock.today())  # today offered
    ui.exhibitCombo.setCurrentIndex(0)  # exhibit 1, not the last one offered
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("sealed"))
    when = datetime.combine(_day(-1), time(16, 45))
    ui.occurredAtEdit.setDateTime(QDateTime(_qdate(when.date()), QTime(16, 45)))
    qtbot.keyClicks(ui.receivedFromEdit, "Investigator Zhang")
    qtbot.keyClicks(ui.handedToEdit, "Wang Li")
    qtbot.keyClicks(ui.sealNumberEdit, "SEAL-0099")
    ime_type(ui.locationEdit, "上海办公室保险柜")
    qtbot.keyClicks(ui.noteEdit, "Bag sealed in front of the notary.")

    with qtbot.waitSignal(dialog.custody_recorded, timeout=WAIT_MS) as recorded:
        _click(qtbot, _ok(dialog))

    exhibits = _detail(archive, exhibit_ref).evidence
    assert recorded.args == [exhibits[0].id]
    [link] = exhibits[0].custody
    assert link.action == "sealed"
    assert link.occurred_at.astimezone() == when.astimezone()
    assert (link.received_from, link.handed_to) == ("Investigator Zhang", "Wang Li")
    assert (link.seal_number, link.location) == ("SEAL-0099", "上海办公室保险柜")
    assert link.note == "Bag sealed in front of the notary."
    assert exhibits[1].custody == ()  # the other exhibit untouched


# --- Add Evidence… ---------------------------------------------------------------------------


def test_evidence_intake_saves_the_files_details_and_first_custody(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    tmp_path: Path,
    threaded: Callable[[], None],
) -> None:
    listing = tmp_path / "in" / "listing.png"
    listing.parent.mkdir()
    listing.write_bytes(PNG)
    page = tmp_path / "in" / "page.txt"
    page.write_text("店铺页面 shop page", encoding="utf-8")
    _show(qtbot, window, case_ref)
    threaded()
    dialog = window.case_actions.add_evidence([listing, page])
    assert isinstance(dialog, EvidenceIntakeDialog)
    qtbot.waitUntil(lambda: dialog.files == [listing, page], timeout=WAIT_MS)  # listed off-thread
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("notarised_capture"))
    ime_type(ui.descriptionEdit, "公证网页截图 listing 6500000003")
    _tick(qtbot, ui.obtainedOnCheck)
    assert ui.obtainedOnEdit.date() == _qdate(clock.today())  # today offered
    ui.obtainedOnEdit.setDate(_qdate(_day(-4)))
    qtbot.keyClicks(ui.obtainedByEdit, "Zhang Min")
    qtbot.keyClicks(ui.sourceUrlEdit, "https://item.taobao.com/item.htm?id=6500000003")
    ime_type(ui.notaryOfficeEdit, "上海市东方公证处")
    ime_type(ui.notaryCertificateEdit, "(2026)沪东证经字第0999号")
    assert ui.receivedAtEdit.date() == _qdate(clock.today())
    ui.receivedAtEdit.setDateTime(QDateTime(_qdate(_day(-3)), QTime(9, 15)))
    ime_type(ui.receivedFromEdit, "上海市东方公证处")
    qtbot.keyClicks(ui.handedToEdit, "Wang Li")
    qtbot.keyClicks(ui.sealNumberEdit, "DF-0999")
    qtbot.keyClicks(ui.locationEdit, "Office safe")

    with qtbot.waitSignal(dialog.evidence_added, timeout=WAIT_MS) as added:
        _click(qtbot, _ok(dialog))

    [exhibit] = _detail(archive, case_ref).evidence
    assert added.args == [[exhibit.exhibit_no]] == [[1]]
    assert exhibit.kind == "notarised_capture"
    assert exhibit.description == "公证网页截图 listing 6500000003"
    assert exhibit.obtained_on == _day(-4)
    assert exhibit.obtained_by == "Zhang Min"
    assert exhibit.source_url == "https://item.taobao.com/item.htm?id=6500000003"
    assert exhibit.notary_office == "上海市东方公证处"
    assert exhibit.notary_certificate == "(2026)沪东证经字第0999号"
    assert not exhibit.internal
    assert [f.original_name for f in exhibit.files] == ["listing.png", "page.txt"]
    for stored, original in zip(exhibit.files, (listing, page), strict=True):
        assert stored.sha256 == sha256_of(original)
        assert archive.files.path_of(stored.sha256).read_bytes() == original.read_bytes()
    [link] = exhibit.custody
    assert link.action == "received"
    assert link.occurred_at.astimezone() == datetime.combine(_day(-3), time(9, 15)).astimezone()
    assert (link.received_from, link.handed_to) == ("上海市东方公证处", "Wang Li")
    assert (link.seal_number, link.location) == ("DF-0999", "Office safe")
    qtbot.waitUntil(lambda: len(_shown(window).evidence) == 1, timeout=WAIT_MS)


# --- Export Bundle… --------------------------------------------------------------------------


def test_export_bundle_writes_the_exhibits_chosen_and_checks_against_the_archive(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    exhibit_ref: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, exhibit_ref)
    threaded()
    window.ui.actionExportBundle.trigger()
    dialog = window.dialogs.find(BundleExportDialog)
    assert isinstance(dialog, BundleExportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.order() == [1, 2], timeout=WAIT_MS)  # read off-thread
    ui = dialog.ui
    ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findData("court"))
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    dialog.set_checked(1, False)
    _type(qtbot, ui.preparedByEdit, "Wang Li")
    _type(qtbot, ui.batesPrefixEdit, "VEL")
    ui.batesStartSpin.setValue(101)
    out = tmp_path / "out" / "bundle.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(dialog, "_ask_output_path", lambda _suggested: out)

    with qtbot.waitSignal(dialog.bundle_exported, timeout=60_000) as exported:
        _click(qtbot, ui.exportButton)

    assert exported.args[0].path == out
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=WAIT_MS)
    verdict = bundles.verify_bundle(out, archive)  # every file re-hashed from the archive
    assert verdict.ok, verdict.problems
    manifest = verdict.manifest
    assert manifest is not None
    assert manifest.case_reference == exhibit_ref
    assert [e.exhibit_no for e in manifest.exhibits] == [2]
    assert (manifest.recipient, manifest.language) == ("court", "en")
    assert (manifest.prepared_by, manifest.bates_prefix, manifest.bates_start) == (
        "Wang Li",
        "VEL",
        101,
    )
    assert manifest.prepared_on == clock.today().isoformat()


# --- failures are told to the user -----------------------------------------------------------


def test_new_case_a_core_error_is_said_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    threaded()
    _failing(monkeypatch, cases, "create_case", CasefileError("The archive is read only."))
    editor = window.case_actions.new_case()
    assert editor is not None
    qtbot.keyClicks(editor.ui.titleEdit, "Never saved")
    _click(qtbot, _ok(editor))

    qtbot.waitUntil(lambda: editor.general_error == "The archive is read only.", timeout=WAIT_MS)
    assert editor.isVisible() and editor.ui.errorLabel.isVisible()
    assert _ok(editor).isEnabled()  # try again, or cancel
    assert editor.ui.titleEdit.text() == "Never saved"
    assert cases.list_cases(archive) == []


@pytest.mark.parametrize("editing", [False, True], ids=["new", "edit"])
def test_case_editor_an_unexpected_error_is_shown_in_a_message_box(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
    editing: bool,
) -> None:
    if editing:
        _show(qtbot, window, case_ref)
    threaded()
    _failing(monkeypatch, cases, "update_case" if editing else "create_case", RuntimeError("disk"))
    if editing:
        window.case_actions.edit_case()
    else:
        window.case_actions.new_case()
    editor = window.dialogs.find(CaseEditor)
    assert editor is not None
    _type(qtbot, editor.ui.titleEdit, "Not saved")
    _click(qtbot, _ok(editor))

    box = _error_box(qtbot, editor)
    assert box.windowTitle() == "Unexpected problem"
    assert "could not finish what it was doing" in box.text()
    assert "RuntimeError: disk" in box.informativeText()
    assert editor.isVisible() and not editor.saving and _ok(editor).isEnabled()
    assert [c.title for c in cases.list_cases(archive)] == ["Write-path target 写入测试"]


def test_close_case_a_failed_write_is_said_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    _failing(monkeypatch, cases, "set_status", CasefileError("The archive is read only."))
    window.case_actions.close_case()
    closer = window.dialogs.find(CloseCaseDialog)
    assert closer is not None
    _click(qtbot, _ok(closer))
    qtbot.waitUntil(lambda: closer.general_error == "The archive is read only.", timeout=WAIT_MS)
    assert closer.isVisible() and _ok(closer).isEnabled()
    assert _detail(archive, case_ref).status == "open"


def test_reopen_a_failed_write_is_shown_in_a_message_box(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    cases.set_status(archive, case_ref, "closed", _day(-1))
    _show(qtbot, window, case_ref)
    threaded()
    _failing(monkeypatch, cases, "set_status", CasefileError("The archive is read only."))
    window.ui.actionReopenCase.trigger()
    box = _error_box(qtbot, window)
    assert box.text() == "The archive is read only."
    assert _detail(archive, case_ref).status == "closed"


def test_add_deadline_an_unexpected_error_is_shown_in_a_message_box(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, case_ref)
    threaded()
    _failing(monkeypatch, records, "add_deadline", OSError("disk I/O error"))
    editor = window.case_actions.add_deadline()
    assert editor is not None
    qtbot.keyClicks(editor.ui.titleEdit, "Never added")
    _click(qtbot, _ok(editor))
    box = _error_box(qtbot, editor)
    assert "could not finish" in box.text() and "disk I/O error" in box.informativeText()
    assert editor.isVisible() and _ok(editor).isEnabled()
    assert _detail(archive, case_ref).deadlines == ()


def test_mark_done_a_failed_write_is_shown_in_a_message_box(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    deadline = records.add_deadline(archive, case_ref, "Stays open", _day(3))
    _show(qtbot, window, case_ref)
    threaded()
    _failing(monkeypatch, records, "set_deadline_status", RuntimeError("locked"))
    panel = window.ui.detailPane.ui.deadlinesPanel
    assert panel.select_deadline(deadline)
    _click(qtbot, panel.ui.doneButton)
    box = _error_box(qtbot, window)
    assert "could not finish" in box.text() and "RuntimeError: locked" in box.informativeText()
    assert _deadline(archive, case_ref, "Stays open").status == "open"


def test_record_custody_a_failed_write_is_said(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    exhibit_ref: str,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, exhibit_ref)
    threaded()
    _failing(monkeypatch, evidence, "add_custody_event", RuntimeError("locked"))
    dialog = window.case_actions.record_custody()
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.sealNumberEdit, "S-1")
    _click(qtbot, _ok(dialog))
    box = _error_box(qtbot, dialog)
    assert "could not finish" in box.text()
    assert dialog.isVisible() and dialog.ui.sealNumberEdit.text() == "S-1"
    assert all(e.custody == () for e in _detail(archive, exhibit_ref).evidence)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (CasefileError("The evidence folder is read only."), "The evidence folder is read only."),
        (RuntimeError("disk"), "The evidence could not be added."),
    ],
    ids=["core-error", "unexpected"],
)
def test_evidence_intake_a_failed_intake_is_said_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
    error: Exception,
    said: str,
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    _show(qtbot, window, case_ref)
    threaded()
    _failing(monkeypatch, evidence, "add_evidence", error)
    dialog = window.case_actions.add_evidence([photo])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.files == [photo], timeout=WAIT_MS)
    ime_type(dialog.ui.descriptionEdit, "没有保存")
    _click(qtbot, _ok(dialog))

    qtbot.waitUntil(lambda: dialog.general_error == said, timeout=WAIT_MS)
    assert dialog.ui.errorLabel.isVisible()
    if isinstance(error, RuntimeError):  # and the crash box says where the details are
        box = _error_box(qtbot, dialog)
        assert "could not finish" in box.text()
    assert dialog.isVisible() and not dialog.copying
    assert dialog.files == [photo] and dialog.ui.descriptionEdit.toPlainText() == "没有保存"
    assert _ok(dialog).isEnabled()
    assert _detail(archive, case_ref).evidence == ()


def test_export_bundle_an_unexpected_error_is_said(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    exhibit_ref: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    threaded: Callable[[], None],
) -> None:
    _show(qtbot, window, exhibit_ref)
    threaded()
    _failing(monkeypatch, bundles, "export_bundle", RuntimeError("out of memory"))
    dialog = window.case_actions.export_bundle()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.order() == [1, 2], timeout=WAIT_MS)
    out = tmp_path / "bundle.pdf"
    monkeypatch.setattr(dialog, "_ask_output_path", lambda _suggested: out)
    _click(qtbot, dialog.ui.exportButton)
    box = _error_box(qtbot, dialog)
    assert "could not finish" in box.text()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=WAIT_MS)
    assert dialog.status_text.startswith("Not exported: RuntimeError: out of memory")
    assert not out.exists()
