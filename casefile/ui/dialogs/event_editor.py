"""The event editor: composes `forms/event_editor.ui`. A dated event on a proceeding (a customs
notice, a detention, a raid, a penalty decision, a judgment served…), added through
`services.proceedings.add_event` or corrected through `update_event`; either way the
proceeding's statutory deadlines are generated or recounted in the same transaction.

Before saving, the dialog shows what the event would start ("This detention starts: Customs
decides whether the goods infringe, due 2027-01-19 — 30 working days, Art 20"), read in the
background from `services.proceedings.preview_event_deadlines` as the kind or date changes,
and which open deadlines saving it would meet ("Saving this bond posted meets: Apply for
detention … (due 2026-03-05)", `preview_met_deadlines`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from casefile.domain import ProceedingEventKind as K
from casefile.domain import Route
from casefile.errors import CasefileError
from casefile.store.rows import CaseDetail, ProceedingEventRow, ProceedingRow
from casefile.ui import errors, labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.event_editor_ui import Ui_EventEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.services.proceedings import MetPreview, PreviewDeadline
    from casefile.store.archive import Archive

# The events of each route, offered first (in the order they happen); the others follow.
ROUTE_EVENTS: dict[Route, tuple[K, ...]] = {
    Route.PLATFORM: (K.NOTICE_SENT, K.TAKEDOWN, K.COUNTER_NOTICE),
    Route.CUSTOMS: (
        K.APPLICATION_GRANTED,
        K.CUSTOMS_NOTICE,
        K.DETENTION_APPLIED,
        K.BOND_POSTED,
        K.DETENTION,
        K.DECLARANT_OBJECTION,
        K.INVESTIGATION_RESULT,
        K.RELEASE,
        K.PENALTY_DECISION,
    ),
    Route.ADMINISTRATIVE: (K.COMPLAINT_FILED, K.RAID, K.PENALTY_DECISION, K.REFERRAL),
    Route.CIVIL: (
        K.SUIT_FILED,
        K.INJUNCTION,
        K.BOND_POSTED,
        K.HEARING,
        K.JURISDICTION_RULING_SERVED,
        K.JUDGMENT_SERVED,
        K.APPEAL_FILED,
        K.REMANDED,
    ),
    Route.CRIMINAL: (
        K.REFERRAL,
        K.CASE_FILED_BY_POLICE,
        K.PROSECUTION,
        K.HEARING,
        K.JUDGMENT_SERVED,
        K.APPEAL_FILED,
    ),
}
PREVIEW_DELAY_MS = 200  # typing a date: read once it settles
WARNING_COLOUR = "#a15c00"  # detail_html.Theme.warn


class EventEditor(RecordDialog[ProceedingEventRow]):
    """`within`: the proceeding (a ProceedingRow) the event is on."""

    form = Ui_EventEditor
    changes = frozenset({Changed.PROCEEDINGS, Changed.DEADLINES})
    within: ProceedingRow

    def title(self) -> str:
        where = labels.label(self.within.route)
        if self.record is None:
            return self.tr("Add Event — %s") % where
        return self.tr("Edit Event — %s") % where

    def saved_message(self, result: object) -> str:
        text = (
            self.tr("Saved the event in %s.") if self.editing else self.tr("Added an event to %s.")
        )
        return text % self.case.reference

    def setup(self) -> None:
        ui = self.ui
        self.preview: tuple[PreviewDeadline, ...] = ()
        self._preview_task: tasks.Task[Any] | None = None
        authority = f" · {self.within.authority}" if self.within.authority else ""
        ui.caseLabel.setText(
            f"{self.case.reference} · {labels.label(self.within.route)}{authority}"
        )
        ui.introLabel.setText(
            self.tr(
                "The date is the day it happened or was served on you: statutory periods count "
                "from it."
            )
        )
        route_kinds = ROUTE_EVENTS.get(Route(self.within.route), ())
        for kind in route_kinds:
            ui.kindCombo.addItem(labels.label(kind.value), kind.value)
        others = [k for k in K if k not in route_kinds]
        if route_kinds and others:
            ui.kindCombo.insertSeparator(ui.kindCombo.count())
        for kind in others:
            ui.kindCombo.addItem(labels.label(kind.value), kind.value)
        today = today_qdate()
        ui.occurredOnEdit.setDate(today)
        ui.occurredOnEdit.setMaximumDate(today.addYears(1))
        self._preview_timer = tasks.settle_timer(self, PREVIEW_DELAY_MS, self.read_preview)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        ui.occurredOnEdit.dateChanged.connect(lambda _d: self._preview_timer.start())
        ui.kindCombo.setFocus()
        QTimer.singleShot(0, self.read_preview)

    def fill(self, record: ProceedingEventRow) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(record.kind))
        ui.occurredOnEdit.setDate(qdate(record.occurred_on))
        ui.referenceEdit.setText(record.reference)
        ui.descriptionEdit.setPlainText(record.description)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "kind": ui.kindCombo,
            "occurred_on": ui.occurredOnEdit,
            "reference": ui.referenceEdit,
            "description": ui.descriptionEdit,
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "kind": ui.kindCombo.currentData(),
            "occurred_on": ui.occurredOnEdit.date().toPython(),
            "reference": ui.referenceEdit.text(),
            "description": ui.descriptionEdit.toPlainText(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import proceedings

        kind, day = values["kind"], values["occurred_on"]
        reference, description = values["reference"], values["description"]
        if self.record is None:
            return proceedings.add_event(archive, self.within.id, kind, day, reference, description)
        return proceedings.update_event(archive, self.record.id, kind, day, reference, description)

    # --- what the event would start ----------------------------------------------------------

    def read_preview(self) -> None:
        """Read in the background the deadlines the event as typed would start."""
        if self.ui.occurredOnEdit.problem():
            self._show_preview_text(self.tr("Type a date to see the deadlines it starts."))
            return
        if self._preview_task is not None:
            self._preview_task.cancel()
        archive, proceeding_id = self._archive, self.within.id
        kind = self.ui.kindCombo.currentData()
        day = self.ui.occurredOnEdit.date().toPython()
        replacing = self.record.id if self.record is not None else None

        def read(
            _ctx: tasks.TaskContext,
        ) -> tuple[tuple[PreviewDeadline, ...], tuple[MetPreview, ...]]:
            from casefile.services.proceedings import (
                preview_event_deadlines,
                preview_met_deadlines,
            )

            return (
                preview_event_deadlines(archive, proceeding_id, kind, day, replacing=replacing),
                preview_met_deadlines(archive, proceeding_id, kind, day, replacing=replacing),
            )

        self._preview_task = tasks.run_task(
            read,
            on_success=self._show_preview,
            on_failure=self._preview_failed,
            parent=self,
            label=self.tr("Counting deadlines"),
        )

    def _show_preview(
        self, found: tuple[tuple[PreviewDeadline, ...], tuple[MetPreview, ...]]
    ) -> None:
        preview, meets = found
        self.preview = preview
        kind = labels.label(self.ui.kindCombo.currentData() or "")
        met = ""
        if meets:
            met_items = "".join(
                f"<li><b>{escape(m.title)}</b> ({escape(self.tr('due'))} "
                f"{m.due_on.isoformat()})</li>"
                for m in meets
            )
            met_head = escape(self.tr("Saving this %s meets:") % kind.lower())
            met = f"{met_head}<ul style='margin: 2px 0 0 -20px'>{met_items}</ul>"
        if not preview:
            if met:
                self.ui.previewLabel.setText(met)
                return
            text = self.tr("%s starts no statutory deadline here.") % kind
            self._show_preview_text(text)
            return
        items = "".join(
            f"<li><b>{escape(p.title)}</b>, {escape(self.tr('due'))} "
            f"<b>{p.due_on.isoformat()}</b> — {escape(p.period)}, {escape(p.article)}"
            + "".join(
                f"<br/><span style='color: {WARNING_COLOUR};'>⚠ "
                + escape(self.tr("%s: check the date") % note)
                + "</span>"
                for note in p.notes
            )
            + (f"<br/>✓ {escape(p.met)}" if p.met else "")  # met at once: "Met: appeal filed …"
            + "</li>"
            for p in preview
        )
        head = escape(self.tr("Saving this %s starts:") % kind.lower())
        self.ui.previewLabel.setText(f"{met}{head}<ul style='margin: 2px 0 0 -20px'>{items}</ul>")

    def _preview_failed(self, exc: Exception) -> None:
        reason = (
            errors.describe(exc)
            if isinstance(exc, CasefileError)
            else self.tr("could not be counted")
        )
        self._show_preview_text(self.tr("Deadlines not shown: %s") % reason)

    def _show_preview_text(self, text: str) -> None:
        self.preview = ()
        self.ui.previewLabel.setText(escape(text))

    def preview_text(self) -> str:
        """The preview as plain text (what a user reads; for tests)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.ui.previewLabel.text())
        return document.toPlainText()


def _find(detail: CaseDetail, event_id: int) -> tuple[object, object] | None:
    for proceeding in detail.proceedings:
        for event in proceeding.events:
            if event.id == event_id:
                return event, proceeding
    return None


def _within(detail: CaseDetail, proceeding_id: int | None) -> object:
    return next((p for p in detail.proceedings if p.id == proceeding_id), None)


def _describe(detail: CaseDetail, event_id: int) -> str:
    found = _find(detail, event_id)
    event = found[0] if found else None
    name = (
        f"{labels.label(event.kind)} ({event.occurred_on.isoformat()})"  # type: ignore[attr-defined]
        if event
        else ""
    )
    return (
        QCoreApplication.translate(
            "EventEditor", "the event “%s” and the open deadlines it started"
        )
        % name
    )


def _remove(archive: Archive, event_id: int) -> object:
    from casefile.services.proceedings import remove_event

    return remove_event(archive, event_id)


EVENT = RecordType(
    RecordKind.EVENT, EventEditor, EventEditor.changes, _find, _describe, _remove, _within
)


# lupdate does not read inside f-strings: the words their tr() calls look up, marked here.
_WORDS_IN_F_STRINGS = (QT_TRANSLATE_NOOP("EventEditor", "due"),)
