"""The detail tabs' HTML: whatever a user typed shows as typed, in every section."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.domain import Money
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.store.rows import CaseDetail
from casefile.ui.widgets import detail_html
from casefile.ui.widgets.case_detail import CaseDetailPane
from tests.ui.sample_data import Sample

MARKUP = " <s>struck</s> &amp; <br/>"
# codes the HTML looks up or compares (labels, branches), not text a user typed
CODES = {"status", "priority", "route", "stage", "kind", "role", "direction", "category"}
CODES |= {"action", "measure", "unit", "sha256", "media_type"}


def _with_markup(value: object) -> object:
    """`value` with MARKUP appended to every text a user typed, however deep."""
    if dataclasses.is_dataclass(value) and not isinstance(value, Money | type):
        return dataclasses.replace(
            value,
            **{
                f.name: _with_markup(getattr(value, f.name))
                for f in dataclasses.fields(value)
                if f.name not in CODES
            },
        )
    if isinstance(value, tuple):
        return tuple(_with_markup(item) for item in value)
    if isinstance(value, str) and value:
        return value + MARKUP
    return value


def _sections(detail: CaseDetail) -> dict[str, str]:
    today = clock.today()
    theme = detail_html.Theme()
    return {
        "proceedings": detail_html.proceedings(detail),
        "parties": detail_html.parties(detail, theme),
        "evidence": detail_html.evidence(detail),
        "rights": detail_html.rights(detail, today),
        "money": detail_html.money(detail),
        "notes": detail_html.notes(detail),
    }


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(f"<body>{html}</body>")
    return document


def _fragments(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def test_every_section_escapes_what_users_typed(archive: Archive, sample: Sample) -> None:
    detail = _with_markup(cases.case_detail(archive, sample.scooter))
    assert isinstance(detail, CaseDetail)
    for name, html in _sections(detail).items():
        document = _document(html)
        shown = document.toPlainText()
        assert "<s>struck</s> &amp; <br/>" in shown, name  # literally, tags and entity
        struck = [f.text() for f in _fragments(document) if f.charFormat().fontStrikeOut()]
        assert struck == [], f"{name}: markup from the archive was rendered: {struck}"


def test_a_case_link_gives_back_the_exact_reference(qtbot: QtBot) -> None:
    pane = CaseDetailPane()
    qtbot.addWidget(pane)
    reference = "CF-2026/#7?a=1&b=<2> 50%"
    document = _document(detail_html._case_link(reference))
    [href] = [
        f.charFormat().anchorHref() for f in _fragments(document) if f.charFormat().isAnchor()
    ]
    with qtbot.waitSignal(pane.case_link_clicked) as clicked:
        pane._link_clicked(QUrl(href))
    assert clicked.args == [reference]
    assert document.toPlainText() == reference


def test_shared_identifiers_show_names_and_values_as_typed(
    archive: Archive, sample: Sample
) -> None:
    """A party of another case sharing the seller's phone: its name and values are escaped."""
    from casefile.services import parties

    parties.add_party_to_case(
        archive,
        sample.robot,
        parties.PartyDraft(
            name="<s>struck</s> & Co",
            kind="shop",
            identifiers=[("phone", "0086 138 0000 1234 <s>x</s>")],
        ),
    )
    detail = cases.case_detail(archive, sample.scooter)
    [seller] = [p for p in detail.parties if p.shared]
    document = _document(detail_html.parties(detail, detail_html.Theme()))
    shown = " ".join(document.toPlainText().split())
    assert "with <s>struck</s> & Co in " + sample.robot in shown
    assert "(recorded there as 0086 138 0000 1234 <s>x</s>)" in shown
    assert [f.text() for f in _fragments(document) if f.charFormat().fontStrikeOut()] == []
    assert seller.linked_cases == tuple(sorted((sample.repeat, sample.robot)))


def test_a_widely_shared_identifier_links_a_few_cases_and_lists_the_rest(
    qtbot: QtBot, archive: Archive, sample: Sample
) -> None:
    """One infringer entered again in 30 cases: twelve links, then a search for the rest."""
    from casefile.store.rows import IdentifierRow, SharedIdentifierRow

    detail = cases.case_detail(archive, sample.scooter)
    phone = IdentifierRow("phone", "+86 138 0000 1234")
    again = tuple(
        SharedIdentifierRow(
            phone, IdentifierRow("phone", "13800001234"), 100 + n, "速达车行", (f"CF-2025-{n:04d}",)
        )
        for n in range(30, 0, -1)  # 30 records of one name, newest first
    )
    seller = detail.parties[0]
    detail = dataclasses.replace(detail, parties=(dataclasses.replace(seller, shared=again),))
    document = _document(detail_html.parties(detail, detail_html.Theme()))
    shown = " ".join(document.toPlainText().split())
    links = [f.charFormat().anchorHref() for f in _fragments(document) if f.charFormat().isAnchor()]
    first_twelve = ", ".join(f"CF-2025-{n:04d}" for n in range(1, 13))
    assert f"Shares phone +86 138 0000 1234 with 速达车行 in {first_twelve} and 18 more" in shown
    assert shown.count("速达车行 in") == 1  # named once, not thirty times
    [search] = {h for h in links if h.startswith("search:")}

    pane = CaseDetailPane()
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.search_requested) as requested:
        pane._link_clicked(QUrl(search))
    assert requested.args == ["+86 138 0000 1234"]
