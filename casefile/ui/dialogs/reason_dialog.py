"""A dialog that asks why, before a change that needs a reason on record: waiving a deadline
(`deadline_editor.WaiveDeadlineDialog`), withdrawing an exhibit
(`exhibit_editor.WithdrawExhibitDialog`). Composes `forms/reason_dialog.ui`: what is changed, what
follows from it, and the reason, which the core requires (an empty one is refused under it)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.reason_dialog_ui import Ui_ReasonDialog

R = TypeVar("R")


class ReasonDialog(RecordDialog[R]):
    """A subclass says what is changed (`title`, `intro`), offers a hint of what reasons look
    like (`placeholder`), names its button (`ok_text`) and writes (`write`)."""

    form = Ui_ReasonDialog

    def intro(self) -> str:
        raise NotImplementedError

    def placeholder(self) -> str:
        return ""

    def setup(self) -> None:
        self.ui.introLabel.setText(self.intro())
        self.ui.reasonEdit.setPlaceholderText(self.placeholder())
        self.ui.reasonEdit.setFocus()

    def fill(self, record: R) -> None:
        """Nothing to fill: the reason is new each time."""

    def fields(self) -> dict[str, QWidget]:
        return {"reason": self.ui.reasonEdit}

    def values(self) -> dict[str, object]:
        return {"reason": self.ui.reasonEdit.toPlainText()}
