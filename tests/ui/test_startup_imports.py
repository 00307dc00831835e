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
    """The window built whole, before an archive is opened: its views, menus and the case
    list (whose restored sort once queried the services) load no SQL library."""
    assert _output(SHOWN, tmp_path)[-1] == "[]"


def _output(script: str, home: object) -> list[str]:
    """The lines `script` printed, run in a new Python with fresh settings under `home`."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home),
            "HOME": str(home),
        },
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


# the interface's heavy part: the pages (views, case list, detail pane and its tabs) and dialogs
PAGES = (
    "casefile.ui.views",
    "casefile.ui.widgets",
    "casefile.ui.dialogs",
    "casefile.ui.forms.cases_page_ui",
    "casefile.ui.forms.case_detail_ui",
    "casefile.ui.window.case_list",
    "casefile.ui.window.case_actions",
    "casefile.store",
)

DEFERRED = f"""
import sys
from PySide6.QtCore import QEvent, QObject
from casefile.ui.app import create_application
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings
app = create_application([])
window = MainWindow(Settings(), deferred=True)
loaded = lambda: sorted(m for m in sys.modules if m.startswith({PAGES!r}))
at_paint = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint and not at_paint:
            at_paint.append((loaded(), window.ui.viewStack.count()))
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.pages_built.connect(app.quit)
window.show()
app.exec()
print(at_paint[0])
print(window.ui.viewStack.count(), window.ui.viewStack.currentWidget() is window.ui.casesPage)
print(bool(loaded()))
"""


def test_the_window_as_casefile_starts_it_paints_before_its_pages_load(tmp_path: object) -> None:
    """`casefile.ui.app.run` builds the window in two phases: the frame (menus, tool bar, side
    bar) paints with no view, no case list, no detail pane and no dialog loaded; the pages are
    built right after, and the Cases view is shown."""
    at_paint, after, pages_loaded = _output(DEFERRED, tmp_path)[-3:]
    assert at_paint == "([], 0)"  # nothing of the pages loaded, the view stack still empty
    assert after == "6 True"  # then the six views, the Cases one in front
    assert pages_loaded == "True"
