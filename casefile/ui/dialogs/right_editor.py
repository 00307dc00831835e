"""The right editor: composes `forms/right_editor.ui`. A trademark, patent, design or copyright the
case enforces (its number where registered, the mark or title, classes, owner, validity), linked
to the case through `services.rights.add_right` (a right already registered, in another case, is
linked rather than entered twice) or corrected through `update_right` (in every case enforcing it).

While a right is added, its kind, jurisdiction and number are looked up in the background as they
are typed (`find_right`): a right already registered is named under the number ("Already
registered, enforced in CF-2026-0003. Saving links it to this case: 飞轮 FASTWHEEL, owner …,
valid to 2036-05-13.") and the details left empty are filled from it, so that Save links it; details
typed that disagree stay as typed (Save refuses them at their field).

Removing a right from a case (`unlink_right`) takes it out of this case only; a right then
enforced in no case leaves the archive with its customs recordals. The question says which.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from casefile.domain import RightKind
from casefile.store.rows import CaseDetail, RightRow
from casefile.ui import labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.record_dialog import OptionalDate, RecordDialog
from casefile.ui.forms.right_editor_ui import Ui_RightEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType
from casefile.ui.widgets.detail_html import Theme

if TYPE_CHECKING:
    from casefile.store.archive import Archive


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr("…") calls there


READ_DELAY_MS = 200  # typing a number: look it up once it settles


def right_name(right: RightRow, in_sentence: bool = False) -> str:
    """ "Trademark CN 12345678 “飞轮 FASTWHEEL”": how a right is named in titles, and within a
    sentence ("the trademark CN …") in questions."""
    kind = labels.label(right.kind)
    if in_sentence:
        kind = kind[:1].lower() + kind[1:]
    name = f"{kind} {right.jurisdiction} {right.number}"
    return f"{name} “{right.title}”" if right.title else name


class RightEditor(RecordDialog[RightRow]):
    form = Ui_RightEditor
    changes = frozenset({Changed.RIGHTS})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Right to %s") % self.case.reference
        return self.tr("Edit Right — %s") % right_name(self.record)

    def saved_message(self, result: object) -> str:
        if self.editing:
            return self.tr("Saved the right in %s.") % self.case.reference
        return self.tr("Linked a right to %s.") % self.case.reference

    def setup(self) -> None:
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "A right this case enforces, as registered. One already registered for another "
                "case is linked to this one, not entered twice; add its customs recordals "
                "afterwards."
            )
        )
        for kind in RightKind:
            ui.kindCombo.addItem(labels.label(kind.value), kind.value)
        ui.jurisdictionEdit.setMaxLength(2)
        if self.case.jurisdictions:
            ui.jurisdictionEdit.setText(self.case.jurisdictions[0])
        today = today_qdate()
        self.valid_from = OptionalDate(ui.validFromCheck, ui.validFromEdit, today)
        self.valid_to = OptionalDate(ui.validToCheck, ui.validToEdit, today.addYears(10))
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.registered: RightRow | None = None  # the right as typed, already registered
        self._hint = ""
        self._filled: dict[str, object] = {}  # the details filled from it, as filled
        self._read_task: tasks.Task[Any] | None = None
        theme = Theme.from_palette(self.palette())
        ui.registeredLabel.setStyleSheet(f"color: {theme.link};")
        ui.formLayout.setRowVisible(ui.registeredLabel, False)
        self._read_timer = tasks.settle_timer(self, READ_DELAY_MS, self.read_registered)
        if self.record is None:
            ui.kindCombo.currentIndexChanged.connect(lambda _i: self._read_timer.start())
            ui.jurisdictionEdit.textChanged.connect(lambda _t: self._read_timer.start())
            ui.numberEdit.textChanged.connect(lambda _t: self._read_timer.start())
        ui.kindCombo.setFocus()

    def _kind_changed(self) -> None:
        """The title's label and the classes' hint follow the kind of right."""
        ui = self.ui
        kind = RightKind(ui.kindCombo.currentData())
        title, classes = {
            RightKind.TRADEMARK: (self.tr("&Mark:"), self.tr("Nice classes, e.g. 12, 28")),
            RightKind.PATENT: (self.tr("&Title:"), self.tr("IPC classes, e.g. B62K 11/00")),
            RightKind.DESIGN: (self.tr("&Product:"), self.tr("Locarno class, e.g. 12-11")),
            RightKind.COPYRIGHT: (self.tr("&Work:"), ""),
        }[kind]
        ui.titleLabel.setText(title)
        ui.classesEdit.setPlaceholderText(classes)
        ui.formLayout.setRowVisible(ui.classesEdit, kind is not RightKind.COPYRIGHT)

    def fill(self, record: RightRow) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(record.kind))
        ui.jurisdictionEdit.setText(record.jurisdiction)
        ui.numberEdit.setText(record.number)
        ui.titleEdit.setText(record.title)
        ui.classesEdit.setText(", ".join(record.classes))
        ui.ownerEdit.setText(record.owner)
        self.valid_from.show(record.valid_from)
        self.valid_to.show(record.valid_to)
        others = [c for c in record.cases if c != self.case.reference]
        if others:
            ui.introLabel.setText(
                self.tr("%s enforce this right too: a correction here shows there as well.")
                % ", ".join(others)
            )

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "kind": ui.kindCombo,
            "jurisdiction": ui.jurisdictionEdit,
            "number": ui.numberEdit,
            "title": ui.titleEdit,
            "classes": ui.classesEdit,
            "owner": ui.ownerEdit,
            "valid_from": ui.validFromEdit,
            "valid_to": ui.validToEdit,
        }

    def _busy_widgets(self) -> list[QWidget]:
        return [*super()._busy_widgets(), self.ui.validFromCheck, self.ui.validToCheck]

    def values(self) -> dict[str, object]:
        ui = self.ui
        with_classes = ui.kindCombo.currentData() != RightKind.COPYRIGHT.value
        return {
            "kind": ui.kindCombo.currentData(),
            "jurisdiction": ui.jurisdictionEdit.text().strip(),
            "number": ui.numberEdit.text(),
            "title": ui.titleEdit.text(),
            "classes": ui.classesEdit.text() if with_classes else "",
            "owner": ui.ownerEdit.text(),
            "valid_from": self.valid_from.day(),
            "valid_to": self.valid_to.day(),
        }

    # --- already registered ------------------------------------------------------------------

    def read_registered(self) -> None:
        """Read in the background whether the right as typed is registered already."""
        if self._read_task is not None:
            self._read_task.cancel()
        ui = self.ui
        typed = (ui.kindCombo.currentData(), ui.jurisdictionEdit.text(), ui.numberEdit.text())
        if not typed[2].strip():
            self._show_registered(None)
            return
        archive = self._archive

        def read(_ctx: tasks.TaskContext) -> RightRow | None:
            from casefile.services.rights import find_right

            return find_right(archive, *typed)

        self._read_task = tasks.run_task(
            read,
            on_success=self._show_registered,
            on_failure=lambda _exc: self._show_registered(None),  # a hint only: typing goes on
            parent=self,
            label=self.tr("Looking up the right"),
        )

    def _show_registered(self, right: RightRow | None) -> None:
        """Name the registered right under the number (one line: the whole in its tooltip) and
        fill the details left empty from it; those filled from a right no longer typed go."""
        self.registered = right
        self._unfill()
        label = self.ui.registeredLabel
        self._hint = self._registered_text(right) if right is not None else ""
        label.setToolTip(self._hint)
        self.ui.formLayout.setRowVisible(label, bool(self._hint))
        self._elide_hint()
        if right is not None:
            self._fill_from(right)

    def _registered_text(self, right: RightRow) -> str:
        if self.case.reference in right.cases:
            return self.tr("Already linked to this case.")
        details = [right.title or right.number]
        if right.owner:
            details.append(self.tr("owner %s") % right.owner)
        if right.valid_to is not None:
            details.append(self.tr("valid to %s") % right.valid_to.isoformat())
        if right.cases:
            # what matters first: the line is elided at its end (the whole in its tooltip), and
            # the details are in the fields below, filled from it
            text = self.tr(
                "Already registered, enforced in %2. Saving links it to this case: %1."
            ).replace("%2", ", ".join(right.cases))
        else:
            text = self.tr("Already registered, in no case now. Saving links it to this case: %1.")
        return text.replace("%1", ", ".join(details))

    def looking_up(self) -> bool:
        """True from a keystroke until the right as typed has been looked up."""
        task = self._read_task
        return self._read_timer.isActive() or (task is not None and task.running)

    def hint_text(self) -> str:
        """What the line under the number says, whole (what a user reads; for tests)."""
        return self._hint if self.ui.registeredLabel.isVisibleTo(self) else ""

    def _elide_hint(self) -> None:
        label = self.ui.registeredLabel
        self.ui.formLayout.activate()  # the label's width, now it shows
        width = max(label.width(), 100)
        label.setText(
            label.fontMetrics().elidedText(self._hint, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._hint:
            QTimer.singleShot(0, self._elide_hint)  # once the layout has the label's width

    def _detail_widgets(self) -> dict[str, tuple[Any, Any]]:
        """Each detail a registered right fills: (what it shows now, how to set it)."""
        ui = self.ui
        return {
            "title": (ui.titleEdit.text, ui.titleEdit.setText),
            "classes": (ui.classesEdit.text, ui.classesEdit.setText),
            "owner": (ui.ownerEdit.text, ui.ownerEdit.setText),
            "valid_from": (self.valid_from.day, self.valid_from.show),
            "valid_to": (self.valid_to.day, self.valid_to.show),
        }

    def _fill_from(self, right: RightRow) -> None:
        registered: dict[str, object] = {
            "title": right.title,
            "classes": ", ".join(right.classes),
            "owner": right.owner,
            "valid_from": right.valid_from,
            "valid_to": right.valid_to,
        }
        for name, (shown, show) in self._detail_widgets().items():
            value = registered[name]
            if value in ("", None) or shown() not in ("", None):
                continue  # nothing registered, or typed by the user: left as it is
            show(value)
            self._filled[name] = value

    def _unfill(self) -> None:
        """Empty again the details filled from a right, unless the user changed them since."""
        widgets = self._detail_widgets()
        for name, value in self._filled.items():
            shown, show = widgets[name]
            if shown() == value:
                show(None if isinstance(value, date) else "")
        self._filled = {}

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import rights

        draft = rights.RightDraft(**values)
        if self.record is None:
            return rights.add_right(archive, draft, self.case.reference)
        return rights.update_right(archive, self.record.id, draft)


def find_right(detail: CaseDetail, right_id: int | None) -> RightRow | None:
    return next((r for r in detail.rights if r.id == right_id), None)


def _find(detail: CaseDetail, right_id: int) -> tuple[object, object] | None:
    found = find_right(detail, right_id)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, right_id: int) -> str:
    right = find_right(detail, right_id)
    if right is None:
        return tr("the right")
    others = [c for c in right.cases if c != detail.reference]
    if others:
        return (
            tr("the %1 (only from this case: %2 enforce it too and keep it, with its recordals)")
            .replace("%1", right_name(right, in_sentence=True))
            .replace("%2", ", ".join(others))
        )
    if right.recordals:
        return (
            tr(
                "the %1 and its %2 customs recordal(s) (no other case enforces it: it leaves "
                "the archive)"
            )
            .replace("%1", right_name(right, in_sentence=True))
            .replace("%2", str(len(right.recordals)))
        )
    return tr("the %1 (no other case enforces it: it leaves the archive)").replace(
        "%1", right_name(right, in_sentence=True)
    )


def _unlink(archive: Archive, reference: str, right_id: int) -> object:
    from casefile.services.rights import unlink_right

    return unlink_right(archive, reference, right_id)


RIGHT = RecordType(
    RecordKind.RIGHT,
    RightEditor,
    RightEditor.changes,
    _find,
    _describe,
    None,
    remove_from_case=_unlink,
)
