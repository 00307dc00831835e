"""Merge two infringer records found to be the same infringer (`services.infringers.
merge_parties`): counsel choose which record to keep, see what will move, and say why; one
audited write, undone from the Infringers view's Merges tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.errors import CasefileError
from casefile.ui.changes import Changed
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.merge_infringers_ui import Ui_MergeInfringersDialog

if TYPE_CHECKING:
    from casefile.services.infringers import InfringerSummary, MergeResult
    from casefile.store.archive import Archive
    from casefile.store.rows import IdentifierRow


def _key(identifier: IdentifierRow) -> tuple[str, str]:
    """An identifier as `merge_parties` compares it: "0086-139…" and "+86 139 …" are one."""
    from casefile.domain import IdentifierKind
    from casefile.services.identifiers import normalize

    try:
        return identifier.kind, normalize(IdentifierKind(identifier.kind), identifier.value)
    except ValueError:  # a kind this version does not know: compared as written
        return identifier.kind, identifier.value.casefold()


class MergeInfringersDialog(WriteDialog):
    """`first` and `second`: the two records (the one with more cases offered as kept)."""

    changes = frozenset({Changed.PARTIES})

    def __init__(
        self,
        archive: Archive,
        first: InfringerSummary,
        second: InfringerSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeInfringersDialog()
        self.ui.setupUi(self)
        self._archive = archive
        if second.case_count > first.case_count:
            first, second = second, first
        self.first, self.second = first, second
        self.result_merge: MergeResult | None = None
        self.ui.introLabel.setStyleSheet("color: palette(placeholder-text);")
        self._errors = FieldErrors(
            self,
            self.ui.formLayout,
            {"reason": self.ui.reasonEdit},  # a refusal naming a record: above the buttons
            self.ui.errorLabel,
        )
        self.ui.keepFirstRadio.toggled.connect(lambda _on: self._show_moves())
        self.ui.buttonBox.accepted.connect(self.save)
        self.retranslate()
        # wide enough for two long bilingual names on their radio buttons, within a laptop
        wanted = min(self.sizeHint().width(), 960)
        self.resize(max(self.width(), wanted), self.height())
        self.ui.reasonEdit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge Infringer Records"))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setDefault(True)
        self.ui.keepFirstRadio.setText(self._describe(self.first))
        self.ui.keepSecondRadio.setText(self._describe(self.second))
        self._show_moves()

    def _describe(self, party: InfringerSummary) -> str:
        return self.tr("%s (#%d): %d case(s), %d identifier(s)") % (
            party.name,
            party.id,
            party.case_count,
            len(party.identifiers),
        )

    def kept_and_merged(self) -> tuple[InfringerSummary, InfringerSummary]:
        if self.ui.keepFirstRadio.isChecked():
            return self.first, self.second
        return self.second, self.first

    def _show_moves(self) -> None:
        kept, merged = self.kept_and_merged()
        held = {_key(i) for i in kept.identifiers}  # as the merge compares them
        moving = [i.value for i in merged.identifiers if _key(i) not in held]
        cases = [c.reference for c in merged.cases]
        text = self.tr("“%s” is removed; to “%s” move:") % (merged.name, kept.name)
        text += "\n" + self.tr("identifiers: %s") % (", ".join(moving) or self.tr("none new"))
        text += "\n" + self.tr("cases: %s") % (", ".join(cases) or self.tr("none"))
        self.ui.movesLabel.setText(text)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self._errors.clear_all()
        kept, merged = self.kept_and_merged()
        reason = self.ui.reasonEdit.toPlainText()
        archive = self._archive

        def write(_ctx: object) -> MergeResult:
            from casefile.services.infringers import merge_parties

            return merge_parties(archive, kept.id, merged.id, reason=reason)

        self._start_write(write, self.tr("Merging"), self._written)

    def _written(self, result: MergeResult) -> None:
        self.result_merge = result
        self.accept()

    def saved_message(self, result: MergeResult) -> str:
        return self.tr("Merged “%s” into “%s”.") % (result.merged_name, result.kept.name)

    def _busy_widgets(self) -> list[QWidget]:
        return [self.ui.reasonEdit, self.ui.keepBox]

    def show_error(self, exc: CasefileError) -> None:
        self._errors.show(exc)

    @property
    def error(self) -> str:
        return self._errors.general_error

    def error_for(self, field: str) -> str:
        return self._errors.error_for(field)
