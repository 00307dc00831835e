"""Icons drawn with QPainter, so the app needs no image files: the window icon, and toolbar icons
taken from the desktop's icon theme when it has one, else from the Qt style."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

if TYPE_CHECKING:
    from casefile.ui.forms.main_window_ui import Ui_MainWindow

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


def decorate_actions(ui: Ui_MainWindow) -> None:
    """The main window's actions: theme icons (with the style's as fallback) and the
    platform's standard shortcuts."""
    ui.actionNewCase.setIcon(themed(QIcon.ThemeIcon.DocumentNew, QStyle.StandardPixmap.SP_FileIcon))
    ui.actionNewCase.setShortcuts(QKeySequence.StandardKey.New)
    ui.actionOpenArchive.setIcon(
        themed(QIcon.ThemeIcon.DocumentOpen, QStyle.StandardPixmap.SP_DirOpenIcon)
    )
    ui.actionRefresh.setIcon(
        themed(QIcon.ThemeIcon.ViewRefresh, QStyle.StandardPixmap.SP_BrowserReload)
    )
    ui.actionRefresh.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
    # Windows has no standard Quit key: keep the form's Ctrl+Q there
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ui.actionQuit.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
    ui.actionFind.setShortcuts(QKeySequence.StandardKey.Find)
    ui.actionAbout.setIcon(
        themed(QIcon.ThemeIcon.HelpAbout, QStyle.StandardPixmap.SP_MessageBoxInformation)
    )
    ui.actionEditCase.setIcon(
        themed(QIcon.ThemeIcon.DocumentProperties, QStyle.StandardPixmap.SP_FileDialogDetailedView)
    )
    ui.actionCloseCase.setIcon(
        themed(QIcon.ThemeIcon.MailMarkRead, QStyle.StandardPixmap.SP_DialogApplyButton)
    )
    ui.actionReopenCase.setIcon(
        themed(QIcon.ThemeIcon.DocumentRevert, QStyle.StandardPixmap.SP_ArrowBack)
    )
    ui.actionFlaggedCases.setIcon(
        themed(QIcon.ThemeIcon.DialogWarning, QStyle.StandardPixmap.SP_MessageBoxWarning)
    )
    ui.actionCopyReference.setIcon(
        themed(QIcon.ThemeIcon.EditCopy, QStyle.StandardPixmap.SP_FileLinkIcon)
    )
    ui.toolBar.setIconSize(ui.toolBar.iconSize() * 0.85)
    ui.actionAddEvidence.setIcon(
        themed(QIcon.ThemeIcon.ListAdd, QStyle.StandardPixmap.SP_FileDialogNewFolder)
    )
    ui.actionExportBundle.setIcon(
        themed(QIcon.ThemeIcon.DocumentSaveAs, QStyle.StandardPixmap.SP_DialogSaveButton)
    )


def _paint_view_icon(name: str, size: int, colour: QColor) -> QPixmap:
    """The side bar's icons, in the palette's text colour (light and dark themes): the
    dashboard as a gauge of bars, the cases as a stack of files, the infringers as a person,
    rights and recordals as a shield, the deadlines as a calendar page, the evidence as a
    magnifying glass."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 32.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    outline = QPen(colour, max(1.0, 1.8 * s))
    if name == "dashboard":
        for x, top in ((5, 17), (12.5, 9), (20, 13)):
            p.drawRoundedRect(QRectF(x * s, top * s, 6 * s, (27 - top) * s), 1.2 * s, 1.2 * s)
        p.drawRect(QRectF(3 * s, 27.5 * s, 26 * s, 1.6 * s))
    elif name == "infringers":
        p.drawEllipse(QRectF(10.5 * s, 3 * s, 11 * s, 11 * s))
        p.drawRoundedRect(QRectF(5 * s, 16 * s, 22 * s, 13 * s), 6 * s, 6 * s)
    elif name == "rights":
        shield = QPainterPath()
        shield.moveTo(16 * s, 3 * s)
        shield.lineTo(27 * s, 7 * s)
        shield.cubicTo(27 * s, 18 * s, 23 * s, 25 * s, 16 * s, 29.5 * s)
        shield.cubicTo(9 * s, 25 * s, 5 * s, 18 * s, 5 * s, 7 * s)
        shield.closeSubpath()
        p.drawPath(shield)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        tick = QPen(colour, max(1.0, 2.4 * s))
        p.setPen(tick)
        p.drawPolyline(
            [QPointF(11 * s, 16 * s), QPointF(15 * s, 20 * s), QPointF(21.5 * s, 12 * s)]
        )
    elif name == "deadlines":
        p.setPen(outline)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(4 * s, 6 * s, 24 * s, 22 * s), 2 * s, 2 * s)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(QRectF(4 * s, 6 * s, 24 * s, 6 * s))
        for x in (9, 21):
            p.drawRoundedRect(QRectF((x - 1.2) * s, 3 * s, 2.4 * s, 6 * s), 1 * s, 1 * s)
        for row, y in enumerate((15, 20)):
            for x in (8, 14, 20):
                if row == 1 and x == 20:
                    continue
                p.drawRect(QRectF(x * s, y * s, 3.5 * s, 3 * s))
    elif name == "evidence":
        p.setPen(QPen(colour, max(1.0, 2.6 * s)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(5 * s, 5 * s, 15 * s, 15 * s))
        p.setPen(QPen(colour, max(1.5, 4 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(18.5 * s, 18.5 * s), QPointF(27 * s, 27 * s))
    else:
        p.setPen(outline)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(8 * s, 4 * s, 18 * s, 22 * s), 2 * s, 2 * s)
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(5 * s, 7 * s, 18 * s, 22 * s), 2 * s, 2 * s)
        p.setPen(QPen(QColor(0, 0, 0, 0), 0))
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        for y in (13, 18, 23):
            p.drawRect(QRectF(8.5 * s, y * s, 11 * s, 1.6 * s))
    p.end()
    return pixmap


def view_icon(name: str) -> QIcon:
    """The icon of a view (`casefile.ui.window.navigation.VIEWS`)."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else None
    colour = palette.color(palette.ColorRole.WindowText) if palette is not None else NAVY
    key = (name, colour.rgba())
    icon = _view_icons.get(key)
    if icon is None:  # the side bar and the View menu show the same: painted once
        icon = QIcon()
        for size in (16, 24, 32, 48, 64):
            icon.addPixmap(_paint_view_icon(name, size, colour))
        _view_icons[key] = icon
    return icon


_view_icons: dict[tuple[str, int], QIcon] = {}  # by view and colour (the palette's text)
