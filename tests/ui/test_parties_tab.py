"""Recording a case's parties from the window: the Parties tab's links open the real dialogs;
a party is added with its identifiers, corrected, refused when an identifier cannot be what it
says, recognised from an earlier case while its identifier is typed (and that same party linked
instead), linked from the archive and unlinked; the archive and the tab show it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casefile.services import cases, parties
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from casefile.ui.dialogs.party_editor import PartyEditor, PartyLinkDialog
from casefile.ui.main_window import MainWindow
from tests.core.writes import row_counts
from tests.ui.case_tabs import choose, click_link, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.keyboard import ime_type

FASTWHEEL = "Shenzhen Fastwheel Trading"


@pytest.fixture
def earlier_ref(archive: Archive) -> str:
    """An earlier case whose infringer has a phone and a shop ID."""
    draft = cases.CaseDraft(title="Fastwheel on Tmall", opened_on="2025-05-01", jurisdictions="CN")
    reference = cases.create_case(archive, draft).reference
    party = parties.PartyDraft(
        name=FASTWHEEL,
        kind="company",
        identifiers=[("phone", "+86 138 0013 8000"), ("shop_id", "tmall-fastwheel")],
    )
    parties.add_party_to_case(archive, reference, party)
    return reference


@pytest.fixture
def case_ref(archive: Archive, earlier_ref: str) -> str:
    draft = cases.CaseDraft(title="Fake X9 scooters on Pinduoduo", jurisdictions=["CN"])
    return cases.create_case(archive, draft).reference


def _open_add(window: MainWindow, case_ref: str) -> PartyEditor:
    view = show_tab(window, case_ref, "parties")
    click_link(view, "＋ Add Party…")
    dialog = window.dialogs.find(PartyEditor)
    assert dialog is not None and dialog.isVisible() and not dialog.editing
    return dialog


def _identifiers(archive: Archive, case_ref: str, nth: int = 0) -> list[tuple[str, str]]:
    party = cases.case_detail(archive, case_ref).parties[nth].party
    return [(i.kind, i.value) for i in party.identifiers]


def _add_yiwu_company(qtbot: QtBot, window: MainWindow, case_ref: str) -> PartyEditor:
    """A company with its credit code and its address (typed with a Chinese input method)."""
    dialog = _open_add(window, case_ref)
    ime_type(dialog.ui.nameEdit, "义乌市沃驰电子商务有限公司")
    choose(dialog.ui.kindCombo, "company")
    [first] = dialog.lines  # a new party starts with one row, for the usual identifier
    assert first.kind.currentData() == "credit_code"
    qtbot.keyClicks(first.value, "92330782MA2K3X7Y4P")
    qtbot.mouseClick(dialog.ui.addIdentifierButton, Qt.MouseButton.LeftButton)
    address = dialog.lines[1]
    choose(address.kind, "address")
    ime_type(address.value, "浙江省义乌市福田街道商城大道88号")
    return dialog


def test_a_party_is_added_with_its_identifiers(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    dialog = _add_yiwu_company(qtbot, window, case_ref)
    assert dialog.ui.roleCombo.currentData() == "infringer"
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [row] = cases.case_detail(archive, case_ref).parties
    assert (row.party.name, row.party.kind, row.party.country, row.role) == (
        "义乌市沃驰电子商务有限公司",
        "company",
        "CN",  # the case's jurisdiction, unless changed
        "infringer",
    )
    assert _identifiers(archive, case_ref) == [
        ("credit_code", "92330782MA2K3X7Y4P"),
        ("address", "浙江省义乌市福田街道商城大道88号"),
    ]
    text = window.ui.detailPane.ui.partiesView.toPlainText()
    assert "义乌市沃驰电子商务有限公司" in text and "浙江省义乌市福田街道商城大道88号" in text
    assert "Edit · Unlink" in text
    assert "Added 义乌市沃驰电子商务有限公司 to" in window.ui.statusBar.currentMessage()


def test_a_party_is_corrected_with_its_identifiers_in_one_save(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    save(qtbot, _add_yiwu_company(qtbot, window, case_ref))
    view = window.ui.detailPane.ui.partiesView
    click_link(view, "Edit")
    dialog = window.dialogs.find(PartyEditor)
    assert dialog is not None and dialog.editing
    assert [line.value.text() for line in dialog.lines] == [
        "92330782MA2K3X7Y4P",
        "浙江省义乌市福田街道商城大道88号",
    ]
    dialog.ui.nameEdit.clear()
    ime_type(dialog.ui.nameEdit, "义乌沃驰贸易")
    choose(dialog.ui.roleCombo, "witness")
    qtbot.mouseClick(dialog.lines[1].remove, Qt.MouseButton.LeftButton)  # the address: wrong
    qtbot.mouseClick(dialog.ui.addIdentifierButton, Qt.MouseButton.LeftButton)
    choose(dialog.lines[1].kind, "wechat")
    qtbot.keyClicks(dialog.lines[1].value, "wochi_yiwu")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    [row] = cases.case_detail(archive, case_ref).parties
    assert (row.party.name, row.role) == ("义乌沃驰贸易", "witness")
    assert _identifiers(archive, case_ref) == [
        ("credit_code", "92330782MA2K3X7Y4P"),
        ("wechat", "wochi_yiwu"),
    ]
    text = view.toPlainText()
    assert "义乌沃驰贸易" in text and "wochi_yiwu" in text and "商城大道" not in text
    # the address removed is in the audit trail, with its value, as done in this case
    with archive.reading() as session:
        removed = [
            (e.changes["value"], e.case_id)
            for e in session.scalars(
                select(AuditEntry).where(
                    AuditEntry.table_name == "party_identifier",  # type: ignore[arg-type]
                    AuditEntry.action == "delete",  # type: ignore[arg-type]
                )
            )
        ]
    assert removed == [("浙江省义乌市福田街道商城大道88号", row_case_id(archive, case_ref))]


def row_case_id(archive: Archive, reference: str) -> int:
    return cases.case_detail(archive, reference).id


def test_a_bad_identifier_is_refused_at_its_row_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    dialog = _open_add(window, case_ref)
    qtbot.keyClicks(dialog.ui.nameEdit, "Kuaida EU")
    choose(dialog.ui.kindCombo, "shop")
    qtbot.keyClicks(dialog.lines[0].value, "pdd-58812077")
    qtbot.mouseClick(dialog.ui.addIdentifierButton, Qt.MouseButton.LeftButton)  # left empty
    qtbot.mouseClick(dialog.ui.addIdentifierButton, Qt.MouseButton.LeftButton)
    email = dialog.lines[2]
    choose(email.kind, "email")
    qtbot.keyClicks(email.value, "kuaida-eu at outlook.com")
    before = row_counts(archive)
    save(qtbot, dialog)
    assert dialog.isVisible()
    error = dialog.error_for("identifiers")
    assert "row 3 (Email)" in error and "is not an e-mail address" in error
    assert email.value.property("invalid") and dialog.focusWidget() is email.value
    assert row_counts(archive) == before

    # a credit code one character short: refused too, at its own row
    email.value.clear()
    assert not email.value.property("invalid") and not dialog.error_for("identifiers")
    qtbot.keyClicks(email.value, "kuaida-eu@outlook.com")
    choose(dialog.lines[1].kind, "credit_code")
    qtbot.keyClicks(dialog.lines[1].value, "91440300MA5FQ8R21")
    save(qtbot, dialog)
    assert "row 2 (Credit code)" in dialog.error_for("identifiers")
    assert "not a unified social credit code" in dialog.error_for("identifiers")
    assert row_counts(archive) == before

    qtbot.keyClicks(dialog.lines[1].value, "X")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert _identifiers(archive, case_ref) == [
        ("shop_id", "pdd-58812077"),
        ("credit_code", "91440300MA5FQ8R21X"),
        ("email", "kuaida-eu@outlook.com"),
    ]


def test_an_identifier_seen_before_links_the_same_party_instead(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str, earlier_ref: str
) -> None:
    [earlier] = cases.case_detail(archive, earlier_ref).parties
    dialog = _open_add(window, case_ref)
    qtbot.keyClicks(dialog.ui.nameEdit, "Fastwheel Store")
    choose(dialog.ui.kindCombo, "shop")
    line = dialog.lines[0]
    choose(line.kind, "phone")
    qtbot.keyClicks(line.value, "138 0013 8000")  # written otherwise than in the earlier case
    qtbot.waitUntil(lambda: "Seen before" in dialog.seen_text())
    seen = dialog.seen_text()
    assert f"Seen before in {earlier_ref} ({FASTWHEEL})" in seen
    assert "same Phone +86 138 0013 8000" in seen
    [button] = dialog.ui.seenFrame.findChildren(QPushButton, "linkInsteadButton")
    assert button.isVisible() and button.text() == "Link This Case to That Party Instead"
    before = row_counts(archive)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # the same party record, now in both cases: no second party
    after = row_counts(archive)
    assert (after["party"], after["party_identifier"]) == (
        before["party"],
        before["party_identifier"],
    )
    [row] = cases.case_detail(archive, case_ref).parties
    assert (row.party.id, row.role, row.other_cases) == (
        earlier.party.id,
        "infringer",
        (earlier_ref,),
    )
    text = window.ui.detailPane.ui.partiesView.toPlainText()
    assert f"Also in: {earlier_ref}" in text and "REPEAT INFRINGER" in text
    assert f"Linked {FASTWHEEL} to {case_ref}" in window.ui.statusBar.currentMessage()

    # typed again in this case: it says so, and offers no second link
    dialog = _open_add(window, case_ref)
    choose(dialog.lines[0].kind, "shop_id")
    qtbot.keyClicks(dialog.lines[0].value, "TMALL-fastwheel")
    qtbot.waitUntil(lambda: "Already a party of this case" in dialog.seen_text())
    assert not dialog.ui.seenFrame.findChildren(QPushButton, "linkInsteadButton")
    dialog.discard()


def test_an_existing_party_is_linked_and_unlinked(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    earlier_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = show_tab(window, case_ref, "parties")
    assert "No parties yet." in view.toPlainText()
    click_link(view, "＋ Link Existing Party…")
    dialog = window.dialogs.find(PartyLinkDialog)
    assert dialog is not None and dialog.isVisible()
    save(qtbot, dialog)
    assert dialog.isVisible() and "is not chosen" in dialog.error_for("party_id")
    qtbot.keyClicks(dialog.ui.searchEdit, "0013 8000")  # part of its phone
    qtbot.waitUntil(lambda: dialog.ui.resultsList.count() == 1)
    item = dialog.ui.resultsList.item(0)
    assert item.text().startswith(FASTWHEEL) and f"in {earlier_ref}" in item.text()
    assert "Phone +86 138 0013 8000" in item.text()
    assert dialog.ui.resultsList.currentRow() == 0  # the only one: chosen
    choose(dialog.ui.roleCombo, "infringer")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [row] = cases.case_detail(archive, case_ref).parties
    assert (row.party.name, row.role, row.other_cases) == (FASTWHEEL, "infringer", (earlier_ref,))
    assert f"Also in: {earlier_ref}" in view.toPlainText()

    # linked again in the same role: refused at the role
    click_link(view, "＋ Link Existing Party…")
    dialog = window.dialogs.find(PartyLinkDialog)
    qtbot.keyClicks(dialog.ui.searchEdit, "fastwheel")
    qtbot.waitUntil(lambda: dialog.ui.resultsList.count() == 1)
    assert "already in this case" in dialog.ui.resultsList.item(0).text()
    save(qtbot, dialog)
    assert "already this party's role in this case" in dialog.error_for("role")
    dialog.discard()

    # Unlink asks; Cancel keeps it, Yes takes it out of this case only
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_link(view, "Unlink")
    assert len(asked) == 1 and cases.case_detail(archive, case_ref).parties
    before = row_counts(archive)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Unlink")
    assert FASTWHEEL in asked[0] and "stays in the archive" in asked[0]
    assert cases.case_detail(archive, case_ref).parties == ()
    assert [p.party.name for p in cases.case_detail(archive, earlier_ref).parties] == [FASTWHEEL]
    assert row_counts(archive)["party"] == before["party"]
    assert "No parties yet." in view.toPlainText()
