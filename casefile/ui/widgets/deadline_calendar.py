"""The Deadlines view's month: a `QCalendarWidget` (keyboard-usable as it is: arrows move a day
or a week, Page Up/Down a month, Enter picks the day) whose cells also show how many deadlines
fall on the day, in a badge coloured as the table colours due dates: red when one is open and
overdue, amber when one is open and due within a week, the highlight colour when open later,
grey when all are done or waived.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QWidget

from casefile import clock
from casefile.domain import DeadlineStatus
from casefile.ui.models.deadline_table import DANGER, WARN

SOON_DAYS = 7


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DeadlineCalendar(QCalendarWidget):
    """A month grid; `set_counts` gives the deadlines per day (day → (how many, status))."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[date, tuple[int, str]] = {}
        self.today = clock.today()
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setMinimumSize(280, 200)

    def set_counts(self, counts: Iterable[tuple[date, int, str]], today: date) -> None:
        self._counts = {day: (n, status) for day, n, status in counts}
        self.today = today
        self.updateCells()

    def count_on(self, day: date) -> int:
        return self._counts.get(day, (0, ""))[0]

    def month_bounds(self) -> tuple[date, date]:
        """The first and last day of the month shown."""
        first = date(self.yearShown(), self.monthShown(), 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last

    def _colour(self, day: date, status: str) -> QColor:
        if status != DeadlineStatus.OPEN:
            return self.palette().color(QPalette.ColorRole.PlaceholderText)
        days_left = (day - self.today).days
        if days_left < 0:
            return DANGER
        if days_left <= SOON_DAYS:
            return WARN
        return self.palette().color(QPalette.ColorRole.Highlight)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, qdate)
        day = to_date(qdate)
        found = self._counts.get(day)
        if found is None:
            return
        count, status = found
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.setFont(font)
        text = str(count) if count < 100 else "99+"
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 8)
        badge = QRect(rect.right() - width - 2, rect.bottom() - height - 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(day, status))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
