"""The interface's language: which translators are installed, the locale dates and numbers are
shown in, and switching both while the app runs.

Casefile ships English (the source text) and Simplified Chinese (`resources/i18n/casefile_zh_CN.qm`,
built from the `.ts` with pyside6-lrelease, see README "Translations"). `set_language(app, code)`
swaps the translators; Qt then sends every widget a `QEvent.LanguageChange`, and the windows and
dialogs answer it with `retranslate_widget` (the compiled form's `retranslateUi`, then the
widget's own `retranslate()` for the words it set in code). Nothing typed into a field is touched:
`retranslateUi` sets labels, titles and tooltips, never a field's value.

Qt's own strings (the OK / Cancel / Yes / No of standard buttons, the file dialogs) come from
PySide6's `qtbase_zh_CN.qm`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox

# The widget classes whose texts are kept across a switch are imported by the functions that
# look at them: the app sets its language before the window paints, with no widget to look at.

from casefile.paths import resource

ENGLISH = "en"
CHINESE = "zh_CN"
# Each language named in itself: someone who cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
TRANSLATIONS_FOLDER = ("i18n",)
CATALOGUE = "casefile"  # casefile_zh_CN.qm


class _Installed:
    """The translators installed by `set_language` (removed again on the next switch)."""

    translators: list[QTranslator] = []  # module state: one app per process
    code: str = ENGLISH
    # per widget with a form: the texts its code set, which its retranslateUi would overwrite
    kept: dict[int, list[tuple[QObject, str, int, str]]] = {}  # noqa: RUF012


def system_language(locale: QLocale | None = None) -> str:
    """The default language: Simplified Chinese for a Chinese system locale (a traditional-script
    locale too: the only Chinese shipped), else English."""
    locale = locale if locale is not None else QLocale.system()
    return CHINESE if locale.language() == QLocale.Language.Chinese else ENGLISH


def normalise(code: str | None) -> str:
    """A stored or typed language code as one of LANGUAGES ('zh', 'zh-CN', 'zh_CN' → zh_CN);
    None or an unknown code gives the system's language."""
    text = (code or "").strip().replace("-", "_")
    if text.lower().startswith("zh"):
        return CHINESE
    if text.lower().startswith("en"):
        return ENGLISH
    return system_language()


def locale_for(code: str) -> QLocale:
    """The locale dates and numbers are shown in: the system's when it speaks the chosen
    language (an English user in Britain keeps day-month dates), else the language's own."""
    system = QLocale.system()
    if system_language(system) == code and (
        code == CHINESE or system.language() == QLocale.Language.English
    ):
        return system
    return (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if code == CHINESE
        else (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    )


def translation_file(code: str) -> str:
    """The path of Casefile's compiled catalogue for `code` (it may not exist for English)."""
    return str(resource(*TRANSLATIONS_FOLDER, f"{CATALOGUE}_{code}.qm"))


def current_language() -> str:
    return _Installed.code


def set_language(app: QCoreApplication, code: str | None) -> str:
    """Show the interface in `code` ('en' or 'zh_CN'; None: the system's language) from now on,
    without restarting: open windows and dialogs retranslate themselves. Returns the code in
    effect (English if the catalogue could not be loaded)."""
    code = normalise(code)
    loaded: list[QTranslator] = []
    if code != ENGLISH:
        ours = QTranslator(app)
        if ours.load(translation_file(code)):
            loaded.append(ours)
            qt = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_folder):
                loaded.append(qt)
        else:
            code = ENGLISH  # no catalogue (a broken install): stay readable in English
    QLocale.setDefault(locale_for(code))
    if isinstance(app, QApplication):
        _remember_code_texts()
    for old in _Installed.translators:
        app.removeTranslator(old)
        old.deleteLater()
    for translator in loaded:
        app.installTranslator(translator)
    _Installed.translators = loaded
    _Installed.code = code
    return code


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def retranslate_widget(widget: Any) -> None:
    """Answer a LanguageChange: the compiled form's `retranslateUi` now; then, once every widget
    has had the event (a zero timer), the texts the widget's code had set are put back (a case's
    reference in a label, "Create Case" on the OK button, whatever was typed) and its own
    `retranslate()` words them anew where it has one."""
    form = getattr(widget, "ui", None)
    if form is not None and hasattr(form, "retranslateUi"):
        form.retranslateUi(widget)
    kept = _Installed.kept.pop(id(widget), [])

    def finish() -> None:
        for obj, kind, index, text in kept:
            if shiboken6.isValid(obj):
                _set_text(obj, kind, index, text)
        own = getattr(widget, "retranslate", None)
        if callable(own):
            own()

    QTimer.singleShot(0, widget, finish)


