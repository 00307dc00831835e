"""The "Criminal" tab: a case's figures against the criminal thresholds, one bar per standard.

Shows what `services.assessment.case_rules` computed: per offence the level, each standard's
figure, threshold and percentage (a bar with the 100% line and the suspicion margin), the
half-of-two rule, what is still missing, the explanation and the sources; above them, the flag
"suspicion reached, no transfer recorded". It only displays; it computes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casefile.domain import CountingUnit, PenaltyKind
from casefile.ui import labels
from casefile.ui.core_words import said, say_all, say_phrase
from casefile.ui.record_links import RecordAction, RecordKind, RecordLink

if TYPE_CHECKING:
    from casefile.rules.thresholds import StandardResult, ThresholdResult
    from casefile.rules.transfer import TransferDeadline
    from casefile.services.assessment import CaseRules
    from casefile.services.transfers import TransferTimeline

MET = QColor("#b71c1c")  # a threshold met: the strongest colour on the tab
NEAR = QColor("#e08a00")  # at the suspicion margin or above
BELOW = QColor("#4f7cac")
TRACK = QColor("#e6e8eb")
BAR_SCALE = 125.0  # the bar shows up to 125%, so a figure past the threshold is visible as such

LEVEL_TEXT = cast(
    "dict[str, str]",
    {
        "none": QT_TRANSLATE_NOOP("ThresholdsPanel", "not reached"),
        "serious": QT_TRANSLATE_NOOP("ThresholdsPanel", "SERIOUS (情节严重)"),
        "especially_serious": QT_TRANSLATE_NOOP(
            "ThresholdsPanel", "ESPECIALLY SERIOUS (情节特别严重)"
        ),
    },
)


def level_words(level: str) -> str:
    return QCoreApplication.translate("ThresholdsPanel", LEVEL_TEXT[level])


LEVEL_COLOURS = {"none": "#44494f", "serious": "#b71c1c", "especially_serious": "#7f0000"}


class ThresholdBar(QWidget):
    """A horizontal bar: the percentage of a threshold reached, with ticks at the suspicion
    margin and at 100%."""

    def __init__(self, percent: float, margin: int, met: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.percent = percent
        self.margin = margin
        self.met = met
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 16)

    def colour(self) -> QColor:
        if self.met:
            return MET
        return NEAR if self.percent >= self.margin else BELOW

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0.5, 3.5, -0.5, -3.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(area, 3, 3)
        share = min(self.percent, BAR_SCALE) / BAR_SCALE
        filled = QRectF(area.left(), area.top(), area.width() * share, area.height())
        painter.setBrush(self.colour())
        painter.drawRoundedRect(filled, 3, 3)
        for at, style in ((self.margin, Qt.PenStyle.DotLine), (100, Qt.PenStyle.SolidLine)):
            x = area.left() + area.width() * at / BAR_SCALE
            painter.setPen(QPen(QColor("#202124"), 1, style))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()


def _small(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def _wrapped(text: str, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ThresholdsPanel(QScrollArea):
    """The thresholds of one case and its transfers to the police; `show_rules` fills it.
    `step_requested(TransferRow | None)` when the user asks to record a step (None: a new
    transfer); `penalty_requested()` when they ask to record an earlier penalty;
    `record_requested(RecordLink)` when they ask to add a figure, or to edit or remove an
    earlier penalty."""

    step_requested = Signal(object)
    penalty_requested = Signal()
    record_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the pane's width: a sideways scroll bar would hide the verdicts.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(10)
        self.setWidget(self._body)
        self.rules: CaseRules | None = None
        self.bars: list[ThresholdBar] = []
        self.show_message(self.tr("No case selected."))

    # --- public ------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.rules = None
        self._clear()
        self._layout.addWidget(_wrapped(text))
        self._layout.addStretch(1)

    def show_rules(self, rules: CaseRules, timeline: tuple[TransferTimeline, ...] = ()) -> None:
        self.rules = rules
        self.timeline = timeline
        self._clear()
        self._layout.addWidget(self._flag_banner(rules))
        self._layout.addWidget(self._basis(rules))
        self._layout.addLayout(self._figures_row(bool(rules.figures)))
        self._layout.addWidget(self._penalties_box(rules))
        assessment = rules.assessment
        if assessment is None:
            self._layout.addWidget(
                _wrapped(
                    self.tr(
                        "No offence is set on this case, so its figures are not assessed. "
                        "Edit the case (Ctrl+E) and choose the offences (Criminal Law Arts "
                        "213–219) its figures should be measured against."
                    )
                )
            )
        else:
            margin = assessment.suspicion.margin_percent
            for result in assessment.results:
                self._layout.addWidget(self._offence_box(result, margin))
            for problem in assessment.problems:
                self._layout.addWidget(_wrapped(self.tr("Not assessed — %s") % problem))
        for entry in timeline:
            self._layout.addWidget(self._transfer_box(entry))
        start = QPushButton(self.tr("Start a Transfer to the Police…"))
        start.setObjectName("startTransferButton")
        start.clicked.connect(lambda: self.step_requested.emit(None))
        row = QHBoxLayout()
        row.addWidget(start)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._layout.addStretch(1)

    def text(self) -> str:
        """Everything the tab shows, as plain text (tests and copying)."""
        return (
            "\n".join(label.text() for label in self._body.findChildren(QLabel))
            + "\n"
            + ("\n".join(box.title() for box in self._body.findChildren(QGroupBox)))
        )

    # --- parts -------------------------------------------------------------------------------

    def _clear(self) -> None:
        self.bars = []
        _empty(self._layout)

    def _flag_banner(self, rules: CaseRules) -> QLabel:
        from casefile.rules.suspicion import TRANSFER_DUTY  # the rules load with a case shown

        assessment = rules.assessment
        if rules.transferred:
            text = self.tr("Transferred to the police — the transfer is followed below.")
            colours = ("#1b5e20", "#e3f4e4")
        elif rules.flagged:
            text = (
                self.tr("SUSPICION REACHED — NO TRANSFER TO THE POLICE RECORDED")
                + "\n"
                + "\n".join(f"• {say_phrase(reason)}" for reason in rules.reason_phrases)
                + "\n"
                + self.tr("The authority must transfer on reasonable suspicion: %s.")
                % TRANSFER_DUTY
            )
            colours = ("#7f0000", "#fde7e4")
        elif assessment:
            text = self.tr(
                "No standard at %d%% of its threshold; the half-of-two rule not met."
            ) % (assessment.suspicion.margin_percent)
            colours = ("#44494f", "#f1f3f4")
        else:
            text = self.tr("Not assessed.")
            colours = ("#44494f", "#f1f3f4")
        banner = _wrapped(text)
        banner.setObjectName("suspicionBanner")
        banner.setStyleSheet(
            f"QLabel {{ color: {colours[0]}; background: {colours[1]}; border-radius: 4px;"
            " padding: 6px 8px; }"
        )
        return banner

    def _basis(self, rules: CaseRules) -> QLabel:
        offences = ", ".join(f"Art {o}" for o in rules.offences) or self.tr("none set")
        act = labels.day(rules.act_date)
        act_note = (
            self.tr("acts done on %s") % act
            if rules.act_date_recorded
            else self.tr("acts date not recorded: the case's opening date %s is used") % act
        )
        return _small(_wrapped(self.tr("Offences: %s · %s") % (offences, act_note)))

    def _penalties_box(self, rules: CaseRules) -> QGroupBox:
        """The infringer's earlier penalties (repeat standards) and how to record one."""
        box = QGroupBox(self.tr("Earlier penalties of the infringer"))
        box.setObjectName("penaltiesBox")
        layout = QVBoxLayout(box)
        ids = rules.penalty_ids or (None,) * len(rules.penalties)
        for penalty, penalty_id in zip(rules.penalties, ids, strict=True):
            kind = (
                self.tr("criminal")
                if penalty.kind == PenaltyKind.CRIMINAL
                else self.tr("administrative")
            )
            line = self.tr("%s — %s penalty for %s") % (
                labels.day(penalty.decided_on),
                kind,
                labels.offence_label(penalty.conduct),
            )
            if penalty.reference:
                line += f" · {penalty.reference}"
            if penalty_id is None:
                layout.addWidget(_wrapped(line))
                continue
            row = QHBoxLayout()
            row.addWidget(_wrapped(line), 1)
            for text, action, name in (
                (self.tr("Edit"), RecordAction.EDIT, "editPenaltyButton"),
                (self.tr("Remove"), RecordAction.REMOVE, "removePenaltyButton"),
            ):
                row.addWidget(
                    self._record_button(
                        text, name, RecordLink(action, RecordKind.PENALTY, penalty_id)
                    )
                )
            layout.addLayout(row)
        if not rules.penalties:
            layout.addWidget(
                _small(
                    _wrapped(
                        self.tr(
                            "None recorded. A criminal or administrative penalty for the same "
                            "kind of conduct within two years before the act lowers the figures "
                            "(the repeat standards of the 2025 Interpretation)."
                        )
                    )
                )
            )
        record = QPushButton(self.tr("Record Earlier Penalty…"))
        record.setObjectName("recordPenaltyButton")
        record.clicked.connect(self.penalty_requested.emit)
        row = QHBoxLayout()
        row.addWidget(record)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _record_button(self, text: str, name: str, link: RecordLink) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.record_requested.emit(link))
        return button

    def _figures_row(self, any_figures: bool) -> QHBoxLayout:
        """Add Figure…, and where the figures are corrected."""
        add = QPushButton(self.tr("Add Figure…"))
        add.setObjectName("addFigureButton")
        add.clicked.connect(
            lambda: self.record_requested.emit(RecordLink(RecordAction.ADD, RecordKind.FIGURE))
        )
        hint = (
            self.tr("The Proceedings tab lists the figures, to correct or remove one.")
            if any_figures
            else self.tr("No figures recorded yet (copies, clicks, business volume …).")
        )
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(_small(_wrapped(hint)), 1)
        return row

    def _offence_box(self, result: ThresholdResult, margin: int) -> QGroupBox:
        from casefile.rules.threshold_facts import OPEN_POINTS
        from casefile.rules.thresholds import LABEL

        box = QGroupBox(
            self.tr("Art %1 — %2 · rule set %3")
            .replace("%1", result.offence)
            .replace("%2", level_words(result.level))
            .replace("%3", result.rule_set.id)
        )
        box.setStyleSheet(
            f"QGroupBox {{ font-weight: bold; color: {LEVEL_COLOURS[result.level]}; }}"
        )
        layout = QVBoxLayout(box)
        if result.unconfirmed:
            warning = _wrapped(
                self.tr("* UNCONFIRMED figures in this rule set: %s") % result.rule_set.unconfirmed
            )
            warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
            layout.addWidget(warning)
        if result.temporal.get("rule_set_today", result.rule_set.id) != result.temporal.get(
            "rule_set_at_act", result.rule_set.id
        ):
            reason = result.temporal_reason
            shown = say_phrase(reason) if reason else str(result.temporal.get("reason", ""))
            layout.addWidget(_small(_wrapped(shown)))
        if result.conditions is not None:
            for note in result.conditions.notes:
                layout.addWidget(_wrapped(say_phrase(note)))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        for row, standard in enumerate(result.standards):
            self._standard_row(grid, row, standard, margin)
        layout.addLayout(grid)
        if result.half_rule is not None:
            half = result.half_rule
            at_half = ", ".join(str(said(LABEL[m])) for m in half.reached) or self.tr("none")
            if half.items and half.items != half.reached:
                at_half += " — " + self.tr("items %s") % ", ".join(half.items)
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "Half rule: at half or more: %s — serious %s, especially serious %s (%s)"
                    )
                    % (
                        at_half,
                        self.tr("MET") if half.met else self.tr("not met"),
                        self.tr("MET") if half.met_especially else self.tr("not met"),
                        half.source,
                    )
                )
            )
        for unit, level in result.unit_readings:
            if unit == CountingUnit.EPISODE:
                layout.addWidget(
                    _wrapped(self.tr("Counting each episode as a work: %s") % level_words(level))
                )
        if result.missing_phrases:
            needs = self.tr(" or ").join(say_phrase(need) for need in result.missing_phrases)
            layout.addWidget(_wrapped(self.tr("For the next level, needs: %s") % needs))
        for point, reading, level in result.other_readings:
            other = _wrapped(
                self.tr("Open point — %s If %s: %s.")
                % (
                    said(OPEN_POINTS[point].question),
                    said(OPEN_POINTS[point].readings[reading]),
                    level_words(level),
                )
            )
            other.setObjectName("otherReading")
            other.setStyleSheet("color: #8a4b00;")
            layout.addWidget(other)
        explanation = _small(_wrapped(say_all(result.explanation_phrases, result.explanation)))
        explanation.setStyleSheet("color: #3c4043;")
        layout.addWidget(explanation)
        layout.addWidget(_small(_wrapped(self.tr("Sources: %s") % "; ".join(result.sources))))
        if result.rule_set.provenance:
            layout.addWidget(
                _small(
                    _wrapped(
                        self.tr("Rule set %s: %s")
                        % (result.rule_set.id, result.rule_set.provenance)
                    )
                )
            )
        for child in box.findChildren(QLabel):
            child.setStyleSheet(child.styleSheet() + "font-weight: normal;")
        return box

    def _standard_row(
        self, grid: QGridLayout, row: int, standard: StandardResult, margin: int
    ) -> None:
        from casefile.rules.threshold_results import condition_text
        from casefile.rules.thresholds import LABEL, fmt

        level = self.tr("serious") if standard.level == "serious" else self.tr("esp. serious")
        if standard.when:
            level = (
                self.tr("%1, %2")
                .replace("%1", level)
                .replace("%2", str(said(condition_text(standard.when))))
            )
        name = QLabel(
            self.tr("%1 (%2)")
            .replace("%1", str(said(LABEL[standard.measure])))
            .replace("%2", level)
        )
        bar = ThresholdBar(standard.percent, margin, standard.met)
        verdict = self.tr("met") if standard.met else self.tr("not met")
        figures = QLabel(
            f"{fmt(standard.value, standard.measure)} / "
            f"{fmt(standard.threshold, standard.measure)} · {standard.percent}% · {verdict}"
            + ("" if standard.confirmed else " *")
        )
        figures.setWordWrap(True)
        name.setWordWrap(True)
        tip = standard.source
        if not standard.confirmed:
            tip += "\n" + self.tr("* UNCONFIRMED threshold: see the warning above.")
        for widget in (name, bar, figures):
            widget.setToolTip(tip)
        self.bars.append(bar)
        grid.addWidget(name, row, 0)
        grid.addWidget(bar, row, 1)
        grid.addWidget(figures, row, 2)

    # --- transfers ---------------------------------------------------------------------------

    def _transfer_box(self, entry: TransferTimeline) -> QGroupBox:
        transfer = entry.transfer
        box = QGroupBox(self.tr("Transfer to the police — %s") % transfer.authority)
        box.setObjectName("transferBox")
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, step in enumerate(transfer.steps):
            where = " · ".join(p for p in (step.authority, step.reference) if p)
            cells = (labels.day(step.occurred_on), labels.label(step.step), where)
            for column, text in enumerate(cells):
                cell = QLabel(text)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if step.note:
                    cell.setToolTip(step.note)
                grid.addWidget(cell, row, column)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        if not transfer.steps:
            layout.addWidget(_wrapped(self.tr("No step recorded yet.")))
        if entry.deadline is not None:
            layout.addWidget(self._deadline_label(entry.deadline, entry.overdue))
        if entry.next_steps:
            following = ", ".join(labels.label(s.value) for s in entry.next_steps)
            layout.addWidget(_small(_wrapped(self.tr("May follow: %s") % following)))
            record = QPushButton(self.tr("Record Next Step…"))
            record.setObjectName("recordStepButton")
            record.clicked.connect(lambda: self.step_requested.emit(transfer))
            buttons = QHBoxLayout()
            buttons.addWidget(record)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        else:
            layout.addWidget(_small(_wrapped(self.tr("This transfer has ended."))))
        return box

    def _deadline_label(self, deadline: TransferDeadline, overdue: bool) -> QLabel:
        readings = self.tr("%s counting calendar days; %s counting working days") % (
            labels.day(deadline.calendar_days_due),
            labels.day(deadline.working_days_due),
        )
        text = self.tr("Next deadline: %s — due %s (%s)%s") % (
            labels.rule_label(deadline.rule_id),  # in Chinese where the app is
            labels.day(deadline.due),
            readings,
            self.tr(" — OVERDUE") if overdue else "",
        )
        if deadline.then is not None:
            text += "\n" + self.tr("Then: %s — due %s") % (
                labels.rule_label(deadline.then.rule_id),
                labels.day(deadline.then.due),
            )
        text += "\n" + deadline.explanation  # it ends with its source
        label = _wrapped(text)
        label.setObjectName("transferDeadline")
        colour = "#b71c1c" if overdue else "#7a4b00"
        label.setStyleSheet(
            f"QLabel {{ color: {colour}; background: #fff8e6; border-radius: 4px; padding: 6px; }}"
        )
        return label


def _empty(layout: QLayout) -> None:
    """Remove and delete everything in `layout`, nested layouts included."""
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()  # gone at once, not only when the event loop gets to deleting it
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _empty(inner)
            inner.deleteLater()
