"""Searching and filtering the case list in the real window, on the demo archive: what counsel
type finds the case, best match first, with the field that matched; the Filters panel narrows
the list in one step and Clear Filters brings every case back; the list is what `casefile list`
gives for the same search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QFormLayout, QHeaderView, QLabel, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.services.case_listing import CaseListing
from casefile.services.search import case_filters, case_ids
from casefile.store.archive import Archive
from casefile.store.rows import CaseSummary
from casefile.ui import i18n
from casefile.ui.main_window import MainWindow
from casefile.ui.models.case_table import COL_COUNSEL, COL_FOUND, COL_REFERENCE, COL_TITLE
from casefile.ui.settings import Settings
from tests.ui.keyboard import ime_type


def _column(window: MainWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    window.ui.searchEdit.clear()
    if text.isascii():
        qtbot.keyClicks(window.ui.searchEdit, text)
    else:
        ime_type(window.ui.searchEdit, text)  # Chinese comes from an input method, not keys
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    return _column(window, COL_REFERENCE)


def _found(window: MainWindow, reference: str) -> str:
    row = _column(window, COL_REFERENCE).index(reference)
    return str(window.model.index(row, COL_FOUND).data())


def test_chinese_two_characters_of_a_party_name_find_its_cases(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    found = _search(qtbot, demo_window, "配件")  # 义乌市沃驰电动车配件商行
    assert "CF-2026-0008" in found
    assert _found(demo_window, "CF-2026-0008").startswith("Party name: ")
    assert "«配件»" in _found(demo_window, "CF-2026-0008")
    header = demo_window.ui.caseTable.horizontalHeader()
    assert not header.isSectionHidden(COL_FOUND)  # shown while searching
    # on a laptop's narrow list, "Found in" leaves the title room to be read
    em = demo_window.ui.caseTable.fontMetrics().averageCharWidth()
    assert header.sectionSize(COL_TITLE) >= 20 * em


def test_a_seller_id_fragment_and_a_notary_certificate_number_find_their_cases(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    assert _search(qtbot, demo_window, "jisuge") != []
    assert all(
        _found(demo_window, r).startswith("Party identifier")
        for r in _column(demo_window, COL_REFERENCE)
    )

    found = _search(qtbot, demo_window, "浙义证民字第789")
    assert len(found) == 1
    assert _found(demo_window, found[0]).startswith("Notary certificate: ")


def test_an_english_word_finds_cases_best_match_first(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    found = _search(qtbot, demo_window, "scooter")
    assert len(found) > 3
    assert demo_window.ui.countLabel.text() == f"{len(found)} cases match"
    archive = demo_window.archive
    assert archive is not None
    assert found == [  # what `casefile list --search scooter` lists, in its order
        s.reference for s in _summaries(archive, case_ids(archive, "scooter"))
    ]
    titles = _column(demo_window, COL_TITLE)
    assert any("scooter" in t.lower() for t in titles[:3])


def test_sorting_a_search_by_a_column_keeps_what_it_found_and_clearing_it_restores_the_order(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    everything = _column(demo_window, COL_REFERENCE)
    found = _search(qtbot, demo_window, "scooter")
    demo_window.ui.caseTable.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: _column(demo_window, COL_REFERENCE) == sorted(found))

    demo_window.ui.searchEdit.clear()
    qtbot.keyClick(demo_window.ui.searchEdit, Qt.Key.Key_Return)
    assert sorted(_column(demo_window, COL_REFERENCE)) == sorted(everything)
    header = demo_window.ui.caseTable.horizontalHeader()
    assert header.isSectionHidden(COL_FOUND)
    assert header.sectionResizeMode(COL_TITLE) == QHeaderView.ResizeMode.Stretch  # room again


def test_a_search_too_short_says_so_and_keeps_the_list(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    everything = _column(demo_window, COL_REFERENCE)
    assert _search(qtbot, demo_window, "ab") == everything
    assert demo_window.ui.countLabel.text() == "Type 3 characters or more (2 in Chinese) to search"


def test_the_filters_panel_narrows_the_list_and_clear_brings_every_case_back(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    everything = _column(demo_window, COL_REFERENCE)
    button = demo_window.cases.filter_button
    panel = demo_window.cases.filter_panel
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.isVisible()

    assert panel.choose(panel.route, "customs")
    customs = _column(demo_window, COL_REFERENCE)
    assert 0 < len(customs) < len(everything)
    assert button.text() == "Filters (1)"
    archive = demo_window.archive
    assert archive is not None
    listing = CaseListing(archive)
    chosen = case_filters(route="customs")
    assert customs == [
        s.reference for s in _summaries(archive, listing.ids("", chosen, "reference", True).ids)
    ]

    assert panel.choose(panel.jurisdiction, "CN")
    both = _column(demo_window, COL_REFERENCE)
    assert set(both) <= set(customs)
    assert button.text() == "Filters (2)"
    assert demo_window.ui.countLabel.text() == f"{len(both)} cases match"

    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert _column(demo_window, COL_REFERENCE) == everything
    assert button.text() == "Filters"


def test_the_filters_offer_the_archives_brands_and_counsel(demo_window: MainWindow) -> None:
    panel = demo_window.cases.filter_panel
    brands = [panel.brand.itemText(i) for i in range(1, panel.brand.count())]
    counsel = [panel.counsel.itemText(i) for i in range(1, panel.counsel.count())]
    assert brands and counsel
    assert brands == sorted(brands, key=str.casefold)
    assert panel.choose(panel.counsel, counsel[0])
    assert _column(demo_window, COL_REFERENCE)  # that counsel's cases


def test_the_case_model_is_sound_while_searching(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_window: MainWindow
) -> None:
    _search(qtbot, demo_window, "scooter")
    qtmodeltester.check(demo_window.model)


def _summaries(archive: Archive, ids: list[int]) -> list[CaseSummary]:
    return cases.case_summaries(archive, ids)


def test_the_filters_speak_chinese_and_keep_what_was_chosen(
    qtbot: QtBot, qapp: QApplication, demo_window: MainWindow
) -> None:
    panel = demo_window.cases.filter_panel
    assert panel.choose(panel.route, "customs")
    customs = _column(demo_window, COL_REFERENCE)
    try:
        demo_window.language_menu.actions[i18n.CHINESE].trigger()
        qtbot.waitUntil(lambda: panel.clear_button.text() == "清除筛选(&L)")
        assert panel.route.currentText() == "海关"
        assert panel.route.itemText(0) == "全部"
        assert demo_window.cases.filter_button.text() == "筛选 (1)"
        assert _column(demo_window, COL_REFERENCE) == customs  # nothing lost
    finally:
        i18n.set_language(qapp, i18n.ENGLISH)
    qtbot.waitUntil(lambda: panel.clear_button.text() == "C&lear Filters")


def test_each_filter_is_labelled_and_its_label_takes_the_keyboard_to_it(
    demo_window: MainWindow,
) -> None:
    panel = demo_window.cases.filter_panel
    layout = panel.layout()
    assert isinstance(layout, QFormLayout)
    names = []
    for combo in (panel.route, panel.jurisdiction, panel.brand, panel.transfer, panel.due):
        label = layout.labelForField(combo)
        assert isinstance(label, QLabel) and label.buddy() is combo
        names.append(label.text())
    assert names == ["&Route:", "&Jurisdiction:", "&Brand:", "&Police transfer:", "&Deadline due:"]
    due = [panel.due.itemText(i) for i in range(panel.due.count())]
    assert due[:3] == ["Any", "Today or overdue", "Within 7 days or overdue"]


def test_a_list_header_saved_before_a_column_was_added_is_not_restored(
    qtbot: QtBot, settings: Settings
) -> None:
    older = QTableView()  # as an earlier version saved it: eight columns, Counsel 900 px wide
    older.setModel(QStandardItemModel(0, 8))
    older.horizontalHeader().resizeSection(7, 900)
    settings.case_table_header = older.horizontalHeader().saveState()

    window = MainWindow(settings)
    qtbot.addWidget(window)

    header = window.ui.caseTable.horizontalHeader()
    assert header.sectionSize(COL_COUNSEL) < 900  # the first-run layout instead
    assert header.isSectionHidden(COL_FOUND)
    window.close()
    assert settings.case_table_columns == window.model.columnCount()  # restored next time
