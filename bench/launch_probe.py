"""One launch timed from the inside, for bench_launch.py: `launch_probe.py bare` shows a bare
QMainWindow; `launch_probe.py casefile ARCHIVE` starts the window as `casefile` does. Prints one
JSON line: seconds from CASEFILE_LAUNCH_T0 (the parent's clock just before it started this
process) to the window's first Paint event ("painted") and, for Casefile, to the case list's
first rows ("listed": the first page read with sqlite3 while the archive opens, or the
archive's own listing, whichever comes first), with the steps between (the pages "built", the
archive "opened") and after (the list drawn with them, "list painted"); then quits."""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ.get("CASEFILE_LAUNCH_T0", time.time()))
marks: dict[str, float] = {}


def _mark(name: str) -> None:
    marks.setdefault(name, time.time() - T0)


def main() -> int:
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def __init__(self, window: QMainWindow, then: object) -> None:
            super().__init__(window)
            self.window, self.then = window, then

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is self.window and event.type() == QEvent.Type.Paint:
                _mark("painted")
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, self.then)  # type: ignore[arg-type]
            return False

    def finish() -> None:
        print(json.dumps(marks))
        sys.stdout.flush()
        QApplication.quit()

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1200, 720)
        window.installEventFilter(FirstPaint(window, finish))
        window.show()
        return app.exec()

    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from casefile.ui import app as casefile_app
    from casefile.ui.main_window import MainWindow

    shown: list[MainWindow] = []
    original_show = MainWindow.show

    def show_and_probe(self: MainWindow) -> None:
        """`run` shows the window: probe its first paint and, once its pages are built (after
        that paint), its list's first rows."""
        shown.append(self)
        self.installEventFilter(FirstPaint(self, lambda: None))

        def probe_list() -> None:
            _mark("built")
            model = self.cases.model

            def rows_in() -> None:
                if model.rowCount() > 0 and "listed" not in marks:
                    _mark("listed")
                    finish_when_open()

            model.modelReset.connect(rows_in)
            model.rowsInserted.connect(lambda *_a: rows_in())
            self.ui.caseTable.viewport().installEventFilter(list_painted)
            rows_in()  # the first page read while the pages were built is in already

        class ListPainted(QObject):
            """The case list drawn with its first rows: "list painted"."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and "listed" in marks:
                    _mark("list painted")
                return False

        list_painted = ListPainted(self)

        def finish_when_open() -> None:
            """Once listed and opened (the list's first page may come before the archive has
            opened): time for the list to paint its rows, then quit."""
            if "listed" in marks and "opened" in marks:
                QTimer.singleShot(500, finish)

        def opened() -> None:
            _mark("opened")
            finish_when_open()

        self.pages_built.connect(probe_list)
        self.archive_opened.connect(lambda _path: opened())
        self.archive_failed.connect(lambda message: (print(message, file=sys.stderr), sys.exit(2)))
        original_show(self)

    MainWindow.show = show_and_probe  # type: ignore[method-assign]
    return casefile_app.run(Path(sys.argv[2]), create=False)


if __name__ == "__main__":
    sys.exit(main())
