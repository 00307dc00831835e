"""Dates between Python and Qt, and "today" for the window's date fields from the one clock
(`casefile.clock`), never Qt's own idea of the current date: tests and a reproduced report set the
day in one place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime

from casefile import clock


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qdate() -> QDate:
    return qdate(clock.today())


def now_qdatetime() -> QDateTime:
    """Today (from the clock) at the wall clock's current time."""
    return QDateTime(today_qdate(), QTime.currentTime())
