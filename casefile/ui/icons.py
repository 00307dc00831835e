"""Icons drawn with QPainter, so the app needs no image files: the window icon, and toolbar icons
taken from the desktop's icon theme when it has one, else from the Qt style."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

NAVY = QColor("#1f3a5f")
PAPER = QColor("#ffffff")
SEAL = QColor("#c62828")


def _paint_app_icon(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(NAVY)
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    # a case file: a sheet with a folded corner and three lines of text
    sheet = QPainterPath()
    sheet.moveTo(16 * s, 11 * s)
    sheet.lineTo(38 * s, 11 * s)
    sheet.lineTo(48 * s, 21 * s)
    sheet.lineTo(48 * s, 53 * s)
    sheet.lineTo(16 * s, 53 * s)
    sheet.closeSubpath()
    p.setBrush(PAPER)
    p.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(38 * s, 11 * s)
    fold.lineTo(38 * s, 21 * s)
    fold.lineTo(48 * s, 21 * s)
    fold.closeSubpath()
    p.setBrush(QColor("#c9d3df"))
    p.drawPath(fold)
    pen = QPen(QColor("#8a9bb0"), max(1.0, 2.4 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for y in (27, 33, 39):
        p.drawLine(QPointF(22 * s, y * s), QPointF(42 * s, y * s))
    # the seal of a notarised exhibit
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(SEAL))
    p.drawEllipse(QPointF(44 * s, 47 * s), 9 * s, 9 * s)
    p.setPen(QPen(PAPER, max(1.0, 2.2 * s)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(44 * s, 47 * s), 5 * s, 5 * s)
    p.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_paint_app_icon(size))
    return icon


def themed(name: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    icon = QIcon.fromTheme(name)
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(fallback) if style is not None else QIcon()
    return icon
