"""The party editor and the party link dialog: compose `forms/party_editor.ui` and
`forms/party_link.ui`. A party of a case (an infringer, the rights holder, an agent, a platform,
a witness) with its identifiers: credit code, shop and seller IDs, URLs and domains, phones,
e-mail and postal addresses, WeChat IDs.

The editor adds a party through `services.parties.add_party_to_case`, or corrects one, its role
in the case and its identifiers at once through `update_party_in_case` (an identifier removed
from the list is removed with the save, audited). While identifiers are typed it reads in the
background who has them already (`identifier_matches`): "Seen before in CF-2025-0007 (Shenzhen
Fastwheel Trading)", with a button that links that party to the case instead of entering it a
second time (`link_party`): the repeat infringer is then one record, in both cases.

The link dialog finds a known party by name or identifier (`find_parties`) and links it.
Unlinking (the tab's Unlink) takes the party out of the case in that role; its record stays in
the archive and in its other cases (`remove_party_link`).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QWidget,
)

from casefile.domain import IdentifierKind, PartyKind, PartyRole
from casefile.errors import CasefileError, ValidationError
from casefile.store.rows import CaseDetail, CasePartyRow, IdentifierMatch, IdentifierRow
from casefile.ui import errors, labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dialogs.field_errors import INVALID_CSS
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.party_editor_ui import Ui_PartyEditor
from casefile.ui.forms.party_link_ui import Ui_PartyLinkDialog
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType
from casefile.ui.widgets.detail_html import Theme

if TYPE_CHECKING:
    from casefile.store.archive import Archive

READ_DELAY_MS = 300  # typing an identifier or a search: read once it settles
MATCHES_SHOWN = 5  # parties named under the identifiers; more: "and N more"
# The identifier a new row of each kind of party most often has.
FIRST_IDENTIFIER = {
    PartyKind.COMPANY: IdentifierKind.CREDIT_CODE,
    PartyKind.SHOP: IdentifierKind.SHOP_ID,
    PartyKind.WEBSITE: IdentifierKind.DOMAIN,
    PartyKind.PERSON: IdentifierKind.PHONE,
    PartyKind.NETWORK: IdentifierKind.OTHER,
}
PLACEHOLDERS = {
    IdentifierKind.CREDIT_CODE: "91330782MA2K3X7Y4P",
    IdentifierKind.SHOP_ID: "taobao-58812077",
    IdentifierKind.SELLER_ID: "A3K9XQ2P7L1M",
    IdentifierKind.URL: "https://shop.example.com/item/42",
    IdentifierKind.DOMAIN: "example.com",
    IdentifierKind.PHONE: "+86 138 0013 8000",
    IdentifierKind.ADDRESS: "浙江省金华市…",
    IdentifierKind.EMAIL: "sales@example.com",
    IdentifierKind.WECHAT: "wxid_…",
}


def _fill_combo(combo: QComboBox, codes: type[PartyKind] | type[PartyRole]) -> None:
    for code in codes:
        combo.addItem(labels.label(code.value), code.value)


def _select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def _identifier_text(identifier: IdentifierRow) -> str:
    return f"{labels.label(identifier.kind)} {identifier.value}"


@dataclass
class IdentifierLine:
    """One row of the identifiers table: its kind, its value and the stored identifier it
    corrects (None: a new one)."""

    kind: QComboBox
    value: QLineEdit
    remove: QToolButton
    stored_id: int | None = None


class PartyEditor(RecordDialog[CasePartyRow]):
    form = Ui_PartyEditor
    changes = frozenset({Changed.PARTIES})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Party to %s") % self.case.reference
        return self.tr("Edit Party — %s") % self.record.party.name

    def saved_message(self, result: object) -> str:
        if self._linked is not None:
            return (
                self.tr("Linked %1 to %2: one record, in every case it is in.")
                .replace("%1", self._linked)
                .replace("%2", self.case.reference)
            )
        name = self.ui.nameEdit.text().strip()
        text = self.tr("Saved %1 in %2.") if self.editing else self.tr("Added %1 to %2.")
        return text.replace("%1", name).replace("%2", self.case.reference)

    # --- the fields ----------------------------------------------------------------------------

    def setup(self) -> None:
        ui = self.ui
        self.lines: list[IdentifierLine] = []
        self.matches: tuple[IdentifierMatch, ...] = ()
        self._linked: str | None = None  # the party linked instead, once done
        self._sent: list[int] = []  # the table row of each identifier sent to the service
        self._match_task: tasks.Task[Any] | None = None
        self._next_name = 0
        ui.introLabel.setText(
            self.tr(
                "Record every identifier you have: a shop or seller ID, a credit code, a phone, "
                "a website. Casefile looks each one up as you type and tells you when this party "
                "is already known from another case."
            )
        )
        _fill_combo(ui.kindCombo, PartyKind)
        _fill_combo(ui.roleCombo, PartyRole)
        _select(ui.kindCombo, PartyKind.COMPANY.value)
        ui.countryEdit.setMaxLength(2)
        ui.countryEdit.setMaximumWidth(80)
        if self.case.jurisdictions:
            ui.countryEdit.setText(self.case.jurisdictions[0])
        table = ui.identifiersTable
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Value"), ""])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(0, 150)
        table.setColumnWidth(2, 34)
        table.verticalHeader().setDefaultSectionSize(32)
        ui.addIdentifierButton.clicked.connect(lambda: self.add_identifier_line(focus=True))
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._party_kind_changed())
        ui.seenTitleLabel.setText("")
        ui.formLayout.setRowVisible(ui.seenFrame, False)
        self._read_timer = tasks.settle_timer(self, READ_DELAY_MS, self.read_matches)
        if self.record is None:
            self.add_identifier_line()
        ui.nameEdit.setFocus()

    def fill(self, record: CasePartyRow) -> None:
        ui = self.ui
        party = record.party
        ui.nameEdit.setText(party.name)
        _select(ui.kindCombo, party.kind)
        _select(ui.roleCombo, record.role)
        ui.countryEdit.setText(party.country)
        ui.notesEdit.setPlainText(party.notes)
        for identifier in party.identifiers:
            self.add_identifier_line(identifier.kind, identifier.value, identifier.id)
        others = ", ".join(record.other_cases)
        if others:
            ui.introLabel.setText(
                self.tr(
                    "Also in %s: a change to its name, kind, country, notes or identifiers is a "
                    "change there too. Its role is this case's own."
                )
                % others
            )

    def add_identifier_line(
        self,
        kind: str | None = None,
        value: str = "",
        stored_id: int | None = None,
        focus: bool = False,
    ) -> IdentifierLine:
        """A row in the identifiers table (the Add Identifier button; a stored identifier)."""
        table = self.ui.identifiersTable
        row = table.rowCount()
        table.insertRow(row)
        self._next_name += 1
        combo = QComboBox()
        combo.setObjectName(f"identifierKind{self._next_name}")
        for code in IdentifierKind:
            combo.addItem(labels.label(code.value), code.value)
        party_kind = PartyKind(self.ui.kindCombo.currentData())
        _select(combo, kind or FIRST_IDENTIFIER[party_kind].value)
        edit = QLineEdit(value)
        edit.setCursorPosition(0)  # a long URL shows its beginning
        edit.setObjectName(f"identifierValue{self._next_name}")
        edit.setFrame(False)
        remove = QToolButton()
        remove.setObjectName(f"identifierRemove{self._next_name}")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this identifier (when you save)"))
        line = IdentifierLine(combo, edit, remove, stored_id)
        table.setCellWidget(row, 0, combo)
        table.setCellWidget(row, 1, edit)
        table.setCellWidget(row, 2, remove)
        self.lines.append(line)
        self._placeholder(line)
        combo.currentIndexChanged.connect(lambda _i: self._line_changed(line, kind_changed=True))
        edit.textChanged.connect(lambda _t: self._line_changed(line))
        remove.clicked.connect(lambda: self.remove_identifier_line(line))
        if focus:
            edit.setFocus()
        return line

    def _party_kind_changed(self) -> None:
        """A new row still empty offers the identifier this kind of party most often has."""
        first = FIRST_IDENTIFIER[PartyKind(self.ui.kindCombo.currentData())]
        for line in self.lines:
            if line.stored_id is None and not line.value.text():
                _select(line.kind, first.value)

    def remove_identifier_line(self, line: IdentifierLine) -> None:
        """The row's ✕: the identifier goes from the list (from the archive when saved)."""
        row = self.lines.index(line)
        self.lines.pop(row)
        self.ui.identifiersTable.removeRow(row)
        self._errors.clear("identifiers")
        self._read_timer.start()

    def _placeholder(self, line: IdentifierLine) -> None:
        line.value.setPlaceholderText(
            self.tr("e.g. %s") % PLACEHOLDERS.get(IdentifierKind(line.kind.currentData()), "…")
        )

    def _line_changed(self, line: IdentifierLine, kind_changed: bool = False) -> None:
        if kind_changed:
            self._placeholder(line)
        if line.value.property("invalid"):
            line.value.setStyleSheet("")
            line.value.setProperty("invalid", False)
            self._errors.clear("identifiers")
        self._read_timer.start()

    def _fit(self) -> None:
        """Grow to show what was added (matches, an error) rather than squeeze the table; the
        wrapped labels' heights are not in the layout's minimum, so it is asked for them."""
        layout = self.ui.dialogLayout
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - 60)
        if need > self.height():
            self.resize(self.width(), need)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.nameEdit,
            "kind": ui.kindCombo,
            "role": ui.roleCombo,
            "new_role": ui.roleCombo,
            "country": ui.countryEdit,
            "identifiers": ui.identifiersTable,
            "notes": ui.notesEdit,
        }

    def _busy_widgets(self) -> list[QWidget]:
        return [*super()._busy_widgets(), self.ui.addIdentifierButton, self.ui.seenFrame]

    def values(self) -> dict[str, object]:
        """The identifiers as typed; a new row left empty is not sent (a stored one emptied
        is, and refused: its ✕ removes it)."""
        ui = self.ui
        sent = [
            row
            for row, line in enumerate(self.lines)
            if line.stored_id is not None or line.value.text().strip()
        ]
        self._sent = sent
        return {
            "name": ui.nameEdit.text(),
            "kind": ui.kindCombo.currentData(),
            "country": ui.countryEdit.text().strip(),
            "notes": ui.notesEdit.toPlainText(),
            "role": ui.roleCombo.currentData(),
            "identifiers": [
                (self.lines[row].kind.currentData(), self.lines[row].value.text()) for row in sent
            ],
            "identifier_ids": [self.lines[row].stored_id for row in sent],
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import parties

        draft = parties.PartyDraft(
            name=values["name"],
            kind=values["kind"],
            country=values["country"],
            notes=values["notes"],
            identifiers=values["identifiers"],  # type: ignore[arg-type]
        )
        if self.record is None:
            return parties.add_party_to_case(archive, self.case.reference, draft, values["role"])
        return parties.update_party_in_case(
            archive,
            self.case.reference,
            self.record.party.id,
            draft,
            self.record.role,
            values["role"],
            values["identifier_ids"],  # type: ignore[arg-type]
        )

    def show_error(self, exc: CasefileError) -> None:
        """An identifier refused is shown under the table, naming its row, whose value is
        marked and gets the focus."""
        if not (isinstance(exc, ValidationError) and exc.field.startswith("identifiers[")):
            super().show_error(exc)
            return
        index = int(exc.field.split("[", 1)[1].split("]", 1)[0])
        row = self._sent[index] if index < len(self._sent) else len(self.lines) - 1
        line = self.lines[row]
        where = (
            self.tr("row %1 (%2)")
            .replace("%1", str(row + 1))
            .replace("%2", labels.label(line.kind.currentData()))
        )
        reason = errors.reason_of(exc)  # already in the interface's language, as `where` is
        super().show_error(
            ValidationError("identifiers", "{where}: {reason}", where=where, reason=reason)
        )
        line.value.setStyleSheet(f"QLineEdit {{ {INVALID_CSS} }}")
        line.value.setProperty("invalid", True)
        self.ui.identifiersTable.scrollTo(self.ui.identifiersTable.model().index(row, 1))
        line.value.setFocus()
        self._fit()

    # --- seen before -------------------------------------------------------------------------

    def read_matches(self) -> None:
        """Read in the background which known parties have an identifier as typed."""
        if self._match_task is not None:
            self._match_task.cancel()
        typed = [
            (line.kind.currentData(), line.value.text().strip())
            for line in self.lines
            if line.value.text().strip()
        ]
        if not typed:
            self._show_matches(())
            return
        archive, case_id = self._archive, self.case.id
        own = self.record.party.id if self.record is not None else None

        def read(_ctx: tasks.TaskContext) -> tuple[IdentifierMatch, ...]:
            from casefile.services.parties import identifier_matches

            found: dict[int, IdentifierMatch] = {}
            for kind, value in typed:
                for match in identifier_matches(archive, kind, value, case_id):
                    if match.party.id == own:
                        continue
                    known = found.get(match.party.id)
                    if known is not None:
                        matched = (
                            *known.matched,
                            *(m for m in match.matched if m not in known.matched),
                        )
                        match = IdentifierMatch(
                            match.party, matched, match.cases, match.in_this_case
                        )
                    found[match.party.id] = match
            # parties of other cases first, then those in no case, then this case's own
            return tuple(
                sorted(found.values(), key=lambda m: (m.in_this_case, not m.cases, m.party.name))
            )

        self._match_task = tasks.run_task(
            read,
            on_success=self._show_matches,
            on_failure=lambda _exc: self._show_matches(()),  # a hint only: typing goes on
            parent=self,
            label=self.tr("Looking up identifiers"),
        )

    def _show_matches(self, matches: tuple[IdentifierMatch, ...]) -> None:
        self.matches = matches
        frame, layout = self.ui.seenFrame, self.ui.seenLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        layout.setSpacing(6)
        self.ui.formLayout.setRowVisible(frame, bool(matches))
        if not matches:
            return
        theme = Theme.from_palette(self.palette())
        frame.setStyleSheet(
            f"QFrame#seenFrame {{ background: {theme.danger_bg}; border: 1px solid "
            f"{theme.danger}; border-radius: 4px; }} QLabel {{ border: none; }}"
        )
        for match in matches[:MATCHES_SHOWN]:
            row = QWidget(frame)
            grid = QGridLayout(row)
            grid.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self._match_html(match), row)
            label.setObjectName("seenLabel")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, 0, 0)
            grid.setColumnStretch(0, 1)
            if self.record is None and not match.in_this_case:
                button = QPushButton(self.tr("Link This Case to That Party Instead"), row)
                button.setObjectName("linkInsteadButton")
                button.setToolTip(
                    self.tr(
                        "Adds %s to this case in the role chosen above, instead of entering "
                        "it again: its identifiers and cases stay one record."
                    )
                    % match.party.name
                )
                button.clicked.connect(lambda _c=False, m=match: self.link_instead(m))
                grid.addWidget(button, 0, 1, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(row)
            row.show()  # now, not when the layout gets to it: the user reads it at once
        if len(matches) > MATCHES_SHOWN:
            more = QLabel(
                self.tr("and %s more parties with these identifiers")
                % f"{len(matches) - MATCHES_SHOWN:,}",
                frame,
            )
            more.setObjectName("seenLabel")
            layout.addWidget(more)
            more.show()
        self._fit()

    def _match_html(self, match: IdentifierMatch) -> str:
        name = f"<b>{escape(match.party.name)}</b>"
        if match.in_this_case:
            head = escape(self.tr("Already a party of this case: %s")).replace("%s", name)
        elif match.cases:
            head = (
                escape(self.tr("Seen before in %1 (%2)"))
                .replace("%1", f"<b>{escape(', '.join(match.cases))}</b>")
                .replace("%2", name)
            )
        else:
            head = escape(self.tr("Known party, in no case now: %s")).replace("%s", name)
        shared = ", ".join(_identifier_text(i) for i in match.matched)
        detail = escape(self.tr("same %s")) % escape(shared) if shared else ""
        return f"{head}<br/><span style='font-size: small'>{detail}</span>"

    def seen_text(self) -> str:
        """What the seen-before box says, as plain text (what a user reads; for tests)."""
        if not self.ui.seenFrame.isVisibleTo(self):
            return ""
        from PySide6.QtGui import QTextDocument

        texts = []
        for label in self.ui.seenFrame.findChildren(QLabel, "seenLabel"):
            document = QTextDocument()
            document.setHtml(label.text())
            texts.append(document.toPlainText())
        return "\n".join(texts)

    def link_instead(self, match: IdentifierMatch) -> None:
        """Link the party seen before to this case, in the role chosen, instead of adding the
        one typed: one write, then the dialog closes as after a save."""
        if self.saving:
            return
        self._errors.clear_all()
        archive, reference = self._archive, self.case.reference
        party_id, role = match.party.id, self.ui.roleCombo.currentData()
        self._linked = match.party.name

        def write(_ctx: tasks.TaskContext) -> object:
            from casefile.services.parties import link_party

            return link_party(archive, reference, party_id, role)

        self._start_write(write, self.tr("Linking"), self._written)


class PartyLinkDialog(RecordDialog[None]):
    """Link Existing Party…: a party already in the archive, found by name or identifier."""

    form = Ui_PartyLinkDialog
    changes = frozenset({Changed.PARTIES})

    def title(self) -> str:
        return self.tr("Link Existing Party to %s") % self.case.reference

    def ok_text(self) -> str:
        return self.tr("Link")

    def saved_message(self, result: object) -> str:
        name = result.party.name if isinstance(result, CasePartyRow) else ""
        return self.tr("Linked %1 to %2.").replace("%1", name).replace("%2", self.case.reference)

    def setup(self) -> None:
        ui = self.ui
        self.found: tuple[IdentifierMatch, ...] = ()
        self._search_task: tasks.Task[Any] | None = None
        self._here = {(p.party.id, p.role) for p in self.case.parties}
        ui.introLabel.setText(
            self.tr(
                "An infringer of an earlier case, the rights holder, an agent you work with: "
                "linking keeps one record of the party, its identifiers and all its cases."
            )
        )
        _fill_combo(ui.roleCombo, PartyRole)
        ui.resultsList.setSpacing(3)
        self._search_timer = tasks.settle_timer(self, READ_DELAY_MS, self.search)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.resultsList.itemDoubleClicked.connect(lambda _item: self.save())
        ui.searchEdit.setFocus()

    def fill(self, record: None) -> None:
        """Nothing to fill: a link is only made, never edited."""

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"search": ui.searchEdit, "party_id": ui.resultsList, "role": ui.roleCombo}

    def search(self) -> None:
        """Read in the background the known parties matching the search text."""
        if self._search_task is not None:
            self._search_task.cancel()
        archive, text, case_id = self._archive, self.ui.searchEdit.text(), self.case.id

        def read(_ctx: tasks.TaskContext) -> tuple[IdentifierMatch, ...]:
            from casefile.services.parties import find_parties

            return find_parties(archive, text, case_id)

        self._search_task = tasks.run_task(
            read,
            on_success=self._show_found,
            parent=self,
            label=self.tr("Finding parties"),
        )

    def _show_found(self, found: tuple[IdentifierMatch, ...]) -> None:
        self.found = found
        results = self.ui.resultsList
        results.clear()
        for match in found:
            party = match.party
            facts = [labels.label(party.kind)]
            if match.cases:
                facts.append(self.tr("in %s") % ", ".join(match.cases))
            elif not match.in_this_case:
                facts.append(self.tr("in no case now"))
            if match.in_this_case:
                facts.append(self.tr("already in this case"))
            shown = match.matched or party.identifiers[:2]
            if shown:
                facts.append(", ".join(_identifier_text(i) for i in shown))
            item = QListWidgetItem(f"{party.name}\n{' · '.join(facts)}")
            item.setData(Qt.ItemDataRole.UserRole, party.id)
            item.setToolTip("\n".join(_identifier_text(i) for i in party.identifiers) or party.name)
            results.addItem(item)
        if len(found) == 1:
            results.setCurrentRow(0)
        if not found and self.ui.searchEdit.text().strip():
            item = QListWidgetItem(self.tr("No known party has this name or identifier."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            results.addItem(item)

    def values(self) -> dict[str, object]:
        item = self.ui.resultsList.currentItem()
        party_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return {"party_id": party_id, "role": self.ui.roleCombo.currentData()}

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services.parties import link_party

        party_id, role = values["party_id"], values["role"]
        if not isinstance(party_id, int):
            raise ValidationError("party_id", "is not chosen: type a name or identifier, pick one")
        if (party_id, role) in self._here:
            raise ValidationError("role", "is already this party's role in this case")
        return link_party(archive, self.case.reference, party_id, role)


# --- the Parties tab's links -------------------------------------------------------------------


def _find(detail: CaseDetail, link_id: int) -> tuple[object, object] | None:
    found = next((p for p in detail.parties if p.link_id == link_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, link_id: int) -> str:
    found = next((p for p in detail.parties if p.link_id == link_id), None)
    name = found.party.name if found is not None else ""
    return (
        QCoreApplication.translate(
            "PartyEditor",
            "the party “%s” (its record stays in the archive, with its identifiers and its "
            "other cases)",
        )
        % name
    )


def _remove(archive: Archive, link_id: int) -> object:
    from casefile.services.parties import remove_party_link

    return remove_party_link(archive, link_id)


def _nowhere(_detail: CaseDetail, _record_id: int) -> tuple[object, object] | None:
    return None  # a link is made, not edited: unlinking is the party's own link


PARTY = RecordType(RecordKind.PARTY, PartyEditor, PartyEditor.changes, _find, _describe, _remove)
PARTY_LINK = RecordType(
    RecordKind.PARTY_LINK,
    PartyLinkDialog,
    PartyLinkDialog.changes,
    _nowhere,
    _describe,
    None,
)
