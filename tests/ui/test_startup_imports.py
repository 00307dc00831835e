"""The window paints before the SQL and PDF libraries load (DESIGN.md, "Start-up and growth"):
importing the main window imports no service, no ORM and no PDF library."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlmodel", "sqlalchemy", "alembic", "reportlab", "pypdf", "casefile.services")

SCRIPT = f"""
import sys
import casefile.ui.main_window
print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))
"""


def test_the_main_window_imports_no_sql_or_pdf_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


SHOWN = f"""
import sys
from PySide6.QtWidgets import QApplication
from casefile.ui.app import create_application
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings
app = create_application([])
window = MainWindow(Settings())
window.show()
app.processEvents()
window.repaint()
print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))
"""


def test_building_and_painting_the_window_loads_none_of_them(tmp_path: object) -> None:
    """The window as `casefile` starts it, before an archive is opened: its views, menus and
    the case list (whose restored sort once queried the services) load no SQL library."""
    done = subprocess.run(
        [sys.executable, "-c", SHOWN],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path),
            "HOME": str(tmp_path),
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
