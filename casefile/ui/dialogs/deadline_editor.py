"""The Add Deadline dialog: composes `forms/deadline_editor.ui` and adds a deadline to a case by
hand through `services.records.add_deadline`, on the write thread.

A deadline is either a date of the user's own, or one counted by a rule of the rule book: once a
rule and the day it counts from are chosen, `rules.deadlines.compute_deadline` works out the due
date and its explanation (on the GUI thread: it is pure arithmetic on the rule book and the
calendars, no archive work), counted under the archive's answers to the open points, which are
read in the background when the dialog opens. The computed date is the rule's: it cannot be typed
over; choose no rule for a date of your own.

A `ValidationError` from the core is shown under the field it names. On success
`deadline_added(int)` is emitted with the new deadline's id and the dialog closes.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.errors import CasefileError, ValidationError
from casefile.rules.calendars import EU_MEMBER_STATES
from casefile.rules.deadlines import (
    DEFAULT_EU_MEMBER_STATE,
    DeadlineResult,
    DeadlineRule,
    DeadlineSettings,
    compute_deadline,
    shipped_rule_book,
)
from casefile.store.rows import CaseDetail
from casefile.ui import errors, labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.deadline_editor_ui import Ui_DeadlineEditor

if TYPE_CHECKING:
    from casefile.store.archive import Archive

DEFAULT_REMINDERS = (7, 1)  # services.records.add_deadline's


def _reminders_text(days: tuple[int, ...]) -> str:
    return ", ".join(str(d) for d in days)


class DeadlineEditor(WriteDialog):
    """Add a deadline to `case` in `archive`."""

    deadline_added = Signal(int)  # the new deadline's id

    changes = frozenset({Changed.DEADLINES})

    def saved_message(self, result: object) -> str:
        return self.tr("Added a deadline to %s.") % self.case.reference

    def __init__(self, archive: Archive, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeadlineEditor()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.added: int | None = None
        self.settings = DeadlineSettings()  # DOMAIN.md's defaults until the archive's are read
        self.computed: DeadlineResult | None = None  # the rule's computation shown
        self._auto_title = ""  # what the rule filled in, replaced when another rule is chosen
        self._auto_reminders = _reminders_text(DEFAULT_REMINDERS)
        self._typed_explanation = ""  # kept while a rule's explanation is shown
        self._settings_note = ""  # said when the archive's rule settings could not be read
        ui = self.ui
        self.setWindowTitle(self.tr("Add Deadline to %s") % case.reference)
        ui.caseLabel.setText(f"{case.reference} · {case.title}")
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        muted = "color: palette(placeholder-text);"
        for label in (ui.introLabel, ui.ruleInfoLabel, ui.remindersHint):
            label.setStyleSheet(muted)
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
        self._fill_proceedings()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add Deadline"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        fields: dict[str, QWidget] = {
            "title": ui.titleEdit,
            "rule_id": ui.ruleCombo,
            "counted_from": ui.triggerEdit,
            "due_on": ui.dueEdit,
            "explanation": ui.explanationEdit,
            "reminder_days": ui.remindersEdit,
            "proceeding_id": ui.proceedingCombo,
        }
        self._errors = FieldErrors(self, ui.formLayout, fields, ui.errorLabel)
        ui.ruleCombo.currentIndexChanged.connect(lambda _i: self._rule_changed())
        ui.triggerEdit.dateChanged.connect(lambda _d: self._recompute())
        ui.memberStateCombo.currentIndexChanged.connect(lambda _i: self._recompute())
        self._rule_changed()
        self._read_settings()
        ui.titleEdit.setFocus()

    # --- filling -------------------------------------------------------------------------

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

    def _fill_proceedings(self) -> None:
        combo = self.ui.proceedingCombo
        combo.addItem(self.tr("None — the case as a whole"), None)
        for proceeding in self.case.proceedings:
            where = " ".join(x for x in (proceeding.authority, proceeding.authority_ref) if x)
            text = labels.label(proceeding.route)
            combo.addItem(f"{text} · {where}" if where else text, proceeding.id)
        self.ui.proceedingLabel.setVisible(bool(self.case.proceedings))
        combo.setVisible(bool(self.case.proceedings))

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
        """Add the deadline in the background; the dialog closes when it is saved."""
        if self.saving:
            return
        self._errors.clear_all()
        ui = self.ui
        if not ui.titleEdit.text().strip():  # the core checks too; answer at once
            self.show_error(ValidationError("title", "is required"))
            return
        rule = self.rule()
        if rule is not None and self.computed is None:
            self._recompute()  # shows why the rule cannot count from this day
            return
        archive, reference = self._archive, self.case.reference
        values = {
            "title": ui.titleEdit.text(),
            "due_on": self.due_on(),
            "rule_id": rule.id if rule is not None else "",
            "explanation": ui.explanationEdit.toPlainText(),
            "reminder_days": self.reminder_days(),
            "proceeding_id": ui.proceedingCombo.currentData(),
        }

        def write(_ctx: tasks.TaskContext) -> int:
            from casefile.services.records import add_deadline

            return add_deadline(archive, reference, **values)  # type: ignore[arg-type]

        self._start_write(write, self.tr("Adding deadline"), self._saved)

    def _saved(self, deadline_id: int) -> None:
        self.added = deadline_id
        self.deadline_added.emit(deadline_id)
        self.accept()

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

    # --- errors --------------------------------------------------------------------------

    def show_error(self, exc: CasefileError) -> None:
        self._errors.show(exc)

    def error_for(self, field: str) -> str:
        return self._errors.error_for(field)

    @property
    def general_error(self) -> str:
        return self._errors.general_error
