"""Help › About Casefile: the version, where the archive and the log are, and the versions of
Qt, PySide6 and Python (what a bug report needs)."""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from casefile import __version__, logfile


def about_box(parent: QWidget, archive_path: Path | None) -> QMessageBox:
    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # lupdate files tr("…") calls there

    archive = str(archive_path) if archive_path is not None else tr("none")
    log = logfile.log_file()
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(tr("About Casefile"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(f"<h3>Casefile {__version__}</h3>")
    box.setInformativeText(
        tr(
            "<p>A case-file manager for in-house IP enforcement counsel: cases, "
            "proceedings, infringers, evidence with its chain of custody, deadlines and "
            "money, kept in one archive folder that works offline.</p>"
            "<p>Archive: %1<br/>Log file: %2</p>"
            "<p><small>Qt %3 · PySide6 %4 · Python %5 · %6<br/>"
            "Chinese text: WenQuanYi Micro Hei (Apache License 2.0).</small></p>"
        )
        .replace("%1", escape(archive))
        .replace("%2", escape(str(log)) if log else "—")
        .replace("%3", qVersion())
        .replace("%4", pyside_version)
        .replace("%5", platform.python_version())
        .replace("%6", sys.platform)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
