"""The detail tabs' HTML: whatever a user typed shows as typed, in every section."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

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
    today = date.today()
    theme = detail_html.Theme()
    return {
        "proceedings": detail_html.proceedings(detail),
        "parties": detail_html.parties(detail, theme),
        "evidence": detail_html.evidence(detail),
        "rights": detail_html.rights(detail, today),
        "deadlines": detail_html.deadlines(detail, today),
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
