"""A small bar chart of costs against recoveries, drawn with QPainter (no QtCharts: it would add
a module of ~10 MB to the build for two charts).

`MoneyChart.set_groups(groups, currency)` draws one pair of bars per group (a quarter, or a
route): costs, then recoveries, on one axis from zero, with the axis labelled in the locale's
numbers and a legend. Every size comes from the font, so it stays readable at 150 % and 200 %
scaling; the colours come from the palette (recoveries in the highlight colour, costs in the text
colour toned down), so it reads in light and dark themes. A group's tooltip says its figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True, slots=True)
class BarGroup:
    """One pair of bars: its label under the axis, the two amounts and what its tooltip says."""

    label: str
    costs: Decimal
    recoveries: Decimal
    tooltip: str = ""


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) dividing 0..top into about `ticks` parts."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def mixed(a: QColor, b: QColor, share_of_a: float) -> QColor:
    s = share_of_a
    return QColor(
        round(a.red() * s + b.red() * (1 - s)),
        round(a.green() * s + b.green() * (1 - s)),
        round(a.blue() * s + b.blue() * (1 - s)),
    )


class MoneyChart(QWidget):
    """Grouped bars of costs against recoveries in one currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[BarGroup, ...] = ()
        self._currency = ""
        self._empty_text = ""
        self._hit: list[tuple[QRectF, str]] = []  # each group's area and tooltip
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(False)

    # --- data ----------------------------------------------------------------------------

    @property
    def groups(self) -> tuple[BarGroup, ...]:
        return self._groups

    def set_groups(self, groups: Sequence[BarGroup], currency: str, empty_text: str = "") -> None:
        """Draw `groups` in `currency`; `empty_text` is shown where there is nothing to draw."""
        self._groups = tuple(groups)
        self._currency = currency
        self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    # --- sizes ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().height()
        return QSize(max(24 * line, len(self._groups) * 4 * line), 13 * line)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(16 * line, 10 * line)

    # --- drawing -------------------------------------------------------------------------

    def _amount(self, value: float) -> str:
        return QLocale().toString(float(value), "f", 0)

    def colours(self) -> tuple[QColor, QColor]:
        """(costs, recoveries) from the palette: readable on its base in light and dark."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        return mixed(text, base, 0.45), pal.color(QPalette.ColorRole.Highlight)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self._paint(p)
        finally:  # a painter left active when an error escapes crashes Qt
            p.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        grid = mixed(text, pal.color(QPalette.ColorRole.Base), 0.15)
        fm = self.fontMetrics()
        line = fm.height()
        pad = line // 2
        area = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._hit = []

        # the legend, on top
        costs_colour, recoveries_colour = self.colours()
        x = area.left()
        for colour, name in (
            (costs_colour, self.tr("Costs")),
            (recoveries_colour, self.tr("Recoveries")),
        ):
            box = QRectF(x, area.top() + (line - 0.7 * line) / 2, 0.7 * line, 0.7 * line)
            p.fillRect(box, colour)
            p.setPen(text)
            p.drawText(QPointF(box.right() + pad / 2, area.top() + fm.ascent()), name)
            x = box.right() + pad / 2 + fm.horizontalAdvance(name) + line
        if self._currency:
            p.setPen(muted)
            p.drawText(
                QRectF(x, area.top(), area.right() - x, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._currency,
            )
        plot_top = area.top() + 1.6 * line

        if not self._groups or all(g.costs == 0 and g.recoveries == 0 for g in self._groups):
            p.setPen(muted)
            p.drawText(
                QRectF(area.left(), plot_top, area.width(), area.bottom() - plot_top),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text or self.tr("Nothing recorded."),
            )
            return

        top = float(max(max(g.costs, g.recoveries) for g in self._groups))
        step = nice_step(top)
        top = step * math.ceil(top / step) if top > 0 else step
        ticks = [step * i for i in range(int(round(top / step)) + 1)]
        axis_width = max(fm.horizontalAdvance(self._amount(t)) for t in ticks) + pad
        plot = QRectF(area.left() + axis_width, plot_top, area.width() - axis_width, 0)
        plot.setBottom(area.bottom() - 1.4 * line)  # room for the group labels

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value / top)

        # the value axis: grid lines and their amounts
        for t in ticks:
            y = y_of(t)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(area.left(), y - line / 2, axis_width - pad / 2, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._amount(t),
            )

        # the bars: a pair per group, centred in its slot
        slot = plot.width() / len(self._groups)
        bar = min(slot * 0.34, 2.2 * line)
        for i, group in enumerate(self._groups):
            centre = plot.left() + slot * (i + 0.5)
            for offset, value, colour in (
                (-bar, float(group.costs), costs_colour),
                (0.0, float(group.recoveries), recoveries_colour),
            ):
                if value > 0:
                    rect = QRectF(centre + offset, y_of(value), bar, plot.bottom() - y_of(value))
                    rect.setHeight(max(rect.height(), 1.0))
                    p.fillRect(rect, colour)
            label = fm.elidedText(group.label, Qt.TextElideMode.ElideRight, int(slot - 2))
            p.setPen(text)
            p.drawText(
                QRectF(centre - slot / 2, plot.bottom() + pad / 3, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
            self._hit.append(
                (
                    QRectF(centre - slot / 2, plot.top(), slot, area.bottom() - plot.top()),
                    group.tooltip,
                )
            )
        p.setPen(QPen(muted, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip of the group under `pos` (as last drawn), else the widget's own."""
        for rect, tip in self._hit:
            if rect.contains(pos) and tip:
                return tip
        return self.toolTip()
