"""The Anki-style case table model: ids from one query, summaries fetched lazily in pages."""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.store.rows import CaseSummary
from casefile.ui.models.case_table import (
    COL_DEADLINE,
    COL_EVIDENCE,
    COL_REFERENCE,
    COL_ROUTES,
    COL_STATUS,
    COL_TITLE,
    CaseTableModel,
)


def _summary(case_id: int, **changes: object) -> CaseSummary:
    values: dict[str, object] = dict(
        id=case_id,
        reference=f"CF-2026-{case_id:05d}",
        title=f"案件 {case_id}",
        brand="Velora",
        status="open",
        priority="normal",
        responsible_counsel="Wang Li",
        opened_on=date(2026, 1, 1),
        jurisdictions=("CN",),
        routes=("customs", "platform"),
        next_deadline=None,
        evidence_count=case_id % 4,
    )
    values.update(changes)
    return CaseSummary(**values)  # type: ignore[arg-type]


class FakeStore:
    """Stands in for services.cases.case_summaries; records what was fetched."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, ids: list[int]) -> list[CaseSummary]:
        self.calls.append(list(ids))
        return [_summary(i) for i in ids]


def test_model_passes_qtmodeltester_on_a_real_archive(
    qtmodeltester: ModelTester, archive: Archive
) -> None:
    for title in ("假冒滑板车", "Fake chargers", "Counterfeit manuals"):
        cases.create_case(archive, cases.CaseDraft(title=title, jurisdictions="CN"))
    model = CaseTableModel(lambda ids: cases.case_summaries(archive, ids))
    model.set_ids(cases.case_ids(archive))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.index(0, COL_TITLE).data() == "假冒滑板车"


def test_model_passes_qtmodeltester_with_many_rows_and_marks(qtmodeltester: ModelTester) -> None:
    overdue = clock.today() - timedelta(days=2)
    model = CaseTableModel(
        lambda ids: [_summary(i, next_deadline=overdue, status="closed") for i in ids]
    )
    model.set_ids(range(1, 1001))
    qtmodeltester.check(model)
    assert model.index(0, COL_DEADLINE).data() == f"⚠ {overdue.isoformat()}"
    assert model.index(0, COL_STATUS).data() == "Closed"
    assert model.index(0, COL_ROUTES).data() == "Customs, Platform"
    assert model.index(0, COL_ROUTES).data(Qt.ItemDataRole.ToolTipRole) == "Customs, Platform"


def test_rows_are_fetched_lazily_in_pages() -> None:
    store = FakeStore()
    model = CaseTableModel(store, page_size=200, cached_pages=3)
    model.set_ids(range(1, 100_001))
    assert model.rowCount() == 100_000
    assert store.calls == []  # nothing read until a row is shown

    assert model.index(0, COL_REFERENCE).data() == "CF-2026-00001"
    assert model.index(199, COL_TITLE).data() == "案件 200"
    assert len(store.calls) == 1 and len(store.calls[0]) == 200

    assert model.index(99_999, COL_REFERENCE).data() == "CF-2026-100000"
    assert len(store.calls) == 2 and store.calls[1][0] == 99_801

    for page in range(10, 14):  # the cache keeps only a few pages
        model.index(page * 200, 0).data()
    model.index(0, 0).data()
    assert store.calls[-1][0] == 1  # page 0 was evicted and fetched again


def test_a_case_deleted_since_the_query_shows_a_hint() -> None:
    model = CaseTableModel(lambda ids: [_summary(i) for i in ids if i != 2])
    model.set_ids([1, 2, 3])
    assert model.index(1, COL_REFERENCE).data() is None
    assert "refresh" in model.index(1, COL_TITLE).data()


def test_sort_asks_the_owner_to_requery(qtbot: QtBot) -> None:
    model = CaseTableModel(FakeStore())
    with qtbot.waitSignal(model.sort_requested) as requested:
        model.sort(COL_EVIDENCE, Qt.SortOrder.DescendingOrder)
    assert requested.args == ["evidence_count", True]
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(COL_EVIDENCE, Qt.SortOrder.DescendingOrder)  # unchanged: no second query


def test_a_view_scrolls_through_100000_cases_smoothly(qtbot: QtBot) -> None:
    store = FakeStore()
    model = CaseTableModel(store)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)

    started = time.perf_counter()
    model.set_ids(range(1, 100_001))
    bar = view.verticalScrollBar()
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        view.viewport().repaint()
    elapsed = time.perf_counter() - started

    assert elapsed < 2.0
    assert len(store.calls) <= 10  # a page or two per screen, never the whole list
    assert all(len(ids) <= 200 for ids in store.calls)


def test_evidence_count_is_right_aligned() -> None:
    model = CaseTableModel(FakeStore())
    model.set_ids([3])
    alignment = model.index(0, COL_EVIDENCE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, COL_EVIDENCE).data() == "3"
