"""The Infringers view driven in the real window: the list with identifiers and cases, a search
by an identifier written otherwise, a case opened at its Parties tab, two records merged through
the dialog and the merge undone, a "seen before" pair merged, and the models checked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile.services import cases, infringers, parties
from casefile.store.archive import Archive
from casefile.ui.dialogs.merge_infringers import MergeInfringersDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.views.infringers_view import InfringersView
from casefile.ui.window.navigation import CASES, INFRINGERS


def _infringer(archive: Archive, title: str, name: str, *identifiers: tuple[str, str]) -> int:
    reference = cases.create_case(archive, cases.CaseDraft(title=title)).reference
    row, _ = parties.add_party_to_case(
        archive, reference, parties.PartyDraft(name=name, identifiers=list(identifiers))
    )
    return row.party.id


@pytest.fixture
def sellers(archive: Archive) -> dict[str, int]:
    """One seller entered twice (a phone written two ways), and an unrelated one."""
    return {
        "fast": _infringer(
            archive,
            "Fake scooters on Taobao",
            "深圳市飞轮贸易有限公司 Shenzhen Fastwheel Trading",
            ("phone", "+86 139-5792-8841"),
            ("shop_id", "fastwheel888"),
        ),
        "stall": _infringer(
            archive,
            "Fake scooters at the Yiwu fair",
            "Fastwheel Yiwu stall",
            ("phone", "13957928841"),
            ("wechat", "fastwheel_yw"),
        ),
        "other": _infringer(
            archive, "Counterfeit chargers", "Guangzhou Charger Works", ("phone", "13800138000")
        ),
    }


def _view(qtbot: QtBot, window: MainWindow) -> InfringersView:
    window.navigation.show(INFRINGERS)
    view: InfringersView = window.ui.infringersPage
    qtbot.waitUntil(lambda: not view.reading, timeout=10_000)
    assert view.result is not None, view.messageLabel.text()
    return view


def _names(view: InfringersView) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _select(view: InfringersView, *party_ids: int) -> None:
    view.table.clearSelection()
    for party_id in party_ids:
        row = view.model.row_of(party_id)
        assert row >= 0
        view.table.selectionModel().select(
            view.model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )


def _merge_through_dialog(qtbot: QtBot, view: InfringersView, keep: int, reason: str) -> None:
    """Merge… clicked, the record `keep` chosen as kept, `reason` typed, Merge clicked."""
    qtbot.mouseClick(view.mergeButton, Qt.MouseButton.LeftButton)
    dialog = next(w for w in view.window().findChildren(MergeInfringersDialog) if w.isVisible())
    radio = next(
        r for r in (dialog.ui.keepFirstRadio, dialog.ui.keepSecondRadio) if f"(#{keep})" in r.text()
    )
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert dialog.kept_and_merged()[0].id == keep
    qtbot.keyClicks(dialog.ui.reasonEdit, reason)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Merge"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_the_list_shows_each_infringer_with_its_identifiers_and_cases(
    qtbot: QtBot, window: MainWindow, sellers: dict[str, int]
) -> None:
    view = _view(qtbot, window)
    assert len(_names(view)) == 3
    assert view.countLabel.text() == "3 infringer(s)."
    view.select_party(sellers["fast"])
    identifiers = view.identifierModel
    assert [
        (identifiers.index(r, 0).data(), identifiers.index(r, 1).data())
        for r in range(identifiers.rowCount())
    ] == [("Phone", "+86 139-5792-8841"), ("Shop ID", "fastwheel888")]
    assert view.caseModel.rowCount() == 1
    assert view.caseModel.index(0, 1).data() == "Fake scooters on Taobao"
    assert view.caseModel.index(0, 3).data() == "Infringer"
    assert "Shenzhen Fastwheel Trading" in view.nameLabel.text()


def test_a_search_by_a_phone_written_otherwise_finds_the_seller(
    qtbot: QtBot, window: MainWindow, sellers: dict[str, int]
) -> None:
    view = _view(qtbot, window)
    view.searchEdit.setFocus()
    qtbot.keyClicks(view.searchEdit, "139 5792 8841")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.reading, timeout=10_000)
    assert set(view.model.ids) == {sellers["fast"], sellers["stall"]}
    assert view.countLabel.text() == "2 infringer(s) match “139 5792 8841”."
    view.searchEdit.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    view.searchEdit.insert("飞轮贸易")  # as an input method commits it (keyClicks is ASCII only)
    qtbot.waitUntil(lambda: view.model.ids == [sellers["fast"]], timeout=10_000)


def test_find_from_the_merges_tab_goes_to_the_search_field(
    qtbot: QtBot, window: MainWindow, sellers: dict[str, int]
) -> None:
    """Ctrl+F (the window's Find) in the Infringers view: back to its list's search field, not
    off to the Cases view."""
    view = _view(qtbot, window)
    window.show()
    view.tabs.setCurrentIndex(2)
    window.ui.actionFind.trigger()
    assert window.navigation.current() == INFRINGERS
    assert view.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: view.searchEdit.hasFocus() or view.focusWidget() is view.searchEdit)


def test_enter_on_a_case_opens_it_at_its_parties_tab(
    qtbot: QtBot, window: MainWindow, sellers: dict[str, int]
) -> None:
    view = _view(qtbot, window)
    view.select_party(sellers["stall"])
    table = view.caseTable
    table.setFocus()
    table.setCurrentIndex(view.caseModel.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.navigation.current() == CASES
    pane = window.ui.detailPane
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=10_000)
    assert pane.detail is not None and pane.detail.title == "Fake scooters at the Yiwu fair"
    assert pane.current_tab() == pane.tab_index("parties")


def test_merge_two_infringers_and_undo_it(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    sellers: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, window)
    _select(view, sellers["fast"], sellers["stall"])
    assert view.mergeButton.isEnabled()
    assert view.nameLabel.text() == "2 infringers selected: Merge… makes them one."
    _merge_through_dialog(qtbot, view, sellers["fast"], "Same phone, same stock photos")

    qtbot.waitUntil(lambda: len(view.model.ids) == 2 and not view.reading, timeout=10_000)
    merged = infringers.infringers(archive)
    kept = next(s for s in merged if s.id == sellers["fast"])
    assert kept.case_count == 2  # both cases now name the one record
    assert {i.value for i in kept.identifiers} == {
        "+86 139-5792-8841",
        "fastwheel888",
        "fastwheel_yw",  # the phone held already was not copied twice
    }
    assert view.selected_ids() == [sellers["fast"]]  # the kept record is selected
    assert view.caseModel.rowCount() == 2
    assert "Merged “Fastwheel Yiwu stall”" in window.ui.statusBar.currentMessage()

    view.tabs.setCurrentIndex(2)
    assert view.tabs.tabText(2) == "Mer&ges (1)"
    assert view.mergeModel.index(0, 3).data() == "Same phone, same stock photos"
    view.mergeTable.selectRow(0)
    assert view.undoButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.model.ids) == 3 and not view.reading, timeout=10_000)
    assert {s.id: s.case_count for s in infringers.infringers(archive)} == {
        sellers["fast"]: 1,
        sellers["stall"]: 1,
        sellers["other"]: 1,
    }
    qtbot.waitUntil(lambda: view.mergeModel.index(0, 5).data() != "", timeout=10_000)
    view.mergeTable.selectRow(0)
    assert not view.undoButton.isEnabled()  # undone already


def test_a_merge_without_a_reason_is_refused_under_the_field(
    qtbot: QtBot, window: MainWindow, archive: Archive, sellers: dict[str, int]
) -> None:
    view = _view(qtbot, window)
    _select(view, sellers["fast"], sellers["other"])
    dialog = view.merge_selected()
    assert isinstance(dialog, MergeInfringersDialog)
    dialog.ui.keepSecondRadio.setChecked(True)
    assert "“Shenzhen" in dialog.ui.movesLabel.text() or "飞轮" in dialog.ui.movesLabel.text()
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.error_for("reason") != "", timeout=10_000)
    assert dialog.isVisible()
    assert len(infringers.infringers(archive)) == 3  # nothing written
    dialog.discard()


def test_a_pair_seen_before_is_suggested_and_merged(
    qtbot: QtBot, window: MainWindow, archive: Archive, sellers: dict[str, int]
) -> None:
    view = _view(qtbot, window)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.suggestions is not None, timeout=10_000)
    assert view.suggestionModel.rowCount() == 1
    why = view.suggestionModel.index(0, 2).data()
    assert why == "Phone 13957928841 on both"
    assert view.tabs.tabText(1) == "&Seen Before (1)"
    table: QTableView = view.suggestionTable
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(MergeInfringersDialog)),
        timeout=10_000,
    )
    dialog = next(d for d in window.findChildren(MergeInfringersDialog) if d.isVisible())
    qtbot.keyClicks(dialog.ui.reasonEdit, "Same phone")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(
        lambda: view.suggestions is not None and view.suggestionModel.rowCount() == 0,
        timeout=10_000,
    )
    assert view.suggestionState.text() == "No records share an identifier or a name."
    assert len(infringers.infringers(archive)) == 2


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, demo_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, demo_window)
    assert view.model.rowCount() > 20
    view.select_party(view.model.ids[0])
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.suggestions is not None, timeout=10_000)
    models: list[Any] = [
        view.model,
        view.identifierModel,
        view.caseModel,
        view.suggestionModel,
        view.mergeModel,
    ]
    for model in models:
        qtmodeltester.check(model)
