"""A whole case recorded from nothing through the window, as counsel would: the case, a customs
route (notice → bond → detention), an administrative raid with its penalty, a civil suit with its
judgment, two parties (the second an earlier case's infringer, linked by accepting the "seen
before" offer), a trademark with its customs recordal, figures that raise the Criminal level, a
cost, a bond and a recovery, a note. The values come from `tests/e2e/complete_case.json`, the
document the command line's `casefile record apply` takes: the same case built by both faces
reads equal. Then one of each kind is corrected and one removed, and the archive and the History
tab say so."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from casefile.cli import main as cli_main
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.dialogs.event_editor import EventEditor
from casefile.ui.dialogs.figure_editor import FigureEditor
from casefile.ui.dialogs.money_editor import MoneyEditor
from casefile.ui.dialogs.note_editor import NoteEditor
from casefile.ui.dialogs.party_editor import PartyEditor
from casefile.ui.dialogs.proceeding_editor import ProceedingEditor
from casefile.ui.dialogs.recordal_editor import RecordalEditor
from casefile.ui.dialogs.right_editor import RightEditor
from casefile.ui.main_window import MainWindow
from tests.case_contents import case_contents
from tests.ui.case_tabs import choose, follow, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.criminal_tab import criminal_tab
from tests.ui.form_filling import fill

SPEC_FILE = Path(__file__).parents[1] / "e2e" / "complete_case.json"
SPEC: dict[str, Any] = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
NESTED = {"events", "money", "recordals", "identifiers", "same_as"}


def _own(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry's own fields, without the records nested in it."""
    return {key: value for key, value in entry.items() if key not in NESTED}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from casefile.demo import build_demo_archive

    return build_demo_archive(tmp_path_factory.mktemp("demo") / "Demo.casefile").path


def _demo_copy(template: Path, to: Path) -> Path:
    shutil.copytree(template, to)
    return to


@pytest.fixture
def archive(demo_template: Path, tmp_path: Path) -> Iterator[Archive]:
    """A copy of the demo archive (the conftest's `window` opens it)."""
    opened = Archive.open(_demo_copy(demo_template, tmp_path / "Window.casefile"))
    try:
        yield opened
    finally:
        opened.close()


def _saved(qtbot: QtBot, dialog: Any) -> None:
    """Save, and the dialog closes: every value was accepted."""
    save(qtbot, dialog)
    assert not dialog.isVisible(), f"{type(dialog).__name__} refused: {dialog.general_error()}"


def _new_case(qtbot: QtBot, window: MainWindow) -> str:
    window.ui.actionNewCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    assert editor is not None and editor.isVisible()
    fill(qtbot, editor, SPEC["case"], editor.fields())
    with qtbot.waitSignal(editor.case_created) as created:
        save(qtbot, editor)
    return str(created.args[0].reference)


def _proceedings(qtbot: QtBot, window: MainWindow, reference: str) -> dict[str, int]:
    """Each route's proceeding with its events; the ids by route."""
    ids: dict[str, int] = {}
    for spec in SPEC["proceedings"]:
        view = show_tab(window, reference, "proceedings")
        follow(view, "record:add/proceeding/")
        dialog = window.dialogs.find(ProceedingEditor)
        fill(qtbot, dialog, _own(spec))
        _saved(qtbot, dialog)
        [added] = [
            p
            for p in cases.case_detail(window.archive, reference).proceedings
            if p.route == spec["route"]
        ]
        ids[spec["route"]] = added.id
        for event in spec["events"]:
            follow(view, f"record:add/event/{added.id}")
            dialog = window.dialogs.find(EventEditor)
            fill(qtbot, dialog, event)
            _saved(qtbot, dialog)
    return ids


def _parties(qtbot: QtBot, window: MainWindow, reference: str) -> None:
    for spec in SPEC["parties"]:
        view = show_tab(window, reference, "parties")
        follow(view, "record:add/party/")
        dialog = window.dialogs.find(PartyEditor)
        choose(dialog.ui.roleCombo, spec["role"])
        if "same_as" in spec:  # typed as an identifier: the window offers the known party
            kind, value = spec["same_as"].split("=", 1)
            choose(dialog.lines[0].kind, kind)
            qtbot.keyClicks(dialog.lines[0].value, value)
            qtbot.waitUntil(lambda d=dialog: "Seen before" in d.seen_text())
            [button] = dialog.ui.seenFrame.findChildren(QPushButton, "linkInsteadButton")
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert not dialog.isVisible()
            continue
        fill(qtbot, dialog, {k: v for k, v in _own(spec).items() if k != "role"})
        for n, identifier in enumerate(spec["identifiers"]):
            if n:
                qtbot.mouseClick(dialog.ui.addIdentifierButton, Qt.MouseButton.LeftButton)
            line = dialog.lines[n]
            choose(line.kind, identifier["kind"])
            qtbot.keyClicks(line.value, identifier["value"])
        _saved(qtbot, dialog)


