"""The case list's filters beyond the status: route, jurisdiction, brand, transfer to the police,
deadline due within N days, tag and counsel, in a panel the Filters button shows under the search
field. Choosing one narrows the list at once (`changed`); the values offered are those the
archive holds (`set_choices`, read off the GUI thread by the case list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from casefile.domain import NO_TRANSFER, Route, TransferStep
from casefile.ui import labels

if TYPE_CHECKING:  # the core's queries are imported once an archive is open, not at start-up
    from casefile.services.case_listing import FilterChoices
    from casefile.services.search import CaseFilters

DUE_WITHIN_DAYS = (0, 7, 30, 90)  # the choices of "Deadline due"; 0: today or overdue


class CaseFilterPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFilterPanel")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.route = self._combo("routeFilter")
        for route in Route:
            self.route.addItem("", route.value)
        self.transfer = self._combo("transferFilter")
        for step in (NO_TRANSFER, *TransferStep):
            self.transfer.addItem("", step)
        self.due = self._combo("dueFilter")
        for days in DUE_WITHIN_DAYS:
            self.due.addItem("", days)
        self.jurisdiction = self._combo("jurisdictionFilter")
        self.brand = self._combo("brandFilter")
        self.tag = self._combo("tagFilter")
        self.counsel = self._combo("counselFilter")
        self._labels: list[QLabel] = []
        for combo in self._combos():
            label = QLabel(self)  # worded by retranslate (an empty text would make no label)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self._labels.append(label)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear)
        form.addRow(self.clear_button)  # spans the row
        self.retranslate()

    def retranslate(self) -> None:
        """Word the labels and the fixed choices in the interface's language (also when it
        changes: the choices made stay)."""
        names = (
            self.tr("&Route:"),
            self.tr("&Jurisdiction:"),
            self.tr("&Brand:"),
            self.tr("&Police transfer:"),
            self.tr("&Deadline due:"),
            self.tr("T&ag:"),
            self.tr("C&ounsel:"),
        )
        for combo, label, name in zip(self._combos(), self._labels, names, strict=True):
            label.setText(name)
            combo.setItemText(0, self.tr("Any"))
        for index in range(1, self.route.count()):
            self.route.setItemText(index, labels.label(self.route.itemData(index)))
        for index in range(1, self.transfer.count()):
            step = self.transfer.itemData(index)
            self.transfer.setItemText(
                index,
                self.tr("No transfer recorded")
                if step == NO_TRANSFER
                else self.tr("Last step: %1").replace("%1", labels.label(step)),
            )
        for index in range(1, self.due.count()):
            days = self.due.itemData(index)
            self.due.setItemText(
                index,
                self.tr("Today or overdue")
                if days == 0
                else self.tr("Within %n days or overdue", "", days),
            )
        self.clear_button.setText(self.tr("C&lear Filters"))

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("Any"), None)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        """The filters, in the panel's order."""
        return (
            self.route,
            self.jurisdiction,
            self.brand,
            self.transfer,
            self.due,
            self.tag,
            self.counsel,
        )

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer the archive's values, keeping each filter's choice while it is still there."""
        for combo, values in (
            (self.jurisdiction, choices.jurisdictions),
            (self.brand, choices.brands),
            (self.tag, choices.tags),
            (self.counsel, choices.counsel),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)
            if combo.currentData() != kept:
                self.changed.emit()  # the value chosen is gone from the archive

    def filters(self, status: str | None) -> CaseFilters:
        from casefile.services.search import case_filters

        return case_filters(
            status=status,
            route=self.route.currentData(),
            jurisdiction=self.jurisdiction.currentData(),
            brand=self.brand.currentData(),
            transfer=self.transfer.currentData(),
            due_within_days=self.due.currentData(),
            tag=self.tag.currentData(),
            counsel=self.counsel.currentData(),
        )

    def active(self) -> int:
        """How many filters are on."""
        return sum(combo.currentIndex() > 0 for combo in self._combos())

    def choose(self, combo: QComboBox, value: object) -> bool:
        """Set a filter to `value` (tests and links); False if the archive has no such value."""
        index = combo.findData(value)
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def clear(self) -> None:
        if not self.active():
            return
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.changed.emit()
