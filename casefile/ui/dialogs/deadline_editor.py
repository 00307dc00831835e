"""The deadline editor: composes `forms/deadline_editor.ui`. Adds a deadline to a case by hand
through `services.records.add_deadline`, or changes one added by hand through `update_deadline`
(one generated from a proceeding's event follows its event and is not edited here), on the write
thread.

A deadline is either a date of the user's own, or one counted by a rule of the rule book: once a
rule and the day it counts from are chosen, `rules.deadlines.compute_deadline` works out the due
date and its explanation (on the GUI thread: it is pure arithmetic on the rule book and the
calendars, no archive work), counted under the archive's answers to the open points, which are
read in the background when the dialog opens. The computed date is the rule's: it cannot be typed
over; choose no rule for a date of your own.

A `ValidationError` from the core is shown under the field it names. On success
`deadline_added(int)` is emitted with a new deadline's id and the dialog closes.

Also here: waiving a deadline with a reason (`WaiveDeadlineDialog`), and the deadline kind of
record the Deadlines tab's Edit… and Remove open (`DEADLINE`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from casefile.errors import CasefileError, ValidationError
from casefile.rules.calendars import EU_MEMBER_STATES
from casefile.rules.deadlines import (
    DEFAULT_EU_MEMBER_STATE,
    DEFAULT_REMINDERS,
    DeadlineResult,
    DeadlineRule,
    DeadlineSettings,
    compute_deadline,
    shipped_rule_book,
)
from casefile.store.rows import CaseDetail, DeadlineRow
from casefile.ui import errors, labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.choices import choose, fill_proceedings
from casefile.ui.dialogs.reason_dialog import ReasonDialog
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.deadline_editor_ui import Ui_DeadlineEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive

# How `DeadlineEditor.explanation` starts: the day a rule counted from
COUNTED_FROM = re.compile(r"Counted from (\d{4}-\d{2}-\d{2}):")


def _reminders_text(days: tuple[int, ...]) -> str:
    return ", ".join(str(d) for d in days)


class DeadlineEditor(RecordDialog[DeadlineRow]):
    """Add a deadline to `case`, or change one added by hand (`record`)."""

    form = Ui_DeadlineEditor
    deadline_added = Signal(int)  # the new deadline's id

    changes = frozenset({Changed.DEADLINES})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Deadline to %s") % self.case.reference
        return self.tr("Edit Deadline — %s") % self.case.reference

    def ok_text(self) -> str:
        return self.tr("Save") if self.editing else self.tr("Add Deadline")

    def saved_message(self, result: object) -> str:
        if self.editing:
            return (
                self.tr("Saved the deadline “%1” in %2.")
                .replace("%1", result.title if isinstance(result, DeadlineRow) else "")
                .replace("%2", self.case.reference)
            )
        return self.tr("Added a deadline to %s.") % self.case.reference

    def __init__(
        self,
        archive: Archive,
        case: CaseDetail,
        record: DeadlineRow | None = None,
        parent: QWidget | None = None,
        within: object = None,
    ) -> None:
        self.added: int | None = None
        self.settings = DeadlineSettings()  # DOMAIN.md's defaults until the archive's are read
        self.computed: DeadlineResult | None = None  # the rule's computation shown
        self._auto_title = ""  # what the rule filled in, replaced when another rule is chosen
        self._auto_reminders = _reminders_text(DEFAULT_REMINDERS)
        self._typed_explanation = ""  # kept while a rule's explanation is shown
        self._settings_note = ""  # said when the archive's rule settings could not be read
        super().__init__(archive, case, record, parent, within)
        ui = self.ui
        ui.ruleCombo.currentIndexChanged.connect(lambda _i: self._rule_changed())
        ui.triggerEdit.dateChanged.connect(lambda _d: self._recompute())
        ui.memberStateCombo.currentIndexChanged.connect(lambda _i: self._recompute())
        self._rule_changed()
        self._read_settings()
        ui.titleEdit.setFocus()

    def setup(self) -> None:
        ui = self.ui
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        ui.ruleInfoLabel.setStyleSheet("color: palette(placeholder-text);")
        today = today_qdate()
        ui.triggerEdit.setDate(today)
        ui.dueEdit.setDate(today)
        ui.explanationEdit.setMinimumHeight(70)
        ui.remindersEdit.setText(self._auto_reminders)
        ui.remindersEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9,\s]*"), ui.remindersEdit)
        )
        self._fill_rules()
        self._fill_member_states()
        shown = fill_proceedings(
            ui.proceedingCombo, self.case, self.tr("None — the case as a whole")
        )
        ui.formLayout.setRowVisible(ui.proceedingCombo, shown)

    def fill(self, record: DeadlineRow) -> None:
        """A deadline added by hand: its values; one counted by a rule from a day (its
        explanation starts "Counted from …") is counted again from that day, else its date
        and notes are shown as typed (no rule)."""
        ui = self.ui
        # what it holds is the user's: a rule chosen does not replace its title or reminders
        self._auto_title = self._auto_reminders = "\0"
        ui.titleEdit.setText(record.title)
        ui.titleEdit.setCursorPosition(0)
        ui.remindersEdit.setText(_reminders_text(record.reminder_days))
        choose(ui.proceedingCombo, record.proceeding_id)
        ui.dueEdit.setDate(qdate(record.due_on))
        counted = COUNTED_FROM.match(record.explanation)
        index = ui.ruleCombo.findData(record.rule_id) if record.rule_id else -1
        if counted and index > 0:
            ui.ruleCombo.setCurrentIndex(index)
            ui.triggerEdit.setDate(QDate.fromString(counted.group(1), Qt.DateFormat.ISODate))
            if record.jurisdiction:
                choose(ui.memberStateCombo, record.jurisdiction)
        else:
            ui.ruleCombo.setCurrentIndex(0)
            ui.explanationEdit.setPlainText(record.explanation)

    def _fill_rules(self) -> None:
        """No rule first; then the rules of the case's jurisdictions, then the others."""
        combo = self.ui.ruleCombo
        combo.addItem(self.tr("None — a date of your own"), "")
        try:
            rules = list(shipped_rule_book().rules.values())
        except CasefileError as exc:  # a broken rule file: deadlines by hand still work
            self.ui.ruleInfoLabel.setText(errors.describe(exc))
            return
        codes = self.case.jurisdictions
        own = [r for r in rules if any(r.applies_in(code) for code in codes)]
        others = [r for r in rules if r not in own]
        for group in (own, others):
            if group and combo.count() > 1:
                combo.insertSeparator(combo.count())
            for rule in group:
                where = "EU" if rule.calendar == "member_state" else rule.calendar
                combo.addItem(f"{where} · {labels.rule_label(rule.id)}", rule.id)
                combo.setItemData(
                    combo.count() - 1,
                    labels.rich(labels.rule_tooltip(rule.id)),
                    Qt.ItemDataRole.ToolTipRole,
                )
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def _fill_member_states(self) -> None:
        combo = self.ui.memberStateCombo
        for code in sorted(EU_MEMBER_STATES):
            combo.addItem(code, code)
        chosen = next(
            (c for c in self.case.jurisdictions if c in EU_MEMBER_STATES), DEFAULT_EU_MEMBER_STATE
        )
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _read_settings(self) -> None:
        """The archive's answers to the open points (make-up days, day basis), read once."""
        archive = self._archive

        def read(_ctx: tasks.TaskContext) -> DeadlineSettings:
            from casefile.services.rule_settings import deadline_settings

            return deadline_settings(archive)

        def failed(_exc: Exception) -> None:  # counted under DOMAIN.md's defaults instead
            self._settings_note = self.tr(
                "The archive's rule settings could not be read: DOMAIN.md's defaults are used."
            )
            self._show_rule_info()

        tasks.run_task(
            read,
            on_success=self._settings_loaded,
            on_failure=failed,
            parent=self,
            label=self.tr("Reading rule settings"),
        )

    def _settings_loaded(self, settings: DeadlineSettings) -> None:
        self.settings = settings
        self._recompute()

    # --- the rule ------------------------------------------------------------------------

    def rule(self) -> DeadlineRule | None:
        rule_id = self.ui.ruleCombo.currentData()
        if not rule_id:
            return None
        try:
            return shipped_rule_book().rules.get(rule_id)
        except CasefileError:
            return None

    def _rule_changed(self) -> None:
        ui = self.ui
        rule = self.rule()
        counted = rule is not None
        for widget in (ui.triggerLabel, ui.triggerEdit):
            widget.setEnabled(counted)
        member_state = counted and rule.calendar == "member_state"  # type: ignore[union-attr]
        ui.formLayout.setRowVisible(ui.memberStateCombo, member_state)
        ui.dueEdit.setEnabled(not counted)
        ui.dueEdit.setToolTip(
            self.tr("Worked out from the rule; choose no rule for a date of your own")
            if counted
            else ""
        )
        if counted:
            if not ui.explanationEdit.isReadOnly():
                self._typed_explanation = ui.explanationEdit.toPlainText()
            ui.explanationEdit.setReadOnly(True)
        elif ui.explanationEdit.isReadOnly():
            ui.explanationEdit.setReadOnly(False)
            ui.explanationEdit.setPlainText(self._typed_explanation)
        # the rule's title and reminders, unless the user typed their own
        title = rule.title if rule is not None else ""
        if ui.titleEdit.text() in ("", self._auto_title):
            ui.titleEdit.setText(title)
            ui.titleEdit.setCursorPosition(0)
        self._auto_title = title
        reminders = _reminders_text(
            (rule.reminder_days if rule is not None else ()) or DEFAULT_REMINDERS
        )
        if ui.remindersEdit.text() == self._auto_reminders:
            ui.remindersEdit.setText(reminders)
        self._auto_reminders = reminders
        self._recompute()

    def _recompute(self) -> None:
        """The due date and explanation of the rule chosen, from the day chosen."""
        ui = self.ui
        rule = self.rule()
        self.computed = None
        self._errors.clear("rule_id")
        if rule is None:
            self._show_rule_info()
            return
        trigger: date = ui.triggerEdit.date().toPython()  # type: ignore[assignment]
        state = ui.memberStateCombo.currentData() if rule.calendar == "member_state" else None
        try:
            result = compute_deadline(rule.id, trigger, state, self.settings)
        except CasefileError as exc:
            ui.explanationEdit.setPlainText("")
            self._show_rule_info()
            self.show_error(ValidationError("rule_id", errors.describe(exc)))
            return
        self.computed = result
        ui.dueEdit.setDate(qdate(result.due))
        ui.explanationEdit.setPlainText(self.explanation(rule, result))
        self._show_rule_info()

    def explanation(self, rule: DeadlineRule, result: DeadlineResult) -> str:
        """As a generated deadline's: from when, what starts it, how it was counted, the note."""
        head = f"Counted from {result.trigger.isoformat()}: {rule.trigger}."
        return " ".join(x for x in (head, result.explanation, rule.note) if x)

    def _show_rule_info(self) -> None:
        rule = self.rule()
        note = self._settings_note
        if rule is None:
            text = self.tr(
                "No rule: type the due date and, if you like, why it is due then. Deadlines "
                "counted by the rule book are also added by themselves when a proceeding's "
                "event is recorded."
            )
        else:
            text = self.tr("%1 from the day of: %2. Source: %3.")
            text = (
                text.replace("%1", rule.period_text().capitalize())
                .replace("%2", rule.trigger)
                .replace("%3", rule.source)
            )
            if self.computed is not None:
                text += " " + self.tr("Due on %s.") % labels.day(self.computed.due)
        self.ui.ruleInfoLabel.setText(" ".join(x for x in (text, note) if x))

    # --- reading the form ----------------------------------------------------------------

    def reminder_days(self) -> list[str]:
        """As typed; the core checks that each is a whole number of days."""
        return [x for x in re.split(r"[,\s]+", self.ui.remindersEdit.text()) if x]

    def due_on(self) -> date:
        return self.ui.dueEdit.date().toPython()  # type: ignore[return-value]

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Add (or save) the deadline in the background; the dialog closes when it is saved."""
        if self.saving:
            return
        self._errors.clear_all()
        if not self.ui.titleEdit.text().strip():  # the core checks too; answer at once
            self.show_error(ValidationError("title", "is required"))
            return
        if self.rule() is not None and self.computed is None:
            self._recompute()  # shows why the rule cannot count from this day
            return
        super().save()

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "title": ui.titleEdit,
            "rule_id": ui.ruleCombo,
            "counted_from": ui.triggerEdit,
            "due_on": ui.dueEdit,
            "explanation": ui.explanationEdit,
            "reminder_days": ui.remindersEdit,
            "proceeding_id": ui.proceedingCombo,
            "deadline_id": ui.titleEdit,  # one an event counts is not changed by hand
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        rule = self.rule()
        return {
            "title": ui.titleEdit.text(),
            "due_on": self.due_on(),
            "rule_id": rule.id if rule is not None else "",
            "explanation": ui.explanationEdit.toPlainText(),
            "reminder_days": self.reminder_days(),
            "proceeding_id": ui.proceedingCombo.currentData(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import records

        if self.record is None:
            return records.add_deadline(archive, self.case.reference, **values)  # type: ignore[arg-type]
        draft = records.DeadlineDraft(**values)  # type: ignore[arg-type]
        return records.update_deadline(archive, self.record.id, draft)

    def _written(self, result: object) -> None:
        if isinstance(result, int):
            self.added = result
            self.deadline_added.emit(result)
        super()._written(result)

    def _busy_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.titleEdit,
            ui.ruleCombo,
            ui.triggerEdit,
            ui.memberStateCombo,
            ui.dueEdit,
            ui.explanationEdit,
            ui.remindersEdit,
            ui.proceedingCombo,
        ]

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:  # the computed date stays the rule's
            self.ui.dueEdit.setEnabled(self.rule() is None)
            self.ui.triggerEdit.setEnabled(self.rule() is not None)

    @property
    def general_error(self) -> str:
        return self._errors.general_error


class WaiveDeadlineDialog(ReasonDialog[DeadlineRow]):
    """Waive a deadline (not pursued, superseded, settled…) with the reason kept beside it,
    through `services.records.waive_deadline`; Reopen undoes it."""

    changes = frozenset({Changed.DEADLINES})

    def title(self) -> str:
        return self.tr("Waive Deadline — %s") % self.case.reference

    def saved_message(self, result: object) -> str:
        title = self.record.title if self.record is not None else ""
        return self.tr("Waived “%s”.") % title

    def ok_text(self) -> str:
        return self.tr("Waive")

    def intro(self) -> str:
        if self.record is None:
            return ""
        due = labels.day(self.record.due_on)
        text = self.tr(
            "“%1”, due %2, will no longer be counted as open. Say why: the reason is "
            "kept with it and shown in the Deadlines tab."
        )
        return text.replace("%1", self.record.title).replace("%2", due)

    def placeholder(self) -> str:
        return self.tr("e.g. settled with the seller; the platform took the listing down first")

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services.records import waive_deadline

        assert self.record is not None
        return waive_deadline(archive, self.record.id, values["reason"])


def _find(detail: CaseDetail, deadline_id: int) -> tuple[object, object] | None:
    found = next((d for d in detail.deadlines if d.id == deadline_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, deadline_id: int) -> str:
    found = _find(detail, deadline_id)
    title = found[0].title if found else ""  # type: ignore[attr-defined]
    return QCoreApplication.translate("DeadlineEditor", "the deadline “%s”") % title


def _remove(archive: Archive, deadline_id: int) -> object:
    from casefile.services.records import remove_deadline

    remove_deadline(archive, deadline_id)
    return None


DEADLINE = RecordType(
    RecordKind.DEADLINE, DeadlineEditor, DeadlineEditor.changes, _find, _describe, _remove
)
