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
