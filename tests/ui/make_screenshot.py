"""Take the README screenshot of the main window on a sample archive.

    python -m tests.ui.make_screenshot docs/screenshots/main-window.png [--tab N] [--case REF]

Runs the real start-up path (window first, archive opened in the background) on whatever Qt
platform is set: `QT_QPA_PLATFORM=offscreen`, or a real X server such as `xvfb-run`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from casefile.ui.app import create_application
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--archive", type=Path, help="an existing archive (default: a sample)")
    parser.add_argument("--case", default="", help="reference of the case to select")
    parser.add_argument("--tab", type=int, default=0, help="detail tab to show")
    parser.add_argument("--size", default="1480x900")
    args = parser.parse_args(argv)

    app = create_application([sys.argv[0]])
    work = Path(tempfile.mkdtemp(prefix="casefile-shot-"))
    archive_path = args.archive
    case = args.case
    if archive_path is None:
        from casefile.store.archive import Archive
        from tests.ui.sample_data import build

        archive_path = work / "Enforcement 2026.casefile"
        with Archive.open(archive_path, create=True) as archive:
            case = case or build(archive, work / "sources").scooter

    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def loaded(_count: int) -> None:
        if case:
            window.show_reference(case)
        window.ui.detailPane.set_current_tab(args.tab)
        QTimer.singleShot(800, shoot)

    def shoot() -> None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.output))
        print(args.output)
        window.close()

    window.cases.cases_loaded.connect(loaded)
    window.open_archive_after_paint(archive_path, create=False)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