# --- texts set in code survive retranslateUi ---------------------------------------------------

_Slot = tuple[QObject, str, int, str]  # the object, which text, its index (tabs, items), the text


def _texts(widget: QWidget) -> list[_Slot]:
    """Every text of `widget` and its children a form's retranslateUi may set, with the fields'
    values (a form could give a field a default text)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
    )

    out: list[_Slot] = [(widget, "title", 0, widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        out.append((child, "tip", 0, child.toolTip()))
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            out.append((child, "text", 0, child.text()))
        if isinstance(child, QLineEdit | QPlainTextEdit):
            out.append((child, "placeholder", 0, child.placeholderText()))
        if isinstance(child, QPlainTextEdit):
            out.append((child, "plain", 0, child.toPlainText()))
        if isinstance(child, QGroupBox):
            out.append((child, "group", 0, child.title()))
        if isinstance(child, QTabWidget):
            out.extend((child, "tab", i, child.tabText(i)) for i in range(child.count()))
        if isinstance(child, QComboBox):
            out.extend((child, "item", i, child.itemText(i)) for i in range(child.count()))
    return out


_SETTERS: dict[str, Callable[[Any, int, str], None]] = {
    "title": lambda o, _i, t: o.setWindowTitle(t),
    "tip": lambda o, _i, t: o.setToolTip(t),
    "text": lambda o, _i, t: o.setText(t),
    "placeholder": lambda o, _i, t: o.setPlaceholderText(t),
    "plain": lambda o, _i, t: o.setPlainText(t),
    "group": lambda o, _i, t: o.setTitle(t),
    "tab": lambda o, i, t: o.setTabText(i, t),
    "item": lambda o, i, t: o.setItemText(i, t),
}


def _set_text(obj: QObject, kind: str, index: int, text: str) -> None:
    _SETTERS[kind](obj, index, text)


def _standard_text(button: QDialogButtonBox.StandardButton) -> str:
    """A standard button's own words in the current language (OK, Cancel…)."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(button)
    try:
        found = box.button(button)
        return found.text() if found is not None else ""
    finally:
        box.deleteLater()


def _remember_code_texts() -> None:
    """Before the translators change: for each widget with a compiled form, which texts differ
    from what its form says (set by its code, or typed) — found by running retranslateUi in the
    old language and putting every text back — and which dialog buttons were renamed (a button
    box gives its standard buttons their standard words again on a language change)."""
    _Installed.kept.clear()
    for widget in QApplication.allWidgets():
        form = getattr(widget, "ui", None)
        if form is None or not hasattr(form, "retranslateUi"):
            continue
        from PySide6.QtWidgets import QDialogButtonBox

        before = _texts(widget)
        form.retranslateUi(widget)
        after = {(id(o), kind, i): t for o, kind, i, t in _texts(widget)}
        kept = [slot for slot in before if after.get((id(slot[0]), slot[1], slot[2])) != slot[3]]
        for obj, kind, index, text in kept:
            _set_text(obj, kind, index, text)
        for box in widget.findChildren(QDialogButtonBox):
            for button in box.buttons():
                role = box.standardButton(button)
                if role != QDialogButtonBox.StandardButton.NoButton and (
                    button.text() != _standard_text(role)
                ):
                    kept.append((button, "text", 0, button.text()))
        if kept:
            _Installed.kept[id(widget)] = kept
