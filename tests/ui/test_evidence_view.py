"""The Evidence view driven in the real window on the demo archive: every exhibit across cases,
a search by a notary certificate number and by Chinese text, a kind, Enter opening the exhibit's
case at its Evidence tab, pages read as the list is scrolled, and the model checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile.services.evidence_list import exhibit_ids, exhibit_page
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.models import paged_rows
from casefile.ui.views.evidence_view import EvidenceView
from casefile.ui.window.navigation import CASES, EVIDENCE


def _view(qtbot: QtBot, window: MainWindow) -> EvidenceView:
    window.navigation.show(EVIDENCE)
    view: EvidenceView = window.ui.evidencePage
    qtbot.waitUntil(lambda: not view.reading, timeout=10_000)
    assert view.result is not None, view.messageLabel.text()
    return view


def _settle(qtbot: QtBot, view: EvidenceView) -> None:
    qtbot.wait(400)  # the search waits for typing to pause
    qtbot.waitUntil(lambda: not view.reading, timeout=10_000)


def test_every_exhibit_is_listed_newest_first(
    qtbot: QtBot, demo_window: MainWindow, demo_archive: Archive
) -> None:
    view = _view(qtbot, demo_window)
    assert view.model.ids == exhibit_ids(demo_archive)
    assert view.countLabel.text() == f"{len(view.model.ids)} exhibit(s)."
    newest = exhibit_page(demo_archive, view.model.ids[:1])[0]
    assert view.model.index(0, 0).data() == newest.reference
    assert view.model.index(0, 3).data() == newest.description


def test_search_by_certificate_and_chinese_text_and_kind(
    qtbot: QtBot, demo_window: MainWindow, demo_archive: Archive
) -> None:
    view = _view(qtbot, demo_window)
    certified = next(
        e for e in exhibit_page(demo_archive, exhibit_ids(demo_archive)) if e.notary_certificate
    )
    fragment = certified.notary_certificate[-8:]
    view.searchEdit.insert(fragment)  # as an input method commits it
    _settle(qtbot, view)
    assert certified.id in view.model.ids
    row = view.model.ids.index(certified.id)
    assert view.model.index(row, view.model.NOTARY).data() == certified.notary_certificate
    assert view.countLabel.text().endswith(f"match “{fragment}”.")
    view.searchEdit.clear()
    view.searchEdit.insert("网页公证")
    _settle(qtbot, view)
    descriptions = [view.model.index(r, 3).data() for r in range(view.model.rowCount())]
    assert descriptions and all("网页公证" in d for d in descriptions)  # every one says so
    assert view.model.ids == exhibit_ids(demo_archive, search="网页公证")
    view.searchEdit.clear()
    _settle(qtbot, view)
    view.kindCombo.setCurrentIndex(view.kindCombo.findData("customs_notice"))
    _settle(qtbot, view)
    kinds = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert kinds == {"Customs notice"}


def test_enter_opens_the_exhibits_case_at_its_evidence_tab(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = _view(qtbot, demo_window)
    reference = view.model.index(2, 0).data()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert demo_window.navigation.current() == CASES
    pane = demo_window.ui.detailPane
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.reference == reference, timeout=10_000
    )
    assert pane.current_tab() == pane.tab_index("evidence")


def test_enter_scrolls_the_evidence_tab_to_that_exhibit(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """The last of a case's four exhibits: the tab opens scrolled down to it, not at the top."""
    view = _view(qtbot, demo_window)
    rows = range(view.model.rowCount())
    row = next(
        r
        for r in rows
        if view.model.index(r, 0).data() == "CF-2026-0024" and view.model.index(r, 1).data() == "4"
    )
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    pane = demo_window.ui.detailPane
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.reference == "CF-2026-0024",
        timeout=10_000,
    )
    browser = pane.ui.evidenceView
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0, timeout=5_000)
    top = browser.cursorForPosition(browser.viewport().rect().topLeft())
    top.select(top.SelectionType.BlockUnderCursor)
    shown = browser.toPlainText()[top.position() : top.position() + 400]
    assert "Exhibit 4" in shown or "Exhibit 4" in top.selectedText()


def test_pages_are_read_as_the_list_scrolls(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _view(qtbot, demo_window)
    total = len(view.model.ids)
    view.model.set_ids(view.model.ids, [])  # as if the first page held nothing yet
    assert view.model.canFetchMore()
    view.model.fetchMore()
    qtbot.waitUntil(lambda: view.model.rowCount() == min(total, paged_rows.PAGE), timeout=10_000)
    assert view.model.rowCount() == total  # the demo fits in one page


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, demo_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, demo_window)
    qtmodeltester.check(view.model)


def test_find_searches_the_view_shown(qtbot: QtBot, demo_window: MainWindow) -> None:
    """Ctrl+F (the window's Find) in the Evidence view goes to its own search field, with what
    was typed there selected to be typed over, and stays in the view."""
    view = _view(qtbot, demo_window)
    demo_window.show()
    view.searchEdit.setText("公证")
    demo_window.ui.actionFind.trigger()
    assert demo_window.navigation.current() == EVIDENCE
    qtbot.waitUntil(lambda: view.searchEdit.hasFocus() or view.focusWidget() is view.searchEdit)
    assert view.searchEdit.selectedText() == "公证"