def _rights(qtbot: QtBot, window: MainWindow, reference: str) -> None:
    for spec in SPEC["rights"]:
        view = show_tab(window, reference, "rights")
        follow(view, "record:add/right/")
        dialog = window.dialogs.find(RightEditor)
        fill(qtbot, dialog, _own(spec))
        _saved(qtbot, dialog)
        right = next(
            r
            for r in cases.case_detail(window.archive, reference).rights
            if r.number == spec["number"]
        )
        for recordal in spec["recordals"]:
            follow(view, f"record:add/recordal/{right.id}")
            dialog = window.dialogs.find(RecordalEditor)
            fill(qtbot, dialog, recordal)
            _saved(qtbot, dialog)


def _click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old tab's widgets
    panel = window.ui.detailPane.ui.thresholdsPanel
    [button] = panel.findChildren(QAbstractButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _figures(qtbot: QtBot, window: MainWindow, reference: str) -> None:
    for spec in SPEC["figures"]:
        criminal_tab(window, reference)
        _click(qtbot, window, "addFigureButton")
        dialog = window.dialogs.find(FigureEditor)
        fill(qtbot, dialog, spec)
        _saved(qtbot, dialog)


def _money(qtbot: QtBot, window: MainWindow, reference: str, routes: dict[str, int]) -> None:
    entries = [(None, m) for m in SPEC["money"]] + [
        (routes[p["route"]], m) for p in SPEC["proceedings"] for m in p.get("money", [])
    ]
    for proceeding_id, spec in entries:
        view = show_tab(window, reference, "money")
        follow(view, "record:add/money/")
        dialog = window.dialogs.find(MoneyEditor)
        fill(qtbot, dialog, {**spec, "proceeding_id": proceeding_id})
        _saved(qtbot, dialog)


def _notes(qtbot: QtBot, window: MainWindow, reference: str) -> None:
    for spec in SPEC["notes"]:
        view = show_tab(window, reference, "notes")
        follow(view, "record:add/note/")
        dialog = window.dialogs.find(NoteEditor)
        fill(qtbot, dialog, spec)
        _saved(qtbot, dialog)


def _build(qtbot: QtBot, window: MainWindow) -> str:
    reference = _new_case(qtbot, window)
    routes = _proceedings(qtbot, window, reference)
    _parties(qtbot, window, reference)
    _rights(qtbot, window, reference)
    panel = criminal_tab(window, reference)
    assert "Art 213 — not reached" in panel.text()
    _figures(qtbot, window, reference)
    _money(qtbot, window, reference, routes)
    _notes(qtbot, window, reference)
    return reference


def test_a_complete_case_built_in_the_window_equals_the_command_lines(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reference = _build(qtbot, window)
    detail = cases.case_detail(archive, reference)

    # read back from the archive, as counsel would check it
    assert detail.title == SPEC["case"]["title"] and detail.offences == ("213",)
    customs, administrative, civil = sorted(detail.proceedings, key=lambda p: p.started_on)
    assert [e.kind for e in customs.events] == ["customs_notice", "bond_posted", "detention"]
    assert (administrative.route, [e.kind for e in administrative.events]) == (
        "administrative",
        ["raid", "penalty_decision"],
    )
    assert administrative.fine is not None and administrative.fine.amount == Decimal("45000.00")
    assert (civil.route, civil.damages and civil.damages.amount) == ("civil", Decimal(120000))
    rules = {d.rule_id for d in detail.deadlines}
    assert "cn.customs.investigation" in rules  # the detention started its deadline
    wochi, feichi = sorted(detail.parties, key=lambda p: not p.other_cases)
    assert wochi.other_cases, "the second party is the earlier cases' infringer, linked"
    assert ("credit_code", "92330782MA2K3X7Y4P") in [
        (i.kind, i.value) for i in wochi.party.identifiers
    ]
    assert [(i.kind, i.value) for i in feichi.party.identifiers] == [
        (i["kind"], i["value"]) for i in SPEC["parties"][0]["identifiers"]
    ]
    [right] = detail.rights
    assert (right.number, [r.number for r in right.recordals]) == ("52817364", ["T2021-52817"])
    assert "Art 213 — SERIOUS" in criminal_tab(window, reference).text()
    categories = sorted((m.direction, m.category, m.bond_status or "") for m in detail.money)
    assert categories == [
        ("cost", "bond", "held"),
        ("cost", "notary", ""),
        ("recovery", "damages", ""),
    ]
    [note] = detail.notes
    assert note.internal and note.body.startswith("The Yiwu Wochi shop")

    # the command line, given the same document on the same demo archive, writes the same case
    other = _demo_copy(demo_template, tmp_path / "Cli.casefile")
    assert cli_main(["record", "apply", str(SPEC_FILE), "--archive", str(other)]) == 0
    capsys.readouterr()
    with Archive.open(other) as cli_archive:
        assert case_contents(cli_archive, reference) == case_contents(archive, reference)


def test_one_of_each_is_corrected_and_one_removed_and_the_history_says_so(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _build(qtbot, window)
    detail = cases.case_detail(archive, reference)
    yes = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)

    # proceedings: the civil suit's court reference corrected; the raid removed
    view = show_tab(window, reference, "proceedings")
    civil = next(p for p in detail.proceedings if p.route == "civil")
    follow(view, f"record:edit/proceeding/{civil.id}")
    dialog = window.dialogs.find(ProceedingEditor)
    fill(qtbot, dialog, {"authority_ref": "(2026)浙01民初1235号"})
    _saved(qtbot, dialog)
    raid = next(e for p in detail.proceedings for e in p.events if e.kind == "raid")
    follow(view, f"record:remove/event/{raid.id}")
    # parties: the first party's notes corrected; the linked infringer unlinked again
    view = show_tab(window, reference, "parties")
    wochi, feichi = sorted(detail.parties, key=lambda p: not p.other_cases)
    follow(view, f"record:edit/party/{feichi.link_id}")
    dialog = window.dialogs.find(PartyEditor)
    assert dialog.record is not None
    fill(qtbot, dialog, {"notes": "Workshop moved to Yongkang in June"})
    _saved(qtbot, dialog)
    follow(view, f"record:remove/party/{wochi.link_id}")
    # rights: the recordal's end corrected; then the right removed from the case
    view = show_tab(window, reference, "rights")
    [right] = detail.rights
    [recordal] = right.recordals
    follow(view, f"record:edit/recordal/{recordal.id}")
    dialog = window.dialogs.find(RecordalEditor)
    fill(qtbot, dialog, {"valid_to": "2031-08-12"})
    _saved(qtbot, dialog)
    # figures: business volume was 680,000 (a zero lost when typed): the top tier
    volume = next(f for f in detail.figures if f.measure == "business_volume")
    view = show_tab(window, reference, "proceedings")
    follow(view, f"record:edit/figure/{volume.id}")
    dialog = window.dialogs.find(FigureEditor)
    fill(qtbot, dialog, {"value": "680000"})
    _saved(qtbot, dialog)
    # money: the notary cost corrected; the recovery removed
    view = show_tab(window, reference, "money")
    notary = next(m for m in detail.money if m.category == "notary")
    recovery = next(m for m in detail.money if m.direction == "recovery")
    follow(view, f"record:edit/money/{notary.id}")
    dialog = window.dialogs.find(MoneyEditor)
    fill(qtbot, dialog, {"amount": "3500.00"})
    _saved(qtbot, dialog)
    follow(view, f"record:remove/money/{recovery.id}")
    # notes: corrected, then removed
    view = show_tab(window, reference, "notes")
    [note] = detail.notes
    follow(view, f"record:edit/note/{note.id}")
    dialog = window.dialogs.find(NoteEditor)
    fill(qtbot, dialog, {"internal": False})
    _saved(qtbot, dialog)
    follow(view, f"record:remove/note/{note.id}")

    assert len(yes) == 4  # each removal asked first
    after = cases.case_detail(archive, reference)
    civil_now = next(p for p in after.proceedings if p.route == "civil")
    assert civil_now.authority_ref == "(2026)浙01民初1235号"
    assert "raid" not in {e.kind for p in after.proceedings for e in p.events}
    [party] = after.parties
    assert party.party.notes == "Workshop moved to Yongkang in June"
    assert after.rights[0].recordals[0].valid_to == date(2031, 8, 12)
    assert next(f for f in after.figures if f.measure == "business_volume").value == 680000
    assert "Art 213 — ESPECIALLY SERIOUS" in criminal_tab(window, reference).text()
    money = {(m.direction, m.category): m.money.amount for m in after.money}
    assert money == {("cost", "bond"): Decimal(60000), ("cost", "notary"): Decimal("3500.00")}
    assert after.notes == ()

    # the History tab lists each change, newest first, removals with what they held
    pane = window.ui.detailPane
    pane.set_current_tab(pane.tab_index("history"))
    model = pane.ui.historyPanel.model
    rows = [model.row_at(n) for n in range(model.rowCount())]
    said = [(r.kind_words, r.action.value) for r in rows if r is not None]
    for expected in [
        ("note", "delete"),
        ("note", "update"),
        ("money entry", "delete"),
        ("money entry", "update"),
        ("threshold figure", "update"),
        ("customs recordal", "update"),
        ("party in the case", "delete"),
        ("party", "update"),
        ("proceeding event", "delete"),
        ("proceeding", "update"),
    ]:
        assert expected in said, f"{expected} not in the History tab: {said[:15]}"
    assert said[0] == ("note", "delete")
    text = model.text()
    assert "(2026)浙01民初1234号 → (2026)浙01民初1235号" in text
    assert "Workshop moved to Yongkang in June" in text
