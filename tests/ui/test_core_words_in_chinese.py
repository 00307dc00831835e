"""What the core says reaches a Chinese user in Chinese (issue 13, Languages): a value the core
refuses, a case's history, the criminal-threshold assessment. The core says it in English
templates with the values apart (casefile.words); the window translates the template and fills
in the same values. A translation that does not fit its values falls back to the English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casefile.errors import CasefileError, NotFoundError, ValidationError
from casefile.services import validation
from casefile.ui import core_words, errors, i18n
from casefile.ui.main_window import MainWindow
from casefile.words import N_, Phrase
from tests.ui.criminal_tab import criminal_tab
from tests.ui.keyboard import ime_type


@pytest.fixture(autouse=True)
def in_chinese(qapp: QApplication) -> Iterator[None]:
    i18n.set_language(qapp, i18n.CHINESE)
    yield
    i18n.set_language(qapp, i18n.ENGLISH)


def _refusal(call: object, *args: object) -> CasefileError:
    with pytest.raises(CasefileError) as refused:
        call(*args)  # type: ignore[operator]
    return refused.value


def test_the_new_case_dialog_names_a_refused_value_in_chinese(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.case_actions.new_case()
    ime_type(editor.ui.titleEdit, "假冒滑板车")  # QTest cannot type Chinese
    qtbot.keyClicks(editor.ui.jurisdictionsEdit, "CN, XX1")
    ok = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert editor.isVisible()  # nothing was written; the dialog stays with what was typed
    assert (
        editor.error_for("jurisdictions") == "法域：'XX1' 不是两个字母的代码（CN、NL、EU、SG…）。"
    )

    editor.ui.jurisdictionsEdit.setText("CN")
    editor.ui.titleEdit.clear()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert editor.error_for("title") == "标题为必填项。"


def test_the_core_errors_are_said_with_the_same_facts() -> None:
    negative = _refusal(validation.count, "copies", "-3")
    assert str(negative) == "copies: -3 is negative; a count cannot be below 0"  # the CLI's
    said = errors.describe(negative)
    assert "-3" in said and "negative" not in said

    missing = NotFoundError(N_("case"), "CF-2026-0099")
    assert errors.describe(missing) == (
        QCoreApplication.translate("", "It is no longer in this archive ({what} {key}).").format(
            what="案件", key="CF-2026-0099"
        )
    )
    assert "案件" in errors.describe(missing)


def test_a_translation_that_does_not_fit_its_values_falls_back_to_the_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A catalogue edited by hand that names a value the template does not have must not turn
    an error message into a crash: the user reads the English instead."""

    class HandEditedCatalogue:  # only the core's words are looked up here, not Qt's own
        @staticmethod
        def translate(_context: str, _text: str) -> str:
            return "{no_such} 错误"

    monkeypatch.setattr(core_words, "QCoreApplication", HandEditedCatalogue)
    refused = ValidationError("amount", N_("must be {low:,} or more"), low=1000)
    assert core_words.say_phrase(refused.phrase) == "must be 1,000 or more"
    nested = Phrase(N_("{path}: {reason}"), {"path": "a.zip", "reason": refused.phrase})
    assert core_words.say_phrase(nested) == "a.zip: must be 1,000 or more"


def test_a_cases_history_names_its_records_and_fields_in_chinese(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.show_reference("CF-2026-0012")
    pane = window.ui.detailPane
    pane.set_current_tab(pane.tab_index("history"))
    panel = pane.ui.historyPanel
    qtbot.waitUntil(lambda: "款项" in panel.model.text())

    text = panel.model.text()
    assert "款项：费用 调查员 CNY 8,000.00" in text  # "money entry: cost investigator …"
    assert "收支：费用" in text and "类别：调查员" in text  # the fields by the forms' names
    assert "立案数额：销售金额 62000" in text
    assert "money entry" not in text and "direction:" not in text


def test_the_criminal_assessment_reads_in_chinese(qtbot: QtBot, demo_window: MainWindow) -> None:
    panel = criminal_tab(demo_window, "CF-2026-0027")
    qtbot.waitUntil(lambda: "情节严重" in panel.text())

    text = panel.text()
    assert "第 217-online 条 — 情节严重 · 规则集 cn-2025" in text
    assert "• 第 217-online 条：已达到“情节严重”" in text  # why suspicion is reached
    assert "非法经营数额（情节严重，二年内再犯）" in text  # a standard with its condition
    assert "行为日期为 2026-09-22" in text  # the explanation, sentence by sentence
    assert "因此适用再犯标准" in text
    for english in ("serious level reached", "The act date is", "repeat standards apply"):
        assert english not in text


def test_the_dashboard_says_why_a_case_is_flagged_in_chinese(demo_window: MainWindow) -> None:
    from casefile.ui.window.navigation import DASHBOARD

    demo_window.navigation.show(DASHBOARD)
    view = demo_window.dashboard
    assert view.board is not None
    model = view.sections["suspicion"].model
    assert model.index(0, 0).data() == "CF-2026-0027"
    assert model.index(0, 1).data() == "第 217-online 条：已达到“情节严重”"


def test_a_rights_renewal_standing_reads_in_chinese(qtbot: QtBot, demo_window: MainWindow) -> None:
    from casefile.ui.views.rights_view import RightsView
    from casefile.ui.window.navigation import RIGHTS

    demo_window.navigation.show(RIGHTS)
    view: RightsView = demo_window.ui.rightsPage
    qtbot.waitUntil(lambda: not view.reading and view.result is not None, timeout=10_000)
    assert view.model.index(0, 0).data() == "商标 013456789"  # the demo's EU mark, renew now
    view.tree.setCurrentIndex(view.model.index(0, 0))
    detail = view.detailLabel.text()
    assert "立即续展：应在 2027-02-04 到期前 6 个月内续展：自 2026-08-04 起" in detail
    assert "至迟于到期前 30 个工作日提出申请：在 2026-12-22 之前" in detail
    assert "Renew within" not in detail and "Ask at least" not in detail
    assert view.model.index(0, 4).data() == "有效"  # its standing on the list


def test_a_field_named_inside_a_reason_is_named_by_its_label() -> None:
    refused = _refusal(
        validation.not_before, "closed_on", date(2026, 1, 31), "opened_on", date(2026, 3, 1)
    )
    assert str(refused) == "closed_on: 2026-01-31 is before opened_on 2026-03-01"
    said = errors.describe(refused)
    assert said.startswith("结案日期") and "立案日期" in said and "opened_on" not in said


def test_a_change_shows_codes_by_their_labels_and_country_codes_as_they_are() -> None:
    from casefile.domain import AuditAction
    from casefile.services.history import FieldChange
    from casefile.ui.models.history_table import change_text

    opened = FieldChange("jurisdictions", None, ["CN", "SG"])
    assert change_text(opened, AuditAction.INSERT) == "法域：CN, SG"
    moved = FieldChange("status", "open", "on_hold")
    assert change_text(moved, AuditAction.UPDATE) == "状态：进行中 → 暂停"
