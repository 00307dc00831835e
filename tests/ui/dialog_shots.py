"""Screenshots of every record dialog, as a user opens them: the window at 1366×768 on the demo
archive, each tab's "Add …" and first "Edit" link followed, the dialog grabbed.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.dialog_shots OUTDIR [--case REF]

    QT_QPA_PLATFORM=offscreen python -m tests.ui.dialog_shots OUTDIR \
        --apply tests/e2e/complete_case.json

Writes OUTDIR/window-<tab>.png and OUTDIR/<kind>-<add|edit>.png, and prints their paths.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication, QTextBrowser

from casefile import clock
from casefile.store.rows import CaseDetail
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
    parser.add_argument(
        "--apply",
        type=Path,
        help="a `casefile record apply` document to add first (its case shown)",
    )
    args = parser.parse_args(argv)
    create_application([sys.argv[0]])
    tasks.SYNCHRONOUS = True  # each read done before the next step
    clock.set_today(clock.today())

    from casefile.demo import build_demo_archive
    from casefile.services import cases
    from casefile.store.archive import Archive

    work = Path(tempfile.mkdtemp(prefix="casefile-shots-"))
    demo = build_demo_archive(work / "Demo.casefile")
    if args.apply:
        from casefile.cli import main as cli_main

        cli_main(["record", "apply", str(args.apply), "--archive", str(demo.path)])
    archive = Archive.open(demo.path)
    if args.apply and not args.case:
        args.case = max(cases.list_cases(archive), key=lambda c: c.id).reference
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
        shots += _link_dialogs(window, view, args.output)
    shots += _button_dialogs(window, reference, args.output)
    bonded = _case_with(archive, cases, lambda d: any(m.bond_status == "held" for m in d.money))
    if bonded:
        window.show_reference(bonded)
        pane.set_current_tab(pane.tab_index("money"))
        QApplication.processEvents()
        shots += _link_dialogs(window, pane.ui.moneyView, args.output, only={"bond"})
    for tab in ("criminal", "deadlines", "history"):
        window.show_reference(reference)
        pane.set_current_tab(pane.tab_index(tab))
        QApplication.processEvents()
        shots.append(_save(window.grab(), args.output / f"window-{tab}.png"))
    for shot in shots:
        print(shot)
    window.close()
    archive.close()
    return 0


def _link_dialogs(
    window: MainWindow, view: QTextBrowser, output: Path, only: set[str] | None = None
) -> list[Path]:
    """Each kind's first "Add …" and "Edit" link followed, its dialog grabbed and closed."""
    shots: list[Path] = []
    seen: set[tuple[str, str]] = set()
    for _words, href in links(view.document()):
        if not href.startswith("record:"):
            continue
        action, kind = href.split(":", 1)[1].split("/")[:2]
        if action not in ("add", "edit") or (action, kind) in seen:
            continue
        if only is not None and kind not in only:
            continue
        seen.add((action, kind))
        view.anchorClicked.emit(QUrl(href))
        shot = _grab_dialog(window, output / f"{kind}-{action}.png")
        shots += [shot] if shot else []
    return shots


def _button_dialogs(window: MainWindow, reference: str, output: Path) -> list[Path]:
    """The dialogs the Criminal and Deadlines tabs open from buttons."""
    pane = window.ui.detailPane
    shots: list[Path] = []
    window.show_reference(reference)
    pane.set_current_tab(pane.tab_index("criminal"))
    QApplication.processEvents()
    for name in ("addFigureButton", "recordPenaltyButton", "editPenaltyButton"):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        buttons = pane.ui.thresholdsPanel.findChildren(QAbstractButton, name)
        if buttons:
            buttons[0].click()
            shot = _grab_dialog(window, output / f"criminal-{name.removesuffix('Button')}.png")
            shots += [shot] if shot else []
    pane.set_current_tab(pane.tab_index("deadlines"))
    panel = pane.ui.deadlinesPanel
    open_rows = [
        row
        for row in range(panel.model.rowCount())
        if (d := panel.model.deadline_at(row)) is not None and d.status == "open"
    ]
    for name in ("addButton", "editButton", "waiveButton"):
        if open_rows:
            panel.ui.table.selectRow(open_rows[0])
        QApplication.processEvents()
        button = getattr(panel.ui, name)
        if button.isEnabled():
            button.click()
            shot = _grab_dialog(window, output / f"deadline-{name.removesuffix('Button')}.png")
            shots += [shot] if shot else []
    return shots


def _grab_dialog(window: MainWindow, path: Path) -> Path | None:
    QApplication.processEvents()
    dialog = window.dialogs.busy()
    if dialog is None:
        return None
    QApplication.processEvents()
    shot = _save(dialog.grab(), path)
    if isinstance(dialog, WriteDialog):
        dialog.discard()
    else:
        dialog.reject()
    QApplication.processEvents()
    return shot


def _case_with(archive: object, cases: object, test: Callable[[CaseDetail], bool]) -> str:
    for summary in cases.list_cases(archive):  # type: ignore[attr-defined]
        detail = cases.case_detail(archive, summary.reference)  # type: ignore[attr-defined]
        if test(detail):
            return str(detail.reference)
    return ""


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
