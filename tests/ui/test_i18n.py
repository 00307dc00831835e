"""The interface in English and Simplified Chinese: the language switched while the window runs
(View › Language), what dialogs hold kept across a switch, the catalogue complete and shipped."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casefile.paths import resource
from casefile.ui import i18n, labels
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = resource("i18n", "casefile_zh_CN.ts")
QM_FILE = resource("i18n", "casefile_zh_CN.qm")
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and -lrelease sit beside the venv's Python
# as the README's command: the core's N_("…") templates (casefile.words) are read as QT_TR_NOOP
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TR_NOOP+=N_", "-no-obsolete", "-locations", "none"]


@pytest.fixture(autouse=True)
def english_again(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends in English: the translators are process-wide."""
    i18n.set_language(qapp, i18n.ENGLISH)
    yield
    i18n.set_language(qapp, i18n.ENGLISH)


LANGUAGE_MENU = {i18n.ENGLISH: "&Language", i18n.CHINESE: "语言(&L)"}


def _switch(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """View › Language › (code); the windows finish their retranslation on a zero timer."""
    window.language_menu.actions[code].trigger()
    qtbot.waitUntil(lambda: window.language_menu.menu.title() == LANGUAGE_MENU[code])


def test_the_menus_switch_to_chinese_and_back(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    ui = window.ui
    assert ui.menuFile.title() == "&File"
    assert window.language_menu.menu.title() == "&Language"

    _switch(qtbot, window, i18n.CHINESE)

    assert ui.menuFile.title() == "文件(&F)"
    assert ui.menuCase.title() == "案件(&C)"
    assert ui.actionNewCase.text() == "新建案件(&N)…"
    assert ui.actionOpenArchive.text() == "打开档案库(&O)…"
    assert window.language_menu.menu.title() == "语言(&L)"
    assert window.language_menu.actions[i18n.CHINESE].isChecked()
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "编号"
    assert ui.statusFilter.itemText(0) == "全部状态"
    assert settings.language == i18n.CHINESE  # remembered for the next start
    # the languages are named in themselves, whichever is shown
    assert window.language_menu.actions[i18n.ENGLISH].text() == "English"

    _switch(qtbot, window, i18n.ENGLISH)

    assert ui.menuFile.title() == "&File"
    assert ui.actionNewCase.text() == "&New Case…"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Reference"
    assert ui.statusFilter.itemText(0) == "All statuses"
    assert settings.language == i18n.ENGLISH


def test_an_open_dialog_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionNewCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    assert editor is not None
    editor.ui.titleEdit.setText("速达车行 fake X9 scooters")
    editor.ui.brandEdit.setText("Velora")
    editor.ui.summaryEdit.setPlainText("Seen on Taobao; notarised purchase planned.")
    ok = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    cancel = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)

    i18n.set_language(QCoreApplication.instance(), i18n.CHINESE)  # as a Settings dialog would
    qtbot.waitUntil(lambda: ok.text() == "创建案件")

    assert editor.windowTitle() == "新建案件"
    assert cancel.text() == "取消"  # Qt's own words, from qtbase_zh_CN
    assert editor.ui.titleEdit.text() == "速达车行 fake X9 scooters"
    assert editor.ui.brandEdit.text() == "Velora"
    assert editor.ui.summaryEdit.toPlainText() == "Seen on Taobao; notarised purchase planned."
    assert editor.has_changes()

    i18n.set_language(QCoreApplication.instance(), i18n.ENGLISH)
    qtbot.waitUntil(lambda: ok.text() == "Create Case")
    assert editor.windowTitle() == "New Case"
    assert editor.ui.titleEdit.text() == "速达车行 fake X9 scooters"


def test_the_case_shown_is_drawn_again_in_chinese(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    qtbot.waitUntil(lambda: window.ui.detailPane.detail is not None)
    pane = window.ui.detailPane
    evidence_tab = pane.tab_index("evidence")
    assert pane.ui.tabs.tabText(evidence_tab).startswith("Evidence")

    _switch(qtbot, window, i18n.CHINESE)

    qtbot.waitUntil(lambda: pane.ui.tabs.tabText(evidence_tab).startswith("证据"))
    assert pane.ui.tabs.tabText(pane.tab_index("deadlines")).startswith("期限")
    assert "案件" in window.ui.countLabel.text()
    shots = os.environ.get("CASEFILE_I18N_SHOTS")  # a folder: keep a screenshot to look at
    if shots:
        from casefile.ui.app import install_cjk_font

        install_cjk_font(QApplication.instance(), prefer_bundled=True)  # as the app does
        window.resize(1366, 768)
        qtbot.wait(50)
        Path(shots).mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(Path(shots) / "main-window-zh_CN.png"))


def test_dates_and_numbers_follow_the_language(qtbot: QtBot, window: MainWindow) -> None:
    _switch(qtbot, window, i18n.CHINESE)
    assert QLocale().language() == QLocale.Language.Chinese
    assert "年" in QLocale().toString(QDate(2026, 11, 21), QLocale.FormatType.LongFormat)
    assert labels.label("closed") == "已结案"

    _switch(qtbot, window, i18n.ENGLISH)
    assert QLocale().language() == QLocale.Language.English


def test_a_stored_language_is_read_back_and_odd_codes_are_understood(settings: Settings) -> None:
    assert settings.language == ""  # unset: the system's language at start-up
    settings.language = i18n.CHINESE
    assert Settings(settings.backend).language == i18n.CHINESE
    assert i18n.normalise("zh-CN") == i18n.CHINESE
    assert i18n.normalise("zh_TW") == i18n.CHINESE
    assert i18n.normalise("en_GB") == i18n.ENGLISH
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    assert i18n.system_language(chinese) == i18n.CHINESE
    assert i18n.system_language(QLocale(QLocale.Language.German)) == i18n.ENGLISH


def test_the_compiled_catalogue_is_shipped_and_loads() -> None:
    assert QM_FILE.is_file()
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("Labels", "Customs") == "海关"
    assert "resources" in (ROOT / "build.spec").read_text()  # the app bundle carries it too


def _unfinished(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = "".join(translation.itertext()).strip()
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                found.append(f"{name}: {message.findtext('source')!r}")
    return found


def test_every_string_is_translated() -> None:
    assert _unfinished(TS_FILE) == []


@pytest.mark.skipif(not (TOOLS / "pyside6-lupdate").exists(), reason="PySide6 tools not found")
def test_the_catalogue_holds_every_string_of_the_interface(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing untranslated, and the .qm is the .ts compiled:
    a new or changed string fails here until it is translated (README, "Translations")."""
    ts = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, ts)
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "casefile").rglob("*.py")
        if "forms" not in p.parts and "migrations" not in p.parts
    )
    forms = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui"))
    run = [str(TOOLS / "pyside6-lupdate"), *LUPDATE_OPTIONS]
    subprocess.run(
        [*run, *sources, *forms, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True
    )
    assert _unfinished(ts) == []
    qm = tmp_path / QM_FILE.name
    release = [str(TOOLS / "pyside6-lrelease"), str(TS_FILE), "-qm", str(qm)]
    subprocess.run(release, check=True, capture_output=True)
    assert qm.read_bytes() == QM_FILE.read_bytes(), "rebuild the .qm (README, Translations)"


def test_words_translated_inside_f_strings_are_in_the_catalogue() -> None:
    """lupdate does not read f-strings: a tr("…") written inside one must also be marked with
    QT_TRANSLATE_NOOP (the modules' `_WORDS_IN_F_STRINGS`), else it stays in English."""
    sources = {
        message.findtext("source") for message in ET.parse(TS_FILE).getroot().iter("message")
    }
    missing = []
    for path in sorted((ROOT / "casefile" / "ui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if not (isinstance(call, ast.Call) and call.args):
                    continue
                func = call.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                text = call.args[0]
                literal = isinstance(text, ast.Constant) and name in ("tr", "_tr")
                if literal and text.value not in sources:  # type: ignore[attr-defined]
                    missing.append(f"{path.name}:{call.lineno} {text.value!r}")  # type: ignore[attr-defined]
    assert missing == []


def test_a_translation_fills_in_the_same_values_as_its_english() -> None:
    """A template's {fields} are filled from the same values whatever the language: a
    translation that drops, renames or adds one would lose a fact (or fall back to English)."""
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    wrong = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        try:
            expected = fields(source)
        except ValueError:  # not a template: braces of another kind ("{" in a style sheet)
            continue
        try:
            same = fields(translation) == expected
        except ValueError:
            same = False
        if not same:
            wrong.append(f"{source!r} -> {translation!r}")
    assert wrong == []
