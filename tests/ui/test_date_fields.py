"""Date fields keep what was typed: an impossible or malformed date is refused under its field and
nothing is saved (Qt's own fields turned "2025-02-30" into 2025-02-03 and saved that)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui import tasks
from tests.ui.sample_data import Sample


@dataclass
class Form:
    dialog: Any
    field: QDateTimeEdit
    error: Callable[[], str]  # the error shown beside the field


def _case_editor(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.case_editor import CaseEditor

    dialog = CaseEditor(archive)
    dialog.ui.titleEdit.setText("Counterfeit chargers")
    return Form(dialog, dialog.ui.openedOnEdit, lambda: dialog.error_for("opened_on"))


def _acts_on(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.case_editor import CaseEditor

    dialog = CaseEditor(archive)
    dialog.ui.titleEdit.setText("Counterfeit chargers")
    dialog.ui.actsOnCheck.setChecked(True)
    return Form(dialog, dialog.ui.actsOnEdit, lambda: dialog.error_for("acts_on"))


def _deadline(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.deadline_editor import DeadlineEditor

    dialog = DeadlineEditor(archive, cases.case_detail(archive, sample.robot))
    dialog.ui.ruleCombo.setCurrentIndex(0)  # no rule: the due date is typed
    dialog.ui.titleEdit.setText("Reply to the marketplace")
    return Form(dialog, dialog.ui.dueEdit, lambda: dialog.error_for("due_on"))


def _close_case(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.close_case import CloseCaseDialog

    dialog = CloseCaseDialog(archive, cases.case_detail(archive, sample.robot))
    return Form(dialog, dialog.ui.closedOnEdit, lambda: dialog.date_error)


def _transfer(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.transfer_step import TransferStepDialog

    dialog = TransferStepDialog(archive, sample.robot, None)
    dialog.ui.transferAuthorityEdit.setText("Shenzhen PSB")
    return Form(dialog, dialog.ui.dateEdit, lambda: dialog.error_for("occurred_on"))


def _custody(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.custody_entry import CustodyEntryDialog

    dialog = CustodyEntryDialog(archive, cases.case_detail(archive, sample.scooter))
    return Form(dialog, dialog.ui.occurredAtEdit, lambda: dialog.error_for("occurred_at"))


def _intake_obtained(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog

    source = tmp_path / "listing.txt"
    source.write_text("a listing", encoding="utf-8")
    dialog = EvidenceIntakeDialog(archive, cases.case_detail(archive, sample.robot), files=[source])
    dialog.ui.obtainedOnCheck.setChecked(True)
    return Form(dialog, dialog.ui.obtainedOnEdit, lambda: dialog.error_for("obtained_on"))


def _intake_received(archive: Archive, sample: Sample, tmp_path: Path) -> Form:
    from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog

    source = tmp_path / "listing.txt"
    source.write_text("a listing", encoding="utf-8")
    dialog = EvidenceIntakeDialog(archive, cases.case_detail(archive, sample.robot), files=[source])
    return Form(dialog, dialog.ui.receivedAtEdit, lambda: dialog.error_for("occurred_at"))


FORMS = {
    "case-opened-on": (_case_editor, "2025-02-30"),
    "case-acts-on": (_acts_on, "2025-02-30"),
    "deadline-due": (_deadline, "2025-02-30"),
    "close-case": (_close_case, "2025-02-30"),
    "transfer-step": (_transfer, "2025-02-30"),
    "custody": (_custody, "2025-02-30 10:00"),
    "intake-obtained": (_intake_obtained, "2025-02-30"),
    "intake-received": (_intake_received, "2025-02-30 10:00"),
}


def _type(qtbot: QtBot, field: QDateTimeEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # all, typed over
    qtbot.keyClicks(field, text)


def _no_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    started: list[str] = []

    def refuse(*_args: object, label: str = "", **_kwargs: object) -> None:
        started.append(label)
        raise AssertionError(f"{label!r} was started with a date that is not one")

    monkeypatch.setattr(tasks, "run_task", refuse)
    return started


@pytest.mark.parametrize("name", FORMS)
def test_an_impossible_date_is_refused_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    archive: Archive,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    make, typed = FORMS[name]
    form = make(archive, sample, tmp_path)
    qtbot.addWidget(form.dialog)
    form.dialog.show()
    qtbot.waitExposed(form.dialog)
    started = _no_writes(monkeypatch)

    _type(qtbot, form.field, typed)
    assert form.field.lineEdit().text() == typed  # as typed: not mended to 2025-02-03
    qtbot.mouseClick(
        form.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )

    assert started == []
    assert form.dialog.isVisible()
    error = form.error()
    assert f"{typed} is not a date" in error and "February 2025 has 28 days" in error
    assert form.field.lineEdit().text() == typed  # still there to be put right


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2025-13-01", "2025-13-01 is not a date: a year has 12 months"),
        ("2025-02-29", "2025-02-29 is not a date: February 2025 has 28 days"),
        ("20250214", "20250214 is not a date: type it as yyyy-mm-dd"),
        ("2025-02-1", "2025-02-1 is not a date: type it as yyyy-mm-dd"),
    ],
)
def test_a_malformed_date_is_refused_in_words(
    qtbot: QtBot,
    archive: Archive,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    reason: str,
) -> None:
    form = _case_editor(archive, sample, tmp_path)
    qtbot.addWidget(form.dialog)
    form.dialog.show()
    qtbot.waitExposed(form.dialog)
    _no_writes(monkeypatch)
    _type(qtbot, form.field, typed)
    qtbot.keyClick(form.field, Qt.Key.Key_Return)  # Enter: the dialog's default button
    assert form.dialog.isVisible()
    assert reason in form.error()
    assert "Counterfeit chargers" not in [c.title for c in cases.list_cases(archive)]


def test_a_date_after_the_latest_allowed_is_refused_not_dropped(
    qtbot: QtBot, archive: Archive, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _close_case(archive, sample, tmp_path)  # a case cannot be closed tomorrow
    qtbot.addWidget(form.dialog)
    form.dialog.show()
    qtbot.waitExposed(form.dialog)
    _no_writes(monkeypatch)
    typed = (clock.today() + timedelta(days=1)).isoformat()
    _type(qtbot, form.field, typed)
    qtbot.mouseClick(
        form.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert form.dialog.isVisible()
    assert f"{typed} is after {clock.today().isoformat()}" in form.error()


def test_a_real_date_typed_is_saved(
    qtbot: QtBot, archive: Archive, sample: Sample, tmp_path: Path
) -> None:
    form = _case_editor(archive, sample, tmp_path)
    dialog: QDialog = form.dialog
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    day = clock.today() - timedelta(days=40)
    _type(qtbot, form.field, day.isoformat())
    with qtbot.waitSignal(form.dialog.case_created) as created:
        qtbot.mouseClick(
            form.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    assert created.args[0].opened_on == day
