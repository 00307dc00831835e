"""File › Settings… (Ctrl+,): what a user sets once.

- **General**: the interface's language (switched at once on OK, nothing typed elsewhere lost),
  the name written into the audit trail (empty: the system's login name), and after how many
  days without a backup the status bar reminds to make one (0: never).
- **Bundles**: the language Export Bundle starts with, and whether it signs with the user's own
  certificate (chosen in Export Bundle) by default.
- **Rules of this archive**: DOMAIN.md's open points, answered for the archive open (they travel
  with it): make-up working days, calendar or working days for the transfer provisions' 3-day
  periods, the margin at which suspicion is flagged, and the three readings of the 2025
  Interpretation. Each says its question and source in its tooltip. Changing them is one audited
  write that also recounts the open deadlines they move (`services.rule_settings`).

The user's settings are kept per user and machine (QSettings); the rule answers in the archive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from casefile import actor
from casefile.errors import CasefileError
from casefile.ui import i18n
from casefile.ui.changes import Changed
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.settings_dialog_ui import Ui_SettingsDialog
from casefile.ui.window.language_menu import choose_language

if TYPE_CHECKING:
    from casefile.services.rule_settings import RuleSettings
    from casefile.store.archive import Archive
    from casefile.ui.main_window import MainWindow

# the open points' combos → the RuleSettings field each answers
OPEN_POINT_COMBOS = {
    "itemFourCombo": "half_rule_item_four",
    "topTierCombo": "half_rule_top_tier",
    "repeatCombo": "repeat_top_tier",
}


class SettingsDialog(WriteDialog):
    """Settings for `window`'s user, and for the archive it has open (if any)."""

    changes = frozenset({Changed.DEADLINES, Changed.CRIMINAL})

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.window_ = window
        self.settings = window.settings
        self.archive: Archive | None = window.archive
        self.rules: RuleSettings | None = None  # the archive's answers when opened
        self.language_changed = False
        for hint in (
            self.ui.userNameHint,
            self.ui.certificateHint,
            self.ui.rulesIntro,
        ):
            hint.setStyleSheet("color: palette(placeholder-text);")
        self._errors = FieldErrors(
            self,
            self.ui.rulesLayout,
            {
                "makeup_days_count": self.ui.makeupCheck,
                "transfer_day_basis": self.ui.transferBasisCombo,
                "suspicion_margin_percent": self.ui.marginSpin,
                **{field: getattr(self.ui, combo) for combo, field in OPEN_POINT_COMBOS.items()},
            },
            self.ui.errorLabel,
        )
        self._fill()
        self.retranslate()
        self.ui.buttonBox.accepted.connect(self.save)

    # --- filling -------------------------------------------------------------------------

    def _fill(self) -> None:
        ui, s = self.ui, self.settings
        for code, name in i18n.LANGUAGES.items():
            ui.languageCombo.addItem(name, code)  # named in themselves, never translated
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(i18n.current_language()))
        ui.userNameEdit.setText(s.user_name)
        ui.userNameEdit.setPlaceholderText(actor.default_name())
        ui.backupDaysSpin.setValue(s.backup_reminder_days)
        for code in ("", "en", "zh", "bilingual"):
            ui.bundleLanguageCombo.addItem("", code)
        ui.bundleLanguageCombo.setCurrentIndex(
            max(0, ui.bundleLanguageCombo.findData(s.bundle_language))
        )
        ui.signCheck.setChecked(s.sign_with_certificate and s.bundle_certificate is not None)
        ui.signCheck.setEnabled(s.bundle_certificate is not None)
        for basis in ("calendar_days", "working_days"):
            ui.transferBasisCombo.addItem("", basis)
        self._fill_rules()

    def _fill_rules(self) -> None:
        from casefile.rules.threshold_facts import OPEN_POINTS
        from casefile.services.rule_settings import SETTINGS, rule_settings

        ui = self.ui
        for combo_name, field in OPEN_POINT_COMBOS.items():
            combo: QComboBox = getattr(ui, combo_name)
            for reading, words in OPEN_POINTS[field].readings.items():
                combo.addItem(words, reading)  # DOMAIN.md's words, as the Criminal tab says
            info = SETTINGS[field]
            combo.setToolTip(f"{info.question}\n{info.source}")
        for field, widget in (
            ("makeup_days_count", ui.makeupCheck),
            ("transfer_day_basis", ui.transferBasisCombo),
            ("suspicion_margin_percent", ui.marginSpin),
        ):
            info = SETTINGS[field]
            widget.setToolTip(f"{info.question}\n{info.source}")
        if self.archive is None:
            ui.rulesTab.setEnabled(False)
            return
        try:
            self.rules = rule_settings(self.archive)  # a few rows: read at once
        except CasefileError as exc:  # a stored value that is not acceptable: say which
            self.show_error(exc)
            return
        self._show_rules(self.rules)

    def _show_rules(self, rules: RuleSettings) -> None:
        ui = self.ui
        ui.makeupCheck.setChecked(rules.makeup_days_count)
        ui.transferBasisCombo.setCurrentIndex(
            ui.transferBasisCombo.findData(rules.transfer_day_basis)
        )
        ui.marginSpin.setValue(rules.suspicion_margin_percent)
        for combo_name, field in OPEN_POINT_COMBOS.items():
            combo: QComboBox = getattr(ui, combo_name)
            combo.setCurrentIndex(combo.findData(getattr(rules, field)))

    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Settings"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        ui.userNameHint.setText(
            self.tr(
                "Written into the audit trail with every change you make. Empty: your login "
                "name on this computer (%s)."
            )
            % actor.default_name()
        )
        names = (
            self.tr("As the case's recipient suggests"),
            "English",
            "中文",
            self.tr("Bilingual — English and 中文"),
        )
        for index, name in enumerate(names):
            ui.bundleLanguageCombo.setItemText(index, name)
        certificate = self.settings.bundle_certificate
        ui.certificateHint.setText(
            self.tr("Your certificate: %s") % certificate
            if certificate is not None
            else self.tr("No certificate chosen yet: choose one in Export Bundle (Case menu).")
        )
        ui.backupDaysSpin.setSpecialValueText(self.tr("Never"))
        ui.backupDaysSpin.setSuffix(self.tr(" days after the last backup"))
        ui.transferBasisCombo.setItemText(0, self.tr("Calendar days"))
        ui.transferBasisCombo.setItemText(1, self.tr("Working days"))
        if self.archive is None:
            ui.rulesIntro.setText(self.tr("No archive is open: these are set per archive."))
        else:
            ui.rulesIntro.setText(
                self.tr(
                    "Answers to the open points of DOMAIN.md for “%s”; they travel with the "
                    "archive. Results worked out under each reading stay shown where the law "
                    "is open; changing an answer recounts the open deadlines it moves."
                )
                % self.archive.path.name
            )

    # --- saving --------------------------------------------------------------------------

    def rule_changes(self) -> dict[str, Any]:
        """The answers changed in the Rules tab."""
        if self.rules is None:
            return {}
        ui = self.ui
        now: dict[str, Any] = {
            "makeup_days_count": ui.makeupCheck.isChecked(),
            "transfer_day_basis": ui.transferBasisCombo.currentData(),
            "suspicion_margin_percent": ui.marginSpin.value(),
            **{
                field: getattr(ui, combo).currentData()
                for combo, field in OPEN_POINT_COMBOS.items()
            },
        }
        return {k: v for k, v in now.items() if getattr(self.rules, k) != v}

    def save(self) -> None:
        """The user's settings at once; the archive's answers (if changed) in one write."""
        if self.saving:
            return
        self._errors.clear_all()
        self._apply_user_settings()
        changes = self.rule_changes()
        archive = self.archive
        if not changes or archive is None:
            self.accept()
            return

        def write(_ctx: Any) -> RuleSettings:
            from casefile.services.rule_settings import set_rule_settings

            return set_rule_settings(archive, **changes)

        self._start_write(write, self.tr("Saving the rule settings"), lambda _r: self.accept())

    def _apply_user_settings(self) -> None:
        ui, s = self.ui, self.settings
        name = ui.userNameEdit.text().strip()
        s.user_name = name
        actor.use_name(name)
        s.backup_reminder_days = ui.backupDaysSpin.value()
        s.bundle_language = str(ui.bundleLanguageCombo.currentData() or "")
        if ui.signCheck.isEnabled():
            s.sign_with_certificate = ui.signCheck.isChecked()
        code = str(ui.languageCombo.currentData())
        if code != i18n.current_language():
            choose_language(s, code)
            self.language_changed = True
        s.sync()

    def saved_message(self, result: Any) -> str:
        return self.tr("Rule settings saved; the open deadlines they move were recounted.")

    def _busy_widgets(self) -> list[QWidget]:
        return [self.ui.tabs]

    def show_error(self, exc: CasefileError) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.rulesTab)
        self._errors.show(exc)

    @property
    def error(self) -> str:
        return self._errors.general_error
