"""File › Settings… driven in the real window: the name written into the audit trail, the
interface's language, the bundle language Export Bundle starts with, and the archive's answers
to the open points written (audited, deadlines recounted) or refused; File › Open Recent and
File › New Archive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from casefile import actor
from casefile.services import cases, history
from casefile.services.rule_settings import rule_settings
from casefile.store.archive import Archive
from casefile.ui import i18n
from casefile.ui.dialogs.settings_dialog import SettingsDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.window.recent_archives import MAX_RECENT, remembered


@pytest.fixture(autouse=True)
def _default_name_and_language() -> Iterator[None]:
    yield
    actor.use_name("")
    app = QCoreApplication.instance()
    if app is not None:
        i18n.set_language(app, "en")


def _open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.ui.actionSettings.trigger()
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    return dialog


def _ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_your_name_is_written_into_the_audit_trail(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    dialog = _open_settings(qtbot, window)
    assert dialog.ui.userNameEdit.placeholderText() == actor.default_name()
    dialog.ui.userNameEdit.setText("王律师 Wang")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.settings.user_name == "王律师 Wang"
    case = cases.create_case(archive, cases.CaseDraft(title="Fakes at Yiwu"))
    entries = history.case_history(archive, case.id)
    assert entries and {e.actor for e in entries} == {"王律师 Wang"}
    # the next start writes as the same name
    actor.use_name("")
    MainWindow(window.settings).deleteLater()
    assert actor.current_actor() == "王律师 Wang"


def test_the_language_switches_on_ok(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_settings(qtbot, window)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("zh_CN"))
    _ok(qtbot, dialog)
    QApplication.processEvents()
    assert window.settings.language == "zh_CN"
    assert window.ui.menuFile.title() == "文件(&F)"


def test_the_bundle_language_default_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_settings(qtbot, window)
    combo = dialog.ui.bundleLanguageCombo
    assert combo.currentData() == ""  # the recipient's, until chosen
    combo.setCurrentIndex(combo.findData("bilingual"))
    _ok(qtbot, dialog)
    assert window.settings.bundle_language == "bilingual"
    again = _open_settings(qtbot, window)
    assert again.ui.bundleLanguageCombo.currentData() == "bilingual"
    again.discard()


def test_the_archives_rule_answers_are_written(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    dialog = _open_settings(qtbot, window)
    assert dialog.ui.rulesTab.isEnabled()
    assert dialog.ui.marginSpin.value() == 80
    assert "DOMAIN.md" in dialog.ui.marginSpin.toolTip()
    dialog.ui.marginSpin.setValue(90)
    basis = dialog.ui.transferBasisCombo
    basis.setCurrentIndex(basis.findData("working_days"))
    item_four = dialog.ui.itemFourCombo
    item_four.setCurrentIndex(item_four.findData("each_measure"))
    assert dialog.rule_changes() == {
        "suspicion_margin_percent": 90,
        "transfer_day_basis": "working_days",
        "half_rule_item_four": "each_measure",
    }
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    saved = rule_settings(archive)
    assert (saved.suspicion_margin_percent, saved.transfer_day_basis) == (90, "working_days")
    assert saved.half_rule_item_four == "each_measure"
    assert "Rule settings saved" in window.ui.statusBar.currentMessage()


def test_without_an_archive_the_rules_tab_is_off(qtbot: QtBot, settings: object) -> None:
    from casefile.ui.settings import Settings

    assert isinstance(settings, Settings)
    bare = MainWindow(settings)
    qtbot.addWidget(bare)
    bare.show()
    dialog = _open_settings(qtbot, bare)
    assert not dialog.ui.rulesTab.isEnabled()
    assert dialog.rule_changes() == {}
    dialog.discard()


def test_recent_archives_are_remembered_most_recent_first(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    other = Archive.open(tmp_path / "Other.casefile", create=True)
    other_path = other.path
    other.close()
    window.open_archive(other_path)
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == other_path)
    assert window.settings.recent_archives[:2] == (other_path, archive.path)
    menu = window.recent.menu
    window.recent.rebuild()
    texts = [a.text() for a in menu.actions() if a.data()]
    assert texts[0].startswith("&1 Other.casefile")
    assert texts[1].startswith("&2 Test.casefile")
    first_test = next(a for a in menu.actions() if a.data() == str(archive.path))
    first_test.trigger()
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == archive.path)
    assert window.settings.recent_archives[0] == archive.path


def test_a_gone_archive_is_listed_but_disabled_and_the_list_is_capped(
    window: MainWindow, tmp_path: Path
) -> None:
    gone = tmp_path / "Gone.casefile"
    window.recent.add(gone)
    action = next(a for a in window.recent.menu.actions() if a.data() == str(gone))
    assert not action.isEnabled() and action.text().endswith("(not found)")
    many = ()
    for n in range(MAX_RECENT + 3):
        many = remembered(many, tmp_path / f"A{n}.casefile")
    assert len(many) == MAX_RECENT and many[0] == tmp_path / f"A{MAX_RECENT + 2}.casefile"
    assert remembered(many, many[3])[0] == many[3] and len(remembered(many, many[3])) == MAX_RECENT
    clear = window.recent.menu.findChild(type(action), "actionClearRecent")
    assert clear is not None
    clear.trigger()
    assert window.settings.recent_archives == ()


def test_new_archive_creates_and_opens_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Raids 2027"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "*.casefile")
    )
    window.ui.actionNewArchive.trigger()
    created = tmp_path / "Raids 2027.casefile"
    qtbot.waitUntil(
        lambda: window.archive is not None and window.archive.path == created, timeout=10_000
    )
    assert created.is_dir()
    assert window.settings.recent_archives[0] == created
