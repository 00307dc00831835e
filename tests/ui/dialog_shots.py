"""Screenshots of every record dialog, as a user opens them: the window at 1366×768 on the demo
archive, each tab's "Add …" and first "Edit" link followed, the dialog grabbed.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.dialog_shots OUTDIR [--case REF]

Writes OUTDIR/window-<tab>.png and OUTDIR/<kind>-<add|edit>.png, and prints their paths.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QApplication

from casefile import clock
from casefile.ui import tasks
from casefile.ui.app import create_application
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings
from tests.ui.case_tabs import links

DEMO_CASE = "CF-2026-0003"  # Ningbo port seizure: customs, administrative and civil routes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--case", default="")
    args = parser.parse_args(argv)
    create_application([sys.argv[0]])
    tasks.SYNCHRONOUS = True  # each read done before the next step
    clock.set_today(clock.today())

    from casefile.demo import build_demo_archive
    from casefile.services import cases
    from casefile.store.archive import Archive

    work = Path(tempfile.mkdtemp(prefix="casefile-shots-"))
    demo = build_demo_archive(work / "Demo.casefile")
    archive = Archive.open(demo.path)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1366, 768)
    window.show()
    window.set_archive(archive)
    reference = args.case or _busiest_case(archive, cases)
    window.show_reference(reference)
    pane = window.ui.detailPane
    args.output.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    for tab, view in pane._views.items():  # noqa: SLF001 (a test tool)
        pane.set_current_tab(pane.tab_index(tab))
        QApplication.processEvents()
        shots.append(_save(window.grab(), args.output / f"window-{tab}.png"))
        seen: set[tuple[str, str]] = set()
        for _words, href in links(view.document()):
            if not href.startswith("record:"):
                continue
            action, kind = href.split(":", 1)[1].split("/")[:2]
            if action not in ("add", "edit") or (action, kind) in seen:
                continue
            seen.add((action, kind))
            view.anchorClicked.emit(QUrl(href))
            QApplication.processEvents()
            dialog = window.dialogs.busy()
            if dialog is None:
                continue
            QApplication.processEvents()
            shots.append(_save(dialog.grab(), args.output / f"{kind}-{action}.png"))
            if isinstance(dialog, WriteDialog):
                dialog.discard()
            else:
                dialog.reject()
            QApplication.processEvents()
    for tab in ("criminal", "deadlines", "history"):
        pane.set_current_tab(pane.tab_index(tab))
        QApplication.processEvents()
        shots.append(_save(window.grab(), args.output / f"window-{tab}.png"))
    for shot in shots:
        print(shot)
    window.close()
    archive.close()
    return 0


def _busiest_case(archive: object, cases: object) -> str:
    """The demo case with the most records, so every tab has something to edit."""
    best, most = DEMO_CASE, -1
    for summary in cases.list_cases(archive):  # type: ignore[attr-defined]
        detail = cases.case_detail(archive, summary.reference)  # type: ignore[attr-defined]
        size = sum(
            len(getattr(detail, name))
            for name in ("proceedings", "parties", "evidence", "rights", "money", "notes")
        )
        if size > most:
            best, most = summary.reference, size
    return best


def _save(pixmap: object, path: Path) -> Path:
    pixmap.save(str(path))  # type: ignore[attr-defined]
    return path


if __name__ == "__main__":
    raise SystemExit(main())
