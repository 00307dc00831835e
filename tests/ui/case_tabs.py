"""Showing a case's tab in the main window and following a link in it, as a user clicks one: the
link is found by its words in the tab's document (as shown), and its address is followed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTextBrowser
from pytestqt.qtbot import QtBot

from casefile.ui.main_window import MainWindow


def show_tab(window: MainWindow, reference: str, tab: str) -> QTextBrowser:
    window.refresh()
    window.show_reference(reference)
    pane = window.ui.detailPane
    assert pane.detail is not None and pane.detail.reference == reference
    pane.set_current_tab(pane.tab_index(tab))
    return getattr(pane.ui, f"{tab}View")


def links(document: QTextDocument) -> list[tuple[str, str]]:
    """(words, address) of every link in the document, in reading order."""
    found: list[tuple[str, str]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                if found and found[-1][1] == href and not found[-1][0].endswith(" "):
                    found[-1] = (found[-1][0] + fragment.text(), href)
                else:
                    found.append((fragment.text(), href))
            it += 1
        block = block.next()
    return found


def click_link(view: QTextBrowser, words: str, nth: int = 0) -> str:
    """Follow the `nth` link reading `words` (e.g. "Edit" of the second event); its address."""
    matching = [href for text, href in links(view.document()) if text.strip() == words]
    assert len(matching) > nth, f"no link {words!r} #{nth} in {links(view.document())}"
    view.anchorClicked.emit(QUrl(matching[nth]))
    return matching[nth]


def save(qtbot: QtBot, dialog: QDialog) -> None:
    """Click a record dialog's OK button (Add, Save…), as a user does."""
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data: object) -> None:
    """Choose the item of `combo` that holds `data` (a stored code, an id)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def follow(view: QTextBrowser, address: str) -> None:
    """Follow the link to `address` (e.g. "record:add/event/12"), which the tab must show."""
    shown = [href for _text, href in links(view.document())]
    assert address in shown, f"no link to {address} in {shown}"
    view.anchorClicked.emit(QUrl(address))
