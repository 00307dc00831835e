"""Case › Import Listings…: a monitoring tool's file chosen, its columns mapped with a combo per
column over a preview of the first rows (problems in red), imported with progress, the report
shown and exported; a Chinese CSV whose address column is left out cannot be imported; Cancel
during the import keeps nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.store.models import Listing, Party
from casefile.ui.dialogs.listing_import import ERROR_BACKGROUND, ListingImportDialog
from casefile.ui.main_window import MainWindow
from tests.listing_files import many_rows, write_chinese_csv, write_xlsx


def _count(archive: Archive, model: type) -> int:
    with archive.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _open(window: MainWindow, archive: Archive) -> ListingImportDialog:
    reference = cases.create_case(archive, cases.CaseDraft(title="VOLTRA X9 online")).reference
    window.refresh()
    window.show_reference(reference)
    assert window.listings_menu.action.isEnabled()
    window.listings_menu.action.trigger()
    dialog = window.dialogs.find(ListingImportDialog)
    assert isinstance(dialog, ListingImportDialog) and dialog.isVisible()
    return dialog


def _button(dialog: ListingImportDialog, which: QDialogButtonBox.StandardButton) -> QWidget:
    button = dialog.ui.buttonBox.button(which)
    assert button is not None
    return button


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _combo(dialog: ListingImportDialog, column: int) -> QComboBox:
    combo = dialog.ui.previewTable.cellWidget(0, column)
    assert isinstance(combo, QComboBox)
    return combo


def test_a_file_mapped_previewed_imported_and_its_report_exported(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    dialog = _open(window, archive)
    dialog.load(write_xlsx(tmp_path / "export.xlsx"))
    table = dialog.ui.previewTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:3] == ["Platform", "Listing URL", "Listing Title"]
    assert [_combo(dialog, c).currentText() for c in range(3)] == [
        "Platform",
        "Listing address",
        "Title",
    ]
    # The fourth row (row 7 of the file) has a broken address: red, with the reason.
    assert table.verticalHeaderItem(4).text() == "7"
    bad = table.item(4, 1)
    assert bad.background().color().name() == ERROR_BACKGROUND
    assert "not a web address" in bad.toolTip()
    assert "5 rows in the file; the first 5 shown, 1 of them with problems." in (
        dialog.ui.previewNote.text()
    )
    # Leaving the date out is the user's choice: its cells grey, nothing refused.
    dialog.set_column(8, "")
    assert 8 not in dialog.mapping()

    with qtbot.waitSignal(dialog.listings_imported):
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Ok))
    report = dialog.ui.reportLabel.text()
    assert "4 of 5 rows imported." in report
    assert "New infringers: 3." in report and "Rows with errors (left out): 1." in report
    assert _button(dialog, QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert _count(archive, Listing) == 4
    with archive.reading() as session:
        assert set(session.scalars(select(Listing.found_on))) == {None}
    detail = window.ui.detailPane.detail
    assert detail is not None and len(detail.parties) == 3  # the case shown read again

    dialog.export_report(tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:3] == ["7", "error", "Listing URL"]


def test_without_an_address_column_nothing_can_be_imported(
    window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    dialog = _open(window, archive)
    dialog.load(write_chinese_csv(tmp_path / "导出.csv"))
    ok = _button(dialog, QDialogButtonBox.StandardButton.Ok)
    assert _combo(dialog, 1).currentText() == "Listing address" and ok.isEnabled()
    dialog.set_column(1, "")
    assert not ok.isEnabled()
    assert "Choose the column that holds the listings' addresses." in dialog.ui.previewNote.text()
    # Choosing it for another column takes it from the one that had it.
    dialog.set_column(1, "url")
    dialog.set_column(5, "url")
    assert _combo(dialog, 1).currentData() == "" and _combo(dialog, 5).currentData() == "url"


def test_rows_of_an_unknown_platform_are_put_on_the_platform_chosen(
    window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    dialog = _open(window, archive)
    dialog.load(write_xlsx(tmp_path / "m.xlsx", [("Mall X", "https://mall-x.cn/p/2")]))
    table = dialog.ui.previewTable
    assert "not a platform Casefile knows" in table.item(1, 0).toolTip()
    combo = dialog.ui.platformCombo
    combo.setCurrentIndex(combo.findData("tmall"))
    assert table.item(1, 0).toolTip() == ""
    dialog.start_import()
    assert "1 of 1 rows imported." in dialog.ui.reportLabel.text()
    with archive.reading() as session:
        assert session.scalars(select(Listing.platform)).all() == ["tmall"]


def test_cancel_during_the_import_keeps_nothing(
    qtbot: QtBot, window: MainWindow, archive: Archive, tmp_path: Path
) -> None:
    dialog = _open(window, archive)
    dialog.load(write_xlsx(tmp_path / "big.xlsx", many_rows(1200, 40)))
    cancel = _button(dialog, QDialogButtonBox.StandardButton.Cancel)
    seen: list[str] = []

    def progressed(value: int) -> None:  # the user watches the bar move, then clicks Cancel
        if value > 0 and "Importing" in dialog.ui.progressLabel.text() and not seen:
            seen.append(dialog.ui.progressLabel.text())
            _click(qtbot, cancel)

    dialog.ui.progressBar.valueChanged.connect(progressed)
    _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Ok))
    assert seen == ["Importing listing 500 of 1,200…"]
    assert dialog.isVisible() and not dialog.importing
    assert dialog.ui.errorLabel.text() == "Cancelled: nothing was imported."
    assert (_count(archive, Listing), _count(archive, Party)) == (0, 0)
